"""Classify preprocessed comments into the themes of a codebook, with a polarity per theme.

How :class:`ThemeClassifier` works (each step in its own module):

1. **Seeds** (:mod:`textnps.themes.codebook.seeds`, :mod:`~textnps.themes.codebook.weak_labels`):
   the codebook's seed words, phrases and patterns are looked up in each comment's words and lemmas, in the
   comment's language (plus English), minus the theme's exclusions; ``judged``
   seeds count only where a sentiment word judges them (``trevlig kundtjänst``,
   not ``ringde kundtjänst``).
2. **Weak labels -> linear model** (:mod:`textnps.themes.codebook.ngram_model`): ``fit`` labels the (unlabelled) survey with
   the seeds, replaces those labels by the analyst's codes where comments are
   coded (``y=`` or ``labels_col``, weighted ``coded_weight``), and trains one
   logistic regression per theme (SGD) on TF-IDF lemma n-grams (optionally
   character n-grams too). The model finds comments that use the themes' vocabulary without a
   seed (misspellings, inflections, new words), and its probabilities are the
   ``p_<id>`` columns.
3. **Refiner** (:mod:`textnps.themes.codebook.refiner`, :mod:`~textnps.themes.codebook.refining`, optional): a layer trained on
   comments people coded with the codebook's rules, which learns when a seed
   match is only context and which words carry a theme without a seed. The default codebook ships one
   (``refiner="auto"``), shrunk toward the seeds on a survey out of its domain
   (:mod:`~textnps.themes.codebook.refiner_domain`); ``refiner=None`` is the pure zero-shot classifier.
4. **Decision**: a theme applies when ``p_<id>`` reaches its threshold; without
   a refiner, a seed match sets ``p_<id>`` to at least ``seed_probability``.
   ``general`` only applies when no other theme does. A comment may carry
   several themes or none; non-answers (``informative == False``) carry none.
5. **Polarity** (:mod:`textnps.themes.codebook.polarity_decisions`): each theme gets ``pos``,
   ``neg`` or ``mixed`` from the clauses holding its seed words; themes found
   by the model alone take the comment's polarity. Where those clauses have no
   sentiment word or both signs, the refiner's learned polarity decides. With
   no sentiment at all the NPS category of the ``score_col`` column decides
   (promoter ``pos``, detractor ``neg``), else ``polarity_default``.

Columns added by ``transform``: ``themes`` (``"price:pos;staff_service:neg"``,
``""`` when none, codebook order), ``subthemes`` (:mod:`~textnps.themes.codebook.subthemes`) and ``p_<theme_id>``.
:meth:`ThemeClassifier.suggest_to_code` picks the comments to code next (:mod:`~textnps.themes.codebook.active`).
"""
from __future__ import annotations

import numbers
import os

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, _fit_context
from sklearn.frozen import FrozenEstimator
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted

from textnps._contract import FrameTransformerMixin
from textnps._errors import InputError, ParameterError, close_match_hint
from textnps.themes import persist
from textnps.themes.codebook import active, refiner_domain, refining, subthemes, terms
from textnps.themes.codebook.coding import format_themes, label_matrix
from textnps.themes.codebook.format import Codebook, load_codebook
from textnps.themes.codebook.frame import REQUIRED_COLUMNS, informative_rows, text_column
from textnps.themes.codebook.ngram_model import NgramModel
from textnps.themes.codebook.polarity_decisions import polarity_evidence, theme_polarities
from textnps.themes.codebook.refiner import ThemeRefiner
from textnps.themes.codebook.seeds import SeedMatcher
from textnps.themes.codebook.weak_labels import drop_general_with_others, seed_matrix, training_rows

__all__ = ["ThemeClassifier", "REQUIRED_COLUMNS", "MODEL_KIND", "MODEL_VERSION"]

