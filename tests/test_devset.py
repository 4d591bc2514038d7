"""The hand-coded development set (benchmarks/devset/labels.csv) is well-formed
and points at the same comments in ../shared/data that were coded."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "benchmarks" / "devset" / "labels.csv"
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


@pytest.fixture(scope="module")
def labels() -> pd.DataFrame:
    return pd.read_csv(LABELS, dtype={"stars_or_label": str, "themes": str}, keep_default_na=False)


def test_columns_are_ids_and_labels_only(labels):
    # no text, no excerpt: the comments are not ours to redistribute
    assert list(labels.columns) == ["file", "row", "stars_or_label", "themes", "text_sha1"]


def test_rows_are_unique_and_known(labels):
    assert len(labels) >= 300
    assert not labels.duplicated(["file", "row"]).any()
    assert set(labels["file"]) == FILES
    assert (labels["row"] >= 0).all()
    assert labels["text_sha1"].str.fullmatch(r"[0-9a-f]{40}").all()
    assert labels["stars_or_label"].isin(["1", "2", "3", "4", "5", "negative", "neutral", "positive"]).all()


def test_themes_use_known_ids_and_polarities(labels):
    pair = re.compile(r"([a-z_]+):(pos|neg|mixed)")
    for value in labels["themes"]:
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
