"""Reasons first, by fitting each NPS category's themes on its own comments and pooling them.

Fitted on all comments at once, NMF spends its themes where the variance is. Weighting the
categories the same (:func:`~textnps.themes.discover.reasons.category_weights`) was not enough on
the real surveys of issue 14: detractors write long comments about many things, each reason in
few of them, so one broad theme (``bil · betale · kr`` on the Danish insurance reviews) took the
price, the cancellation, the car and the fees together and was carried by 61 % of the detractors,
while the short, repetitive praise of the promoters was split five ways. Fitted on the detractors
alone, the same comments give twelve reasons (claim not covered, no answer to mail, unwanted sales
calls, fees, price rises, waiting time...), none carried by more than 28 % of them.

So :func:`pooled_themes` fits ``size_k(n_c, low=2)`` themes on each category's own comments, merges the
near-duplicates inside each category, stacks the themes of all categories and merges the
duplicates across them, but only of **one polarity** (:func:`polarity`): a detractors' "slow
reply" theme and a promoters' "fast reply" theme share their words yet are two sides of one
topic; :func:`pair_topics` links them so that they are shown together. Every comment is then
assigned to the pooled themes, whatever its category.
"""
from __future__ import annotations

import numpy as np

from textnps.themes.discover.nmf_select import project

__all__ = ["MIN_CATEGORY_ROWS", "polarity", "pooled_themes", "pair_topics", "paired_view"]

#: A category with fewer usable comments gets no fit of its own (its comments still get themes).
MIN_CATEGORY_ROWS = 30


def polarity(w: np.ndarray, cats: np.ndarray) -> np.ndarray:
    """+1 for a theme weighing more on the promoters' comments than on the detractors', else -1.

    Mean weights per category, so the sizes of the categories do not matter; a survey without
    detractors or promoters gives every theme +1.
    """
    cats = np.asarray(cats, dtype=object)
    det, pro = cats == "detractor", cats == "promoter"
    if not det.any() or not pro.any():
        return np.ones(w.shape[1], dtype=int)
    return np.where(w[pro].mean(axis=0) >= w[det].mean(axis=0), 1, -1)


def pooled_themes(x, cats: np.ndarray, *, fit, merge, max_iter: int = 300):
    """Themes of each category of the rows of *x*, pooled: ``(h, side, n_merged)``.

    *fit(x_c, low=2)* returns the (merged) themes of one category's rows (at least *low* of them); *merge(h, w, side)* merges the
    near-duplicates of the pooled themes *h* (comment weights *w* on all rows) of one polarity
    *side* and returns ``(h, n_merges, side)``. Categories with fewer than :data:`MIN_CATEGORY_ROWS`
    rows are not fitted on their own; when no category is, one fit on all rows is returned.
    """
    cats = np.asarray(cats, dtype=object)
    parts = [fit(x[np.flatnonzero(cats == c)], low=2) for c in ("detractor", "passive", "promoter")
             if (cats == c).sum() >= MIN_CATEGORY_ROWS]
    if len(parts) < 2:
        h = fit(x)
        return h, np.ones(h.shape[0], dtype=int), 0
    h = np.vstack(parts)
    # the weights only serve the merge's profile cosine and the polarity: 50 sweeps agree with a
    # full projection on the strongest theme of 98 % of the comments at a sixth of the time
    w = project(x, h, max_iter=min(max_iter, 50))
    h, merges, side = merge(h, w, polarity(w, cats))
    return h, side, merges


def pair_topics(h: np.ndarray, side: np.ndarray, *, skip=None, n_keys: int = 6, min_shared: int = 2) -> np.ndarray:
    """A topic number per theme: a theme and one of the other polarity sharing its reason have one.

    Two themes of opposite *side* are one topic's two polarities when at least *min_shared* of
    their *n_keys* heaviest terms (the *skip* terms, the survey's own subject, aside) are the same
    (``svar``, ``mail`` in "svar · hurtigt · mail" and "ikke svar · mail · rykke"). Each theme has
    at most one partner: the one sharing the most terms, the largest pairs first.
    """
    from textnps.themes.discover.nmf_select import top_term_ids

    masked = h if skip is None else np.where(skip, 0.0, h)
    keys = [set(ids[masked[j, ids] > 0].tolist()) for j, ids in enumerate(top_term_ids(masked, n_keys))]
    candidates = sorted(((len(keys[a] & keys[b]), -a, -b) for a in range(len(h)) for b in range(a + 1, len(h))
                         if side[a] != side[b] and len(keys[a] & keys[b]) >= min_shared), reverse=True)
    topic = np.arange(len(h))
    paired: set[int] = set()
    for _, a, b in candidates:
        a, b = -a, -b
        if a not in paired and b not in paired:
            topic[b] = topic[a]
            paired |= {a, b}
    _, dense = np.unique(topic, return_inverse=True)
    return dense


def paired_view(themes):
    """*themes* (a ``themes_`` frame) with each theme's other polarity (``paired_with``) right after it.

    Adds ``topic``: the first theme id of the pair, so a table shows "fast reply" and "slow reply"
    as one topic with two polarities."""
    import pandas as pd

    rows, done = [], set()
    by_id = {r["theme_id"]: r for r in themes.to_dict("records")}
    for r in themes.to_dict("records"):
        if r["theme_id"] in done:
            continue
        rows.append({**r, "topic": r["theme_id"]})
        done.add(r["theme_id"])
        other = r.get("paired_with") or ""
        if other in by_id and other not in done:
            rows.append({**by_id[other], "topic": r["theme_id"]})
            done.add(other)
    return pd.DataFrame(rows, columns=list(themes.columns) + ["topic"])
