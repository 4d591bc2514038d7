"""preprocess_file: streamed chunks give the in-memory result."""
from __future__ import annotations

import pandas as pd
import pytest

from textnps._errors import InputError
from textnps.preprocess import Preprocessor, preprocess_file

TEXTS = [
    "Kundtjänsten var inte bra", "Leveringstiden var for lang", "Jeg er fornøyd med kundeservicen",
    "Eg er ikkje nøgd", "Ved ikke", "ring 070-123 45 67", None, "Fin service",
] * 5


@pytest.fixture()
def survey(tmp_path):
    df = pd.DataFrame({"id": [f"a{i:03d}" for i in range(len(TEXTS))], "kommentar": TEXTS, "score": [i % 11 for i in range(len(TEXTS))]})
    path = tmp_path / "survey.csv"
    df.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_streamed_equals_in_memory(survey, tmp_path, suffix):
    mem = tmp_path / f"mem{suffix}"
    streamed = tmp_path / f"streamed{suffix}"
    s1 = preprocess_file(survey, mem, text_col="kommentar", id_col="id", progress=False)
    s2 = preprocess_file(survey, streamed, text_col="kommentar", chunk_size=7, in_memory_max_bytes=0, progress=False)
    read = pd.read_csv if suffix == ".csv" else pd.read_parquet
    a, b = read(mem), read(streamed)
    assert list(a.columns) == ["id", "kommentar", "score", "lang", "lang_score", "text_clean", "lemmas", "informative", "truncated", "n_redacted"]
    pd.testing.assert_frame_equal(a[["lang", "lemmas", "text_clean", "informative"]], b[["lang", "lemmas", "text_clean", "informative"]])
    pd.testing.assert_frame_equal(s1, s2)
    assert dict(zip(s1["kind"], s1["n"]))["redacted_phone"] == 5


def test_stream_matches_preprocessor(survey, tmp_path):
    out = tmp_path / "o.csv"
    preprocess_file(survey, out, text_col="kommentar", chunk_size=9, in_memory_max_bytes=0, progress=False)
    df = pd.read_csv(survey)
    expected = Preprocessor(text_col="kommentar", progress=False).fit_transform(df)
    assert pd.read_csv(out, keep_default_na=False)["lemmas"].tolist() == expected["lemmas"].tolist()


def test_errors(survey, tmp_path):
    with pytest.raises(InputError, match=r"Column 'komentar' \(text_col\) not found.*Did you mean 'kommentar'\?"):
        preprocess_file(survey, tmp_path / "o.csv", text_col="komentar")
    with pytest.raises(InputError, match=r"Column 'ident' \(id_col\) not found"):
        preprocess_file(survey, tmp_path / "o.csv", text_col="kommentar", id_col="ident", in_memory_max_bytes=0)
    with pytest.raises(InputError, match=r"expected a \.csv or \.parquet file name"):
        preprocess_file(survey, tmp_path / "o.xlsx", text_col="kommentar")
    with pytest.raises(InputError, match="No such file"):
        preprocess_file(tmp_path / "nope.csv", tmp_path / "o.csv")
    with pytest.raises(InputError, match=r"Column 'score' \(id_col\) has 29 repeated value\(s\)"):
        preprocess_file(survey, tmp_path / "o.csv", text_col="kommentar", id_col="score")


