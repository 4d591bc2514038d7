"""Active learning: which comments an analyst should code next.

Uncertainty of a comment = ``max over themes of 1 - |p - threshold| / max(threshold, 1 - threshold)``
(1 on the threshold, 0 when sure). Comments already coded, non-answers, empty and repeated
texts are skipped.
"""
from __future__ import annotations

import numbers

import numpy as np
import pandas as pd

from textnps._errors import ParameterError
from textnps.themes.codebook.frame import informative_rows, text_column

__all__ = ["check_n", "uncertain_comments"]


def check_n(n) -> None:
    """Raise :class:`ParameterError` unless *n* (how many comments to suggest) is a positive int."""
    if not isinstance(n, numbers.Integral) or isinstance(n, bool) or n < 1:
        raise ParameterError(f"The 'n' parameter of suggest_to_code must be a positive int. Got {n!r} instead.")


def uncertain_comments(X: pd.DataFrame, proba: np.ndarray, thresholds: np.ndarray, theme_ids: list[str], *,
                       n: int, labels_col: str | None = None) -> pd.DataFrame:
    """The *n* rows of *X* whose theme probabilities *proba* are nearest their *thresholds*, most uncertain first.

    Adds ``uncertainty`` and ``uncertain_theme`` (the theme nearest its threshold).
    """
    check_n(n)
    unc = 1 - np.abs(proba - thresholds) / np.maximum(thresholds, 1 - thresholds)
    informative = informative_rows(X)
    keep = np.ones(len(X), dtype=bool) if informative is None else informative.copy()
    if labels_col is not None and labels_col in X:
        keep &= X[labels_col].isna().to_numpy()
    text = pd.Series(text_column(X, "text_clean")).str.strip()
    keep &= ~text.str.lower().duplicated().to_numpy()
    keep &= text.ne("").to_numpy()
    best = unc.max(axis=1) if unc.size else np.zeros(len(X))
    order = [i for i in np.argsort(-best, kind="stable") if keep[i]][:n]
    out = X.iloc[order].copy()
    out["uncertainty"] = np.round(best[order], 4)
    out["uncertain_theme"] = [theme_ids[k] for k in unc[order].argmax(axis=1)] if len(order) else []
    return out
