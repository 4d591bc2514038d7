"""Speed and memory of the default classifier and its refiner on 100,000 preprocessed comments.

The comments are resampled (with replacement, seed 0) from the real comments of ``../shared/data``
as in ``bench_analyze.py``, preprocessed once (not timed) and kept in a temporary folder outside
the repository; exits 0 with a message when the data is absent. Then, in one process:

- ``fit``: ``ThemeClassifier(codebook="nordic-cx")`` (shipped refiner) ``.fit`` on all of them;
- ``transform``: its ``.transform`` (seeds, survey model, refiner, polarity, subthemes);
- ``transform, refiner=None``: the same with the refiner switched off;
- ``refiner step``: what the refiner adds: the seed clauses' words and ``ThemeRefiner.refine``
  on the comments it applies to (from the zero-shot signals, computed before).

Each phase reports wall and CPU seconds (user+sys of this process), comments/s, and the peak
resident memory during the phase (psutil, sampled every 0.05 s), against the RSS before it::

    python benchmarks/bench_refiner_scale.py [--n 100000] [--runs 3]
"""
from __future__ import annotations

import argparse
import os
import pickle
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
from bench_analyze import DATA, build_survey, load, machine  # noqa: E402


class Peak:
    """Peak RSS of this process while the ``with`` block runs (sampled), and its wall and CPU time."""

    def __enter__(self):
        import psutil

        self._proc = psutil.Process()
        self.before = self.peak = self._proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        self._wall, self._cpu = time.perf_counter(), sum(os.times()[:2])
        return self

    def _sample(self):
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, self._proc.memory_info().rss)

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self._wall, sum(os.times()[:2]) - self._cpu
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)


def _prepared(n: int) -> "object":
    """The preprocessed survey of *n* comments (cached in the temporary folder)."""
    cache = Path(tempfile.gettempdir()) / "textnps_bench_refiner" / f"pre_{n}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from textnps.preprocess import Preprocessor

    survey = build_survey(n, seed=0)
    pre = Preprocessor(text_col="comment", progress=True).fit_transform(survey[["comment", "score"]])
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(pre))
    return pre


def run(pre) -> dict:
    import numpy as np

    from textnps.themes.codebook.classify import ThemeClassifier
    from textnps.themes.codebook.frame import text_column
    from textnps.themes.codebook.refiner_domain import refine_rows

    n = len(pre)
    out = {}
    clf = ThemeClassifier(codebook="nordic-cx", progress=False, score_col="score")
    with Peak() as p:
        clf.fit(pre)
    out["fit"] = p
    with Peak() as p:
        clf.transform(pre)
    out["transform"] = p
    refiner = clf.refiner_
    seeds, hits, proba = clf.zero_shot(pre)
    rows = np.flatnonzero(refiner.applies(text_column(pre, "lang")))
    with Peak() as p:
        refine_rows(refiner, pre, rows, seeds, proba, hits)
    p.n = len(rows)
    out["refiner step"] = p
    clf.refiner_ = None
    with Peak() as p:
        clf.transform(pre)
    out["transform, refiner=None"] = p
    for phase in out.values():
        phase.n = getattr(phase, "n", n)
    return {k: {"wall": v.wall, "cpu": v.cpu, "n": v.n, "peak_mb": v.peak / 2**20, "before_mb": v.before / 2**20}
            for k, v in out.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: real comments not available ({DATA} is absent)")
        return 0
    pre = _prepared(args.n)
    runs = []
    for i in range(args.runs):
        runs.append(run(pre))
        print(f"run {i + 1}/{args.runs} done, load {load()}", file=sys.stderr)
    print(f"machine: {machine()}; load at the end {load()}; {args.n:,} preprocessed comments, {args.runs} runs "
          "(medians)\n")
    print("| phase | comments | wall s | CPU s | comments/s (wall) | comments/s (CPU) | peak RSS MB (before) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for phase in runs[0]:
        wall = statistics.median(r[phase]["wall"] for r in runs)
        cpu = statistics.median(r[phase]["cpu"] for r in runs)
        n = runs[0][phase]["n"]
        peak = statistics.median(r[phase]["peak_mb"] for r in runs)
        before = statistics.median(r[phase]["before_mb"] for r in runs)
        print(f"| {phase} | {n:,} | {wall:.1f} | {cpu:.1f} | {n / wall:,.0f} | {n / cpu:,.0f} | "
              f"{peak:,.0f} ({before:,.0f}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
