"""The domain check: a refiner shrinks itself toward the zero-shot decisions on a survey it does not know."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from textnps.report.model_used import domain_notes
from textnps.report.notes import localize
from textnps.themes.codebook import refiner_domain
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.format import load_codebook
from textnps.themes.codebook.refiner import ThemeRefiner, refiner_frame

# per language: the seeds of a three-theme codebook, the words of the surveys the refiner was trained on
# (where the staff seed is only context unless judged, and the music word is product), and the words of a
# survey far from them (a telecom-style one)
LANGS = {
    "sv": dict(price="pris", staff="kundtjänst", context="ringde om fakturan", judged="trevlig hjälpsam",
               music="musiken var för hög", cheap="bra billigt", filler=["idag", "igår", "nu", "sen"],
               far=["mobilnätet", "täckning", "abonnemang", "surf", "router", "bredband", "operatör", "samtal"],
               said="Förfinaren användes inte"),
    "da": dict(price="pris", staff="kundeservice", context="ringede om fakturaen", judged="venlig hjælpsom",
               music="musikken var for høj", cheap="god billig", filler=["idag", "igår", "nu", "senere"],
               far=["mobilnettet", "dækning", "abonnement", "data", "router", "bredbånd", "operatør", "opkald"],
               said="Finjusteringen blev ikke brugt"),
    "nb": dict(price="pris", staff="kundeservice", context="ringte om fakturaen", judged="hyggelig hjelpsom",
               music="musikken var for høy", cheap="god billig", filler=["idag", "igår", "nå", "senere"],
               far=["mobilnettet", "dekning", "abonnement", "data", "ruter", "bredbånd", "operatør", "samtale"],
               said="Finjusteringen ble ikke brukt"),
}


def _codebook(tmp_path, lang):
    w = LANGS[lang]
    yaml = f"""format_version: 1
name: mini-{lang}
themes:
  - id: price
    seeds: {{{lang}: {{lemmas: [{w['price']}, billig*]}}}}
  - id: staff_service
    seeds: {{{lang}: {{lemmas: [{w['staff']}]}}}}
  - id: product
    seeds: {{{lang}: {{lemmas: [kvalitet]}}}}
"""
    (tmp_path / "codebook.yaml").write_text(yaml, encoding="utf-8")
    return load_codebook(tmp_path)


def _trained(codebook, lang, n=120, **settings):
    w = LANGS[lang]
    kinds = [(f"{w['staff']} {w['context']}", [0, 1, 0], [0, 0, 0]),
             (f"{w['judged']} {w['staff']}", [0, 1, 0], [0, 1, 0]),
             (w["music"], [0, 0, 0], [0, 0, 1]), (f"{w['cheap']} {w['price']}", [1, 0, 0], [1, 0, 0])]
    lemmas = [kinds[i % 4][0] + " " + w["filler"][i // 4 % 4] for i in range(n)]
    seeds = np.array([kinds[i % 4][1] for i in range(n)], dtype=float)
    Y = np.array([kinds[i % 4][2] for i in range(n)])
    frame = refiner_frame(lemmas, seeds, np.maximum(seeds * 0.9, 0.05), codebook.ids, langs=[lang] * n)
    return ThemeRefiner(cv=3, **settings).fit(frame, Y, codebook=codebook), lemmas


def _survey(texts, lang):
    return pd.DataFrame({"text_clean": texts, "lemmas": texts, "lang": lang, "informative": True, "score": 3})


@pytest.mark.parametrize("lang", list(LANGS))
def test_a_survey_far_from_the_training_domain_gets_the_fallback_and_says_so(tmp_path, lang):
    codebook = _codebook(tmp_path, lang)
    refiner, known = _trained(codebook, lang)
    w = LANGS[lang]
    rng = np.random.default_rng(0)
    # a far survey: its frequent words are telecom words the refiner never saw, plus the staff seed as context
    far = [f"{w['staff']} {w['context']} " + " ".join(rng.choice(w["far"], 3)) for _ in range(60)]
    model = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(_survey(far, lang))
    assert model.refiner_weight_ == {lang: 0.0}
    assert model.refiner_coverage_[lang]["coverage"] < refiner_domain.COVERAGE_LOW
    assert model.refiner_coverage_[lang]["n"] == 60
    plain = ThemeClassifier(progress=False, codebook=codebook, refiner=None, use_model=False).fit(_survey(far, lang))
    pd.testing.assert_frame_equal(model.transform(_survey(far, lang)), plain.transform(_survey(far, lang)))
    # said, counted, in the report's language
    notes = domain_notes(model)
    assert len(notes) == 1 and "60 comments in " + lang in notes[0]
    assert localize(notes[0], lang).startswith(w["said"])
    # without the check the refiner decides as it is (here: the staff seed is only context)
    unchecked = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False,
                                domain_check=False).fit(_survey(far, lang))
    assert unchecked.refiner_weight_ == {}
    assert (unchecked.transform(_survey(far, lang))["p_staff_service"] < 0.5).all()
    assert (model.transform(_survey(far, lang))["p_staff_service"] >= 0.5).all()


def _moves(refiner, words) -> np.ndarray:
    """Which *words*, alone in a comment, move the refiner's probabilities (what character n-grams do to most)."""
    zeros = np.zeros((len(words) + 1, len(refiner.theme_ids_)))
    p = refiner.refine([""] + list(words), zeros, zeros)
    return np.abs(p[1:] - p[0]).max(axis=1) > 1e-7


