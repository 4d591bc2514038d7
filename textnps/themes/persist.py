"""Save and load fitted models as plain files: JSON + NumPy ``.npz``, never pickle.

A model is a folder::

    model/
      model.json    {"format": "textnps-model", "kind": ..., "format_version": ...,
                     "textnps_version": ..., "state": {...}}
      arrays.npz    the NumPy arrays of the state (numbers, booleans or strings; never objects)

The *state* is a dict of JSON-able values (str, int, float, bool, None, lists,
dicts with str keys) and NumPy arrays of numbers, strings or booleans, nested
freely. Arrays are stored in ``arrays.npz`` and referenced from the JSON as
``{"__ndarray__": "<key>"}``. Loading parses JSON and reads each array's
``.npy`` header itself before reading its data, so a model file cannot run
code, and a damaged or tampered folder fails with
:class:`~textnps._errors.ModelFileError` naming the file and what is wrong,
before anything large is read. The limits:

=========================  ==========================================================
``MAX_JSON_BYTES``         64 MiB for ``model.json``
``MAX_JSON_DEPTH``         32 levels of nested lists and objects
``MAX_ARRAYS``             10,000 arrays in ``arrays.npz``
``MAX_ARRAY_ELEMENTS``     50 million elements in one array
``MAX_ARRAY_BYTES``        256 MiB in one array (its header's shape x item size)
``MAX_TOTAL_BYTES``        1 GiB for all arrays together
``MAX_RATIO``              200: an array over 4 MiB may not be more than 200 times its
                           compressed size (stored or deflated members only)
``MAX_PATTERN_CHARS``      200 characters for a vectoriser's ``token_pattern``
=========================  ==========================================================

The shipped ``nordic-cx`` refiner holds 0.9 MB of arrays (0.3 MB compressed, largest ratio 20).
Every estimator declares its *kind* (``"theme-discoverer"``, ...) and the
*format version* it writes; :func:`load_model` refuses a folder of another kind
or version with a message saying which version wrote it and what to do.
Loaders decorated with :func:`loads_model` turn a state that does not fit the
estimator (a missing entry, an unknown parameter, a value of the wrong type)
into the same error, and :func:`check_shapes` checks the arrays fit together.
"""
from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np

from textnps._errors import InputError, ModelFileError, ParameterError, TextNPSError, close_match_hint
from textnps.themes._npz import (MAX_ARRAY_BYTES, MAX_ARRAY_ELEMENTS, MAX_ARRAYS, MAX_RATIO, MAX_TOTAL_BYTES,
                                 read_arrays)

__all__ = ["save_model", "load_model", "read_model_info", "vectorizer_state", "vectorizer_from_state", "MODEL_FILE",
           "ARRAYS_FILE", "loads_model", "check_shapes", "MAX_JSON_BYTES", "MAX_JSON_DEPTH", "MAX_ARRAYS",
           "MAX_ARRAY_ELEMENTS", "MAX_ARRAY_BYTES", "MAX_TOTAL_BYTES", "MAX_RATIO", "MAX_PATTERN_CHARS"]

FORMAT = "textnps-model"
MODEL_FILE = "model.json"
ARRAYS_FILE = "arrays.npz"
_ARRAY_TAG = "__ndarray__"
_FLOAT_TAG = "__float__"

MAX_JSON_BYTES = 64 * 2**20
MAX_JSON_DEPTH = 32
MAX_PATTERN_CHARS = 200


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


class _State(dict):
    """A dict of a loaded state; a missing entry raises :class:`ModelFileError` naming the file and the entry."""

    def __init__(self, items, *, file: str, where: str):
        super().__init__(items)
        self.file, self.where = file, where

    def __missing__(self, key):
        raise ModelFileError(
            f"The model file {self.file!r} has no entry {_entry(self.where, key)!r}; expected one "
            f"(entries there: {sorted(self)}). The file was edited, truncated or written by another program."
        )


def _entry(where: str, key) -> str:
    return f"{where}.{key}" if where else str(key)


def _join_arrays(value: Any, arrays: dict, file: str, where: str = "state") -> Any:
    if isinstance(value, dict):
        if _ARRAY_TAG in value and len(value) == 1:
            key = value[_ARRAY_TAG]
            if not isinstance(key, str) or key not in arrays:
                raise ModelFileError(
                    f"The model file {file!r} refers to array {key!r} at {where!r}, which is not in "
                    f"{ARRAYS_FILE!r} (it holds {sorted(arrays)[:10]}{' ...' if len(arrays) > 10 else ''})."
                )
            return arrays[key]
        if _FLOAT_TAG in value and len(value) == 1:
            text = value[_FLOAT_TAG]
            if not isinstance(text, str) or text.strip().lower() not in ("nan", "inf", "-inf"):
                raise ModelFileError(f"The model file {file!r} has {value!r} at {where!r}; expected "
                                     f"{{{_FLOAT_TAG!r}: 'nan', 'inf' or '-inf'}}.")
            return float(text)
        return _State({k: _join_arrays(v, arrays, file, _entry(where, k)) for k, v in value.items()},
                      file=file, where=where)
    if isinstance(value, list):
        return [_join_arrays(v, arrays, file, f"{where}[{i}]") for i, v in enumerate(value)]
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


