"""Parsing NPS scores the way Nordic survey tools export them.

Accepted, for an integer from 0 to 10: ``9``, ``9.0``, ``"9"``, ``"9,0"``,
``"10 - Mycket troligt"``, ``"0 = Slet ikke sandsynligt"``, ``"10 (Extremely
likely)"``, ``"9: Svært sannsynlig"``. Anything else (``9.5``, ``11``, ``-1``,
``"ti"``, an empty cell) is not a score.
"""
from __future__ import annotations

import math
import re
from numbers import Number

import numpy as np
import pandas as pd

from textnps._errors import InputError, show_rows

__all__ = ["parse_score", "parse_scores"]

# A leading integer, an optional ".0"/",0", then the end or a separator that
# starts the answer's label ("10 - Mycket troligt", "0 = Slet ikke ...").
_SCORE = re.compile(
    r"""^\s*\+?(?P<n>\d{1,2})(?:[.,]0+)?\s*   # the number, 9 or 9.0 or 9,0
        (?:\.?$|[-–—=:(/|]\s*(?!\d)|\s+[^\d\s.,])  # end, or a label after a separator
    """,
    re.VERBOSE,
)


def parse_score(value) -> int | None:
    """Return the 0–10 score in *value*, or ``None`` when it holds none.

    >>> parse_score("10 - Mycket troligt"), parse_score("9,0"), parse_score(11)
    (10, 9, None)
    """
    if value is None or value is pd.NA or isinstance(value, bool):
        return None
    if isinstance(value, Number):
        value = float(value)
        if math.isnan(value) or not value.is_integer():
            return None
        n = int(value)
        return n if 0 <= n <= 10 else None
    if not isinstance(value, str):
        return None
    match = _SCORE.match(value)
    if match is None:
        return None
    n = int(match["n"])
    return n if 0 <= n <= 10 else None


def parse_scores(values: pd.Series, *, column: str = "score", errors: str = "raise") -> pd.Series:
    """Parse a column of scores into nullable integers (``Int64``).

    With ``errors="raise"`` any value that is not a score raises
    :class:`~textnps.InputError` naming the column, how many values are bad and
    the first offending rows. With ``errors="coerce"`` they become ``<NA>``.
    """
    if pd.api.types.is_integer_dtype(values.dtype) and not isinstance(values.dtype, pd.CategoricalDtype):
        parsed = values.astype("Int64")
        parsed = parsed.where((parsed >= 0) & (parsed <= 10))
    else:
        # Exports repeat a handful of distinct values: parse each once.
        uniques = pd.unique(values.to_numpy(dtype=object))
        lookup = {u: parse_score(u) for u in uniques if not _is_missing(u)}
        parsed = pd.Series(
            [lookup.get(v) if not _is_missing(v) else None for v in values.to_numpy(dtype=object)],
            index=values.index,
            dtype="Int64",
        )
    bad = parsed.isna()
    if bad.any() and errors == "raise":
        rows = values.index[bad.to_numpy()]
        raw = values[bad]
        raise InputError(
            f"Column {column!r} has {int(bad.sum())} value(s) that are not NPS scores "
            f"(whole numbers 0-10, e.g. 9, '9,0' or '10 - Mycket troligt'): "
            f"{show_rows(list(rows), [_show(v) for v in raw])}. "
            "Fix them, or pass errors='coerce' (CLI: --errors coerce) to drop those rows."
        )
    return parsed


def _is_missing(value) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and np.isnan(value)


def _show(value):
    return "<empty>" if _is_missing(value) or (isinstance(value, str) and not value.strip()) else value