@pytest.mark.parametrize("lang", list(LANGS))
def test_character_ngrams_do_not_make_a_far_survey_look_known(tmp_path, lang):
    codebook = _codebook(tmp_path, lang)
    refiner, known = _trained(codebook, lang, char_ngram_range=(2, 4), char_min_df=2)
    w = LANGS[lang]
    assert refiner.n_char_grams_ > 0
    assert _moves(refiner, w["far"]).any()  # the far words share pieces with the trained ones ...
    assert not refiner_domain.known_words(refiner, w["far"]).any()  # ... but are not in its vocabulary
    assert refiner_domain.known_words(refiner, [w["price"], w["staff"]]).all()
    rng = np.random.default_rng(0)
    far = [f"{w['staff']} {w['context']} " + " ".join(rng.choice(w["far"], 3)) for _ in range(60)]
    model = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(_survey(far, lang))
    assert model.refiner_weight_ == {lang: 0.0}
    inside = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(
        _survey(known[:60], lang))
    assert inside.refiner_weight_ == {lang: 1.0}


@pytest.mark.parametrize("lang", list(LANGS))
def test_an_in_domain_survey_keeps_the_refiner_and_reloads(tmp_path, lang):
    codebook = _codebook(tmp_path, lang)
    refiner, known = _trained(codebook, lang)
    survey = _survey(known[:60], lang)
    model = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(survey)
    assert model.refiner_weight_ == {lang: 1.0} and domain_notes(model) == []
    assert model.refiner_coverage_[lang]["coverage"] >= refiner_domain.COVERAGE_HIGH
    out = model.transform(survey)
    assert (out["p_staff_service"].to_numpy()[0::4] < 0.5).all()  # the refiner still drops the context seed
    model.save(tmp_path / "m")
    again = ThemeClassifier.load(tmp_path / "m", progress=False)
    assert again.refiner_weight_ == model.refiner_weight_
    pd.testing.assert_frame_equal(again.transform(survey), out)


@pytest.mark.parametrize("coverage, weight", [(None, 1.0), (0.5, 0.0), (refiner_domain.COVERAGE_LOW, 0.0),
                                              (refiner_domain.COVERAGE_HIGH, 1.0), (1.0, 1.0)])
def test_coverage_weight(coverage, weight):
    assert refiner_domain.coverage_weight(coverage) == weight


def test_a_half_weight_lies_between_in_log_odds():
    refined, proba = np.array([[0.9, 0.1]]), np.array([[0.1, 0.9]])
    assert np.allclose(refiner_domain.blend(refined, proba, 1.0, [0.5, 0.5]), refined)
    assert np.allclose(refiner_domain.blend(refined, proba, 0.0, [0.5, 0.5]), proba)
    assert np.allclose(refiner_domain.blend(refined, proba, 0.5, [0.5, 0.5]), 0.5)
    # the zero-shot side is measured about the classifier's threshold: at weight 0 that threshold decides
    assert refiner_domain.blend(refined, np.array([[0.3, 0.3]]), 0.0, [0.25, 0.25])[0, 0] == pytest.approx(0.3)


def test_a_small_language_is_not_checked(tmp_path):
    codebook = _codebook(tmp_path, "sv")
    refiner, _ = _trained(codebook, "sv")
    texts = ["mobilnätet täckning router"] * (refiner_domain.MIN_COMMENTS - 1)
    model = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(
        _survey(texts, "sv"))
    assert model.refiner_weight_ == {"sv": 1.0}
    assert model.refiner_coverage_ == {"sv": {"coverage": None, "n": refiner_domain.MIN_COMMENTS - 1,
                                              "reference": None}}


