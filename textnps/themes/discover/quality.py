"""How good are discovered themes? Coherence and diversity of their top terms.

Plain functions on lists of terms, so any topic model (textnps, LDA,
BERTopic) is scored the same way on the same tokenised corpus.

NPMI coherence (Bouma 2009; Lau, Newman & Baldwin 2014), with documents as
the co-occurrence window::

    NPMI(a, b) = log(p(a, b) / (p(a) p(b))) / -log p(a, b)

where ``p(a)`` is the share of documents containing *a* and ``p(a, b)`` the
share containing both. A pair that never co-occurs scores -1, a pair that
always co-occurs +1. A theme's coherence is the mean over its term pairs; the
model's is the mean over its themes.

Topic diversity (Dieng, Ruiz & Blei 2020): the share of unique terms among
the top-*k* terms of all themes (1 = no theme repeats another's terms).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

__all__ = ["npmi_coherence", "npmi_matrix", "npmi_table", "coherent_terms", "topic_diversity"]


def _binary_matrix(docs: list, terms: list[str]) -> sp.csr_matrix:
    index = {t: i for i, t in enumerate(terms)}
    rows, cols = [], []
    for r, doc in enumerate(docs):
        for c in {index[t] for t in doc if t in index}:
            rows.append(r)
            cols.append(c)
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(terms)))


def npmi_coherence(topics: Sequence[Sequence[str]], docs: Iterable[Iterable[str]], *, top_n: int = 10,
                   per_topic: bool = False):
    """Mean NPMI of the top-*top_n* terms of each topic over the documents *docs*.

    Parameters
    ----------
    topics : list of list of str
        Terms of each topic, best first.
    docs : iterable of iterable of str
        The tokenised corpus (each document a list or set of tokens).
    per_topic : bool
        Return one score per topic instead of the mean.

    Examples
    --------
    >>> docs = [["price", "high"], ["price", "high"], ["staff", "kind"], ["staff", "kind"]]
    >>> round(npmi_coherence([["price", "high"], ["staff", "kind"]], docs), 3)
    1.0
    >>> round(npmi_coherence([["price", "kind"]], docs), 3)
    -1.0
    """
    topics = [list(t)[:top_n] for t in topics]
    terms = sorted({t for topic in topics for t in topic})
    docs = docs if isinstance(docs, list) else list(docs)
    if not docs:
        raise ValueError("npmi_coherence needs at least one document; got none.")
    index = {t: i for i, t in enumerate(terms)}
    scores = npmi_matrix(_binary_matrix(docs, terms), [[index[t] for t in topic] for topic in topics])
    return scores if per_topic else float(np.nanmean(scores)) if scores else float("nan")


def npmi_matrix(b: sp.spmatrix, topics: Sequence[Sequence[int]]) -> list[float]:
    """NPMI of each topic given as column indices of a document-term matrix *b*.

    Only whether a cell is non-zero matters, so a TF-IDF matrix works as is.
    """
    cols = sorted({c for topic in topics for c in topic})
    sub = (b.tocsc()[:, cols] != 0).astype(np.float64).tocsr()
    n = sub.shape[0]
    df = np.asarray(sub.sum(axis=0)).ravel() / n
    co = (sub.T @ sub).toarray() / n
    pos = {c: i for i, c in enumerate(cols)}
    scores = []
    for topic in topics:
        ids = [pos[c] for c in topic]
        pairs = []
        for a in range(len(ids)):
            for c in range(a + 1, len(ids)):
                i, j = ids[a], ids[c]
                p_ij = co[i, j]
                if p_ij == 0:
                    pairs.append(-1.0)
                elif p_ij >= 1:
                    pairs.append(1.0)
                else:
                    pairs.append(float(np.log(p_ij / (df[i] * df[j])) / -np.log(p_ij)))
        scores.append(float(np.mean(pairs)) if pairs else float("nan"))
    return scores


def npmi_table(b: sp.spmatrix, ids) -> np.ndarray:
    """NPMI of every pair of the columns *ids* of the document-term matrix *b* (diagonal NaN)."""
    sub = (b.tocsc()[:, list(ids)] != 0).astype(np.float64)
    n = sub.shape[0]
    p = np.asarray(sub.sum(axis=0)).ravel() / n
    co = (sub.T @ sub).toarray() / n
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log(co / np.outer(p, p)) / -np.log(co)
    out[co == 0] = -1.0
    out[co >= 1] = 1.0
    np.fill_diagonal(out, np.nan)
    return out


def coherent_terms(b: sp.spmatrix, candidates, n: int) -> list[int]:
    """The *n* of the *candidates* (column ids of *b*, heaviest first) that co-occur best, in their order.

    The candidate whose mean NPMI with the others left is lowest is dropped, one at a time, until
    *n* remain: a theme's heavy term that its other terms never meet in a comment (NMF gives a
    weight to words that complete a comment's vector) tells the reader little about the reason.

    >>> import scipy.sparse as sp
    >>> b = sp.csr_matrix([[1, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1]])
    >>> coherent_terms(b, [0, 2, 1], 2)
    [0, 1]
    """
    candidates = list(candidates)
    if len(candidates) <= n:
        return candidates
    table = npmi_table(b, candidates)
    keep = list(range(len(candidates)))
    while len(keep) > n:
        sub = table[np.ix_(keep, keep)]
        keep.pop(int(np.nanargmin(np.nanmean(sub, axis=1))))
    return [candidates[i] for i in keep]


def topic_diversity(topics: Sequence[Sequence[str]], *, top_n: int = 10) -> float:
    """Share of unique terms among the top-*top_n* terms of all topics.

    >>> topic_diversity([["a", "b"], ["b", "c"]])
    0.75
    """
    terms = [t for topic in topics for t in list(topic)[:top_n]]
    return len(set(terms)) / len(terms) if terms else float("nan")
