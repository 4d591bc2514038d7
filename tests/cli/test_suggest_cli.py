"""``textnps suggest``: the comments to code next, as a formula-safe sheet with redacted text (issue 16)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app

runner = CliRunner()

COMMENTS = {
    "sv": ["För dyrt abonnemang", "Trevlig personal i butiken", "Leveransen tog tre veckor", "Fakturan var fel",
           "Musiken i butiken var hög", "Det var en vanlig dag", "Appen kraschar hela tiden", "Bra priser",
           "Paketet kom fram till slut", "Personalen var sådär"],
    "da": ["Alt for dyr forsikring", "Venligt personale i butikken", "Leveringen tog tre uger", "Regningen var forkert",
           "Musikken i butikken var høj", "Det var en almindelig dag", "Appen går ned hele tiden", "Gode priser",
           "Pakken kom frem til sidst", "Personalet var så som så"],
    "no": ["Altfor dyrt abonnement", "Hyggelig personale i butikken", "Leveringen tok tre uker", "Fakturaen var feil",
           "Musikken i butikken var høy", "Det var en vanlig dag", "Appen krasjer hele tiden", "Gode priser",
           "Pakken kom fram til slutt", "Personalet var sånn passe"],
}


def export(tmp_path, lang):
    texts = [f"{t} ({i})" for i, t in enumerate(COMMENTS[lang] * 4)]
    texts[3] = "=Ring mig på ola.nordmann@example.com " + texts[3]
    codes = [np.nan] * len(texts)
    codes[0], codes[1], codes[5] = "price:neg", "staff_service:pos", "-"
    path = tmp_path / f"survey_{lang}.csv"
    pd.DataFrame({"svar_id": [f"r{i}" for i in range(len(texts))], "kommentar": texts, "koder": codes}).to_csv(
        path, index=False)
    return path, texts


def run(tmp_path, lang, n):
    path, texts = export(tmp_path, lang)
    out = tmp_path / f"next_{lang}_{n}.csv"
    result = runner.invoke(app, ["suggest", str(path), "--text-col", "kommentar", "--labels-col", "koder",
                                 "--id-col", "svar_id", "--n", str(n), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    return result, pd.read_csv(out, keep_default_na=False, dtype={"row": int}), texts


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_suggest_returns_the_most_uncertain_uncoded_comments(tmp_path, lang):
    from textnps.preprocess import Preprocessor
    from textnps.themes.codebook.classify import ThemeClassifier

    result, sheet, texts = run(tmp_path, lang, 5)
    assert list(sheet.columns) == ["row", "svar_id", "kommentar", "uncertainty", "uncertain_theme", "themes"]
    assert len(sheet) == 5 and (sheet["themes"] == "").all()
    assert sheet["uncertainty"].is_monotonic_decreasing
    assert not {"r0", "r1", "r5"} & set(sheet["svar_id"])               # coded (also "-") are not suggested
    assert "Themes: codebook nordic-cx" in result.output and "3 already coded were skipped" in result.output
    # the oracle: each uncoded comment's distance of its themes' probabilities to their thresholds
    frame = pd.read_csv(tmp_path / f"survey_{lang}.csv", keep_default_na=False, na_values=[""])
    pre = Preprocessor(text_col="kommentar", progress=False).fit_transform(frame)
    model = ThemeClassifier(labels_col="koder", progress=False).fit(pre)
    proba, thr = model.predict_proba(pre).to_numpy(), model.thresholds_
    uncertainty = (1 - np.abs(proba - thr) / np.maximum(thr, 1 - thr)).max(axis=1)
    eligible = pre["koder"].isna().to_numpy() & pre["informative"].to_numpy(dtype=bool)
    best = np.sort(uncertainty[eligible])[::-1][:5]
    np.testing.assert_allclose(sheet["uncertainty"], best, atol=1e-4)
    rows = sheet["row"].to_numpy() - 1
    np.testing.assert_allclose(uncertainty[rows], sheet["uncertainty"], atol=1e-4)
    assert (sheet["svar_id"].to_numpy() == frame["svar_id"].to_numpy()[rows]).all()


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_the_sheet_is_redacted_and_formula_safe(tmp_path, lang):
    _, sheet, texts = run(tmp_path, lang, 40)
    assert len(sheet) == 37                                              # every uncoded comment, once
    row = sheet[sheet["svar_id"] == "r3"].iloc[0]
    assert "example.com" not in row["kommentar"] and "ola.nordmann" not in row["kommentar"]
    assert row["kommentar"].startswith("'=")                             # a spreadsheet does not run it
    assert not sheet["kommentar"].str.contains("@").any()


def test_n_must_be_positive(tmp_path):
    path, _ = export(tmp_path, "sv")
    result = runner.invoke(app, ["suggest", str(path), "--text-col", "kommentar", "--n", "0",
                                 "--out", str(tmp_path / "x.csv"), "--no-progress"])
    assert result.exit_code == 2 and "equal to 1" in result.output
