"""The survey's own model: one logistic regression per theme (SGD) on TF-IDF lemma n-grams.

Trained on the seeds' weak labels, replaced by the analyst's codes where comments are coded
(weighted ``coded_weight``), it finds comments that use a theme's vocabulary without a seed
(misspellings, inflections, new words). Optional character n-grams (of the lemmas' first 600
characters) help surveys full of misspellings. Identical lemma strings are featurised once,
and large surveys are predicted in chunks, so memory stays bounded.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from tqdm.auto import tqdm

from textnps.preprocess.vocabulary import drop_terms, private_terms
from textnps.themes import persist
from textnps.themes.codebook.fast_tfidf import tfidf_transform

__all__ = ["NgramModel"]

_CHAR_LIMIT = 600
#: Comments predicted at a time.
CHUNK = 20000


class NgramModel:
    """Per-theme linear models over lemma word (and optionally character) n-grams.

    The settings are the :class:`~textnps.themes.codebook.classify.ThemeClassifier`'s of the same
    names. After :meth:`fit`: ``coef_`` (n_themes, n_features), ``intercept_`` (n_themes,),
    ``n_train_``; a theme with fewer than ``min_positives`` positive (or negative) comments keeps
    a zero model (probability ~0).
    """

    def __init__(self, n_themes: int, *, word_ngrams=(1, 2), char_ngrams=None, max_features=50000, alpha=2e-5,
                 epochs=10, min_positives=5, coded_weight=5.0, random_state=0, progress=False):
        self.n_themes = n_themes
        self.word_ngrams, self.char_ngrams, self.max_features = word_ngrams, char_ngrams, max_features
        self.alpha, self.epochs, self.min_positives = alpha, epochs, min_positives
        self.coded_weight, self.random_state, self.progress = coded_weight, random_state, progress
        self.coef_ = np.zeros((n_themes, 0))
        self.intercept_ = np.full(n_themes, -30.0)
        self.n_train_ = 0
        self.word = self.char = None

    def _features(self, lemmas: list[str], *, fit: bool = False, texts=None):
        """TF-IDF features of each distinct lemma string, and each row's index into them."""
        lemmas = np.asarray(lemmas, dtype=object)
        codes, _ = pd.factorize(pd.Series(lemmas), sort=False)
        first = pd.Series(np.arange(len(codes))).groupby(codes).first().to_numpy()
        docs = lemmas[first]
        if fit:  # no rare token, placeholder or name in the stored vocabularies
            docs = drop_terms(docs, private_terms(docs, texts))
            self.word = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(self.word_ngrams), min_df=2,
                                        max_features=self.max_features, sublinear_tf=True, lowercase=False,
                                        dtype=np.float32)
            self.char = None if self.char_ngrams is None else TfidfVectorizer(
                analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=3, max_features=self.max_features,
                sublinear_tf=True, lowercase=False, dtype=np.float32)
        parts = [self.word.fit_transform(docs) if fit else tfidf_transform(self.word, docs)]
        if self.char is not None:
            chars = [t[:_CHAR_LIMIT] for t in docs]
            parts.append(self.char.fit_transform(chars) if fit else self.char.transform(chars))
        return (sp.hstack(parts).tocsr() if len(parts) > 1 else parts[0].tocsr()), codes

    def fit(self, lemmas: list[str], target: np.ndarray, coded: np.ndarray, *, texts=None) -> NgramModel:
        """Train on *lemmas* with 0/1 *target* (n, n_themes); rows where *coded* weigh ``coded_weight``.

        *texts* (the redacted comments) tell which words are names, never stored in the vocabulary.
        """
        try:
            feats, codes = self._features(lemmas, fit=True, texts=texts)
        except ValueError:  # too few comments for the vocabulary thresholds: seeds only
            self.word = self.char = None
            return self
        Xt = feats[codes]
        weight = np.where(coded, float(self.coded_weight), 1.0)
        self.coef_ = np.zeros((self.n_themes, Xt.shape[1]))
        self.n_train_ = len(lemmas)
        for k in tqdm(range(self.n_themes), desc="theme models", disable=not self.progress, leave=False):
            pos = int(target[:, k].sum())
            if pos < self.min_positives or len(target) - pos < self.min_positives:
                continue
            model = SGDClassifier(loss="log_loss", alpha=self.alpha, max_iter=self.epochs, tol=None,
                                  random_state=self.random_state)
            model.fit(Xt, target[:, k], sample_weight=weight)
            self.coef_[k] = model.coef_[0]
            self.intercept_[k] = model.intercept_[0]
        return self

    def predict_proba(self, lemmas: list[str]) -> np.ndarray:
        """Probability of each theme, shape (n, n_themes); zeros when there is no vocabulary."""
        if self.word is None or not len(lemmas):
            return np.zeros((len(lemmas), self.n_themes))
        out = np.empty((len(lemmas), self.n_themes))
        coef = self.coef_.T.astype(np.float32)
        for start in range(0, len(lemmas), CHUNK):  # bounded memory on large surveys
            feats, codes = self._features(lemmas[start:start + CHUNK])
            z = np.asarray(feats @ coef, dtype=float) + self.intercept_
            out[start:start + CHUNK] = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))[codes]
        return out

    def to_state(self) -> dict:
        return {"coef": self.coef_.astype(np.float32), "intercept": self.intercept_, "n_train": self.n_train_,
                "word": persist.vectorizer_state(self.word), "char": persist.vectorizer_state(self.char)}

    def set_state(self, state: dict) -> NgramModel:
        """Restore what :meth:`to_state` saved."""
        self.coef_ = np.asarray(state["coef"], dtype=float)
        self.intercept_ = np.asarray(state["intercept"], dtype=float)
        self.n_train_ = state["n_train"]
        self.word = persist.vectorizer_from_state(state["word"])
        self.char = persist.vectorizer_from_state(state["char"])
        n_features = sum(len(v.vocabulary_) for v in (self.word, self.char) if v is not None)
        persist.check_shapes(state, {"coef": (self.coef_, (self.n_themes, n_features)),
                                     "intercept": (self.intercept_, (self.n_themes,))})
        return self
