"""``textnps analyze --segment/--where``: one market or group of respondents, the rest counted in the notes."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app
from textnps.report.notes import localize

runner = CliRunner()
WORDS = {"sv": ("För dyrt", "Trevlig personal"), "da": ("Alt for dyrt", "Hyggelige ansatte"),
         "no": ("Altfor dyrt", "Hyggelige ansatte")}


def export(tmp_path, lang):
    neg, pos = WORDS[lang]
    rows = [(m, s) for m in ("SE", "DK", "NO") for s in (0, 4, 8, 9, 10) * 8]
    path = tmp_path / "export.csv"
    pd.DataFrame({"Marknad": [m for m, _ in rows], "Poäng": [s for _, s in rows],
                  "Kommentar": [neg if s <= 6 else pos for _, s in rows],
                  "text_clean": [neg if s <= 6 else pos for _, s in rows],
                  "themes": ["price:neg" if s <= 6 else "staff_service:pos" for _, s in rows]}).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("lang, market", [("sv", "SE"), ("da", "DK"), ("no", "NO")])
def test_segment_and_where_limit_the_report(tmp_path, lang, market):
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(export(tmp_path, lang)), "--score-col", "Poäng",
                                 "--text-col", "Kommentar", "--segment", f"Marknad={market}", "--where", "Poäng >= 8",
                                 "--lang", lang, "--no-discover", "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    tables = {p.stem: pd.read_csv(p) for p in (out / "tables").glob("*.csv")}
    assert set(tables["nps_summary"]["n"]) == {24}  # (all) and the one market found as the segment
    assert len(tables["responses"]) == 24 and set(tables["responses"]["score"]) == {8, 9, 10}
    note = f"96 of 120 responses do not match the filter (Poäng >= 8) and (Marknad == '{market}') and are left out of every table."
    assert localize(note, lang) in tables["notes"]["note"].tolist(), tables["notes"]


def test_a_bad_filter_is_one_line(tmp_path):
    result = runner.invoke(app, ["analyze", str(export(tmp_path, "sv")), "--score-col", "Poäng",
                                 "--text-col", "Kommentar", "--where", "open('x')", "--no-discover",
                                 "--out", str(tmp_path / "o"), "--no-progress"])
    assert result.exit_code == 2
    assert "The 'where' filter \"open('x')\" has \"open('x')\" where a comparison" in result.stderr
