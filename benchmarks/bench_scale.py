"""Scale benchmark: ``textnps analyze`` on 10k, 100k and 1,000,000 comments, on one machine and on Dask.

The surveys are resampled (with replacement, seed 0) from the real comments
of ``../shared/data`` exactly as in ``bench_analyze.py`` (scores from the
labels, dates over 12 months, market as segment), written to a temporary
folder outside the repository (exits 0 with a message when the data is absent).

Each run is one fresh ``textnps analyze`` process:

- ``local``: ``--chunksize 50000 --n-jobs 2`` (streamed, two worker processes);
- ``dask``: ``--engine dask --n-jobs 2`` (a ``LocalCluster`` of 2 single-threaded worker processes);
- ``memory``: the in-memory path (``--chunksize 0``), for comparison (not run at 1M by default).

The resampled surveys repeat comments (about 74k distinct ones in the pool) and the
streamed and Dask paths preprocess and classify each distinct comment once, so each
run records the survey's number of distinct comments. ``--variant distinct`` makes
every row's comment distinct by appending `` #NNNNNN`` (the row number, six digits:
too short for the redaction's phone and id patterns, no letters for the language
detector or the theme seeds) to measure the cost per distinct comment. Each run also
records its responses per (theme, polarity), so that runs can be compared theme by theme.

Measured: wall time, and peak memory as the largest sum over the process and
all its children (workers, Dask's scheduler and nanny processes) of their
proportional set size (PSS: shared pages counted once, split between the
sharers), sampled every 0.25 s with psutil; also the peak RSS of the largest
single process. Every run appends one JSON line to ``--log`` so partial
results survive a long run; ``--update-results`` writes the ``bench_scale``
section of ``benchmarks/RESULTS.md`` from that log (medians per size and engine)::

    python benchmarks/bench_scale.py --sizes 10000 100000 1000000 --engines local dask [--runs 1] [--update-results]

Targets on a 2-core machine: 1M in <= 15 min and <= 4 GB; memory flat from 100k to 1M.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from _results import write_section
from bench_analyze import DATA, build_survey, load, machine

HERE = Path(__file__).resolve().parent
START, END = "<!-- bench_scale:start -->", "<!-- bench_scale:end -->"
TARGET_SECONDS, TARGET_GB = 15 * 60, 4.0
ENGINE_OPTIONS = {
    "local": ["--chunksize", "50000", "--n-jobs", "2"],
    "dask": ["--engine", "dask", "--n-jobs", "2"],
    "memory": ["--chunksize", "0"],
}


def _tree_memory(proc, cpu_seen: dict | None = None) -> tuple[float, float]:
    """(sum of PSS, largest RSS) in bytes over *proc* and its descendants; each one's CPU seconds so far (user +
    system) into *cpu_seen*, by pid."""
    import psutil

    total, largest = 0, 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            full = p.memory_full_info()
            if cpu_seen is not None:
                times = p.cpu_times()
                cpu_seen[p.pid] = times.user + times.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        total += getattr(full, "pss", full.rss)
        largest = max(largest, full.rss)
    return total, largest


def log_path(out: Path) -> Path:
    """The run's stdout and stderr (with ``--progress``, its progress bars: how far a long run got)."""
    return out.with_suffix(".log")


def theme_counts(out: Path) -> dict:
    """Responses per (theme, polarity), from the run's ``tables/response_themes.csv``."""
    import pandas as pd

    long = pd.read_csv(out / "tables" / "response_themes.csv", usecols=["theme_id", "polarity"],
                       keep_default_na=False, dtype=str)
    counts = long.groupby(["theme_id", "polarity"]).size()
    return {f"{t}|{p}": int(v) for (t, p), v in counts.items()}


def make_distinct(survey):
    """*survey* (changed in place) with each row's comment made distinct by a six-digit row number (module docstring)."""
    survey["comment"] = survey["comment"].astype(str) + [f" #{i:06d}" for i in range(len(survey))]
    return survey


def run_once(survey: Path, out: Path, engine: str, *, progress: bool = False) -> dict:
    """One ``textnps analyze`` in a fresh process: wall seconds, peak PSS of the tree and peak RSS (GB)."""
    import psutil

    sibling = Path(sys.executable).with_name("textnps")  # this environment's textnps first, not one on PATH
    exe = str(sibling) if sibling.exists() else shutil.which("textnps")
    command = ["nice", "-n", "5", exe, "analyze", str(survey), "--out", str(out),
               "--progress" if progress else "--no-progress",
               "--text-col", "comment", "--score-col", "score", "--date-col", "date",
               "--segment-col", "market", "--id-col", "response_id", *ENGINE_OPTIONS[engine]]
    before, usage = load(), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(log_path(out), "w") as log:
        popen = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        proc = psutil.Process(popen.pid)
        peak_pss = peak_rss = 0.0
        cpu_seen: dict = {}
        while popen.poll() is None:
            pss, rss = _tree_memory(proc, cpu_seen)
            peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
            time.sleep(0.25)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # every process of the run, once reaped
    cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
    # Worker processes the run does not wait for (loky's, Dask's) are reaped by init, and their CPU time is then
    # missing from the figure above: the tree's, as last sampled, counts them (to within the last 0.25 s of each).
    cpu_tree = sum(cpu_seen.values())
    if popen.returncode != 0:
        sys.stderr.write(log_path(out).read_text()[-3000:])
        raise SystemExit(f"textnps analyze ({engine}) failed with exit code {popen.returncode}")
    summary = (out / "tables" / "nps_summary.csv").read_text(encoding="utf-8")
    return {"seconds": seconds, "cpu": cpu, "cpu_tree": cpu_tree, "gb": peak_pss / 1024**3, "rss_gb": peak_rss / 1024**3, "load_before": before,
            "load_after": load(), "nps_summary": summary, "themes": theme_counts(out),
            "summary_sha": hashlib.sha256(summary.encode()).hexdigest()[:12]}


