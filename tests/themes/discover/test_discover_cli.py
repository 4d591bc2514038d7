"""``textnps discover`` on a small preprocessed export (CliRunner)."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from discover_corpus import planted_frame
from textnps.cli import app
from textnps.themes.discover.discoverer import ThemeDiscoverer

runner = CliRunner()


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """A preprocessed export: the planted corpus with its own column names."""
    frame = planted_frame().rename(columns={"id": "svar_id", "score": "betyg"})
    frame["kommentar"] = frame["text_clean"]
    path = tmp_path_factory.mktemp("cli") / "survey.csv"
    frame.drop(columns="truth").to_csv(path, index=False)
    return path


def _run(*args):
    return runner.invoke(app, ["discover", *map(str, args)])


def test_writes_themes_assignments_and_model(export, tmp_path):
    res = _run(export, "--text-col", "kommentar", "--score-col", "betyg", "--id-col", "svar_id",
               "--n-themes", "3", "--seed", "0", "--no-progress", "--out", tmp_path)
    assert res.exit_code == 0, res.output
    themes = pd.read_csv(tmp_path / "themes.csv")
    assert {"theme_id", "label", "terms", "n", "share_detractor", "share_passive", "share_promoter",
            "examples"} <= set(themes.columns)
    assert len(themes) == 3
    assignments = pd.read_csv(tmp_path / "assignments.csv")
    assert list(assignments.columns) == ["id", "theme_id", "weight"]
    assert assignments["id"].str.startswith("r").all()
    assert assignments["id"].duplicated().any()  # some comments carry two themes
    assert assignments["id"].nunique() < 195  # noise and non-answers stay unassigned
    assert "3 themes from 195 comments" in res.output

    # the saved model transforms a new wave without refitting
    model = ThemeDiscoverer.load(tmp_path / "model")
    wave = planted_frame(seed=3, n_per_cell=4)
    assert model.transform(wave)["discovered_theme"].ne("").mean() > 0.8


def test_by_category_and_auto(export, tmp_path):
    no_ids = tmp_path / "no_ids.csv"
    pd.read_csv(export).drop(columns="svar_id").to_csv(no_ids, index=False)
    res = _run(no_ids, "--text-col", "kommentar", "--score-col", "betyg", "--by-category", "--no-progress",
               "--out", tmp_path / "out")
    assert res.exit_code == 0, res.output
    themes = pd.read_csv(tmp_path / "out" / "themes.csv")
    assert themes["theme_id"].str.match(r"^(detractor|passive|promoter)_\d\d$").all()
    assignments = pd.read_csv(tmp_path / "out" / "assignments.csv")
    assert assignments["id"].dtype.kind == "i"  # no id column: the row number


@pytest.mark.parametrize("value", ["atuo", "0", "-3", "2.5"])
def test_bad_n_themes(export, tmp_path, value):
    res = _run(export, "--n-themes", value, "--out", tmp_path)
    assert res.exit_code == 2
    assert f"--n-themes must be 'size', 'auto' or a whole number >= 1. Got {value!r} instead" in res.output


def test_did_you_mean_auto(export, tmp_path):
    res = _run(export, "--n-themes", "atuo", "--out", tmp_path)
    assert "Did you mean 'auto'?" in res.output


def test_missing_input(tmp_path):
    res = _run(tmp_path / "nope.csv", "--out", tmp_path)
    assert res.exit_code == 2
    assert "textnps discover: error:" in res.output


@pytest.mark.slow
def test_raw_export_goes_through_the_preprocessor(tmp_path):
    """A raw export (no lemmas) is preprocessed first: language, lemmas, redaction."""
    frame = planted_frame(n_per_cell=8)
    raw = pd.DataFrame({"kommentar": frame["text_clean"], "betyg": frame["score"]})
    raw.loc[0, "kommentar"] = "Ring mig på anna.svensson@example.se, priset är för dyrt."
    path = tmp_path / "raw.csv"
    raw.to_csv(path, index=False)
    res = _run(path, "--text-col", "kommentar", "--score-col", "betyg", "--n-themes", "3", "--no-progress",
               "--out", tmp_path / "out")
    assert res.exit_code == 0, res.output
    themes = pd.read_csv(tmp_path / "out" / "themes.csv")
    assert len(themes) == 3
    assert not themes["examples"].str.contains("example.se").any()


def test_stop_word_option(export, tmp_path):
    res = _run(export, "--text-col", "kommentar", "--score-col", "betyg", "--n-themes", "3", "--stop-word", "pris",
               "--stop-word", "dyr", "--no-progress", "--out", tmp_path)
    assert res.exit_code == 0, res.output
    terms = pd.read_csv(tmp_path / "themes.csv")["terms"].str.split(", ").explode()
    assert not {"pris", "dyr"} & set(terms)
