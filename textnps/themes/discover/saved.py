"""The saved form of a :class:`~textnps.themes.discover.discoverer.ThemeDiscoverer`: the state
written to ``model.json`` + ``arrays.npz`` (:mod:`textnps.themes.persist`) and read back, checked."""
from __future__ import annotations

import numpy as np
import pandas as pd

from textnps.themes import persist

__all__ = ["MODEL_KIND", "MODEL_VERSION", "discoverer_state", "restore_discoverer"]

MODEL_KIND = "theme-discoverer"
MODEL_VERSION = 4


def discoverer_state(model) -> dict:
    """What :meth:`ThemeDiscoverer.save` writes of the fitted *model*."""
    state = {
        "params": model.get_params(),
        "vocabulary": model.vocabulary_,
        "idf": model.idf_,
        "concept_maps": model.concept_maps_,
        "groups": [{"name": g, "theme_ids": model.theme_ids_[g], "components": h,
                    "top_terms": model.top_terms_[g], "polarity": model.polarity_[g]}
                   for g, h in model.components_.items()],
        "themes": {c: model.themes_[c].tolist() for c in model.themes_.columns},
        "selection": {c: model.selection_[c].tolist() for c in model.selection_.columns},
        "n_skipped": model.n_skipped_,
        "domain_terms": model.domain_terms_.tolist(),
        "n_merged": model.n_merged_,
        "n_unstable": getattr(model, "n_unstable_", {}),
        "feature_names_in": list(getattr(model, "feature_names_in_", [])) or None,
    }
    if not isinstance(state["params"]["candidates"], str):
        state["params"]["candidates"] = [int(c) for c in state["params"]["candidates"] or []]
    state["params"]["stop_words"] = (None if model.stop_words is None else [str(w) for w in model.stop_words])
    state["stop_terms"] = model.stop_terms_.tolist()
    return state


def restore_discoverer(cls, state: dict):
    """A fitted *cls* (``ThemeDiscoverer``) from a loaded *state*; arrays whose shapes do not fit fail clearly."""
    params = dict(state["params"])
    if not isinstance(params["candidates"], str):
        params["candidates"] = tuple(params["candidates"])
    model = cls(**params)
    model.stop_terms_ = np.asarray(state["stop_terms"], dtype=str)
    model.vocabulary_ = np.asarray(state["vocabulary"], dtype=str)
    model.idf_ = np.asarray(state["idf"], dtype=float)
    model.concept_maps_ = state["concept_maps"]
    model.components_ = {g["name"]: np.asarray(g["components"], dtype=float) for g in state["groups"]}
    model.theme_ids_ = {g["name"]: list(g["theme_ids"]) for g in state["groups"]}
    model.top_terms_ = {g["name"]: np.asarray(g["top_terms"], dtype=int) for g in state["groups"]}
    model.polarity_ = {g["name"]: np.asarray(g["polarity"], dtype=int) for g in state["groups"]}
    model.themes_ = pd.DataFrame(state["themes"])
    model.selection_ = pd.DataFrame(state["selection"])
    model.n_skipped_ = state["n_skipped"]
    model.domain_terms_ = np.asarray(state["domain_terms"], dtype=str)
    model.n_merged_ = dict(state["n_merged"])
    model.n_unstable_ = dict(state.get("n_unstable", {}))
    model.n_themes_ = len(model.themes_)
    persist.check_shapes(state, {"idf": (model.idf_, (len(model.vocabulary_),)), **{
        f"groups.{g}.components": (h, (len(model.theme_ids_[g]), len(model.vocabulary_)))
        for g, h in model.components_.items()}})
    if state.get("feature_names_in") is not None:
        model.feature_names_in_ = np.asarray(state["feature_names_in"], dtype=object)
        model.n_features_in_ = len(model.feature_names_in_)
    return model
