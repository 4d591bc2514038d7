"""A refiner kept for the themes an edited codebook still defines as it was trained with.

A refiner's weights for theme *k* read only theme *k*'s own seed signals (``seed_<k>``, ``p_<k>``)
and the comment's words, so they stay right for every theme whose definition (seeds, exclusions,
``not_with``, polarity words, parent) is unchanged. Each theme's definition is hashed
(:func:`theme_fingerprints`); a refiner records the hashes of the codebook it learned with, and
:func:`adapt_refiner` re-aims it at an edited codebook: the unchanged themes keep their weights,
the new or changed ones are left to their seeds (``unrefined_``), exactly as with ``refiner=None``.
Labels and descriptions are not part of a theme's definition: renaming a theme keeps its weights.
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import json

import numpy as np

__all__ = ["theme_fingerprints", "adapt_refiner", "refines"]


def theme_fingerprints(codebook) -> dict[str, str]:
    """``{theme_id: SHA-256 of its definition}`` (labels and description left out).

    >>> from textnps.themes.codebook.format import load_codebook
    >>> prints = theme_fingerprints(load_codebook("nordic-cx"))
    >>> len(prints["price"])
    64
    """
    out = {}
    for theme in codebook.themes:
        definition = dataclasses.asdict(theme)
        definition.pop("labels", None)
        definition.pop("description", None)
        text = json.dumps(definition, sort_keys=True, ensure_ascii=False, default=list)
        out[theme.id] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


def refines(refiner, theme_id: str) -> bool:
    """Whether *refiner* decides *theme_id* (False for a theme an edited codebook changed or added)."""
    return theme_id in refiner.theme_ids_ and theme_id not in getattr(refiner, "unrefined_", ())


def adapt_refiner(refiner, codebook):
    """``(refiner for codebook, kept theme ids, unrefined theme ids)``, or ``(None, [], ids)`` when the
    refiner records no theme fingerprints or knows none of *codebook*'s themes as they are now.

    The copy has *codebook*'s themes in its order; a kept theme's weights, intercept and polarity
    column are the trained ones, the others are zero and listed in ``unrefined_`` (never applied).
    """
    trained = getattr(refiner, "theme_fingerprints_", None)
    now = theme_fingerprints(codebook)
    if not trained:
        return None, [], list(codebook.ids)
    kept = [t for t in codebook.ids if trained.get(t) == now[t] and t in refiner.theme_ids_]
    unrefined = [t for t in codebook.ids if t not in kept]
    if not kept:
        return None, [], unrefined
    old = {t: k for k, t in enumerate(refiner.theme_ids_)}
    new = copy.copy(refiner)
    n = len(codebook.ids)
    new.theme_ids_ = list(codebook.ids)
    new.coef_ = np.zeros((n, refiner.coef_.shape[1]))
    new.intercept_ = np.zeros(n)
    new.n_positive_ = np.zeros(n, dtype=int)
    new.thresholds_ = np.full(n, 0.5)
    for k, t in enumerate(codebook.ids):
        if t in kept:
            new.coef_[k] = refiner.coef_[old[t]]
            new.intercept_[k] = refiner.intercept_[old[t]]
            new.n_positive_[k] = np.asarray(refiner.n_positive_)[old[t]]
            new.thresholds_[k] = refiner.thresholds_[old[t]]
    if refiner.has_polarity:  # columns: words, the rule signals, then one column per theme
        n_fixed = refiner.polarity_coef_.shape[1] - len(refiner.theme_ids_)
        coef = np.zeros((refiner.polarity_coef_.shape[0], n_fixed + n))
        coef[:, :n_fixed] = refiner.polarity_coef_[:, :n_fixed]
        for k, t in enumerate(codebook.ids):
            if t in kept:
                coef[:, n_fixed + k] = refiner.polarity_coef_[:, n_fixed + old[t]]
        new.polarity_coef_ = coef
    new.codebook_fingerprint_ = codebook.fingerprint
    new.theme_fingerprints_ = {t: now[t] for t in kept}
    new.unrefined_ = unrefined
    return new, kept, unrefined
