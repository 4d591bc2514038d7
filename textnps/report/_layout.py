"""What every report table shares: its two common settings, its row order, its ``segment`` column.

Used by :mod:`textnps.report.tables` and :mod:`textnps.report.trends`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from textnps import stats
from textnps._errors import ParameterError
from textnps.report._labels import ALL

__all__ = ["check_confidence_and_min_n", "group_order", "drop_segment_unless_asked"]


def check_confidence_and_min_n(confidence: float, min_n: int) -> None:
    """Raise :class:`~textnps._errors.ParameterError` unless 0 < *confidence* < 1 and *min_n* is an int >= 1."""
    if not 0 < confidence < 1:
        raise ParameterError(f"The 'confidence' parameter must be between 0 and 1. Got {confidence!r} instead.")
    if not isinstance(min_n, (int, np.integer)) or min_n < 1:
        raise ParameterError(f"The 'min_n' parameter must be a positive whole number. Got {min_n!r} instead.")


def group_order(values: pd.Series) -> pd.Series:
    """Sort key (``sort_values(key=...)``) that puts "(all)" first and categories in NPS order.

    >>> group_order(pd.Series(["promoter", ALL, "detractor"], name="category")).tolist()
    [3, 0, 1]
    """
    if values.name == "segment":
        return values.map(lambda v: (v != ALL, str(v)))
    if values.name == "category":
        order = {c: i for i, c in enumerate((ALL,) + stats.CATEGORIES)}
        return values.map(order)
    return values


def drop_segment_unless_asked(out: pd.DataFrame, segment: str | None) -> pd.DataFrame:
    """Drop the ``segment`` column when no segment was asked for (*segment* is None)."""
    return out.drop(columns="segment") if segment is None else out
