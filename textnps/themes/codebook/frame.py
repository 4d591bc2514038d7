"""The columns of the Preprocessor's frame that the codebook stages read, and how they are read.

``text_clean``, ``lemmas`` and ``lang`` are required; ``informative`` (non-answers carry no
theme) and the score column (the polarity of comments without sentiment words) change the
results when present, so a frame without them warns (see :mod:`textnps._contract`).
:func:`refiner_frame` builds the frame a :class:`~textnps.themes.codebook.refiner.ThemeRefiner` reads.
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from textnps._errors import InputError

__all__ = ["REQUIRED_COLUMNS", "informative_rows", "refiner_frame", "text_column"]

REQUIRED_COLUMNS = ("text_clean", "lemmas", "lang")


def text_column(X: pd.DataFrame, name: str) -> list[str]:
    """Column *name* of *X* as a list of str (``""`` where missing)."""
    values = X[name].tolist()
    if all(type(v) is str for v in values):  # the usual column: all text, none missing (the same list, faster)
        return values
    return X[name].astype(object).where(X[name].notna(), "").astype(str).tolist()


def informative_rows(X: pd.DataFrame) -> np.ndarray | None:
    """Which rows are real answers (the Preprocessor's ``informative``), or None without that column."""
    return X["informative"].fillna(True).astype(bool).to_numpy() if "informative" in X else None


def refiner_frame(lemmas, seeds, proba, theme_ids, *, langs=None, index=None, clauses=None) -> pd.DataFrame:
    """The frame :class:`ThemeRefiner` reads: ``lemmas``, ``lang`` (when *langs* is given), per theme
    ``seed_<id>`` (0/1 zero-shot seed matches) and ``p_<id>`` (zero-shot probability), and with *clauses*
    (per theme, per comment: :func:`~textnps.themes.codebook.seed_clauses.seed_clause_texts`) ``clause_<id>``."""
    seeds, proba = np.asarray(seeds, dtype=float), np.asarray(proba, dtype=float)
    columns = {"lemmas": list(lemmas)} | ({} if langs is None else {"lang": list(langs)})
    n, m = len(columns["lemmas"]), len(theme_ids)
    if not (seeds.shape == proba.shape == (n, m)):
        raise InputError(f"ThemeRefiner expects seeds and proba of shape ({n}, {m}) for {n} comments and {m} "
                         f"themes; got {seeds.shape} and {proba.shape}.")
    columns |= {f"seed_{t}": seeds[:, k] for k, t in enumerate(theme_ids)}
    columns |= {f"p_{t}": proba[:, k] for k, t in enumerate(theme_ids)}
    if clauses is not None:
        if len(clauses) != m or any(len(c) != n for c in clauses):
            raise InputError(f"ThemeRefiner expects clauses as {m} lists (one per theme) of {n} texts; got "
                             f"{[len(c) for c in clauses]}.")
        columns |= {f"clause_{t}": list(clauses[k]) for k, t in enumerate(theme_ids)}
    return pd.DataFrame(columns, index=index)


def old_refiner_call(method: str, lemmas, seeds, *args, langs=None):
    """The arguments of the deprecated ``ThemeRefiner.fit(lemmas, seeds, proba, Y, theme_ids)`` and
    ``predict_proba(lemmas, seeds, proba)`` calls, as the new ones take them (with a FutureWarning)."""
    warnings.warn(f"ThemeRefiner.{method}(lemmas, seeds, proba, ...) is deprecated: pass "
                  f"X=refiner_frame(lemmas, seeds, proba, theme_ids, langs=...) and y (the codes) instead; "
                  "the old call will be removed in textnps 0.3.", FutureWarning, stacklevel=3)
    if method == "fit":
        proba, Y, theme_ids = args
        return refiner_frame(lemmas, seeds, proba, theme_ids, langs=langs), Y
    (proba,) = args
    return lemmas, seeds, proba
