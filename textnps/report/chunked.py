"""The steps of an out-of-core analysis that work on one chunk of a survey.

A chunk is a slice of a streamed file (:mod:`textnps.report.streaming`) or a
Dask partition (:mod:`textnps.distributed`). Each chunk is read into the
canonical columns (:func:`standardize_chunk`), then preprocessed and
classified with models fitted once (:func:`fit_models`), and only what the
report needs is kept (:func:`process_chunk`): no ``lemmas`` but for the
comments discovery will cluster, theme probabilities as float32. The models
are fitted on exactly the rows the in-memory :func:`~textnps.analyze` fits
on (:func:`fit_positions`), so the result is the same.
"""
from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

import numpy as np
import pandas as pd

from textnps._errors import InputError
from textnps.preprocess.stream import ordered_map
from textnps.report.distinct import preprocessed
from textnps.report.inputs import apply_window, init_options, truncation_notes, window_notes

__all__ = ["SurveyPlan", "standardize_chunk", "id_hashes", "check_unique_ids", "fit_positions", "take_rows",
           "fit_models", "process_chunk", "chunk_notes", "trim_memory", "release_models", "KEPT_COLUMNS"]

#: Columns of a processed chunk (those present), plus ``p_<theme>`` and, for uncovered comments, ``lemmas``.
KEPT_COLUMNS = ("id", "date", "segment", "score", "empty_comment", "lang", "informative", "truncated",
                "text_clean", "themes", "subthemes", "theme_source")


@dataclass
class SurveyPlan:
    """How every chunk is read: the column of each role, bad scores, the time window, the models' settings."""

    columns: dict = field(default_factory=dict)
    errors: str = "raise"
    since: object = None
    until: object = None
    where: object = None
    codebook: object = "nordic-cx"
    refiner: object = "auto"
    seed: int = 0


def standardize_chunk(raw: pd.DataFrame, plan: SurveyPlan) -> tuple[pd.DataFrame, Counter]:
    """*raw* with the canonical columns, inside the time window; counts of what was read, dropped, left out."""
    from textnps import io

    counts = Counter(rows_read=len(raw))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the counts below make the report's notes
        frame = io.standardize_survey(raw, errors=plan.errors, **plan.columns)
    counts["dropped"] = len(raw) - len(frame)
    if plan.since is not None or plan.until is not None:
        undated = int(pd.to_datetime(frame["date"], errors="coerce").isna().sum()) if "date" in frame else 0
        kept = apply_window(frame, since=plan.since, until=plan.until, notes=[])
        counts["undated"], counts["outside"] = undated, len(frame) - len(kept) - undated
        counts["windowed"] = len(frame)
        frame = kept
    if plan.where is not None:
        frame = _filtered(frame, plan.where, counts)
    counts["rows"] = len(frame)
    frame.attrs["score_column"] = frame.attrs.get("textnps_columns", {}).get("score", "score")
    return frame, counts


def _filtered(frame: pd.DataFrame, where, counts: Counter) -> pd.DataFrame:
    """The rows of the chunk that match *where* (it may name ``category``); how many it left out in *counts*."""
    from textnps.report.filters import row_filter
    from textnps.stats import nps_category

    probe = frame if "category" in frame.columns or "score" not in frame.columns else frame.assign(
        category=nps_category(frame["score"]).astype(str))
    mask = row_filter(probe, where) if len(frame) else np.zeros(0, dtype=bool)
    counts["filtered"] += len(frame)
    counts["filtered_out"] += int((~mask).sum())
    return frame[mask].copy()


def id_hashes(frame: pd.DataFrame) -> np.ndarray:
    """64-bit hashes of the ``id`` column (empty without one): enough to find repeated ids across chunks."""
    if "id" not in frame.columns:
        return np.zeros(0, dtype=np.uint64)
    return pd.util.hash_pandas_object(frame["id"].astype(str), index=False).to_numpy()


def check_unique_ids(hashes: np.ndarray, column: str) -> None:
    """Raise an :class:`InputError` when an id occurs in more than one row of the whole survey."""
    n_repeated = len(hashes) - len(np.unique(hashes))
    if n_repeated:
        raise InputError(f"Column {column!r} (the id) has {n_repeated} repeated value(s) across the file. Ids must "
                         "be unique; pass another id column or none.")


def fit_positions(n: int, plan: SurveyPlan) -> tuple[np.ndarray, np.ndarray]:
    """The rows (of *n*, in order) the Preprocessor learns its language prior from, and those the
    ThemeClassifier trains on: the rows ``fit`` takes from the whole survey in memory."""
    from textnps.preprocess import Preprocessor
    from textnps.preprocess.pipeline import prior_positions
    from textnps.themes.codebook.classify import ThemeClassifier
    from textnps.themes.codebook.weak_labels import training_rows

    prior = prior_positions(n, Preprocessor().prior_sample)
    train = training_rows(np.zeros(n, dtype=bool), ThemeClassifier().max_train, plan.seed)
    return prior, train


def take_rows(frame: pd.DataFrame, start: int, positions: np.ndarray) -> pd.DataFrame:
    """The rows of *frame* (the chunk whose first row is row *start* of the survey) at the survey's *positions*."""
    local = positions[(positions >= start) & (positions < start + len(frame))] - start
    return frame.iloc[local]


