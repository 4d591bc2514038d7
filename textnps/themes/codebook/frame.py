"""The columns of the Preprocessor's frame that the codebook stages read, and how they are read.

``text_clean``, ``lemmas`` and ``lang`` are required; ``informative`` (non-answers carry no
theme) and the score column (the polarity of comments without sentiment words) change the
results when present, so a frame without them warns (see :mod:`textnps._contract`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["REQUIRED_COLUMNS", "informative_rows", "text_column"]

REQUIRED_COLUMNS = ("text_clean", "lemmas", "lang")


def text_column(X: pd.DataFrame, name: str) -> list[str]:
    """Column *name* of *X* as a list of str (``""`` where missing)."""
    return X[name].astype(object).where(X[name].notna(), "").astype(str).tolist()


def informative_rows(X: pd.DataFrame) -> np.ndarray | None:
    """Which rows are real answers (the Preprocessor's ``informative``), or None without that column."""
    return X["informative"].fillna(True).astype(bool).to_numpy() if "informative" in X else None
