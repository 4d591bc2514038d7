"""Whether the survey being classified is in the refiner's domain, and how much the refiner decides there.

A refiner learns from coded comments of some surveys (the shipped one: Danish and Swedish insurance,
web-shop and review comments). On a survey unlike them its word weights guess: on the bundled
telecom-style sample survey the shipped refiner made micro F1 worse than no refiner at all. So
:meth:`ThemeClassifier.fit <textnps.themes.codebook.classify.ThemeClassifier.fit>` measures, per
language of the survey, how much of it the refiner knows, without any codes:

**coverage** = the share of the survey's ``COVERAGE_TOP`` most frequent lemmas (in the informative
comments of that language, each in at least ``MIN_COUNT`` of them) that the refiner knows. A lemma is
known when it is in the refiner's word vocabulary (``knows``; a refiner without one: when, as a
comment's only word, it moves the refiner's probability of some theme; :func:`known_words`). Character
n-grams do not count: nearly any word of the languages holds some, so they would make every survey
look known. Surveys of the shipped
refiner's source files have 0.93-0.98 of their frequent words known (from 40 comments up); the
synthetic telecom-style sample survey 0.74 (sv) and 0.82 (da) at its full size
(``benchmarks/RESULTS.md``, issue 13). A small survey is checked on its few frequent words only, so
the check is lenient there: a far survey of under a few hundred comments may keep the refiner.

Coverage is read against the refiner's **reference** in that language (``domain_reference_``, measured by
``benchmarks/train_refiner.py`` on an unlabelled sample of the surveys it was trained on, none of them a
coded comment: :func:`reference_coverage`): how much of a survey *in* its domain it knows. Languages differ
there: the Danish and Swedish source files have 0.95-0.98 of their frequent words known, the Norwegian
critics' sentences (broad vocabulary, few codes) only about 0.8, so absolute coverage would switch the
refiner off on the very kind of text it was trained on. The **relative coverage** ``min(1, coverage /
reference)`` is what is weighed (:func:`relative_coverage`); Nynorsk, with too few comments in the sample
for its own reference, takes Bokmål's (the refiner reads it through Bokmål's words); a language or a refiner
without a reference is weighed by its absolute coverage.

The refiner's weight in a language is ``clip((relative coverage - COVERAGE_LOW) / (COVERAGE_HIGH -
COVERAGE_LOW), 0, 1)`` (:func:`coverage_weight`), and its log-odds are shrunk toward the zero-shot ones
by it (:func:`blend`): weight 1 is the refiner as it is, 0 is the seeds and the survey's own model
alone. The constants were chosen by leave-one-file-out on the training codes
(``benchmarks/bench_domain.py``), not on the dev or held-out sets. A language with fewer than
``MIN_COMMENTS`` informative comments in the survey is not checked (weight 1).
"""
from __future__ import annotations

from collections import Counter

import numpy as np

from textnps.themes.codebook.frame import informative_rows, text_column
from textnps.themes.codebook.refiner_themes import refines
from textnps.themes.codebook.seed_clauses import seed_clause_texts
from textnps.themes.codebook.weak_labels import GENERAL

__all__ = ["COVERAGE_HIGH", "COVERAGE_LOW", "COVERAGE_TOP", "MIN_COMMENTS", "DomainView", "blend",
           "coverage_weight", "known_words", "reference_coverage", "refined_proba", "relative_coverage",
           "survey_coverage"]

#: the survey's most frequent lemmas (per language) whose coverage is measured
COVERAGE_TOP = 300
#: a language needs this many informative comments in the survey to be checked
MIN_COMMENTS = 30
#: ... and a lemma must be in this many of them to count (a small survey's one-off words say nothing)
MIN_COUNT = 3
#: coverage at or below which the refiner is off, and at or above which it decides fully
COVERAGE_LOW, COVERAGE_HIGH = 0.76, 0.92
#: below this weight the refiner's learned polarity is not asked either
POLARITY_WEIGHT = 0.5
#: a language needs this many informative comments in the reference survey for a reference of its own
REFERENCE_MIN_COMMENTS = 300
#: a language without its own reference coverage takes this one's (Nynorsk is refined through Bokmål's words)
REFERENCE_FALLBACK = {"nn": "nb"}
_EPS = 1e-6
#: Comments the refiner refines at a time (:func:`refine_rows`).
REFINE_PIECE = 5000


def _logit(p):
    p = np.clip(np.asarray(p, dtype=float), _EPS, 1.0 - _EPS)
    return np.log(p / (1.0 - p))


