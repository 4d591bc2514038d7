"""What ``analyze`` and ``compare_waves`` do to their input first: read it into the canonical
columns, and preprocess it (counting what was cut), with the notes the report shows."""
from __future__ import annotations

import inspect
import warnings
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from textnps._errors import InputError, ParameterError
from textnps.report.notes import note

__all__ = ["MIN_DISCOVER", "load_input", "load_book", "init_options", "preprocess_input", "window_bound",
           "apply_window", "select_rows", "window_notes", "truncation_notes"]

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
        notes.append(note("preprocessing_unavailable"))
        return frame
    step = Preprocessor(**init_options(Preprocessor, text_col="text", progress=progress, n_jobs=n_jobs))
    out = step.fit_transform(frame)
    notes += truncation_notes(int(out["truncated"].sum()) if "truncated" in out.columns else 0, step.max_chars)
    return out


def truncation_notes(n_cut: int, max_chars: int) -> list[str]:
    """The note counting the comments cut to the preprocessor's *max_chars* (none when none was)."""
    return [note("truncated", n=n_cut, max_chars=int(max_chars))] if n_cut else []


def window_bound(name: str, value) -> pd.Timestamp | None:
    """*value* of the ``since``/``until`` setting as a Timestamp (None stays None); ISO text such as
    ``"2026-01-31"``, a date or a Timestamp. Anything else is a :class:`ParameterError` naming it."""
    if value is None or isinstance(value, (pd.Timestamp, datetime, date)):
        return None if value is None else pd.Timestamp(value)
    if isinstance(value, str):
        try:
            return pd.Timestamp(datetime.fromisoformat(value.strip()))
        except ValueError:
            pass
    raise ParameterError(f"The '{name}' setting must be an ISO date such as 2026-01-31. Got {value!r} instead.")


def apply_window(frame: pd.DataFrame, *, since=None, until=None, notes: list) -> pd.DataFrame:
    """The responses dated from *since* through *until* (both inclusive; a date alone means the whole day).

    Rows outside the window, and rows without a date once a window is set, are left out of every table
    and counted in *notes*.
    """
    start, end = window_bound("since", since), window_bound("until", until)
    if start is None and end is None:
        return frame
    if start is not None and end is not None and start > end:
        raise ParameterError(f"The time window is empty: since={since!r} is after until={until!r}.")
    if "date" not in frame.columns:
        raise ParameterError("since/until need a date column; the survey has none (give date_col=).")
    dates = pd.to_datetime(frame["date"], errors="coerce")
    tz = getattr(dates.dt, "tz", None)
    if tz is not None:
        start, end = (b.tz_localize(tz) if b is not None and b.tzinfo is None else b for b in (start, end))
    inside = dates.notna()
    if start is not None:
        inside &= dates >= start
    if end is not None:
        inside &= dates < end + pd.Timedelta(days=1) if end == end.normalize() else dates <= end
    n_undated = int(dates.isna().sum())
    notes += window_notes(len(frame), int((~inside).sum()) - n_undated, n_undated, since=since, until=until)
    return frame[inside.to_numpy()].copy()


def window_notes(n_total: int, n_outside: int, n_undated: int, *, since, until) -> list[str]:
    """The notes saying how many of *n_total* responses a time window left out (none when it left none)."""
    window = f"{since if since is not None else '…'} – {until if until is not None else '…'}"
    notes = []
    if n_outside:
        notes.append(note("outside_window", n=n_outside, total=n_total, window=window))
    if n_undated:
        notes.append(note("undated_window", n=n_undated, total=n_total, window=window))
    return notes


def select_rows(frame: pd.DataFrame, *, since=None, until=None, where=None, notes: list) -> pd.DataFrame:
    """The responses in the time window (:func:`apply_window`) that match the ``where`` filter
    (:mod:`textnps.report.filters`; it may name ``category`` too); both count what they leave out in *notes*."""
    from textnps.report.filters import apply_filter

    frame = apply_window(frame, since=since, until=until, notes=notes)
    if where is None or "category" in frame.columns or "score" not in frame.columns:
        return apply_filter(frame, where, notes=notes)
    from textnps.stats import nps_category

    with_category = frame.assign(category=nps_category(frame["score"]).astype(str))
    kept = apply_filter(with_category, where, notes=notes)
    return kept.drop(columns="category")
