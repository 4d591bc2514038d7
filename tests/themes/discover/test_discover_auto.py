"""The automatic number of themes and the vocabulary of discovery (eight planted themes in sv/da/nb)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discover_corpus import COMPANY, THEMES8, eight_theme_frame
from textnps._errors import ParameterError
from textnps.themes.discover.generic import generic_terms, proper_names
from textnps.themes.discover.nmf_select import auto_candidates, average_jaccard, choose_k, ranking_agreement, smooth
from textnps.themes.discover.discoverer import ThemeDiscoverer
from textnps.themes.discover.labels import make_label

GENERIC_WORDS = {"bra", "god", "kund", "kunde", "super", COMPANY.lower()}


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return eight_theme_frame()


@pytest.fixture(scope="module")
def fitted(corpus):
    model = ThemeDiscoverer(n_themes="auto", progress=False).fit(corpus)
    return model, model.transform(corpus)


def _best_f1(out: pd.DataFrame, theme_ids) -> dict[str, float]:
    carried = out["discovered_themes"].str.split(";").map(lambda pairs: {p.split(":")[0] for p in pairs if p})
    scores = {}
    for planted in THEMES8:
        truth = (out["truth"] == planted).to_numpy()
        best = 0.0
        for theme in theme_ids:
            found = carried.map(lambda s, t=theme: t in s).to_numpy()
            best = max(best, 2 * (truth & found).sum() / (truth.sum() + found.sum()))
        scores[planted] = best
    return scores


def test_auto_finds_about_as_many_themes_as_planted(fitted):
    model, _ = fitted
    assert 6 <= model.n_themes_ <= 12
    chosen = model.selection_.loc[model.selection_["chosen"]]
    # the chosen k is the number fitted; merged near-duplicates account for the rest
    assert chosen["k"].tolist() == [model.n_themes_ + model.n_merged_["all"]]
    assert list(model.selection_.columns) == ["k", "stability", "similarity", "coherence", "smoothed", "chosen",
                                               "category"]


def test_auto_recovers_most_planted_themes(fitted):
    model, out = fitted
    f1 = _best_f1(out, model.themes_["theme_id"])
    assert sum(v >= 0.8 for v in f1.values()) >= 7, f1
    assert (out["discovered_theme"] != "").mean() >= 0.95


def test_generic_words_and_company_name_never_make_a_theme(fitted):
    model, _ = fitted
    terms = {t for cell in model.themes_["terms"] for part in cell.split(", ") for t in part.split("/")}
    assert not terms & GENERIC_WORDS
    assert {"=good", "=customer"} <= set(model.stop_terms_)
    # the company's name is left out and, being a name, not stored even in the list of left-out terms
    assert COMPANY.lower() not in set(model.stop_terms_) | set(model.vocabulary_)


def test_without_the_filter_generic_words_creep_in(corpus):
    model = ThemeDiscoverer(drop_generic=False, n_themes=8, progress=False).fit(corpus)
    terms = {t for cell in model.themes_["terms"] for part in cell.split(", ") for t in part.split("/")}
    assert terms & GENERIC_WORDS
    assert model.stop_terms_.size == 0


def test_stop_words_are_left_out(corpus):
    model = ThemeDiscoverer(stop_words=["Dyr", "pris"], n_themes=8, progress=False).fit(corpus)
    assert not {"dyr", "pris"} & set(model.vocabulary_)
    assert model.themes_["terms"].str.contains("premie|præmie").any()


def test_negated_generic_words_are_kept():
    frame = pd.DataFrame({"lemmas": ["neg_bra pris dyr", "neg_bra pris", "bra pris dyr", "bra app", "app logga"] * 4,
                          "lang": "sv"})
    model = ThemeDiscoverer(n_themes=2, progress=False).fit(frame)
    assert "neg_=good" in set(model.vocabulary_) and "=good" not in set(model.vocabulary_)


# -------------------------------------------------------- helpers, tables
@pytest.mark.parametrize(("n_docs", "first", "last"), [(200, 2, 7), (2_700, 6, 26), (15_000, 6, 30), (10**6, 6, 30)])
def test_candidates_grow_with_the_corpus(n_docs, first, last):
    cands = auto_candidates(n_docs)
    assert (cands[0], cands[-1]) == (first, last)
    assert cands == sorted(set(cands))


def test_average_jaccard():
    assert average_jaccard(["a", "b", "c"], ["a", "b", "c"]) == 1.0
    # top-1: 0/2, top-2: 2/2, top-3: 2/4
    assert average_jaccard(["a", "b", "c"], ["b", "a", "d"]) == pytest.approx((0 + 1 + 0.5) / 3)
    ref = np.array([[0, 1, 2], [3, 4, 5]])
    assert ranking_agreement(ref, ref[::-1]) == 1.0
    assert ranking_agreement(ref, ref[:1]) == 0.5


def test_choose_k_prefers_the_largest_stable_k():
    table = pd.DataFrame({"k": [4, 6, 8, 10, 12], "stability": [0.90, 0.86, 0.82, 0.70, 0.69]})
    assert choose_k(table, tolerance=0.1) == 8
    assert choose_k(table, tolerance=0.0) == 6  # 4 counts only as stable as its neighbour 6


def test_choose_k_ignores_a_lone_spike_but_not_a_dip():
    spike = pd.DataFrame({"k": [6, 8, 10, 12, 14, 16], "stability": [0.86, 0.86, 0.70, 0.69, 0.85, 0.68]})
    assert choose_k(spike, tolerance=0.1) == 8
    np.testing.assert_allclose(smooth(spike["stability"]), [0.86, 0.86, 0.70, 0.69, 0.69, 0.68])
    dip = pd.DataFrame({"k": [2, 3, 4, 5, 6, 7], "stability": [0.85, 0.90, 0.70, 0.85, 0.84, 0.60]})
    assert choose_k(dip, tolerance=0.1) == 6
    peak = pd.DataFrame({"k": [2, 3, 4, 6], "stability": [0.76, 0.81, 0.63, 0.67]})  # a real peak at 3
    assert choose_k(peak, tolerance=0.1) == 3


@pytest.mark.parametrize(
    ("code", "texts", "name"),
    [
        ("sv", ["Jag ringde Nordlys i går.", "Tack till Nordlys för hjälpen.", "Bra att Nordlys svarar."], "nordlys"),
        ("da", ["Jeg er glad for Tryg og deres service.", "Hos Tryg fik jeg hjælp.", "Tryg er dyre."], "tryg"),
        ("nb", ["Vi byttet til Telenor i fjor.", "Kundeservice hos Telenor er treg.", "Telenor svarer fort."],
         "telenor"),
    ],
)
def test_proper_names(code, texts, name):
    assert name in proper_names(texts)
    assert "går" not in proper_names(texts) and "hjælp" not in proper_names(texts)
    assert proper_names([t.lower() for t in texts]) == set()  # all-lowercase exports: nothing to go on


@pytest.mark.parametrize(
    ("code", "doc", "generic", "kept"),
    [("sv", "=good super år pris neg_super", {"=good", "super", "år"}, {"pris", "neg_super"}),
     ("da", "=customer perfekt år pris", {"=customer", "perfekt", "år"}, {"pris"}),
     ("nb", "=company helt gå app", {"=company", "helt", "gå"}, {"app"})],
)
def test_generic_terms(code, doc, generic, kept):
    found = generic_terms([doc], [code])
    assert generic <= found and not kept & found


def test_make_label_keeps_the_compound_over_its_part():
    assert make_label(["bred", "bredbånd", "tv", "mobil"]) == "bredbånd · tv · mobil"


@pytest.mark.parametrize(
    ("params", "match"),
    [({"candidates": "atuo"}, r"'candidates'.*a str among \{'auto'\}.*Got 'atuo' instead\. Did you mean 'auto'"),
     ({"tolerance": 1.5}, r"'tolerance'.*a float in the range \[0.0, 1.0\]\. Got 1.5 instead"),
     ({"stop_words": "nordlys"}, r"'stop_words'.*list of words or None, not a string.*write \['nordlys'\]")],
)
def test_bad_parameters(corpus, params, match):
    with pytest.raises(ParameterError, match=match):
        ThemeDiscoverer(**params).fit(corpus)
