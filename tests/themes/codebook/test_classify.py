"""ThemeClassifier: zero-shot from the codebook's seeds, training on coded comments, saving.

These tests check the codebook's rules and the zero-shot model on comments whose
lemmas are simply their words, so the refiner shipped with ``nordic-cx`` (trained
on real Preprocessor output; see test_refiner.py) is switched off with ``refiner=None``.
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from textnps._errors import InputError, ParameterError
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.terms import tokenize


def preprocessed(texts, lang="sv", **extra) -> pd.DataFrame:
    """The columns the Preprocessor adds, built directly (lemmas = the lower-case words)."""
    langs = lang if isinstance(lang, list) else [lang] * len(texts)
    lemmas = [" ".join(t for t in tokenize(x) if t[:1].isalnum()) for x in texts]
    return pd.DataFrame({"text_clean": texts, "lemmas": lemmas, "lang": langs, "informative": True, **extra})


def classify(texts, lang="sv", **params):
    df = preprocessed(texts, lang)
    return ThemeClassifier(progress=False, **{"refiner": None, **params}).fit(df).transform(df)


@pytest.mark.parametrize("text, lang, expected", [
    ("bra pris men usel kundtjänst", "sv", "price:pos;staff_service:neg"),
    ("Snabb leverans men varan var trasig", "sv", "delivery:pos;product:neg"),
    ("Hemsidan är krånglig och fakturan var fel", "sv", "digital:neg;billing:neg;ease:neg"),
    ("God pris, men lang ventetid i telefonkøen", "da", "price:pos;response_time:neg"),
    ("Skaden blev behandlet hurtigt og erstatningen var fair", "da", "response_time:pos;claims_cases:pos;trust:pos"),
    ("Pakken kom aldrig frem og ingen vendte tilbage", "da", "delivery:neg;communication:neg"),
    ("Hyggelig selger, men altfor dyrt", "nb", "price:neg;staff_service:pos"),
    ("Returen var enkel og jeg fikk pengene tilbake", "nb", "billing:pos;returns:pos;ease:pos"),
    ("Egenandelen er for høy og vilkårene er uklare", "nb", "communication:neg;terms:neg"),
])
def test_zero_shot_themes_and_polarity(text, lang, expected):
    out = classify([text], lang)
    assert out["themes"].iloc[0] == expected


@pytest.mark.parametrize("text, lang", [("Super nöjd, rekommenderas", "sv"), ("Alt var fint, tak", "da"),
                                        ("Veldig fornøyd", "nb")])
def test_general_only_when_no_other_theme(text, lang):
    out = classify([text, "Bra service, rekommenderas"], lang)
    assert out["themes"].iloc[0] == "general:pos"
    assert "general" not in out["themes"].iloc[1]


def test_no_theme_gives_empty_string_and_non_answers_get_none():
    df = preprocessed(["Vi köpte en soffa i maj", "bra pris"])
    df.loc[1, "informative"] = False
    out = ThemeClassifier(progress=False, refiner=None).fit(df).transform(df)
    assert out["themes"].tolist() == ["", ""]
    assert (out["p_price"] == 0).all()


def test_output_keeps_caller_columns_and_index_and_adds_probabilities():
    df = preprocessed(["bra pris", "dålig leverans", "trevlig personal"], extra_col=[1, 2, 3])
    df.index = [10, 20, 30]
    before = df.copy()
    out = ThemeClassifier(progress=False, refiner=None).fit(df).transform(df)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.index) == [10, 20, 30]
    assert list(out.columns[: len(df.columns)]) == list(df.columns)
    p_cols = [c for c in out.columns if c.startswith("p_")]
    assert len(p_cols) == 14 and out[p_cols].apply(lambda s: s.between(0, 1)).all().all()
    assert out.loc[10, "p_price"] >= 0.9


def test_missing_columns_name_the_preprocessor():
    with pytest.raises(InputError, match=r"needs the columns \['text_clean', 'lemmas', 'lang'\].*missing \['lemmas'\].*Preprocessor"):
        ThemeClassifier(progress=False).fit(pd.DataFrame({"text_clean": ["x"], "lang": ["sv"]}))
    with pytest.raises(InputError, match=r"expects a pandas DataFrame \(the output of textnps.Preprocessor\); got list"):
        ThemeClassifier(progress=False).fit(["bra pris"])


def test_estimator_contract():
    model = ThemeClassifier(codebook="nordic-cx", threshold=0.6)
    assert model.get_params()["threshold"] == 0.6
    assert clone(model).get_params() == model.get_params()
    with pytest.raises(NotFittedError):
        model.transform(preprocessed(["bra"]))


@pytest.mark.parametrize("params, message", [
    ({"threshold": {"prize": 0.3}}, r"names unknown themes \['prize'\].*Did you mean 'price'\?"),
    ({"threshold": 1.5}, r"The 'threshold' parameter of ThemeClassifier must be a float in the range \(0.0, 1.0\] "
                         r"or an instance of 'dict'. Got 1.5 instead."),
    ({"polarity_default": "negative"}, r"The 'polarity_default' parameter of ThemeClassifier must be a str among "
                                       r"\{.*\}. Got 'negative' instead."),
    ({"polarity_default": "poss"}, r"Got 'poss' instead. Did you mean 'pos'\?"),
    ({"seed_probability": 2}, r"'seed_probability' parameter of ThemeClassifier must be a float in the range "
                              r"\[0.0, 1.0\]. Got 2 instead."),
    ({"labels_col": 3}, r"The 'labels_col' parameter of ThemeClassifier must be an instance of 'str' or None. "
                        r"Got 3 instead."),
    ({"epochs": 0}, r"The 'epochs' parameter of ThemeClassifier must be an int in the range \[1, inf\). Got 0"),
    ({"refiner": 3}, r"The 'refiner' parameter of ThemeClassifier must be a str among .*Got 3 instead."),
])
def test_bad_parameters(params, message):
    with pytest.raises(ParameterError, match=message):
        ThemeClassifier(progress=False, **params).fit(preprocessed(["bra pris"]))


def _music_corpus(n=60):
    """Coded comments teach that music (no seed word) is about the product."""
    rng = np.random.default_rng(0)
    music = ["musiken var för hög", "skön musik i lokalen", "musiken spelade högt", "musik och dans var kul"]
    other = ["trevlig personal", "snabb leverans", "dyrt pris", "fakturan var fel", "krånglig hemsida"]
    texts, codes = [], []
    for i in range(n):
        if i % 3 == 0:
            texts.append(music[rng.integers(len(music))] + f" nummer{i % 7}")
            codes.append("product")
        else:
            texts.append(other[rng.integers(len(other))] + f" nummer{i % 7}")
            codes.append(np.nan if i % 2 else "")
    return preprocessed(texts, codes=codes)


def test_training_on_coded_comments_learns_beyond_the_seeds():
    df = _music_corpus()
    new = preprocessed(["musiken var hög idag"])
    zero_shot = ThemeClassifier(progress=False, refiner=None).fit(df).transform(new)
    trained = ThemeClassifier(progress=False, refiner=None, labels_col="codes").fit(df)
    assert trained.n_coded_ == 40
    assert zero_shot["p_product"].iloc[0] < 0.5
    assert trained.transform(new)["p_product"].iloc[0] >= 0.5
    assert "product" in trained.transform(new)["themes"].iloc[0]
    same = ThemeClassifier(progress=False, refiner=None).fit(df, y=df["codes"]).transform(new)
    assert same["p_product"].iloc[0] == pytest.approx(trained.transform(new)["p_product"].iloc[0])


def test_coded_labels_errors():
    df = _music_corpus()
    df.loc[0, "codes"] = "prodcut"
    with pytest.raises(InputError, match=r"unknown theme ids or polarities \(row 0: 'prodcut'\).*Did you mean 'product'\?"):
        ThemeClassifier(progress=False, refiner=None, labels_col="codes").fit(df)
    with pytest.raises(InputError, match=r"labels_col 'code' is not a column.*Did you mean 'codes'\?"):
        ThemeClassifier(progress=False, labels_col="code").fit(df)
    with pytest.raises(InputError, match="y has 2 rows but X has 60"):
        ThemeClassifier(progress=False).fit(df, y=["price", ""])


def test_seeds_only_without_model():
    out = classify(["bra pris", "skön musik"] * 5, use_model=False)
    assert out["themes"].iloc[0] == "price:pos"
    assert out["p_product"].iloc[1] == 0


def test_score_decides_polarity_without_sentiment_words():
    df = preprocessed(["Vi fick hjälp av kundtjänst", "Vi fick hjälp av kundtjänst"], score=[10, 2])
    out = ThemeClassifier(progress=False, refiner=None, polarity_default="mixed").fit(df).transform(df)
    assert out["themes"].tolist() == ["staff_service:pos", "staff_service:neg"]


def test_sub_themes_also_give_their_parent(tmp_path):
    yaml = """format_version: 1
