"""ThemeDiscoverer on tiny sv/da/nb corpora with planted themes (see discover_corpus.py)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.exceptions import NotFittedError
from sklearn.metrics import adjusted_rand_score

from discover_corpus import THEMES, planted_frame
from textnps._errors import InputError, ParameterError
from textnps.themes.discover.discoverer import ThemeDiscoverer, explode_themes

FAST = dict(n_themes="auto", candidates=(2, 3, 4, 6), progress=False)


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return planted_frame()


@pytest.fixture(scope="module")
def fitted(corpus) -> tuple[ThemeDiscoverer, pd.DataFrame]:
    model = ThemeDiscoverer(**FAST).fit(corpus)
    return model, model.transform(corpus)


def _single(out: pd.DataFrame) -> pd.DataFrame:
    return out[out["truth"].isin(list(THEMES))]


def test_auto_recovers_the_planted_themes(fitted):
    model, out = fitted
    assert model.n_themes_ == 3
    assert model.selection_.loc[model.selection_["chosen"], "k"].tolist() == [3]
    table = pd.crosstab(_single(out)["truth"], _single(out)["discovered_theme"])
    # every planted theme lands in one discovered theme, and no two share one
    assert (table.max(axis=1) / table.sum(axis=1) >= 0.95).all()
    assert table.idxmax(axis=1).nunique() == 3


def test_auto_with_default_candidates_finds_three(corpus):
    model = ThemeDiscoverer(n_themes="auto", progress=False).fit(corpus)
    assert model.n_themes_ == 3


@pytest.mark.parametrize("code", ["sv", "da", "nb"])
def test_one_theme_across_languages(fitted, code):
    """A language's comments about a theme land in the same theme as the other languages'."""
    _, out = fitted
    single = _single(out)
    majority = single.groupby("truth")["discovered_theme"].agg(lambda s: s.value_counts().index[0])
    mine = single[single["lang"] == code]
    assert (mine["discovered_theme"] == mine["truth"].map(majority)).mean() >= 0.95


def test_labels_show_each_languages_words(fitted):
    model, _ = fitted
    # friendliness is one token (=friendly, manner.py), shown in the languages' words: "venlig/artig"
    staff = model.themes_[model.themes_["terms"].str.contains("kundtjänst")].iloc[0]
    assert any(w in staff["terms"] for w in ("venlig/", "vänlig/", "artig/", "/venlig", "/artig"))
    assert "kundeservice/kundtjänst" in staff["terms"] or "kundtjänst/kundeservice" in staff["terms"]
    assert set(staff["languages"].split(",")) == {"sv", "da", "nb"}
    assert 1 <= len(staff["label"].split(" · ")) <= 3


def test_themes_table_columns_and_examples(fitted):
    model, _ = fitted
    themes = model.themes_
    assert list(themes.columns[:8]) == ["theme_id", "label", "terms", "n", "share_detractor", "share_passive",
                                        "share_promoter", "examples"]
    assert themes["theme_id"].tolist() == ["t01", "t02", "t03"]
    assert themes["n"].is_monotonic_decreasing
    for cell in themes["examples"]:
        examples = cell.split("\n")
        assert 3 <= len(examples) <= 5
        assert len(set(examples)) == len(examples)
    assert len(themes.loc[0, "terms"].split(", ")) == 10


def test_shares_per_category(fitted):
    """Price comments are scored 3 (detractors), staff 10 (promoters) in the corpus."""
    model, _ = fitted
    themes = model.themes_.set_index("label")
    price = themes[themes.index.str.contains("pris")].iloc[0]
    staff = themes[themes["terms"].str.contains("kundtjänst")].iloc[0]
    assert price["share_detractor"] > 0.4 and price["share_promoter"] == 0
    assert staff["share_promoter"] > 0.9 and staff["share_detractor"] < 0.1


def test_several_themes_per_comment(fitted):
    _, out = fitted
    mixed = out[out["truth"].str.contains("+", regex=False)]
    n_themes = mixed["discovered_themes"].str.count(";") + 1
    assert (n_themes >= 2).mean() >= 0.8
    weights = explode_themes(mixed).groupby("id")["weight"].sum()
    assert np.allclose(weights, 1.0, atol=0.005)


def test_unclear_comments_stay_unassigned(fitted):
    model, out = fitted
    noise = out[out["truth"] == ""]
    assert (noise["discovered_themes"] == "").all()
    assert (noise["discovered_theme"] == "").all()
    assert model.n_skipped_ == {"non_informative": 3, "empty": 6}


def test_strict_threshold_leaves_more_unassigned(corpus, fitted):
    _, loose = fitted
    strict = ThemeDiscoverer(n_themes=3, min_weight=0.9, progress=False).fit_transform(corpus)
    assert (strict["discovered_theme"] == "").sum() > (loose["discovered_theme"] == "").sum()


def test_transform_keeps_columns_and_index(fitted, corpus):
    model, _ = fitted
    shuffled = corpus.iloc[::-1].set_index("id", drop=False)
    out = model.transform(shuffled)
    assert out.index.equals(shuffled.index)
    assert list(out.columns) == list(shuffled.columns) + ["discovered_themes", "discovered_theme"]
    assert out["discovered_themes"].dtype == "str"
    assert "discovered_themes" not in shuffled.columns  # the caller's frame is untouched


def test_same_seed_same_output(corpus, fitted):
    model, out = fitted
    again = ThemeDiscoverer(**FAST).fit(corpus)
    pd.testing.assert_frame_equal(model.themes_, again.themes_)
    pd.testing.assert_frame_equal(out, again.transform(corpus))


def test_other_seed_nearly_same_themes(corpus, fitted):
    _, out = fitted
    other = ThemeDiscoverer(**FAST, random_state=7).fit_transform(corpus)
    assert adjusted_rand_score(out["discovered_theme"], other["discovered_theme"]) >= 0.9


def test_n_themes_override(corpus):
    model = ThemeDiscoverer(n_themes=5, merge_threshold=None, progress=False).fit(corpus)
    assert model.n_themes_ == 5
    assert model.selection_.empty
    # merged: the five fitted are three planted themes (the staff's split by its friendliness words)
    merged = ThemeDiscoverer(n_themes=5, progress=False).fit(corpus)
    assert merged.n_themes_ + sum(merged.n_merged_.values()) == 5 and merged.n_themes_ == 3


def test_minibatch_fit_recovers_themes(corpus):
    model = ThemeDiscoverer(n_themes=3, batch_size=64, progress=False).fit(corpus)
    out = _single(model.transform(corpus))
    table = pd.crosstab(out["truth"], out["discovered_theme"])
    assert (table.max(axis=1) / table.sum(axis=1) >= 0.9).all()


def test_by_category_fits_each_category(corpus):
    model = ThemeDiscoverer(by_category=True, n_themes=1, progress=False).fit(corpus)
    themes = model.themes_
    assert set(themes["category"]) == {"detractor", "promoter"}  # passives have too few comments with words
    assert themes["theme_id"].str.match(r"^(detractor|passive|promoter)_\d\d$").all()
    out = model.transform(corpus)
    cats = pd.cut(out["score"].astype(float), [-1, 6, 8, 10], labels=["detractor", "passive", "promoter"])
    for cat, top in zip(cats, out["discovered_theme"]):
        assert top == "" or top.startswith(str(cat))
    # a promoter theme reports its share in every category
    staff = themes[(themes["category"] == "promoter") & themes["terms"].str.contains("personal")].iloc[0]
    assert staff["share_promoter"] > 0.9
    assert staff["share_detractor"] < 0.1  # reported for every category with comments


def test_by_category_counts_missing_scores(corpus):
    frame = corpus.copy()
    frame.loc[frame.index[:4], "score"] = pd.NA
    model = ThemeDiscoverer(by_category=True, **FAST).fit(frame)
    informative_missing = frame.loc[frame.index[:4], "informative"].sum()
    assert model.n_skipped_["no_score"] == informative_missing


def test_without_optional_columns(corpus):
    """Only ``lemmas`` is required: no lang, text_clean, informative or score."""
    model = ThemeDiscoverer(n_themes=3, progress=False).fit(corpus[["lemmas"]])
    assert model.themes_["examples"].eq("").all()
    assert model.themes_["share_detractor"].isna().all()
    assert model.transform(corpus[["lemmas"]])["discovered_theme"].ne("").sum() > 150


def test_progress_goes_to_stderr(corpus, capsys):
    ThemeDiscoverer(n_themes="auto", candidates=(2, 3), progress=True).fit(corpus)
    captured = capsys.readouterr()
    assert captured.out == ""
    ThemeDiscoverer(n_themes="auto", candidates=(2, 3), progress=False).fit(corpus)
    assert capsys.readouterr().err == ""


def test_get_params_round_trip():
    model = ThemeDiscoverer(n_themes=4, by_category=True)
    assert ThemeDiscoverer(**model.get_params()).get_params() == model.get_params()


# ----------------------------------------------------------------- errors
def test_transform_before_fit(corpus):
    with pytest.raises(NotFittedError):
        ThemeDiscoverer().transform(corpus)


def test_missing_lemmas_names_the_preprocessor(corpus):
    with pytest.raises(InputError, match=r"ThemeDiscoverer.fit needs the columns \['lemmas'\].*Did you mean 'lemma'.*Preprocessor"):
        ThemeDiscoverer().fit(corpus.rename(columns={"lemmas": "lemma"}))


def test_not_a_dataframe():
    with pytest.raises(InputError, match="expects a pandas DataFrame.*got list"):
        ThemeDiscoverer().fit(["pris dyr"])


@pytest.mark.parametrize(
    ("params", "match"),
    [
        ({"n_themes": "atuo"}, r"The 'n_themes' parameter of ThemeDiscoverer must be a str among \{'(auto|size)', '(auto|size)'\} or an int in the range "
                              r"\[1, inf\)\. Got 'atuo' instead\. Did you mean 'auto'\?"),
        ({"n_themes": 0}, r"'n_themes'.*Got 0 instead"),
        ({"candidates": ()}, r"'candidates'.*non-empty list.*Got \(\) instead"),
        ({"min_weight": 2}, r"'min_weight'.*a float in the range \[0.0, 1.0\]\. Got 2 instead"),
        ({"min_share": -0.1}, r"'min_share'.*Got -0.1 instead"),
        ({"min_df": 0}, r"'min_df'.*a str among \{'auto'\}, an int in the range \[1, inf\) or a float in the range "
                           r"\(0.0, 1.0\]\. Got 0 instead"),
        ({"batch_size": "big"}, r"'batch_size'.*a str among \{'auto'\}, an int in the range \[1, inf\) or None\. Got 'big' instead"),
    ],
)
def test_bad_parameters(corpus, params, match):
    with pytest.raises(ParameterError, match=match):
        ThemeDiscoverer(**params).fit(corpus)


def test_by_category_needs_scores(corpus):
    with pytest.raises(InputError, match=r"needs the columns \['lemmas', 'score'\]; missing \['score'\].*Did you mean 'scores'"):
        ThemeDiscoverer(by_category=True).fit(corpus.rename(columns={"score": "scores"}))


def test_too_few_comments():
    frame = pd.DataFrame({"lemmas": ["pris", ""], "informative": [True, True]})
    with pytest.raises(InputError, match="at least 2 informative comments with words; got 1 of 2"):
        ThemeDiscoverer().fit(frame)


def test_no_shared_terms():
    frame = pd.DataFrame({"lemmas": [f"ord{i} annat{i}" for i in range(30)]})
    with pytest.raises(InputError, match=r"No term occurs in at least min_df=2 comments"):
        ThemeDiscoverer().fit(frame)


def test_explode_needs_transform():
    with pytest.raises(InputError, match="'discovered_themes' is missing: run ThemeDiscoverer.transform"):
        explode_themes(pd.DataFrame({"x": [1]}))


def test_explode_themes_rows():
    frame = pd.DataFrame({"id": ["a", "b", "c"], "discovered_themes": ["t01:0.700;t02:0.300", "", "t02:1.000"]})
    rows = explode_themes(frame, id_col="id")
    assert rows.values.tolist() == [["a", "t01", 0.7], ["a", "t02", 0.3], ["c", "t02", 1.0]]


# ------------------------------------------------------------ persistence
@pytest.mark.parametrize("by_category", [False, True])
def test_reloaded_model_transforms_a_new_wave_the_same(tmp_path, corpus, by_category):
    model = ThemeDiscoverer(n_themes=3, by_category=by_category, progress=False).fit(corpus)
    model.save(tmp_path / "model")
    wave = planted_frame(seed=1, n_per_cell=5)
    loaded = ThemeDiscoverer.load(tmp_path / "model")
    pd.testing.assert_frame_equal(loaded.transform(wave), model.transform(wave))
    pd.testing.assert_frame_equal(loaded.themes_, model.themes_, check_dtype=False)
    assert loaded.get_params() == model.get_params()


def test_saved_model_has_no_pickle(tmp_path, fitted):
    model, _ = fitted
    model.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arrays.npz", "model.json"]


def test_model_from_another_format_version(tmp_path, fitted):
    import json

    model, _ = fitted
    model.save(tmp_path)
    header = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    header["format_version"] = 99
    (tmp_path / "model.json").write_text(json.dumps(header), encoding="utf-8")
    with pytest.raises(InputError, match=r"'theme-discoverer' model .* has format version 99 .* reads format version 4"):
        ThemeDiscoverer.load(tmp_path)


def test_missing_text_clean_is_never_shown(corpus):
    frame = corpus.copy()
    frame["text_clean"] = frame["text_clean"].astype(object)
    frame.loc[frame["lemmas"].str.contains("pris"), "text_clean"] = None
    model = ThemeDiscoverer(n_themes=3, progress=False).fit(frame)
    assert not model.themes_["examples"].str.contains("nan").any()