def fit_models(prior_rows: pd.DataFrame, train_rows: pd.DataFrame, plan: SurveyPlan, *, progress: bool = False,
               n_jobs: int = 1, run=None):
    """``(preprocessor, classifier, book)`` fitted on the rows :func:`fit_positions` chose.

    The Preprocessor is fitted, and the classifier's training rows preprocessed, by ``run(fn, items)`` (the
    list of ``fn(item)``; default: on *n_jobs* processes, this one first); a Dask cluster passes its own, so
    that this process never loads the language and lemma models."""
    from textnps.report.inputs import load_book
    from textnps.themes.codebook.classify import ThemeClassifier

    if run is None:
        def run(fn, items):
            return list(ordered_map(fn, items, n_jobs))

    pre = run(fit_preprocessor, [prior_rows])[0]
    book = load_book(plan.codebook)
    clf = ThemeClassifier(**init_options(ThemeClassifier, codebook=book, refiner=plan.refiner, progress=progress,
                                         random_state=plan.seed))
    step = 5000  # this process and n_jobs - 1 workers (not joblib's n_jobs workers besides this one: memory)
    parts = [train_rows.iloc[i:i + step] for i in range(0, len(train_rows), step)] or [train_rows]
    clf.fit(pd.concat(run(partial(preprocessed, pre=pre), parts)))
    clf.progress = False  # per chunk: the chunks' own bar shows progress
    return pre, clf, book


def fit_preprocessor(rows: pd.DataFrame):
    """The out-of-core path's Preprocessor (of the ``text`` column), fitted on *rows*."""
    from textnps.preprocess import Preprocessor

    return Preprocessor(**init_options(Preprocessor, text_col="text", progress=False, n_jobs=1)).fit(rows)


def process_chunk(frame: pd.DataFrame, pre, clf, *, distinct: bool = True) -> tuple[pd.DataFrame, Counter]:
    """A standardized chunk preprocessed and classified, slimmed to what the report needs; preprocess counts.

    With *distinct*, each distinct comment is preprocessed once and each distinct (comment, score) classified
    once (:mod:`textnps.report.distinct`): the same result, less work where comments repeat."""
    from textnps.preprocess.summary import SUMMARY_ATTR
    from textnps.report.distinct import classify_distinct, preprocess_distinct
    from textnps.report.model_used import theme_sources

    if distinct:
        done, codes = preprocess_distinct(frame, pre)
        out = classify_distinct(done, clf, codes)
        out.attrs[SUMMARY_ATTR] = done.attrs.get(SUMMARY_ATTR, {})
    else:
        out = clf.transform(pre.transform(frame))
    out = out.assign(theme_source=theme_sources(clf, out))
    counts = Counter(out.attrs.get(SUMMARY_ATTR, {}))
    probabilities = [c for c in out.columns if c.startswith("p_")]
    kept = out[[c for c in KEPT_COLUMNS if c in out.columns]].copy()
    for col in probabilities:  # float32 keeps the order of the 4-decimal probabilities (examples are ranked by it)
        kept[col] = out[col].astype(np.float32)
    uncovered = (out["themes"] == "") & ~out["empty_comment"].astype(bool) & out["informative"].astype(bool)
    kept["lemmas"] = out["lemmas"].where(uncovered, "")
    counts["truncated"] = int(out["truncated"].sum())
    del out
    trim_memory()  # the chunk's working memory back to the system (between chunks a process holds the models only)
    return kept, counts


def trim_memory() -> None:
    """Give the memory the C allocator holds free back to the system (glibc's ``malloc_trim``; nothing elsewhere):
    without it, a process stays at the size its largest chunk reached."""
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):
        pass


def release_models() -> None:
    """Once every chunk is classified: forget the tables the models loaded in this process (lemma dictionaries,
    word frequencies, name lists), then trim. The report loads again what it needs; results do not change."""
    import gc

    from textnps.preprocess.compounds import common_zipf, zipf_table
    from textnps.preprocess.lemmacache import simplemma_lemmatizer, spacy_lemma_table
    from textnps.preprocess.names import name_kinds
    from textnps.themes.codebook.words import common_word

    for loaded in (simplemma_lemmatizer, spacy_lemma_table, zipf_table, common_zipf, name_kinds, common_word):
        loaded.cache_clear()
    gc.collect()
    trim_memory()


def chunk_notes(counts: Counter, plan: SurveyPlan, *, score_column: str, max_chars: int, clf=None,
                book=None) -> list[str]:
    """The report's notes from the counts summed over every chunk (the in-memory path's notes, same words),
    then the one naming the model *clf* that decided the themes."""
    from textnps.report.model_used import domain_notes, model_note

    notes = []
    if counts["dropped"]:
        notes.append(f"Dropped {counts['dropped']} of {counts['rows_read']} rows whose {score_column!r} is not an "
                     "NPS score (0-10).")
    if plan.since is not None or plan.until is not None:
        notes += window_notes(counts["windowed"], counts["outside"], counts["undated"], since=plan.since,
                              until=plan.until)
    if plan.where is not None:
        from textnps.report.filters import filter_notes

        notes += filter_notes(counts["filtered_out"], counts["filtered"], plan.where)
    notes += truncation_notes(counts["truncated"], max_chars)
    return notes + ([model_note(clf, book), *domain_notes(clf)] if clf is not None else [])
