"""Reasons first: every NPS category's reasons get themes, and near-duplicate themes become one.

Fitted on all comments as they come, NMF spends its themes where the mass is: in a survey of
mostly promoters the praise is split into fine themes (five ways of saying "friendly staff")
while every reason to be unhappy falls into one catch-all. Three remedies, each a plain function:

* :func:`category_weights` -- each comment's row is scaled so that detractors, passives and
  promoters weigh the same in the fit (NMF's squared error counts a row scaled by ``c`` ``c**2``
  times, so the scale is the square root of ``n / (n_categories * n_category)``). Assignment
  afterwards uses the unscaled rows.
* :func:`domain_terms` -- the survey's own subject (*forsikring*, *butik*, *försäkring*): terms
  in at least ``min_share`` of the comments of *every* category describe no reason; their IDF is
  halved so no theme is built from them (they still help to place a comment).
* :func:`merge_duplicates` -- two themes are one when the mean of their term-vector cosine and
  the cosine of their comment-weight profiles reaches ``threshold`` (0.5). Either alone misleads:
  themes of one reason seen from two sides ("svarer hurtigt", "svarer aldrig") share their terms
  but not their comments' weights in full, and two broad themes share comments without sharing
  terms. On the real surveys of issue 14, true duplicates scored 0.60-0.99 and distinct pairs at
  most 0.38. Merging sums the two (unit-length) term vectors; the most similar pair goes first and
  the similarities are recomputed after each merge, so no chain of weak links builds a catch-all.
  NMF also splits one reason by its words: praise of the staff becomes "trevlig, hjälpsam,
  tillmötesgående" and "kunnig, hjälpsam, tillmötesgående", whose vectors barely overlap (cosine
  0.02 on the Swedish reviews) though an analyst would give them one name. So two themes that share
  two of their four most distinctive terms (what the label shows, domain terms aside) are merged too.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from textnps.themes.discover.nmf_select import top_term_ids

__all__ = ["nps_categories", "category_weights", "DOMAIN_SHARE", "domain_shares", "domain_weights", "merge_duplicates", "merge_sided", "duplicate_pairs", "size_k",
           "unit"]


def nps_categories(scores) -> np.ndarray:
    """NPS category of each score (a Series) as a str array; ``""`` where the score is missing."""
    from textnps.stats import nps_category

    out = np.full(len(scores), "", dtype=object)
    known = scores.notna().to_numpy()
    if known.any():
        out[known] = nps_category(scores[known]).astype(str).to_numpy()
    return out


def size_k(n: int, *, low: int = 5, high: int = 25) -> int:
    """Themes fitted for *n* comments before merging: ``sqrt(n) / 6.5`` within [*low*, *high*].

    A fixed, size-driven number is what makes refits on subsamples agree (issue 14: choosing k per
    fit by resampled stability was the unstable part); merging then removes the duplicates. The
    divisor was 5 until issue 14's third round: fewer, broader reasons per category agreed better
    between two 90 % subsamples (ARI 0.73 vs 0.63 on the Swedish sentiment reviews, tuned-on).
    """
    return int(np.clip(round(np.sqrt(max(n, 1)) / 6.5), low, high))


def category_weights(cats: np.ndarray | None, rows: np.ndarray) -> np.ndarray:
    """Row scale for the comments *rows* (a bool mask) so that each category weighs the same."""
    scale = np.ones(int(rows.sum()))
    if cats is None:
        return scale
    own = np.asarray(cats, dtype=object)[rows]
    known = [c for c in np.unique(own) if c != ""]
    if len(known) < 2:
        return scale
    n = sum(int((own == c).sum()) for c in known)
    for c in known:
        mask = own == c
        scale[mask] = np.sqrt(n / (len(known) * mask.sum()))
    return scale


def domain_shares(x: sp.csr_matrix, cats: np.ndarray | None) -> np.ndarray:
    """Per term (column of *x*), the smallest share of any category's comments (rows) that use it."""
    present = (x > 0).astype(np.float64).tocsr()
    groups = [np.ones(x.shape[0], dtype=bool)] if cats is None else [
        np.asarray(cats) == c for c in np.unique(cats) if c != ""]
    share = np.ones(x.shape[1])
    for g in groups:
        if g.any():
            share = np.minimum(share, np.asarray(present[np.flatnonzero(g)].mean(axis=0)).ravel())
    return share


#: A subject term (``ThemeDiscoverer.domain_terms_``) is in at least this share of every category's comments.
DOMAIN_SHARE = 0.1