PRIVATE = {"sv": ("Ring mig på 070-123 45 67 eller anna.berg@exempel.se, kundtjänsten svarar aldrig",
                  ["070-123 45 67", "anna.berg@exempel.se"]),
           "da": ("Skriv til mette.holm@eksempel.dk eller ring 20 12 34 56, kundeservice var elendig",
                  ["mette.holm@eksempel.dk", "20 12 34 56"]),
           "no": ("Send svar til ola.dahl@eksempel.no eller ring 912 34 567, kundeservice var treg",
                  ["ola.dahl@eksempel.no", "912 34 567"])}


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
@pytest.mark.parametrize("streamed", [False, True])
def test_output_comment_column_is_redacted(tmp_path, lang, streamed):
    """The comment column of the output is the redacted text (as classify writes it), never the raw comment."""
    text, secrets = PRIVATE[lang]
    df = pd.DataFrame({"kommentar": [text, "Fin service", None] * 4, "score": [3, 9, 7] * 4})
    survey, out = tmp_path / "survey.csv", tmp_path / "out.csv"
    df.to_csv(survey, index=False)
    preprocess_file(survey, out, text_col="kommentar", chunk_size=5, in_memory_max_bytes=0 if streamed else 2**30,
                    progress=False)
    written = out.read_text(encoding="utf-8")
    assert not [s for s in secrets if s in written]
    result = pd.read_csv(out, keep_default_na=False)
    assert (result["kommentar"] == result["text_clean"]).all()
    assert "[EMAIL]" in result.loc[0, "kommentar"]


def test_without_redaction_the_raw_comment_is_kept(tmp_path):
    survey, out = tmp_path / "survey.csv", tmp_path / "out.csv"
    pd.DataFrame({"kommentar": ["Mejla anna.berg@exempel.se"], "score": [5]}).to_csv(survey, index=False)
    preprocess_file(survey, out, text_col="kommentar", redact=False, progress=False)
    assert pd.read_csv(out)["kommentar"].iloc[0] == "Mejla anna.berg@exempel.se"


class _Stop(Exception):
    pass


@pytest.mark.parametrize("lang, suffix", [("sv", ".csv"), ("da", ".parquet"), ("no", ".csv")])
def test_a_run_that_fails_midway_leaves_no_half_output_and_keeps_the_previous(tmp_path, monkeypatch, lang, suffix):
    """The output appears only once the last chunk is written: a failure (or a stop: Ctrl-C, SIGTERM) in chunk 3
    leaves the previous output of that name as it was, and no temporary file behind."""
    texts = {"sv": "Kundtjänsten svarade aldrig", "da": "Kundeservice svarede aldrig", "no": "Kundeservice svarte aldri"}
    survey = tmp_path / "survey.csv"
    pd.DataFrame({"kommentar": [f"{texts[lang]} ({i})" for i in range(40)]}).to_csv(survey, index=False)
    out = tmp_path / f"out{suffix}"
    options = dict(text_col="kommentar", chunk_size=10, in_memory_max_bytes=0, progress=False)
    preprocess_file(survey, out, **options)
    before = out.read_bytes()
    seen = []
    real = Preprocessor.transform

    def failing(self, X):
        seen.append(len(X))
        if len(seen) == 3:
            raise _Stop("stopped in chunk 3")
        return real(self, X)

    monkeypatch.setattr(Preprocessor, "transform", failing)
    with pytest.raises(_Stop):
        preprocess_file(survey, out, **options)
    assert seen == [10, 10, 10]  # two chunks had been written
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out" + suffix, "survey.csv"]
    monkeypatch.setattr(Preprocessor, "transform", real)
    fresh = tmp_path / "sub" / f"new{suffix}"  # a folder that does not exist yet is made
    preprocess_file(survey, fresh, **options)
    assert fresh.read_bytes() == before and [p.name for p in fresh.parent.iterdir()] == [fresh.name]


def test_the_finished_output_has_the_usual_permissions(tmp_path):
    import os
    import stat

    survey = tmp_path / "survey.csv"
    pd.DataFrame({"kommentar": ["Leveringen var hurtig", "Leveransen var snabb"] * 5}).to_csv(survey, index=False)
    out, plain = tmp_path / "out.csv", tmp_path / "plain.txt"
    preprocess_file(survey, out, text_col="kommentar", chunk_size=3, in_memory_max_bytes=0, progress=False)
    plain.write_text("x")
    assert stat.S_IMODE(os.stat(out).st_mode) == stat.S_IMODE(os.stat(plain).st_mode)
