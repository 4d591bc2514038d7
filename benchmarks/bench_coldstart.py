"""Cold start: wall time and peak memory of fresh ``textnps preprocess`` and ``textnps demo`` processes.

    python benchmarks/bench_coldstart.py [--src DIR] [--runs 3]
    python benchmarks/bench_coldstart.py --accuracy OUT_DIR [--src DIR]

``--accuracy`` instead preprocesses each real file of ``../shared/data`` (its language known per file),
prints the share of comments given that language and saves ``lang``, ``lang_score`` and ``lemmas``
to ``OUT_DIR/<file>.parquet``, so that two checkouts' outputs can be compared row by row.

``--src`` runs another checkout's ``textnps`` (e.g. an older commit from ``git archive``) with the
same interpreter (put first on ``sys.path``), for before/after figures. Each command runs ``--runs`` times after one warm-up
run (which fills the lemma and Zipf caches, see ``textnps/preprocess/lemmacache.py``); the medians of wall time,
CPU time (user+sys of all threads: on a machine shared with other jobs, the steadier figure) and peak RSS are printed.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "da_trustpilot_insurance.csv"


def _run(args: list[str], env: dict, src: str | None) -> tuple[float, float, float]:
    code = (f"import sys; sys.path.insert(0, {src!r}); " if src else "") + "from textnps.cli import main; main()"
    cmd = ["/usr/bin/time", "-f", "TIME %e %M %U %S", sys.executable, "-c", code, *args]
    err = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    wall, kb, user, system = re.findall(r"TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)", err)[-1]
    return float(wall), int(kb) / 1024, float(user) + float(system)


SETS = {"da_trustpilot_insurance.csv": "da", "da_trustpilot_shops.csv": "da", "sv_reviews_swerec.csv": "sv",
        "sv_reviews_sentiment.csv": "sv", "no_norec_sentences.csv": "no"}


def accuracy(out: Path, src: str | None) -> None:
    """Language accuracy per real file, outputs saved for a row-by-row comparison."""
    if src:
        sys.path.insert(0, src)
    import pandas as pd

    from textnps.preprocess import Preprocessor

    out.mkdir(parents=True, exist_ok=True)
    for name, gold in SETS.items():
        df = pd.read_csv(DATA.parent / name, usecols=["text"])
        res = Preprocessor(progress=False).fit_transform(df)
        ok = res["lang"].eq(gold) | (gold == "no") & res["lang"].isin(["nb", "nn"])
        print(f"{name}: {len(df):,} comments, {ok.mean():.2%} detected as {gold}", flush=True)
        res[["lang", "lang_score", "lemmas"]].to_parquet(out / f"{name}.parquet")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--accuracy", type=Path, default=None, metavar="OUT_DIR")
    parser.add_argument("--only", choices=["preprocess", "demo"], default=None)
    opts = parser.parse_args()
    if opts.accuracy:
        return accuracy(opts.accuracy, opts.src)
    env = dict(os.environ)
    tmp = Path(tempfile.mkdtemp())
    commands = {
        "preprocess": ["preprocess", str(DATA.resolve()), "--text-col", "text", "--out", str(tmp / "x.parquet")],
        "demo": ["demo", "--out", str(tmp / "d")],
    }
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for name, args in commands.items():
        if opts.only and name != opts.only:
            continue
        _run(args, env, opts.src)  # warm-up (file cache, lemma cache)
        runs = [_run(args, env, opts.src) for _ in range(opts.runs)]
        wall = statistics.median(r[0] for r in runs)
        mem = statistics.median(r[1] for r in runs)
        cpu = statistics.median(r[2] for r in runs)
        extra = f", {15005 / wall:,.0f} comments/s" if name == "preprocess" else ""
        print(f"{name}: median wall {wall:.2f} s (runs {[r[0] for r in runs]}), median CPU (user+sys, all threads) "
              f"{cpu:.2f} s (runs {[round(r[2], 2) for r in runs]}), peak RSS {mem:,.0f} MB{extra}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