def domain_weights(share: np.ndarray, *, min_share: float = DOMAIN_SHARE, width: float = 0.05, low: float = 0.5) -> np.ndarray:
    """IDF factor of each term from its :func:`domain_shares`: 1 up to *min_share*, *low* from
    ``min_share + width`` on, linear in between (a term under the old cut weighs as before).

    A hard cut at *min_share* made two 90 % subsamples of the Swedish reviews weigh ``=employee``
    (in 10 % of one category's comments) differently, halving its weight in one fit only, and every
    theme about the staff moved. A ramp turns a share's sampling noise (about half a percentage
    point) into a small change of weight instead of a jump."""
    t = np.clip((np.asarray(share, dtype=float) - min_share) / width, 0.0, 1.0)
    return 1.0 - (1.0 - low) * t


def unit(a: np.ndarray, axis: int) -> np.ndarray:
    """*a* scaled to unit length along *axis* (an all-zero vector stays zero)."""
    norm = np.linalg.norm(a, axis=axis, keepdims=True)
    return a / np.where(norm > 0, norm, 1.0)


def _similarity(h: np.ndarray, w: np.ndarray, skip=None, shown=None, side=None, join=None) -> np.ndarray:
    """Mean of term and profile cosines; 1.0 where two themes share 2 of their 3 label terms.

    *shown* (one string per term) is how a label shows each term: two lemmas shown as the same
    word (``hjälpsam``, ``hjälpsamma``) are one label term. *join* (bool per term) marks terms
    that make one reason of every theme they are the heaviest term of (the staff's friendliness,
    :mod:`~textnps.themes.discover.manner`): "venlig betjening", "venlig samtale" and "sød og
    venlig" all weigh ``=friendly`` most."""
    terms = unit(h, 1) @ unit(h, 1).T
    profiles = unit(w, 0).T @ unit(w, 0)
    sim = (terms + profiles) / 2
    masked = h if skip is None else np.where(skip, 0.0, h)
    keys = top_term_ids(masked, 4)
    code = np.arange(h.shape[1]) if shown is None else np.unique(
        np.asarray(shown, dtype=object).astype(str), return_inverse=True)[1]
    hits = np.zeros((h.shape[0], int(code.max()) + 1 if code.size else 0))
    for row, ids in enumerate(keys):
        ids = ids[masked[row, ids] > 0]  # a term the theme does not use is no label term
        hits[row, code[ids]] = 1.0
    sim = np.where(hits @ hits.T >= 2, 1.0, sim)
    if join is not None and np.any(join):
        head = np.argmax(masked, axis=1)
        joined = np.asarray(join)[head] & (masked[np.arange(h.shape[0]), head] > 0)
        sim = np.where(joined[:, None] & joined[None, :] & (head[:, None] == head[None, :]), 1.0, sim)
    if side is not None:  # two polarities of one reason are paired, never merged (textnps.themes.discover.pool)
        side = np.asarray(side)
        sim = np.where(side[:, None] == side[None, :], sim, -1.0)
    np.fill_diagonal(sim, -1.0)
    return sim


def duplicate_pairs(h: np.ndarray, w: np.ndarray, *, threshold: float = 0.5, skip=None,
                    shown=None, side=None, join=None) -> list[tuple[int, int, float]]:
    """Pairs of themes (rows of *h*, columns of *w*) whose similarity reaches *threshold*.

    *skip* (bool per term) marks terms no label uses (the domain terms); with *side* only pairs of
    one polarity count (two polarities of a reason are paired on purpose)."""
    sim = _similarity(h, w, skip, shown, side, join)
    i, j = np.nonzero(np.triu(sim >= threshold, 1))
    return [(int(a), int(b), float(sim[a, b])) for a, b in zip(i, j)]


def merge_duplicates(h: np.ndarray, w: np.ndarray, *, threshold: float = 0.5, skip=None,
                     shown=None) -> tuple[np.ndarray, int]:
    """*h* with near-duplicate themes merged (see the module docstring) and the number of merges."""
    h, merges, _ = merge_sided(h, w, threshold=threshold, skip=skip, shown=shown)
    return h, merges


def merge_sided(h: np.ndarray, w: np.ndarray, *, threshold: float = 0.5, skip=None, shown=None, side=None,
                join=None):
    """:func:`merge_duplicates` merging only themes of one *side* (+1/-1 per theme,
    :func:`~textnps.themes.discover.pool.polarity`): ``(h, merges, side)``."""
    h, w = unit(np.asarray(h, dtype=float), 1), np.asarray(w, dtype=float)
    side = None if side is None else np.asarray(side).copy()
    merges = 0
    while h.shape[0] > 1:
        sim = _similarity(h, w, skip, shown, side, join)
        a, b = np.unravel_index(np.argmax(sim), sim.shape)
        if sim[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        h[a] = unit(h[a] + h[b], 0)
        w[:, a] = w[:, a] + w[:, b]
        h, w = np.delete(h, b, axis=0), np.delete(w, b, axis=1)
        side = None if side is None else np.delete(side, b)
        merges += 1
    return h, merges, side
