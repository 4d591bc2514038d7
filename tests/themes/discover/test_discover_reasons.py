"""Discovered themes an analyst would keep (issue 14): reasons first, distinct, never a name, a codebook draft.

Each test builds a promoter-heavy survey in sv, da and nb (:func:`tests.discover_corpus.reasons_frame`):
90 % promoters praising the staff in two overlapping ways and the speed, 10 % detractors about a
price rise; a lower-cased shop name (the segment) and a lower-cased first name run through it.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from discover_corpus import PERSON, SHOP, own_theme, reasons_frame
from textnps.themes.codebook.format import load_codebook
from textnps.themes.discover.discoverer import ThemeDiscoverer
from textnps.themes.discover.draft import codebook_draft, write_codebook_draft
from textnps.themes.discover.reasons import category_weights, duplicate_pairs, merge_duplicates, size_k
from textnps.themes.discover.surface import SurfaceForms

LANGS = ["sv", "da", "nb"]


@pytest.fixture(scope="module", params=LANGS)
def fitted(request):
    frame = reasons_frame(request.param)
    model = ThemeDiscoverer(progress=False).fit(frame)
    return request.param, frame, model, model.transform(frame)


def test_planted_detractor_reason_is_its_own_theme(fitted):
    _, _, _, out = fitted
    assert own_theme(out, "price_rise")


@pytest.mark.parametrize("code", LANGS)
def test_balance_gives_the_few_detractors_a_theme_when_themes_are_scarce(code):
    """With three themes for four planted groups, only the weighting keeps the 10 % detractors' reason."""
    frame = reasons_frame(code)
    weighted = ThemeDiscoverer(n_themes=3, progress=False).fit_transform(frame)
    plain = ThemeDiscoverer(n_themes=3, balance=False, progress=False).fit_transform(frame)
    assert own_theme(weighted, "price_rise")
    assert not own_theme(plain, "price_rise")


def _top_share(out: pd.DataFrame, truth: str) -> float:
    return float(out.loc[out["truth"] == truth, "discovered_theme"].value_counts(normalize=True).iloc[0])


@pytest.mark.parametrize("code", LANGS)
def test_planted_near_duplicates_come_out_as_one(code):
    """Five themes for four planted reasons: NMF splits the price rise into two near-duplicate themes
    (``orimligt, dyrare, pengar`` and ``premien, höjde, pengar``); merging makes them one again."""
    frame = reasons_frame(code)
    split = ThemeDiscoverer(n_themes=5, merge_threshold=None, progress=False).fit_transform(frame)
    model = ThemeDiscoverer(n_themes=5, progress=False)
    merged = model.fit_transform(frame)
    assert _top_share(split, "price_rise") < 0.9  # without merging: two themes
    assert _top_share(merged, "price_rise") >= 0.95
    assert model.n_merged_["all"] >= 1
    for reason in ("staff_a", "staff_b", "speed"):  # and the distinct reasons stay apart
        assert own_theme(merged, reason)


def test_no_company_or_person_name_in_labels_terms_or_saved_model(fitted, tmp_path):
    _, frame, model, _ = fitted
    assert frame["text_clean"].str.contains(SHOP).mean() > 0.25 and frame["lemmas"].str.contains(PERSON).any()
    shown = " ".join(model.themes_["label"]) + " " + " ".join(model.themes_["terms"])
    assert SHOP not in shown and PERSON not in shown
    model.save(tmp_path)
    stored = (tmp_path / "model.json").read_text(encoding="utf-8")
    with np.load(tmp_path / "arrays.npz", allow_pickle=False) as arrays:
        stored += " ".join(" ".join(map(str, a.ravel())) for a in arrays.values() if a.dtype.kind in "US")
    assert SHOP not in stored.lower() and PERSON not in stored.lower()
    assert SHOP not in set(model.vocabulary_) | set(model.stop_terms_)
    assert PERSON not in set(model.vocabulary_) | set(model.stop_terms_)


@pytest.mark.parametrize("code", LANGS)
def test_labels_are_phrases_the_comments_write(code):
    """Labels are word sequences of the comments (``höjde premien``), not lemmas (Swedish *pengar* is ``peng``)."""
    frame = reasons_frame(code)
    model = ThemeDiscoverer(progress=False).fit(frame)
    texts = " | ".join(frame["text_clean"])
    for label in model.themes_["label"]:
        assert "·" not in label and len(label.split()) >= 2, label
        assert label in texts, label
    assert " peng " not in " " + " ".join(model.themes_["label"]) + " "


@pytest.mark.parametrize(("code", "text", "lemma", "word"), [
    ("sv", "Jag fick inte tillbaka pengar. Pengar borta", "peng", "pengar"),
    ("sv", "Handlat hos dem, fel vara och fel pris", "ho", "hos"),
    ("sv", "Fel pris igen och fel vara", "fela", "fel"),
    ("da", "Pengene kom aldrig, pengene var væk", "penge", "pengene"),
    ("nb", "Pengene kom aldri tilbake, pengene forsvant", "penge", "pengene"),
])
def test_surface_forms_of_a_lemma(code, text, lemma, word):
    forms = SurfaceForms([text], [code])
    table = forms.table(np.array([True]))
    assert table[lemma] == word
    assert SurfaceForms.show(lemma, table) == word


