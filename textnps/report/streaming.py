"""``analyze`` out of core: a CSV or Parquet survey streamed in chunks, with bounded memory, on every core.

Three passes over the file, each chunk by chunk (:func:`textnps.preprocess.stream.iter_file_chunks`):

1. read every chunk into the canonical columns, count the rows (and check ids are unique);
2. collect the rows the models are fitted on: the same rows the in-memory
   path fits on (the language prior's evenly spaced comments, the
   classifier's seeded sample of ``max_train`` comments), fit once;
3. preprocess and classify each chunk on ``n_jobs`` processes
   (:func:`textnps.preprocess.stream.ordered_map`: at most two chunks per process in flight), keeping only what the report needs
   (:func:`textnps.report.chunked.process_chunk`).

Memory is the models plus one chunk's working memory (the models see 10,000 rows at a
time, their memos are bounded: :mod:`textnps.memo`); the processed chunks wait on disk
(:mod:`textnps.report.spill`) until the pass is over and the models are gone, then come
back as a compact frame of the responses (about 0.5 KB a response instead of about 4 KB
in memory) for the report. Discovery then learns new themes
from at most ``max_discover_fit`` of the uncovered comments (evenly spaced)
and assigns all of them. On a survey with at most 30,000 responses and
50,000 uncovered comments the report equals the in-memory one.
"""
from __future__ import annotations

import math
import os
from collections import Counter
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from textnps.preprocess.stream import ordered_map
from textnps._errors import InputError
from textnps.report.spill import Spill
from textnps.report.chunked import (SurveyPlan, check_unique_ids, chunk_notes, fit_models, fit_positions, id_hashes,
                                    process_chunk, release_models, standardize_chunk, take_rows)

__all__ = ["analyze_stream", "out_of_core", "runs_out_of_core", "is_dask_frame", "STREAMED_SUFFIXES", "AUTO_STREAM_BYTES", "DEFAULT_CHUNKSIZE", "MAX_DISCOVER_FIT",
           "streams"]

STREAMED_SUFFIXES = {".csv", ".txt", ".tsv", ".tab", ".parquet", ".pq"}
#: ``chunksize="auto"`` streams CSV and Parquet files larger than this.
AUTO_STREAM_BYTES = 100 * 2**20
DEFAULT_CHUNKSIZE = 50_000
#: Uncovered comments discovery learns from at most, out of core (evenly spaced).
MAX_DISCOVER_FIT = 50_000

def streams(data, chunksize) -> bool:
    """Whether ``analyze(data, chunksize=...)`` takes the streamed path."""
    if not isinstance(data, (str, Path)) or chunksize is None or chunksize == 0:
        return False
    path = Path(data)
    if path.suffix.lower() not in STREAMED_SUFFIXES or not path.is_file():
        return False
    return chunksize != "auto" or path.stat().st_size > AUTO_STREAM_BYTES


def is_dask_frame(data) -> bool:
    """Whether *data* is a Dask DataFrame (checked without importing Dask)."""
    return type(data).__module__.split(".")[0] == "dask" and hasattr(data, "npartitions")


def runs_out_of_core(data, chunksize) -> bool:
    """Whether ``analyze`` streams *data* (a big file, or *chunksize* given) or runs it on Dask."""
    return is_dask_frame(data) or streams(data, chunksize)


def out_of_core(data, *, chunksize, columns: dict, errors, since, until, codebook, refiner, seed, where=None,
                **options):
    """``(frame, codebook)`` of a file streamed in chunks, or of a Dask DataFrame on its cluster: the responses
    classified, compact, for :func:`~textnps.report.analyze.build_report`."""
    plan = SurveyPlan(columns={k: v for k, v in columns.items() if v is not None}, errors=errors, since=since,
                      until=until, where=where, codebook=codebook, refiner=refiner, seed=seed)
    if is_dask_frame(data):
        from textnps.distributed import analyze_dask

        options.pop("n_jobs", None)
        return analyze_dask(data, plan=plan, **options)
    return analyze_stream(data, chunksize=chunksize, plan=plan, **options)


