"""Licence plates of Sweden, Denmark and Norway; prices, codes and acronyms are no plates."""
from __future__ import annotations

import pytest

from textnps.preprocess.pii import redact_pii
from textnps.preprocess.plates import find_plates


@pytest.mark.parametrize(
    "text, plate",
    [
        ("Bilen ABC 123 har en buckla", "ABC 123"),  # sv old format
        ("Min bil MLB 84K stod kvar", "MLB 84K"),  # sv new format
        ("mitt regnr är abc123", "abc123"),  # lower case after a cue
        ("Bilen AB 12 345 blev skadet", "AB 12 345"),  # da
        ("min bil ab 12 345 holder på værkstedet", "ab 12 345"),  # "bil" is cue enough for 5 digits
        ("Elbilen EL 12345 står på verkstedet", "EL 12345"),  # no
        ("skilt el12345 står fortsatt der", "el12345"),
        ("BILEN MED REGNR ABC 123 ÄR KVAR", "ABC 123"),  # all capitals: after a cue
    ],
)
def test_plates(text, plate):
    assert [text[a:b] for a, b in find_plates(text)] == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "Jag betalade kr 123 för frakten",  # sv price
        "Avgiften var SEK 123",
        "Prisen var KR 12 345 i alt",  # da
        "TV 2 sendte en reportage",
        "Ordre 12345 kom aldrig",
        "ABC-analysen 123 visade inget",
        "Jeg købte en BMW 320",
        "bilen har 100 mil på mätaren",  # a word after "bil" is no plate
        "NRK 1 sendte en sak",  # no
        "Betalte NOK 599 uten forklaring",
        "JAG BETALADE ABC 123 FÖR INGET",  # all capitals without a cue
    ],
)
def test_prices_codes_and_acronyms_are_kept(text):
    assert find_plates(text) == []


def test_redact_pii_counts_the_plate():
    assert redact_pii("Bilen AB 12 345 blev skadet") == ("Bilen [PLATE] blev skadet", {"plate": 1})
