"""End-to-end benchmark of ``textnps analyze`` on 100,000 real Nordic comments.

The survey is built by resampling (with replacement, fixed seed) the real
comments in ``../shared/data`` (exits 0 with a message when absent): Swedish,
Danish and Norwegian reviews, their star or sentiment labels turned into 0-10
scores (5 stars -> 9-10, 4 -> 7-8, 1-3 -> 0-6; positive -> 9-10 or 7-8,
neutral/negative -> 0-6), with dates spread over 12 months and the market
(SE/DK/NO) as segment. The file is written outside the repository (a temporary
folder): the comments are never copied into it.

Each run is ``textnps analyze INPUT --out DIR --no-progress`` in a fresh
process under ``/usr/bin/time -v``: wall time and peak resident memory.
Reported: the median of ``--runs`` (3) runs, the machine, and the load
average before and after (numbers taken while other jobs run are noisy)::

    python benchmarks/bench_analyze.py [--n 100000] [--runs 3] [--update-results]

``--update-results`` rewrites the ``bench_analyze`` section of
``benchmarks/RESULTS.md`` (between its markers) and nothing else.
Targets on a 2-core machine: <= 120 s and <= 3 GB.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from _results import write_section

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
RESULTS = HERE / "RESULTS.md"
START, END = "<!-- bench_analyze:start -->", "<!-- bench_analyze:end -->"
TARGET_SECONDS, TARGET_GB = 120, 3.0

# file -> (market, label column, label -> score range)
SOURCES = {
    "sv_reviews_swerec.csv": ("SE", "label", {"positive": (7, 10), "neutral": (0, 6), "negative": (0, 6)}),
    "sv_reviews_sentiment.csv": ("SE", "label", {"positive": (7, 10), "negative": (0, 6)}),
    "da_trustpilot_insurance.csv": ("DK", "stars", {5: (9, 10), 4: (7, 8), 3: (0, 6), 2: (0, 6), 1: (0, 6)}),
    "da_trustpilot_shops.csv": ("DK", "stars", {5: (9, 10), 4: (7, 8), 3: (0, 6), 2: (0, 6), 1: (0, 6)}),
    "no_norec_sentences.csv": ("NO", "label", {"Positive": (9, 10), "Neutral": (7, 8), "Negative": (0, 6)}),
}


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def build_survey(n: int, *, seed: int = 0) -> pd.DataFrame:
    """*n* responses resampled from the real comments, with scores, dates and markets."""
    rng = np.random.default_rng(seed)
    pools = []
    for name, (market, label, scores) in SOURCES.items():
        frame = pd.read_csv(DATA / name, usecols=["text", label], keep_default_na=False)
        frame = frame[frame[label].isin(list(scores))]
        low = frame[label].map(lambda v: scores[v][0]).to_numpy()
        high = frame[label].map(lambda v: scores[v][1]).to_numpy()
        pools.append(pd.DataFrame({"text": frame["text"].to_numpy(), "low": low, "high": high, "market": market}))
    pool = pd.concat(pools, ignore_index=True)
    pick = pool.iloc[rng.integers(0, len(pool), n)].reset_index(drop=True)
    score = rng.integers(pick["low"].to_numpy(), pick["high"].to_numpy() + 1)
    days = rng.integers(0, 365, n)
    return pd.DataFrame({
        "response_id": [f"B{i:06d}" for i in range(n)],
        "date": (pd.Timestamp("2025-11-01") + pd.to_timedelta(days, unit="D")).strftime("%Y-%m-%d"),
        "market": pick["market"],
        "score": score,
        "comment": pick["text"],
    })


def run_once(survey: Path, out: Path, *, n_jobs: int = 1) -> dict:
    """One ``textnps analyze`` in a fresh process: wall seconds and peak RSS (GB)."""
    exe = shutil.which("textnps") or str(Path(sys.executable).with_name("textnps"))
    command = ["/usr/bin/time", "-v", exe, "analyze", str(survey), "--out", str(out), "--no-progress",
               "--text-col", "comment", "--score-col", "score", "--date-col", "date",
               "--segment-col", "market", "--id-col", "response_id", "--n-jobs", str(n_jobs)]
    before = load()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"textnps analyze failed with exit code {done.returncode}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", done.stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    user = float(re.search(r"User time \(seconds\): (\S+)", done.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", done.stderr).group(1))
    return {"seconds": seconds, "gb": rss_kb / 1024**2, "cpu": user + system, "load_before": before,
            "load_after": load()}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) / 1024**2 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), float("nan"))
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}"


def report(n: int, runs: list[dict], *, n_jobs: int = 1) -> str:
    seconds = statistics.median(r["seconds"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    gb = statistics.median(r["gb"] for r in runs)
    lines = [
        START,
        "## `textnps analyze` end to end (bench_analyze.py)",
        "",
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {machine()}.",
        f"- Data: {n:,} responses resampled (seed 0) from the real sv/da/no comments of `../shared/data`, "
        "scores from their labels, dates over 12 months, market as segment.",
        f"- Command: `textnps analyze survey.csv --out DIR --no-progress --n-jobs {n_jobs}` (+ column options), "
        "each run a fresh process under `/usr/bin/time -v`.",
        f"- **Median of {len(runs)}: {seconds:.1f} s wall ({cpu:.1f} s CPU), {gb:.2f} GB peak RSS** "
        f"(targets <= {TARGET_SECONDS} s, <= {TARGET_GB:g} GB: "
        f"{'met' if seconds <= TARGET_SECONDS and gb <= TARGET_GB else 'NOT met'}).",
        "",
        "| run | wall s | CPU s | peak GB | load before | load after |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {i + 1} | {r['seconds']:.1f} | {r['cpu']:.1f} | {r['gb']:.2f} | {r['load_before']} | "
              f"{r['load_after']} |" for i, r in enumerate(runs)]
    lines += ["", "Load averages (1, 5, 15 min) above ~2 mean other jobs shared the 2 cores: wall times are then "
              "pessimistic; CPU s is the process's own.", END]
    return "\n".join(lines)


def update_results(section: str) -> None:
    write_section(section, START, END, RESULTS)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--n-jobs", type=int, default=1, help="passed to textnps analyze --n-jobs")
    parser.add_argument("--update-results", action="store_true")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"bench_analyze: skipped, the real comments are not available ({DATA} is absent).")
        return 0
    if not Path("/usr/bin/time").is_file():
        print("bench_analyze: skipped, /usr/bin/time is not installed (apt-get install time).")
        return 0
    with tempfile.TemporaryDirectory(prefix="textnps-bench-") as tmp:
        survey = Path(tmp) / "survey.csv"
        build_survey(args.n).to_csv(survey, index=False)
        runs = []
        for i in range(args.runs):
            runs.append(run_once(survey, Path(tmp) / f"out{i}", n_jobs=args.n_jobs))
            r = runs[-1]
            print(f"run {i + 1}: {r['seconds']:.1f} s wall, {r['cpu']:.1f} s CPU, {r['gb']:.2f} GB "
                  f"(load {r['load_before']} -> {r['load_after']})", flush=True)
    section = report(args.n, runs, n_jobs=args.n_jobs)
    print(section)
    if args.update_results:
        update_results(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
