"""A layer learned from coded comments that refines a codebook's zero-shot theme decisions.

Zero-shot, :class:`~textnps.themes.codebook.classify.ThemeClassifier` decides a theme from
its seeds (a match floors the probability at ``seed_probability``) and from a
linear model trained on the seeds' weak labels. Seeds are precise words, but a
seed is not always an evaluation of its theme (``jeg ringede til kundeservice``
is the reason for calling, not a verdict on the staff), and many mentions use no
seed at all. Both are things people who code comments see at once.

:class:`ThemeRefiner` learns them from coded comments: per theme, a logistic
regression over

* TF-IDF of the comment's lemma unigrams and bigrams and, with ``char_ngram_range``, of
  the lemmas' character n-grams, on fixed vocabularies drawn from common words only
  (:mod:`~textnps.themes.codebook.refiner_features`: no rare names, numbers or one-off
  spellings, and no text of any comment),
* where the theme is mentioned: TF-IDF of the common words of the clauses holding the
  theme's seeds (the ``clause_<id>`` columns of :func:`refiner_frame`, from
  :func:`~textnps.themes.codebook.seed_clauses.seed_clause_texts`; scaled by
  ``clause_weight``), so a seed that is only context (``ringede om min skade``) learns to
  count less than one that is judged, and
* the theme's zero-shot signals: whether its seeds matched, and its zero-shot
  probability (both scaled by ``signal_weight``).

``general`` ("no other theme applies") is learned like the others; the classifier applies
the rule that it holds only where no other theme does, and the thresholds are chosen with
that rule applied. ``thresholds_`` (one per theme; ``threshold_`` their median) are chosen
by ``cv``-fold cross-validation on the coded comments (the middle of the plateau of micro
F1; per theme with ``per_theme_thresholds``); :meth:`refine` shifts every theme's log-odds
by its threshold, so 0.5 stays the decision point. It applies only to the languages it was trained
on (``languages_``). Polarity: :mod:`~textnps.themes.codebook.refiner_polarity`; the domain check
(``domain_reference_``): :mod:`~textnps.themes.codebook.refiner_domain`. The default codebook ships
one (``models/nordic-cx/MODEL_CARD.md``); which refiner a classifier applies: :mod:`~textnps.themes.codebook.refining`.
"""
from __future__ import annotations

import numbers
import warnings

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, _fit_context
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted

from textnps._contract import FrameEstimatorMixin
from textnps._errors import InputError, ModelFileError
from textnps.preprocess.vocabulary import private_terms
from textnps.themes import persist
from textnps.themes.codebook.frame import old_refiner_call, refiner_frame
from textnps.themes.codebook.refiner_features import (TermFeatures, choose_thresholds, clause_tfidf, clause_vectorizer,
                                                       clause_rows, general_exclusive, one_per_group, read_clauses,
                                                       texts)
from textnps.themes.codebook.refiner_polarity import PolarityModel
from textnps.themes.codebook.refiner_themes import theme_fingerprints

__all__ = ["ThemeRefiner", "REFINER_KIND", "REFINER_VERSION", "refiner_frame"]

REFINER_KIND = "theme-refiner"
#: 2: character n-grams, the seed clauses' words, a learned ``general``, one threshold per theme
REFINER_VERSION = 2


