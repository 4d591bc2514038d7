"""Save and load fitted models as plain files: JSON + NumPy ``.npz``, never pickle.

A model is a folder::

    model/
      model.json    {"format": "textnps-model", "kind": ..., "format_version": ...,
                     "textnps_version": ..., "state": {...}}
      arrays.npz    the NumPy arrays of the state (loaded with ``allow_pickle=False``)

The *state* is a dict of JSON-able values (str, int, float, bool, None, lists,
dicts with str keys) and NumPy arrays of numbers, strings or booleans, nested
freely. Arrays are stored in ``arrays.npz`` and referenced from the JSON as
``{"__ndarray__": "<key>"}``. Loading parses JSON and reads arrays with
``allow_pickle=False``, so a model file cannot run code.

Every estimator declares its *kind* (``"theme-discoverer"``, ...) and the
*format version* it writes; :func:`load_model` refuses a folder of another kind
or version with a message saying which version wrote it and what to do.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from textnps._errors import InputError, ParameterError

__all__ = ["save_model", "load_model", "read_model_info", "vectorizer_state", "vectorizer_from_state", "MODEL_FILE",
           "ARRAYS_FILE"]

FORMAT = "textnps-model"
MODEL_FILE = "model.json"
ARRAYS_FILE = "arrays.npz"
_ARRAY_TAG = "__ndarray__"


def _textnps_version() -> str:
    from textnps import __version__

    return __version__


def _split_arrays(value: Any, arrays: dict[str, np.ndarray], where: str) -> Any:
    """Replace arrays in *value* by references, collecting them in *arrays*."""
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biufcUSM":
            raise ParameterError(
                f"Cannot save state entry {where!r}: arrays of dtype {value.dtype} would need "
                "pickle; expected numbers, booleans or strings."
            )
        key = f"a{len(arrays)}"
        arrays[key] = value
        return {_ARRAY_TAG: key}
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise ParameterError(f"Cannot save state entry {where!r}: key {k!r} is not a str.")
            out[k] = _split_arrays(v, arrays, f"{where}.{k}" if where else k)
        return out
    if isinstance(value, (list, tuple)):
        return [_split_arrays(v, arrays, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, (np.integer, np.bool_)):
        return value.item()
    if isinstance(value, np.floating):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return {"__float__": repr(value)}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise ParameterError(
        f"Cannot save state entry {where!r}: got a {type(value).__name__}, expected JSON-able "
        "values (str, int, float, bool, None, list, dict) or NumPy arrays."
    )


def _join_arrays(value: Any, arrays) -> Any:
    if isinstance(value, dict):
        if set(value) == {_ARRAY_TAG}:
            return arrays[value[_ARRAY_TAG]]
        if set(value) == {"__float__"}:
            return float(value["__float__"])
        return {k: _join_arrays(v, arrays) for k, v in value.items()}
    if isinstance(value, list):
        return [_join_arrays(v, arrays) for v in value]
    return value


def save_model(state: dict, path, *, kind: str, version: int) -> Path:
    """Write *state* to the folder *path* (created if needed) and return the path.

    Parameters
    ----------
    state : dict
        JSON-able values and NumPy arrays, nested freely (see the module docstring).
    path : str or Path
        Folder to write ``model.json`` and ``arrays.npz`` into.
    kind : str
        What the model is, e.g. ``"theme-discoverer"``; checked on load.
    version : int
        Format version of *state* as written by the caller; checked on load.
    """
    path = Path(path)
    arrays: dict[str, np.ndarray] = {}
    payload = {
        "format": FORMAT,
        "kind": kind,
        "format_version": int(version),
        "textnps_version": _textnps_version(),
        "state": _split_arrays(state, arrays, ""),
    }
    path.mkdir(parents=True, exist_ok=True)
    # Arrays first: a folder with model.json is then always complete.
    np.savez_compressed(path / ARRAYS_FILE, **arrays)
    (path / MODEL_FILE).write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def vectorizer_state(vec) -> dict | None:
    """A fitted ``TfidfVectorizer`` (lower-case off, sublinear TF) as JSON-able values and arrays; None stays None."""
    if vec is None:
        return None
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    return {"analyzer": vec.analyzer, "ngram_range": list(vec.ngram_range), "token_pattern": vec.token_pattern,
            "terms": np.array(terms, dtype=str), "idf": vec.idf_, "dtype": np.dtype(vec.dtype).name}


def vectorizer_from_state(state: dict | None):
    """The ``TfidfVectorizer`` saved by :func:`vectorizer_state`, ready to transform."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if state is None:
        return None
    terms = [str(t) for t in state["terms"]]
    vec = TfidfVectorizer(analyzer=state["analyzer"], ngram_range=tuple(state["ngram_range"]),
                          token_pattern=state["token_pattern"], lowercase=False, sublinear_tf=True,
                          vocabulary={t: i for i, t in enumerate(terms)}, dtype=np.dtype(state["dtype"]))
    vec.fit([""] if state["analyzer"] == "char_wb" else ["x"])  # sets up the fixed vocabulary
    vec.idf_ = np.asarray(state["idf"], dtype=float)
    return vec


def read_model_info(path) -> dict:
    """Return the header of a saved model: format, kind, format_version, textnps_version."""
    path = Path(path)
    file = path / MODEL_FILE
    if not file.is_file():
        raise InputError(
            f"No saved textnps model at {str(path)!r}: expected a folder containing {MODEL_FILE!r} "
            f"and {ARRAYS_FILE!r} (written by save())."
        )
    try:
        payload = json.loads(file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(
            f"The model file {str(file)!r} is not valid JSON ({exc}); was it edited or truncated?"
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        got = payload.get("format") if isinstance(payload, dict) else type(payload).__name__
        raise InputError(f"The file {str(file)!r} is not a textnps model: format is {got!r}, expected {FORMAT!r}.")
    return payload


def load_model(path, *, kind: str, version: int) -> dict:
    """Read a folder written by :func:`save_model` and return its state.

    Raises :class:`~textnps._errors.InputError` when the folder holds another
    *kind* of model or was written in another format *version*.
    """
    path = Path(path)
    payload = read_model_info(path)
    if payload.get("kind") != kind:
        raise InputError(
            f"The model at {str(path)!r} is a {payload.get('kind')!r} model, expected a {kind!r} model."
        )
    got = payload.get("format_version")
    if got != version:
        raise InputError(
            f"The {kind!r} model at {str(path)!r} has format version {got} (saved by textnps "
            f"{payload.get('textnps_version')}), but this textnps {_textnps_version()} reads format "
            f"version {version}. Refit the model with this version, or load it with textnps "
            f"{payload.get('textnps_version')}."
        )
    arrays_file = path / ARRAYS_FILE
    if not arrays_file.is_file():
        raise InputError(f"The model at {str(path)!r} has no {ARRAYS_FILE!r}; the folder is incomplete.")
    try:
        with np.load(arrays_file, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
    except ValueError as exc:  # NumPy refuses object arrays without allow_pickle
        raise InputError(
            f"The model at {str(path)!r} holds pickled objects; textnps never loads pickle. "
            f"The file may have been tampered with ({exc})."
        ) from None
    return _join_arrays(payload["state"], arrays)
