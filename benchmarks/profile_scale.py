"""CPU seconds of each phase of a streamed ``textnps analyze`` (one process, ``n_jobs=1``).

The survey is bench_scale.py's (resampled from ``../shared/data``, seed 0;
exits 0 with a message when the data is absent). The analysis runs in this
process with ``n_jobs=1`` so that every phase's CPU time is this process's
(``time.process_time``: user + system, all threads); the phases are timed by
wrapping the functions that do them::

    python benchmarks/profile_scale.py [--n 100000] [--chunksize 50000] [--unique] [--no-distinct] [--cprofile FILE]

``--unique``: every comment of the survey a different text (the first *n* distinct
comments of a larger resample; at most about 74k), to measure throughput without
repetition; ``--no-distinct``: every row preprocessed and classified, repeated or not
(``process_chunk(distinct=False)``), the code before distinct-text processing.

Phases: ``read`` (reading and standardizing chunks, every pass), ``fit: preprocess
sample``, ``fit: classifier``, ``chunks: preprocess``, ``chunks: classify``
(ThemeClassifier.transform), ``chunks: other`` (slimming), ``report: discovery``,
``report: tables``, ``report: save``; ``total`` is the whole run.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from bench_analyze import DATA, build_survey, load

SPENT: dict = defaultdict(float)
_STACK: list = []


@contextmanager
def phase(name: str):
    """Time *name* exclusive of the nested phases inside it."""
    start = time.process_time()
    _STACK.append([name, 0.0])
    try:
        yield
    finally:
        _, inner = _STACK.pop()
        spent = time.process_time() - start
        SPENT[name] += spent - inner
        if _STACK:
            _STACK[-1][1] += spent


def wrap(owner, attr: str, name):
    """Replace ``owner.attr`` by a timed version; *name* is a phase name or a callable of the stack's top."""
    original = getattr(owner, attr)

    def timed(*args, **kwargs):
        label = name() if callable(name) else name
        with phase(label):
            return original(*args, **kwargs)

    setattr(owner, attr, timed)


def wrap_generator(owner, attr: str, name: str):
    original = getattr(owner, attr)

    def timed(*args, **kwargs):
        iterator = iter(original(*args, **kwargs))
        while True:
            with phase(name):
                try:
                    item = next(iterator)
                except StopIteration:
                    return
            yield item

    setattr(owner, attr, timed)


def instrument(distinct: bool = True) -> None:
    from textnps.preprocess import Preprocessor
    from textnps.report import analyze as analyze_module
    from textnps.report import chunked, streaming
    from textnps.report.analyze import Report
    from textnps.themes.codebook.classify import ThemeClassifier

    def in_fit():
        return "fit: preprocess sample" if any(n == "fit" for n, _ in _STACK) else "chunks: preprocess"

    if not distinct:
        from functools import partial

        streaming.process_chunk = partial(chunked.process_chunk, distinct=False)
    wrap_generator(streaming, "_chunks", "read")
    wrap(streaming, "fit_models", "fit")
    wrap(streaming, "process_chunk", "chunks: other")
    wrap(chunked, "process_chunk", "chunks: other")
    wrap(Preprocessor, "transform", in_fit)
    wrap(ThemeClassifier, "fit", "fit: classifier")
    wrap(ThemeClassifier, "transform", "chunks: classify")
    wrap(analyze_module, "discover_stage", "report: discovery")
    wrap(analyze_module, "build_report", "report: tables")
    wrap(Report, "save", "report: save")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--chunksize", type=int, default=50_000)
    parser.add_argument("--n-jobs", type=int, default=1)
    parser.add_argument("--unique", action="store_true", help="no comment text repeated in the survey")
    parser.add_argument("--no-distinct", action="store_true", help="process every row, repeated or not")
    parser.add_argument("--cprofile", type=Path, default=None, help="also write a cProfile of the run here")
    parser.add_argument("--log", type=Path, default=None, help="append the phases as one JSON line here")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"profile_scale: skipped, the real comments are not available ({DATA} is absent).")
        return 0
    import textnps

    instrument(distinct=not args.no_distinct)
    before = load()
    with tempfile.TemporaryDirectory(prefix="textnps-profile-") as tmp:
        survey = Path(tmp) / "survey.csv"
        frame = build_survey(args.n)
        if args.unique:
            frame = build_survey(4 * 74_000).drop_duplicates("comment").head(args.n)
            frame["response_id"] = [f"U{i:06d}" for i in range(len(frame))]
        frame.to_csv(survey, index=False)
        n_distinct = int(frame["comment"].nunique())
        profiler = cProfile.Profile() if args.cprofile else None
        start_wall, start = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        report = textnps.analyze(survey, text_col="comment", score_col="score", date_col="date",
                                 segment_col="market", id_col="response_id", chunksize=args.chunksize,
                                 n_jobs=args.n_jobs, progress=False)
        report.save(Path(tmp) / "out")
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.cprofile)
        total, wall = time.process_time() - start, time.perf_counter() - start_wall
    SPENT["(rest)"] = total - sum(SPENT.values())
    row = {"n": args.n, "distinct_comments": n_distinct, "unique": args.unique, "distinct": not args.no_distinct, "chunksize": args.chunksize, "n_jobs": args.n_jobs, "wall": wall, "cpu": total,
           "phases": dict(SPENT), "load_before": before, "load_after": load()}
    for name, seconds in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"{name:28s} {seconds:8.1f} s CPU  {100 * seconds / total:5.1f} %")
    print(f"{args.n:,} rows, {n_distinct:,} distinct comments; distinct processing {'off' if args.no_distinct else 'on'}")
    print(f"{'total':28s} {total:8.1f} s CPU  (wall {wall:.1f} s; load {before} -> {row['load_after']})")
    if args.log:
        with open(args.log, "a") as fh:
            fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
