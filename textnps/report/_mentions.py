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
    polarity_codes : ndarray of uint8, shape (n_responses, n_themes)
        The polarity of each mention as a position in ``polarity_labels`` (0, ``""``, where there is none):
        a byte per cell, where a matrix of strings cost a pointer (eight) per cell, 270 MB at a million
        responses and 35 themes. Read it with :meth:`has_polarity` and :meth:`polarity_at`.
    polarity_labels : tuple of str
        ``""``, ``pos``, ``neg``, ``mixed``, then any other polarity the input had.
    source : dict
        theme id -> ``"codebook"`` or ``"discovery"``.
    present, polarity : DataFrame
        The same as frames with the input's index and the theme ids as columns.
    """

    def __init__(self, present: np.ndarray, polarity: np.ndarray, theme_ids: list, source: dict, index,
                 labels=None):
        """*polarity* is a matrix of polarity strings (``""`` where none), or of codes into *labels* when given."""
        if labels is None:
            polarity, labels = _encode(polarity)
        self.present_values = present
        self.polarity_codes = polarity
        self.polarity_labels = tuple(labels)
        self.theme_ids = list(theme_ids)
        self.source = source
        self._index = index

    def has_polarity(self, name: str) -> np.ndarray:
        """Boolean matrix: True where the mention's polarity is *name* (``"neg"``, ``"pos"`` ...)."""
        if name not in self.polarity_labels:
            return np.zeros(self.polarity_codes.shape, dtype=bool)
        return self.polarity_codes == self.polarity_labels.index(name)

    def polarity_at(self, rows, column: int) -> np.ndarray:
        """The polarity strings of theme *column* at *rows* (positions)."""
        return np.asarray(self.polarity_labels, dtype=object)[self.polarity_codes[rows, column]]

    @property
    def present(self) -> pd.DataFrame:
        return pd.DataFrame(self.present_values, index=self._index, columns=self.theme_ids)

    @property
    def polarity(self) -> pd.DataFrame:
        values = np.asarray(self.polarity_labels, dtype=object)[self.polarity_codes]
        return pd.DataFrame(values, index=self._index, columns=self.theme_ids)


def _labels_and_codes(polarities) -> tuple[list, np.ndarray]:
    """The labels (``""`` and :data:`POLARITIES` first) of the polarity strings *polarities*, and each one's code."""
    labels = {p: i for i, p in enumerate(("", *POLARITIES))}
    codes = np.fromiter((labels.setdefault(p, len(labels)) for p in polarities), dtype=np.int64,
                        count=len(polarities))
    if len(labels) > np.iinfo(np.uint8).max + 1:
        raise InputError(f"The themes column has {len(set(polarities) - {''})} different polarities; expected a few "
                         f"({', '.join(POLARITIES)}).")
    return list(labels), codes.astype(np.uint8)


def _encode(polarity: np.ndarray) -> tuple[np.ndarray, list]:
    """A matrix of polarity strings as codes and their labels."""
    labels, codes = _labels_and_codes(["" if p is None else str(p) for p in np.asarray(polarity, dtype=object).ravel()])
    return codes.reshape(np.shape(polarity)), labels


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
    polarity = np.zeros((len(df), len(ids)), dtype=np.uint8)
    labels, codes = _labels_and_codes(polarities)
    if rows:
        col = {t: i for i, t in enumerate(ids)}
        r = np.asarray(rows, dtype=np.int64)
        c = np.asarray([col[t] for t in found], dtype=np.int64)
        present[r, c] = True
        polarity[r, c] = codes
    return Mentions(present, polarity, ids, source, df.index, labels=labels)
