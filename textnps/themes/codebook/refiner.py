"""A layer learned from coded comments that refines a codebook's zero-shot theme decisions.

Zero-shot, :class:`~textnps.themes.codebook.classify.ThemeClassifier` decides a theme from
its seeds (a match floors the probability at ``seed_probability``) and from a
linear model trained on the seeds' weak labels. Seeds are precise words, but a
seed is not always an evaluation of its theme (``jeg ringede til kundeservice``
is the reason for calling, not a verdict on the staff), and many mentions use no
seed at all. Both are things people who code comments see at once.

:class:`ThemeRefiner` learns them from coded comments: per theme, a logistic
regression over

* TF-IDF of the comment's lemma unigrams and bigrams, on a fixed vocabulary of
  common words (each in at least ``min_df`` coded comments and, by
  :mod:`wordfreq`, a word of Danish, Swedish, Norwegian or English with Zipf
  frequency >= ``min_zipf``: no rare names, numbers or one-off spellings, and
  no text of any comment), and
* the theme's zero-shot signals: whether its seeds matched, and its zero-shot
  probability (both scaled by ``signal_weight``).

``threshold_`` is the global decision threshold chosen by ``cv``-fold
cross-validation on the coded comments (the middle of the thresholds whose
micro F1 is within 0.001 of the best: the curve is flat near its top);
:meth:`predict_proba` shifts every theme's log-odds by it, so 0.5 stays the
decision point. It applies only to the languages it was trained on
(``languages_``). ``general`` ("no other theme applies") is left to its seeds
by the classifier: a per-theme model cannot learn a rule about the others.

:meth:`fit_polarity` learns each theme's polarity from the coded pairs (the
comment's words, and what its clauses say of the theme). The classifier asks it
only where the clauses are not clear: no sentiment word in them, or both signs.
Clear clauses keep deciding (``bra pris men usel kundtjänst`` stays price:pos,
staff_service:neg).

The default codebook ships one, trained on 5,946 comments coded with its rules
(``benchmarks/trainset/``, ``models/nordic-cx/MODEL_CARD.md``); which refiner a classifier
applies is decided in :mod:`textnps.themes.codebook.refining`.
"""
from __future__ import annotations

import numbers

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, _fit_context
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.utils._param_validation import Interval
from sklearn.utils.validation import check_is_fitted

from textnps._contract import FrameEstimatorMixin
from textnps._errors import InputError
from textnps.preprocess.vocabulary import private_terms
from textnps.themes import persist
from textnps.themes.codebook.frame import old_refiner_call, refiner_frame
from textnps.themes.codebook.refiner_themes import theme_fingerprints
from textnps.themes.codebook.words import bare, common_word

__all__ = ["ThemeRefiner", "REFINER_KIND", "REFINER_VERSION", "refiner_frame"]

REFINER_KIND = "theme-refiner"
REFINER_VERSION = 1
_RULES = ("pos", "neg", "mixed", None)  # what the clauses can say of a theme
_THRESHOLDS = np.round(np.arange(0.2, 0.71, 0.025), 3)
_PLATEAU = 0.001


def _one_per_group(lemmas: list[str], groups) -> list[str]:
    """The comments once each: the vocabulary counts comments, not their copies."""
    if groups is None:
        return lemmas
    _, first = np.unique(np.asarray(groups), return_index=True)
    return [lemmas[i] for i in np.sort(first)]


def _micro_f1(truth: np.ndarray, decided: np.ndarray) -> float:
    denominator = truth.sum() + decided.sum()
    return 2.0 * (truth & decided).sum() / denominator if denominator else 1.0


