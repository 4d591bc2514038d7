"""``textnps classify --chunksize``: a file streamed in chunks (on one or two processes) gives the in-memory output."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app
from textnps.datasets import sample_survey_path

runner = CliRunner()
MARKET = {"sv": "SE", "da": "DK", "no": "NO"}


def export(tmp_path, lang: str, n: int = 300, suffix: str = ".csv"):
    raw = pd.read_csv(sample_survey_path(), dtype=str, keep_default_na=False)
    part = raw[raw["market"] == MARKET[lang]].head(n).reset_index(drop=True)
    part.loc[3, "comment"] = "Ring mig på 070-123 45 67, ingen svarar"
    path = tmp_path / f"survey{suffix}"
    part.to_parquet(path, index=False) if suffix == ".parquet" else part.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_streamed_classify_equals_in_memory(tmp_path, lang):
    path = export(tmp_path, lang, suffix=".parquet" if lang == "no" else ".csv")
    base = ["classify", str(path), "--text-col", "comment", "--id-col", "response_id", "--no-progress"]
    outputs = {}
    for name, extra in (("memory", ["--chunksize", "0"]),
                        ("streamed", ["--chunksize", "70", "--n-jobs", "2" if lang == "sv" else "1"])):
        outputs[name] = tmp_path / f"{name}.csv"
        result = runner.invoke(app, [*base, "--out", str(outputs[name]), *extra])
        assert result.exit_code == 0, result.output
    memory, streamed = (pd.read_csv(outputs[k], keep_default_na=False) for k in ("memory", "streamed"))
    assert "p_price" in memory.columns and (memory["themes"] != "").sum() > 100
    pd.testing.assert_frame_equal(memory, streamed)
    assert "070-123 45 67" not in outputs["streamed"].read_text(encoding="utf-8")


def test_streamed_classify_repeated_id_is_an_error(tmp_path):
    path = export(tmp_path, "da", 120)
    frame = pd.read_csv(path, dtype=str)
    frame.loc[100, "response_id"] = frame.loc[0, "response_id"]
    frame.to_csv(path, index=False)
    result = runner.invoke(app, ["classify", str(path), "--text-col", "comment", "--id-col", "response_id",
                                 "--out", str(tmp_path / "o.csv"), "--chunksize", "50", "--no-progress"])
    assert result.exit_code == 2 and "1 repeated value" in result.output
