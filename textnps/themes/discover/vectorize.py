"""Turn preprocessed lemmas into a TF-IDF matrix shared across sv/da/no.

Two steps, both plain functions so a saved model can redo them exactly:

1. :func:`to_concepts` replaces each lemma listed in a language's
   ``CONCEPTS`` table (``textnps/lang/<code>.py``) by a concept token
   (``=customer_service`` for sv *kundtjänst*, da/nb *kundeservice*), using the
   row's own language, so one theme can span the three languages. Lemmas that
   are spelled alike (``pris``, ``app``, ``bil``) and compound parts already
   match without help. Negated lemmas keep their mark: ``neg_bra`` ->
   ``neg_=good``.
2. :func:`tfidf` weights counts with sublinear TF and smoothed IDF
   (``(1 + log tf) * (log((1 + n) / (1 + df)) + 1)``, rows scaled to unit
   length), as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` does.
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from textnps import lang as _lang

__all__ = ["CONCEPT_MARK", "NEG_PREFIX", "concept_maps", "to_concepts", "lang_key", "analyze", "fit_vocabulary", "tfidf"]

CONCEPT_MARK = "="
NEG_PREFIX = "neg_"
CONCEPT_LANGUAGES = ("sv", "da", "nb", "nn")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def concept_maps() -> dict[str, dict[str, str]]:
    """Return ``{lang: {lemma: concept token}}`` from the language modules.

    The key ``""`` holds the lemmas that mean the same concept in every
    language listing them; it serves rows whose language is unknown.
    """
    maps: dict[str, dict[str, str]] = {}
    seen: dict[str, set[str]] = {}
    for code in CONCEPT_LANGUAGES:
        table = _lang.get(code).CONCEPTS
        maps[code] = {lemma: CONCEPT_MARK + concept for concept, lemmas in table.items() for lemma in lemmas}
        for lemma, token in maps[code].items():
            seen.setdefault(lemma, set()).add(token)
    maps[""] = {lemma: next(iter(tokens)) for lemma, tokens in seen.items() if len(tokens) == 1}
    return maps


def lang_key(code, maps) -> str:
    code = "" if code is None or (isinstance(code, float) and np.isnan(code)) else str(code).lower()
    code = {"no": "nb"}.get(code, code)
    return code if code in maps else ""


def to_concepts(lemmas, langs, maps: dict[str, dict[str, str]], *, surfaces: Counter | None = None) -> list[str]:
    """Map each document's lemmas to concept tokens with its language's table.

    *langs* may be None (unknown languages: the shared table is used). When
    *surfaces* is given, it counts ``(concept token, lang, lemma)`` so labels
    can later show a concept in the comments' own words.
    """
    lemmas = pd.Series(lemmas, dtype=object).fillna("").astype(str).tolist()
    langs = [None] * len(lemmas) if langs is None else list(langs)
    out = []
    for doc, code in zip(lemmas, langs):
        key = lang_key(code, maps)
        table = maps[key]
        tokens = []
        for tok in doc.split():
            neg = tok.startswith(NEG_PREFIX)
            base = tok[len(NEG_PREFIX):] if neg else tok
            mapped = table.get(base)
            if mapped is None:
                tokens.append(tok)
                continue
            tokens.append(NEG_PREFIX + mapped if neg else mapped)
            if surfaces is not None:
                surfaces[(mapped, key, base)] += 1
        out.append(" ".join(tokens))
    return out


def analyze(doc: str) -> list[str]:
    """Split a mapped document into features: tokens with at least one letter."""
    return [tok for tok in doc.split() if len(tok) > 1 and _HAS_LETTER.search(tok)]


def fit_vocabulary(docs: list[str], *, min_df, max_df, max_features, exclude=frozenset()) -> tuple[list[str], np.ndarray]:
    """Learn the feature list and its IDF weights from mapped documents, leaving out the terms *exclude*."""
    exclude = frozenset(exclude)
    counter = CountVectorizer(analyzer=lambda doc: [t for t in analyze(doc) if t not in exclude],
                              min_df=min_df, max_df=max_df, max_features=max_features)
    counts = counter.fit_transform(docs)
    vocab = counter.get_feature_names_out().tolist()
    df = np.bincount(counts.indices, minlength=len(vocab))
    n = counts.shape[0]
    idf = np.log((1 + n) / (1 + df)) + 1.0
    return vocab, idf


def counts(docs: list[str], vocab: list[str]) -> sp.csr_matrix:
    """Term counts of *docs* over a fixed *vocab*."""
    return CountVectorizer(analyzer=analyze, vocabulary=vocab).transform(docs).tocsr()


def tfidf(docs: list[str], vocab: list[str], idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear TF-IDF rows of unit length over a fixed vocabulary."""
    x = counts(docs, vocab).astype(np.float64)
    x.data = 1.0 + np.log(x.data)
    x = x @ sp.diags(idf)
    return normalize(x.tocsr(), norm="l2", copy=False)