name: parking
themes:
  - id: parking
    seeds: {sv: {lemmas: [parkering*]}}
  - id: parking_fee
    parent: parking
    seeds: {sv: {lemmas: [p-avgift*]}}
"""
    (tmp_path / "codebook.yaml").write_text(yaml, encoding="utf-8")
    out = classify(["alldeles för hög p-avgift"], codebook=tmp_path)
    assert out["themes"].iloc[0] == "parking:neg;parking_fee:neg"


def test_suggest_to_code_returns_the_most_uncertain_uncoded_comments():
    df = _music_corpus()
    model = ThemeClassifier(progress=False, refiner=None, labels_col="codes").fit(df)
    picks = model.suggest_to_code(df, n=5)
    assert len(picks) == 5
    assert picks["codes"].isna().all()
    assert picks["uncertainty"].is_monotonic_decreasing
    assert set(picks["uncertain_theme"]) <= set(model.theme_ids_)
    assert not picks["text_clean"].duplicated().any()
    with pytest.raises(ParameterError, match="'n' parameter of suggest_to_code must be a positive int. Got 0"):
        model.suggest_to_code(df, n=0)


def test_save_and_load_give_the_same_output(tmp_path):
    df = _music_corpus()
    model = ThemeClassifier(progress=False, refiner=None, labels_col="codes").fit(df)
    model.save(tmp_path / "m")
    loaded = ThemeClassifier.load(tmp_path / "m", progress=False)
    a, b = model.transform(df), loaded.transform(df)
    assert a["themes"].tolist() == b["themes"].tolist()
    np.testing.assert_allclose(a.filter(like="p_").to_numpy(), b.filter(like="p_").to_numpy(), atol=1e-3)
    assert loaded.get_params()["labels_col"] == "codes"
    assert ThemeClassifier.load(tmp_path / "m", codebook="nordic-cx", progress=False).theme_ids_ == model.theme_ids_


def test_load_refuses_another_codebook_or_version(tmp_path):
    df = _music_corpus()
    ThemeClassifier(progress=False, refiner=None).fit(df).save(tmp_path / "m")
    other = tmp_path / "other.yaml"
    other.write_text("format_version: 1\nname: other\nthemes:\n  - id: a\n    seeds: {sv: {lemmas: [b]}}\n",
                     encoding="utf-8")
    with pytest.raises(InputError, match=r"trained with codebook 'nordic-cx' version .*not with 'other'"):
        ThemeClassifier.load(tmp_path / "m", codebook=other)
    meta = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    meta["format_version"] = 99
    (tmp_path / "m" / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(InputError, match="has format version 99"):
        ThemeClassifier.load(tmp_path / "m")


@pytest.mark.parametrize("text, lang, expected", [
    # a department named as context is no judgement of its staff
    ("Jeg ringede til kundeservice om min ordre", "da", ""),
    ("Ringde kundtjänst i går förmiddag", "sv", ""),
    ("Jeg ringte kundeservice i går", "nb", ""),
    # judged by a sentiment word next to it: staff
    ("Kundeservice var elendig", "da", "staff_service:neg"),
    ("Mycket trevlig kundtjänst", "sv", "staff_service:pos"),
    ("Kundeservicen var super", "nb", "staff_service:pos"),
    # a compound that judges itself
    ("Superservice i butikken", "da", "staff_service:pos"),
    # the sentiment word belongs to another theme: speed, not staff
    ("Kundeservice svarer hurtigt", "da", "response_time:pos"),
    ("Kundtjänst svarade aldrig", "sv", "response_time:neg"),
])
def test_department_names_count_for_staff_only_when_judged(text, lang, expected):
    out = classify([text], lang, use_model=False)
    assert out["themes"].iloc[0] == expected


@pytest.mark.parametrize("text, lang, theme", [
    ("De har gode forsikringer", "da", "product"),          # an insurance called good as a whole
    ("Snickaren gjorde ett bra jobb", "sv", "product"),      # the result of the work
    ("Jeg føler mig tryg hos dem", "da", "trust"),           # 'tryg' the feeling, not the company
    ("Ärendet låg orört i flera veckor", "sv", "response_time"),
    ("Vi fikk aldri noen statusoppdatering", "nb", "communication"),
])
def test_broader_vocabulary(text, lang, theme):
    out = classify([text], lang, use_model=False)
    assert theme in out["themes"].iloc[0]


def test_company_name_tryg_is_no_trust():
    out = classify(["Jeg har mine forsikringer hos Tryg"], "da", use_model=False)
    assert "trust" not in out["themes"].iloc[0]


def test_fit_trains_on_a_capped_seeded_sample_and_predicts_in_chunks(monkeypatch):
    import textnps.themes.codebook.ngram_model as ngram_module

    base = ["bra pris", "dålig leverans", "trevlig personal", "krånglig hemsida", "fakturan var fel"]
    df = preprocessed([f"{base[i % 5]} nummer{i % 7}" for i in range(60)])
    a = ThemeClassifier(progress=False, max_train=20, min_positives=1).fit(df)
    b = ThemeClassifier(progress=False, max_train=20, min_positives=1).fit(df)
    assert a.n_train_ == 20 and a.n_seed_labels_.max() <= 20   # seed labels counted on the 20 only
    np.testing.assert_array_equal(a.coef_, b.coef_)            # seeded
    whole = a.predict_proba(df)
    monkeypatch.setattr(ngram_module, "CHUNK", 7)
    np.testing.assert_allclose(a.predict_proba(df).to_numpy(), whole.to_numpy(), atol=1e-6)


def test_char_ngrams_are_optional_and_saved(tmp_path):
    df = _music_corpus()
    model = ThemeClassifier(progress=False, labels_col="codes", char_ngrams=(3, 4)).fit(df)
    assert model._model.char is not None and ThemeClassifier().get_params()["char_ngrams"] is None
    model.save(tmp_path / "m")
    loaded = ThemeClassifier.load(tmp_path / "m", progress=False)
    np.testing.assert_allclose(model.predict_proba(df).to_numpy(), loaded.predict_proba(df).to_numpy(), atol=1e-3)


def test_glued_clause_word_still_cuts_the_clause():
    out = classify(["Levering hurtigtmen varen var defekt"], "da", use_model=False)
    assert out["themes"].iloc[0] == "delivery:pos;product:neg"


@pytest.mark.parametrize("text, lang, theme", [
    ("Håndværkeren var punktlig", "da", "response_time"),     # keeping the agreed time
    ("Snickaren kom i tid", "sv", "response_time"),
    ("Forsikringen er god", "da", "product"),                 # the insurance as a product
    ("Jakken passer perfekt", "da", "product"),               # fit, judged
])
def test_time_keeping_and_product_judgements(text, lang, theme):
    out = classify([text], lang, use_model=False)
    assert theme in out["themes"].iloc[0]


def test_fit_word_alone_is_no_product_theme():
    out = classify(["Den passer til min bil"], "da", use_model=False)
    assert "product" not in out["themes"].iloc[0]


@pytest.mark.parametrize("text, lang, theme", [
    # trust: shame, dubious methods, a company that keeps (or breaks) its word, feeling safe
    ("I burde skamme jer over den behandling", "da", "trust"),
    ("Tvivlsomme metoder hos det firma", "da", "trust"),
    ("Aftaler overholdes altid", "da", "trust"),
    ("Vi har følt os helt trygge under salget", "da", "trust"),
    ("Firman höll vad de lovade", "sv", "trust"),
    ("Skäms på er", "sv", "trust"),
    ("Tvilsomme metoder", "nb", "trust"),
    # product: the flight, a buffet, the outcome of a home sale, goods in good condition
    ("Flyet var fantastisk", "da", "product"),
    ("Buffén var god", "sv", "product"),
    ("Huset blev solgt på 14 dage", "da", "product"),
    ("Lägenheten blev såld efter en vecka", "sv", "product"),
    ("Varerne kom i god stand", "da", "product"),
    # communication: notifications by mail or text message
    ("Jeg fik ingen sms om at pakken var klar", "da", "communication"),
    ("Fick mejl om att ordern var skickad", "sv", "communication"),
    ("Mægleren svarede på alle vores spørgsmål", "da", "communication"),  # questions answered
    ("Säljaren besvarade mina frågor", "sv", "communication"),
    ("De gav felaktiga uppgifter om leveranstiden", "sv", "communication"),
    # returns: exchanging goods
    ("Jeg fik byttet skoene uden problemer", "da", "returns"),
    ("De ville ikke ombytte varen", "da", "returns"),
])
def test_trust_product_communication_and_returns_vocabulary(text, lang, theme):
    out = classify([text], lang, use_model=False)
    assert theme in out["themes"].iloc[0]


@pytest.mark.parametrize("text, lang, absent", [
    ("De holder ikke hvad de lover", "da", "communication"),   # a broken promise is trust
    ("Ett företag som lovar mycket och håller lite", "sv", "communication"),
    ("Jeg er forsikret hos Tryg og det er fint", "da", "trust"),  # the insurer, not the feeling
    ("Vi er glade og tilfredse Tryg-kunder", "da", "trust"),
    ("Ärendet är avslutat", "sv", "terms"),                    # a case closed is no contract ended
    ("Efter avslutad affär hörde de inget", "sv", "terms"),
])
def test_vocabulary_that_does_not_count(text, lang, absent):
    out = classify([text], lang, use_model=False)
    assert absent not in out["themes"].iloc[0]


@pytest.mark.parametrize("text, lang", [("De holder ikke hvad de lover", "da"),
                                        ("Ett företag som lovar mycket och håller lite", "sv")])
def test_broken_promise_is_trust(text, lang):
    out = classify([text], lang, use_model=False)
    assert "trust" in out["themes"].iloc[0]


def test_contract_ended_is_terms():
    out = classify(["Jag ville avsluta mitt abonnemang men det gick inte"], "sv", use_model=False)
    assert "terms" in out["themes"].iloc[0]


@pytest.mark.parametrize("text, lang, expected", [
    ("Varen var i restordre i tre uger", "da", True),          # availability is the product
    ("Produkten var restnoterad", "sv", True),
])
def test_back_orders_are_product(text, lang, expected):
    out = classify([text], lang, use_model=False)
    assert ("product" in out["themes"].iloc[0]) is expected


@pytest.mark.parametrize("text, lang, expected", [
    ("God og grundig sagsbehandling", "da", True),             # the handling of the claim judged
    ("Hurtig sagsbehandling", "da", False),                    # speed alone: response_time
    ("Rask saksbehandling", "nb", False),
])
def test_case_handling_is_a_claim_only_when_judged(text, lang, expected):
    out = classify([text], lang, use_model=False)
    assert ("claims_cases" in out["themes"].iloc[0]) is expected


@pytest.mark.parametrize("text, lang, present, absent", [
    # answers to one's questions are communication, not speed (CODING.md)
    ("God betjening, fik svar på mine spørgsmål", "da", "communication", "response_time"),
    ("Jag fick svar på mina frågor", "sv", "communication", "response_time"),
    ("Jeg fikk svar på mine spørsmål", "nb", "communication", "response_time"),
    ("Han kunde svar på våra frågor", "sv", "communication", None),
    ("Hun har besvaret alle mine spørgsmål", "da", "communication", None),
    # being charged (extra) is a fee: price
    ("Vi fick betala extra för allt", "sv", "price", None),
    ("De tog fullt betalt ändå", "sv", "price", None),
    ("Man skal betale ekstra for alt", "da", "price", None),
    # online ordering is digital
    ("Nemt at bestille og hurtig levering", "da", "digital", None),
    ("Lätt att beställa", "sv", "digital", None),
    # "everything just worked", "they took care of everything": ease
    ("Det hele er gået som det skulle", "da", "ease", None),
    ("Mäklaren tog hand om allt", "sv", "ease", None),
    ("Alt gikk som smurt", "nb", "ease", None),
])
def test_codebook_1_3_vocabulary(text, lang, present, absent):
    themes = classify([text], lang, use_model=False)["themes"].iloc[0]
    found = {pair.split(":")[0] for pair in themes.split(";") if pair}
    if present:
        assert present in found, themes
    if absent:
        assert absent not in found, themes


@pytest.mark.parametrize("text, lang", [("bra pris men usel kundtjänst", "sv"),
                                        ("God pris, men lang ventetid i telefonkøen", "da"),
                                        ("Hyggelig selger, men altfor dyrt", "nb")])
def test_transform_keeps_no_tokens_of_the_survey_once_done(text, lang):
    from textnps.themes.codebook import terms

    df = preprocessed([text, "helt ok"], lang)
    model = ThemeClassifier(progress=False, refiner=None).fit(df)
    terms.tokenize_spans("något annat", "sv")  # the memo is in use before ...
    assert model.transform(df)["themes"].iloc[0] != ""
    assert terms._SPANS == {}  # ... and emptied when the transform is done: no survey's text lingers in memory