def test_codebook_draft_loads_with_the_codebook_loader(fitted, tmp_path):
    code, _, model, _ = fitted
    path = write_codebook_draft(model, tmp_path / "draft.yaml")
    book = load_codebook(path)
    assert len(book) == model.n_themes_
    seed_key = "no" if code == "nb" else code
    for theme in book:
        assert theme.seeds, theme.id
        terms = " ".join(t for s in theme.seeds.values() for t in s.terms)
        assert SHOP not in terms and PERSON not in terms
        assert theme.label(seed_key) or theme.label(code)
    assert codebook_draft(model) == codebook_draft(model)  # the same model, the same draft


def test_cli_codebook_out(tmp_path):
    from textnps.cli import app

    frame = reasons_frame("da")
    frame["text"] = frame["text_clean"]
    frame[["id", "score", "text", "segment", "lemmas", "text_clean", "lang", "informative"]].to_csv(
        tmp_path / "survey.csv", index=False)
    res = CliRunner().invoke(app, ["discover", str(tmp_path / "survey.csv"), "--out", str(tmp_path / "out"),
                                   "--codebook-out", str(tmp_path / "draft.yaml"), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert len(load_codebook(tmp_path / "draft.yaml")) >= 2
    assert "codebook draft" in res.output


def test_same_seed_same_themes():
    frame = reasons_frame("nb", seed=3)
    a = ThemeDiscoverer(progress=False, random_state=5).fit(frame)
    b = ThemeDiscoverer(progress=False, random_state=5).fit(frame)
    pd.testing.assert_frame_equal(a.themes_, b.themes_)


def test_size_k_grows_with_the_survey():
    assert [size_k(n) for n in (50, 900, 2_500, 15_000, 100_000)] == [5, 5, 8, 19, 25]


def test_category_weights_make_categories_weigh_the_same():
    cats = np.array(["promoter"] * 9 + ["detractor"])
    scale = category_weights(cats, np.ones(10, dtype=bool))
    assert np.isclose((scale[cats == "promoter"] ** 2).sum(), (scale[cats == "detractor"] ** 2).sum())
    assert np.allclose(category_weights(None, np.ones(3, dtype=bool)), 1.0)


def test_merge_duplicates_merges_only_alike_themes():
    h = np.array([[1.0, 0.9, 0, 0, 0, 0], [0.9, 1.0, 0.1, 0, 0, 0], [0, 0, 0, 0, 1.0, 0.8]])
    w = np.array([[1.0, 0.8, 0], [0.7, 1.0, 0], [0, 0, 1.0], [0, 0.1, 0.9]])
    merged, n = merge_duplicates(h, w)
    assert n == 1 and merged.shape == (2, 6)
    assert duplicate_pairs(merged, np.array([[1.0, 0], [0, 1.0], [0.5, 0.5]])) == []


def test_example_comments_hide_segment_words_and_first_names():
    from textnps.themes.discover.surface import hide_names

    assert hide_names("Tak til erik hos Butikly", {"butikly": "[SEGMENT]"}) == "Tak til [NAME] hos [SEGMENT]"
    assert hide_names("Bo och Per bor här", {}) == "Bo och Per bor här"  # names that are ordinary words stay


def test_the_draft_classifies_the_planted_reasons(fitted, tmp_path):
    """Discovery feeds classification: the draft's seeds put each planted reason in its own theme."""
    from textnps.themes.codebook.classify import ThemeClassifier

    _, frame, model, out = fitted
    path = write_codebook_draft(model, tmp_path / "draft.yaml")
    coded = ThemeClassifier(codebook=str(path)).fit_transform(frame.assign(text=frame["text_clean"]))
    first = coded["themes"].astype(str).str.split(";").str[0]
    for reason in ("price_rise", "speed", "staff_a", "staff_b"):
        mine = first[frame["truth"] == reason]
        top = mine.value_counts().index[0]
        assert top != "" and (mine == top).mean() >= 0.8, (reason, mine.value_counts().to_dict())
        assert (frame.loc[first == top, "truth"] == reason).mean() >= 0.9


@pytest.mark.parametrize(("code", "greeting"), [("sv", "hej"), ("sv", "tacka"), ("da", "hilsen"), ("nb", "takk")])
def test_greetings_and_thanks_name_no_theme(code, greeting):
    from textnps.themes.discover.generic import generic_terms

    docs = [f"{greeting} pris dyr", f"pris {greeting}", "levering"]
    assert greeting in generic_terms(docs, [code] * 3)
    assert "pris" not in generic_terms(docs, [code] * 3)


def test_the_first_part_of_a_glued_segment_value_is_a_name():
    from textnps.themes.discover.generic import segment_prefixes

    docs = ["vestjysk bank rådgiver god", "bank rådgiver", "vestjysk bank"]
    assert segment_prefixes(docs, ["vestjyskbank", "cdon"]) == {"vestjysk"}
    assert segment_prefixes(docs, None) == set()
