"""``textnps classify`` and ``textnps train`` through the Typer app."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app

runner = CliRunner()

COMMENTS = [
    ("r1", "Bra pris men usel kundtjänst", "price;staff_service"),
    ("r2", "Snabb leverans, tack!", "delivery"),
    ("r3", "God service og hurtig svar", "staff_service;response_time"),
    ("r4", "Fakturaen var forkert", "billing"),
    ("r5", "Musiken var för hög", "product"),
    ("r6", "Skön musik", "product"),
    ("r7", "Veldig hyggelig selger", None),
    ("r8", "Appen krasjer hele tiden", None),
]


@pytest.fixture
def survey(tmp_path):
    path = tmp_path / "survey.csv"
    pd.DataFrame(COMMENTS, columns=["resp", "kommentar", "kod"]).to_csv(path, index=False)
    return path


def test_classify_writes_input_columns_themes_and_probabilities(survey, tmp_path):
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["classify", str(survey), "--text-col", "kommentar", "--id-col", "resp",
                                 "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out, keep_default_na=False)
    assert list(table.columns[:4]) == ["resp", "kommentar", "kod", "themes"]
    assert "p_staff_service" in table.columns and len(table.filter(like="p_").columns) == 14
    assert table.loc[0, "themes"] == "price:pos;staff_service:neg"
    assert "carry at least one theme" in result.output


def test_classify_bad_column_is_one_line_with_close_match(survey, tmp_path):
    result = runner.invoke(app, ["classify", str(survey), "--text-col", "komentar", "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert "--text-col 'komentar' is not a column of 'survey.csv'" in result.output
    assert "Did you mean 'kommentar'?" in result.output


def test_classify_unknown_codebook(survey, tmp_path):
    result = runner.invoke(app, ["classify", str(survey), "--text-col", "kommentar", "--codebook", "nordic",
                                 "--out", str(tmp_path / "o.csv"), "--no-progress"])
    assert result.exit_code == 2
    assert "Codebook 'nordic' not found" in result.output


def test_train_then_classify_with_the_model(tmp_path):
    # each comment in three wordings: a saved vocabulary keeps only words of at least 3 comments
    rows = [(f"{r}{k}", text + suffix, codes) for r, text, codes in COMMENTS
            for k, suffix in enumerate(("", " denna vecka", " förra månaden")) if codes]
    survey = tmp_path / "survey.csv"
    pd.DataFrame(rows, columns=["resp", "kommentar", "kod"]).to_csv(survey, index=False)
    model_dir = tmp_path / "model"
    result = runner.invoke(app, ["train", str(survey), "--text-col", "kommentar", "--labels-col", "kod",
                                 "--codebook", "nordic-cx", "--out", str(model_dir), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert {"model.json", "arrays.npz", "codebook.yaml"} <= {p.name for p in model_dir.iterdir()}
    assert "Trained on 18 coded" in result.output
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["classify", str(survey), "--text-col", "kommentar", "--codebook", str(model_dir),
                                 "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "Using the trained model" in result.output
    assert pd.read_csv(out, keep_default_na=False).loc[0, "themes"] == "price:pos;staff_service:neg"


def test_train_with_unknown_labels_fails_clearly(survey, tmp_path):
    frame = pd.read_csv(survey)
    frame.loc[0, "kod"] = "prise"
    frame.to_csv(survey, index=False)
    result = runner.invoke(app, ["train", str(survey), "--text-col", "kommentar", "--labels-col", "kod",
                                 "--codebook", "nordic-cx", "--out", str(tmp_path / "m"), "--no-progress"])
    assert result.exit_code == 2
    assert "unknown theme ids" in result.output and "Did you mean 'price'?" in result.output


def test_classify_says_which_refiner_and_can_switch_it_off(survey, tmp_path):
    runs = {}
    for option in ("auto", "none"):
        out = tmp_path / f"{option}.csv"
        result = runner.invoke(app, ["classify", str(survey), "--text-col", "kommentar", "--refiner", option,
                                     "--out", str(out), "--no-progress"])
        assert result.exit_code == 0, result.output
        runs[option] = (result.output, pd.read_csv(out, keep_default_na=False))
    assert ("Themes: codebook nordic-cx 1.3.0, refiner shipped (trained on 5,946 coded comments, for da/nb/nn/sv "
            "comments).") in runs["auto"][0]
    assert "Themes: codebook nordic-cx 1.3.0, no refiner (seeds and the survey's own model)." in runs["none"][0]
    assert not runs["auto"][1]["p_product"].equals(runs["none"][1]["p_product"])  # Swedish rows are refined
    missing = runner.invoke(app, ["classify", str(survey), "--text-col", "kommentar", "--refiner",
                                  str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.csv"), "--no-progress"])
    assert missing.exit_code == 2
    assert "No saved textnps model at" in missing.output


def test_train_learn_needs_enough_coded_comments(survey, tmp_path):
    result = runner.invoke(app, ["train", str(survey), "--text-col", "kommentar", "--labels-col", "kod",
                                 "--codebook", "nordic-cx", "--refiner", "learn", "--out", str(tmp_path / "m"),
                                 "--no-progress"])
    assert result.exit_code == 2
    assert "refiner='learn' trains a refiner on the coded comments and needs at least 50 of them; got 6" \
        in result.output


@pytest.mark.parametrize("lang, kinds", [
    ("sv", [("Musiken var för hög", "product"), ("Bra pris och billigt", "price"), ("Snabb leverans", "delivery")]),
    ("da", [("Musikken var for høj", "product"), ("God pris og billigt", "price"), ("Hurtig levering", "delivery")]),
    ("no", [("Musikken var for høy", "product"), ("God pris og billig", "price"), ("Rask levering", "delivery")]),
])
def test_train_learn_updates_the_shipped_refiner_and_says_so(tmp_path, lang, kinds):
    rows = [(f"r{i}", kinds[i % 3][0], kinds[i % 3][1]) for i in range(60)]
    path = tmp_path / "coded.csv"
    pd.DataFrame(rows, columns=["resp", "kommentar", "kod"]).to_csv(path, index=False)
    result = runner.invoke(app, ["train", str(path), "--text-col", "kommentar", "--labels-col", "kod",
                                 "--codebook", "nordic-cx", "--refiner", "learn", "--out", str(tmp_path / "m"),
                                 "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "refiner shipped and updated with 60 codes of this survey" in result.output
    assert "refiner trained on 5,946 coded comments" in result.output
    from textnps.themes.codebook.classify import ThemeClassifier

    again = ThemeClassifier.load(tmp_path / "m", progress=False)
    assert again.refiner_.built_from_["analyst_codes"] == 60
