"""ThemeRefiner: the layer learned from coded comments, alone and inside ThemeClassifier."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest

from textnps._errors import InputError, ParameterError
from textnps.preprocess import Preprocessor
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.format import codebook_folder, load_codebook
from textnps.themes.codebook.refiner import ThemeRefiner, refiner_frame
from textnps.themes.codebook.refining import codebook_refiner
from textnps.themes.codebook.words import common_word, proper_nouns

THEMES = ["price", "staff_service", "product"]


def _coded(n=120, seed=0):
    """Comments where the staff seed (kundtjänst) is only context unless judged, and music is product."""
    rng = np.random.default_rng(seed)
    kinds = [
        ("ringde kundtjänst om fakturan", [0, 0, 0], [0, 1, 0]),        # seed matches, coder: not staff
        ("trevlig kundtjänst hjälpsam personal", [0, 1, 0], [0, 1, 0]),  # seed matches, coder: staff
        ("musiken var för hög", [0, 0, 1], [0, 0, 0]),                  # no seed, coder: product
        ("bra pris billigt", [1, 0, 0], [1, 0, 0]),
    ]
    lemmas, Y, seeds = [], [], []
    for i in range(n):
        text, y, s = kinds[i % len(kinds)]
        lemmas.append(text + (" idag" if rng.random() < 0.5 else ""))
        Y.append(y)
        seeds.append(s)
    seeds = np.array(seeds, dtype=float)
    return lemmas, seeds, np.maximum(seeds * 0.9, 0.05), np.array(Y)


def test_learns_context_seeds_and_words_without_seeds():
    lemmas, seeds, proba, Y = _coded()
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y)
    new = ["ringde kundtjänst om fakturan", "trevlig kundtjänst", "musiken var hög", "bra pris"]
    s = np.array([[0, 1, 0], [0, 1, 0], [0, 0, 0], [1, 0, 0]], dtype=float)
    p = refiner.refine(new, s, np.maximum(s * 0.9, 0.05))
    assert p[0, 1] < 0.5 < p[1, 1]  # the seed alone is not enough: the coders said context
    assert p[2, 2] > 0.5            # music is product, though no seed says so
    assert p[3, 0] > 0.5 and p[3, 2] < 0.5
    assert 0.2 <= refiner.threshold_ <= 0.7
    assert refiner.n_coded_ == 120 and list(refiner.n_positive_) == [30, 30, 30]


def test_vocabulary_holds_common_words_only():
    lemmas, seeds, proba, Y = _coded()
    lemmas = [t + " xqzvbn 12345 kundnr4711" for t in lemmas]
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y)
    terms = set(refiner.terms_)
    assert {"musiken", "kundtjänst", "trevlig"} <= terms
    assert not {t for t in terms if any(w in t for w in ("xqzvbn", "12345", "kundnr4711"))}
    assert common_word("neg_trevlig", 2.5) and not common_word("xqzvbn", 2.5)


def test_proper_nouns_are_names_written_with_a_capital_inside_sentences():
    texts = ["tak til Mette for hjælpen", "snakkede med Mette i går", "god service fra Mette",
             "Super service. Tak", "super hurtig levering", "bodde i Stockholm och i Stockholm igen"]
    names = proper_nouns(texts)
    assert {"mette", "stockholm"} <= names
    assert not {"super", "tak", "service", "levering"} & names  # capitalised only after a full stop


def test_copies_of_a_comment_count_once():
    lemmas, seeds, proba, Y = _coded(n=60)
    once = ThemeRefiner(cv=3, min_df=20).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y)
    thrice = ThemeRefiner(cv=3, min_df=20).fit(refiner_frame(lemmas * 3, np.vstack([seeds] * 3), np.vstack([proba] * 3), THEMES),
                                              np.vstack([Y] * 3), groups=np.tile(np.arange(60), 3))
    assert list(once.terms_) == list(thrice.terms_)
    assert thrice.n_coded_ == 60


def test_a_theme_nobody_coded_keeps_its_zero_shot_probability():
    lemmas, seeds, proba, Y = _coded()
    Y[:, 0] = 0  # price never coded
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y)
    s = np.array([[1, 0, 0], [0, 0, 0]], dtype=float)
    p = refiner.refine(["bra pris", "musiken"], s, np.array([[0.9, 0, 0], [0.05, 0, 0]]))
    assert p[0, 0] > 0.5 > p[1, 0]


def test_threshold_needs_enough_comments_for_cross_validation():
    lemmas, seeds, proba, Y = _coded(n=8)
    assert ThemeRefiner(cv=5).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y).threshold_ == 0.5


def test_shape_errors_name_what_was_expected():
    lemmas, seeds, proba, Y = _coded(n=12)
    with pytest.raises(InputError, match=r"shape \(12, 3\) for 12 comments and 3 themes"):
        ThemeRefiner().fit(refiner_frame(lemmas, seeds[:, :2], proba, THEMES), Y)


def test_polarity_is_learned_from_words_and_clauses():
    lemmas, seeds, proba, Y = _coded()
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y)
    words = ["usel service dålig", "toppen service bra"] * 30
    ks = [1] * 60
    refiner.fit_polarity(words, ks, [None] * 60, [None] * 60, [True] * 60, ["neg", "pos"] * 30)
    assert refiner.predict_polarity(["dålig usel", "bra toppen"], [1, 1], [None, None], [None, None],
                                    [False, False]) == ["neg", "pos"]
    with pytest.raises(InputError, match=r"pos, neg or mixed; got \['good'\]"):
        refiner.fit_polarity(words[:2], [1, 1], [None] * 2, [None] * 2, [True] * 2, ["good", "neg"])


def test_languages_it_applies_to():
    lemmas, seeds, proba, Y = _coded()
    langs = ["sv"] * 118 + ["nb"] * 2
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES, langs=langs), Y)
    assert refiner.languages_ == ["sv"]
    assert refiner.applies(["sv", "nb", "da"]).tolist() == [True, False, False]


def test_save_and_load_give_the_same_predictions(tmp_path):
    lemmas, seeds, proba, Y = _coded()
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES, langs=["sv"] * 120), Y)
    refiner.fit_polarity(lemmas[:4] * 5, [1, 1, 2, 0] * 5, [None] * 20, ["neg", "pos", "neg", "pos"] * 5,
                         [True] * 20, ["neg", "pos", "neg", "pos"] * 5)
    refiner.save(tmp_path / "r")
    again = ThemeRefiner.load(tmp_path / "r")
    assert np.allclose(again.refine(lemmas, seeds, proba), refiner.refine(lemmas, seeds, proba),
                       atol=1e-5)
    assert again.predict_polarity(lemmas[:4], [1, 1, 2, 0], [None] * 4, [None] * 4, [True] * 4) == \
        refiner.predict_polarity(lemmas[:4], [1, 1, 2, 0], [None] * 4, [None] * 4, [True] * 4)
    assert again.languages_ == ["sv"] and again.threshold_ == refiner.threshold_
    assert json.loads((tmp_path / "r" / "model.json").read_text(encoding="utf-8"))["kind"] == "theme-refiner"
    with pytest.raises(InputError, match="is a 'theme-refiner' model, expected a 'theme-classifier' model"):
        ThemeClassifier.load(tmp_path / "r")


# -- inside ThemeClassifier -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nordic():
    texts = ["bra pris men usel kundtjänst", "Snabb leverans men varan var trasig",
             "Skaden blev behandlet hurtigt og erstatningen var fair", "Hyggelig selger, men altfor dyrt",
             "Egenandelen er for høy og vilkårene er uklare"]
    return Preprocessor(text_col="text", progress=False).fit_transform(pd.DataFrame({"text": texts}))


def test_the_default_codebook_ships_a_refiner_for_danish_norwegian_and_swedish(nordic):
    model = ThemeClassifier(progress=False).fit(nordic)
    assert model.refiner_ is not None
    assert model.refiner_.languages_ == ["da", "nb", "nn", "sv"]
    assert model.refiner_.n_char_grams_ > 0 and model.refiner_.uses_clauses  # the shipped settings
    # a Norwegian comment is refined: its probabilities are not the zero-shot ones
    rows = nordic.index[nordic["lang"].isin(["nb", "nn"])]
    assert len(rows)
    plain = ThemeClassifier(progress=False, refiner=None).fit(nordic).transform(nordic)
    refined = model.transform(nordic)
    assert not np.allclose(refined.loc[rows, "p_price"], plain.loc[rows, "p_price"])
    assert model.refiner_.codebook_fingerprint_ == load_codebook("nordic-cx").fingerprint
    assert ThemeClassifier(progress=False, refiner=None).fit(nordic).refiner_ is None


def test_clause_polarity_and_the_issue_examples_with_the_refiner(nordic):
    out = ThemeClassifier(progress=False).fit(nordic).transform(nordic)
    assert out["lang"].tolist()[:3] == ["sv", "sv", "da"]
    assert out["themes"].tolist()[:3] == ["price:pos;staff_service:neg", "delivery:pos;product:neg",
                                          "response_time:pos;claims_cases:pos;trust:pos"]
    # Norwegian is among the refiner's languages (Bokmål codes, Danish-Norwegian shared words): refined too
    zero_shot = ThemeClassifier(progress=False, refiner=None).fit(nordic).transform(nordic)
    norwegian = out["lang"].isin(["nb", "nn"])
    assert norwegian.sum() == 2
    assert out.loc[norwegian, "themes"].tolist()[0] == "price:neg;staff_service:pos"
    assert not np.allclose(out.loc[norwegian, "p_terms"], zero_shot.loc[norwegian, "p_terms"])


def test_an_edited_codebook_keeps_the_shipped_refiner_loudly(tmp_path, nordic):
    text = load_codebook("nordic-cx").text.replace('version: "1.3.0"', 'version: "1.3.0-local"', 1)
    assert text != load_codebook("nordic-cx").text
    (tmp_path / "codebook.yaml").write_text(text, encoding="utf-8")
    edited = load_codebook(tmp_path)
    # a copy of nordic-cx anywhere, with no refiner beside it, still gets the shipped one for its unchanged themes
    with pytest.warns(UserWarning, match="was edited: the refiner in .* still decides the 14 themes"):
        assert codebook_refiner(edited) is not None
    # a copy of the whole folder, refiner included, with every theme changed: the refiner is not used, loudly
    copied = tmp_path / "copy"
    shutil.copytree(codebook_folder(load_codebook("nordic-cx")), copied)
    (copied / "codebook.yaml").write_text(text.replace("        lemmas: [", "        lemmas: [zzqxw, "),
                                          encoding="utf-8")
    with pytest.warns(UserWarning, match="trained with another text of codebook 'nordic-cx' and knows none of its "
                                         "themes as they are now, so it is not used"):
        assert codebook_refiner(load_codebook(copied)) is None
    shipped = codebook_refiner(load_codebook("nordic-cx"))
    with pytest.raises(InputError, match="trained with another codebook than 'nordic-cx' version 1.3.0-local"):
        ThemeClassifier(progress=False, codebook=tmp_path, refiner=shipped).fit(nordic)


def test_a_refiner_of_other_themes_is_refused(nordic, tmp_path):
    lemmas, seeds, proba, Y = _coded()
    other = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, THEMES), Y)
    with pytest.raises(InputError, match=r"has the themes \['price', 'staff_service', 'product'\]"):
        ThemeClassifier(progress=False, refiner=other).fit(nordic)
    other.save(tmp_path / "other")
    with pytest.raises(InputError, match="refiner='.*other'"):
        ThemeClassifier(progress=False, refiner=tmp_path / "other").fit(nordic)
    with pytest.raises(ParameterError, match=r"The 'refiner' parameter of ThemeClassifier must be a str among \{.*'auto'.*\}.*Got 3 instead"):
        ThemeClassifier(progress=False, refiner=3).fit(nordic)


def test_a_refiner_trained_here_changes_the_decisions(tmp_path):
    """The mechanism, on a codebook of our own: a context seed is dropped, a word without a seed found."""
    yaml = """format_version: 1
