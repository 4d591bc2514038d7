"""The scoring of benchmarks/bench_classify.py, checked with stand-in predictors
(the real ThemeClassifier is not needed here)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textnps.themes.codebook.coding import format_themes, parse_themes
from textnps.themes.codebook.evaluate import evaluate

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_classify", REPO / "benchmarks" / "bench_classify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CODED = pd.Series(["price:pos;staff_service:neg", "delivery:neg", "", "general:pos"])


def test_perfect_predictions_score_one(bench):
    result = bench.evaluate(CODED, CODED)
    assert result["micro_f1"] == result["macro_f1"] == result["polarity_accuracy"] == 1.0
    assert result["polarity_n"] == 4
    assert result["per_theme"]["price"]["kappa"] == 1.0
    assert result["per_theme"]["billing"]["kappa"] is None  # never coded, never predicted


def test_hand_computed_scores(bench):
    # stand-in: finds price (right polarity) and delivery (wrong polarity), misses
    # staff_service and general, and adds a false trust
    predicted = pd.Series(["price:pos", "delivery:pos;trust:neg", "", ""])
    result = bench.evaluate(CODED, predicted)
    # tp 2, fp 1, fn 2 -> P 2/3, R 2/4, F1 4/7
    assert result["micro_precision"] == pytest.approx(2 / 3)
    assert result["micro_recall"] == pytest.approx(0.5)
    assert result["micro_f1"] == pytest.approx(4 / 7)
    # macro over the 4 coded themes: price 1, staff_service 0, delivery 1, general 0
    assert result["macro_f1"] == pytest.approx(0.5)
    assert result["polarity_accuracy"] == pytest.approx(0.5)
    assert result["polarity_confusion"]["neg"]["pos"] == 1
    trust = result["per_theme"]["trust"]
    assert (trust["fp"], trust["fn"], trust["support"], trust["f1"]) == (1, 0, 0, 0.0)
    assert result["per_theme"]["staff_service"]["fn"] == 1


def test_a_predictor_that_says_nothing_scores_zero(bench):
    result = bench.evaluate(CODED, pd.Series([""] * 4))
    assert result["micro_f1"] == result["macro_f1"] == 0.0
    assert result["polarity_accuracy"] is None


_cell = st.dictionaries(st.sampled_from(["price", "staff_service", "trust", "general"]),
                        st.sampled_from(["pos", "neg", "mixed"]), max_size=3).map(format_themes)


@settings(max_examples=30, deadline=None)  # scikit-learn's input checks cost milliseconds a call
@given(rows=st.lists(st.tuples(_cell, _cell), min_size=1, max_size=20))
def test_the_benchmark_reports_the_library_scores(bench, rows):
    """One metric: what the benchmark reports is what textnps train prints (textnps.themes.codebook.evaluate)."""
    truth, pred = pd.Series([t for t, _ in rows]), pd.Series([p for _, p in rows])
    result = bench.evaluate(truth, pred)
    library = evaluate(truth, pred, themes=bench.THEME_IDS)
    assert result["micro_f1"] == library.loc["micro", "f1"]
    assert result["micro_precision"] == library.loc["micro", "precision"]
    assert result["micro_recall"] == library.loc["micro", "recall"]
    assert result["macro_f1"] == library.loc["macro", "f1"]
    accuracy = library.attrs["polarity_accuracy"]
    assert result["polarity_accuracy"] == (None if np.isnan(accuracy) else accuracy)
    assert result["polarity_n"] == library.attrs["polarity_n"]
    for theme, scores in result["per_theme"].items():
        row = library.loc[theme]
        assert [scores[k] for k in ("precision", "recall", "f1", "support", "predicted")] \
            == row[["precision", "recall", "f1", "support", "predicted"]].tolist()
        assert scores["kappa"] == (None if np.isnan(row["kappa"]) else row["kappa"])
        assert scores["polarity_n"] == sum(theme in (t or "") and theme in (p or "") for t, p in rows)


def test_lengths_must_match(bench):
    with pytest.raises(ValueError, match="4 coded rows but 3 predictions"):
        bench.evaluate(CODED, CODED[:3])


def test_markdown_has_every_theme_and_no_text(bench):
    table = bench.markdown(bench.evaluate(CODED, CODED), "stand-in")
    for theme in bench.THEME_IDS:
        assert f"| {theme} |" in table
    assert "micro F1 **1.000**" in table


def test_main_exits_zero_without_data(bench, tmp_path, capsys):
    assert bench.main(["--data-dir", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.shared_data
def test_stand_in_on_the_real_dev_set(bench, shared_data):
    # a trivial keyword stand-in, only to run loading + scoring end to end
    dev = bench.load_devset(shared_data)

    def stand_in(text: str) -> str:
        lowered = text.lower()
        if "pris" in lowered:
            return "price:pos"
        return "staff_service:pos" if "service" in lowered else ""

    result = bench.evaluate(dev["themes"], dev["text"].map(stand_in))
    assert result["n"] == len(dev) == 320
    assert 0.0 < result["micro_f1"] < 1.0
    assert result["per_theme"]["staff_service"]["tp"] > 0
    assert sum(m["support"] for m in result["per_theme"].values()) == sum(
        len(parse_themes(v)) for v in dev["themes"]
    )


@pytest.mark.shared_data
def test_unlabelled_sample_excludes_dev_rows(bench, shared_data):
    labels = bench.read_labels()
    sample = bench.unlabelled_sample(shared_data, labels, 400)
    assert 390 <= len(sample) <= 410
    dev_keys = set(zip(labels["file"], labels["row"]))
    assert not dev_keys & set(zip(sample["file"], sample["row"]))
    assert sample["text"].str.strip().str.len().gt(0).all()


@pytest.mark.shared_data
@pytest.mark.parametrize("mode", ["dev", "sample"])
def test_run_wires_fit_and_transform(bench, shared_data, monkeypatch, mode):
    # stand-ins for the Preprocessor and the ThemeClassifier, to check which rows are fitted
    fitted = {}

    class StandIn:
        def fit(self, frame):
            fitted["n"] = len(frame)
            return self

        def transform(self, frame):
            return frame.assign(themes=["general:pos"] * len(frame))

    langs = {}

    def preprocess(frame, progress):  # languages da, sv, nb in turn: nb is reported as "no"
        langs.setdefault(len(frame), (["da", "sv", "nb"] * len(frame))[:len(frame)])
        return frame.assign(lang=langs[len(frame)])

    monkeypatch.setattr(bench, "_preprocess", preprocess)
    monkeypatch.setattr(bench, "_classifier", lambda codebook, progress, refiner: StandIn())
    dev = bench.load_devset(shared_data)
    result = bench.run(mode, dev, data_dir=shared_data, n_fit=300, codebook="nordic-cx", progress=False)
    assert fitted["n"] == result["n_fitted"] == (320 if mode == "dev" else pytest.approx(300, abs=3))
    assert result["per_theme"]["general"]["predicted"] == 320
    assert set(result["by_file"]) == set(dev["file"])
    assert set(result["by_language"]) == {"da", "sv", "no"}
    assert sum(m["n"] for m in result["by_language"].values()) == 320
    assert result["unknown_theme_ids"] == []


def test_errors_are_located_by_theme(bench):
    predicted = pd.Series(["price:pos", "delivery:pos;trust:neg", "", "staff_service:pos"])
    themes = bench.evaluate(CODED, predicted)["per_theme"]
    # the false trust sits in a comment coded delivery; the missed general was called staff_service
    assert themes["trust"]["fp_rows_coded_as"] == {"delivery": 1, "(no other)": 0}
    assert themes["general"]["fn_rows_predicted_as"] == {"staff_service": 1, "(no other)": 0}
    # staff_service was missed in a comment where nothing wrong was predicted
    assert themes["staff_service"]["fn_rows_predicted_as"] == {"(no other)": 1}
    table = bench.markdown(bench.evaluate(CODED, predicted), "stand-in")
    assert "| trust | 1 | delivery 1 | 0 |  |" in table


def test_agrees_with_textnps_evaluate(bench):
    # two independent implementations of the same formulas must agree
    evaluate = pytest.importorskip("textnps.themes.codebook.evaluate")
    predicted = pd.Series(["price:neg", "delivery:neg;trust:neg", "ease:pos", "staff_service:pos"])
    ours = bench.evaluate(CODED, predicted)
    theirs = evaluate.evaluate(list(CODED), list(predicted), themes=list(bench.THEME_IDS))
    assert ours["micro_f1"] == pytest.approx(theirs.loc["micro", "f1"])
    assert ours["polarity_accuracy"] == pytest.approx(theirs.attrs["polarity_accuracy"])
    for theme in ("price", "delivery", "trust", "general"):
        assert ours["per_theme"][theme]["f1"] == pytest.approx(theirs.loc[theme, "f1"])
        assert ours["per_theme"][theme]["kappa"] == pytest.approx(theirs.loc[theme, "kappa"])


def test_coded_rows_hold_both_coded_sets(bench):
    rows = set(zip(*bench.coded_rows().to_numpy().T))
    for path in (bench.LABELS, bench.HELDOUT):
        labels = bench.read_labels(path)
        assert set(zip(labels["file"], labels["row"])) <= rows


def test_run_draws_reports_the_median_draw(bench, monkeypatch):
    scores = {bench.SEED: 0.70, bench.SEED + 1: 0.80, bench.SEED + 2: 0.75}

    def fake_run(mode, dev, *, seed, **kwargs):
        assert mode == "sample"
        return {"fit_seed": seed, "micro_f1": scores[seed], "macro_f1": 0.5, "micro_precision": 0.5,
                "micro_recall": 0.5, "polarity_accuracy": 0.9, "polarity_n": 10}

    monkeypatch.setattr(bench, "run", fake_run)
    result = bench.run_draws(None, 3, data_dir=None)
    assert result["fit_seed"] == bench.SEED + 2 and result["micro_f1"] == 0.75
    assert [d["micro_f1"] for d in result["draws"]] == [0.70, 0.80, 0.75]
    assert "median micro F1 0.750" in bench._draws_markdown(result)


def test_coder_agreement_joins_on_file_and_row(bench, tmp_path):
    dev = pd.DataFrame({"file": ["a.csv", "a.csv", "b.csv"], "row": [1, 2, 1],
                        "themes": ["price:pos", "staff_service:neg", ""]})
    second = tmp_path / "second.csv"
    # other order, one row disagreeing on the theme
    pd.DataFrame({"file": ["b.csv", "a.csv", "a.csv"], "row": [1, 2, 1],
                  "themes": ["", "staff_service:neg", "delivery:pos"]}).to_csv(second, index=False)
    agreement = bench.coder_agreement(dev, second)
    assert agreement["n"] == 3
    assert agreement["micro_f1"] == pytest.approx(0.5)  # 1 shared of 2 + 2 mentions
    assert bench.coder_agreement(dev, tmp_path / "absent.csv") is None


def test_scores_drawn_from_stars_and_labels_fall_in_their_nps_category(bench):
    files = ["da_trustpilot_insurance.csv"] * 3 + ["sv_reviews_sentiment.csv"] * 2 + ["no_norec_sentences.csv"] * 3
    labels = ["1", "4", "5", "negative", "positive", "Negative", "Neutral", "Positive"]
    scores = bench.nps_scores(files, labels)
    assert scores[0] <= 6 and 7 <= scores[1] <= 8 and scores[2] >= 9  # detractor, passive, promoter (da)
    assert scores[3] <= 6 and scores[4] >= 7  # sv
    assert scores[5] <= 6 and 7 <= scores[6] <= 8 and scores[7] >= 9  # no
    assert (bench.nps_scores(files, labels) == scores).all()  # the same draw for the same seed
    with pytest.raises(KeyError):
        bench.nps_scores(["da_trustpilot_shops.csv"], ["7"])  # no such star
