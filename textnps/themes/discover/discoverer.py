"""Discover themes in preprocessed comments, without a codebook.

Method (each step in its own module):

1. Lemmas -> concept tokens shared by sv/da/no, sublinear TF-IDF (:mod:`~textnps.themes.discover.vectorize`),
   without terms that name no theme (:mod:`~textnps.themes.discover.generic`).
2. NMF X ~ W H (rows of H: themes; of W: a comment's theme weights), NNDSVD-initialised
   (deterministic), mini-batch on large inputs (:mod:`~textnps.themes.discover.nmf_select`); only
   the themes that come back in most fits on resamples are kept (:mod:`~textnps.themes.discover.consensus`).
3. Reasons first (:mod:`textnps.themes.discover.pool`, :mod:`~textnps.themes.discover.reasons`):
   with ``n_themes="size"`` detractors, passives and promoters each get their own
   fit of ``sqrt(n_c) / 6.5`` themes (2-25), pooled; near-duplicates of one
   polarity are merged (also two labelled alike: :mod:`~textnps.themes.discover.labelmerge`), two polarities paired;
   the survey's own subject words weigh half. ``n_themes="auto"`` instead picks the
   number by the stability of the top terms under resampling (Greene et al.
   2014; :mod:`textnps.themes.discover.nmf_select`).
4. A comment carries a theme when its weight is at least ``min_weight`` and
   at least ``min_share`` of its strongest theme's weight; comments with no
   such theme stay unassigned (``""``), never forced into one.
5. Labels: the phrase the theme's comments write most (:mod:`~textnps.themes.discover.phrases`),
   else its most distinctive terms (weight x exclusivity) in the surface words of its
   comments (:mod:`~textnps.themes.discover.surface`); top terms are the heaviest that
   co-occur (:func:`~textnps.themes.discover.quality.coherent_terms`);
   never a name (:func:`~textnps.themes.discover.generic.survey_names`); example comments
   (:mod:`~textnps.themes.discover.labels`); a codebook draft (:mod:`~textnps.themes.discover.draft`).
"""
from __future__ import annotations

import numbers
from collections import Counter

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, _fit_context
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted
from tqdm.auto import tqdm

from textnps._contract import FrameTransformerMixin
from textnps._errors import InputError, ParameterError
from textnps.stats import CATEGORIES
from textnps.themes import persist
from textnps.themes.discover import brands as _brands, labelmerge as _labelmerge, pool as _pool, reasons as _reasons
from textnps.themes.discover import vectorize as _vectorize
from textnps.themes.discover.groupfit import assign_rows, fit_group, merge_group
from textnps.themes.discover.nmf_select import project
from textnps.themes.discover.describe import ALL as _ALL, shown_terms
from textnps.themes.discover.explode import explode_themes
from textnps.themes.discover.fitvocab import build_vocabulary
from textnps.themes.discover.manner import discovery_maps
from textnps.themes.discover.surface import SurfaceForms
from textnps.themes.discover.saved import MODEL_KIND, MODEL_VERSION, discoverer_state, restore_discoverer

__all__ = ["ThemeDiscoverer", "explode_themes", "CATEGORIES"]

#: Above this many comments, ``batch_size="auto"`` switches to mini-batch NMF.
MINIBATCH_ABOVE = 50_000


