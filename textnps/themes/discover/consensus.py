"""Consensus NMF: the themes that come back when a part of the comments is left out.

NNDSVD makes one fit deterministic, but not stable: on two 90 % subsamples of a survey the
per-category fits of issue 14 agreed on most themes (matched cosine >= 0.8) and swapped one or two
for another theme of similar size (the Swedish reviews: "utmärkt service" in one fit, "rimliga
priser" in the other), and each swap moved hundreds of comments (ARI 0.74). A theme that depends on
which comments happened to be sampled is no finding.

:func:`consensus_nmf` fits the themes on all rows and again on *n_resamples* fixed subsamples of
*frac* of them, and clusters the themes of all these fits (the consensus idea of Monti et al. 2003,
as cNMF does for gene programmes, Kotliar et al. 2019): each fit's themes are matched one-to-one
(Hungarian, cosine of the term vectors) to the clusters so far; a match at cosine >= *min_cosine*
joins the cluster, any other theme starts one. A cluster found in at least *min_found* of the fits
is a theme, its term vector the mean of its members; the others are left out and counted
(``ThemeDiscoverer.n_unstable_``), their comments go to the themes that remain. The mean of
several fits also moves each theme towards what every sample agrees on.

Measured while developing (issue 14, fourth round, benchmarks/RESULTS.md; seeded draws and a
ramp centred on 10 % then): on the Swedish reviews, four pairs of 90 % subsamples, mean ARI 0.742
with 6 resamples against 0.670 with one fit; on the Danish insurance reviews 0.718 against 0.706.
The resampled fits cost about as much CPU as the rest of the fit.
"""
from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

from textnps.themes.discover.nmf_select import fit_nmf

__all__ = ["MIN_ROWS", "RESAMPLE_SEED", "consensus_nmf", "match_themes"]

#: Fewer rows get one fit: on the bundled sample's 122 comments that no codebook theme covers,
#: resampled fits on ~100 comments rarely agree, and consensus left 4 of the 5 clusters of the
#: second wave unmatched to the first wave's themes (2 with one fit).
MIN_ROWS = 500
#: The resamples are fixed draws fitted with a fixed seed, not the caller's: with seeded draws two seeds gave different
#: themes (ARI 0.81 between seeds 0 and 1 on the Danish insurance reviews, 1.0 with one fit).
RESAMPLE_SEED = 0
#: The resampled fits stop at this tolerance (the full fit at 1e-4), as the fits that choose k do
#: (:func:`~textnps.themes.discover.nmf_select.select_n_themes`): they only vote and are averaged.
RESAMPLE_TOL = 1e-3


def match_themes(ref: np.ndarray, other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each theme of *ref* (unit rows), the matched row of *other* (-1: none) and its cosine."""
    sim = ref @ other.T
    rows, cols = linear_sum_assignment(-sim)
    match, cos = np.full(ref.shape[0], -1), np.zeros(ref.shape[0])
    match[rows], cos[rows] = cols, sim[rows, cols]
    return match, cos


def consensus_nmf(x, k: int, *, seed: int, n_resamples: int = 6, frac: float = 0.8, min_cosine: float = 0.8,
                  min_found: float = 0.5, **fit_kw) -> tuple[np.ndarray, dict]:
    """``(h, info)``: the themes (unit rows) found in at least *min_found* of the fits (see the module docstring).

    ``info``: ``support`` (per cluster, in how many of the ``1 + n_resamples`` fits it was found)
    and ``unstable`` (clusters left out). *fit_kw* go to :func:`~textnps.themes.discover.nmf_select.fit_nmf`.
    With fewer than :data:`MIN_ROWS` rows, fewer than 2 themes or *n_resamples* 0, the plain fit is returned."""
    h = fit_nmf(x, k, seed=seed, **fit_kw)
    n = x.shape[0]
    if n_resamples <= 0 or n < MIN_ROWS or h.shape[0] < 2:
        return h, {"support": np.ones(h.shape[0], dtype=int), "unstable": 0}
    rng = np.random.default_rng(RESAMPLE_SEED)  # fixed draws: the themes must not change with the seed
    size = max(2, int(round(frac * n)))
    sums, support = [row.copy() for row in h], [1] * h.shape[0]
    for _ in range(n_resamples):
        hr = fit_nmf(x[np.sort(rng.choice(n, size=size, replace=False))], h.shape[0], seed=RESAMPLE_SEED,
                     **{**fit_kw, "tol": RESAMPLE_TOL})
        sums_a = np.array(sums)
        match, cos = match_themes(hr, sums_a / np.linalg.norm(sums_a, axis=1, keepdims=True))
        for j in range(hr.shape[0]):
            if match[j] >= 0 and cos[j] >= min_cosine:
                sums[match[j]] = sums[match[j]] + hr[j]
                support[match[j]] += 1
            else:
                sums.append(hr[j].copy())
                support.append(1)
    support = np.array(support)
    keep = support >= max(1, int(np.ceil(min_found * (1 + n_resamples))))
    if not keep.any():
        keep = support == support.max()
    out = np.array(sums)[keep]
    return out / np.linalg.norm(out, axis=1, keepdims=True), {"support": support, "unstable": int((~keep).sum())}