MODEL_KIND = "theme-classifier"
MODEL_VERSION = 2  # 2: the refiner
_PARAMS_SAVED = ("labels_col", "threshold", "seed_probability", "use_model", "min_positives", "max_train",
                 "coded_weight", "alpha", "epochs", "word_ngrams", "char_ngrams", "max_features", "polarity_default",
                 "random_state")
_MODEL_PARAMS = ("word_ngrams", "char_ngrams", "max_features", "alpha", "epochs", "min_positives", "coded_weight",
                 "random_state", "progress")
_UNIT = Interval(numbers.Real, 0, 1, closed="both")
_COUNT = Interval(numbers.Integral, 1, None, closed="left")


class ThemeClassifier(FrameTransformerMixin, BaseEstimator):
    """Tag comments with a codebook's themes and their polarity; learns from coded comments.

    Parameters
    ----------
    codebook : str, Path or Codebook, default "nordic-cx"
        A shipped codebook name, a YAML file, a folder with ``codebook.yaml``,
        or a :class:`~textnps.themes.codebook.Codebook`.
    labels_col : str or None
        Column of the frame given to ``fit`` holding analyst codes
        (``"price;staff_service"``; NaN = not coded). Or pass ``y=`` to ``fit``.
    threshold : float or dict, default 0.5
        Probability from which a theme applies; a dict sets it per theme id.
    seed_probability : float, default 0.9
        Probability given to a theme whose seeds match (0 makes seeds weak
        labels only, so the model decides alone).
    refiner : "auto", "learn", "learn-new", None, str, Path, ThemeRefiner or FrozenEstimator, default "auto"
        The layer trained on coded comments that refines the zero-shot
        probabilities (:class:`~textnps.themes.codebook.refiner.ThemeRefiner`). "auto"
        uses the one shipped next to the codebook (``nordic-cx`` has one), and
        none when there is none or the codebook was edited; "learn" updates the shipped one with the codes
        of ``fit`` (>= 50; :mod:`~textnps.themes.codebook.refiner_prior`), "learn-new" learns from them
        alone (the survey's model then learns from the seeds only); None switches it off; a folder or a fitted
        ThemeRefiner is used as given (wrap it in ``sklearn.frozen.FrozenEstimator``
        to keep it through ``sklearn.base.clone``, as :meth:`load` does).
    use_model : bool, default True
        Train the linear model; False classifies by the seeds alone.
    min_positives : int, default 5
        A theme needs this many positive (and negative) training comments for a model.
    max_train : int, default 30000
        Uncoded comments sampled (seeded) to train on; coded ones are always used.
        Larger surveys are only predicted, in chunks, so fitting time stays flat.
    coded_weight : float, default 5.0
        Weight of an analyst-coded comment relative to a seed-labelled one.
    alpha : float, default 2e-5
        L2 regularisation of the logistic regressions (trained by SGD).
    epochs : int, default 10
        Passes of SGD over the training comments.
    word_ngrams : tuple, default (1, 2)
        N-gram range of the lemma words.
    char_ngrams : tuple or None, default None
        N-gram range of characters within the lemmas (of their first 600
        characters), e.g. ``(3, 5)`` for surveys full of misspellings; None
        (the default) leaves them out: they cost most of the time and add
        little beyond the seeds' wildcards and the lemmas.
    max_features : int, default 50000
        Vocabulary size of each vectorizer.
    polarity_default : {"neg", "pos", "mixed"}, default "neg"
        Polarity when a comment has no sentiment words and no score.
    score_col : str, default "score"
        Column of 0-10 scores: a comment without sentiment words takes the polarity
        of its NPS category. Without the column ``fit`` warns, and ``polarity_default`` decides.
    random_state : int, default 0
    progress : bool, default True
        Show progress bars on stderr.
    domain_check : bool, default True
        Shrink the refiner toward the seeds where the survey is out of its domain (:mod:`~textnps.themes.codebook.refiner_domain`).

    Attributes
    ----------
    codebook_ : Codebook
    theme_ids_ : list of str
    thresholds_ : ndarray of shape (n_themes,)
    coef_ : ndarray of shape (n_themes, n_features); intercept_ : ndarray of shape (n_themes,)
    n_train_ : int; n_coded_ : int; n_seed_labels_ : ndarray, comments labelled per theme by the seeds
    refiner_ : ThemeRefiner or None, the refiner applied
    refiner_weight_, refiner_coverage_ : dict, per language, the refiner's weight (1 fully, 0 not at all) and
        the share of the survey's frequent words it knows (``{"da": {"coverage": 0.97, "n": 812}}``)
    feature_names_in_ : ndarray of str, the columns of the frame given to ``fit``
    """

    def __init__(self, *, codebook="nordic-cx", labels_col=None, threshold=0.5, seed_probability=0.9,
                 refiner="auto", use_model=True, min_positives=5, max_train=30000, coded_weight=5.0, alpha=2e-5,
                 epochs=10, word_ngrams=(1, 2), char_ngrams=None, max_features=50000, polarity_default="neg",
                 score_col="score", random_state=0, progress=True, domain_check=True):
        self.codebook = codebook
        self.labels_col = labels_col
        self.threshold = threshold
        self.seed_probability = seed_probability
        self.refiner = refiner
        self.use_model = use_model
        self.min_positives = min_positives
        self.max_train = max_train
        self.coded_weight = coded_weight
        self.alpha = alpha
        self.epochs = epochs
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.max_features = max_features
        self.polarity_default = polarity_default
        self.score_col = score_col
        self.random_state = random_state
        self.progress = progress
        self.domain_check = domain_check

    _parameter_constraints = {
        "codebook": [str, os.PathLike, Codebook],
        "labels_col": [str, None],
        "threshold": [Interval(numbers.Real, 0, 1, closed="right"), dict],
        "seed_probability": [_UNIT],
        "refiner": [StrOptions({"auto", "learn", "learn-new"}), str, os.PathLike, ThemeRefiner, FrozenEstimator, None],
        "use_model": ["boolean"],
        "min_positives": [_COUNT],
        "max_train": [_COUNT],
        "coded_weight": [Interval(numbers.Real, 0, None, closed="left")],
        "alpha": [Interval(numbers.Real, 0, None, closed="neither")],
        "epochs": [_COUNT],
        "word_ngrams": [tuple],
        "char_ngrams": [tuple, None],
        "max_features": [_COUNT],
        "polarity_default": [StrOptions({"neg", "pos", "mixed"})],
        "score_col": [str],
        "random_state": ["random_state"],
        "progress": ["boolean"],
        "domain_check": ["boolean"],
    }

    def _optional(self) -> dict:
        return {"informative": "non-answers ('-', 'vet inte') are classified like any comment",
                self.score_col: (f"comments without sentiment words get polarity_default={self.polarity_default!r} "
                                 "instead of their NPS category's polarity (set score_col)")}

    def _frame(self, X, *, where: str, reset: bool = False) -> pd.DataFrame:
        return self._check_frame(X, where=where, required=REQUIRED_COLUMNS, optional=self._optional(), reset=reset)

    def _added_columns(self) -> list[str]:
        return ["themes", "subthemes"] + [f"p_{t}" for t in self.theme_ids_]

    # -- fitting ------------------------------------------------------------
    def _thresholds(self, ids: list[str]) -> np.ndarray:
        if isinstance(self.threshold, dict):
            unknown = [k for k in self.threshold if k not in ids]
            if unknown:
                raise ParameterError(f"The 'threshold' parameter of ThemeClassifier names unknown themes {unknown}; "
                                     f"expected ids among {ids}." + close_match_hint(unknown[0], ids))
            return np.array([float(self.threshold.get(t, 0.5)) for t in ids])
        return np.full(len(ids), float(self.threshold))

    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X, y=None):
        """Learn from the survey *X* (preprocessed), with optional analyst codes *y* (or ``labels_col``)."""
        X = self._frame(X, where="fit", reset=True)
        self.codebook_ = load_codebook(self.codebook)
        self.theme_ids_ = self.codebook_.ids
        self.thresholds_ = self._thresholds(self.theme_ids_)
        self._matcher = SeedMatcher(self.codebook_)
        learn = isinstance(self.refiner, str) and self.refiner in ("learn", "learn-new")
        self.refiner_ = None if learn else refining.resolve_refiner(self.refiner, self.codebook_)
        if y is None and self.labels_col is not None:
            if self.labels_col not in X.columns:
                raise InputError(f"labels_col {self.labels_col!r} is not a column of the frame; columns are "
                                 f"{list(X.columns)}." + close_match_hint(self.labels_col, list(X.columns)))
            y = X[self.labels_col]
        if y is not None:
            if len(y) != len(X):
                raise InputError(f"y has {len(y)} rows but X has {len(X)}; give one code cell per comment.")
            coded_y, coded = label_matrix(y, self.theme_ids_, name="analyst codes")
        else:
            coded_y, coded = np.zeros((len(X), len(self.theme_ids_)), dtype=np.int8), np.zeros(len(X), bool)
        if learn and coded.sum() < refining.MIN_CODED_FOR_REFINER:
            raise InputError(f"refiner='learn' trains a refiner on the coded comments and needs at least "
                             f"{refining.MIN_CODED_FOR_REFINER} of them; got {int(coded.sum())}. Code more "
                             "comments, or use refiner='auto' (the codes then train the survey's model).")
        if learn:  # before the sample below: the refiner learns from every coded comment
            at = np.flatnonzero(coded)
            coded_X, coded_Y, coded_codes = X.iloc[at], coded_y[at], [c for c, ok in zip(y, coded) if ok]
        # Train on every coded comment plus a seeded sample of the uncoded ones: the seeds' weak labels
        # and the model need no more (and fit time stays flat however large the survey is).
        rows = training_rows(coded, self.max_train, self.random_state)
        X, coded_y, coded = X.iloc[rows], coded_y[rows], coded[rows]
        weak, _ = seed_matrix(self._matcher, X, self.theme_ids_, progress=self.progress, desc="seeds (fit)")
        # with refiner="learn" the codes train the refiner, so the survey's model sees the seeds' labels only
        target = weak if learn else np.where(coded[:, None], coded_y, weak)
        self.n_coded_ = int(coded.sum())
        self.n_seed_labels_ = weak.sum(axis=0)
        self._model = NgramModel(len(self.theme_ids_), **{p: getattr(self, p) for p in _MODEL_PARAMS})
        if self.use_model and len(X):
            self._model.fit(text_column(X, "lemmas"), target, np.zeros_like(coded) if learn else coded,
                            texts=text_column(X, "text_clean") if "text_clean" in X.columns else None)
        self._model_attributes()
        if learn:
            self.refiner_ = refining.learn_refiner(self, coded_X, coded_Y, coded_codes, prior=self.refiner == "learn")
        self.refiner_weight_, self.refiner_coverage_ = (  # one learned from this survey's codes is in its domain
            refiner_domain.domain_weights(self.refiner_, X) if self.domain_check and not learn else ({}, {}))
        return self

    def _model_attributes(self) -> None:
        self.coef_, self.intercept_, self.n_train_ = self._model.coef_, self._model.intercept_, self._model.n_train_

    def teach_polarity(self, refiner: ThemeRefiner, X: pd.DataFrame, codes, hits=None) -> ThemeRefiner:
        """Fit *refiner*'s polarity on the ``id:polarity`` pairs of *codes* (one cell per row of *X*)."""
        return refining.teach_polarity(self, refiner, X, codes, hits)

    # -- predicting ---------------------------------------------------------
    def predict_proba(self, X) -> pd.DataFrame:
        """Probability of each theme per comment: a frame of ``p_<id>`` columns on X's index."""
        check_is_fitted(self, "theme_ids_")
        X = self._frame(X, where="predict_proba")
        proba, _, _ = self._proba(X)
        return pd.DataFrame(proba, index=X.index, columns=[f"p_{t}" for t in self.theme_ids_])

    def zero_shot(self, X: pd.DataFrame):
        """``(seeds, hits, proba)`` of the seeds and the survey's model, before any refiner.

        ``seeds`` (n, n_themes) 0/1 seed matches, ``hits`` where they matched (per row,
        ``{theme: spans}``), ``proba`` the model's probabilities floored at
        ``seed_probability`` where the seeds match (0 for non-answers): what a
        refiner learns from.
        """
        check_is_fitted(self, "theme_ids_")
        seeds, hits = seed_matrix(self._matcher, X, self.theme_ids_, progress=self.progress)
        proba = self._model.predict_proba(text_column(X, "lemmas"))
        proba = np.where(seeds.astype(bool), np.maximum(proba, float(self.seed_probability)), proba)
        informative = informative_rows(X)
        if informative is not None:
            proba[~informative] = 0.0
        return seeds, hits, proba

    def _proba(self, X: pd.DataFrame):
        seeds, hits, proba = self.zero_shot(X)
        if self.refiner_ is not None:  # non-answers stay 0; general holds only alone (transform)
            proba = refiner_domain.refined_proba(self, X, seeds, proba, hits)
        return proba, seeds, hits

    def transform(self, X) -> pd.DataFrame:
        """Return a copy of *X* with ``themes`` and the ``p_<id>`` columns added."""
        check_is_fitted(self, "theme_ids_")
        X = self._frame(X, where="transform")
        proba, _, hits = self._proba(X)
        decided = drop_general_with_others(proba >= self.thresholds_, self.theme_ids_)
        rows, ks = np.nonzero(decided)
        polarity = theme_polarities(X, rows, ks, hits, matcher=self._matcher, refiner=refiner_domain.polarity_view(self),
                                    score_col=self.score_col, default=self.polarity_default, progress=self.progress)
        found: dict[int, dict[str, str | None]] = {}
        for i, k, p in zip(rows.tolist(), ks.tolist(), polarity):
            found.setdefault(i, {})[self.theme_ids_[k]] = p
        themes = [format_themes(found[i]) if i in found else "" for i in range(len(X))]
        out = X.copy()
        out["themes"] = pd.Series(themes, index=X.index, dtype=str)
        out["subthemes"] = subthemes.subtheme_column(self.codebook_, X, themes, score_col=self.score_col)
        for k, t in enumerate(self.theme_ids_):
            out[f"p_{t}"] = np.round(proba[:, k], 4)
        terms.forget_spans()  # the memo served this transform's passes; a survey's tokens are not kept
        return out

    def polarity_evidence(self, X: pd.DataFrame, rows, ks, hits=None) -> tuple[list, list, np.ndarray]:
        """``(rule, overall, seeded)`` for theme ``ks[j]`` in comment ``rows[j]`` (see
        :func:`~textnps.themes.codebook.polarity_decisions.polarity_evidence`)."""
        if hits is None:
            hits = seed_matrix(self._matcher, X, self.theme_ids_, progress=self.progress)[1]
        return polarity_evidence(X, rows, ks, hits, self._matcher, progress=self.progress)

    def suggest_to_code(self, X, n: int = 20) -> pd.DataFrame:
        """The *n* comments whose themes the classifier is least sure of: code these next.

        Comments already coded (``labels_col``), non-answers and repeated texts are skipped
        (see :mod:`textnps.themes.codebook.active`). Returns the rows of *X* with
        ``uncertainty`` and ``uncertain_theme`` added, most uncertain first.
        """
        check_is_fitted(self, "theme_ids_")
        X = self._frame(X, where="suggest_to_code")
        active.check_n(n)
        proba, _, _ = self._proba(X)
        return active.uncertain_comments(X, proba, self.thresholds_, self.theme_ids_, n=n, labels_col=self.labels_col)

    def _repr_html_(self) -> str:
        from textnps._repr import classifier_html

        return classifier_html(self)

    # -- persistence --------------------------------------------------------
    def save(self, path) -> None:
        """Save the fitted classifier to folder *path* (JSON + NumPy, no pickle; codebook included)."""
        check_is_fitted(self, "theme_ids_")
        state = {
            "params": {p: (list(v) if isinstance(v, tuple) else v) for p in _PARAMS_SAVED
                       for v in [getattr(self, p)]},
            "codebook_yaml": self.codebook_.text, "codebook_source": self.codebook_.source,
            "codebook_fingerprint": self.codebook_.fingerprint,
            "thresholds": self.thresholds_, "n_coded": self.n_coded_, "n_seed_labels": np.asarray(self.n_seed_labels_),
            "refiner": None if self.refiner_ is None else self.refiner_.to_state(),
            "score_col": self.score_col, "feature_names_in": list(self.feature_names_in_),
            "refiner_weight": self.refiner_weight_, "refiner_coverage": self.refiner_coverage_,
        } | self._model.to_state()
        persist.save_model(state, path, kind=MODEL_KIND, version=MODEL_VERSION)

    @classmethod
    @persist.loads_model
    def load(cls, path, *, codebook=None, progress: bool = True) -> ThemeClassifier:
        """Load a classifier saved with :meth:`save`.

        When *codebook* is given, it must be the codebook the model was trained
        with (same YAML text); otherwise the model fails clearly. The refiner is
        wrapped in ``FrozenEstimator``, so ``sklearn.base.clone`` (GridSearchCV,
        cross_val_score) keeps it and ``fit`` learns the survey's own model again.
        """
        state = persist.load_model(path, kind=MODEL_KIND, version=MODEL_VERSION)
        params = {k: (tuple(v) if isinstance(v, list) else v) for k, v in state["params"].items()}
        refiner = None if state["refiner"] is None else refining.refiner_from_state(state["refiner"])
        saved = Codebook.from_yaml(state["codebook_yaml"], source=state["codebook_source"])
        if codebook is not None:
            given = load_codebook(codebook)
            if given.fingerprint != state["codebook_fingerprint"]:
                raise InputError(
                    f"The model at {str(path)!r} was trained with codebook {saved.name!r} version {saved.version} "
                    f"({saved.source}), not with {given.name!r} version {given.version} ({given.source}). "
                    "Retrain it with `textnps train`, or classify with the codebook it was trained on."
                )
        model = cls(codebook=saved, refiner=None if refiner is None else FrozenEstimator(refiner), progress=progress,
                    score_col=state.get("score_col", "score"), **params)
        model.refiner_ = refiner
        model.codebook_ = saved
        model.theme_ids_ = saved.ids
        model.thresholds_ = np.asarray(state["thresholds"], dtype=float)
        persist.check_shapes(state, {"thresholds": (model.thresholds_, (len(saved.ids),))})
        model.n_coded_ = state["n_coded"]
        model.n_seed_labels_ = np.asarray(state["n_seed_labels"])
        # none before 2026-12-03: the refiner as it is
        model.refiner_weight_, model.refiner_coverage_ = (dict(state.get(k) or {}) for k in ("refiner_weight", "refiner_coverage"))
        model._matcher = SeedMatcher(saved)
        model._model = NgramModel(len(saved.ids), **{p: getattr(model, p) for p in _MODEL_PARAMS}).set_state(state)
        model._model_attributes()
        if state.get("feature_names_in") is not None:
            model.feature_names_in_ = np.asarray(state["feature_names_in"], dtype=object)
            model.n_features_in_ = len(model.feature_names_in_)
        return model