_ANALYZERS = ("word", "char", "char_wb")
_VECTOR_DTYPES = ("float32", "float64")
# A quantified group that is itself quantified, e.g. (a+)+ or (\w*)*: the shape of catastrophic backtracking.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]")


def _token_pattern(value, file: str, where: str) -> str:
    """A saved ``token_pattern``, checked: a short str that compiles, at most one group, no nested quantifiers."""
    problem = None
    if not isinstance(value, str):
        problem = f"is a {type(value).__name__}, expected a str"
    elif len(value) > MAX_PATTERN_CHARS:
        problem = f"has {len(value)} characters, more than the {MAX_PATTERN_CHARS} allowed"
    elif _NESTED_QUANTIFIER.search(value):
        problem = "has a quantified group inside a quantifier (slow to match on some texts)"
    else:
        try:
            if re.compile(value).groups > 1:
                problem = "has more than one capturing group"
        except (re.error, RecursionError, OverflowError) as exc:
            problem = f"is not a regular expression ({exc})"
    if problem:
        raise ModelFileError(f"The model file {file!r}: {where}.token_pattern {str(value)[:60]!r} {problem}.")
    return value


def vectorizer_from_state(state: dict | None):
    """The ``TfidfVectorizer`` saved by :func:`vectorizer_state`, ready to transform.

    Every value is checked first (analyzer, n-gram range, token pattern, terms,
    IDF weights, dtype): a tampered state raises :class:`ModelFileError`.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if state is None:
        return None
    file, where = getattr(state, "file", "<state>"), getattr(state, "where", "vectorizer")

    def bad(entry: str, value, expected: str):
        raise ModelFileError(f"The model file {file!r}: {where}.{entry} is {value!r}, expected {expected}.")

    if not isinstance(state, dict):
        bad("", state, "an object")
    if state["analyzer"] not in _ANALYZERS:
        bad("analyzer", state["analyzer"], f"one of {list(_ANALYZERS)}")
    ngrams = state["ngram_range"]
    if not (isinstance(ngrams, list) and len(ngrams) == 2 and all(type(v) is int for v in ngrams)
            and 1 <= ngrams[0] <= ngrams[1] <= 10):
        bad("ngram_range", ngrams, "[low, high] with 1 <= low <= high <= 10")
    pattern = _token_pattern(state["token_pattern"], file, where)
    if state["dtype"] not in _VECTOR_DTYPES:
        bad("dtype", state["dtype"], f"one of {list(_VECTOR_DTYPES)}")
    terms, idf = state["terms"], state["idf"]
    if not (isinstance(terms, np.ndarray) and terms.ndim == 1 and terms.dtype.kind == "U"):
        bad("terms", type(terms).__name__, "a 1-d array of str")
    if not (isinstance(idf, np.ndarray) and idf.shape == terms.shape and idf.dtype.kind == "f"
            and np.isfinite(idf).all()):
        bad("idf", f"{getattr(idf, 'dtype', type(idf).__name__)} {getattr(idf, 'shape', '')}",
            f"{len(terms)} finite floats, one per term")
    terms = [str(t) for t in terms]
    if len(set(terms)) != len(terms):
        bad("terms", f"{len(terms) - len(set(terms))} repeated term(s)", "each term once")
    vec = TfidfVectorizer(analyzer=state["analyzer"], ngram_range=tuple(ngrams),
                          token_pattern=pattern, lowercase=False, sublinear_tf=True,
                          vocabulary={t: i for i, t in enumerate(terms)}, dtype=np.dtype(state["dtype"]))
    vec.fit([""] if state["analyzer"] == "char_wb" else ["x"])  # sets up the fixed vocabulary
    vec.idf_ = np.asarray(idf, dtype=float)
    return vec


def _check_depth(value: Any, file: str) -> None:
    """Refuse JSON nested deeper than MAX_JSON_DEPTH (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise ModelFileError(f"The model file {str(file)!r} is nested more than {MAX_JSON_DEPTH} levels deep; "
                                 "textnps models are not. The file was tampered with or is not a textnps model.")
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def read_model_info(path) -> dict:
    """Return the header of a saved model: format, kind, format_version, textnps_version (and its state).

    ``model.json`` is checked before it is parsed (at most ``MAX_JSON_BYTES``)
    and after (at most ``MAX_JSON_DEPTH`` levels deep).
    """
    path = Path(path)
    file = path / MODEL_FILE
    if not file.is_file():
        raise InputError(
            f"No saved textnps model at {str(path)!r}: expected a folder containing {MODEL_FILE!r} "
            f"and {ARRAYS_FILE!r} (written by save())."
        )
    size = file.stat().st_size
    if size > MAX_JSON_BYTES:
        raise ModelFileError(f"The model file {str(file)!r} is {size:,} bytes, more than the {MAX_JSON_BYTES:,} "
                             "a textnps model.json may have (MAX_JSON_BYTES).")
    try:
        payload = json.loads(file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelFileError(
            f"The model file {str(file)!r} is not valid JSON ({exc}); was it edited or truncated?"
        ) from None
    except RecursionError:
        raise ModelFileError(f"The model file {str(file)!r} is nested more than {MAX_JSON_DEPTH} levels deep; "
                             "textnps models are not. The file was tampered with or is not a textnps model.") from None
    _check_depth(payload, str(file))
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        got = payload.get("format") if isinstance(payload, dict) else type(payload).__name__
        raise ModelFileError(f"The file {str(file)!r} is not a textnps model: format is {got!r}, expected {FORMAT!r}.")
    return payload


def load_model(path, *, kind: str, version: int) -> dict:
    """Read a folder written by :func:`save_model` and return its state.

    Raises :class:`~textnps._errors.InputError` when the folder holds another
    *kind* of model or was written in another format *version*, and its
    subclass :class:`~textnps._errors.ModelFileError` when a file is damaged,
    tampered with or over a limit (see the module docstring). A missing entry
    of the returned state raises ModelFileError too.
    """
    path = Path(path)
    payload = read_model_info(path)
    file = str(path / MODEL_FILE)
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
    if not isinstance(payload.get("state"), dict):
        raise ModelFileError(f"The model file {file!r} has no 'state' object (got "
                             f"{type(payload.get('state')).__name__}); the file was edited or truncated.")
    arrays_file = path / ARRAYS_FILE
    if not arrays_file.is_file():
        raise InputError(f"The model at {str(path)!r} has no {ARRAYS_FILE!r}; the folder is incomplete.")
    arrays = read_arrays(arrays_file)
    return _join_arrays(payload["state"], arrays, file)


_UNEXPECTED = re.compile(r"unexpected keyword argument '([^']+)'")


def loads_model(func):
    """Decorate a loader ``(cls, path_or_state, ...)``: a state that does not fit raises :class:`ModelFileError`.

    A missing entry, an unknown parameter or a value of the wrong type or shape
    (a ``KeyError``, ``TypeError``, ``ValueError``, ``IndexError`` or
    ``AttributeError`` inside the loader) becomes one clear line naming the file.
    """

    @functools.wraps(func)
    def wrapper(cls, source, *args, **kwargs):
        try:
            return func(cls, source, *args, **kwargs)
        except TextNPSError:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            file = getattr(source, "file", None) or str(Path(source) / MODEL_FILE)
            unknown = _UNEXPECTED.search(str(exc))
            if unknown:
                names = cls._get_param_names() if hasattr(cls, "_get_param_names") else []
                problem = (f"has the unknown parameter {unknown.group(1)!r}; {cls.__name__} takes {names}."
                           + close_match_hint(unknown.group(1), names))
            else:
                problem = f"does not hold a valid {cls.__name__} state ({type(exc).__name__}: {exc})."
            raise ModelFileError(f"The model file {file!r} {problem} The file was edited or written by another "
                                 "program; save the model again.") from None

    return wrapper


def check_shapes(state, arrays: dict[str, tuple[Any, tuple]]) -> None:
    """Raise :class:`ModelFileError` unless each named array has the expected shape (None: any length).

    *state* is the loaded state (it knows its file); *arrays* maps an entry
    name to ``(array, expected_shape)``.
    """
    file = getattr(state, "file", "<state>")
    for name, (value, expected) in arrays.items():
        shape = np.shape(value)
        fits = len(shape) == len(expected) and all(e is None or s == e for s, e in zip(shape, expected))
        if not fits:
            shown = tuple("any" if e is None else e for e in expected)
            raise ModelFileError(f"The model file {file!r}: entry {name!r} has shape {shape}, expected {shown}; "
                                 "the arrays do not fit together, so the file was edited or mixed up.")