class ThemeDiscoverer(FrameTransformerMixin, BaseEstimator):
    """Find the themes of NPS comments with TF-IDF + NMF, in sv, da and no together.

    Works on a frame from :class:`textnps.preprocess.Preprocessor`: it needs
    ``lemmas``; it uses ``text_clean`` (redacted) for example comments,
    ``lang`` to merge the languages' words, ``informative`` to skip non-answers
    and *score_col* for the NPS categories.

    Parameters
    ----------
    n_themes : "size", "auto" or int, default "size"
        Number of themes fitted (per category with ``by_category``), before
        near-duplicates are merged: ``"size"`` is ``sqrt(n) / 6.5`` for n
        comments, 5 to 25 (:func:`~textnps.themes.discover.reasons.size_k`);
        with *balance* and scores, each NPS category of >= 30 comments is fitted
        on its own with ``sqrt(n_c) / 6.5`` themes (2 to 25) and the themes are
        pooled (:func:`~textnps.themes.discover.pool.pooled_themes`);
        ``"auto"`` chooses it among *candidates*: the largest k whose
        term-ranking stability under resampling is within *tolerance* of the
        best (see :mod:`textnps.themes.discover.nmf_select` and ``selection_``).
    merge_threshold : float or None, default 0.5
        Merge two themes whose mean term-vector and comment-profile cosine
        reaches this (:func:`~textnps.themes.discover.reasons.merge_duplicates`);
        None keeps every fitted theme.
    balance : bool, default True
        Give every NPS category's reasons their themes (needs *score_col*): with
        ``n_themes="size"`` by fitting each category on its own and pooling the
        themes, with an int or ``"auto"`` by weighing the categories the same in one fit.
    segment_col : str, default "segment"
        Optional column whose values (companies, brands, products) never
        appear in a theme or the saved model, even in lowercased text.
    candidates : "auto" or sequence of int, default "auto"
        Numbers of themes tried by ``"auto"``; ``"auto"`` is a range growing
        with the number of comments n up to sqrt(n) / 2, at most 30.
    tolerance : float, default 0.05
        How much less stable (mean average Jaccard of the top-10 terms, 0-1)
        than the most stable k a larger k may be and still be chosen.
    by_category : bool, default False
        Fit detractor (0-6), passive (7-8) and promoter (9-10) comments
        separately; each comment then gets the themes of its own category.
    score_col : str, default "score"
        Column of 0-10 scores; needed with ``by_category``, else optional (the
        share columns of ``themes_`` are NaN without it).
    min_df : "auto", int or float, default "auto"
        Ignore terms in fewer comments (an int) or a smaller share of them;
        ``"auto"`` is 5, or 1 per 100 comments (at least 2) under 500 comments.
    max_df : float, default 0.5
        Ignore terms in a larger share of comments (the survey's subject itself).
    max_features : int, default 1500
        Keep at most this many terms, the most frequent.
    stop_words : list of str or None, default None
        More lemmas to leave out (lower-cased), e.g. brand names in an
        all-lowercase export, where they cannot be recognised by their capital.
    drop_generic : bool, default True
        Leave out terms that name no theme (:mod:`textnps.themes.discover.generic`):
        generic concepts (``=good``, ``=customer``, ``=company``...), each
        language's ``DISCOVERY_GENERIC`` words, everyday words (wordfreq Zipf
        >= 5.8) and names (the company's own, lowercased too: :mod:`~textnps.themes.discover.brands`). Negated terms
        (``neg_bra``) are kept. The list is ``stop_terms_``.
    min_weight : float, default 0.05
        A comment carries a theme only with at least this weight (on the scale
        of its unit-length TF-IDF vector): low enough for short comments.
    min_share : float, default 0.4
        ...and only when the weight is at least this share of its top theme's.
    n_terms : int, default 10
        Top terms reported per theme.
    n_examples : int, default 5
        Example comments per theme (from ``text_clean``).
    batch_size : "auto", int or None, default "auto"
        Mini-batch NMF with this batch size when there are more comments than
        that; ``"auto"`` uses 4096 above 50,000 comments; None never.
    max_iter : int, default 300
        Iterations of the NMF solver.
    n_resamples : int, default 0
        With ``n_themes="size"``, each fit of >= 500 comments is repeated on this many fixed 80 % subsamples and only
        the themes found in at least half of the fits are kept, each the mean of its fits
        (:mod:`~textnps.themes.discover.consensus`). 0 (default): one fit. 6: refits on subsamples agree more on
        some surveys, at about twice the fit time (``benchmarks/RESULTS.md``, issue 14, fourth round).
    random_state : int, default 0
        Seed of mini-batch NMF's batches; the themes are the same for the same input whatever the seed.
    progress : bool, default True
        Show progress bars (stderr) on long fits.

    Attributes
    ----------
    themes_ : DataFrame
        theme_id, label, terms, n, share_detractor, share_passive,
        share_promoter, examples, category, languages, coherence, polarity
        (``positive`` when it weighs more on the promoters than the detractors,
        else ``negative``), paired_with (the theme of the same reason's other
        polarity, or ``""``). ``n`` is the
        number of training comments carrying the theme; ``share_<category>``
        the share of that category's comments (informative, in the training
        data) carrying it; ``examples`` are joined with newlines.
    n_themes_ : int
        Number of themes found (all categories together).
    selection_ : DataFrame
        One row per (category, candidate k): k, stability (mean average
        Jaccard of the top-10 terms between the fit and its subsample refits),
        similarity (mean cosine of the matched theme vectors), coherence (mean
        NPMI of the top-10 terms), smoothed (stability capped by the better
        neighbouring k's, what the choice uses), chosen; empty when
        *n_themes* is an int.
    stop_terms_ : ndarray of str
        Terms left out (*stop_words*, with *drop_generic* the generic terms);
        names and rare tokens are left out too but, being personal, not listed
        (:mod:`textnps.themes.discover.fitvocab`).
    domain_terms_ : ndarray of str
        The survey's subject terms (in >= 10 % of every category), weighed half.
    n_merged_ : dict
        Near-duplicate merges per group.
    n_unstable_ : dict
        Per group, themes left out because they came back in fewer than half of the resampled fits
        (``n_resamples``).
    n_skipped_ : dict
        Comments left out of the fit: ``non_informative`` (``informative`` is
        False), ``empty`` (no usable terms), ``no_score`` (``by_category`` only).
    vocabulary_ : ndarray of str
        The terms (lemmas and ``=concept`` tokens).
    top_terms_ : dict
        Per group, the term ids of each theme's ``terms`` (k x n_terms).
    polarity_ : dict
        Per group, +1 / -1 per theme (see ``themes_["polarity"]``).

    Columns added by ``transform``: ``discovered_themes`` (``theme_id:weight``
    pairs joined by ``;``, strongest first, weights summing to 1, ``""`` when
    unassigned) and ``discovered_theme`` (strongest theme id or ``""``).
    """

    def __init__(self, *, n_themes="size", candidates="auto", tolerance=0.05, by_category=False,
                 merge_threshold=0.5, balance=True, segment_col="segment", score_col="score", min_df="auto", max_df=0.5, max_features=1500, stop_words=None,
                 drop_generic=True, min_weight=0.05, min_share=0.4,
                 n_terms=10, n_examples=5, batch_size="auto", max_iter=300, n_resamples=0, random_state=0, progress=True):
        self.n_themes = n_themes
        self.candidates = candidates
        self.tolerance = tolerance
        self.stop_words = stop_words
        self.drop_generic = drop_generic
        self.by_category = by_category
        self.merge_threshold = merge_threshold
        self.balance = balance
        self.segment_col = segment_col
        self.score_col = score_col
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.min_weight = min_weight
        self.min_share = min_share
        self.n_terms = n_terms
        self.n_examples = n_examples
        self.batch_size = batch_size
        self.max_iter = max_iter
        self.n_resamples = n_resamples
        self.random_state = random_state
        self.progress = progress

    _UNIT = Interval(numbers.Real, 0, 1, closed="both")
    _COUNT = Interval(numbers.Integral, 1, None, closed="left")
    _parameter_constraints = {
        "n_themes": [StrOptions({"auto", "size"}), _COUNT], "merge_threshold": [_UNIT, None],
        "balance": ["boolean"], "segment_col": [str],
        "candidates": [StrOptions({"auto"}), list, tuple],
        "tolerance": [_UNIT], "by_category": ["boolean"], "score_col": [str],
        "min_df": [StrOptions({"auto"}), _COUNT, Interval(numbers.Real, 0, 1, closed="right")],
        "max_df": [Interval(numbers.Real, 0, 1, closed="right"), _COUNT],
        "max_features": [_COUNT, None], "stop_words": [list, tuple, set, frozenset, None],
        "drop_generic": ["boolean"], "min_weight": [_UNIT], "min_share": [_UNIT],
        "n_terms": [_COUNT], "n_examples": [Interval(numbers.Integral, 0, None, closed="left")],
        "batch_size": [StrOptions({"auto"}), _COUNT, None], "max_iter": [_COUNT],
        "n_resamples": [Interval(numbers.Integral, 0, None, closed="left")], "random_state": ["random_state"], "progress": ["boolean"],
    }

    # ------------------------------------------------------------------ checks
    def _validate_params(self) -> None:
        """The table, and what it cannot say: a string of stop words, candidates that are not ints >= 1."""
        if isinstance(self.stop_words, str):  # a common mistake: its own message
            raise ParameterError(
                f"The 'stop_words' parameter of ThemeDiscoverer must be a list of words or None, not a string. "
                f"Got {self.stop_words!r} instead: write [{self.stop_words!r}]."
            )
        super()._validate_params()
        cands = self.candidates
        if not isinstance(cands, str) and (not cands or any(
                not isinstance(c, numbers.Integral) or isinstance(c, bool) or c < 1 for c in cands)):
            raise ParameterError(
                f"The 'candidates' parameter of ThemeDiscoverer must be 'auto' or a non-empty list of ints >= 1. "
                f"Got {cands!r} instead."
            )

    def _frame(self, X, *, where: str, reset: bool = False) -> pd.DataFrame:
        optional = {"informative": "non-answers ('-', 'vet inte') are used as comments",
                    "lang": "lemmas are mapped to the shared concepts of every language"}
        if not self.by_category:
            optional[self.score_col] = "the themes' share_<category> columns are empty"
        required = ["lemmas"] + ([self.score_col] if self.by_category else [])
        return self._check_frame(X, where=where, required=required, optional=optional, reset=reset)

    def _added_columns(self) -> list[str]:
        return ["discovered_themes", "discovered_theme"]

    # ------------------------------------------------------------- helpers
    def _docs(self, X: pd.DataFrame, maps, surfaces=None) -> list[str]:
        langs = X["lang"].tolist() if "lang" in X.columns else None
        return _vectorize.to_concepts(X["lemmas"], langs, maps, surfaces=surfaces)

    @staticmethod
    def _informative(X: pd.DataFrame) -> np.ndarray:
        if "informative" not in X.columns:
            return np.ones(len(X), dtype=bool)
        return X["informative"].fillna(False).astype(bool).to_numpy()

    def _categories(self, X: pd.DataFrame) -> np.ndarray | None:
        if self.score_col not in X.columns:
            return None
        return _reasons.nps_categories(pd.to_numeric(X[self.score_col], errors="coerce"))

    def _resolve_batch(self, n_rows: int):
        if self.batch_size == "auto":
            return 4096 if n_rows > MINIBATCH_ABOVE else None
        return self.batch_size

    def _assign(self, w: np.ndarray) -> list[list[tuple[int, float]]]:
        """Each row's (theme index, weight share) pairs that pass the thresholds."""
        return assign_rows(w, min_weight=self.min_weight, min_share=self.min_share)

    # ------------------------------------------------------------------ fit
    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X: pd.DataFrame, y=None):
        """Learn the themes of the comments in *X* (a preprocessed DataFrame)."""
        self._frame(X, where="fit", reset=True)
        maps = discovery_maps()
        surfaces: Counter = Counter()
        informative = self._informative(X)
        docs = self._docs(X, maps, surfaces)
        usable = informative & np.array([bool(_vectorize.analyze(d)) for d in docs], dtype=bool)
        categories = self._categories(X)
        if self.by_category:
            usable &= categories != ""
        if usable.sum() < 2:
            raise InputError(
                f"ThemeDiscoverer needs at least 2 informative comments with words; got {int(usable.sum())} "
                f"of {len(X)}."
            )
        vocab, idf, self.stop_terms_, hidden = build_vocabulary(self, X, docs, usable)
        self.vocabulary_ = np.array(vocab, dtype=str)
        self.concept_maps_ = maps
        x_all = _vectorize.tfidf(docs, vocab, idf)
        share = _reasons.domain_shares(x_all[np.flatnonzero(usable)], None if categories is None else categories[usable])
        self.domain_terms_ = self.vocabulary_[share >= _reasons.DOMAIN_SHARE]
        idf = idf * _reasons.domain_weights(share)
        self.idf_ = idf
        x_all = _vectorize.tfidf(docs, vocab, idf)
        has_terms = np.diff(x_all.indptr) > 0
        self.n_skipped_ = {"non_informative": int((~informative).sum()),
                           "empty": int((informative & ~has_terms).sum())}
        if self.by_category:
            self.n_skipped_["no_score"] = int((informative & has_terms & (categories == "")).sum())
        usable &= has_terms

        texts = X["text_clean"].fillna("").astype(str).to_numpy() if "text_clean" in X.columns else None
        forms = SurfaceForms(texts, X["lang"].to_numpy() if "lang" in X.columns else None) if texts is not None else None
        groups = list(CATEGORIES) if self.by_category else [_ALL]
        cats = categories
        self.components_, self.theme_ids_, self.n_merged_, self.n_unstable_, selections = {}, {}, {}, {}, []
        batch = self._resolve_batch(int(usable.sum()))
        quiet = not self.progress or len(groups) == 1
        skip = np.isin(self.vocabulary_, self.domain_terms_)
        shown = shown_terms(self, X, usable, surfaces, forms) if self.merge_threshold is not None else None
        self.polarity_ = {}
        for group in tqdm(groups, desc="discovering themes", unit="group", disable=quiet):
            rows = usable if group == _ALL else usable & (cats == group)
            if rows.sum() < 2:
                continue
            x = x_all[np.flatnonzero(rows)]

            def fit_one(part, scale=None, *, group=group, low=5):
                return fit_group(self, part, group, batch=batch, selections=selections, skip=skip, shown=shown,
                                       scale=scale, low=low)

            if self.balance and group == _ALL and cats is not None and self.n_themes == "size":
                h, side, merged = _pool.pooled_themes(
                    x, cats[rows], fit=fit_one, max_iter=self.max_iter,
                    merge=lambda hh, ww, sd: merge_group(self, hh, ww, skip, shown, side=sd))
                self.n_merged_[group] = self.n_merged_.get(group, 0) + merged
            else:
                scale = _reasons.category_weights(cats, rows) if self.balance and group == _ALL else None
                h = fit_one(x, scale)
                side = np.ones(h.shape[0], dtype=int) if group != "detractor" else -np.ones(h.shape[0], dtype=int)
            self.components_[group] = h
            self.polarity_[group] = side
        self.selection_ = (pd.concat(selections, ignore_index=True) if selections else pd.DataFrame(
            columns=["k", "stability", "similarity", "coherence", "smoothed", "chosen", "category"]))
        x_all = _brands.drop_names(self, x_all, hidden)  # fitted on, the names now leave (brands.drop_names)
        _labelmerge.describe_merged(self, X, x_all, usable, cats, surfaces, assign=self._assign, forms=forms, hide=hidden)
        return self

    # ------------------------------------------------------------ transform
    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        """Return a copy of *X* with ``discovered_themes`` and ``discovered_theme`` added."""
        check_is_fitted(self, "themes_")
        self._frame(X, where="transform")
        docs = self._docs(X, self.concept_maps_)
        x_all = _vectorize.tfidf(docs, list(self.vocabulary_), self.idf_)
        informative = self._informative(X)
        cats = self._categories(X) if self.by_category else None
        cells = [""] * len(X)
        tops = [""] * len(X)
        for group, h in self.components_.items():
            rows = informative if group == _ALL else informative & (cats == group)
            idx = np.flatnonzero(rows & (np.diff(x_all.indptr) > 0))
            if idx.size == 0:
                continue
            ids = self.theme_ids_[group]
            for i, pairs in zip(idx, self._assign(project(x_all[idx], h, max_iter=self.max_iter))):
                if pairs:
                    cells[i] = ";".join(f"{ids[j]}:{s:.3f}" for j, s in pairs)
                    tops[i] = ids[pairs[0][0]]
        out = X.copy()
        out["discovered_themes"] = pd.Series(cells, index=X.index, dtype="str")
        out["discovered_theme"] = pd.Series(tops, index=X.index, dtype="str")
        return out

    def fit_transform(self, X: pd.DataFrame, y=None) -> pd.DataFrame:
        return self.fit(X).transform(X)

    def _repr_html_(self) -> str:
        from textnps._repr import discoverer_html

        return discoverer_html(self)

    # ---------------------------------------------------------- persistence
    def save(self, path) -> None:
        """Save the fitted model to the folder *path* (JSON + NumPy, no pickle)."""
        check_is_fitted(self, "themes_")
        persist.save_model(discoverer_state(self), path, kind=MODEL_KIND, version=MODEL_VERSION)

    @classmethod
    @persist.loads_model
    def load(cls, path) -> "ThemeDiscoverer":
        """Load a model saved by :meth:`save`; it transforms new comments without refitting."""
        return restore_discoverer(cls, persist.load_model(path, kind=MODEL_KIND, version=MODEL_VERSION))
