"""An analyst's own codes on top of a shipped refiner: the shipped model is the prior, the codes update it.

``ThemeClassifier(refiner="learn")`` (``textnps train --refiner learn``) used to train a new refiner on
the survey's codes alone and throw the shipped one away: with a few hundred codes that is worse than
the shipped model. :class:`PriorRefiner` keeps it. Per theme, a logistic regression whose offset is
the prior's log-odds,

    z = w . x + b0 + a * z_prior + c * z_zero_shot

(``x`` the TF-IDF of the analyst's comments' common-word lemma 1-2-grams, as the refiner's;
``z_zero_shot`` the log-odds of the seeds and the survey's own model), penalised toward the prior
(``w = 0, b0 = 0, a = 1, c = 0``): ``|w|² / (2 C)`` on the words, ``(b0² + (a-1)² + c²) / (2 signal_C)``
on the three signals. With no codes it is the prior; a few hundred codes say how far to trust the prior
against the seeds on this survey (three numbers per theme, estimated well), and teach the words the
analyst's survey uses (many numbers, held close to 0). ``z_prior`` is the prior's
refined log-odds where the prior applies (its languages) and the zero-shot one elsewhere, so codes in a
language the prior does not know (Norwegian, for the shipped one) teach that language from the seeds.

Polarity stays the prior's (the analyst's polarities are counted in ``n_polarity_codes_``, not
learned). ``built_from_`` says what the model was built from, and it saves and loads as JSON + npz
with the prior inside.
"""
from __future__ import annotations

import numbers

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import minimize
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import KFold
from sklearn.utils._param_validation import Interval
from sklearn.utils.validation import check_is_fitted

from textnps._errors import InputError
from textnps.themes import persist
from textnps.themes.codebook.fast_tfidf import tfidf_transform
from textnps.themes.codebook.refiner_features import clause_rows, read_clauses
from textnps.themes.codebook.words import bare, common_word

__all__ = ["PriorRefiner", "PRIOR_KIND", "PRIOR_VERSION"]

PRIOR_KIND = "prior-theme-refiner"
PRIOR_VERSION = 1
_EPS = 1e-6
_THRESHOLDS = np.round(np.arange(0.2, 0.71, 0.025), 3)
_PLATEAU = 0.001


