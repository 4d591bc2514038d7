"""Cold start: wall time and peak memory of fresh ``textnps preprocess`` and ``textnps demo`` processes.

    python benchmarks/bench_coldstart.py [--src DIR] [--runs 3]

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", default=None)
    parser.add_argument("--runs", type=int, default=3)
    opts = parser.parse_args()
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
