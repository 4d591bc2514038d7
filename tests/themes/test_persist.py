"""Saving and loading models as JSON + NumPy, never pickle (textnps.themes.persist)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from textnps._errors import InputError, ParameterError
from textnps.themes.persist import ARRAYS_FILE, MODEL_FILE, load_model, read_model_info, save_model


def test_round_trip_nested_state(tmp_path):
    state = {
        "params": {"n": 3, "name": "kundtjänst", "ratio": 0.5, "flag": True, "none": None},
        "vocab": np.array(["pris", "kundtjänst", "ventetid"]),
        "weights": np.arange(6, dtype=float).reshape(2, 3),
        "groups": [{"name": "detractor", "ids": ["d01"], "h": np.eye(2)}],
        "special": [float("nan"), float("inf"), np.float64(1.5), np.int64(7), np.bool_(True)],
    }
    save_model(state, tmp_path / "m", kind="demo", version=1)
    back = load_model(tmp_path / "m", kind="demo", version=1)
    assert back["params"] == state["params"]
    assert back["vocab"].tolist() == ["pris", "kundtjänst", "ventetid"]
    np.testing.assert_array_equal(back["weights"], state["weights"])
    np.testing.assert_array_equal(back["groups"][0]["h"], np.eye(2))
    assert np.isnan(back["special"][0]) and back["special"][1:] == [float("inf"), 1.5, 7, True]


def test_files_are_plain_json_and_npz(tmp_path):
    save_model({"a": np.ones(2), "å": "ø"}, tmp_path, kind="demo", version=2)
    header = json.loads((tmp_path / MODEL_FILE).read_text(encoding="utf-8"))
    assert header["format"] == "textnps-model" and header["kind"] == "demo" and header["format_version"] == 2
    assert header["state"]["å"] == "ø"
    with np.load(tmp_path / ARRAYS_FILE, allow_pickle=False) as npz:
        assert npz.files == ["a0"]
    assert read_model_info(tmp_path)["textnps_version"]


def test_wrong_version_says_what_to_do(tmp_path):
    save_model({"a": 1}, tmp_path, kind="demo", version=2)
    with pytest.raises(InputError, match=r"has format version 2 \(saved by textnps .*\), but this textnps .* reads "
                                         r"format version 1\. Refit the model"):
        load_model(tmp_path, kind="demo", version=1)


def test_wrong_kind(tmp_path):
    save_model({"a": 1}, tmp_path, kind="theme-classifier", version=1)
    with pytest.raises(InputError, match=r"is a 'theme-classifier' model, expected a 'theme-discoverer' model"):
        load_model(tmp_path, kind="theme-discoverer", version=1)


def test_missing_folder(tmp_path):
    with pytest.raises(InputError, match=r"No saved textnps model at .*nothing.*model\.json"):
        load_model(tmp_path / "nothing", kind="demo", version=1)


def test_not_json(tmp_path):
    (tmp_path / MODEL_FILE).write_text("{broken", encoding="utf-8")
    with pytest.raises(InputError, match="is not valid JSON"):
        load_model(tmp_path, kind="demo", version=1)


def test_not_a_textnps_model(tmp_path):
    (tmp_path / MODEL_FILE).write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(InputError, match=r"is not a textnps model: format is 'other', expected 'textnps-model'"):
        load_model(tmp_path, kind="demo", version=1)


def test_missing_arrays(tmp_path):
    save_model({"a": np.ones(1)}, tmp_path, kind="demo", version=1)
    (tmp_path / ARRAYS_FILE).unlink()
    with pytest.raises(InputError, match="has no 'arrays.npz'; the folder is incomplete"):
        load_model(tmp_path, kind="demo", version=1)


def test_pickled_arrays_are_refused(tmp_path):
    """A tampered arrays.npz holding an object array (pickle) must not be loaded."""
    save_model({"a": np.ones(1)}, tmp_path, kind="demo", version=1)
    np.savez(tmp_path / ARRAYS_FILE, a0=np.array([{"evil": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(InputError, match=r"has .a0.npy. of dtype object \(objects would need pickle, which textnps never loads\)"):
        load_model(tmp_path, kind="demo", version=1)


@pytest.mark.parametrize(
    ("state", "match"),
    [
        ({"a": np.array([object()], dtype=object)}, r"Cannot save state entry 'a': arrays of dtype object"),
        ({"a": {1: "x"}}, r"Cannot save state entry 'a': key 1 is not a str"),
        ({"a": [set()]}, r"Cannot save state entry 'a\[0\]': got a set"),
    ],
)
def test_unsavable_state(tmp_path, state, match):
    with pytest.raises(ParameterError, match=match):
        save_model(state, tmp_path, kind="demo", version=1)
