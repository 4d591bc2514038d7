"""TF-IDF of whitespace-separated lemmas without scikit-learn's per-word Python loop: the same numbers, faster.

``TfidfVectorizer.transform`` counts each document's n-grams in a Python loop (one dictionary
look-up per n-gram, in Python). The classifier transforms every comment's lemmas with three
such vectorizers (the survey's model, the refiner's words and, per theme, its seed clauses'
words), so that loop is a large part of ``ThemeClassifier.transform``.

:func:`tfidf_transform` builds the same count matrix with the look-ups done by ``map`` over
the whole batch (in C), and then applies the vectorizer's own fitted TF-IDF step, so the
result is exactly ``vectorizer.transform(docs)``. It does so only for the configuration the
classifier uses (``analyzer="word"``, ``token_pattern=r"\\S+"``, ``lowercase=False``, no
preprocessor, tokenizer, stop words or accent stripping, not binary; any n-gram range);
any other vectorizer is simply asked to ``transform``. :func:`word_gram_counts` counts the
``char_wb`` n-grams of a batch by its distinct words (a comment's counts are the sums of
its words'), as a sparse product.
"""
from __future__ import annotations

from itertools import chain, islice, repeat

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

__all__ = ["tfidf_transform", "word_gram_counts"]

_SPLIT_PATTERN = r"\S+"  # the token pattern that str.split() cuts exactly alike


def _plain(vectorizer: TfidfVectorizer) -> bool:
    """Whether *vectorizer* cuts documents as ``str.split`` does and counts n-grams of those words."""
    return (isinstance(vectorizer, TfidfVectorizer) and vectorizer.analyzer == "word"
            and vectorizer.token_pattern == _SPLIT_PATTERN and not vectorizer.lowercase
            and vectorizer.preprocessor is None and vectorizer.tokenizer is None and vectorizer.stop_words is None
            and vectorizer.strip_accents is None and not vectorizer.binary and vectorizer.input == "content"
            and hasattr(vectorizer, "_tfidf") and hasattr(vectorizer, "vocabulary_"))


def word_counts(vectorizer: TfidfVectorizer, docs: list[str], split: list[list[str]] | None = None) -> sp.csr_array:
    """The n-gram counts of *docs* on the fitted vocabulary (what ``CountVectorizer.transform`` returns);
    *split*: the docs' words (``doc.split()``) when the caller has them."""
    vocabulary = vectorizer.vocabulary_
    low, high = vectorizer.ngram_range
    words = [doc.split() for doc in docs] if split is None else split
    tokens = list(chain.from_iterable(words))
    doc_of = np.repeat(np.arange(len(docs), dtype=np.int64), np.fromiter(map(len, words), np.int64, len(words)))
    rows, cols = [], []
    for n in range(low, high + 1):
        m = len(tokens) - n + 1
        if m <= 0:
            break
        grams = tokens if n == 1 else map(" ".join, zip(*(islice(tokens, k, None) for k in range(n))))
        ids = np.fromiter(map(vocabulary.get, grams, repeat(-1)), np.int64, m)
        keep = ids >= 0
        if n > 1:  # an n-gram within one document
            keep &= doc_of[:m] == doc_of[n - 1:]
        rows.append(doc_of[:m][keep])
        cols.append(ids[keep])
    rows = np.concatenate(rows) if rows else np.zeros(0, np.int64)
    cols = np.concatenate(cols) if cols else np.zeros(0, np.int64)
    counts = sp.csr_array((np.ones(len(rows), dtype=vectorizer.dtype), (rows, cols)),
                          shape=(len(docs), len(vocabulary)), dtype=vectorizer.dtype)
    counts.sum_duplicates()
    return counts


def tfidf_transform(vectorizer: TfidfVectorizer, docs, split: list[list[str]] | None = None) -> sp.csr_matrix:
    """``vectorizer.transform(docs)``, the same matrix, counted in C where the vectorizer allows it
    (*split*: the docs' words, ``doc.split()``, when the caller has them)."""
    docs = list(docs)
    if not docs or not _plain(vectorizer) or not all(type(d) is str for d in docs):
        return vectorizer.transform(docs)
    return vectorizer._tfidf.transform(word_counts(vectorizer, docs, split), copy=False)


def word_gram_counts(docs: list[list[str]], grams_of) -> sp.csr_matrix:
    """Counts (float32, canonical CSR) of the n-grams of each document's words, shape (n_docs, n_vocabulary).

    *docs* are lists of words; ``grams_of(words)`` returns ``(ids, n_vocabulary)``: per distinct word
    its list of vocabulary ids (one per occurrence of an n-gram in it).
    """
    tokens = list(chain.from_iterable(docs))
    codes, distinct = pd.factorize(np.array(tokens, dtype=object)) if tokens else (np.zeros(0, np.int64), [])
    lengths = np.fromiter(map(len, docs), np.int64, len(docs))
    ids, n_vocabulary = grams_of(list(distinct))
    per_word = np.fromiter(map(len, ids), np.int64, len(ids))
    grams = sp.csr_matrix((np.ones(int(per_word.sum()), dtype=np.float32),
                           np.fromiter(chain.from_iterable(ids), np.int32, int(per_word.sum())),
                           np.concatenate([[0], np.cumsum(per_word)])), shape=(len(ids), n_vocabulary))
    words = sp.csr_matrix((np.ones(len(codes), dtype=np.float32), codes, np.concatenate([[0], np.cumsum(lengths)])),
                          shape=(len(docs), len(ids)))
    counts = (words @ grams).tocsr()  # (the product sums repeated entries of either)
    counts.sum_duplicates()
    return counts