class ThemeRefiner(PolarityModel, FrameEstimatorMixin, BaseEstimator):
    """Per-theme logistic regressions over common-word n-grams, the seed clauses' words and the zero-shot signals.

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
    char_ngram_range : tuple or None, default None
        Character n-grams (``char_wb``) of the lemmas; None: none.
    char_min_df : int, default 5
        A character n-gram enters the vocabulary when the common words of at least this many coded
        comments hold it.
    clause_weight : float, default 1.0
        Scale of the seed clauses' words (used when the frame has ``clause_<id>`` columns; 0: not used).
    solver : {"lbfgs", "liblinear"}, default "lbfgs"
        Solver of the logistic regressions (liblinear is much faster with character n-grams).
    per_theme_thresholds : bool, default False
        Choose one threshold per theme by cross-validation instead of one for all.
    cv : int, default 5
        Folds of the cross-validation that chooses the thresholds.
    min_language_share : float, default 0.05
        A language needs this share of the coded comments for the refiner to apply to it.
    random_state : int, default 0

    Attributes
    ----------
    theme_ids_ : list of str; terms_ : ndarray of str, the word vocabulary; idf_ : ndarray
    n_char_grams_, n_clause_terms_ : int, sizes of the character and clause vocabularies
    coef_ : ndarray of shape (n_themes, n_features + 2); intercept_ : ndarray of shape (n_themes,)
        Features: words, character n-grams, clause words, then the seed match and zero-shot probability.
    thresholds_ : ndarray of shape (n_themes,); threshold_ : float, their median
    languages_ : list of str or None, the languages it applies to (None: all); domain_reference_ : dict (refiner_domain)
    polarity_classes_, polarity_coef_, polarity_intercept_ : the polarity model (:meth:`fit_polarity`)
    n_coded_ : int; n_positive_ : ndarray, coded comments per theme
    """

    def __init__(self, *, C=3.0, signal_weight=3.0, ngram_range=(1, 2), min_df=3, min_zipf=2.5,
                 char_ngram_range=None, char_min_df=5, clause_weight=1.0, solver="lbfgs", per_theme_thresholds=False,
                 cv=5, min_language_share=0.05, random_state=0):
        self.C = C
        self.signal_weight = signal_weight
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.min_zipf = min_zipf
        self.char_ngram_range = char_ngram_range
        self.char_min_df = char_min_df
        self.clause_weight = clause_weight
        self.solver = solver
        self.per_theme_thresholds = per_theme_thresholds
        self.cv = cv
        self.min_language_share = min_language_share
        self.random_state = random_state

    _parameter_constraints = {
        "C": [Interval(numbers.Real, 0, None, closed="neither")],
        "signal_weight": [Interval(numbers.Real, 0, None, closed="left")],
        "ngram_range": [tuple],
        "min_df": [Interval(numbers.Integral, 1, None, closed="left")],
        "min_zipf": [Interval(numbers.Real, 0, None, closed="left")],
        "char_ngram_range": [tuple, None],
        "char_min_df": [Interval(numbers.Integral, 1, None, closed="left")],
        "clause_weight": [Interval(numbers.Real, 0, None, closed="left")],
        "solver": [StrOptions({"lbfgs", "liblinear"})],
        "per_theme_thresholds": ["boolean"],
        "cv": [Interval(numbers.Integral, 0, None, closed="left")],
        "min_language_share": [Interval(numbers.Real, 0, 1, closed="both")],
        "random_state": ["random_state"],
    }
    _frame_from = "refiner_frame"
    _frame_advice = ("Build X with textnps.themes.codebook.refiner.refiner_frame(lemmas, seeds, proba, theme_ids, "
                     "clauses=...).")

    # -- fitting ------------------------------------------------------------
    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X, y=None, *args, groups=None, codebook=None, exclude=(), langs=None):
        """Learn from coded comments.

        Parameters
        ----------
        X : DataFrame
            :func:`refiner_frame` of the coded comments: the Preprocessor's ``lemmas``
            (and ``lang``), per theme the zero-shot ``seed_<id>`` (0/1) and ``p_<id>``, and
            (optional) ``clause_<id>``, the words of the clauses holding its seeds. With
            ``lang``, the refiner applies only to the languages with at least
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
            Words never to use (e.g. the names of people in the coded comments).

        The old call ``fit(lemmas, seeds, proba, Y, theme_ids, langs=...)`` warns (FutureWarning).
        """
        if args:
            X, y = old_refiner_call("fit", X, y, *args, langs=langs)
        elif langs is not None:
            raise InputError("ThemeRefiner.fit reads the languages from X's 'lang' column; langs= belongs to the "
                             "deprecated call fit(lemmas, seeds, proba, Y, theme_ids, langs=...).")
        lemmas, seeds, proba, ids = self._read_frame(X, where="fit", reset=True)
        clauses = read_clauses(X, ids) if float(self.clause_weight) > 0 else None
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
        self.unrefined_, self.domain_reference_ = [], {}  # the reference: set by whoever trains it (refiner_domain)
        counts = pd.Series(one_per_group(X["lang"].astype(str).tolist(), groups)).value_counts(normalize=True) \
            if "lang" in X.columns else None
        self.languages_ = None if counts is None else sorted(counts.index[counts >= float(self.min_language_share)])
        self._exclude = frozenset(exclude) | private_terms(one_per_group(list(lemmas), groups), min_comments=self.min_df)
        Y = Y.astype(bool)
        self.n_coded_ = n if groups is None else len(np.unique(groups))
        self.n_positive_ = Y.sum(axis=0) if groups is None else np.array(
            [len(np.unique(np.asarray(groups)[Y[:, k]])) for k in range(m)])
        self.thresholds_ = self._choose_thresholds(lemmas, clauses, seeds, proba, Y, groups)
        self.threshold_ = float(np.median(self.thresholds_))
        self._fit_weights(lemmas, clauses, seeds, proba, Y, groups)
        self.polarity_coef_ = None
        return self

    def _read_frame(self, X, *, where: str, reset: bool = False):
        """``(lemmas, seeds, proba, theme_ids)`` of a :func:`refiner_frame`."""
        ids = list(self.theme_ids_) if not reset else [
            str(c)[2:] for c in getattr(X, "columns", []) if str(c).startswith("p_")]
        need = ["lemmas"] + [f"seed_{t}" for t in ids] + [f"p_{t}" for t in ids]
        X = self._check_frame(X, where=where, required=need, reset=reset)
        seeds = X[[f"seed_{t}" for t in ids]].to_numpy(dtype=float)
        proba = X[[f"p_{t}" for t in ids]].to_numpy(dtype=float)
        return texts(X["lemmas"]), seeds, proba, ids

    def _fit_weights(self, lemmas: list[str], clauses, seeds, proba, Y, groups) -> None:
        """The vocabularies (each comment counted once) and the per-theme regressions."""
        self._features = TermFeatures.fit(
            lemmas, ngram_range=self.ngram_range, min_df=self.min_df, min_zipf=self.min_zipf, exclude=self._exclude,
            char_ngram_range=self.char_ngram_range, char_min_df=self.char_min_df,
            vocabulary_from=one_per_group(lemmas, groups))
        self._clauses = None if clauses is None else clause_vectorizer(
            clauses, groups, min_df=self.min_df, min_zipf=self.min_zipf, exclude=self._exclude)
        self.coef_, self.intercept_ = self._fit_themes(self._features.transform(lemmas),
                                                       self._clause_blocks(clauses, len(lemmas)), seeds, proba, Y)
        self._record_sizes()

    def _record_sizes(self) -> None:
        features, clauses = self._features, self._clauses
        self.terms_, self.idf_ = features.terms, features.words.idf_
        self.n_char_grams_ = 0 if features.chars is None else len(features.chars.vocabulary_)
        self.n_clause_terms_ = 0 if clauses is None else len(clauses.vocabulary_)

    @property
    def _vectorizer(self):
        return self._features.words

    def _clause_blocks(self, clauses, n: int) -> list | None:
        """Per theme, the TF-IDF of its seed clauses (None without a clause vocabulary)."""
        if getattr(self, "_clauses", None) is None:
            return None
        if clauses is None:
            return [sp.csr_matrix((n, len(self._clauses.vocabulary_)), dtype=np.float32)] * len(self.theme_ids_)
        return [clause_tfidf(self._clauses, c) * float(self.clause_weight) for c in clauses]

    def _design(self, words, blocks, seeds, proba, k: int):
        parts = [words] + ([] if blocks is None else [blocks[k]])
        return sp.hstack(parts + [sp.csr_matrix(np.c_[seeds[:, k], proba[:, k]] * float(self.signal_weight))],
                         format="csr")

    def _fit_themes(self, words, blocks, seeds: np.ndarray, proba: np.ndarray, Y: np.ndarray):
        n_terms = words.shape[1] + (0 if blocks is None else blocks[0].shape[1])
        coef = np.zeros((Y.shape[1], n_terms + 2))
        intercept = np.zeros(Y.shape[1])
        for k in range(Y.shape[1]):
            if Y[:, k].all() or not Y[:, k].any():  # one class only, nothing to learn: keep the zero-shot
                coef[k, n_terms:] = (0.0, 8.0)        # probability (logit 8p - 4: 0.5 stays the middle)
                intercept[k] = -4.0
                continue
            model = LogisticRegression(C=float(self.C), max_iter=3000, solver=self.solver, random_state=self.random_state)
            model.fit(self._design(words, blocks, seeds, proba, k), Y[:, k])
            coef[k, :n_terms] = model.coef_[0, :n_terms]
            coef[k, n_terms:] = model.coef_[0, n_terms:] * float(self.signal_weight)
            intercept[k] = model.intercept_[0]
        return coef, intercept

    def _choose_thresholds(self, lemmas, clauses, seeds, proba, Y, groups) -> np.ndarray:
        n = len(lemmas)
        units = np.arange(n) if groups is None else np.unique(groups, return_inverse=True)[1]
        n_units = units.max() + 1 if n else 0
        if n_units < 2 * int(self.cv) or int(self.cv) < 2:
            return np.full(Y.shape[1], 0.5)
        folds = KFold(int(self.cv), shuffle=True, random_state=self.random_state).split(np.arange(n_units))
        out = np.zeros_like(Y, dtype=float)
        for train_units, test_units in folds:
            train, test = np.flatnonzero(np.isin(units, train_units)), np.flatnonzero(np.isin(units, test_units))
            part = ThemeRefiner(**self.get_params())
            part._exclude, part.theme_ids_ = self._exclude, self.theme_ids_
            part._fit_weights([lemmas[i] for i in train], clause_rows(clauses, train), seeds[train], proba[train], Y[train],
                              None if groups is None else units[train])
            out[test] = part._logits([lemmas[i] for i in test], clause_rows(clauses, test), seeds[test], proba[test])
        thresholds, self.cv_scores_ = choose_thresholds(Y, 1.0 / (1.0 + np.exp(-out)), decide=general_exclusive(self.theme_ids_),
                                                        per_theme=bool(self.per_theme_thresholds))
        return thresholds

    # -- predicting ---------------------------------------------------------
    def _logits(self, lemmas, clauses, seeds: np.ndarray, proba: np.ndarray) -> np.ndarray:
        lemmas = list(lemmas)
        words = self._features.transform(lemmas)
        z = np.zeros((len(lemmas), len(self.theme_ids_)))
        n_words = words.shape[1]
        z += np.asarray(words @ self.coef_[:, :n_words].T.astype(np.float32), dtype=float)
        blocks = self._clause_blocks(clauses, len(lemmas))
        if blocks is not None:
            n_clause = blocks[0].shape[1]
            for k, block in enumerate(blocks):
                if block.nnz:
                    z[:, k] += block @ self.coef_[k, n_words:n_words + n_clause]
        z += seeds * self.coef_[:, -2] + proba * self.coef_[:, -1] + self.intercept_
        return z

    def applies(self, langs) -> np.ndarray:
        """Which comments (by language) the refiner knows how to refine."""
        langs = np.asarray(list(langs), dtype=object)
        return np.ones(len(langs), dtype=bool) if self.languages_ is None else np.isin(langs, self.languages_)

    #: ``general`` is learned (format 2); the classifier keeps it only where no other theme is decided
    learns_general = True

    def knows(self, words) -> np.ndarray:
        """Which of *words* (lemmas) are in the word vocabulary (the out-of-domain check's coverage)."""
        return np.array([w in self._features.words.vocabulary_ for w in words], dtype=bool)

    @property
    def uses_clauses(self) -> bool:
        """Whether it weighs the words of the seed clauses (then :meth:`refine` wants ``clauses``)."""
        return getattr(self, "_clauses", None) is not None

    def refine(self, lemmas, seeds, proba, clauses=None) -> np.ndarray:
        """Refined probabilities, shape (n, n_themes); a theme applies from 0.5 (``thresholds_`` folded in).

        *clauses*: per theme, per comment, the words of the clauses holding its seeds
        (:func:`~textnps.themes.codebook.seed_clauses.seed_clause_texts`). A refiner that
        :attr:`uses_clauses` and gets none warns and scores as if no clause said anything.
        """
        check_is_fitted(self, "coef_")
        seeds, proba = np.asarray(seeds, dtype=float), np.asarray(proba, dtype=float)
        if clauses is None and self.uses_clauses:
            warnings.warn("ThemeRefiner.refine: this refiner weighs the seed clauses' words and got no clauses=; "
                          "pass clauses=textnps.themes.codebook.seed_clauses.seed_clause_texts(texts, langs, hits, "
                          "n_themes) or the results are worse.", UserWarning, stacklevel=2)
        z = self._logits(lemmas, clauses, seeds, proba) - np.log(self.thresholds_ / (1.0 - self.thresholds_))
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def predict_proba(self, X, *args) -> pd.DataFrame:
        """Refined probabilities of the :func:`refiner_frame` *X*: ``p_<id>`` columns on X's index.

        A theme applies from 0.5 (``thresholds_`` folded in). The old call
        ``predict_proba(lemmas, seeds, proba)`` returns the array, with a FutureWarning.
        """
        check_is_fitted(self, "coef_")
        if args:
            return self.refine(*old_refiner_call("predict_proba", X, *args))
        lemmas, seeds, proba, ids = self._read_frame(X, where="predict_proba")
        clauses = read_clauses(X, ids) if self.uses_clauses else None
        return pd.DataFrame(self.refine(lemmas, seeds, proba, clauses), index=X.index,
                            columns=[f"p_{t}" for t in ids])

    # -- persistence --------------------------------------------------------
    def to_state(self) -> dict:
        check_is_fitted(self, "coef_")
        return {"params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.get_params().items()},
                "theme_ids": self.theme_ids_, "features": self._features.to_state(),
                "clauses": persist.vectorizer_state(getattr(self, "_clauses", None)),
                "coef": self.coef_.astype(np.float32), "intercept": self.intercept_,
                "thresholds": np.asarray(self.thresholds_, dtype=float), "threshold": self.threshold_,
                "n_coded": self.n_coded_, "n_positive": np.asarray(self.n_positive_),
                "codebook_fingerprint": self.codebook_fingerprint_, "languages": self.languages_,
                "theme_fingerprints": getattr(self, "theme_fingerprints_", None),
                "domain_reference": dict(getattr(self, "domain_reference_", None) or {}),
                "unrefined": list(getattr(self, "unrefined_", [])), "polarity": self._polarity_state()}

    @classmethod
    @persist.loads_model
    def from_state(cls, state: dict) -> ThemeRefiner:
        params = {k: (tuple(v) if isinstance(v, list) else v) for k, v in state["params"].items()}
        refiner = cls(**params)
        refiner.theme_ids_ = list(state["theme_ids"])
        refiner.coef_ = np.asarray(state["coef"], dtype=float)
        refiner.intercept_ = np.asarray(state["intercept"], dtype=float)
        refiner.thresholds_ = np.asarray(state["thresholds"], dtype=float)
        refiner.threshold_ = float(state["threshold"])
        refiner.n_coded_ = int(state["n_coded"])
        refiner.n_positive_ = np.asarray(state["n_positive"])
        refiner.codebook_fingerprint_ = state["codebook_fingerprint"]
        refiner.theme_fingerprints_ = state["theme_fingerprints"]
        refiner.unrefined_ = list(state["unrefined"] or [])
        refiner.languages_ = state["languages"]
        refiner.domain_reference_ = {str(k): float(v) for k, v in (state.get("domain_reference") or {}).items()}
        refiner._set_polarity_state(state["polarity"])
        refiner._features = TermFeatures.from_state(state["features"])
        refiner._clauses = persist.vectorizer_from_state(state["clauses"])
        refiner._record_sizes()
        n_themes = len(refiner.theme_ids_)
        n_features = refiner._features.n_features + refiner.n_clause_terms_
        persist.check_shapes(state, {"coef": (refiner.coef_, (n_themes, n_features + 2)),
                                     "intercept": (refiner.intercept_, (n_themes,)),
                                     "thresholds": (refiner.thresholds_, (n_themes,))})
        if not ((refiner.thresholds_ > 0) & (refiner.thresholds_ < 1)).all():
            raise ModelFileError(f"The refiner's thresholds must lie between 0 and 1; got {refiner.thresholds_.tolist()}.")
        return refiner

    def save(self, path) -> None:
        """Save to folder *path* (JSON + NumPy, no pickle)."""
        persist.save_model(self.to_state(), path, kind=REFINER_KIND, version=REFINER_VERSION)

    @classmethod
    def load(cls, path) -> ThemeRefiner:
        """Load a refiner saved with :meth:`save` (format version 2; older ones fail, naming the version)."""
        return cls.from_state(persist.load_model(path, kind=REFINER_KIND, version=REFINER_VERSION))
