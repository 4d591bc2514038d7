"""``textnps preprocess``."""
from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

from textnps.cli import app

runner = CliRunner()


def _survey(tmp_path):
    path = tmp_path / "s.csv"
    pd.DataFrame(
        {"rid": ["1", "2", "3"], "svar": ["Kundtjänsten var inte bra", "Mejla mig på a@b.se", "Vet inte"], "nps": [3, 9, 7]}
    ).to_csv(path, sep=";", index=False)
    return path


def test_preprocess_writes_all_columns_and_prints_summary(tmp_path):
    out = tmp_path / "out.parquet"
    result = runner.invoke(app, ["preprocess", str(_survey(tmp_path)), "--text-col", "svar", "--id-col", "rid", "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "redacted_email" in result.stdout and "non_answer" in result.stdout
    df = pd.read_parquet(out)
    assert list(df.columns)[:3] == ["rid", "svar", "nps"]
    assert df["text_clean"].tolist()[1] == "Mejla mig på [EMAIL]"
    assert df["informative"].tolist() == [True, True, False]


def test_preprocess_csv_without_redaction(tmp_path):
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["preprocess", str(_survey(tmp_path)), "--text-col", "svar", "--out", str(out), "--no-redact"])
    assert result.exit_code == 0, result.output
    assert "a@b.se" in pd.read_csv(out)["text_clean"].tolist()[1]


def test_preprocess_unknown_column_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["preprocess", str(_survey(tmp_path)), "--text-col", "svr", "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert "textnps preprocess: error: Column 'svr' (text_col) not found" in result.output
    assert "Did you mean 'svar'?" in result.output


def test_preprocess_bad_language(tmp_path):
    result = runner.invoke(app, ["preprocess", str(_survey(tmp_path)), "--text-col", "svar", "--out", str(tmp_path / "o.csv"), "--language", "no"])
    assert result.exit_code == 2
    assert "The 'language' parameter of Preprocessor must be a str among" in result.output and "Got 'no' instead." in result.output
