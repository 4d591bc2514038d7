"""Cold start: wall time and peak memory of fresh ``textnps preprocess`` and ``textnps demo`` processes.

    python benchmarks/bench_coldstart.py [--src DIR] [--runs 3]
    python benchmarks/bench_coldstart.py --accuracy OUT_DIR [--src DIR]

``--accuracy`` instead preprocesses each real file of ``../shared/data`` (its language known per file),
prints the share of comments given that language and saves ``lang``, ``lang_score`` and ``lemmas``
to ``OUT_DIR/<file>.parquet``, so that two checkouts' outputs can be compared row by row.

``--src`` runs another checkout's ``textnps`` (e.g. an older commit from ``git archive``) with the
same interpreter (put first on ``sys.path``), for before/after figures. Each command runs ``--runs`` times after one warm-up
run (which fills the lemma cache, see ``textnps/preprocess/lemmacache.py``); the median is printed.
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


def _run(args: list[str], env: dict, src: str | None) -> tuple[float, float]:
    code = (f"import sys; sys.path.insert(0, {src!r}); " if src else "") + "from textnps.cli import main; main()"
    cmd = ["/usr/bin/time", "-f", "TIME %e %M", sys.executable, "-c", code, *args]
    err = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    wall, kb = re.findall(r"TIME ([\d.]+) (\d+)", err)[-1]
    return float(wall), int(kb) / 1024


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
        _run(args, env, opts.src)  # warm-up (file cache, lemma cache)
        runs = [_run(args, env, opts.src) for _ in range(opts.runs)]
        wall = statistics.median(r[0] for r in runs)
        mem = statistics.median(r[1] for r in runs)
        extra = f", {15005 / wall:,.0f} comments/s" if name == "preprocess" else ""
        print(f"{name}: median wall {wall:.2f} s (runs {[r[0] for r in runs]}), peak RSS {mem:,.0f} MB{extra}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
