"""Theme labels, terms in the comments' own words, and example comments (textnps.themes.discover.labels)."""
from __future__ import annotations

from collections import Counter

import pytest

from textnps.themes.discover import vectorize as _vectorize
from textnps.themes.discover.labels import language_mix, make_label, pick_examples, render_term, surface_table

SURFACES = surface_table(Counter({("=customer_service", "sv", "kundtjänst"): 5,
                                  ("=customer_service", "da", "kundeservice"): 3,
                                  ("=customer_service", "da", "kundecenter"): 1,
                                  ("=good", "sv", "bra"): 4, ("=good", "nb", "bra"): 2}))


@pytest.mark.parametrize(
    ("token", "langs", "shown"),
    [
        ("=customer_service", ["sv"], "kundtjänst"),
        ("=customer_service", ["da", "sv"], "kundeservice/kundtjänst"),
        ("=customer_service", ["nb"], "kundeservice"),  # no Norwegian form seen: the first other language
        ("neg_=good", ["sv"], "inte bra"),
        ("neg_=good", ["nb"], "ikke bra"),
        ("neg_pris", ["da"], "ikke pris"),
        ("pris", ["sv"], "pris"),
        ("=unknown_thing", ["sv"], "unknown thing"),
    ],
)
def test_render_term(token, langs, shown):
    assert render_term(token, langs, SURFACES) == shown


@pytest.mark.parametrize(
    ("code", "lemma", "concept"),
    [("sv", "kundtjänst", "=customer_service"), ("da", "kundeservice", "=customer_service"),
     ("nb", "kundeservice", "=customer_service"), ("nn", "kundeservice", "=customer_service"),
     ("sv", "väntetid", "=waiting_time"), ("da", "ventetid", "=waiting_time"), ("nb", "ventetid", "=waiting_time")],
)
def test_concepts_merge_languages(code, lemma, concept):
    maps = _vectorize.concept_maps()
    assert _vectorize.to_concepts([f"{lemma} neg_{lemma} pris"], [code], maps) == [f"{concept} neg_{concept} pris"]


def test_unknown_language_uses_shared_entries_only():
    maps = _vectorize.concept_maps()
    assert _vectorize.to_concepts(["kundtjänst"], [None], maps) == ["=customer_service"]
    assert _vectorize.to_concepts(["kundtjänst"], ["en"], maps) == ["=customer_service"]


def test_make_label_skips_compound_parts():
    assert make_label(["kundtjänst", "tjänst", "väntetid", "tid", "svar"]) == "kundtjänst · väntetid · svar"


def test_language_mix():
    assert language_mix(["sv"] * 6 + ["da"] * 3 + ["nb"]) == ["sv", "da"]
    assert language_mix([]) == []


def test_pick_examples_dedupes_cuts_and_prefers_longer():
    texts = ["Bra.", "Lång väntetid på telefon, över en timme!", "lång väntetid på telefon, över en timme!",
             "Priset " * 60, "Personalen var mycket trevlig."]
    picked = pick_examples(texts, [5, 4, 3, 2, 1], n=4, max_chars=50)
    assert picked[0] == "Lång väntetid på telefon, över en timme!"
    assert picked[1].endswith("…") and len(picked[1]) <= 50
    assert picked[-1] == "Bra."  # short ones only fill up
    assert len(picked) == 4
