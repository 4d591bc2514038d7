r"""Give the discovered themes of a new wave the ids of the saved themes they match.

Two fitted :class:`~textnps.themes.discover.ThemeDiscoverer` models -- the
*saved* one (an earlier wave's) and the *fresh* one (fitted on the new wave)
-- each describe a theme by a row of ``components_``: a weight per term of its
vocabulary. Both rows are placed on the union of the two vocabularies and
compared by cosine similarity

.. math::

    \cos(a, b) = \frac{a \cdot b}{\lVert a \rVert\,\lVert b \rVert},

within each group (all comments, or one NPS category with ``by_category``).
The pairs are matched one to one, maximising the total similarity (Hungarian
algorithm, :func:`scipy.optimize.linear_sum_assignment`); a fresh theme takes
the saved id when its cosine with that saved theme is at least
:data:`MATCH_THRESHOLD`, else it is *new* and gets the next free id of its
group (``t13`` after ``t01`` .. ``t12``). The terms' weights are non-negative,
so cosines run from 0 (no term in common) to 1 (the same term profile).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from textnps._errors import ParameterError
from textnps.report._mentions import DISCOVERED_PREFIX
from textnps.report.notes import note

__all__ = ["MATCH_THRESHOLD", "match_discovered", "theme_similarity", "discover_across_waves"]

#: Cosine of the term vectors from which a new wave's theme is the saved theme.
#: On the bundled sample waves (``textnps compare`` of wave 1 and 2) the two
#: fresh clusters that are saved themes score 0.64 and 0.94 with them; the three
#: unmatched ones 0.48 (a near miss: read it), 0.02 and 0.00.
MATCH_THRESHOLD = 0.5
_WAVES = ("previous", "current")
MATCH_COLUMNS = ["group", "fresh_id", "theme_id", "status", "cosine", "label", "saved_label", "terms"]


def theme_similarity(saved_h: np.ndarray, saved_vocab, fresh_h: np.ndarray, fresh_vocab) -> np.ndarray:
    """Cosine similarity (fresh themes x saved themes) of two term-weight matrices on their own vocabularies.

    >>> s = theme_similarity(np.array([[1.0, 0.0]]), ["pris", "app"], np.array([[0.0, 2.0, 2.0]]), ["app", "pris", "x"])
    >>> round(float(s[0, 0]), 4)
    0.7071
    """
    terms = {t: i for i, t in enumerate(dict.fromkeys([*map(str, saved_vocab), *map(str, fresh_vocab)]))}
    a = np.zeros((saved_h.shape[0], len(terms)))
    b = np.zeros((fresh_h.shape[0], len(terms)))
    a[:, [terms[str(t)] for t in saved_vocab]] = saved_h
    b[:, [terms[str(t)] for t in fresh_vocab]] = fresh_h
    with np.errstate(divide="ignore", invalid="ignore"):
        a /= np.linalg.norm(a, axis=1, keepdims=True)
        b /= np.linalg.norm(b, axis=1, keepdims=True)
    return np.nan_to_num(b @ a.T)


def _next_ids(taken: list[str], group_ids: list[str], count: int) -> list[str]:
    """*count* ids continuing the numbering of *group_ids* (``t12`` -> ``t13``), avoiding *taken*."""
    prefix, width, last = "t", 2, 0
    for theme_id in group_ids:
        found = re.fullmatch(r"(.*?)(\d+)", theme_id)
        if found:
            prefix, width, last = found.group(1), len(found.group(2)), max(last, int(found.group(2)))
    out, number = [], last
    while len(out) < count:
        number += 1
        candidate = f"{prefix}{number:0{width}d}"
        if candidate not in taken:
            out.append(candidate)
    return out


def match_discovered(saved, fresh, *, threshold: float = MATCH_THRESHOLD) -> pd.DataFrame:
    """Map each theme of the *fresh* discoverer to a saved theme id, or to a new id.

    Returns one row per fresh theme: ``group``, ``fresh_id`` (its id in
    *fresh*), ``theme_id`` (the saved id it takes, or its new id), ``status``
    (``"matched"`` or ``"new"``), ``cosine`` (with the matched saved theme,
    or the best one for a new theme), ``label`` and ``terms`` (fresh),
    ``saved_label`` (the matched saved theme's, ``""`` for new ones).
    """
    from scipy.optimize import linear_sum_assignment

    if not 0 < threshold <= 1:
        raise ParameterError(f"The 'match_threshold' parameter must be in (0, 1]. Got {threshold!r} instead.")
    saved_info = saved.themes_.set_index("theme_id")
    fresh_info = fresh.themes_.set_index("theme_id")
    taken = [t for ids in saved.theme_ids_.values() for t in ids]
    rows = []
    for group, fresh_h in fresh.components_.items():
        fresh_ids = fresh.theme_ids_[group]
        saved_ids = saved.theme_ids_.get(group, [])
        best = np.zeros(len(fresh_ids))
        target = [None] * len(fresh_ids)
        if saved_ids:
            sim = theme_similarity(saved.components_[group], saved.vocabulary_, fresh_h, fresh.vocabulary_)
            best = sim.max(axis=1)
            for i, j in zip(*linear_sum_assignment(-sim)):
                if sim[i, j] >= threshold:
                    target[i], best[i] = saved_ids[j], sim[i, j]
        new_ids = iter(_next_ids(taken, saved_ids or fresh_ids, target.count(None)))
        for i, fresh_id in enumerate(fresh_ids):
            theme_id = target[i] or next(new_ids)
            taken.append(theme_id)
            rows.append({"group": group, "fresh_id": fresh_id, "theme_id": theme_id,
                         "status": "matched" if target[i] else "new", "cosine": float(best[i]),
                         "label": fresh_info.at[fresh_id, "label"], "terms": fresh_info.at[fresh_id, "terms"],
                         "saved_label": saved_info.at[target[i], "label"] if target[i] else ""})
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def _uncovered(frame: pd.DataFrame) -> np.ndarray:
    mask = (frame["themes"].fillna("") == "") & ~frame["empty_comment"].astype(bool)
    if "informative" in frame.columns:
        mask &= frame["informative"].astype(bool)
    return mask.to_numpy()


def discover_across_waves(frames, discovery, extra, sources, names, *, random_state, progress, threshold, notes,
                          min_comments: int = 50):
    """Discovered themes of both waves under stable ids (see :mod:`textnps.report.compare`).

    *frames* maps ``"previous"``/``"current"`` to classified frames. Fills
    *extra* (wave -> ``new:<id>`` -> bool mask of the comments whose top theme
    it is), *sources* (``new:<id>`` -> ``"discovery"`` or ``"new"``) and *names*;
    returns (saved model, fresh model under the stable ids, matches) -- Nones
    when there is too little to cluster (fewer than *min_comments* uncovered).
    """
    from textnps.themes.discover.discoverer import ThemeDiscoverer

    if "lemmas" not in frames["previous"].columns:
        return None, None, None
    uncovered = {wave: _uncovered(frames[wave]) for wave in _WAVES}
    if isinstance(discovery, ThemeDiscoverer):
        saved = discovery
    elif discovery is not None:
        saved = ThemeDiscoverer.load(discovery)
    elif uncovered["previous"].sum() >= min_comments:
        saved = ThemeDiscoverer(random_state=random_state, progress=progress).fit(frames["previous"][uncovered["previous"]])
    else:
        return None, None, None
    for wave in _WAVES:  # the saved themes, measured by the saved model in both waves
        _assign(saved, frames[wave], uncovered[wave], extra[wave], keep=None)
    sources.update({DISCOVERED_PREFIX + t: "discovery" for t in saved.themes_["theme_id"]})
    names.update({DISCOVERED_PREFIX + r.theme_id: f"{DISCOVERED_PREFIX}{r.theme_id} {r.label}"
                  for r in saved.themes_.itertuples()})
    if uncovered["current"].sum() < min_comments:
        return saved, None, None
    fresh = ThemeDiscoverer(**{**saved.get_params(), "random_state": random_state, "progress": progress})
    fresh.fit(frames["current"][uncovered["current"]])
    matches = match_discovered(saved, fresh, threshold=threshold)
    new = matches[matches["status"] == "new"]
    rename = dict(zip(matches["fresh_id"], matches["theme_id"]))
    for wave in _WAVES:  # the new themes, measured by the fresh model in both waves
        _assign(fresh, frames[wave], uncovered[wave], extra[wave], keep=rename, only=set(new["fresh_id"]))
    sources.update({DISCOVERED_PREFIX + t: "new" for t in new["theme_id"]})
    names.update({DISCOVERED_PREFIX + r.theme_id: f"{DISCOVERED_PREFIX}{r.theme_id} {r.label}"
                  for r in new.itertuples()})
    notes.append(note("unmatched_current_wave", n=int(uncovered["current"].sum()), k=len(matches),
                      matched=int((matches["status"] == "matched").sum()), new=len(new)))
    return saved, _relabelled(fresh, rename), matches


def _assign(model, frame, uncovered, extra: dict, *, keep, only=None) -> None:
    """Each uncovered comment's top theme of *model* as mention masks in *extra* (``new:<id>`` keys)."""
    top = np.full(len(frame), "", dtype=object)
    if uncovered.any():
        top[uncovered] = model.transform(frame[uncovered])["discovered_theme"].fillna("").astype(str).to_numpy()
    for theme_id in model.themes_["theme_id"]:
        if only is None or theme_id in only:
            extra[DISCOVERED_PREFIX + (keep or {}).get(theme_id, theme_id)] = top == theme_id


def _relabelled(fresh, rename: dict):
    """*fresh* with the stable ids (saved for matched themes, new ones else), to compare the next wave with."""
    fresh.theme_ids_ = {g: [rename[t] for t in ids] for g, ids in fresh.theme_ids_.items()}
    fresh.themes_ = fresh.themes_.assign(theme_id=fresh.themes_["theme_id"].map(rename))
    return fresh
