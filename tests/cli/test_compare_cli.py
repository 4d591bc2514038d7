"""``textnps compare`` through Typer's CliRunner, on the bundled two sample waves."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app
from textnps.datasets import sample_survey_path

runner = CliRunner()


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    out = tmp_path_factory.mktemp("compare")
    result = runner.invoke(app, ["compare", str(sample_survey_path(1)), str(sample_survey_path(2)), "--out", str(out),
                                 "--segment-col", "market", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert str(out / "compare.html") in result.stdout
    return out, result


def test_compare_finds_the_planted_change_and_only_it(compared):
    """Wave 2 plants one change: billing complaints among detractors (textnps/datasets/README.md)."""
    out, result = compared
    changes = pd.read_csv(out / "tables" / "theme_changes.csv")
    significant = changes[(changes["segment"] == "(all)") & changes["significant"]]
    assert list(zip(significant["category"], significant["theme_id"])) == [("detractor", "billing")]
    row = significant.iloc[0]
    assert row["diff_pp"] > 5 and row["diff_ci_low"] > 0 and row["p_adjusted"] < 0.05 and row["nps_points"] < 0
    in_markets = changes[(changes["segment"] != "(all)") & changes["significant"]]
    assert set(in_markets["theme_id"]) <= {"billing"} and set(in_markets["category"]) <= {"detractor"}
    assert set(changes["segment"]) == {"(all)", "SE", "DK", "NO"}
    nps = pd.read_csv(out / "tables" / "nps_change.csv").set_index("segment").loc["(all)"]
    assert nps["diff"] < 0 and nps["significant"]
    assert "Significant: billing among detractors" in result.output


def test_compare_writes_every_file_and_the_models_for_the_next_wave(compared):
    out, _ = compared
    for name in ("compare.html", "compare.xlsx", "figures/nps_waves.png", "figures/theme_changes_promoter.png",
                 "tables/nps_waves.csv", "tables/theme_matches.csv", "tables/new_themes.csv",
                 "models/classifier", "models/discovery"):
        assert (out / name).exists(), name
    matches = pd.read_csv(out / "tables" / "theme_matches.csv")
    assert set(matches["status"]) <= {"matched", "new"}
    assert matches["theme_id"].is_unique
    new = pd.read_csv(out / "tables" / "new_themes.csv")
    assert set(new["theme_id"]) == {"new:" + t for t in matches.loc[matches["status"] == "new", "theme_id"]}
    assert not new["rising"].any()  # wave 2 plants no new theme: no unmatched cluster rises significantly


def test_compare_with_the_saved_models_keeps_the_theme_ids(compared, tmp_path):
    out, _ = compared
    again = tmp_path / "again"
    result = runner.invoke(app, ["compare", str(sample_survey_path(1)), str(sample_survey_path(2)), "--out", str(again),
                                 "--model", str(out / "models" / "classifier"),
                                 "--discovery", str(out / "models" / "discovery"), "--no-progress"])
    assert result.exit_code == 0, result.output
    matches = pd.read_csv(again / "tables" / "theme_matches.csv")
    # the fresh clusters of wave 2 are the ones the saved model holds: every one is matched to itself
    assert (matches["status"] == "matched").all()
    assert (matches["cosine"] > 0.99).all()


def test_compare_reports_bad_settings_in_one_line(tmp_path):
    result = runner.invoke(app, ["compare", str(sample_survey_path(1)), str(sample_survey_path(2)), "--out",
                                 str(tmp_path), "--alpha", "1.5", "--no-progress"])
    assert result.exit_code == 2
    assert "textnps compare: error: The 'alpha' parameter of compare_waves must be between 0 and 1" in result.output


def test_the_readme_shows_what_compare_prints(compared):
    """README.md's wave tour pastes the output of this very run; it must stay true."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("sample_survey_wave2.csv --out wave-comparison --segment-col market\n```\n\n```\n", 1)[1]
    shown = [line for line in block.split("```", 1)[0].splitlines() if not line.startswith(("Wrote", "wave-"))]
    _, result = compared
    assert len(shown) == 5
    for line in shown:
        assert line in result.output, line
