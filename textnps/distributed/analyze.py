"""``analyze`` of a Dask DataFrame: three passes over its partitions, run on the cluster.

1. each partition is read into the canonical columns and counted (ids hashed, to check they are unique);
2. the rows the models fit on (those the in-memory path takes) are gathered; the Preprocessor is fitted and the
   training rows preprocessed on the workers, the classifier fitted here (this process loads no preprocessing models);
3. each partition is preprocessed and classified on a worker with those models
   (:func:`textnps.report.chunked.process_chunk`) and only the compact rows come back.

The report's tables are then computed once from all the rows (exact counts).
"""
from __future__ import annotations

from collections import Counter
from functools import partial

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from textnps._errors import InputError
from textnps.report.chunked import (SurveyPlan, check_unique_ids, chunk_notes, fit_models, fit_positions, id_hashes,
                                    process_chunk, standardize_chunk, take_rows)

__all__ = ["analyze_dask", "transform_partitions"]



def _client():
    """The ``dask.distributed`` client in use, or None (Dask's local schedulers)."""
    try:
        from distributed import default_client

        return default_client()
    except (ImportError, ValueError):
        return None


def _compute(tasks: list, *, desc: str, progress: bool) -> list:
    """The results of the delayed *tasks*, in order, with a progress bar on a distributed cluster."""
    import dask

    client = _client()
    if client is None:
        return list(dask.compute(*tasks))
    from distributed import as_completed

    futures = client.compute(tasks)
    for _ in tqdm(as_completed(futures), total=len(futures), desc=desc, unit="partition", disable=not progress,
                  leave=False):
        pass
    return client.gather(futures)


def _run(fn, items: list, *, progress: bool) -> list:
    """``fn(item)`` for each item, on the cluster (fitting: this process does not load the preprocessing models)."""
    from dask import delayed

    return _compute([delayed(fn)(item) for item in items], desc="fitting", progress=progress)


def _scan(raw: pd.DataFrame, plan: SurveyPlan):
    frame, counts = standardize_chunk(raw, plan)
    return counts, id_hashes(frame), frame.attrs["score_column"]


def _take(raw: pd.DataFrame, plan: SurveyPlan, start: int, prior_at: np.ndarray, train_at: np.ndarray):
    frame, _ = standardize_chunk(raw, plan)
    return take_rows(frame, start, prior_at), take_rows(frame, start, train_at)


def _process(raw: pd.DataFrame, plan: SurveyPlan, raw_start: int, models):
    raw = raw.set_axis(pd.RangeIndex(raw_start, raw_start + len(raw)))  # the row's place in the whole survey
    frame, _ = standardize_chunk(raw, plan)
    return process_chunk(frame, *models)


def analyze_dask(ddf, *, plan: SurveyPlan, progress: bool, steps, notes: list):
    """``(frame, codebook)`` of the survey in the Dask DataFrame *ddf* (see the module doc): every response
    classified, compact, for :func:`~textnps.report.analyze.build_report`; the counts' notes go to *notes*."""
    from dask import delayed

    parts = ddf.to_delayed()
    steps.set_postfix_str("reading")
    scans = _compute([delayed(_scan)(p, plan) for p in parts], desc="reading", progress=progress)
    totals = sum((s[0] for s in scans), Counter())
    check_unique_ids(np.concatenate([s[1] for s in scans]), plan.columns.get("id_col") or "id")
    kept = np.array([s[0]["rows"] for s in scans], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(kept)[:-1]]).astype(int)
    raw_starts = np.concatenate([[0], np.cumsum([s[0]["rows_read"] for s in scans])[:-1]]).astype(int)
    if not kept.sum():
        raise InputError("The Dask DataFrame has no responses to analyze.")
    prior_at, train_at = fit_positions(int(kept.sum()), plan)
    taken = _compute([delayed(_take)(p, plan, int(s), prior_at, train_at) for p, s in zip(parts, starts)],
                     desc="sampling", progress=progress)
    steps.update()
    steps.set_postfix_str("fitting")
    pre, clf, book = fit_models(pd.concat([t[0] for t in taken]), pd.concat([t[1] for t in taken]), plan,
                                progress=progress, run=partial(_run, progress=progress))
    del taken
    client = _client()
    models = client.scatter((pre, clf), broadcast=True) if client is not None else delayed((pre, clf))
    steps.update()
    steps.set_postfix_str("preprocessing and classifying")
    done = _compute([delayed(_process)(p, plan, int(r), models) for p, r in zip(parts, raw_starts)],
                    desc="analyze", progress=progress)
    frame = pd.concat([d[0] for d in done])
    totals["truncated"] = sum(d[1]["truncated"] for d in done)
    del done
    notes += chunk_notes(totals, plan, score_column=scans[0][2], max_chars=pre.max_chars, clf=clf, book=book)
    from textnps.report.weak_themes import expected_quality

    frame.attrs["theme_quality"] = expected_quality(clf)  # for build_report's weak-theme notes, as on one machine
    steps.update()
    return frame, book


def transform_partitions(estimator, ddf):
    """A fitted textnps estimator (``Preprocessor``, ``ThemeClassifier`` ...) applied to each partition of *ddf*.

    Each row's result equals ``estimator.transform`` of the whole frame: the estimators work row by row once fitted.
    """
    meta = estimator.transform(ddf._meta)
    return ddf.map_partitions(estimator.transform, meta=meta)