def known_words(refiner, words) -> np.ndarray:
    """Which of *words* the refiner knows: in its word vocabulary (``refiner.knows``), or else, alone in a
    comment, they move its probability of some theme."""
    words = list(words)
    if hasattr(refiner, "knows"):
        return np.asarray(refiner.knows(words), dtype=bool).reshape(len(words))
    m = len(refiner.theme_ids_)
    zeros = np.zeros((len(words) + 1, m))
    p = np.asarray(refiner.refine([""] + words, zeros, zeros), dtype=float)
    return np.abs(p[1:] - p[0]).max(axis=1) > 1e-7 if words else np.zeros(0, dtype=bool)


def survey_coverage(refiner, X, *, top: int = COVERAGE_TOP, min_comments: int = MIN_COMMENTS,
                    min_count: int = MIN_COUNT) -> dict:
    """``{lang: (coverage, n_comments)}`` of the survey *X* (preprocessed) by the refiner, per language it refines.

    Languages with fewer than *min_comments* informative comments get coverage None.
    """
    langs = np.asarray(text_column(X, "lang"), dtype=object)
    lemmas = text_column(X, "lemmas")
    informative = informative_rows(X)
    keep = np.ones(len(langs), dtype=bool) if informative is None else np.array(informative, dtype=bool)
    keep &= refiner.applies(langs)
    out = {}
    for lang in sorted(set(langs[keep])):
        rows = np.flatnonzero(keep & (langs == lang))
        if len(rows) < min_comments:
            out[str(lang)] = (None, len(rows))
            continue
        counts = Counter(w for i in rows for w in set(str(lemmas[i] or "").split()))
        frequent = [w for w, c in counts.most_common(top) if c >= min_count]
        out[str(lang)] = (float(known_words(refiner, frequent).mean()) if frequent else None, len(rows))
    return out


def reference_coverage(refiner, X, *, min_comments: int = REFERENCE_MIN_COMMENTS) -> dict:
    """``{lang: coverage}`` of *X* (preprocessed; an unlabelled survey like those *refiner* was trained on) per
    language it refines with at least *min_comments* informative comments: the refiner's ``domain_reference_``."""
    return {lang: round(cov, 4) for lang, (cov, n) in survey_coverage(refiner, X).items()
            if cov is not None and n >= min_comments}


def references(refiner) -> dict:
    """The refiner's reference coverage per language (``domain_reference_``, or its prior's), {} if it has none."""
    own = getattr(refiner, "domain_reference_", None)
    return dict(own if own is not None else getattr(getattr(refiner, "prior_", None), "domain_reference_", None) or {})


def reference_of(lang, reference: dict):
    """The reference coverage of *lang* in *reference*, or of its :data:`REFERENCE_FALLBACK`; None if neither has one."""
    return reference.get(lang, reference.get(REFERENCE_FALLBACK.get(lang)))


def relative_coverage(coverage, lang, reference: dict):
    """*coverage* in *lang* read against *reference* (``{lang: coverage}``): ``min(1, coverage / reference)``;
    the absolute coverage where *lang* (and its :data:`REFERENCE_FALLBACK`) has no reference; None stays None."""
    ref = reference_of(lang, reference)
    if coverage is None or not ref:
        return coverage
    return min(1.0, coverage / ref)


def coverage_weight(coverage, low: float = COVERAGE_LOW, high: float = COVERAGE_HIGH) -> float:
    """The refiner's weight at *coverage*: 0 up to *low*, 1 from *high*, linear between (None: 1, unchecked)."""
    if coverage is None:
        return 1.0
    return float(np.clip((coverage - low) / (high - low), 0.0, 1.0))


def blend(refined, proba, weight, thresholds) -> np.ndarray:
    """The refined probabilities shrunk toward the zero-shot ones by *weight* (0..1, per row or one).

    In log-odds, each about its own decision point (0.5 for the refined, the classifier's
    *thresholds* for the zero-shot), so that the classifier's thresholds still decide.
    """
    weight = np.asarray(weight, dtype=float).reshape(-1, 1) if np.ndim(weight) else float(weight)
    offset = _logit(np.asarray(thresholds, dtype=float))
    z = weight * _logit(refined) + (1.0 - weight) * (_logit(proba) - offset)
    return 1.0 / (1.0 + np.exp(-(z + offset)))


