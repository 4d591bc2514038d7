"""What ``analyze`` and ``compare_waves`` do to their input first: read it into the canonical
columns, and preprocess it (counting what was cut), with the notes the report shows."""
from __future__ import annotations

import inspect
import warnings
from pathlib import Path

import pandas as pd

from textnps._errors import InputError

__all__ = ["MIN_DISCOVER", "load_input", "load_book", "init_options", "preprocess_input"]

#: Fewer comments without a codebook theme than this are not worth clustering (analyze, compare_waves).
MIN_DISCOVER = 50


def load_input(data, *, notes: list, errors: str, **columns) -> pd.DataFrame:
    """The survey as a frame with the canonical columns (score, text, empty_comment, ...)."""
    from textnps import io

    if not isinstance(data, (str, Path, pd.DataFrame)):
        raise InputError(f"analyze expects a file path or a pandas DataFrame; got {type(data).__name__}.")
    if isinstance(data, pd.DataFrame) and not any(columns.values()) and {"score", "text"} <= set(data.columns):
        # already canonical (read_survey / load_sample_survey output, or a classified frame)
        frame = data.copy()
        if "empty_comment" not in frame.columns:
            frame["empty_comment"] = frame["text"].fillna("").astype(str).str.strip() == ""
        return frame
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if isinstance(data, pd.DataFrame):
            frame = io.standardize_survey(data, errors=errors, **columns)
        else:
            frame = io.read_survey(data, errors=errors, **columns)
    notes += [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    return frame


def load_book(codebook):
    """The codebook named or given, loaded (None: none)."""
    try:
        from textnps.themes.codebook.format import load_codebook
    except ImportError:  # the codebook module is not there yet
        return None
    return load_codebook(codebook) if codebook is not None else None


def init_options(estimator, **wanted) -> dict:
    """The keyword arguments of *wanted* that the estimator's ``__init__`` accepts."""
    accepted = inspect.signature(estimator.__init__).parameters
    return {k: v for k, v in wanted.items() if k in accepted}


def preprocess_input(frame: pd.DataFrame, *, progress: bool, n_jobs: int, notes: list) -> pd.DataFrame:
    """*frame* preprocessed (unless it already is), with a note counting the comments cut to length."""
    if "text_clean" in frame.columns:
        return frame
    try:
        from textnps.preprocess import Preprocessor
    except ImportError:
        notes.append("Preprocessing is not available: comments are not shown (they are not redacted).")
        return frame
    step = Preprocessor(**init_options(Preprocessor, text_col="text", progress=progress, n_jobs=n_jobs))
    out = step.fit_transform(frame)
    n_cut = int(out["truncated"].sum()) if "truncated" in out.columns else 0
    if n_cut:
        notes.append(f"{n_cut} comment(s) longer than {step.max_chars:,} characters were cut to that length "
                     "(marked in 'truncated' in tables/responses.csv); their themes come from the cut text.")
    return out