class ThemeRefiner(FrameEstimatorMixin, BaseEstimator):
    """Per-theme logistic regressions over common-word n-grams and the zero-shot signals.

    Parameters
    ----------
    C : float, default 3.0
        Inverse L2 regularisation of the logistic regressions.
    signal_weight : float, default 3.0
        Scale of the seed-match and zero-shot probability features against the TF-IDF ones.
    ngram_range : tuple, default (1, 2)
    min_df : int, default 3
        A term enters the vocabulary when it occurs in at least this many coded comments.
    min_zipf : float, default 2.5
        ... and every word of it has at least this Zipf frequency in wordfreq.
    cv : int, default 5
        Folds of the cross-validation that chooses ``threshold_``.
    min_language_share : float, default 0.05
        A language needs this share of the coded comments for the refiner to apply to it.
    random_state : int, default 0

    Attributes
    ----------
    theme_ids_ : list of str
    terms_ : ndarray of str, the vocabulary; idf_ : ndarray
    coef_ : ndarray of shape (n_themes, n_terms + 2); intercept_ : ndarray of shape (n_themes,)
    threshold_ : float
    languages_ : list of str or None, the languages it applies to (None: all)
    polarity_classes_, polarity_coef_, polarity_intercept_ : the polarity model (:meth:`fit_polarity`)
    n_coded_ : int; n_positive_ : ndarray, coded comments per theme
    """

    def __init__(self, *, C=3.0, signal_weight=3.0, ngram_range=(1, 2), min_df=3, min_zipf=2.5, cv=5,
                 min_language_share=0.05, random_state=0):
        self.C = C
        self.signal_weight = signal_weight
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.min_zipf = min_zipf
        self.cv = cv
        self.min_language_share = min_language_share
        self.random_state = random_state

    _parameter_constraints = {
        "C": [Interval(numbers.Real, 0, None, closed="neither")],
        "signal_weight": [Interval(numbers.Real, 0, None, closed="left")],
        "ngram_range": [tuple],
        "min_df": [Interval(numbers.Integral, 1, None, closed="left")],
        "min_zipf": [Interval(numbers.Real, 0, None, closed="left")],
        "cv": [Interval(numbers.Integral, 0, None, closed="left")],
        "min_language_share": [Interval(numbers.Real, 0, 1, closed="both")],
        "random_state": ["random_state"],
    }
    _frame_from = "refiner_frame"
    _frame_advice = "Build X with textnps.themes.codebook.refiner.refiner_frame(lemmas, seeds, proba, theme_ids)."

    # -- fitting ------------------------------------------------------------
    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X, y=None, *args, groups=None, codebook=None, exclude=(), langs=None):
        """Learn from coded comments.

        Parameters
        ----------
        X : DataFrame
            :func:`refiner_frame` of the coded comments: the Preprocessor's ``lemmas``
            (and ``lang``), and per theme the zero-shot ``seed_<id>`` (0/1) and ``p_<id>``.
            With ``lang``, the refiner applies only to the languages with at least
            ``min_language_share`` of the coded comments (``languages_``): its word
            weights know nothing of the others.
        y : DataFrame or array of shape (n, n_themes)
            The codes (0/1); a DataFrame's columns are the theme ids, in the order of X's.
        groups : ndarray of shape (n,), optional
            Rows with the same group are copies of one comment (e.g. with the
            zero-shot signals of several fitting samples); cross-validation keeps
            them in the same fold.
        codebook : Codebook, optional
            The codebook of the seeds; recorded (``codebook_fingerprint_``) so the
            refiner is only ever applied with the seeds it was trained with.
        exclude : collection of str
            Words never to use (e.g. the names of people in the coded comments:
            they say nothing about another survey and do not belong in a model).

        The old call ``fit(lemmas, seeds, proba, Y, theme_ids, langs=...)`` still works
        for one release, with a FutureWarning.
        """
        if args:
            X, y = old_refiner_call("fit", X, y, *args, langs=langs)
        elif langs is not None:
            raise InputError("ThemeRefiner.fit reads the languages from X's 'lang' column; langs= belongs to the "
                             "deprecated call fit(lemmas, seeds, proba, Y, theme_ids, langs=...).")
        lemmas, seeds, proba, ids = self._read_frame(X, where="fit", reset=True)
        Y = np.asarray(y, dtype=float) if y is not None else None
        if Y is None or Y.shape != seeds.shape:
            raise InputError(f"ThemeRefiner.fit expects y of shape {seeds.shape} (one 0/1 code per comment and "
                             f"theme {ids}); got {None if Y is None else Y.shape}.")
        if isinstance(y, pd.DataFrame) and [str(c) for c in y.columns] != ids:
            raise InputError(f"ThemeRefiner.fit: the columns of y {list(y.columns)} must be the themes of X, {ids}.")
        n, m = seeds.shape
        self.theme_ids_ = ids
        self.codebook_fingerprint_ = None if codebook is None else codebook.fingerprint
        self.theme_fingerprints_ = None if codebook is None else theme_fingerprints(codebook)
        self.unrefined_ = []
        if "lang" not in X.columns:
            self.languages_ = None
        else:
            counts = pd.Series(_one_per_group(X["lang"].astype(str).tolist(), groups)).value_counts(normalize=True)
            self.languages_ = sorted(counts.index[counts >= float(self.min_language_share)])
        self._exclude = frozenset(exclude) | private_terms(_one_per_group(list(lemmas), groups), min_comments=self.min_df)
        Y = Y.astype(bool)
        self.n_coded_ = n if groups is None else len(np.unique(groups))
        self.n_positive_ = Y.sum(axis=0) if groups is None else np.array(
            [len(np.unique(np.asarray(groups)[Y[:, k]])) for k in range(m)])
        self.threshold_ = self._choose_threshold(lemmas, seeds, proba, Y, groups)
        self._fit_weights(lemmas, seeds, proba, Y, groups)
        self.terms_ = np.array(sorted(self._vectorizer.vocabulary_, key=self._vectorizer.vocabulary_.get), dtype=str)
        self.idf_ = self._vectorizer.idf_
        self.polarity_coef_ = None
        return self

    def _read_frame(self, X, *, where: str, reset: bool = False):
        """``(lemmas, seeds, proba, theme_ids)`` of a :func:`refiner_frame`."""
        ids = list(self.theme_ids_) if not reset else [
            str(c)[2:] for c in getattr(X, "columns", []) if str(c).startswith("p_")]
        need = ["lemmas"] + [f"seed_{t}" for t in ids] + [f"p_{t}" for t in ids]
        X = self._check_frame(X, where=where, required=need, reset=reset)
        lemmas = X["lemmas"].astype(object).where(X["lemmas"].notna(), "").astype(str).tolist()
        seeds = X[[f"seed_{t}" for t in ids]].to_numpy(dtype=float)
        proba = X[[f"p_{t}" for t in ids]].to_numpy(dtype=float)
        return lemmas, seeds, proba, ids

    def _fit_weights(self, lemmas: list[str], seeds, proba, Y, groups) -> None:
        """The vocabulary (each comment counted once) and the per-theme regressions: ``_vectorizer``, ``coef_``."""
        self._vectorizer = self._make_vectorizer(_one_per_group(lemmas, groups))
        self.coef_, self.intercept_ = self._fit_themes(self._vectorizer.transform(lemmas), seeds, proba, Y)

    def _make_vectorizer(self, lemmas: list[str]) -> TfidfVectorizer:
        counter = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(self.ngram_range), min_df=self.min_df,
                                  lowercase=False)
        try:
            counter.fit(lemmas)
            exclude = getattr(self, "_exclude", frozenset())
            terms = [t for t in counter.vocabulary_
                     if all(common_word(w, float(self.min_zipf)) and bare(w) not in exclude for w in t.split())]
        except ValueError:  # no term reaches min_df: the signals alone
            terms = []
        vectorizer = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(self.ngram_range), lowercase=False,
                                     sublinear_tf=True, vocabulary=sorted(terms) or ["\x00"], dtype=np.float32)
        return vectorizer.fit(lemmas)

    def _fit_themes(self, words, seeds: np.ndarray, proba: np.ndarray, Y: np.ndarray):
        n_terms = words.shape[1]
        coef = np.zeros((Y.shape[1], n_terms + 2))
        intercept = np.zeros(Y.shape[1])
        for k in range(Y.shape[1]):
            if Y[:, k].all() or not Y[:, k].any():  # one class only, nothing to learn: keep the zero-shot
                coef[k, n_terms:] = (0.0, 8.0)        # probability (logit 8p - 4: 0.5 stays the middle)
                intercept[k] = -4.0
                continue
            X = sp.hstack([words, sp.csr_matrix(np.c_[seeds[:, k], proba[:, k]] * float(self.signal_weight))]).tocsr()
            model = LogisticRegression(C=float(self.C), max_iter=3000, random_state=self.random_state).fit(X, Y[:, k])
            coef[k, :n_terms] = model.coef_[0, :n_terms]
            coef[k, n_terms:] = model.coef_[0, n_terms:] * float(self.signal_weight)
            intercept[k] = model.intercept_[0]
        return coef, intercept

    def _choose_threshold(self, lemmas, seeds, proba, Y, groups) -> float:
        n = len(lemmas)
        units = np.arange(n) if groups is None else np.unique(groups, return_inverse=True)[1]
        n_units = units.max() + 1 if n else 0
        if n_units < 2 * int(self.cv) or int(self.cv) < 2:
            return 0.5
        folds = KFold(int(self.cv), shuffle=True, random_state=self.random_state).split(np.arange(n_units))
        out = np.zeros_like(Y, dtype=float)
        for train_units, test_units in folds:
            train, test = np.isin(units, train_units), np.isin(units, test_units)
            part = ThemeRefiner(**self.get_params())
            part._exclude = self._exclude
            part._fit_weights([lemmas[i] for i in np.flatnonzero(train)], seeds[train], proba[train], Y[train],
                              None if groups is None else units[train])
            out[test] = part._logits([lemmas[i] for i in np.flatnonzero(test)], seeds[test], proba[test])
        probs = 1.0 / (1.0 + np.exp(-out))
        f1 = [_micro_f1(Y, probs >= t) for t in _THRESHOLDS]
        self.cv_scores_ = dict(zip(_THRESHOLDS.tolist(), np.round(f1, 4).tolist()))
        # micro F1 is flat near its best: take the middle of the thresholds within _PLATEAU of it, not the
        # one that happens to win by a hair
        near = _THRESHOLDS[np.asarray(f1) >= max(f1) - _PLATEAU]
        return float(near[(len(near) - 1) // 2])

    # -- predicting ---------------------------------------------------------
    def _logits(self, lemmas, seeds: np.ndarray, proba: np.ndarray) -> np.ndarray:
        words = self._vectorizer.transform(list(lemmas))
        n_terms = words.shape[1]
        z = np.asarray(words @ self.coef_[:, :n_terms].T.astype(np.float32), dtype=float)
        z += seeds * self.coef_[:, n_terms] + proba * self.coef_[:, n_terms + 1] + self.intercept_
        return z

    def applies(self, langs) -> np.ndarray:
        """Which comments (by language) the refiner knows how to refine."""
        langs = np.asarray(list(langs), dtype=object)
        return np.ones(len(langs), dtype=bool) if self.languages_ is None else np.isin(langs, self.languages_)

    def refine(self, lemmas, seeds, proba) -> np.ndarray:
        """Refined probabilities, shape (n, n_themes); a theme applies from 0.5 (``threshold_`` folded in)."""
        check_is_fitted(self, "coef_")
        seeds, proba = np.asarray(seeds, dtype=float), np.asarray(proba, dtype=float)
        z = self._logits(lemmas, seeds, proba) - np.log(self.threshold_ / (1.0 - self.threshold_))
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def predict_proba(self, X, *args) -> pd.DataFrame:
        """Refined probabilities of the :func:`refiner_frame` *X*: ``p_<id>`` columns on X's index.

        A theme applies from 0.5 (``threshold_`` folded in). The old call
        ``predict_proba(lemmas, seeds, proba)`` returns the array, with a FutureWarning.
        """
        check_is_fitted(self, "coef_")
        if args:
            return self.refine(*old_refiner_call("predict_proba", X, *args))
        lemmas, seeds, proba, ids = self._read_frame(X, where="predict_proba")
        return pd.DataFrame(self.refine(lemmas, seeds, proba), index=X.index, columns=[f"p_{t}" for t in ids])

    # -- polarity -----------------------------------------------------------
    @property
    def has_polarity(self) -> bool:
        return getattr(self, "polarity_coef_", None) is not None

    def _polarity_design(self, lemmas, ks, rule, overall, seeded):
        n = len(lemmas)
        signals = np.zeros((n, 2 * len(_RULES) + 1 + len(self.theme_ids_)))
        at = np.arange(n)
        signals[at, [_RULES.index(r) for r in rule]] = 1.0
        signals[at, [len(_RULES) + _RULES.index(o) for o in overall]] = 1.0
        signals[:, 2 * len(_RULES)] = np.asarray(seeded, dtype=float)
        signals[at, 2 * len(_RULES) + 1 + np.asarray(ks, dtype=int)] = 1.0
        words = self._vectorizer.transform(list(lemmas))
        return sp.hstack([words, sp.csr_matrix(signals * float(self.signal_weight))]).tocsr()

    def fit_polarity(self, lemmas, ks, rule, overall, seeded, polarity):
        """Learn each theme's polarity from coded (comment, theme) pairs.

        One multinomial logistic regression over the comment's common-word
        n-grams and what the clauses say: the polarity of the clauses holding the
        theme's seeds (*rule*), of the whole comment (*overall*; each ``pos``,
        ``neg``, ``mixed`` or None), whether the seeds matched (*seeded*) and the
        theme (*ks*, its index). *polarity* is the coder's.
        """
        check_is_fitted(self, "coef_")
        polarity = np.asarray(polarity, dtype=object)
        unknown = sorted(set(polarity) - {"pos", "neg", "mixed"})
        if unknown:
            raise InputError(f"ThemeRefiner.fit_polarity: polarities must be pos, neg or mixed; got {unknown}.")
        if len(set(polarity)) < 2:
            self.polarity_coef_ = None
            return self
        model = LogisticRegression(C=float(self.C), max_iter=3000, random_state=self.random_state)
        model.fit(self._polarity_design(lemmas, ks, rule, overall, seeded), polarity)
        self.polarity_classes_ = np.asarray(model.classes_, dtype=str)
        self.polarity_coef_ = model.coef_ if len(model.classes_) > 2 else np.vstack([-model.coef_, model.coef_])
        self.polarity_intercept_ = (model.intercept_ if len(model.classes_) > 2
                                    else np.r_[-model.intercept_, model.intercept_])
        return self

    def predict_polarity(self, lemmas, ks, rule, overall, seeded) -> list[str]:
        """The learned polarity of theme ``ks[j]`` in comment ``lemmas[j]`` (see :meth:`fit_polarity`)."""
        check_is_fitted(self, "polarity_coef_")
        z = np.asarray(self._polarity_design(lemmas, ks, rule, overall, seeded) @ self.polarity_coef_.T)
        return list(self.polarity_classes_[np.argmax(z + self.polarity_intercept_, axis=1)])

    # -- persistence --------------------------------------------------------
    def to_state(self) -> dict:
        check_is_fitted(self, "coef_")
        return {"params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.get_params().items()},
                "theme_ids": self.theme_ids_, "vectorizer": persist.vectorizer_state(self._vectorizer),
                "coef": self.coef_.astype(np.float32), "intercept": self.intercept_, "threshold": self.threshold_,
                "n_coded": self.n_coded_, "n_positive": np.asarray(self.n_positive_),
                "codebook_fingerprint": self.codebook_fingerprint_, "languages": self.languages_,
                "theme_fingerprints": getattr(self, "theme_fingerprints_", None),
                "unrefined": list(getattr(self, "unrefined_", [])),
                "polarity": None if not self.has_polarity else {
                    "classes": self.polarity_classes_, "coef": self.polarity_coef_.astype(np.float32),
                    "intercept": self.polarity_intercept_}}

    @classmethod
    @persist.loads_model
    def from_state(cls, state: dict) -> ThemeRefiner:
        params = {k: (tuple(v) if isinstance(v, list) else v) for k, v in state["params"].items()}
        refiner = cls(**params)
        refiner.theme_ids_ = list(state["theme_ids"])
        refiner.coef_ = np.asarray(state["coef"], dtype=float)
        refiner.intercept_ = np.asarray(state["intercept"], dtype=float)
        refiner.threshold_ = float(state["threshold"])
        refiner.n_coded_ = int(state["n_coded"])
        refiner.n_positive_ = np.asarray(state["n_positive"])
        refiner.codebook_fingerprint_ = state["codebook_fingerprint"]
        refiner.theme_fingerprints_ = state.get("theme_fingerprints")  # None in refiners saved before 2026-12
        refiner.unrefined_ = list(state.get("unrefined") or [])
        refiner.languages_ = state["languages"]
        polarity = state["polarity"]
        refiner.polarity_coef_ = None if polarity is None else np.asarray(polarity["coef"], dtype=float)
        if polarity is not None:
            refiner.polarity_classes_ = np.asarray(polarity["classes"], dtype=str)
            refiner.polarity_intercept_ = np.asarray(polarity["intercept"], dtype=float)
        refiner._vectorizer = persist.vectorizer_from_state(state["vectorizer"])
        refiner.terms_ = np.asarray(state["vectorizer"]["terms"], dtype=str)
        refiner.idf_ = refiner._vectorizer.idf_
        n_themes = len(refiner.theme_ids_)
        persist.check_shapes(state, {"coef": (refiner.coef_, (n_themes, len(refiner.terms_) + 2)),
                                     "intercept": (refiner.intercept_, (n_themes,))})
        return refiner

    def save(self, path) -> None:
        """Save to folder *path* (JSON + NumPy, no pickle)."""
        persist.save_model(self.to_state(), path, kind=REFINER_KIND, version=REFINER_VERSION)

    @classmethod
    def load(cls, path) -> ThemeRefiner:
        """Load a refiner saved with :meth:`save`."""
        return cls.from_state(persist.load_model(path, kind=REFINER_KIND, version=REFINER_VERSION))
