"""Coherence and diversity of topic terms (textnps.themes.discover.quality) and the choice of k."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from textnps.themes.discover.nmf_select import match_overlap, nndsvd, truncated_svd
from textnps.themes.discover.quality import npmi_coherence, npmi_matrix, topic_diversity

DOCS = [["pris", "dyr"], ["pris", "dyr", "premie"], ["personal", "vänlig"], ["personal", "vänlig"], ["pris"]]


def test_npmi_of_co_occurring_and_disjoint_terms():
    assert npmi_coherence([["personal", "vänlig"]], DOCS) == pytest.approx(1.0)
    assert npmi_coherence([["pris", "vänlig"]], DOCS) == pytest.approx(-1.0)
    # pris in 3/5 docs, dyr in 2/5, both in 2/5: log(0.4 / 0.24) / -log(0.4)
    assert npmi_coherence([["pris", "dyr"]], DOCS) == pytest.approx(np.log(0.4 / 0.24) / -np.log(0.4))


def test_npmi_per_topic_and_matrix_agree():
    topics = [["pris", "dyr", "premie"], ["personal", "vänlig"]]
    per = npmi_coherence(topics, DOCS, per_topic=True)
    terms = sorted({t for d in DOCS for t in d})
    b = sp.csr_matrix([[t in d for t in terms] for d in DOCS], dtype=float)
    assert npmi_matrix(b, [[terms.index(t) for t in topic] for topic in topics]) == pytest.approx(per)


def test_npmi_needs_documents():
    with pytest.raises(ValueError, match="needs at least one document; got none"):
        npmi_coherence([["a", "b"]], [])


def test_topic_diversity():
    assert topic_diversity([["a", "b"], ["c", "d"]]) == 1.0
    assert topic_diversity([["a", "b"], ["a", "b"]]) == 0.5


def test_nndsvd_matches_scikit_learn(monkeypatch):
    from sklearn.decomposition import _nmf

    x = sp.random(200, 60, density=0.1, random_state=1, format="csr")
    # the same SVD on both sides: ours oversamples more than scikit-learn's default
    monkeypatch.setattr(_nmf, "_randomized_svd", lambda m, k, random_state=None: truncated_svd(m, k, seed=0))
    w1, h1 = _nmf._initialize_nmf(x, 4, init="nndsvd", random_state=0)
    w2, h2 = nndsvd(truncated_svd(x, 4, seed=0), 4)
    np.testing.assert_array_equal(w2, w1)
    np.testing.assert_array_equal(h2, h1)
    w3, h3 = nndsvd(truncated_svd(x, 8, seed=0), 3)  # a larger SVD serves a smaller k
    assert w3.shape == (200, 3) and h3.shape == (3, 60) and (w3 >= 0).all() and (h3 >= 0).all()


def test_match_overlap_ignores_order():
    a = np.eye(3)
    assert match_overlap(a, a[[2, 0, 1]]) == pytest.approx(1.0)
    assert match_overlap(a, a[:2]) == pytest.approx(2 / 3)


def test_svd_barely_depends_on_the_seed():
    """The seed drives a randomised SVD; with enough oversampling the NMF start is the same for any seed."""
    rng = np.random.default_rng(2)
    low_rank = np.abs(rng.normal(size=(300, 6))) * [6, 5, 4, 3, 2, 1] @ np.abs(rng.normal(size=(6, 80)))
    x = sp.csr_matrix(low_rank + np.abs(rng.normal(scale=0.1, size=low_rank.shape)))
    w0, h0 = nndsvd(truncated_svd(x, 6, seed=0), 6)
    w1, h1 = nndsvd(truncated_svd(x, 6, seed=1), 6)
    np.testing.assert_allclose(h0, h1, atol=1e-3)
