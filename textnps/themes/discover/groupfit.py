"""One group's themes for a :class:`~textnps.themes.discover.discoverer.ThemeDiscoverer`: how many,
the NMF fit, and the merge of near-duplicates (:mod:`~textnps.themes.discover.reasons`)."""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from textnps.themes.discover import reasons as _reasons
from textnps.themes.discover.consensus import consensus_nmf
from textnps.themes.discover.manner import FRIENDLY_TOKEN
from textnps.themes.discover.nmf_select import auto_candidates, fit_nmf, project, select_n_themes

__all__ = ["assign_rows", "fit_group", "merge_group"]


def merge_group(model, h, w, skip, shown, side=None):
    """``(h, merges, side)``: *model*'s near-duplicates merged (of one *side* each when given)."""
    if model.merge_threshold is None or h.shape[0] < 2:
        return h, 0, side
    return _reasons.merge_sided(h, w, threshold=model.merge_threshold, skip=skip, shown=shown, side=side,
                                join=model.vocabulary_ == FRIENDLY_TOKEN)


def fit_group(model, x, group, *, batch, selections, skip, shown, scale=None, low=5) -> np.ndarray:
    """The themes of the rows *x* (one fit, near-duplicates merged); counts merges in ``model.n_merged_``.

    The number of themes follows ``model.n_themes`` (``"size"``: :func:`~textnps.themes.discover.reasons.size_k`
    with at least *low*, the themes found in most of ``1 + model.n_resamples`` fits on subsamples
    (:func:`~textnps.themes.discover.consensus.consensus_nmf`, the others counted in ``model.n_unstable_``);
    ``"auto"``: the selection table is appended to *selections*). *scale* weighs
    the rows in the NMF fit only (:func:`~textnps.themes.discover.reasons.category_weights`)."""
    if model.n_themes == "size":
        k = min(_reasons.size_k(x.shape[0], low=low), x.shape[0], x.shape[1])
    elif model.n_themes == "auto":
        given = auto_candidates(x.shape[0]) if model.candidates == "auto" else model.candidates
        cands = sorted({min(int(c), x.shape[0] - 1, x.shape[1]) for c in given} - {0})
        k, table = select_n_themes(x, cands, seed=model.random_state, max_iter=model.max_iter,
                                   tolerance=model.tolerance, progress=model.progress)
        selections.append(table.assign(category=group))
    else:
        k = min(int(model.n_themes), x.shape[0], x.shape[1])
    xs = x if scale is None else sp.diags(scale) @ x
    if model.n_themes == "size" and model.n_resamples:
        h, info = consensus_nmf(xs, k, seed=model.random_state, n_resamples=model.n_resamples,
                                max_iter=model.max_iter, batch_size=batch)
        model.n_unstable_[group] = model.n_unstable_.get(group, 0) + info["unstable"]
    else:
        h = fit_nmf(xs, k, seed=model.random_state, max_iter=model.max_iter, batch_size=batch)
    h = h[np.linalg.norm(h, axis=1) > 0]
    h, merged, _ = merge_group(model, h, project(x, h, max_iter=model.max_iter), skip, shown)
    if model.merge_threshold is not None:
        model.n_merged_[group] = model.n_merged_.get(group, 0) + merged
    return h


def assign_rows(w: np.ndarray, *, min_weight: float, min_share: float) -> list[list[tuple[int, float]]]:
    """Each row's (theme index, weight share) pairs: weight >= *min_weight* and >= *min_share* of its top."""
    out = []
    top = w.max(axis=1) if w.size else np.zeros(len(w))
    for row, best in zip(w, top):
        keep = np.flatnonzero((row >= min_weight) & (row >= min_share * best) & (row > 0))
        if keep.size == 0:
            out.append([])
            continue
        keep = keep[np.argsort(-row[keep], kind="stable")]
        shares = row[keep] / row[keep].sum()
        out.append([(int(j), float(s)) for j, s in zip(keep, shares)])
    return out
