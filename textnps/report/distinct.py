"""Each distinct comment of a chunk preprocessed and classified once, the results mapped back to its rows.

NPS exports repeat short comments (``Bra``, ``Ingen kommentar``, ``God service``);
a streamed chunk or a Dask partition (:mod:`textnps.report.chunked`) runs the
fitted models on each distinct value once. Both models work row by row once
fitted, so the result is the same as running them on every row:

- the :class:`~textnps.preprocess.Preprocessor` sees each distinct raw comment
  once; its counts of row kinds (``attrs``) are counted per row all the same:
  the distinct comments are preprocessed in groups of equal multiplicity *m*
  and each group's counts are multiplied by *m*;
- the :class:`~textnps.themes.codebook.classify.ThemeClassifier` sees each
  distinct (comment, NPS category) pair once (the score's category decides the
  polarity of a comment without sentiment words, and its sub-themes' polarity).
"""
from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from textnps.preprocess.pipeline import OUTPUT_COLUMNS
from textnps.preprocess.summary import SUMMARY_ATTR

__all__ = ["preprocess_distinct", "preprocessed", "classify_distinct", "distinct_codes", "score_groups", "in_pieces",
           "PIECE_ROWS"]

#: Rows a model transforms at once: a chunk's distinct comments go through in pieces of this many, so that the
#: models' working memory (tokens, seed matches, features of each row) is a piece's, not the whole chunk's.
PIECE_ROWS = 10_000


def in_pieces(transform, frame: pd.DataFrame) -> pd.DataFrame:
    """``transform(frame)``, computed :data:`PIECE_ROWS` rows at a time (both models work row by row once fitted);
    the pieces' counts of row kinds (the Preprocessor's ``attrs``) are summed."""
    if len(frame) <= PIECE_ROWS:
        return transform(frame)
    parts = [transform(frame.iloc[i:i + PIECE_ROWS]) for i in range(0, len(frame), PIECE_ROWS)]
    counts = Counter()
    for part in parts:
        counts.update(part.attrs.get(SUMMARY_ATTR, {}))
    attrs = dict(parts[0].attrs)
    out = pd.concat(parts)
    out.attrs = attrs
    if SUMMARY_ATTR in attrs:
        out.attrs[SUMMARY_ATTR] = {k: int(v) for k, v in counts.items()}
    return out


def distinct_codes(values) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, first)``: each value's number among the distinct values (missing values are one value), and the
    position of each distinct value's first row."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).to_numpy(), use_na_sentinel=False)
    codes = np.asarray(codes, dtype=np.int64)
    first = np.full(len(uniques), -1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)  # the last write of each code is its first row
    return codes, first


def preprocess_distinct(frame: pd.DataFrame, pre) -> tuple[pd.DataFrame, np.ndarray]:
    """``(pre.transform(frame), codes)``, computed on each distinct comment once; *codes* number the distinct raw
    comments of the rows (the preprocessed columns depend on the raw comment alone)."""
    text = frame[pre.text_col]
    codes, first = distinct_codes(text)
    if any(c in frame.columns and c != pre.text_col for c in OUTPUT_COLUMNS) or len(first) == len(frame):
        return in_pieces(pre.transform, frame), np.arange(len(frame), dtype=np.int64)  # nothing repeated (or renamed)
    multiplicity = np.bincount(codes, minlength=len(first))
    distinct = pd.DataFrame({pre.text_col: text.iloc[first].to_numpy(dtype=object)})
    parts, counts = [], Counter()
    for m in np.unique(multiplicity):  # counts per row: each group's counts times its multiplicity
        members = np.flatnonzero(multiplicity == m)
        part = in_pieces(pre.transform, distinct.iloc[members])
        counts.update({k: int(v) * int(m) for k, v in part.attrs.get(SUMMARY_ATTR, {}).items()})
        parts.append(part[list(OUTPUT_COLUMNS)])
    done = pd.concat(parts).sort_index()  # distinct.iloc[members] kept distinct's 0..U-1 index
    out = frame.copy()
    for name in OUTPUT_COLUMNS:
        out[name] = pd.Series(done[name].to_numpy()[codes], index=frame.index, dtype=done[name].dtype)
    out.attrs[SUMMARY_ATTR] = dict(counts)
    return out, codes


def preprocessed(frame: pd.DataFrame, pre) -> pd.DataFrame:
    """``pre.transform(frame)``, each distinct comment preprocessed once (:func:`preprocess_distinct`)."""
    return preprocess_distinct(frame, pre)[0]


def score_groups(scores: pd.Series) -> np.ndarray:
    """Scores the classifier treats alike share a number: a whole score 0-10 counts only by its NPS category
    (0-6, 7-8, 9-10: the polarity fallback and the sub-themes' polarity read nothing else); any other value
    (missing, out of range) is a group of its own."""
    s = pd.to_numeric(scores, errors="coerce").to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        valid = (s >= 0) & (s <= 10) & (s % 1 == 0)
        category = np.select([s <= 6, s <= 8], [0, 1], 2)
    other, _ = distinct_codes(s)
    return np.where(valid, category, 3 + other)


def classify_distinct(frame: pd.DataFrame, clf, text_codes: np.ndarray) -> pd.DataFrame:
    """``clf.transform(frame)``, computed on each distinct (comment, NPS category) pair once (:func:`score_groups`);
    *text_codes* number the distinct comments (from :func:`preprocess_distinct`)."""
    score_col = getattr(clf, "score_col", "score")
    if score_col in frame.columns:
        score_codes = score_groups(frame[score_col])
        keys = text_codes * (int(score_codes.max(initial=0)) + 1) + score_codes
    else:
        keys = text_codes
    codes, first = distinct_codes(keys)
    if len(first) == len(frame):
        return in_pieces(clf.transform, frame)
    done = in_pieces(clf.transform, frame.iloc[first])
    added = [c for c in done.columns if c not in frame.columns]
    out = frame.copy()
    for name in added:
        out[name] = pd.Series(done[name].to_numpy()[codes], index=frame.index, dtype=done[name].dtype)
    return out
