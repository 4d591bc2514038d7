"""Fit NMF themes and choose how many there are.

The number of themes is chosen by **term-ranking stability** (Greene,
O'Callaghan & Cunningham 2014, "How many topics? Stability analysis for topic
models"). For each candidate *k* (by default a range that grows with the
corpus, 6..30 from a few thousand comments on: :func:`auto_candidates`),
themes are fitted on the comments and again on three subsamples that each
leave out a fifth of them. Each subsample's themes are matched one-to-one to
the reference themes (Hungarian algorithm) by the **average Jaccard** (AJ) of
their top-10 term rankings: the mean, over d = 1..10, of the Jaccard index of
the two top-d term sets, so agreeing on the first terms counts most. A
subsample's agreement is the mean AJ of the matched pairs (a theme left
unmatched counts 0), and *stability(k)* the median over the three subsamples.
Stability asks whether the themes *a person reads* (their top terms) come
back without a fifth of the comments, not merely whether their weight
vectors point the same way (the cosine ``similarity`` column, kept for
inspection, is near 1 for almost any k).

Greene et al. pick the most stable k. Broad splits are nearly always the most
stable ones, though (two or three themes reproduce on any corpus), and an
analyst needs the specific themes, so the rule is::

    k* = the largest k with s(k) >= max_k' s(k') - tolerance

where s(k) = min(stability(k), max(stability of k's two neighbouring
candidates)) and ``tolerance = 0.05``: the finest split that is about as
reproducible as the most reproducible one. Past it, themes start to fall
apart between subsamples (split, merge or swap their terms). Capping each k
by its better neighbour keeps one lucky fit far out on the noisy tail (a lone
spike) from deciding k, so refits on other samples land on nearly the same
k (on the Danish insurance reviews, 11, 12 and 12 themes for the whole set
and two 90 % subsamples; a tolerance of 0.1 gave 11, 16 and 20). The table
of every candidate (k, stability, similarity, coherence, smoothed, chosen) is kept as
``ThemeDiscoverer.selection_``; coherence (mean NPMI of the top-10 terms, see
:mod:`textnps.themes.discover.quality`) is reported there but not used, because on
short comments it falls with k for every model (small themes' terms are rare)
and so would again favour a few broad themes.

The subsamples are fixed folds (every fifth row) of at most 6,000 evenly
spaced comments, not seeded draws, so the choice of *k* does not change with
the seed and stays fast on large surveys.
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import linear_sum_assignment
from sklearn.decomposition import NMF, MiniBatchNMF, non_negative_factorization
from sklearn.exceptions import ConvergenceWarning
from sklearn.utils.extmath import randomized_svd
from tqdm.auto import tqdm

from textnps.themes.discover.quality import npmi_matrix

__all__ = ["truncated_svd", "nndsvd", "fit_nmf", "project", "top_term_ids", "distinctive_term_ids", "match_overlap",
           "average_jaccard", "ranking_agreement", "auto_candidates", "select_n_themes", "choose_k", "smooth"]


#: The randomised SVD behind every NNDSVD start draws with this seed, not the caller's (issue 14).
SVD_SEED = 0


def truncated_svd(x: sp.csr_matrix, k: int, *, seed: int | None = None):
    """Top-*k* singular triplets of *x* (randomised, sign-fixed), the same for every *seed*.

    The SVD of a matrix has one answer, but where two singular values nearly tie, the randomised
    solver's vectors for them depend on its draw, and so did NMF's optimum from the NNDSVD start:
    two seeds gave themes agreeing at ARI 0.863 on SweReC (issue 14, fourth round). The draw is
    therefore fixed (:data:`SVD_SEED`); *seed* is accepted and ignored, so a fit does not depend
    on ``random_state`` (only mini-batch NMF's batch order does)."""
    k = min(k, *x.shape)
    return randomized_svd(x, k, n_oversamples=max(10, k), n_iter=10, random_state=SVD_SEED)


def nndsvd(svd, k: int) -> tuple[np.ndarray, np.ndarray]:
    """NNDSVD start (Boutsidis & Gallopoulos 2008) from the first *k* triplets of *svd*.

    The same construction as scikit-learn's ``init="nndsvd"``; taking the SVD
    as an argument lets one SVD serve every candidate *k* of a matrix.
    """
    u, s, vt = (a[..., :k] if i == 0 else a[:k] for i, a in enumerate(svd))
    w, h = np.zeros_like(u), np.zeros_like(vt)
    w[:, 0] = np.sqrt(s[0]) * np.abs(u[:, 0])
    h[0] = np.sqrt(s[0]) * np.abs(vt[0])
    for j in range(1, k):
        x, y = u[:, j], vt[j]
        xp, yp, xn, yn = np.maximum(x, 0), np.maximum(y, 0), np.abs(np.minimum(x, 0)), np.abs(np.minimum(y, 0))
        xpn, ypn, xnn, ynn = (np.linalg.norm(a) for a in (xp, yp, xn, yn))
        mp, mn = xpn * ypn, xnn * ynn
        if mp > mn:
            uu, vv, sigma = xp / xpn, yp / ypn, mp
        else:
            uu, vv, sigma = (xn / xnn if xnn else xn), (yn / ynn if ynn else yn), mn
        lbd = np.sqrt(s[j] * sigma)
        w[:, j], h[j] = lbd * uu, lbd * vv
    w[w < 1e-6] = 0
    h[h < 1e-6] = 0
    return w, h


def fit_nmf(x: sp.csr_matrix, k: int, *, seed: int, max_iter: int = 300, batch_size: int | None = None,
            tol: float = 1e-4, svd=None) -> np.ndarray:
    """Return the theme-term matrix H (k x terms, rows of unit length).

    NNDSVD initialisation from a fixed-draw SVD (:func:`truncated_svd`) makes the fit deterministic
    and the same for every seed (the seed drives mini-batch order only); pass *svd* (from
    :func:`truncated_svd`, at least *k* triplets) to reuse one SVD. With
    *batch_size*, MiniBatchNMF runs over the rows in batches so memory stays
    bounded on large inputs.
    """
    k = min(k, *x.shape)
    if svd is None or svd[1].shape[0] < k:
        svd = truncated_svd(x, k, seed=seed)
    w0, h0 = nndsvd(svd, k)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if batch_size and x.shape[0] > batch_size:
            # mini-batches start from the mean-filled variant (nndsvda): zeros never move under MU updates
            avg = x.mean()
            w0[w0 == 0], h0[h0 == 0] = avg, avg
            model = MiniBatchNMF(n_components=k, init="custom", batch_size=batch_size, max_iter=max_iter,
                                 tol=tol, random_state=seed)
        else:
            model = NMF(n_components=k, init="custom", solver="cd", max_iter=max_iter, tol=tol, random_state=seed)
        model.fit(x, W=w0, H=h0)
    h = model.components_
    norms = np.linalg.norm(h, axis=1, keepdims=True)
    return h / np.where(norms > 0, norms, 1.0)


def project(x: sp.csr_matrix, h: np.ndarray, *, max_iter: int = 200, chunk_size: int = 20_000) -> np.ndarray:
    """Theme weights W >= 0 of the rows of *x* for fixed themes *h* (X ~ W H).

    Solved chunk by chunk with H held fixed, so it gives the same weights for
    a row whether it came with the training data or in a later wave.
    """
    k = h.shape[0]
    out = np.zeros((x.shape[0], k))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for start in range(0, x.shape[0], chunk_size):
            part = x[start:start + chunk_size]
            if part.nnz == 0:
                continue
            w, _, _ = non_negative_factorization(part, H=h, n_components=k, init="custom", update_H=False,
                                                 solver="cd", max_iter=max_iter, tol=1e-4)
            out[start:start + chunk_size] = w
    return out


def top_term_ids(h: np.ndarray, n: int) -> np.ndarray:
    """Indices of the *n* heaviest terms of each theme, heaviest first (ties by index)."""
    return np.argsort(-h, axis=1, kind="stable")[:, :n]


def distinctive_term_ids(h: np.ndarray, n: int, *, power: float = 0.5) -> np.ndarray:
    """Indices of the *n* most distinctive terms of each theme, best first.

    A term's score in theme j is its weight times its exclusivity to j raised
    to *power*: ``h[j, t] * (h[j, t] / sum_i h[i, t]) ** power``. A word every
    theme uses (``forsikring`` in an insurance survey) then gives way to the
    words that tell the themes apart, as BERTopic's class-based TF-IDF does.
    """
    share = h / np.maximum(h.sum(axis=0, keepdims=True), 1e-12)
    return top_term_ids(h * share ** power, n)


def match_overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Mean cosine similarity of two sets of themes (unit rows) matched one-to-one.

    Unmatched themes (when one fit has fewer) count as 0.
    """
    sim = a @ b.T
    rows, cols = linear_sum_assignment(-sim)
    return float(sim[rows, cols].sum() / max(a.shape[0], b.shape[0]))


def average_jaccard(a, b) -> float:
    """Average Jaccard (AJ) of two term rankings: the mean over d = 1..t of the
    Jaccard index of their top-d terms (Greene et al. 2014). 1 = same ranking."""
    t = min(len(a), len(b))
    seen_a, seen_b, total = set(), set(), 0.0
    for d in range(t):
        seen_a.add(a[d])
        seen_b.add(b[d])
        total += len(seen_a & seen_b) / len(seen_a | seen_b)
    return total / t if t else float("nan")


def ranking_agreement(ref: np.ndarray, other: np.ndarray) -> float:
    """Term-ranking agreement of two sets of themes (rows: term ids, best first).

    Themes are matched one-to-one to maximise their AJ (Hungarian algorithm);
    the agreement is the mean AJ of the pairs, a theme left unmatched counting 0.
    """
    sim = np.array([[average_jaccard(a, b) for b in other] for a in ref])
    rows, cols = linear_sum_assignment(-sim)
    return float(sim[rows, cols].sum() / max(len(ref), len(other)))


def auto_candidates(n_docs: int) -> list[int]:
    """Numbers of themes worth trying for *n_docs* comments: a range that grows with the corpus.

    Up to ``sqrt(n) / 2`` themes (a theme then has ~2 sqrt(n) comments on
    average), at most 30: 2..7 for 200 comments, 6..26 for 2,700, 6..30 from
    3,600 on. Steps of 2 from 12 to 20 themes and of 4 above keep the search short.
    """
    high = int(np.clip(round(np.sqrt(max(n_docs, 1)) / 2), 3, 30))
    low = int(np.clip(high // 4, 2, 6))
    return sorted({k for k in range(low, high + 1) if k <= 12 or (k % 2 == 0 and k <= 20) or k % 4 == 0} | {high})


def select_n_themes(x: sp.csr_matrix, candidates, *, seed: int, n_resamples: int = 3, sample_frac: float = 0.8,
                    max_docs: int = 6000, top_n: int = 10, tolerance: float = 0.05, max_iter: int = 300,
                    tol: float = 1e-3, progress: bool = True) -> tuple[int, pd.DataFrame]:
    """Choose the number of themes among *candidates* (see the module docstring).

    Themes are fitted on at most *max_docs* evenly spaced rows, which keeps the
    choice fast on large surveys; their coherence is measured on all rows.
    Returns ``(k, table)`` with one row per candidate: k, stability (mean AJ of
    the top-*top_n* terms), similarity (mean cosine of matched theme vectors),
    coherence (mean NPMI of the top-*top_n* terms), smoothed (stability capped
    by :func:`smooth`) and chosen.
    """
    n = x.shape[0]
    full = x  # coherence is measured on every comment: a sample's co-occurrence counts are too noisy
    if n > max_docs:
        # Evenly spaced rows, not a seeded draw: the choice of k must not hinge on the seed.
        x = x[np.linspace(0, n - 1, max_docs).round().astype(int)]
        n = max_docs
    # Subsample r leaves out every n_folds-th row starting at r (deterministic, like k-fold).
    n_folds = max(n_resamples, int(round(1 / (1 - sample_frac))))
    samples = [np.flatnonzero(np.arange(n) % n_folds != r) for r in range(n_resamples)]
    rows = []
    candidates = list(candidates)
    # one SVD per matrix serves every candidate k (the NNDSVD start of k uses the first k triplets)
    svds = [truncated_svd(m, max(candidates), seed=seed) for m in [x] + [x[s] for s in samples]]
    for k in tqdm(candidates, desc="choosing the number of themes", unit="candidate", disable=not progress,
                  leave=False):
        ref = fit_nmf(x, k, seed=seed, max_iter=max_iter, tol=tol, svd=svds[0])
        fits = [fit_nmf(x[s], k, seed=seed, max_iter=max_iter, tol=tol, svd=svd) for s, svd in zip(samples, svds[1:])]
        ref_top = top_term_ids(ref, top_n)
        agreement = [ranking_agreement(ref_top, top_term_ids(h, top_n)) for h in fits]
        rows.append({"k": int(k), "stability": float(np.median(agreement)),
                     "similarity": float(np.median([match_overlap(ref, h) for h in fits])),
                     "coherence": float(np.nanmean(npmi_matrix(full, ref_top.tolist())))})
    table = pd.DataFrame(rows)
    table["smoothed"] = smooth(table["stability"].to_numpy())
    table["chosen"] = False
    best = choose_k(table, tolerance=tolerance)
    table.loc[table["k"] == best, "chosen"] = True
    return best, table


def choose_k(table: pd.DataFrame, *, tolerance: float) -> int:
    """The largest k whose supported stability (:func:`smooth`) is within *tolerance* of the best."""
    table = table.sort_values("k")
    return int(table["k"].to_numpy()[_last_within(smooth(table["stability"].to_numpy()), tolerance)])


def smooth(values: np.ndarray) -> np.ndarray:
    """Each value capped by the larger of its neighbours' (its "support").

    A k counts only as stable as its more stable neighbouring candidate: one
    lucky fit far out on a noisy tail (a lone spike) cannot decide the number
    of themes, while a real peak, whose neighbour is nearly as stable, and a
    lone dip next to it are left alone.
    """
    v = np.asarray(values, dtype=float)
    if v.size < 2:
        return v.copy()
    left = np.concatenate([[-np.inf], v[:-1]])
    right = np.concatenate([v[1:], [-np.inf]])
    return np.minimum(v, np.maximum(left, right))


def _last_within(values: np.ndarray, tolerance: float) -> int:
    return int(np.flatnonzero(values >= values.max() - tolerance)[-1])
