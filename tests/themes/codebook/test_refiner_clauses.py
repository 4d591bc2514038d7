"""ThemeRefiner, format 2: decided where the theme is mentioned (seed clauses), character n-grams,
a learned ``general`` that only holds alone, per-theme thresholds, and reloading - in sv, da and no."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from textnps._errors import InputError, ModelFileError
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.refiner import ThemeRefiner, refiner_frame
from textnps.themes.codebook.refiner_features import general_exclusive
from textnps.themes.codebook.seed_clauses import seed_clause_texts
from textnps.themes.codebook.terms import tokenize

THEMES = ["staff_service", "billing", "general"]

#: per language: the staff seed, a word that judges it, a word of calling about something, billing, general
WORDS = {
    "sv": ("kundtjänst", "trevlig", "ringde", "fakturan", "toppen"),
    "da": ("kundeservice", "venlig", "ringede", "regningen", "super"),
    "no": ("kundeservice", "hyggelig", "ringte", "regningen", "topp"),
}


def _clause_coded(lang, n=120):
    """Two kinds with the same words, in other clauses: the coders say staff only where the seed is judged.

    ``trevlig kundtjänst, ringde om fakturan`` -> staff_service (and billing);
    ``ringde kundtjänst om fakturan, trevlig`` -> billing only: the staff seed is why they called.
    Every third comment is ``toppen`` alone: general.
    """
    seed, judge, call, bill, general = WORDS[lang]
    kinds = [(f"{judge} {seed}, {call} om {bill}", [1, 1, 0]), (f"{call} {seed} om {bill}, {judge}", [0, 1, 0]),
             (f"{general}!", [0, 0, 1])]
    texts, Y = zip(*[kinds[i % 3] for i in range(n)])
    hits = []
    for text in texts:
        tokens = tokenize(text, lang)
        found = {0: [(tokens.index(seed), tokens.index(seed) + 1)]} if seed in tokens else {}
        if bill in tokens:
            found[1] = [(tokens.index(bill), tokens.index(bill) + 1)]
        hits.append(found)
    seeds = np.array([[k in h for k in range(3)] for h in hits], dtype=float)
    # the lemmas are the same bag of words for both kinds: only the clauses tell them apart
    lemmas = [" ".join(sorted(w for w in tokenize(t, lang) if w[:1].isalpha() and w != "om")) for t in texts]
    clauses = seed_clause_texts(texts, [lang] * n, hits, 3)
    return lemmas, seeds, np.maximum(seeds * 0.9, 0.05), np.array(Y), clauses


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_seed_only_in_a_context_clause_does_not_fire_the_theme(lang):
    lemmas, seeds, proba, Y, clauses = _clause_coded(lang)
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES, clauses=clauses), Y)
    assert refiner.uses_clauses and refiner.n_clause_terms_ > 0
    p = refiner.refine(lemmas[:2], seeds[:2], proba[:2], [c[:2] for c in clauses])
    assert p[0, 0] > 0.5 > p[1, 0]           # judged staff vs. the reason for calling
    assert p[0, 1] > 0.5 and p[1, 1] > 0.5   # billing in both
    # without the clauses the two kinds are the same comment: no way to tell them apart
    blind = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y)
    assert not blind.uses_clauses
    q = blind.refine(lemmas[:2], seeds[:2], proba[:2])
    assert abs(q[0, 0] - q[1, 0]) < 1e-6


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_seed_clause_texts_are_the_clauses_holding_the_seed(lang):
    seed, judge, call, bill, _ = WORDS[lang]
    text = f"{call} {seed} om {bill}, {judge}"
    tokens = tokenize(text, lang)
    hits = [{0: [(tokens.index(seed), tokens.index(seed) + 1)]}, {}, {0: [None]}]
    out = seed_clause_texts([text, text, text], [lang] * 3, hits, 2)
    assert out[0] == [f"{call} {seed} om {bill}", "", f"{call} {seed} om {bill} {judge}"]  # None: the whole comment
    assert out[1] == ["", "", ""]


def test_refine_without_clauses_warns_when_the_refiner_reads_them():
    lemmas, seeds, proba, Y, clauses = _clause_coded("sv")
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES, clauses=clauses), Y)
    with pytest.warns(UserWarning, match="got no clauses="):
        refiner.refine(lemmas[:2], seeds[:2], proba[:2])
    with pytest.raises(InputError, match=r"clause columns for some themes but not \['clause_general'\]"):
        frame = refiner_frame(lemmas, seeds, proba, THEMES, clauses=clauses).drop(columns="clause_general")
        ThemeRefiner(cv=3).fit(frame, Y)
    with pytest.raises(InputError, match="clauses as 3 lists"):
        refiner_frame(lemmas, seeds, proba, THEMES, clauses=clauses[:2])


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_general_is_learned_and_holds_only_alone(lang):
    lemmas, seeds, proba, Y, clauses = _clause_coded(lang)
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES, clauses=clauses), Y)
    p = refiner.refine(lemmas[:3], seeds[:3], proba[:3], [c[:3] for c in clauses])
    assert p[2, 2] > 0.5 and p[0, 2] < 0.5   # learned from the words, no seed of general here
    decided = general_exclusive(THEMES)(np.array([[True, False, True], [False, False, True]]))
    assert decided.tolist() == [[True, False, False], [False, False, True]]
    assert general_exclusive(["price"])(np.array([[True]])).tolist() == [[True]]


@pytest.mark.parametrize("lang, texts, general", [
    ("sv", ["trevlig kundtjänst", "toppen", "toppen kundtjänst"], "toppen"),
    ("da", ["venlig kundeservice", "super", "super kundeservice"], "super"),
    ("no", ["hyggelig kundeservice", "topp", "topp kundeservice"], "topp"),
])
def test_the_classifier_applies_a_learned_general_only_where_no_other_theme_is(lang, texts, general):
    coded = pd.DataFrame({"text_clean": texts * 30, "lemmas": texts * 30, "lang": lang, "informative": True,
                          "codes": ["staff_service:pos", "general:pos", "staff_service:pos;general:pos"] * 30})
    model = ThemeClassifier(progress=False, refiner="learn", labels_col="codes").fit(coded)
    out = model.transform(coded.iloc[:3].drop(columns="codes"))
    assert out["p_general"].iloc[2] >= 0.5                      # the refiner says general ...
    assert out["themes"].tolist()[1].startswith("general")
    assert "general" not in out["themes"].iloc[2] and "staff_service" in out["themes"].iloc[2]  # ... not with staff


@pytest.mark.parametrize("lang, word, typo", [("sv", "leveransen", "leveranssen"), ("da", "leveringen", "leveringn"),
                                              ("no", "leveringen", "leveringenn")])
def test_character_ngrams_find_a_misspelt_word_and_hold_only_pieces_of_common_words(lang, word, typo):
    lemmas = [f"{word} sen", "bra folk", f"{word} kom", "fin dag"] * 20 + [f"xqzvbn{i} zzkj" for i in range(20)]
    Y = np.array([[1, 0], [0, 1], [1, 0], [0, 1]] * 20 + [[0, 1]] * 20)
    seeds = np.zeros((100, 2))
    frame = refiner_frame(lemmas, seeds, seeds + 0.1, ["delivery", "staff_service"])
    chars = ThemeRefiner(cv=3, char_ngram_range=(3, 5)).fit(frame, Y)
    words = ThemeRefiner(cv=3).fit(frame, Y)
    assert chars.n_char_grams_ > 0 and words.n_char_grams_ == 0
    grams = set(chars._features.chars.vocabulary_)
    assert not {g for g in grams if "xqz" in g or "zzk" in g}     # a rare string gives no n-gram
    new = np.zeros((1, 2))
    assert chars.refine([typo], new, new + 0.1)[0, 0] > 0.5 > words.refine([typo], new, new + 0.1)[0, 0]


@pytest.mark.parametrize("lemmas", [["leveransen kom sent", "kundtjänsten var trevlig", "leveranssen", "", "a b"],
                                    ["leveringen kom sent", "kundeservicen var venlig venlig", "Leveringn"],
                                    ["leveringen kom seint", "kundeservicen var hyggelig", "leveringenn  kom"]])
def test_character_ngrams_per_distinct_word_equal_the_vectorizer(lemmas):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from textnps.themes.codebook.refiner_features import char_tfidf
    from textnps.themes.codebook.words import bare

    for grams in [(3, 5), (2, 6)]:
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=grams, lowercase=False, sublinear_tf=True,
                                dtype=np.float32, min_df=1).fit(lemmas[:2])
        expected = chars.transform([" ".join(bare(w) for w in t.split()) for t in lemmas])
        got = char_tfidf(chars, lemmas)
        assert got.shape == expected.shape and got.dtype == expected.dtype
        np.testing.assert_allclose(got.toarray(), expected.toarray(), atol=1e-6)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_per_theme_thresholds_are_chosen_and_reload_equal(tmp_path, lang):
    lemmas, seeds, proba, Y, clauses = _clause_coded(lang)
    frame = refiner_frame(lemmas, seeds, proba, THEMES, clauses=clauses, langs=[lang] * len(lemmas))
    refiner = ThemeRefiner(cv=3, char_ngram_range=(3, 5), per_theme_thresholds=True).fit(frame, Y)
    assert refiner.thresholds_.shape == (3,) and ((refiner.thresholds_ > 0.1) & (refiner.thresholds_ < 0.8)).all()
    refiner.save(tmp_path / "r")
    again = ThemeRefiner.load(tmp_path / "r")
    pd.testing.assert_frame_equal(again.predict_proba(frame), refiner.predict_proba(frame), atol=1e-5)
    assert again.uses_clauses and again.n_char_grams_ == refiner.n_char_grams_
    assert np.array_equal(again.thresholds_, refiner.thresholds_)


def test_the_old_format_and_damaged_thresholds_fail_clearly(tmp_path):
    lemmas, seeds, proba, Y, clauses = _clause_coded("sv")
    ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES, clauses=clauses), Y).save(tmp_path / "r")
    info = json.loads((tmp_path / "r" / "model.json").read_text(encoding="utf-8"))
    info["format_version"] = 1
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "model.json").write_text(json.dumps(info), encoding="utf-8")
    (tmp_path / "old" / "arrays.npz").write_bytes((tmp_path / "r" / "arrays.npz").read_bytes())
    with pytest.raises(InputError, match="has format version 1 .* reads format version 2. Refit the model"):
        ThemeRefiner.load(tmp_path / "old")
    state = ThemeRefiner.load(tmp_path / "r").to_state()
    state["thresholds"] = np.array([0.4, 1.5, 0.4])
    with pytest.raises(ModelFileError, match="thresholds must lie between 0 and 1"):
        ThemeRefiner.from_state(state)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_clause_tfidf_equals_the_vectorizer_on_every_row(lang):
    """Only the non-empty clause texts go to the vectorizer; the matrix is the vectorizer's own."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from textnps.themes.codebook.refiner_features import clause_tfidf

    seed, judge, call, bill, _ = WORDS[lang]
    fitted = TfidfVectorizer(token_pattern=r"\S+", sublinear_tf=True, dtype=np.float32).fit(
        [f"{judge} {seed}", f"{call} {bill}", f"{judge} {bill} {bill}"])
    for texts in ([f"{judge} {seed}", "", f"{bill} {call} {bill}", "", ""], ["", ""], [f"{judge}", f"{seed} {call}"], []):
        expected = fitted.transform(texts).toarray() if texts else np.zeros((0, len(fitted.vocabulary_)))
        got = clause_tfidf(fitted, texts)
        assert got.shape == expected.shape and got.dtype == np.float32
        assert np.array_equal(got.toarray(), expected)
