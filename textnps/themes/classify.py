"""Classify preprocessed comments into the themes of a codebook, with a polarity per theme.

How :class:`ThemeClassifier` works (each step in its own module):

1. **Seeds** (:mod:`textnps.themes.seeds`): the codebook's seed words, phrases
   and patterns are looked up in each comment's words and lemmas, in the
   comment's language (plus English), minus the theme's exclusions; ``judged``
   seeds count only where a sentiment word judges them (``trevlig kundtjänst``,
   not ``ringde kundtjänst``).
2. **Weak labels -> linear model**: ``fit`` labels the (unlabelled) survey with
   the seeds, replaces those labels by the analyst's codes where comments are
   coded (``y=`` or ``labels_col``, weighted ``coded_weight``), and trains one
   logistic regression per theme (SGD) on TF-IDF lemma n-grams (optionally
   character n-grams too). The model finds comments that use the themes' vocabulary without a
   seed (misspellings, inflections, new words), and its probabilities are the
   ``p_<id>`` columns.
3. **Refiner** (:mod:`textnps.themes.refiner`, optional): a layer trained on
   comments people coded with the codebook's rules, which learns when a seed
   match is only context and which words carry a theme without a seed. The
   default codebook ships one (``refiner="auto"``); ``refiner=None`` is the pure
   zero-shot classifier.
4. **Decision**: a theme applies when ``p_<id>`` reaches its threshold; without
   a refiner, a seed match sets ``p_<id>`` to at least ``seed_probability``.
   ``general`` only applies when no other theme does. A comment may carry
   several themes or none; non-answers (``informative == False``) carry none.
5. **Polarity** (:mod:`textnps.themes.polarity`): each theme gets ``pos``,
   ``neg`` or ``mixed`` from the clauses holding its seed words; themes found
   by the model alone take the comment's polarity. Where those clauses have no
   sentiment word or both signs, the refiner's learned polarity decides. With
   no sentiment at all the NPS category of a ``score`` column decides
   (promoter ``pos``, detractor ``neg``), else ``polarity_default``.

Columns added by ``transform``: ``themes`` (``"price:pos;staff_service:neg"``,
``""`` when none, codebook order) and ``p_<theme_id>`` (float, 0-1) per theme.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.utils.validation import check_is_fitted
from tqdm.auto import tqdm

from textnps._errors import InputError, ParameterError, check_choice, close_match_hint
from textnps.preprocess.vocabulary import drop_terms, private_terms
from textnps.themes import persist
from textnps.themes.codebook import Codebook, load_codebook
from textnps.themes.coding import format_themes, label_matrix, parse_themes
from textnps.themes.polarity import analyze_clauses
from textnps.themes.refiner import ThemeRefiner, check_refiner, codebook_refiner, proper_nouns
from textnps.themes.seeds import SeedMatcher

__all__ = ["ThemeClassifier", "REQUIRED_COLUMNS", "MODEL_KIND", "MODEL_VERSION"]

REQUIRED_COLUMNS = ("text_clean", "lemmas", "lang")
MODEL_KIND = "theme-classifier"
MODEL_VERSION = 2  # 2: the refiner
GENERAL = "general"
_CHAR_LIMIT = 600
_CHUNK = 20000
_MIN_CODED_FOR_REFINER = 50
_PARAMS_SAVED = ("labels_col", "threshold", "seed_probability", "use_model", "min_positives", "max_train",
                 "coded_weight", "alpha", "epochs", "word_ngrams", "char_ngrams", "max_features", "polarity_default",
                 "random_state")


def _check_frame(X, *, where: str) -> pd.DataFrame:
    if not isinstance(X, pd.DataFrame):
        raise InputError(f"ThemeClassifier.{where} expects a DataFrame from Preprocessor, got {type(X).__name__}.")
    missing = [c for c in REQUIRED_COLUMNS if c not in X.columns]
    if missing:
        raise InputError(
            f"ThemeClassifier.{where} needs the columns {list(REQUIRED_COLUMNS)} that "
            f"textnps.Preprocessor adds; missing {missing}. Run Preprocessor().fit_transform(df) first."
        )
    return X


def _informative(X: pd.DataFrame) -> np.ndarray | None:
    """Which rows are real answers (the Preprocessor's ``informative``), or None without that column."""
    return X["informative"].fillna(True).astype(bool).to_numpy() if "informative" in X else None


def _column(X: pd.DataFrame, name: str) -> list[str]:
    return X[name].astype(object).where(X[name].notna(), "").astype(str).tolist()


class ThemeClassifier(TransformerMixin, BaseEstimator):
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
    refiner : "auto", "learn", None, str, Path or ThemeRefiner, default "auto"
        The layer trained on coded comments that refines the zero-shot
        probabilities (:class:`~textnps.themes.refiner.ThemeRefiner`). "auto"
        uses the one shipped next to the codebook (``nordic-cx`` has one), and
        none when there is none or the codebook was edited; "learn" trains a
        new one on the comments coded in ``fit`` (at least 50; the survey's
        model then learns from the seeds only), for surveys unlike the
        shipped refiner's; None switches it off; a folder or a fitted
        ThemeRefiner is used as given.
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
        Polarity when a comment has no sentiment words and no ``score``.
    random_state : int, default 0
    progress : bool, default True
        Show progress bars on stderr.

    Attributes
    ----------
    codebook_ : Codebook
    theme_ids_ : list of str
    thresholds_ : ndarray of shape (n_themes,)
    coef_ : ndarray of shape (n_themes, n_features); intercept_ : ndarray of shape (n_themes,)
    n_train_ : int; n_coded_ : int; n_seed_labels_ : ndarray, comments labelled per theme by the seeds
    refiner_ : ThemeRefiner or None, the refiner applied
    """

    def __init__(self, *, codebook="nordic-cx", labels_col=None, threshold=0.5, seed_probability=0.9,
                 refiner="auto", use_model=True, min_positives=5, max_train=30000, coded_weight=5.0, alpha=2e-5,
                 epochs=10, word_ngrams=(1, 2), char_ngrams=None, max_features=50000, polarity_default="neg",
                 random_state=0, progress=True):
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
        self.random_state = random_state
        self.progress = progress

    # -- fitting ------------------------------------------------------------
    def _validate_params(self) -> None:
        check_choice("polarity_default", self.polarity_default, ("neg", "pos", "mixed"), owner="ThemeClassifier")
        if not 0 <= float(self.seed_probability) <= 1:
            raise ParameterError(f"The 'seed_probability' parameter of ThemeClassifier must be in [0, 1]. "
                                 f"Got {self.seed_probability!r} instead.")
        if self.labels_col is not None and not isinstance(self.labels_col, str):
            raise ParameterError(f"The 'labels_col' parameter of ThemeClassifier must be a column name or None. "
                                 f"Got {self.labels_col!r} instead.")

    def _thresholds(self, ids: list[str]) -> np.ndarray:
        if isinstance(self.threshold, dict):
            unknown = [k for k in self.threshold if k not in ids]
            if unknown:
                raise ParameterError(f"The 'threshold' parameter of ThemeClassifier names unknown themes {unknown}; "
                                     f"expected ids among {ids}." + close_match_hint(unknown[0], ids))
            return np.array([float(self.threshold.get(t, 0.5)) for t in ids])
        value = float(self.threshold)
        if not 0 < value <= 1:
            raise ParameterError(f"The 'threshold' parameter of ThemeClassifier must be in (0, 1]. Got {value!r} instead.")
        return np.full(len(ids), value)

    def fit(self, X, y=None):
        """Learn from the survey *X* (preprocessed), with optional analyst codes *y* (or ``labels_col``)."""
        self._validate_params()
        X = _check_frame(X, where="fit")
        self.codebook_ = load_codebook(self.codebook)
        self.theme_ids_ = self.codebook_.ids
        self.thresholds_ = self._thresholds(self.theme_ids_)
        self._matcher = SeedMatcher(self.codebook_)
        learn = isinstance(self.refiner, str) and self.refiner == "learn"
        self.refiner_ = None if learn else self._resolve_refiner()
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
        # Train on every coded comment plus a seeded sample of the uncoded ones: the seeds' weak labels
        # and the model need no more (and fit time stays flat however large the survey is).
        if learn and coded.sum() < _MIN_CODED_FOR_REFINER:
            raise InputError(f"refiner='learn' trains a refiner on the coded comments and needs at least "
                             f"{_MIN_CODED_FOR_REFINER} of them; got {int(coded.sum())}. Code more comments, or "
                             "use refiner='auto' (the codes then train the survey's model).")
        if learn:  # before the sample below: the refiner learns from every coded comment
            at = np.flatnonzero(coded)
            coded_X, coded_Y, coded_codes = X.iloc[at], coded_y[at], [c for c, ok in zip(y, coded) if ok]
        rows = self._training_rows(coded)
        X, coded_y, coded = X.iloc[rows], coded_y[rows], coded[rows]
        weak, _ = self._seed_matrix(X, desc="seeds (fit)")
        # with refiner="learn" the codes train the refiner, so the survey's model sees the seeds' labels only
        target = weak if learn else np.where(coded[:, None], coded_y, weak)
        self.n_coded_ = int(coded.sum())
        self.n_seed_labels_ = weak.sum(axis=0)
        self.coef_ = np.zeros((len(self.theme_ids_), 0))
        self.intercept_ = np.full(len(self.theme_ids_), -30.0)
        self.n_train_ = 0
        self._word = self._char = None
        if self.use_model and len(X):
            self._fit_model(X, target, np.zeros_like(coded) if learn else coded)
        if learn:
            self.refiner_ = self._learn_refiner(coded_X, coded_Y, coded_codes)
        return self

    def _learn_refiner(self, X: pd.DataFrame, Y: np.ndarray, codes: list) -> ThemeRefiner:
        """A refiner trained on the coded comments *X* (codes *Y*), on top of the zero-shot classifier just fitted."""
        seeds, hits, proba = self.zero_shot(X)
        refiner = ThemeRefiner(random_state=self.random_state).fit(
            _column(X, "lemmas"), seeds, proba, Y, self.theme_ids_, langs=_column(X, "lang"), codebook=self.codebook_,
            exclude=proper_nouns(_column(X, "text_clean")) | private_terms([], _column(X, "text_clean")))
        return self.teach_polarity(refiner, X, codes, hits)

    def teach_polarity(self, refiner: ThemeRefiner, X: pd.DataFrame, codes, hits=None) -> ThemeRefiner:
        """Fit *refiner*'s polarity on the ``id:polarity`` pairs of *codes* (one cell per row of *X*).

        Codes without polarities teach nothing; *refiner* is returned as it is.
        """
        pairs = [(i, self.theme_ids_.index(t), pol) for i, cell in enumerate(codes)
                 for t, pol in (parse_themes(cell) or {}).items() if pol is not None and t in self.theme_ids_]
        if pairs:
            rows, ks, polarity = (np.array(v) for v in zip(*pairs))
            rule, overall, seeded = self.polarity_evidence(X, rows, ks, hits)
            lemmas = _column(X, "lemmas")
            refiner.fit_polarity([lemmas[i] for i in rows], ks, rule, overall, seeded, polarity)
        return refiner

    def _resolve_refiner(self) -> ThemeRefiner | None:
        if self.refiner is None:
            return None
        if isinstance(self.refiner, str) and self.refiner == "auto":
            return codebook_refiner(self.codebook_)
        if isinstance(self.refiner, ThemeRefiner):
            return check_refiner(self.refiner, self.codebook_, where="refiner")
        if isinstance(self.refiner, (str, Path)):
            where = f"refiner={str(self.refiner)!r}"
            return check_refiner(ThemeRefiner.load(self.refiner), self.codebook_, where=where)
        raise ParameterError(f"The 'refiner' parameter of ThemeClassifier must be 'auto', 'learn', None, a folder "
                             f"or a ThemeRefiner. Got {self.refiner!r} instead.")

    def _training_rows(self, coded: np.ndarray) -> np.ndarray:
        uncoded = np.flatnonzero(~coded)
        if len(uncoded) > self.max_train:
            rng = np.random.default_rng(self.random_state)
            uncoded = np.sort(rng.choice(uncoded, size=self.max_train, replace=False))
        return np.sort(np.concatenate([np.flatnonzero(coded), uncoded]))

    def _seed_matrix(self, X: pd.DataFrame, *, desc: str):
        texts, lemmas, langs = _column(X, "text_clean"), _column(X, "lemmas"), _column(X, "lang")
        informative = _informative(X)
        m = np.zeros((len(X), len(self.theme_ids_)), dtype=np.int8)
        hits = []
        for i, (t, l, g) in enumerate(tqdm(zip(texts, lemmas, langs), total=len(X), desc=desc,
                                           disable=not self.progress, leave=False)):
            found = self._matcher.match(t, l, g) if informative is None or informative[i] else {}
            hits.append(found)
            for k in found:
                m[i, k] = 1
        if GENERAL in self.theme_ids_:
            g = self.theme_ids_.index(GENERAL)
            others = np.delete(m, g, axis=1).any(axis=1)
            m[others, g] = 0
        return m, hits

    def _features(self, X: pd.DataFrame, *, fit: bool = False):
        """TF-IDF features of each distinct lemma string (identical comments are featurised once)."""
        lemmas = np.asarray(_column(X, "lemmas"), dtype=object)
        codes, _ = pd.factorize(pd.Series(lemmas), sort=False)
        first = pd.Series(np.arange(len(codes))).groupby(codes).first().to_numpy()
        docs = lemmas[first]
        if fit:  # no rare token, placeholder or name in the stored vocabularies
            docs = drop_terms(docs, private_terms(docs, _column(X, "text_clean") if "text_clean" in X.columns else None))
            self._word = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(self.word_ngrams), min_df=2,
                                         max_features=self.max_features, sublinear_tf=True, lowercase=False,
                                         dtype=np.float32)
            self._char = None if self.char_ngrams is None else TfidfVectorizer(
                analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=3, max_features=self.max_features,
                sublinear_tf=True, lowercase=False, dtype=np.float32)
            parts = [self._word.fit_transform(docs)]
            if self._char is not None:
                parts.append(self._char.fit_transform([t[:_CHAR_LIMIT] for t in docs]))
        else:
            parts = [self._word.transform(docs)]
            if self._char is not None:
                parts.append(self._char.transform([t[:_CHAR_LIMIT] for t in docs]))
        return (sp.hstack(parts).tocsr() if len(parts) > 1 else parts[0].tocsr()), codes

    def _fit_model(self, X: pd.DataFrame, target: np.ndarray, coded: np.ndarray) -> None:
        try:
            feats, codes = self._features(X, fit=True)
        except ValueError:  # too few comments for the vocabulary thresholds: seeds only
            self._word = self._char = None
            return
        Xt = feats[codes]
        weight = np.where(coded, float(self.coded_weight), 1.0)
        self.coef_ = np.zeros((len(self.theme_ids_), Xt.shape[1]))
        self.n_train_ = len(X)
        for k in tqdm(range(len(self.theme_ids_)), desc="theme models", disable=not self.progress, leave=False):
            pos = int(target[:, k].sum())
            if pos < self.min_positives or len(target) - pos < self.min_positives:
                continue
            model = SGDClassifier(loss="log_loss", alpha=self.alpha, max_iter=self.epochs, tol=None,
                                  random_state=self.random_state)
            model.fit(Xt, target[:, k], sample_weight=weight)
            self.coef_[k] = model.coef_[0]
            self.intercept_[k] = model.intercept_[0]

    # -- predicting ---------------------------------------------------------
    def _model_proba(self, X: pd.DataFrame) -> np.ndarray:
        if self._word is None or not len(X):
            return np.zeros((len(X), len(self.theme_ids_)))
        out = np.empty((len(X), len(self.theme_ids_)))
        coef = self.coef_.T.astype(np.float32)
        for start in range(0, len(X), _CHUNK):  # bounded memory on large surveys
            feats, codes = self._features(X.iloc[start:start + _CHUNK])
            z = np.asarray(feats @ coef, dtype=float) + self.intercept_
            out[start:start + _CHUNK] = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))[codes]
        return out

    def predict_proba(self, X) -> pd.DataFrame:
        """Probability of each theme per comment: a frame of ``p_<id>`` columns on X's index."""
        check_is_fitted(self, "theme_ids_")
        X = _check_frame(X, where="predict_proba")
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
        seeds, hits = self._seed_matrix(X, desc="seeds")
        proba = self._model_proba(X)
        proba = np.where(seeds.astype(bool), np.maximum(proba, float(self.seed_probability)), proba)
        informative = _informative(X)
        if informative is not None:
            proba[~informative] = 0.0
        return seeds, hits, proba

    def _proba(self, X: pd.DataFrame):
        seeds, hits, proba = self.zero_shot(X)
        if self.refiner_ is not None:
            rows = np.flatnonzero(self.refiner_.applies(_column(X, "lang")))
            if len(rows):
                lemmas = _column(X, "lemmas")
                refined = self.refiner_.predict_proba([lemmas[i] for i in rows], seeds[rows], proba[rows])
                # general is "no other theme": decided by its seeds once the others are known, not by words
                keep = [k for k, t in enumerate(self.theme_ids_) if t != GENERAL]
                proba[np.ix_(rows, keep)] = refined[:, keep]
        informative = _informative(X)
        if informative is not None:
            proba[~informative] = 0.0
        return proba, seeds, hits

    def _decide(self, proba: np.ndarray) -> np.ndarray:
        decided = proba >= self.thresholds_
        if GENERAL in self.theme_ids_:
            g = self.theme_ids_.index(GENERAL)
            decided[np.delete(decided, g, axis=1).any(axis=1), g] = False
        return decided

    def transform(self, X) -> pd.DataFrame:
        """Return a copy of *X* with ``themes`` and the ``p_<id>`` columns added."""
        check_is_fitted(self, "theme_ids_")
        X = _check_frame(X, where="transform")
        proba, _, hits = self._proba(X)
        decided = self._decide(proba)
        rows, ks = np.nonzero(decided)
        polarity = self._polarities(X, rows, ks, hits)
        found: dict[int, dict[str, str | None]] = {}
        for i, k, p in zip(rows.tolist(), ks.tolist(), polarity):
            found.setdefault(i, {})[self.theme_ids_[k]] = p
        themes = [format_themes(found[i]) if i in found else "" for i in range(len(X))]
        out = X.copy()
        out["themes"] = pd.Series(themes, index=X.index, dtype=str)
        for k, t in enumerate(self.theme_ids_):
            out[f"p_{t}"] = np.round(proba[:, k], 4)
        return out

    def polarity_evidence(self, X: pd.DataFrame, rows, ks, hits=None) -> tuple[list, list, np.ndarray]:
        """What the clauses say of theme ``ks[j]`` in comment ``rows[j]``, for each pair j.

        Returns ``(rule, overall, seeded)``: the polarity of the clauses holding the
        theme's seed words (``pos``/``neg``/``mixed``, None without sentiment), the
        polarity of the whole comment, and whether the theme's seeds matched.
        """
        if hits is None:
            hits = self._seed_matrix(X, desc="seeds")[1]
        texts, langs = _column(X, "text_clean"), _column(X, "lang")
        rule, overall, done = [], [], {}  # repeated comments ("Bra", "Super") are common: analyse each once
        analysed = None
        for i, k in tqdm(zip(rows, ks), total=len(rows), desc="polarity", disable=not self.progress, leave=False):
            key = (texts[i], langs[i], k, tuple(hits[i].get(k, [None])))
            if key not in done:
                if analysed is None or analysed[0] != i:  # the pairs of one comment come together
                    analysed = (i, analyze_clauses(texts[i], langs[i]))
                analysis = analysed[1]
                done[key] = (analysis.polarity(key[3], None, self._matcher.polarity_words(k, langs[i])),
                             analysis.polarity([None], None))
            rule.append(done[key][0])
            overall.append(done[key][1])
        return rule, overall, np.array([k in hits[i] for i, k in zip(rows, ks)], dtype=bool)

    def _polarities(self, X: pd.DataFrame, rows, ks, hits) -> list[str | None]:
        """Polarity of theme ``ks[j]`` in comment ``rows[j]``: the refiner's, else the clauses', else the fallback."""
        rule, overall, seeded = self.polarity_evidence(X, rows, ks, hits)
        fallback, from_score = self._fallback_polarities(X)
        out = [r or fallback[i] for r, i in zip(rule, rows)]
        if self.refiner_ is None or not self.refiner_.has_polarity:
            return out
        # the clauses decide when they are clear; the refiner's words decide when they say nothing or both
        # (but a comment without any sentiment word: its NPS score says more than its words)
        langs, lemmas = _column(X, "lang"), _column(X, "lemmas")
        unclear = [j for j, (r, o, i) in enumerate(zip(rule, overall, rows))
                   if r not in ("pos", "neg") and not (o is None and from_score[i])]
        unclear = [j for j, ok in zip(unclear, self.refiner_.applies([langs[rows[j]] for j in unclear])) if ok]
        if unclear:
            learned = self.refiner_.predict_polarity([lemmas[rows[j]] for j in unclear], ks[unclear],
                                                     [rule[j] for j in unclear], [overall[j] for j in unclear],
                                                     seeded[unclear])
            for j, p in zip(unclear, learned):
                out[j] = p
        return out

    def _fallback_polarities(self, X: pd.DataFrame) -> tuple[list[str], np.ndarray]:
        """Polarity for comments without sentiment words: the NPS category of ``score``, else the default.

        Also returns which rows took it from their score.
        """
        if "score" not in X:
            return [self.polarity_default] * len(X), np.zeros(len(X), dtype=bool)
        score = pd.to_numeric(X["score"], errors="coerce").to_numpy(dtype=float)
        from_score = (score >= 9) | (score <= 6)
        return ["pos" if s >= 9 else "neg" if s <= 6 else self.polarity_default for s in score], from_score

    def suggest_to_code(self, X, n: int = 20) -> pd.DataFrame:
        """The *n* comments whose themes the classifier is least sure of: code these next.

        Uncertainty of a comment = ``max over themes of 1 - |p - threshold| / max(threshold, 1 - threshold)``
        (1 on the threshold, 0 when sure). Comments already coded (``labels_col``),
        non-answers and repeated texts are skipped. Returns the rows of *X* with
        ``uncertainty`` and ``uncertain_theme`` added, most uncertain first.
        """
        check_is_fitted(self, "theme_ids_")
        X = _check_frame(X, where="suggest_to_code")
        if not isinstance(n, (int, np.integer)) or n < 1:
            raise ParameterError(f"The 'n' parameter of suggest_to_code must be a positive int. Got {n!r} instead.")
        proba, _, _ = self._proba(X)
        t = self.thresholds_
        unc = 1 - np.abs(proba - t) / np.maximum(t, 1 - t)
        informative = _informative(X)
        keep = np.ones(len(X), dtype=bool) if informative is None else informative.copy()
        if self.labels_col is not None and self.labels_col in X:
            keep &= X[self.labels_col].isna().to_numpy()
        text = pd.Series(_column(X, "text_clean")).str.strip()
        keep &= ~text.str.lower().duplicated().to_numpy()
        keep &= text.ne("").to_numpy()
        best = unc.max(axis=1) if unc.size else np.zeros(len(X))
        order = [i for i in np.argsort(-best, kind="stable") if keep[i]][:n]
        out = X.iloc[order].copy()
        out["uncertainty"] = np.round(best[order], 4)
        out["uncertain_theme"] = [self.theme_ids_[k] for k in unc[order].argmax(axis=1)] if len(order) else []
        return out

    # -- persistence --------------------------------------------------------
    def save(self, path) -> None:
        """Save the fitted classifier to folder *path* (JSON + NumPy, no pickle; codebook included)."""
        check_is_fitted(self, "theme_ids_")
        state = {
            "params": {p: (list(v) if isinstance(v, tuple) else v) for p in _PARAMS_SAVED
                       for v in [getattr(self, p)]},
            "codebook_yaml": self.codebook_.text, "codebook_source": self.codebook_.source,
            "codebook_fingerprint": self.codebook_.fingerprint,
            "thresholds": self.thresholds_, "coef": self.coef_.astype(np.float32), "intercept": self.intercept_,
            "n_train": self.n_train_, "n_coded": self.n_coded_, "n_seed_labels": np.asarray(self.n_seed_labels_),
            "word": persist.vectorizer_state(self._word), "char": persist.vectorizer_state(self._char),
            "refiner": None if self.refiner_ is None else self.refiner_.to_state(),
        }
        persist.save_model(state, path, kind=MODEL_KIND, version=MODEL_VERSION)

    @classmethod
    def load(cls, path, *, codebook=None, progress: bool = True) -> ThemeClassifier:
        """Load a classifier saved with :meth:`save`.

        When *codebook* is given, it must be the codebook the model was trained
        with (same YAML text); otherwise the model fails clearly.
        """
        state = persist.load_model(path, kind=MODEL_KIND, version=MODEL_VERSION)
        params = {k: (tuple(v) if isinstance(v, list) else v) for k, v in state["params"].items()}
        refiner = None if state["refiner"] is None else ThemeRefiner.from_state(state["refiner"])
        saved = Codebook.from_yaml(state["codebook_yaml"], source=state["codebook_source"])
        if codebook is not None:
            given = load_codebook(codebook)
            if given.fingerprint != state["codebook_fingerprint"]:
                raise InputError(
                    f"The model at {str(path)!r} was trained with codebook {saved.name!r} version {saved.version} "
                    f"({saved.source}), not with {given.name!r} version {given.version} ({given.source}). "
                    "Retrain it with `textnps train`, or classify with the codebook it was trained on."
                )
        model = cls(codebook=saved, refiner=refiner, progress=progress, **params)
        model.refiner_ = refiner
        model.codebook_ = saved
        model.theme_ids_ = saved.ids
        model.thresholds_ = np.asarray(state["thresholds"], dtype=float)
        model.coef_ = np.asarray(state["coef"], dtype=float)
        model.intercept_ = np.asarray(state["intercept"], dtype=float)
        model.n_train_, model.n_coded_ = state["n_train"], state["n_coded"]
        model.n_seed_labels_ = np.asarray(state["n_seed_labels"])
        model._matcher = SeedMatcher(saved)
        model._word = persist.vectorizer_from_state(state["word"])
        model._char = persist.vectorizer_from_state(state["char"])
        return model

