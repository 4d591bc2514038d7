"""Praise of the staff's manner written with different adjectives is one theme (manner.py, reasons.py).

The survey is promoter-heavy: three planted ways of praising the staff, each two adjectives of
friendliness and a noun ("vänlig och trevlig personal", "hjälpsam och artig", "sød og imødekommende":
what split the real insurance reviews' praise five ways), no two sharing a word, beside three other reasons
(fast delivery, an easy app, a price rise). An analyst gives the three one name; discovery must too,
and keep the other reasons apart.
"""
from __future__ import annotations

import pandas as pd
import pytest

from discover_corpus import own_theme, reasons_frame
from textnps.themes.discover import discoverer as _discoverer, manner
from textnps.themes.discover.discoverer import ThemeDiscoverer
from textnps.themes.discover.vectorize import concept_maps

LANGS = ["sv", "da", "nb"]
MANNER = ("kind_staff", "kind_manner", "kind_person")
#: planted reason -> language -> surface words; the three kind_* share only friendliness words
REASONS = {
    "kind_staff": {"sv": "vänlig trevlig personalen", "da": "venlig flink personalet",
                   "nb": "vennlig hyggelig personalet"},
    "kind_manner": {"sv": "hjälpsam artig bemötandet", "da": "hjælpsom høflig betjeningen",
                    "nb": "hjelpsom høflig betjeningen"},
    "kind_person": {"sv": "tillmötesgående vänlig killen", "da": "imødekommende sød fyren",
                    "nb": "imøtekommende blid fyren"},
    "speed": {"sv": "snabb leverans paketet smidigt", "da": "hurtig levering pakken smidigt",
              "nb": "rask levering pakken greit"},
    "app": {"sv": "appen enkel inloggning översikt", "da": "appen nem login overblik",
            "nb": "appen enkel innlogging oversikt"},
    "price_rise": {"sv": "höjde premien dyrare orimligt pengar", "da": "hævede præmien dyrere urimeligt penge",
                   "nb": "økte premien dyrere urimelig penger"},
}
#: the three kinds together in 40 % of the comments (a term in over half is the survey's subject, max_df)
MIX = {"kind_staff": (0.15, 10), "kind_manner": (0.13, 10), "kind_person": (0.12, 9), "speed": (0.2, 10),
       "app": (0.2, 9), "price_rise": (0.2, 2)}


def survey(code: str) -> pd.DataFrame:
    return reasons_frame(code, n=700, mix=MIX, reasons=REASONS)


def one_theme(out: pd.DataFrame, truths) -> str:
    """The top theme of the comments planted as any of *truths* when it holds >= 90 % of each and
    >= 90 % of it is theirs, else ""."""
    mine = out.loc[out["truth"].isin(truths), "discovered_theme"]
    top = mine.value_counts().index[0]
    each = all((out.loc[out["truth"] == t, "discovered_theme"] == top).mean() >= 0.9 for t in truths)
    members = out.loc[out["discovered_theme"] == top, "truth"]
    return top if top and each and members.isin(truths).mean() >= 0.9 else ""


@pytest.mark.parametrize("code", LANGS)
def test_planted_near_duplicates_come_out_as_one(code):
    frame = survey(code)
    model = ThemeDiscoverer(progress=False).fit(frame)
    out = model.transform(frame)
    assert one_theme(out, MANNER)
    for reason in ("speed", "app", "price_rise"):  # the other reasons stay their own
        assert own_theme(out, reason), reason


@pytest.mark.parametrize("code", LANGS)
def test_without_the_friendliness_token_they_are_split(code, monkeypatch):
    """What the =friendly token fixes: with the plain concept maps NMF builds a theme per adjective."""
    monkeypatch.setattr(_discoverer, "discovery_maps", concept_maps)
    out = ThemeDiscoverer(progress=False).fit_transform(survey(code))
    assert not one_theme(out, MANNER)


@pytest.mark.parametrize(("code", "words"), [
    ("sv", ["vänlig", "trevlig", "hjälpsam", "artig", "tillmötesgående"]),
    ("da", ["venlig", "flink", "sød", "hjælpsom", "høflig", "imødekommende"]),
    ("nb", ["vennlig", "hyggelig", "hjelpsom", "høflig", "imøtekommende"])])
def test_friendliness_words_are_one_token_and_other_qualities_are_not(code, words):
    maps = manner.discovery_maps()[code]
    assert {maps.get(w) for w in words} == {manner.FRIENDLY_TOKEN}
    others = {"sv": ["kunnig", "snabb", "professionell"], "da": ["kompetent", "hurtig", "dygtig"],
              "nb": ["kunnskapsrik", "rask", "grei"]}[code]
    assert manner.FRIENDLY_TOKEN not in {maps.get(w) for w in others}
