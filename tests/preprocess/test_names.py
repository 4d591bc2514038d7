"""Person names: capitalised, lower-cased after a cue, first name + surname; words that are names stay."""
from __future__ import annotations

import pytest

from textnps.preprocess.names import find_names, name_kinds
from textnps.preprocess.pii import redact_pii


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in find_names(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Jag pratade med Erik Svensson igår", ["Erik Svensson"]),  # sv
        ("Tack till Karin för hjälpen", ["Karin"]),
        ("Anna på kundtjänst var trevlig", ["Anna"]),
        ("Tak til Mette Hansen for hjælpen", ["Mette Hansen"]),  # da
        ("Jeg talte med Hans i telefonen", ["Hans"]),  # capital inside a sentence: a name
        ("Min rådgiver Søren Kjærgaard ringede", ["Søren Kjærgaard"]),
        ("Ola Nordmann ringte meg", ["Ola Nordmann"]),  # no: surname by its ending
        ("Takk til Kari og Ingrid", ["Kari", "Ingrid"]),
        ("Eg snakka med Sigrid Haugen", ["Sigrid Haugen"]),  # nn
    ],
)
def test_capitalised_names(text, names):
    assert _found(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("tak til mette for hjælpen", ["mette"]),  # da, lower-cased export
        ("jag pratade med erik om fakturan", ["erik"]),  # sv
        ("snakket med kari i kundeservice", ["kari"]),  # no
        ("hilsen ingrid", ["ingrid"]),
        ("erik svensson ringde tillbaka", ["erik svensson"]),  # first name + surname, no cue
        ("hans nielsen ringede", ["hans nielsen"]),
        ("TAK TIL METTE FOR HJÆLPEN", ["METTE"]),  # all capitals read as lower case
    ],
)
def test_lower_case_names_need_a_cue_or_a_surname(text, names):
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Det är svårt att bo i stan",  # sv bo = live
        "Bo kvar som kund? Nej",
        "Per månad kostar det 299 kr",  # per
        "Hans bil blev aldrig repareret",  # da hans = his
        "hans kollega var sur",
        "Jeg bor i Lund",  # a surname after a place preposition: a place
        "Dag 3 kom pakken endelig",  # no dag = day
        "Strøm og nett på samme regning",
        "Sommer eller vinter, lang kø",
        "jeg snakkede med kim om sagen",  # an ordinary word in lower case: kept even after a cue
        "erik var sød",  # lower case, no cue: kept
        "Leveransen till Stockholm tog 3 dagar",
        "Alm. Brand har god kundeservice",  # the insurer, not a name
    ],
)
def test_ordinary_words_and_places_are_kept(text):
    assert find_names(text) == []


def test_name_list_is_shipped_and_lower_cased():
    kinds = name_kinds()
    assert len(kinds) > 7000 and kinds["erik"] & 1 and kinds["svensson"] & 2 and kinds["hansen"] & 2
    assert all(name == name.lower() for name in kinds)


@pytest.mark.parametrize("text", ["Jag pratade med Erik Svensson", "Tak til Mette Hansen", "Takk til Ola Nordmann"])
def test_redact_pii_replaces_a_full_name_by_one_placeholder(text):
    redacted, counts = redact_pii(text)
    assert redacted.endswith("[NAME]") and counts["name"] == 1
