"""PriorRefiner: an analyst's own codes update the shipped refiner instead of replacing it."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from textnps._errors import InputError
from textnps.report.model_used import describe_model, model_note
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.refiner import ThemeRefiner
from textnps.themes.codebook.refiner_prior import PriorRefiner
from textnps.themes.codebook.refining import REFINER_FOLDER, load_refiner
from test_refiner_domain import LANGS, _codebook, _trained

# per language: a pattern the shipped refiner (the prior) never saw, which the analyst's codes teach:
# comments about the waiting time ("lång väntetid") are response_time... here: product, with no seed
NEW = {"sv": "väntan var lång", "da": "ventetiden var lang", "nb": "ventetiden var lang"}


def _frame(texts, codes, lang):
    return pd.DataFrame({"text_clean": texts, "lemmas": texts, "lang": lang, "informative": True, "score": 3,
                         "codes": codes})


def _analyst(lang, n):
    """*n* coded comments: the new pattern (product) and a few of the prior's patterns, every fifth uncoded."""
    w = LANGS[lang]
    kinds = [(NEW[lang], "product:neg"), (NEW[lang] + " " + w["filler"][1], "product:neg"),
             (f"{w['cheap']} {w['price']}", "price:pos")]
    texts = [kinds[i % 3][0] + " " + w["filler"][i // 3 % 4] for i in range(n)]
    return texts, [kinds[i % 3][1] for i in range(n)]


def _test_set(lang):
    """What the survey holds: the prior's patterns and the new one, with the true product/staff codes."""
    w = LANGS[lang]
    texts = [f"{w['staff']} {w['context']}", f"{w['judged']} {w['staff']}", w["music"], NEW[lang],
             f"{w['cheap']} {w['price']}"] * 4
    truth = np.array([[0, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1], [1, 0, 0]] * 4)
    return texts, truth


def _decided(model, texts, lang):
    out = model.transform(_frame(texts, None, lang))
    return (out[["p_price", "p_staff_service", "p_product"]].to_numpy() >= 0.5).astype(int)


@pytest.mark.parametrize("lang", list(LANGS))
def test_codes_on_top_of_the_prior_beat_the_codes_alone_and_reload(tmp_path, lang):
    codebook = _codebook(tmp_path, lang)
    prior, _ = _trained(codebook, lang)
    prior.save(tmp_path / REFINER_FOLDER)  # shipped next to the codebook, as nordic-cx's
    texts, codes = _analyst(lang, 60)
    survey = _frame(texts, codes, lang)
    test_texts, truth = _test_set(lang)
    on_prior = ThemeClassifier(progress=False, codebook=tmp_path, refiner="learn", labels_col="codes",
                               use_model=False).fit(survey)
    alone = ThemeClassifier(progress=False, codebook=tmp_path, refiner="learn-new", labels_col="codes",
                            use_model=False).fit(survey)
    assert isinstance(on_prior.refiner_, PriorRefiner) and isinstance(alone.refiner_, ThemeRefiner)
    assert on_prior.refiner_.n_analyst_coded_ == 60 and on_prior.refiner_.n_coded_ == 120 + 60
    assert on_prior.refiner_.built_from_["analyst_codes"] == 60
    assert "120 coded comments" in on_prior.refiner_.built_from_["prior"]
    got, old = _decided(on_prior, test_texts, lang), _decided(alone, test_texts, lang)
    shipped = _decided(ThemeClassifier(progress=False, codebook=tmp_path, use_model=False).fit(survey),
                       test_texts, lang)
    f1 = {k: f1_score(truth, v, average="micro") for k, v in (("prior", got), ("alone", old), ("shipped", shipped))}
    assert f1["prior"] > f1["alone"] and f1["prior"] > f1["shipped"], f1
    assert got[3, 2] == 1 and shipped[3, 2] == 0   # learned from the codes: the new pattern is product
    assert got[0, 1] == 0 and old[0, 1] == 1       # kept from the prior: the staff seed there is context
    # saved and reloaded: equal decisions, and it says what it was built from
    on_prior.save(tmp_path / "model")
    again = ThemeClassifier.load(tmp_path / "model", progress=False)
    assert isinstance(again.refiner_, PriorRefiner)
    assert again.refiner_.built_from_ == on_prior.refiner_.built_from_
    pd.testing.assert_frame_equal(again.transform(_frame(test_texts, None, lang)),
                                  on_prior.transform(_frame(test_texts, None, lang)))
    assert "updated with 60 codes of this survey" in describe_model(again)
    assert model_note(on_prior, None).key == "model_refiner_prior"


@pytest.mark.parametrize("lang", list(LANGS))
def test_without_codes_it_is_the_prior_and_it_saves_alone(tmp_path, lang):
    codebook = _codebook(tmp_path, lang)
    prior, lemmas = _trained(codebook, lang)
    from textnps.themes.codebook.refiner import refiner_frame

    n = len(codebook.ids)
    seeds = np.zeros((4, n))
    frame = refiner_frame(lemmas[:4], seeds, np.full((4, n), 0.05), codebook.ids, langs=[lang] * 4)
    # a code-free update (no words reach min_df, every code 0 where the prior says 0) stays near the prior
    updated = PriorRefiner(prior, C=1e-6, signal_C=1e-6).fit(frame, np.zeros((4, n)))
    assert np.allclose(updated.refine(lemmas[:8], np.zeros((8, n)), np.full((8, n), 0.05), langs=[lang] * 8),
                       prior.refine(lemmas[:8], np.zeros((8, n)), np.full((8, n), 0.05)), atol=1e-4)
    updated.save(tmp_path / "alone")
    again = load_refiner(tmp_path / "alone")
    assert isinstance(again, PriorRefiner) and again.built_from_ == updated.built_from_
    assert np.allclose(again.predict_proba(frame), updated.predict_proba(frame))


def test_bad_prior_and_codes_are_named():
    with pytest.raises(InputError, match="needs a fitted refiner as its prior"):
        PriorRefiner().fit(pd.DataFrame({"lemmas": ["x"]}), np.zeros((1, 1)))
