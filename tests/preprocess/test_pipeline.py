"""The Preprocessor estimator: contract, columns, bad input, summary, chunking."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from textnps._errors import InputError, ParameterError
from textnps.preprocess import OUTPUT_COLUMNS, Preprocessor, preprocess_summary

SURVEY = [
    "Kundtjänsten var inte bra och leveransen tog lång tid",  # sv
    "Personalen var trevlig men priserna är för höga",
    "Medarbejderen var meget hjælpsom og leveringstiden var kort",  # da
    "Jeg er ikke tilfreds med hjemmesiden, den virker ikke",
    "Jeg er veldig fornøyd med mobilabonnementet og kundeservicen",  # nb
    "Eg er ikkje nøgd med kundeservicen, dei svarte aldri på spørsmåla",  # nn
    "Ved ikke",
    "-",
]


@pytest.fixture(scope="module")
def fitted():
    df = pd.DataFrame({"comment": SURVEY, "score": range(len(SURVEY))}, index=[f"r{i}" for i in range(len(SURVEY))])
    pre = Preprocessor(text_col="comment", progress=False)
    return pre, df, pre.fit_transform(df)


def test_adds_columns_and_keeps_callers(fitted):
    _, df, out = fitted
    assert list(out.columns) == ["comment", "score", *OUTPUT_COLUMNS]
    assert out.index.equals(df.index)
    assert out["comment"].tolist() == SURVEY
    assert out["informative"].dtype == bool and out["n_redacted"].dtype == np.int64


def test_languages_lemmas_and_non_answers(fitted):
    _, _, out = fitted
    assert out["lang"].tolist()[:6] == ["sv", "sv", "da", "da", "nb", "nn"]
    assert "neg_bra" in out.loc["r0", "lemmas"].split()
    assert out.loc["r0", "lemmas"].startswith("kundtjänst kund tjänst")
    assert "mobilabonnement mobil abonnement" in out.loc["r4", "lemmas"]
    assert out["informative"].tolist() == [True] * 6 + [False, False]
    assert out.loc["r6", "lemmas"] == ""


def test_estimator_contract():
    pre = Preprocessor(text_col="x", n_jobs=2)
    assert pre.get_params()["text_col"] == "x" and clone(pre).get_params()["n_jobs"] == 2
    with pytest.raises(TypeError):
        Preprocessor("x")  # keyword-only
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        Preprocessor().transform(pd.DataFrame({"text": ["a"]}))


def test_bad_input_never_crashes_and_is_summarised():
    long = "ord " * 25_000
    values = [None, np.nan, 42, 3.5, "", "   ", long, "Hej\x00 där\u200f bra", "مرحبا بالعالم", "😊😊", pd.NA, "Bra service"]
    pre = Preprocessor(progress=False)
    out = pre.fit_transform(pd.DataFrame({"text": pd.Series(values, dtype=object)}))
    assert len(out) == len(values)
    assert out["truncated"].tolist() == [False] * 6 + [True] + [False] * 5
    assert len(out.loc[6, "text_clean"]) <= 5000
    assert out.loc[7, "text_clean"] == "Hej där bra"
    assert out.loc[8, "lang"] == "other"
    assert out.loc[9, "lang"] == "und" and not out.loc[9, "informative"]
    summary = preprocess_summary(out)
    s = dict(zip(summary["kind"], summary["n"]))
    assert s["rows"] == 12 and s["missing"] == 3 and s["not_text"] == 2
    assert s["empty"] == 2 and s["truncated"] == 1 and s["control_chars"] == 1
    assert s["right_to_left"] == 1 and s["emoji_only"] == 1
    assert s["lang_und"] >= 5


def test_redaction_on_by_default_and_counted():
    df = pd.DataFrame({"text": ["Ring mig på 070-123 45 67 eller mejla anna@example.se", "Ordre 12345678 kom"]})
    pre = Preprocessor(progress=False)
    out = pre.fit_transform(df)
    assert out["text_clean"].tolist() == ["Ring mig på [PHONE] eller mejla [EMAIL]", "Ordre 12345678 kom"]
    assert out["n_redacted"].tolist() == [2, 0]
    summary = preprocess_summary(out)
    s = dict(zip(summary["kind"], summary["n"]))
    assert s["redacted_phone"] == 1 and s["redacted_email"] == 1 and s["redacted_rows"] == 1
    off = Preprocessor(redact=False, progress=False).fit_transform(df)
    assert "anna@example.se" in off.loc[0, "text_clean"]


def test_chunks_and_jobs_give_the_whole_result():
    texts = SURVEY * 6 + ["Fin service", "Bra", "ok"] * 4
    df = pd.DataFrame({"text": texts})
    whole = Preprocessor(progress=False).fit(df)
    expected = whole.transform(df)
    chunked = Preprocessor(chunk_size=7, progress=False).fit(df)
    pd.testing.assert_frame_equal(chunked.transform(df), expected)
    parts = pd.concat([whole.transform(df.iloc[:20]), whole.transform(df.iloc[20:])])
    pd.testing.assert_frame_equal(parts, expected)


@pytest.mark.slow
def test_n_jobs_two_gives_the_same_result():
    df = pd.DataFrame({"text": SURVEY * 10})
    a = Preprocessor(chunk_size=20, progress=False).fit_transform(df)
    b = Preprocessor(chunk_size=20, n_jobs=2, progress=False).fit_transform(df)
    pd.testing.assert_frame_equal(a, b)


def test_forced_language_and_series_input():
    out = Preprocessor(language="nn", progress=False).fit_transform(pd.Series(["Eg er nøgd", "123"], name="text"))
    assert out["lang"].tolist() == ["nn", "und"]


def test_input_lang_column_is_kept():
    df = pd.DataFrame({"text": ["Bra service"], "lang": ["sv-SE"]})
    with pytest.warns(UserWarning, match=r"already has column\(s\) \['lang'\].*lang_original"):
        out = Preprocessor(progress=False).fit_transform(df)
    assert out["lang_original"].tolist() == ["sv-SE"]


def test_missing_column_error_names_it_and_suggests():
    with pytest.raises(InputError, match=r"Preprocessor.fit needs the columns \['txt'\]; missing \['txt'\]\. Columns: \['text'\]\. "
                       r"Did you mean 'text'\? Name the comment column with text_col=\."):
        Preprocessor(text_col="txt").fit(pd.DataFrame({"text": ["a"]}))


def test_single_string_error():
    with pytest.raises(InputError, match="got a single string"):
        Preprocessor().fit("Bra service")


def test_wrong_type_error():
    with pytest.raises(InputError, match="expects a pandas DataFrame with a 'text' column; got int"):
        Preprocessor().fit(5)


@pytest.mark.parametrize(
    "params, match",
    [
        ({"language": "svv"}, r"The 'language' parameter of Preprocessor must be a str among \{.*\} or None\. "
                              r"Got 'svv' instead\. Did you mean 'sv'\?"),
        ({"tokenizer": "spacey"}, r"The 'tokenizer' parameter of Preprocessor must be a str among \{.*\}\. "
                                  r"Got 'spacey' instead\. Did you mean 'spacy'\?"),
        ({"chunk_size": 0}, r"The 'chunk_size' parameter of Preprocessor must be an int in the range \[1, inf\)\. "
                            r"Got 0 instead\."),
        ({"max_chars": -5}, r"The 'max_chars' parameter of Preprocessor must be an int in the range \[1, inf\) or "
                            r"None\. Got -5 instead\."),
        ({"prior_strength": -1}, r"The 'prior_strength' parameter of Preprocessor must be a float in the range "
                                 r"\[0.0, inf\)\. Got -1 instead\."),
        ({"n_jobs": 0}, r"The 'n_jobs' parameter of Preprocessor must be an int in the range \(-inf, -1\] or an int "
                        r"in the range \[1, inf\)\. Got 0 instead\."),
        ({"redact": "yes"}, r"The 'redact' parameter of Preprocessor must be an instance of 'bool' .*Got 'yes'"),
    ],
)
def test_parameter_errors(params, match):
    with pytest.raises(ParameterError, match=match):
        Preprocessor(**params).fit(pd.DataFrame({"text": ["a"]}))


@pytest.mark.shared_data
def test_real_danish_reviews_are_danish(shared_data):
    df = pd.read_csv(shared_data / "da_trustpilot_insurance.csv", usecols=["text"], nrows=300)
    out = Preprocessor(progress=False).fit_transform(df)
    assert (out["lang"] == "da").mean() > 0.95
    assert (out["lemmas"].str.len() > 0).mean() > 0.9


def test_docstring_examples_run():
    import doctest

    import textnps.preprocess.compounds as compounds
    import textnps.preprocess.negation as negation
    import textnps.preprocess.nonanswers as nonanswers
    import textnps.preprocess.normalize as normalize
    import textnps.preprocess.pii as pii
    import textnps.preprocess.pipeline as pipeline

    for module in (compounds, negation, nonanswers, normalize, pii, pipeline):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
