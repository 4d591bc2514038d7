"""Which responses mention which theme: the ``themes`` column as a matrix.

The classifier writes ``themes`` as ``id:polarity`` pairs joined by ``;``
(``"price:neg;staff_service:pos"``, ``""`` for none). Discovery writes
``discovered_theme`` (the top cluster id, ``""`` when unassigned); clusters
count as themes of their own, named ``new:<cluster id>``, but only for
responses the codebook does not cover, so a comment is never counted twice.
"""
from __future__ import annotations

import sys

import numpy as np
import pandas as pd

from textnps._errors import InputError

__all__ = ["Mentions", "mentions", "DISCOVERED_PREFIX", "POLARITIES"]

DISCOVERED_PREFIX = "new:"
POLARITIES = ("pos", "neg", "mixed")


class Mentions:
    """Theme mentions of the responses of a frame, one column per theme.

    Attributes
    ----------
    theme_ids : list of str
        Themes mentioned at least once, codebook order first (when given),
        then any others in order of appearance, then discovered clusters.
    present_values : ndarray of bool, shape (n_responses, n_themes)
        True where the response mentions the theme.
    polarity_values : ndarray of str
        ``pos``/``neg``/``mixed`` where mentioned, ``""`` elsewhere.
    source : dict
        theme id -> ``"codebook"`` or ``"discovery"``.
    present, polarity : DataFrame
        The same as frames with the input's index and the theme ids as columns.
    """

    def __init__(self, present: np.ndarray, polarity: np.ndarray, theme_ids: list, source: dict, index):
        self.present_values = present
        self.polarity_values = polarity
        self.theme_ids = list(theme_ids)
        self.source = source
        self._index = index

    @property
    def present(self) -> pd.DataFrame:
        return pd.DataFrame(self.present_values, index=self._index, columns=self.theme_ids)

    @property
    def polarity(self) -> pd.DataFrame:
        return pd.DataFrame(self.polarity_values, index=self._index, columns=self.theme_ids)


def mentions(
    df: pd.DataFrame,
    *,
    themes: str = "themes",
    discovered: str | None = "discovered_theme",
    order=None,
) -> Mentions:
    """Parse the ``themes`` column (and ``discovered_theme`` when present).

    Parameters
    ----------
    themes : str
        The column of ``id:polarity`` pairs written by ``ThemeClassifier``.
    discovered : str or None
        The column of ``ThemeDiscoverer``'s top cluster id; ignored when absent.
    order : list of str, optional
        Theme ids in the order to report them (the codebook's).
    """
    if themes not in df.columns:
        raise InputError(
            f"The frame has no {themes!r} column: run ThemeClassifier first (it adds 'themes'). "
            f"Columns: {list(df.columns)}."
        )
    raw = df[themes].fillna("").astype(str).to_numpy(dtype=object)
    rows, found, polarities = [], [], []
    for i, value in enumerate(raw):  # a plain loop beats pandas string methods here
        if not value:
            continue
        for pair in value.split(";"):
            theme_id, _, polarity = pair.partition(":")
            theme_id = theme_id.strip()
            if theme_id:
                rows.append(i)
                found.append(theme_id)
                polarities.append(sys.intern(polarity.strip()))  # one object per polarity, not one per mention
    order = list(order or [])
    seen = list(dict.fromkeys(found))
    ids = [t for t in order if t in set(seen)] + [t for t in seen if t not in set(order)]
    source = {t: "codebook" for t in ids}
    if discovered and discovered in df.columns:
        cluster = df[discovered].fillna("").astype(str).to_numpy(dtype=object)
        for i, (value, name) in enumerate(zip(raw, cluster)):
            name = name.strip()
            if name and not value.strip():  # only comments the codebook does not cover
                rows.append(i)
                found.append(DISCOVERED_PREFIX + name)
                polarities.append("")
        new_ids = sorted(set(found) - set(ids))
        source.update({t: "discovery" for t in new_ids})
        ids += new_ids
    present = np.zeros((len(df), len(ids)), dtype=bool)
    polarity = np.full((len(df), len(ids)), "", dtype=object)
    if rows:
        col = {t: i for i, t in enumerate(ids)}
        r = np.asarray(rows, dtype=np.int64)
        c = np.asarray([col[t] for t in found], dtype=np.int64)
        present[r, c] = True
        polarity[r, c] = np.asarray(polarities, dtype=object)
    return Mentions(present, polarity, ids, source, df.index)
