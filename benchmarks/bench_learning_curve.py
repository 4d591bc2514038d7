"""Benchmark (issue 13, item 4): an analyst's own codes on top of the shipped model, against codes alone.

For each source file F (``benchmarks/_lofo.py``): the prior is a shipped-style refiner trained
WITHOUT F's training codes (leave one file out); the analyst codes are N of F's training codes (a
seeded random draw, ``--draws`` draws, median reported); the score is on F's dev + held-out rows
(NoReC: devset_no), the classifier fitted on an unlabelled survey of F. Compared:

* **prior + N codes**: :class:`textnps.themes.codebook.refiner_prior.PriorRefiner` (what
  ``textnps train --refiner learn`` now does);
* **N codes only**: a new :class:`~textnps.themes.codebook.refiner.ThemeRefiner` on the N codes (the
  old behaviour, ``refiner="learn-new"``); N = 0 is no refiner.

N = 0 for the prior is the prior as shipped-style, with the domain check (``refiner="auto"``).
``--choose-c`` first picks PriorRefiner's ``C`` and ``signal_C`` on the TRAINING codes only: per file,
100 and 300 of F's training codes as the analyst's, scored on F's other training codes.

    python benchmarks/bench_learning_curve.py --choose-c
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
import _lofo  # noqa: E402
import bench_classify as bench  # noqa: E402

SIZES = (0, 100, 300, 1000)
C_GRID = (0.3, 1.0)
SIGNAL_C_GRID = (1.0, 10.0)


def _draw(data, n: int, seed: int) -> np.ndarray:
    return np.sort(np.random.default_rng(seed).permutation(len(data.train))[:n])


def _prior_plus(prior, data, rows, C):
    """PriorRefiner on *prior* with the codes *rows*; *C* is ``(C, signal_C)``."""
    from textnps.themes.codebook.refiner_prior import PriorRefiner

    return PriorRefiner(prior, C=C[0], signal_C=C[1]).fit(data.refiner_frame(rows), data.codes(rows))


def _codes_only(data, rows):
    from textnps.themes.codebook.format import load_codebook
    from textnps.themes.codebook.refiner import ThemeRefiner

    return ThemeRefiner().fit(data.refiner_frame(rows), data.codes(rows), codebook=load_codebook("nordic-cx"))


def choose_c(files: dict, sizes=(100, 300), seed: int = bench.SEED) -> dict:
    """``(C, signal_C)`` by the mean micro F1 over files and *sizes* of analyst codes, each scored on the file's
    training codes that were not drawn (never its dev or held-out rows)."""
    grid = [(c, s) for c in C_GRID for s in SIGNAL_C_GRID]
    scores = {g: [] for g in grid}
    for name, data in files.items():
        prior = _lofo.lofo_refiner(files, name)
        for n in sizes:
            rows = _draw(data, n, seed)
            rest = np.setdiff1d(np.arange(len(data.train)), rows)
            pre, truth = data.train_pre.iloc[rest], data.train["themes"].iloc[rest]
            for g in grid:
                f1 = data.score(_prior_plus(prior, data, rows, g), pre, truth, domain_check=False)["micro_f1"]
                scores[g].append(f1)
                _lofo.log(f"C, signal_C {g} on {name}, {n} codes: {f1:.3f} (training codes not drawn)")
    means = {g: float(np.mean(v)) for g, v in scores.items()}
    chosen = max(means, key=lambda g: (round(means[g], 4), -g[0], -g[1]))
    return {"mean": {f"{c}, {s}": m for (c, s), m in means.items()}, "chosen": list(chosen)}


def curve(files: dict, C: float, draws: int) -> dict:
    out = {}
    for name, data in files.items():
        prior = _lofo.lofo_refiner(files, name)
        truth = data.eval["themes"]
        rows_out = {"prior": {}, "codes_only": {}}
        for n in SIZES:
            m = min(n, len(data.train))
            if n == 0:
                rows_out["prior"][n] = [data.score(prior, data.eval_pre, truth)]
                rows_out["codes_only"][n] = [data.score(None, data.eval_pre, truth)]
            else:
                picks = [_draw(data, m, bench.SEED + 1 + d) for d in range(draws if m < len(data.train) else 1)]
                rows_out["prior"][n] = [data.score(_prior_plus(prior, data, r, C), data.eval_pre, truth,
                                                   domain_check=False) for r in picks]
                rows_out["codes_only"][n] = [data.score(_codes_only(data, r), data.eval_pre, truth,
                                                        domain_check=False) for r in picks]
            med = {k: float(np.median([s["micro_f1"] for s in v[n]])) for k, v in rows_out.items()}
            _lofo.log(f"{name} N={n} ({m}): prior+codes {med['prior']:.3f}, codes only {med['codes_only']:.3f}")
        out[name] = {"n_eval": int(len(truth)), "n_train_codes": int(len(data.train)), **rows_out}
    return out


def _median(scores: list, key: str) -> float:
    values = [s[key] for s in scores if s[key] is not None]
    return float(np.median(values)) if values else float("nan")


def markdown(report: dict) -> str:
    lines = []
    if "choose_c" in report:
        cc = report["choose_c"]
        lines += ["C and signal_C of PriorRefiner (100 and 300 analyst codes per file, scored on the file's other training codes): "
                  + ", ".join(f"(C, signal_C) = ({g}): {m:.4f}" for g, m in cc["mean"].items())
                  + f"; chosen {tuple(cc['chosen'])}", ""]
    lines += ["| file (eval n) | N codes | prior + N: micro F1 / polarity | N codes only: micro F1 / polarity |",
              "|---|---:|---:|---:|"]
    for name, row in report["curve"].items():
        for n in SIZES:
            p, o = row["prior"][n], row["codes_only"][n]
            shown = min(n, row["n_train_codes"])
            lines.append(f"| {name} ({row['n_eval']}) | {shown} | {_median(p, 'micro_f1'):.3f} / "
                         f"{_median(p, 'polarity_accuracy'):.3f} | {_median(o, 'micro_f1'):.3f} / "
                         f"{_median(o, 'polarity_accuracy'):.3f} |")
    means = {k: [np.mean([_median(r[k][n], "micro_f1") for r in report["curve"].values()]) for n in SIZES]
             for k in ("prior", "codes_only")}
    lines += ["", "mean over files, N = " + ", ".join(map(str, SIZES)) + ": prior + N "
              + " / ".join(f"{v:.3f}" for v in means["prior"]) + "; N only "
              + " / ".join(f"{v:.3f}" for v in means["codes_only"])]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--choose-c", action="store_true")
    parser.add_argument("--C", type=float, default=None, help="PriorRefiner's C (default: its default, or chosen)")
    parser.add_argument("--signal-C", type=float, default=None, help="PriorRefiner's signal_C (default: its default)")
    parser.add_argument("--files", nargs="+", default=list(_lofo.FILES),
                        help="source files to run (default: all; the refiners without each file are cached)")
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument("--n-survey", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "bench_learning_curve.json")
    args = parser.parse_args(argv)
    if not bench.DATA_DIR.is_dir():
        print(f"skipped: real comments not available ({bench.DATA_DIR} is absent)")
        return 0
    from textnps.themes.codebook.refiner_prior import PriorRefiner

    files = _lofo.load_files(args.n_survey) if args.choose_c else _lofo.load_files(args.n_survey, args.files)
    report = {"machine": bench._machine(), "n_survey": args.n_survey, "draws": args.draws}
    C = (args.C if args.C is not None else PriorRefiner().C,
         args.signal_C if args.signal_C is not None else PriorRefiner().signal_C)
    if args.choose_c:
        report["choose_c"] = choose_c(files)
        C = report["choose_c"]["chosen"]
    report["C"] = C
    report["curve"] = curve(files, C, args.draws)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
