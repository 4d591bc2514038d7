"""The hand-coded sets are well-formed, never overlap, and point at the same comments in
../shared/data that were coded: benchmarks/devset/labels.csv (and its second coding),
benchmarks/heldout/labels.csv, the refiner's training set benchmarks/trainset/labels.csv and its
second draw from every source (labels_domains.csv), the Norwegian dev set benchmarks/devset_no/
(and its second coding) and the untouched test set benchmarks/testset/ (three codings and their
majority)."""
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
DOMAINS = REPO / "benchmarks" / "trainset" / "labels_domains.csv"
DEV_NO = REPO / "benchmarks" / "devset_no" / "labels.csv"
SECOND_NO = REPO / "benchmarks" / "devset_no" / "second_coder.csv"
TESTSET = REPO / "benchmarks" / "testset" / "labels.csv"
CODERS = REPO / "benchmarks" / "testset" / "coders.csv"
ALL_SETS = [LABELS, HELDOUT, TRAINSET, DOMAINS, DEV_NO, TESTSET]
THEME_IDS = [
    "price", "staff_service", "response_time", "claims_cases", "delivery", "product", "digital",
    "communication", "billing", "returns", "terms", "ease", "trust", "general",
]
FILES = {"da_trustpilot_insurance.csv", "da_trustpilot_shops.csv", "sv_reviews_sentiment.csv",
         "sv_reviews_swerec.csv"}
NOREC = "no_norec_sentences.csv"
#: set -> (its source files, the themes that must occur in it)
EXPECTED = {
    "dev": (FILES, set(THEME_IDS)), "heldout": (FILES, set(THEME_IDS)), "trainset": (FILES, set(THEME_IDS)),
    "domains": ({"da_trustpilot_shops.csv", "sv_reviews_sentiment.csv", "sv_reviews_swerec.csv", NOREC},
                set(THEME_IDS)),
    "dev_no": ({NOREC}, {"product", "price"}),  # critics' sentences judge the work itself
    "testset": (FILES | {NOREC}, set(THEME_IDS)),
}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_classify", REPO / "benchmarks" / "bench_classify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=list(zip(ALL_SETS, EXPECTED)), ids=list(EXPECTED))
def labels(request) -> pd.DataFrame:
    path, name = request.param
    frame = pd.read_csv(path, dtype={"stars_or_label": str, "themes": str}, keep_default_na=False)
    frame.attrs["set"] = name
    return frame


def test_no_two_sets_share_a_row():
    seen = {}
    for path in ALL_SETS:
        frame = pd.read_csv(path)
        rows = set(zip(frame["file"], frame["row"]))
        for other, other_rows in seen.items():
            assert not rows & other_rows, f"{path.relative_to(REPO)} and {other} share rows"
        seen[str(path.relative_to(REPO))] = rows


@pytest.mark.parametrize("second, first", [(SECOND, LABELS), (SECOND_NO, DEV_NO)], ids=["dev", "dev_no"])
def test_second_codings_cover_their_rows_with_valid_pairs(second, first):
    rows = pd.read_csv(first)
    other = pd.read_csv(second, dtype={"themes": str}, keep_default_na=False)
    assert list(other.columns) == ["file", "row", "themes"]  # ids and labels only
    assert list(zip(other["file"], other["row"])) == list(zip(rows["file"], rows["row"]))
    _check_pairs(other["themes"])


def test_the_test_set_is_the_majority_of_its_three_codings():
    coders = pd.read_csv(CODERS, dtype=str, keep_default_na=False)
    majority = pd.read_csv(TESTSET, dtype=str, keep_default_na=False)
    assert list(coders.columns) == ["file", "row", "coder1", "coder2", "coder3", "text_sha1"]
    assert coders[["file", "row", "text_sha1"]].equals(majority[["file", "row", "text_sha1"]])
    for k in (1, 2, 3):
        _check_pairs(coders[f"coder{k}"])
    for codes, agreed in zip(coders[["coder1", "coder2", "coder3"]].itertuples(index=False), majority["themes"]):
        votes = [{p.split(":")[0] for p in c.split(";") if p} for c in codes]
        kept = {t for t in set().union(*votes) if sum(t in v for v in votes) >= 2}
        kept = kept - {"general"} if len(kept) > 1 else kept
        assert {p.split(":")[0] for p in agreed.split(";") if p} == kept


def test_heldout_rows_are_not_dev_rows():
    dev, held = pd.read_csv(LABELS), pd.read_csv(HELDOUT)
    assert not set(zip(dev["file"], dev["row"])) & set(zip(held["file"], held["row"]))


def test_training_rows_are_neither_dev_nor_heldout_rows():
    train = pd.read_csv(TRAINSET)
    assert len(train) >= 4000
    for path in (LABELS, HELDOUT):
        other = pd.read_csv(path)
        assert not set(zip(train["file"], train["row"])) & set(zip(other["file"], other["row"])), path.name


def test_columns_are_ids_and_labels_only(labels):
    # no text, no excerpt: the comments are not ours to redistribute
    assert list(labels.columns) == ["file", "row", "stars_or_label", "themes", "text_sha1"]


def test_rows_are_unique_and_known(labels):
    assert len(labels) >= 180
    assert not labels.duplicated(["file", "row"]).any()
    assert set(labels["file"]) == EXPECTED[labels.attrs["set"]][0]
    assert (labels["row"] >= 0).all()
    assert labels["text_sha1"].str.fullmatch(r"[0-9a-f]{40}").all()
    assert labels["stars_or_label"].isin(["1", "2", "3", "4", "5", "negative", "neutral", "positive",
                                          "Negative", "Neutral", "Positive"]).all()


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
    assert EXPECTED[labels.attrs["set"]][1] <= used <= set(THEME_IDS)
    stars = labels.loc[labels["file"].str.startswith("da_"), "stars_or_label"].astype(int)
    assert stars.empty or {1, 4, 5} <= set(stars)


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
