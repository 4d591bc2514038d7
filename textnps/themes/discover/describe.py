"""Name and describe the themes a :class:`~textnps.themes.discover.discoverer.ThemeDiscoverer` found.

Themes are ordered by size; each gets a label from its most distinctive terms (weight x
exclusivity), its top terms and example comments in the comments' own words
(:mod:`textnps.themes.discover.labels`), its share of each NPS category and the NPMI
coherence of its top terms (:mod:`textnps.themes.discover.quality`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from textnps.stats import CATEGORIES
from textnps.themes.discover import labels
from textnps.themes.discover.nmf_select import distinctive_term_ids, project, top_term_ids
from textnps.themes.discover.phrases import phrase_label, word_kinds
from textnps.themes.discover.pool import pair_topics
from textnps.themes.discover.vectorize import NEG_PREFIX, lang_key
from textnps.themes.discover.quality import coherent_terms, npmi_matrix
from textnps.themes.discover.surface import SurfaceForms, hide_names

__all__ = ["ALL", "describe_themes", "shown_terms", "theme_terms"]

#: The group name of themes fitted on all comments at once (not per NPS category).
ALL = "all"
#: A theme's phrase label is looked for in this many of its heaviest comments.
PHRASE_COMMENTS = 400


def shown_terms(model, X, usable, surfaces, forms) -> list[str]:
    """How a label shows each term of ``model.vocabulary_``, in the words of all *usable* comments."""
    langs = X["lang"].astype(str).to_numpy()[usable] if "lang" in X.columns else []
    mix, surf = labels.language_mix(langs), labels.surface_table(surfaces)
    table = forms.table(usable) if forms is not None else {}
    return [SurfaceForms.show(labels.render_term(t, mix, surf), table) for t in model.vocabulary_]


def theme_terms(h: np.ndarray, b, n: int) -> np.ndarray:
    """Each theme's *n* top terms (rows of term ids): of its ``1.5 n`` heaviest, the *n* that co-occur
    best in the comments *b* (:func:`~textnps.themes.discover.quality.coherent_terms`), heaviest first."""
    pool = top_term_ids(h, int(np.ceil(1.5 * n)))
    out = top_term_ids(h, n).copy()
    for j, cand in enumerate(pool):
        cand = cand[h[j, cand] > 0]
        if len(cand) > n:
            out[j] = coherent_terms(b, cand.tolist(), n)
    return out


def describe_themes(model, X, x_all, usable, cats, surfaces, *, assign, forms=None, hide=None) -> None:
    """Order *model*'s themes by size, name them and build ``themes_`` and ``n_themes_``.

    *assign* maps a (comments x themes) weight matrix to each comment's (theme, weight) pairs;
    *forms* (:class:`~textnps.themes.discover.surface.SurfaceForms`) shows the lemmas in the
    words of each theme's comments. The survey's domain terms (``model.domain_terms_``) are
    left out of the labels: they say what the survey is about, not the theme. Example comments
    show the segment words of *hide* and first names as placeholders (:func:`hide_names`).
    """
    domain = np.isin(model.vocabulary_, getattr(model, "domain_terms_", []))
    surf = labels.surface_table(surfaces)
    langs = X["lang"].astype(str).to_numpy() if "lang" in X.columns else None
    texts = X["text_clean"].fillna("").astype(str).to_numpy() if "text_clean" in X.columns else None
    records, used = [], set()
    model.top_terms_ = {}
    vocab = set(model.vocabulary_.tolist())
    maps = model.concept_maps_

    def token_of(lemma, code):
        token = maps[lang_key(code, maps)].get(lemma, lemma)
        return token if token in vocab else None

    for group, h in list(model.components_.items()):
        own = usable if group == ALL else usable & (cats == group)
        w = project(x_all[np.flatnonzero(usable)], h, max_iter=model.max_iter)
        full = np.zeros((len(X), h.shape[0]))
        full[np.flatnonzero(usable)] = w
        assigned = np.zeros_like(full, dtype=bool)
        for i, pairs in enumerate(assign(full)):
            for j, _ in pairs:
                assigned[i, j] = True
        n_own = (assigned & own[:, None]).sum(axis=0)
        order = np.argsort(-n_own, kind="stable")
        h, full, assigned, n_own = h[order], full[:, order], assigned[:, order], n_own[order]
        model.components_[group] = h
        prefix = "t" if group == ALL else f"{group}_"
        ids = [f"{prefix}{j + 1:02d}" for j in range(h.shape[0])]
        model.theme_ids_[group] = ids
        side = np.asarray(model.polarity_.get(group, np.ones(len(order), dtype=int)))[order]
        model.polarity_[group] = side
        topic = pair_topics(h, side, skip=domain)
        partner = {j: next((ids[i] for i in np.flatnonzero(topic == topic[j]) if i != j), "") for j in range(len(ids))}
        tops = theme_terms(h, x_all[np.flatnonzero(own)], model.n_terms)
        model.top_terms_[group] = tops
        keys = distinctive_term_ids(np.where(domain, 0.0, h), 6)  # the label: what sets the theme apart
        coherence = npmi_matrix(x_all[np.flatnonzero(own)], tops.tolist())
        for j, theme_id in enumerate(ids):
            members = assigned[:, j] & own
            mix = labels.language_mix(langs[members]) if langs is not None else []
            table = forms.table(members) if forms is not None else {}

            def show(t):
                return SurfaceForms.show(labels.render_term(model.vocabulary_[t], mix, surf), table)

            # terms stay lemmas (seed words for a codebook, as the notebook builds one); the label is read
            terms = [labels.render_term(model.vocabulary_[t], mix, surf) for t in tops[j]]
            label = labels.make_label([show(t) for t in keys[j] if h[j, t] > 0])
            if forms is not None and members.any():
                typical = np.flatnonzero(members)[np.argsort(-full[members, j], kind="stable")[:PHRASE_COMMENTS]]
                key_tokens = [str(model.vocabulary_[t]).removeprefix(NEG_PREFIX) for t in keys[j][:3] if h[j, t] > 0]
                phrase = phrase_label([word_kinds(forms.pairs(i), forms.langs[i], token_of) for i in typical],
                                      key_tokens, taken=frozenset(used), side=int(side[j]))
                if phrase:
                    label = phrase
                    used.add(phrase)
            shares = {}
            for cat in CATEGORIES:
                in_cat = usable & (cats == cat) if cats is not None else np.zeros(len(X), dtype=bool)
                shares[f"share_{cat}"] = (float(assigned[in_cat, j].mean()) if in_cat.any() else float("nan"))
            examples = ""
            if texts is not None and members.any():
                idx = np.flatnonzero(members)
                examples = "\n".join(hide_names(t, hide or {}) for t in labels.pick_examples(
                    texts[idx], full[idx, j], n=model.n_examples))
            records.append({"theme_id": theme_id, "label": label, "terms": ", ".join(terms),
                            "n": int(n_own[j]), **shares, "examples": examples, "category": group,
                            "languages": ",".join(mix), "coherence": round(coherence[j], 4),
                            "polarity": "positive" if side[j] > 0 else "negative", "paired_with": partner[j]})
    model.themes_ = pd.DataFrame.from_records(records, columns=[
        "theme_id", "label", "terms", "n", "share_detractor", "share_passive", "share_promoter", "examples",
        "category", "languages", "coherence", "polarity", "paired_with"])
    model.n_themes_ = len(model.themes_)
