import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app
from textnps.stats import nps_interval

runner = CliRunner()

LABELS = {10: "10 - Mycket troligt", 0: "0 - Inte alls troligt"}


@pytest.fixture
def cp1252_export(tmp_path):
    # 6 promoters, 2 passives, 4 detractors: NPS = 100 * (6 - 4) / 12 = 16.7
    scores = [10, 10, 9, 9, 10, 9, 8, 7, 0, 3, 6, 5]
    lines = ["Svar-ID;Datum;Marknad;Hur troligt är det att du skulle rekommendera oss?;Kommentar"]
    for i, s in enumerate(scores):
        month = 1 + i % 3
        lines.append(f"{i};{10 + i:02d}.{month:02d}.2026;{'SE' if i % 2 else 'FI'};{LABELS.get(s, s)};\"Kundtjänst, för långsam – {i}\"")
    path = tmp_path / "export.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_nps_on_cp1252_semicolon_export(cp1252_export, tmp_path):
    out = tmp_path / "out" / "nps.csv"
    result = runner.invoke(app, ["nps", str(cp1252_export), "--out", str(out)])
    assert result.exit_code == 0, result.output
    expected = nps_interval(4, 2, 6)
    assert "16.7" in result.stdout and f"{expected['moe']:.1f}" in result.stdout
    table = pd.read_csv(out)
    assert table.loc[0, "n"] == 12
    assert table.loc[0, "nps"] == pytest.approx(100 * 2 / 12)
    assert table.loc[0, "moe"] == pytest.approx(expected["moe"])


def test_nps_by_segment_and_month(cp1252_export):
    result = runner.invoke(app, ["nps", str(cp1252_export), "--by", "segment"])
    assert result.exit_code == 0, result.output
    assert "FI" in result.stdout and "SE" in result.stdout and "(all)" in result.stdout
    result = runner.invoke(app, ["nps", str(cp1252_export), "--by", "month"])
    assert "2026-03" in result.stdout


def test_nps_bad_input_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("betyg,kommentar\n9,a\n12,b\n", encoding="utf-8")
    result = runner.invoke(app, ["nps", str(path)])
    assert result.exit_code == 2
    assert "textnps nps: error: Column 'betyg' has 1 value(s) that are not NPS scores" in result.stderr
    assert "Traceback" not in result.output
    coerced = runner.invoke(app, ["nps", str(path), "--errors", "coerce"])
    assert coerced.exit_code == 0 and "Dropped 1 of 2 rows" in coerced.stderr


def test_nps_bad_by(cp1252_export):
    result = runner.invoke(app, ["nps", str(cp1252_export), "--by", "monht"])
    assert result.exit_code == 2
    assert "Did you mean 'month'" in result.stderr


def test_nps_missing_file(tmp_path):
    result = runner.invoke(app, ["nps", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2 and "No such file" in result.stderr
