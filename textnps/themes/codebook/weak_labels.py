"""Weak labels from a codebook's seeds: which themes' seeds match each comment.

``fit`` trains the n-gram model (:mod:`textnps.themes.codebook.ngram_model`) on these labels
where comments are not coded. ``general`` ("no other theme applies") is dropped from a
comment that carries another theme, both here and in the final decision.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from textnps.themes.codebook.frame import informative_rows, text_column
from textnps.themes.codebook.seeds import CATCH_ALL, SeedMatcher

__all__ = ["GENERAL", "drop_general_with_others", "seed_matrix", "training_rows"]

#: The catch-all theme id.
GENERAL = CATCH_ALL


def drop_general_with_others(m: np.ndarray, theme_ids: list[str]) -> np.ndarray:
    """*m* (n, n_themes; 0/1 or bool) with ``general`` switched off where another theme is on (in place)."""
    if GENERAL in theme_ids:
        g = theme_ids.index(GENERAL)
        m[np.delete(m, g, axis=1).any(axis=1), g] = 0
    return m


def seed_matrix(matcher: SeedMatcher, X: pd.DataFrame, theme_ids: list[str], *, progress: bool = False,
                desc: str = "seeds") -> tuple[np.ndarray, list[dict]]:
    """``(m, hits)``: 0/1 seed matches of shape (n, n_themes), and per row ``{theme index: spans}``.

    Non-answers (``informative == False``) match nothing.
    """
    texts, lemmas, langs = text_column(X, "text_clean"), text_column(X, "lemmas"), text_column(X, "lang")
    informative = informative_rows(X)
    m = np.zeros((len(X), len(theme_ids)), dtype=np.int8)
    hits = []
    for i, (t, l, g) in enumerate(tqdm(zip(texts, lemmas, langs), total=len(X), desc=desc,
                                       disable=not progress, leave=False)):
        found = matcher.match(t, l, g) if informative is None or informative[i] else {}
        hits.append(found)
        for k in found:
            m[i, k] = 1
    return drop_general_with_others(m, theme_ids), hits


def training_rows(coded: np.ndarray, max_train: int, random_state) -> np.ndarray:
    """Every coded row plus a seeded sample of at most *max_train* uncoded ones, in order."""
    uncoded = np.flatnonzero(~coded)
    if len(uncoded) > max_train:
        rng = np.random.default_rng(random_state)
        uncoded = np.sort(rng.choice(uncoded, size=max_train, replace=False))
    return np.sort(np.concatenate([np.flatnonzero(coded), uncoded]))