def _logit(p):
    p = np.clip(np.asarray(p, dtype=float), _EPS, 1.0 - _EPS)
    return np.log(p / (1.0 - p))


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _fit_offset(words, base, zero_shot, y, C: float, signal_C: float) -> np.ndarray:
    """``(w, b0, a, c)`` of the logistic regression ``z = words @ w + b0 + a * base + c * zero_shot``.

    Penalised toward the prior (``w = 0, b0 = 0, a = 1, c = 0``): ``|w|² / (2 C)`` on the words and
    ``(b0² + (a - 1)² + c²) / (2 signal_C)`` on the three signals, which a few hundred codes estimate well.
    """
    n, d = words.shape
    design = sp.hstack([words, sp.csr_matrix(np.c_[np.ones(n), base, zero_shot])]).tocsr()
    design_t = design.T.tocsr()
    center = np.r_[np.zeros(d), 0.0, 1.0, 0.0]
    scale = np.r_[np.full(d, 1.0 / C), np.full(3, 1.0 / signal_C)]

    def loss(theta):
        z = design @ theta
        p = _sigmoid(z)
        gap = theta - center
        value = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(scale * gap * gap)
        return value, design_t @ (p - y) + scale * gap

    return minimize(loss, center.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


class PriorRefiner(BaseEstimator):
    """A fitted refiner (the prior) updated by an analyst's coded comments.

    Parameters
    ----------
    prior : ThemeRefiner or PriorRefiner, fitted
        The refiner to start from (the shipped one).
    C : float, default 1.0
        Inverse L2 penalty on the update's word weights (smaller: closer to the prior). Chosen on the
        training codes by leaving each source file out (``benchmarks/bench_learning_curve.py``).
    signal_C : float, default 10.0
        Inverse L2 penalty on how the prior's and the zero-shot log-odds are weighed (and the intercept).
        ``C`` and ``signal_C`` were chosen on the training codes (``bench_learning_curve.py --choose-c``).
    cv : int, default 5
        Folds of the cross-validation on the codes that chooses ``threshold_`` (fewer than ``2 cv`` codes: 0.5).
    ngram_range : tuple, default (1, 2)
    min_df : int, default 2
        A term enters the update's vocabulary when it occurs in this many coded comments.
    min_zipf : float, default 2.5
        ... and every word of it has this Zipf frequency (common words only, as the refiner's).
    min_language_share : float, default 0.05
        A language the prior does not apply to is refined when it has this share of the codes.

    Attributes
    ----------
    prior_ : the prior, as given; theme_ids_, codebook_fingerprint_, theme_fingerprints_, unrefined_ : the prior's
    terms_ : ndarray of str; coef_ : ndarray (n_themes, n_terms + 3): word weights, b0, a, c
    threshold_ : float, the decision threshold (folded into :meth:`refine`, which decides at 0.5)
    languages_ : list of str or None, the prior's languages and the codes' own
    n_coded_ : int, codes behind the model (the prior's and the analyst's); n_analyst_coded_ : int
    built_from_ : dict, what the model was built from
    """

    takes_langs = True  # refine(..., langs=): the prior applies to its own languages only

    _parameter_constraints = {
        "prior": "no_validation",
        "C": [Interval(numbers.Real, 0, None, closed="neither")],
        "signal_C": [Interval(numbers.Real, 0, None, closed="neither")],
        "cv": [Interval(numbers.Integral, 0, None, closed="left")],
        "ngram_range": [tuple],
        "min_df": [Interval(numbers.Integral, 1, None, closed="left")],
        "min_zipf": [Interval(numbers.Real, 0, None, closed="left")],
        "min_language_share": [Interval(numbers.Real, 0, 1, closed="both")],
    }

    def __init__(self, prior=None, *, C=1.0, signal_C=10.0, cv=5, ngram_range=(1, 2), min_df=2, min_zipf=2.5,
                 min_language_share=0.05):
        self.prior = prior
        self.cv = cv
        self.C = C
        self.signal_C = signal_C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.min_zipf = min_zipf
        self.min_language_share = min_language_share

    # -- fitting ------------------------------------------------------------
    def fit(self, X: pd.DataFrame, y, *, codebook=None, exclude=()):
        """Update the prior with coded comments.

        *X* is a :func:`~textnps.themes.codebook.frame.refiner_frame` of the coded comments (``lemmas``,
        ``lang``, ``seed_<id>``, ``p_<id>``), *y* their 0/1 codes (n, n_themes), *exclude* words never to
        use (names in the coded comments).
        """
        self._validate_params()
        prior = self.prior
        if prior is None or not hasattr(prior, "theme_ids_"):
            raise InputError("PriorRefiner needs a fitted refiner as its prior (prior=ThemeRefiner.load(...)); "
                             f"got {type(prior).__name__}.")
        self._take_prior(prior)
        lemmas, seeds, proba, langs, clauses = self._read(X)
        Y = np.asarray(y, dtype=float)
        if Y.shape != seeds.shape:
            raise InputError(f"PriorRefiner.fit expects y of shape {seeds.shape} (one 0/1 code per comment and "
                             f"theme {self.theme_ids_}); got {Y.shape}.")
        if codebook is not None and prior.codebook_fingerprint_ not in (None, codebook.fingerprint):
            raise InputError(f"The prior refiner was trained with another text of codebook {codebook.name!r}; "
                             "update it with codes of the codebook it was trained on.")
        shares = pd.Series(langs).value_counts(normalize=True) if len(langs) else pd.Series(dtype=float)
        own = sorted(str(k) for k in shares.index[shares >= float(self.min_language_share)])
        self.analyst_languages_ = own
        prior_langs = getattr(prior, "languages_", None)
        self.languages_ = None if prior_langs is None else sorted(set(prior_langs) | set(own))
        self._vectorizer = self._make_vectorizer(lemmas, frozenset(exclude))
        words = self._vectorizer.transform(lemmas)
        base = self._base(lemmas, seeds, proba, langs, clauses)
        self.threshold_ = self._choose_threshold(words, base, _logit(proba), Y)
        self.coef_ = self._fit_all(words, base, _logit(proba), Y)
        self.terms_ = np.array(sorted(self._vectorizer.vocabulary_, key=self._vectorizer.vocabulary_.get), dtype=str)
        self.n_analyst_coded_ = int(len(lemmas))
        self.n_coded_ = int(prior.n_coded_) + self.n_analyst_coded_
        self.n_polarity_codes_ = 0
        self.built_from_ = {"prior": _describe(prior), "analyst_codes": self.n_analyst_coded_,
                            "analyst_languages": own, "C": float(self.C),
                            "signal_C": float(self.signal_C)}
        return self

    def _fit_all(self, words, base, zero_shot, Y) -> np.ndarray:
        return np.vstack([_fit_offset(words, base[:, k], zero_shot[:, k], Y[:, k], float(self.C),
                                      float(self.signal_C)) for k in range(Y.shape[1])])

    def _choose_threshold(self, words, base, zero_shot, Y) -> float:
        """The decision threshold by ``cv``-fold cross-validation on the codes (micro F1; the middle of its
        plateau, as the refiner's). Refitted, the update is calibrated: its best threshold is below 0.5."""
        n, folds = len(Y), int(self.cv)
        if folds < 2 or n < 2 * folds:
            return 0.5
        out = np.zeros(Y.shape)
        for train, test in KFold(folds, shuffle=True, random_state=0).split(np.arange(n)):
            coef = self._fit_all(words[train], base[train], zero_shot[train], Y[train])
            out[test] = _sigmoid(self._logits(words[test], base[test], zero_shot[test], coef))
        truth = Y.astype(bool)
        f1 = []
        for t in _THRESHOLDS:
            decided = out >= t
            denominator = truth.sum() + decided.sum()
            f1.append(2.0 * (truth & decided).sum() / denominator if denominator else 1.0)
        near = _THRESHOLDS[np.asarray(f1) >= max(f1) - _PLATEAU]
        return float(near[(len(near) - 1) // 2])

    @staticmethod
    def _logits(words, base, zero_shot, coef) -> np.ndarray:
        n_terms = words.shape[1]
        return (np.asarray(words @ coef[:, :n_terms].T) + coef[:, n_terms] + base * coef[:, n_terms + 1]
                + zero_shot * coef[:, n_terms + 2])

    def _take_prior(self, prior) -> None:
        self.prior_ = prior
        self.theme_ids_ = list(prior.theme_ids_)
        self.codebook_fingerprint_ = prior.codebook_fingerprint_
        self.theme_fingerprints_ = getattr(prior, "theme_fingerprints_", None)
        self.unrefined_ = list(getattr(prior, "unrefined_", []))

    def _read(self, X):
        if not isinstance(X, pd.DataFrame):
            raise InputError(f"PriorRefiner.fit expects a refiner_frame DataFrame; got {type(X).__name__}.")
        need = ["lemmas"] + [f"{c}_{t}" for c in ("seed", "p") for t in self.theme_ids_]
        missing = [c for c in need if c not in X.columns]
        if missing:
            raise InputError(f"PriorRefiner.fit: X lacks the columns {missing[:5]}; build it with "
                             "textnps.themes.codebook.refiner.refiner_frame(lemmas, seeds, proba, theme_ids, langs=).")
        lemmas = X["lemmas"].fillna("").astype(str).tolist()
        seeds = X[[f"seed_{t}" for t in self.theme_ids_]].to_numpy(dtype=float)
        proba = X[[f"p_{t}" for t in self.theme_ids_]].to_numpy(dtype=float)
        langs = X["lang"].fillna("").astype(str).tolist() if "lang" in X.columns else [""] * len(lemmas)
        return lemmas, seeds, proba, langs, read_clauses(X, self.theme_ids_) if self.uses_clauses else None

    def _make_vectorizer(self, lemmas, exclude) -> TfidfVectorizer:
        counter = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(self.ngram_range),
                                  min_df=int(self.min_df), lowercase=False)
        try:
            terms = [t for t in counter.fit(lemmas).vocabulary_
                     if all(common_word(w, float(self.min_zipf)) and bare(w) not in exclude for w in t.split())]
        except ValueError:  # no term reaches min_df: the update is an intercept and a slope only
            terms = []
        vectorizer = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(self.ngram_range), lowercase=False,
                                     sublinear_tf=True, vocabulary=sorted(terms) or ["\x00"], dtype=np.float32)
        return vectorizer.fit(lemmas or [""])

    def _base(self, lemmas, seeds, proba, langs, clauses=None) -> np.ndarray:
        """The prior's log-odds where it applies, the zero-shot ones elsewhere (both decided at 0)."""
        z = _logit(proba)
        rows = np.flatnonzero(self.prior_.applies(langs)) if langs is not None else np.arange(len(lemmas))
        if len(rows):
            extra = {"langs": [langs[i] for i in rows]} if getattr(self.prior_, "takes_langs", False) else {}
            if self.uses_clauses:
                extra["clauses"] = clause_rows(clauses, rows)
            z[rows] = _logit(self.prior_.refine([lemmas[i] for i in rows], seeds[rows], proba[rows], **extra))
        return z

    # -- predicting ---------------------------------------------------------
    def applies(self, langs) -> np.ndarray:
        """Which comments (by language) it refines: the prior's languages and the codes' own."""
        langs = list(langs)
        return np.asarray(self.prior_.applies(langs)) | np.isin(np.asarray(langs, dtype=object),
                                                                self.analyst_languages_)

    def refine(self, lemmas, seeds, proba, langs=None, clauses=None) -> np.ndarray:
        """Updated probabilities, shape (n, n_themes); a theme applies from 0.5. *clauses*: as the prior's
        (:meth:`ThemeRefiner.refine <textnps.themes.codebook.refiner.ThemeRefiner.refine>`)."""
        check_is_fitted(self, "coef_")
        lemmas = list(lemmas)
        seeds, proba = np.asarray(seeds, dtype=float), np.asarray(proba, dtype=float)
        base = self._base(lemmas, seeds, proba, langs, clauses)
        z = self._logits(tfidf_transform(self._vectorizer, lemmas), base, _logit(proba), self.coef_)
        return _sigmoid(z - _logit(self.threshold_))

    def predict_proba(self, X) -> pd.DataFrame:
        """Updated probabilities of the refiner_frame *X*: ``p_<id>`` columns on X's index."""
        lemmas, seeds, proba, langs, clauses = self._read(X)
        return pd.DataFrame(self.refine(lemmas, seeds, proba, langs if "lang" in X.columns else None, clauses),
                            index=X.index, columns=[f"p_{t}" for t in self.theme_ids_])

    @property
    def uses_clauses(self) -> bool:
        """Whether the prior reads the seed clauses (then :meth:`refine` wants ``clauses``)."""
        return bool(getattr(self.prior_, "uses_clauses", False))

    @property
    def learns_general(self) -> bool:
        return bool(getattr(self.prior_, "learns_general", False))

    def knows(self, words) -> np.ndarray:
        """Which of *words* the prior or the update's vocabulary knows (the out-of-domain check)."""
        own = self._vectorizer.vocabulary_
        words = list(words)
        mine = np.array([w in own for w in words], dtype=bool)
        return mine | np.asarray(self.prior_.knows(words), dtype=bool) if hasattr(self.prior_, "knows") else mine

    # -- polarity: the prior's -----------------------------------------------
    @property
    def has_polarity(self) -> bool:
        return bool(getattr(self.prior_, "has_polarity", False))

    def fit_polarity(self, lemmas, ks, rule, overall, seeded, polarity):
        """Counts the analyst's polarities (``n_polarity_codes_``); the polarity stays the prior's."""
        self.n_polarity_codes_ = int(len(polarity))
        self.built_from_["analyst_polarities_not_learned"] = self.n_polarity_codes_
        return self

    def predict_polarity(self, lemmas, ks, rule, overall, seeded) -> list[str]:
        return self.prior_.predict_polarity(lemmas, ks, rule, overall, seeded)

    # -- persistence --------------------------------------------------------
    def to_state(self) -> dict:
        check_is_fitted(self, "coef_")
        params = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.get_params(deep=False).items() if k != "prior"}
        return {"kind": PRIOR_KIND, "params": params, "prior": self.prior_.to_state(),
                "vectorizer": persist.vectorizer_state(self._vectorizer), "coef": self.coef_,
                "threshold": self.threshold_,
                "analyst_languages": self.analyst_languages_, "languages": self.languages_,
                "n_analyst_coded": self.n_analyst_coded_, "n_polarity_codes": self.n_polarity_codes_,
                "built_from": self.built_from_}

    @classmethod
    @persist.loads_model
    def from_state(cls, state: dict, prior) -> PriorRefiner:
        """The refiner of *state*, on the *prior* already loaded from ``state["prior"]``."""
        params = {k: (tuple(v) if isinstance(v, list) else v) for k, v in state["params"].items()}
        refiner = cls(prior, **params)
        refiner._take_prior(prior)
        refiner._vectorizer = persist.vectorizer_from_state(state["vectorizer"])
        refiner.terms_ = np.asarray(state["vectorizer"]["terms"], dtype=str)
        refiner.coef_ = np.asarray(state["coef"], dtype=float)
        refiner.threshold_ = float(state["threshold"])
        persist.check_shapes(state, {"coef": (refiner.coef_, (len(refiner.theme_ids_), len(refiner.terms_) + 3))})
        refiner.analyst_languages_ = list(state["analyst_languages"])
        refiner.languages_ = state["languages"]
        refiner.n_analyst_coded_ = int(state["n_analyst_coded"])
        refiner.n_coded_ = int(prior.n_coded_) + refiner.n_analyst_coded_
        refiner.n_polarity_codes_ = int(state["n_polarity_codes"])
        refiner.built_from_ = dict(state["built_from"])
        return refiner

    def save(self, path) -> None:
        """Save to folder *path* (JSON + NumPy, no pickle; the prior inside)."""
        persist.save_model(self.to_state(), path, kind=PRIOR_KIND, version=PRIOR_VERSION)


def _describe(prior) -> str:
    built = getattr(prior, "built_from_", None)
    if built is not None:
        return f"{built['prior']} + {built['analyst_codes']:,} analyst codes"
    langs = "all languages" if prior.languages_ is None else "/".join(prior.languages_)
    return f"refiner trained on {int(prior.n_coded_):,} coded comments, for {langs}"

