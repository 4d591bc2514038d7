"""Benchmark of the preprocessing stage on the real Nordic comments in ../shared/data.

Reports
  1. language accuracy per data set, for all comments and for comments of 5+
     words, textnps (Preprocessor: lingua + survey prior) next to the bare
     detector it builds on (lingua restricted to sv/da/nb/nn/en, high accuracy);
  2. minority-language recall: Swedish and Norwegian comments mixed (5 %) into
     a Danish survey, so the prior's cost is visible too;
  3. throughput (comments/s, median of 3 warm runs, whole preprocessing) and
     peak memory (max RSS of a fresh process) on 10,000 and 100,000 Danish
     reviews resampled with replacement.

The Norwegian set (NoReC sentences) is mostly Bokmål with some Nynorsk and has
no per-row label for the written standard: ``nb`` or ``nn`` count as correct
for it ("no").

Usage:  python benchmarks/bench_preprocess.py [--quick] [--write]
        (--write replaces this benchmark's section of benchmarks/RESULTS.md)
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _results import RESULTS, write_section

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SETS = {
    "da_trustpilot_insurance.csv": "da",
    "da_trustpilot_shops.csv": "da",
    "sv_reviews_swerec.csv": "sv",
    "sv_reviews_sentiment.csv": "sv",
    "no_norec_sentences.csv": "no",
}
START, END = "<!-- bench_preprocess:start -->", "<!-- bench_preprocess:end -->"


def _correct(pred, gold):
    return pred == gold or (gold == "no" and pred in ("nb", "nn"))


def _bare_lingua(texts):
    from lingua import Language, LanguageDetectorBuilder

    code = {Language.SWEDISH: "sv", Language.DANISH: "da", Language.BOKMAL: "nb", Language.NYNORSK: "nn", Language.ENGLISH: "en"}
    det = LanguageDetectorBuilder.from_languages(*code).with_preloaded_language_models().build()
    return [code.get(r, "und") for r in det.detect_languages_in_parallel_of(list(texts))]


def _danish(n, seed=0):
    import pandas as pd

    frames = [pd.read_csv(DATA / f, usecols=["text"]) for f in SETS if f.startswith("da_")]
    df = pd.concat(frames, ignore_index=True)
    return df.sample(n, replace=True, random_state=seed).reset_index(drop=True)


def language_accuracy(quick: bool):
    import pandas as pd

    from textnps.preprocess import Preprocessor

    rows, pooled = [], {"textnps": [], "bare": [], "n_words": [], "gold": []}
    for name, gold in SETS.items():
        df = pd.read_csv(DATA / name, usecols=["text"])
        if quick:
            df = df.sample(2000, random_state=0)
        texts = df["text"].fillna("").astype(str)
        n_words = texts.str.split().str.len()
        ours = Preprocessor(progress=False).fit_transform(df)["lang"].tolist()
        bare = _bare_lingua(texts)
        for key, pred in (("textnps", ours), ("bare", bare)):
            ok = pd.Series([_correct(p, gold) for p in pred])
            rows.append({
                "set": name, "lang": gold, "detector": key, "n": len(ok), "acc_all": ok.mean(),
                "n_5plus": int((n_words >= 5).sum()), "acc_5plus": ok[(n_words >= 5).to_numpy()].mean(),
            })
            pooled[key].extend(ok.tolist())
        pooled["n_words"].extend(n_words.tolist())
        pooled["gold"].extend([gold] * len(df))
    table = pd.DataFrame(rows)
    p = pd.DataFrame(pooled)
    long = p[p["n_words"] >= 5]
    summary = {
        key: {
            "pooled_all": p[key].mean(), "pooled_5plus": long[key].mean(),
            "macro_5plus": long.groupby("gold")[key].mean().mean(),
        }
        for key in ("textnps", "bare")
    }
    return table, summary


def minority_recall(quick: bool):
    import pandas as pd

    from textnps.preprocess import Preprocessor

    da = _danish(2000 if quick else 10_000, seed=1)
    out = {}
    for name, gold in (("sv_reviews_sentiment.csv", "sv"), ("no_norec_sentences.csv", "no")):
        minority = pd.read_csv(DATA / name, usecols=["text"]).sample(len(da) // 20, random_state=2)
        survey = pd.concat([da, minority], ignore_index=True)
        ours = Preprocessor(progress=False).fit_transform(survey)["lang"].tolist()[len(da):]
        bare = _bare_lingua(minority["text"].fillna("").astype(str))
        n_words = minority["text"].fillna("").astype(str).str.split().str.len().to_numpy()
        for key, pred in (("textnps", ours), ("bare", bare)):
            ok = pd.Series([_correct(x, gold) for x in pred])
            out[f"{gold} in da survey, {key}"] = (ok.mean(), ok[n_words >= 5].mean())
    return out


def _child_pids() -> list[int]:
    """Live child processes (joblib's workers stay alive between runs)."""
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{os.getpid()}\n" in text:
            pids.append(int(status.parent.name))
    return pids


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _worker(n: int, n_jobs: int) -> None:
    """Run in a fresh process: cold first run, then 3 timed runs; print JSON."""
    from textnps.preprocess import Preprocessor

    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    df = _danish(n)
    t = time.perf_counter()
    Preprocessor(progress=False, n_jobs=n_jobs).fit_transform(df)
    cold = time.perf_counter() - t
    times, cpus = [], []
    for _ in range(3):
        t, c = time.perf_counter(), cpu()
        Preprocessor(progress=False, n_jobs=n_jobs).fit_transform(df)
        times.append(time.perf_counter() - t)
        cpus.append(cpu() - c)  # worker processes count only once they exit: a lower bound for n_jobs > 1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = max([_peak_rss_mb(pid) for pid in _child_pids()] + [resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024])
    print(json.dumps({"n": n, "n_jobs": n_jobs, "cold_s": cold, "times": times, "cpu": cpus,
                      "peak_rss_mb": rss_mb, "child_peak_rss_mb": children}))


def throughput(sizes, jobs):
    results = []
    for n in sizes:
        for n_jobs in jobs:
            proc = subprocess.run(
                [sys.executable, __file__, "--worker", str(n), str(n_jobs)], capture_output=True, text=True, check=True
            )
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            r = results[-1]
            print(f"  n={n} n_jobs={n_jobs}: median {statistics.median(r['times']):.2f}s -> "
                  f"{n / statistics.median(r['times']):,.0f} comments/s, peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)
    return results


def render(table, summary, minority, speed, load_before, load_after, quick) -> str:
    lines = [START, "## Preprocessing (`benchmarks/bench_preprocess.py`)", ""]
    lines.append(
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}. "
        f"Load average (1 min) before/after: {load_before:.1f} / {load_after:.1f}"
        + (" -- other jobs were running, so times are pessimistic." if max(load_before, load_after) > 1.5 else ".")
        + (" Quick mode (2,000 comments per set)." if quick else "")
    )
    lines += ["", "Command: `python benchmarks/bench_preprocess.py --write`", ""]
    lines += ["### Language accuracy", "",
              "Norwegian (NoReC) has no nb/nn label per row: nb or nn count as correct.", "",
              "| set | lang | detector | n | accuracy (all) | n 5+ words | accuracy (5+ words) |", "|---|---|---|---|---|---|---|"]
    for r in table.itertuples():
        lines.append(f"| {r.set} | {r.lang} | {r.detector} | {r.n:,} | {r.acc_all:.2%} | {r.n_5plus:,} | {r.acc_5plus:.2%} |")
    lines += ["", "| detector | pooled, all | pooled, 5+ words | mean of da/sv/no, 5+ words |", "|---|---|---|---|"]
    for key, s in summary.items():
        lines.append(f"| {key} | {s['pooled_all']:.2%} | {s['pooled_5plus']:.2%} | {s['macro_5plus']:.2%} |")
    lines += ["", "Minority languages (5 % mixed into a Danish survey; recall all / 5+ words):", ""]
    for k, (a, b) in minority.items():
        lines.append(f"- {k}: {a:.1%} / {b:.1%}")
    lines += ["", "### Throughput and memory (Danish reviews, resampled)", "",
              "| comments | n_jobs | median of 3 (s) | comments/s | CPU s per run (n_jobs=1) | first run incl. loading (s) | peak RSS main / worker (MB) |",
              "|---|---|---|---|---|---|---|"]
    for r in speed:
        med = statistics.median(r["times"])
        cpu = f"{statistics.median(r['cpu']):.2f}" if r["n_jobs"] == 1 else "-"
        worker = f"{r['child_peak_rss_mb']:.0f}" if r["n_jobs"] != 1 else "-"
        lines.append(f"| {r['n']:,} | {r['n_jobs']} | {med:.2f} | {r['n'] / med:,.0f} | {cpu} | {r['cold_s']:.2f} | {r['peak_rss_mb']:.0f} / {worker} |")
    lines += ["", "CPU s per run counts lingua's threads too: on an idle 2-core machine, wall time is at most this."]
    lines += ["", END]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 comments per set, 10,000 for speed")
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--worker", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"Skipping: the real comments are not available ({DATA} is absent).")
        return 0
    if args.worker:
        _worker(*args.worker)
        return 0
    load_before = os.getloadavg()[0]
    print("Language accuracy ...", flush=True)
    table, summary = language_accuracy(args.quick)
    print(table.to_string(index=False))
    print(summary)
    print("Minority recall ...", flush=True)
    minority = minority_recall(args.quick)
    print(minority)
    print("Throughput ...", flush=True)
    speed = throughput([10_000] if args.quick else [10_000, 100_000], [1] if args.quick else [1, 2])
    load_after = os.getloadavg()[0]
    section = render(table, summary, minority, speed, load_before, load_after, args.quick)
    print(section)
    if args.write:
        write_section(section, START, END, RESULTS)
        print(f"Wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
