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
