"""The hand-coded sets (benchmarks/devset/labels.csv, benchmarks/heldout/labels.csv, the dev set's
second coding and the refiner's training set benchmarks/trainset/labels.csv) are well-formed and
point at the same comments in ../shared/data that were coded."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "benchmarks" / "devset" / "labels.csv"
HELDOUT = REPO / "benchmarks" / "heldout" / "labels.csv"
SECOND = REPO / "benchmarks" / "devset" / "second_coder.csv"
TRAINSET = REPO / "benchmarks" / "trainset" / "labels.csv"
THEME_IDS = [
    "price", "staff_service", "response_time", "claims_cases", "delivery", "product", "digital",
    "communication", "billing", "returns", "terms", "ease", "trust", "general",
]
FILES = {"da_trustpilot_insurance.csv", "da_trustpilot_shops.csv", "sv_reviews_sentiment.csv",
         "sv_reviews_swerec.csv"}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_classify", REPO / "benchmarks" / "bench_classify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=[LABELS, HELDOUT, TRAINSET], ids=["dev", "heldout", "trainset"])
def labels(request) -> pd.DataFrame:
    return pd.read_csv(request.param, dtype={"stars_or_label": str, "themes": str}, keep_default_na=False)


def test_heldout_rows_are_not_dev_rows():
    dev, held = pd.read_csv(LABELS), pd.read_csv(HELDOUT)
    assert not set(zip(dev["file"], dev["row"])) & set(zip(held["file"], held["row"]))


def test_training_rows_are_neither_dev_nor_heldout_rows():
    train = pd.read_csv(TRAINSET)
    assert len(train) >= 4000
    for path in (LABELS, HELDOUT):
        other = pd.read_csv(path)
        assert not set(zip(train["file"], train["row"])) & set(zip(other["file"], other["row"])), path.name


def test_second_coding_covers_the_dev_rows_with_valid_pairs():
    dev = pd.read_csv(LABELS)
    second = pd.read_csv(SECOND, dtype={"themes": str}, keep_default_na=False)
    assert list(second.columns) == ["file", "row", "themes"]  # ids and labels only
    assert list(zip(second["file"], second["row"])) == list(zip(dev["file"], dev["row"]))
    _check_pairs(second["themes"])


def test_columns_are_ids_and_labels_only(labels):
    # no text, no excerpt: the comments are not ours to redistribute
    assert list(labels.columns) == ["file", "row", "stars_or_label", "themes", "text_sha1"]


def test_rows_are_unique_and_known(labels):
    assert len(labels) >= 240
    assert not labels.duplicated(["file", "row"]).any()
    assert set(labels["file"]) == FILES
    assert (labels["row"] >= 0).all()
    assert labels["text_sha1"].str.fullmatch(r"[0-9a-f]{40}").all()
    assert labels["stars_or_label"].isin(["1", "2", "3", "4", "5", "negative", "neutral", "positive"]).all()


def test_themes_use_known_ids_and_polarities(labels):
    _check_pairs(labels["themes"])


def _check_pairs(themes) -> None:
    pair = re.compile(r"([a-z_]+):(pos|neg|mixed)")
    for value in themes:
        if value == "":
            continue
        parts = value.split(";")
        ids = [pair.fullmatch(p).group(1) for p in parts]  # AttributeError = malformed pair
        assert set(ids) <= set(THEME_IDS), value
        assert len(ids) == len(set(ids)), value
        assert ids == sorted(ids, key=THEME_IDS.index), value  # codebook order
        assert "general" not in ids or ids == ["general"], value  # general only alone


def test_every_theme_and_stratum_is_present(labels):
    used = {p.split(":")[0] for v in labels["themes"] for p in v.split(";") if p}
    assert used == set(THEME_IDS)
    stars = labels.loc[labels["file"].str.startswith("da_"), "stars_or_label"].astype(int)
    assert {1, 4, 5} <= set(stars)


@pytest.mark.shared_data
def test_sha1s_match_the_shared_data(shared_data, labels):
    dev = _bench().load_devset(shared_data, labels)
    assert len(dev) == len(labels)
    assert dev["text"].str.strip().str.len().gt(0).all()


@pytest.mark.shared_data
def test_row_positions_are_stable_under_default_read_csv(shared_data, labels):
    bench = _bench()
    for name, group in labels.groupby("file"):
        frame = pd.read_csv(shared_data / name)
        assert isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0
        texts = frame["text"].iloc[group["row"].to_numpy()]
        assert [bench.text_sha1(t) for t in texts] == list(group["text_sha1"])


@pytest.mark.shared_data
def test_a_changed_comment_is_reported(shared_data, labels):
    broken = labels.copy()
    broken.loc[0, "text_sha1"] = "0" * 40
    with pytest.raises(ValueError, match=r"1 dev-set comments differ .*row \d+"):
        _bench().load_devset(shared_data, broken)