def _chunks(path: Path, chunksize: int, plan: SurveyPlan, options: dict):
    """``(start, standardized chunk, counts)`` for each chunk of the file; *start* is its first kept row."""
    from textnps.preprocess.stream import iter_file_chunks

    start, offset = 0, 0
    for raw in iter_file_chunks(path, chunk_size=chunksize, **options):
        raw.index = pd.RangeIndex(offset, offset + len(raw))
        offset += len(raw)
        frame, counts = standardize_chunk(raw, plan)
        yield start, frame, counts
        start += len(frame)


def _classify_pass(path, chunksize, plan, options, *, prior: list, train: list, totals: Counter, score_column: str,
                   n_jobs: int, progress: bool, steps, spill):
    """Fit the models on the *prior* and *train* rows, classify every chunk into *spill*; ``(book, notes, theme
    quality)``, what the report needs of the models, which end with this call."""
    from textnps.report.weak_themes import expected_quality

    pre, clf, book = fit_models(pd.concat(prior), pd.concat(train), plan, progress=progress, n_jobs=n_jobs)
    prior.clear()
    train.clear()
    steps.update()
    steps.set_postfix_str("preprocessing and classifying")
    frames = (frame for _, frame, _ in _chunks(path, chunksize, plan, options))
    total = max(1, math.ceil(totals["rows_read"] / chunksize))
    work = tqdm(ordered_map(partial(process_chunk, pre=pre, clf=clf), frames, n_jobs), total=total, desc="analyze",
                unit="chunk", disable=not progress, leave=False)
    totals["truncated"] = spill.add_all(work)["truncated"]
    notes = chunk_notes(totals, plan, score_column=score_column, max_chars=pre.max_chars, clf=clf, book=book)
    return book, notes, expected_quality(clf)


def analyze_stream(path, *, chunksize: int = DEFAULT_CHUNKSIZE, n_jobs: int = 1, plan: SurveyPlan, progress: bool,
                   steps, notes: list, spill_dir=None):
    """``(frame, codebook)``: the survey file *path* streamed (see the module doc), classified and compact, for
    :func:`~textnps.report.analyze.build_report`; the counts' notes are added to *notes*. The processed chunks
    wait on disk (:class:`~textnps.report.spill.Spill`, in *spill_dir*, default the system's temporary folder)."""
    from textnps.preprocess.stream import csv_read_options

    path = Path(path)
    chunksize = DEFAULT_CHUNKSIZE if chunksize == "auto" else int(chunksize)
    n_jobs = (os.cpu_count() or 1) if n_jobs == -1 else max(1, int(n_jobs))
    options = csv_read_options(path) if path.suffix.lower() not in {".parquet", ".pq"} else {}
    steps.set_postfix_str("reading")
    n, totals, hashes, score_column = 0, Counter(), [], "score"
    for _, frame, counts in tqdm(_chunks(path, chunksize, plan, options), desc="reading", unit="chunk",
                                 disable=not progress, leave=False):
        n, totals = n + len(frame), totals + counts
        hashes.append(id_hashes(frame))
        score_column = frame.attrs["score_column"]
    check_unique_ids(np.concatenate(hashes) if hashes else np.zeros(0, np.uint64),
                     plan.columns.get("id_col") or "id")
    prior_at, train_at = fit_positions(n, plan)
    prior, train = [], []
    for start, frame, _ in _chunks(path, chunksize, plan, options):
        prior.append(take_rows(frame, start, prior_at))
        train.append(take_rows(frame, start, train_at))
    steps.update()
    steps.set_postfix_str("fitting")
    with Spill(spill_dir) as spill:
        book, model_notes, quality = _classify_pass(path, chunksize, plan, options, prior=prior, train=train,
                                                    totals=totals, score_column=score_column, n_jobs=n_jobs,
                                                    progress=progress, steps=steps, spill=spill)
        release_models()  # the models are gone: what they loaded goes too, before the rows come back
        frame = spill.frame()
    if frame is None:
        raise InputError(f"{str(path)!r} has no responses to analyze.")
    notes += model_notes
    frame.attrs["theme_quality"] = quality  # for build_report's weak-theme notes
    steps.update()
    return frame, book