def row_weights(weights: dict | None, langs) -> np.ndarray:
    """The refiner's weight for each comment, by its language (1 where unchecked)."""
    weights = weights or {}
    return np.array([weights.get(str(lang), 1.0) for lang in langs], dtype=float)


def refine_rows(refiner, X, rows, seeds, proba, hits) -> np.ndarray:
    """The refiner's probabilities for rows *rows* of *X* (all themes), with the seed clauses (of *hits*) when it
    reads them and the languages when its ``refine`` takes ``langs=`` (one built on a prior).

    The rows are refined :data:`REFINE_PIECE` at a time: each comment's result is its own (the same numbers),
    and the feature matrices of a piece stay small enough to be reused rather than mapped afresh."""
    lemmas, langs = text_column(X, "lemmas"), text_column(X, "lang")
    texts = text_column(X, "text_clean") if getattr(refiner, "uses_clauses", False) else None
    rows = np.asarray(rows, dtype=np.int64)
    out = np.empty((len(rows), len(refiner.theme_ids_)), dtype=float)
    for start in range(0, len(rows), REFINE_PIECE):
        part = rows[start:start + REFINE_PIECE]
        extra = {"langs": [langs[i] for i in part]} if getattr(refiner, "takes_langs", False) else {}
        if texts is not None:
            extra["clauses"] = seed_clause_texts([texts[i] for i in part], [langs[i] for i in part],
                                                 [hits[i] for i in part], len(refiner.theme_ids_))
        out[start:start + len(part)] = refiner.refine([lemmas[i] for i in part], seeds[part], proba[part], **extra)
    return out


def refined_proba(classifier, X, seeds, proba, hits) -> np.ndarray:
    """*proba* (zero-shot) with the classifier's refiner applied where it applies, weighted by its domain.

    *hits* are the seed matches (for the seed clauses). ``general`` is refined when the refiner learned it
    (``learns_general``; else it stays decided by its seeds); themes an edited codebook changed stay
    zero-shot.
    """
    refiner = classifier.refiner_
    proba = np.array(proba, dtype=float)
    langs = text_column(X, "lang")
    weights = row_weights(getattr(classifier, "refiner_weight_", None), langs)
    informative = informative_rows(X)
    keep = np.ones(len(langs), dtype=bool) if informative is None else np.array(informative, dtype=bool)
    rows = np.flatnonzero(refiner.applies(langs) & (weights > 0) & keep)  # non-answers stay at 0
    if not len(rows):
        return proba
    refined = refine_rows(refiner, X, rows, seeds, proba, hits)
    general = bool(getattr(refiner, "learns_general", False))
    keep = [k for k, t in enumerate(classifier.theme_ids_) if (general or t != GENERAL) and refines(refiner, t)]
    mixed = blend(refined[:, keep], proba[np.ix_(rows, keep)], weights[rows], classifier.thresholds_[keep])
    proba[np.ix_(rows, keep)] = mixed
    return proba


class DomainView:
    """*refiner* seen through the domain check: it applies only where its weight reaches *minimum*.

    What the classifier hands to the polarity step, so that a refiner shrunk out of a survey's
    language does not decide polarities there either. Everything else is the refiner's.
    """

    def __init__(self, refiner, weights: dict | None, minimum: float = POLARITY_WEIGHT):
        self._refiner, self._weights, self._minimum = refiner, weights, minimum

    def applies(self, langs) -> np.ndarray:
        langs = list(langs)
        return self._refiner.applies(langs) & (row_weights(self._weights, langs) >= self._minimum)

    def __getattr__(self, name):
        return getattr(self._refiner, name)


def domain_weights(refiner, X) -> tuple[dict, dict]:
    """``(weights, coverage)`` per language of the survey *X*: the refiner's weight there (:func:`coverage_weight`)
    and ``{"coverage": ..., "n": ...}`` as measured (:func:`survey_coverage`)."""
    if refiner is None:
        return {}, {}
    measured, reference = survey_coverage(refiner, X), references(refiner)
    weights = {lang: round(coverage_weight(relative_coverage(cov, lang, reference)), 4)
               for lang, (cov, _) in measured.items()}
    coverage = {lang: {"coverage": None if cov is None else round(cov, 4), "n": int(n),
                       "reference": reference_of(lang, reference)}
                for lang, (cov, n) in measured.items()}
    return weights, coverage


def polarity_view(classifier):
    """The classifier's refiner as the polarity step sees it (:class:`DomainView`), or None."""
    refiner = classifier.refiner_
    return None if refiner is None else DomainView(refiner, getattr(classifier, "refiner_weight_", None))
