"""The batch TF-IDF of lemmas gives exactly scikit-learn's matrices (sv, da, no)."""
from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from textnps.themes.codebook.fast_tfidf import tfidf_transform, word_counts
from textnps.themes.codebook.refiner_features import char_tfidf

FIT = ["leverans snabb bra pris", "kundtjänst svara inte snabb", "pakke komme hurtig god service",
       "pris høj dårlig kundeservice", "levering rask pris høy", "bra bra pris leverans", "neg_god service pakke"]
DOCS = ["leverans snabb men pris hög", "", "pakke pakke pakke komme hurtig", "ukjent ord her", "  pris   høy  ",
        "kundtjänst svara inte snabb bra pris", "service", "neg_god service pakke levering rask", "x y z"]


def _same(a, b) -> None:
    a, b = a.tocsr(), b.tocsr()
    assert a.shape == b.shape and a.dtype == b.dtype
    assert np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)  # bit for bit, not approximately


@pytest.mark.parametrize("ngrams", [(1, 1), (1, 2), (2, 2), (1, 3)])
@pytest.mark.parametrize("sublinear", [True, False])
def test_tfidf_transform_is_the_vectorizers_transform(ngrams, sublinear):
    vec = TfidfVectorizer(token_pattern=r"\S+", ngram_range=ngrams, lowercase=False, sublinear_tf=sublinear,
                          dtype=np.float32).fit(FIT)
    _same(tfidf_transform(vec, DOCS), vec.transform(DOCS))
    _same(word_counts(vec, DOCS), TfidfVectorizer.__mro__[1].transform(vec, DOCS))  # the counts themselves


def test_a_fixed_vocabulary_and_float64_too():
    vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, vocabulary=["bra", "pris", "pakke", "høy"]).fit(FIT)
    _same(tfidf_transform(vec, DOCS), vec.transform(DOCS))


def test_other_vectorizers_are_simply_asked():
    vec = TfidfVectorizer(lowercase=True).fit(FIT)  # another token pattern, lower-casing: its own transform
    _same(tfidf_transform(vec, ["Pris HØY", "Bra"]), vec.transform(["Pris HØY", "Bra"]))


def test_char_tfidf_is_the_vectorizers_transform():
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False, sublinear_tf=True,
                          dtype=np.float32).fit(FIT)
    docs = [d for d in DOCS if "neg_" not in d]  # (char_tfidf reads the bare words)
    _same(char_tfidf(vec, docs), vec.transform(docs))
    assert char_tfidf(vec, ["", ""]).nnz == 0


def test_char_tfidf_remembers_words_between_batches_within_its_cap():
    from textnps.memo import Memo

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False, sublinear_tf=True,
                          dtype=np.float32).fit(FIT)
    docs = [d for d in DOCS if "neg_" not in d]
    memo = Memo(4)  # fewer words than the batches hold: it starts afresh, the numbers stay
    for batch in (docs, docs[::-1], docs):
        _same(char_tfidf(vec, batch, memo=memo), vec.transform(batch))
        assert len(memo) <= 4
    assert memo.resets > 0