def _broad(w, known, seed):
    """A survey of the refiner's own kind whose vocabulary is broader than its codes: each comment a trained one
    plus two words it never saw (so far fewer of its frequent words are known than of the trained ones)."""
    rng = np.random.default_rng(seed)
    return [k + " " + " ".join(rng.choice(w["far"], 2, replace=False)) for k in known[:80]]


@pytest.mark.parametrize("lang", list(LANGS))
def test_coverage_is_weighed_against_the_refiners_reference_in_the_language(tmp_path, lang):
    codebook = _codebook(tmp_path, lang)
    refiner, known = _trained(codebook, lang)
    w = LANGS[lang]
    survey = _survey(_broad(w, known, 1), lang)
    absolute = refiner_domain.survey_coverage(refiner, survey)[lang][0]
    assert absolute < refiner_domain.COVERAGE_LOW  # by absolute coverage: out of its domain
    shrunk = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(survey)
    assert shrunk.refiner_weight_ == {lang: 0.0}
    # measured on another survey of that kind, the reference says this is what its domain looks like
    refiner.domain_reference_ = refiner_domain.reference_coverage(refiner, _survey(_broad(w, known, 2), lang),
                                                                  min_comments=50)
    assert refiner.domain_reference_[lang] == pytest.approx(absolute, abs=0.08)
    kept = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(survey)
    assert kept.refiner_weight_[lang] >= 0.5
    assert kept.refiner_coverage_[lang] == {"coverage": round(absolute, 4), "n": 80,
                                            "reference": refiner.domain_reference_[lang]}
    # a far survey stays far against the reference too, and the note says what it was weighed against
    rng = np.random.default_rng(0)
    far = [" ".join(rng.choice(w["far"], 3)) + " " + w["filler"][i % 4] for i in range(60)]
    model = ThemeClassifier(progress=False, codebook=codebook, refiner=refiner, use_model=False).fit(_survey(far, lang))
    assert model.refiner_weight_ == {lang: 0.0}
    notes = domain_notes(model)
    assert len(notes) == 2 and f"{round(100 * refiner.domain_reference_[lang])} % of the most frequent words" in notes[1]
    assert localize(notes[1], lang) != str(notes[1])
    # the reference is saved with the refiner and read back
    refiner.save(tmp_path / "r")
    assert ThemeRefiner.load(tmp_path / "r").domain_reference_ == refiner.domain_reference_


def test_relative_coverage_and_the_nynorsk_fallback():
    reference = {"nb": 0.8, "da": 0.95}
    assert refiner_domain.relative_coverage(0.6, "nb", reference) == pytest.approx(0.75)
    assert refiner_domain.relative_coverage(0.6, "nn", reference) == pytest.approx(0.75)  # Bokmål's reference
    assert refiner_domain.relative_coverage(0.9, "nb", reference) == 1.0  # never above 1
    assert refiner_domain.relative_coverage(0.6, "sv", reference) == 0.6  # no reference: absolute
    assert refiner_domain.relative_coverage(None, "da", reference) is None
    assert refiner_domain.relative_coverage(0.6, "da", {}) == 0.6


def test_a_reference_needs_enough_comments_in_the_language(tmp_path):
    codebook = _codebook(tmp_path, "da")
    refiner, known = _trained(codebook, "da")
    survey = _survey(known[:60], "da")
    assert refiner_domain.reference_coverage(refiner, survey) == {}  # 60 < REFERENCE_MIN_COMMENTS
    assert refiner_domain.reference_coverage(refiner, survey, min_comments=60) == {"da": 1.0}
    assert refiner.domain_reference_ == {}  # fitting sets none: whoever trains it measures it


def test_a_refiner_updated_with_analyst_codes_is_weighed_against_its_priors_reference():
    from types import SimpleNamespace

    prior = SimpleNamespace(domain_reference_={"sv": 0.97})
    assert refiner_domain.references(SimpleNamespace(prior_=prior)) == {"sv": 0.97}
    assert refiner_domain.references(SimpleNamespace(domain_reference_={"da": 0.9}, prior_=prior)) == {"da": 0.9}
    assert refiner_domain.references(SimpleNamespace()) == {}