name: mini
themes:
  - id: price
    seeds: {sv: {lemmas: [pris, billig*]}}
  - id: staff_service
    seeds: {sv: {lemmas: [kundtjänst, personal]}}
  - id: product
    seeds: {sv: {lemmas: [kvalitet]}}
"""
    (tmp_path / "codebook.yaml").write_text(yaml, encoding="utf-8")
    codebook = load_codebook(tmp_path)
    lemmas, seeds, proba, Y = _coded()
    refiner = ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, proba, codebook.ids), Y, codebook=codebook)
    texts = ["ringde kundtjänst om fakturan", "musiken var för hög"] * 3
    df = pd.DataFrame({"text_clean": texts, "lemmas": texts, "lang": "sv", "informative": True})
    plain = ThemeClassifier(progress=False, codebook=codebook, refiner=None, use_model=False).fit(df).transform(df)
    refined = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(df)
    out = refined.transform(df)
    assert plain["themes"].tolist()[:2] == ["staff_service:neg", ""]
    assert out["themes"].tolist()[:2] == ["", "product:neg"]
    refined.save(tmp_path / "model")
    again = ThemeClassifier.load(tmp_path / "model", progress=False)
    assert again.refiner_ is not None
    assert again.transform(df)["themes"].tolist() == out["themes"].tolist()


def _coded_frame(n=80):
    """A survey frame (lemmas = words) where the coders say music is product and help with an invoice is billing."""
    kinds = [("fick hjälp med fakturan", "billing:neg"),
             ("trevlig kundtjänst hjälpsam personal", "staff_service:pos"),
             ("musiken var för hög", "product:neg"), ("bra pris billigt", "price:pos")]
    texts = [kinds[i % 4][0] + f" {['idag', 'igår', 'nu', 'sen'][i // 4 % 4]}" for i in range(n)]
    codes = [kinds[i % 4][1] if i % 5 else np.nan for i in range(n)]  # every fifth comment not coded
    return pd.DataFrame({"text_clean": texts, "lemmas": texts, "lang": "sv", "informative": True, "codes": codes})


def test_learn_new_trains_a_refiner_on_the_coded_comments_alone(tmp_path):
    df = _coded_frame()
    model = ThemeClassifier(progress=False, refiner="learn-new", labels_col="codes").fit(df)
    assert model.refiner_ is not None and model.refiner_.n_coded_ == 64
    assert model.refiner_.languages_ == ["sv"] and model.refiner_.has_polarity
    texts = ["musiken var hög", "fick hjälp med fakturan"]
    new = pd.DataFrame({"text_clean": texts, "lemmas": texts, "lang": "sv", "informative": True})
    out = model.transform(new)["themes"].tolist()
    assert "product" in out[0]                                  # learned: no seed says music
    assert "staff_service" not in out[1] and "billing" in out[1]  # learned: the help was context
    zero_shot = ThemeClassifier(progress=False, refiner=None).fit(df).transform(new)["themes"].tolist()
    assert "product" not in zero_shot[0] and "staff_service" in zero_shot[1]
    model.save(tmp_path / "m")
    assert ThemeClassifier.load(tmp_path / "m", progress=False).transform(new)["themes"].tolist() == out


def test_learn_needs_enough_coded_comments():
    df = _coded_frame(n=40)
    with pytest.raises(InputError, match=r"refiner='learn' .* needs at least 50 of them; got 32"):
        ThemeClassifier(progress=False, refiner="learn", labels_col="codes").fit(df)
    with pytest.raises(InputError, match="got 0"):
        ThemeClassifier(progress=False, refiner="learn").fit(df)


@pytest.mark.parametrize("lang, texts", [
    ("sv", ["bra pris men usel kundtjänst", "leveransen kom snabbt", "appen krånglar hela tiden"]),
    ("da", ["god pris men elendig kundeservice", "levering var hurtig", "appen virker ikke"]),
    ("no", ["god pris men elendig kundeservice", "leveringen kom raskt", "appen fungerer ikke"]),
])
def test_the_shipped_model_gives_the_same_output_after_save_and_reload(tmp_path, lang, texts):
    frame = Preprocessor(text_col="text", progress=False).fit_transform(pd.DataFrame({"text": texts}))
    model = ThemeClassifier(progress=False).fit(frame)
    assert model.refiner_ is not None
    model.save(tmp_path / "model")
    again = ThemeClassifier.load(tmp_path / "model", progress=False)
    assert again.refiner_.languages_ == model.refiner_.languages_ == ["da", "nb", "nn", "sv"]
    first, second = model.transform(frame), again.transform(frame)
    pd.testing.assert_frame_equal(first, second)
    # general never comes with another theme
    assert all(";" not in cell for cell in first["themes"] if "general" in cell)


def test_refining_in_pieces_gives_the_numbers_of_one_piece(nordic, monkeypatch):
    """sv, da and nb comments refined two at a time, or all at once: the same probabilities, bit for bit."""
    from textnps.themes.codebook import refiner_domain

    model = ThemeClassifier(progress=False).fit(nordic)
    monkeypatch.setattr(refiner_domain, "REFINE_PIECE", 10_000)
    whole = model.transform(nordic)
    monkeypatch.setattr(refiner_domain, "REFINE_PIECE", 2)
    pd.testing.assert_frame_equal(model.transform(nordic), whole)
    seeds, hits, proba = model.zero_shot(nordic)
    rows = np.arange(len(nordic))
    one = refiner_domain.refine_rows(model.refiner_, nordic, rows, seeds, proba, hits)
    monkeypatch.setattr(refiner_domain, "REFINE_PIECE", 10_000)
    assert np.array_equal(one, refiner_domain.refine_rows(model.refiner_, nordic, rows, seeds, proba, hits))
