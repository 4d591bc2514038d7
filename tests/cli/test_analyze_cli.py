"""``textnps analyze`` and ``textnps demo`` through Typer's CliRunner."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """The demo on the bundled sample survey, through the whole pipeline."""
    out = tmp_path_factory.mktemp("demo")
    result = runner.invoke(app, ["demo", "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert str(out / "report.html") in result.stdout
    return out


def test_demo_finds_the_planted_top_complaint_and_rising_theme(demo_dir):
    complaints = pd.read_csv(demo_dir / "tables" / "top_complaints.csv")
    overall = complaints[complaints["segment"] == "(all)"].sort_values("rank")
    assert overall["theme_id"].iloc[0] == "price"
    emerging = pd.read_csv(demo_dir / "tables" / "emerging.csv")
    assert "digital" in set(emerging.loc[emerging["segment"] == "(all)", "theme_id"])
    for name in ("report.html", "report.xlsx", "figures/top_complaints.png", "tables/nps_summary.csv",
                 "tables/theme_impact.csv", "tables/trends.csv"):
        assert (demo_dir / name).is_file(), name


def test_demo_examples_are_redacted(demo_dir):
    """The sample plants fake e-mails and phone numbers; none may reach the report."""
    html = (demo_dir / "report.html").read_text(encoding="utf-8")
    responses = pd.read_csv(demo_dir / "tables" / "responses.csv", keep_default_na=False)
    assert "text" not in responses.columns
    assert "@example." not in html and not responses["text_clean"].str.contains("@example.").any()


@pytest.mark.parametrize("lang, heading", [("sv", "Vanligaste klagomålen"), ("da", "Hyppigste klager"),
                                           ("no", "Vanligste klager")])
def test_analyze_a_classified_export_in_each_language(tmp_path, lang, heading):
    rows = [(0, "För dyrt", "price:neg"), (3, "Alt for dyrt", "price:neg"), (10, "Hyggelige ansatte", "staff_service:pos"),
            (8, "Helt ok", ""), (9, "", "")] * 8
    export = tmp_path / "export.csv"
    pd.DataFrame({"Poäng": [r[0] for r in rows], "Kommentar": [r[1] for r in rows],
                  "themes": [r[2] for r in rows], "text_clean": [r[1] for r in rows],
                  "Marknad": ["SE", "DK"] * 20}).to_csv(export, sep=";", index=False)
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(export), "--score-col", "Poäng", "--text-col", "Kommentar",
                                 "--segment-col", "Marknad", "--lang", lang, "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out / "report.html")
    assert heading in (out / "report.html").read_text(encoding="utf-8")
    impact = pd.read_csv(out / "tables" / "theme_impact.csv")
    assert set(impact["segment"]) == {"(all)", "DK", "SE"}
    assert (out / "tables" / "emerging.csv").is_file()


def test_errors_are_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o"), "--no-progress"])
    assert result.exit_code == 2
    assert result.stderr.startswith("textnps analyze: error:") and "missing.csv" in result.stderr
    export = tmp_path / "e.csv"
    export.write_text("score,comment\n9,bra\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(export), "--lang", "se", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "The 'lang' parameter of analyze must be one of" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