def report(rows: list[dict], notes=()) -> str:
    groups: dict = {}
    for r in rows:
        groups.setdefault((r["n"], r.get("variant", "plain"), r["engine"]), []).append(r)
    lines = [
        START,
        "## Scale: `textnps analyze` from 10k to 1M comments, one machine and Dask (bench_scale.py)",
        "",
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {machine()}; the 2 cores were shared "
        "with other jobs (see the load averages): wall times are pessimistic.",
        "- Data: n responses resampled (seed 0) from the real sv/da/no comments of `../shared/data` "
        "(about 74k distinct comments, so larger surveys repeat comments), as in bench_analyze.py.",
        "- Command: `textnps analyze survey.csv --out DIR --no-progress` + column options + "
        "local: `--chunksize 50000 --n-jobs 2`; dask: `--engine dask --n-jobs 2` (LocalCluster, 2 workers); "
        "memory: `--chunksize 0` (everything in memory). One fresh process per run, under `nice -n 5`.",
        "- CPU s: user + system time of the run's processes as reaped (a worker the run does not wait for is "
        "reaped by init and missing here) / as last sampled over the process tree (runs since 2026-12-04: counts "
        "every worker), the measure that the other jobs on the machine change least. Peak memory: the largest sum of PSS over the process tree (workers, scheduler, nannies), sampled every "
        "0.25 s; peak RSS: the largest single process.",
        f"- Targets: 1M in <= {TARGET_SECONDS // 60} min and <= {TARGET_GB:g} GB (local), memory flat from 100k to 1M.",
        "",
        "| responses | distinct comments | engine | runs | median wall s | CPU s (all processes) | wall s per 1k responses "
        "| peak GiB (tree PSS) | peak GiB (largest RSS) | load before -> after | same NPS summary (themes) as local |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (n, variant, engine), rs in sorted(groups.items()):
        seconds = statistics.median(r["seconds"] for r in rs)
        local = groups.get((n, variant, "local"), [None])[0]
        same = "—" if engine == "local" or local is None else ("yes" if rs[0]["nps_summary"] == local["nps_summary"]
                                                              else "NO")
        if same != "—" and "themes" in rs[0] and "themes" in local:
            same += " (yes)" if rs[0]["themes"] == local["themes"] else " (NO)"
        distinct = f"{rs[0]['distinct']:,}" if "distinct" in rs[0] else "—"
        if variant != "plain":
            distinct += f" ({variant})"
        cpu = [r["cpu"] for r in rs if "cpu" in r]
        cpu_s = f"{statistics.median(cpu):.0f}" if cpu else "—"
        tree = [r["cpu_tree"] for r in rs if "cpu_tree" in r]
        if tree:
            cpu_s += f" / {statistics.median(tree):.0f}"
        lines.append(f"| {n:,} | {distinct} | {engine} | {len(rs)} | {seconds:.1f} | {cpu_s} | {1000 * seconds / n:.2f} | "
                     f"{statistics.median(r['gb'] for r in rs):.2f} | {statistics.median(r['rss_gb'] for r in rs):.2f} "
                     f"| {rs[0]['load_before']} -> {rs[-1]['load_after']} | {same} |")
    lines += ["", *notes, END] if notes else [END]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--engines", nargs="+", default=["local", "dask"], choices=sorted(ENGINE_OPTIONS))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--variant", choices=["plain", "distinct"], default="plain",
                        help="distinct: every row's comment made distinct (module docstring)")
    parser.add_argument("--log", type=Path, default=HERE / "bench_scale.jsonl")
    parser.add_argument("--update-results", action="store_true", help="only write RESULTS.md from --log")
    parser.add_argument("--note", action="append", default=[], help="a line added under the table (with "
                        "--update-results): what a run did not finish, which commit ran ...")
    parser.add_argument("--progress", action="store_true", help="progress bars into each run's log (in --tmp)")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the surveys and outputs (default: a "
                        "temporary one, removed at the end)")
    args = parser.parse_args(argv)
    if args.update_results:
        rows = [json.loads(line) for line in args.log.read_text().splitlines() if line.strip()]
        section = report(rows, [f"- {note}" for note in args.note])
        print(section)
        write_section(section, START, END, HERE / "RESULTS.md")
        return 0
    if not DATA.is_dir():
        print(f"bench_scale: skipped, the real comments are not available ({DATA} is absent).")
        return 0
    with tempfile.TemporaryDirectory(prefix="textnps-scale-", dir=args.tmp) as tmp:
        for n in args.sizes:
            survey = Path(tmp) / f"survey_{n}.csv"
            frame = build_survey(n)
            if args.variant == "distinct":
                frame = make_distinct(frame)
            distinct = int(frame["comment"].nunique())
            frame.to_csv(survey, index=False)
            del frame
            for engine in args.engines:
                for i in range(args.runs):
                    r = run_once(survey, Path(tmp) / f"out_{n}_{engine}_{i}", engine, progress=args.progress)
                    r.update(n=n, engine=engine, run=i + 1, variant=args.variant, distinct=distinct)
                    with open(args.log, "a") as fh:
                        fh.write(json.dumps(r) + "\n")
                    print(f"{n:,} ({distinct:,} distinct, {args.variant}) {engine} run {i + 1}: {r['seconds']:.1f} s, "
                          f"{r['cpu']:.0f} CPU s reaped, {r['cpu_tree']:.0f} CPU s in the tree, {r['gb']:.2f} GB PSS "
                          f"({r['rss_gb']:.2f} GB largest RSS; load {r['load_before']} -> {r['load_after']})",
                          flush=True)
            survey.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
