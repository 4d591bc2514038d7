"""The vocabulary a :class:`~textnps.themes.discover.discoverer.ThemeDiscoverer` learns, and what it leaves out.

Left out, and listed in ``stop_terms_``: the caller's ``stop_words`` and, with ``drop_generic``,
the terms that name no theme (:func:`~textnps.themes.discover.generic.generic_terms`). Left out
and never stored, not even in that list, since they name someone: rare tokens and the names of
the comments (:func:`textnps.preprocess.vocabulary.private_terms`), words written as names
(:func:`~textnps.themes.discover.generic.proper_names`), the segment column's values and the
first names of the name list (:func:`~textnps.themes.discover.generic.survey_names`). The company
and place names of lowercased text (:func:`~textnps.themes.discover.brands.lowercase_names`: no word
of the language, after *hos* / *från*) stay in the vocabulary for the fit and are dropped before the
themes are described (:func:`~textnps.themes.discover.brands.drop_names`); example comments show
them as ``[COMPANY]``.
"""
from __future__ import annotations

import numpy as np

from textnps._errors import InputError
from textnps.preprocess.vocabulary import private_terms
from textnps.themes.discover import generic as _generic, vectorize as _vectorize
from textnps.themes.discover.brands import COMPANY, lowercase_names

__all__ = ["build_vocabulary"]


def build_vocabulary(model, X, docs: list[str], usable: np.ndarray):
    """``(vocabulary, idf, stop_terms, hidden)`` of *model* fitted on the mapped *docs* where *usable*.

    *hidden* maps the segment values' words and the lowercased company names to the placeholder that
    example comments show instead (first names: :func:`~textnps.themes.discover.surface.hide_names`)."""
    fit_docs = [d for d, u in zip(docs, usable) if u]
    small = len(fit_docs) <= 20  # too few comments to prune terms by frequency
    min_df = max(2, min(5, len(fit_docs) // 100)) if model.min_df == "auto" else model.min_df
    texts = X["text_clean"].to_numpy()[usable] if "text_clean" in X.columns else None
    exclude = {str(w).lower() for w in model.stop_words or ()}
    if model.drop_generic:
        exclude |= _generic.generic_terms(fit_docs, X["lang"].to_numpy()[usable] if "lang" in X.columns else None)
    private = set(private_terms(fit_docs, texts))
    segments = X[model.segment_col].dropna().unique() if model.segment_col in X.columns else None
    hidden = {w: "[SEGMENT]" for w in _generic.segment_words(segments) if not w.endswith(".")}
    private |= _generic.survey_names(segments)
    private |= _generic.segment_prefixes(fit_docs, segments)
    if texts is not None and model.drop_generic:
        private |= _generic.proper_names(texts)
        names = lowercase_names(texts, X["lang"].to_numpy()[usable] if "lang" in X.columns else None)
        hidden.update({w: COMPANY for w in names if w not in hidden})  # fitted on, then dropped (brands.drop_names)
    stop_terms = np.array(sorted(exclude - private), dtype=str)  # the names and rare tokens are not stored
    exclude |= private
    try:
        vocab, idf = _vectorize.fit_vocabulary(fit_docs, min_df=1 if small else min_df,
                                               max_df=1.0 if small else model.max_df,
                                               max_features=model.max_features, exclude=exclude)
    except ValueError:  # scikit-learn: no term left after min_df/max_df pruning
        raise InputError(
            f"No term occurs in at least min_df={min_df!r} comments and at most max_df={model.max_df!r} "
            f"of them ({len(fit_docs)} comments): the comments share no words to form themes from. "
            "Lower min_df or give more comments."
        ) from None
    return vocab, idf, stop_terms, hidden
