"""Benchmark (issue 13, item 3): the refiner must never make a survey worse than no refiner.

Two parts (``benchmarks/_lofo.py`` prepares the data; nothing here reads testset/):

``--calibrate``: choose the domain check's constants on the TRAINING codes only. For each source file
F, a refiner trained without F's codes (leave one file out), and one trained without any code of F's
language (leave one language out: da files by a refiner of sv/no codes, sv files by one of da/no
codes), applied to F. Per case: the coverage of F's survey by the refiner
(:func:`textnps.themes.codebook.refiner_domain.survey_coverage`), read against the refiner's reference (its
coverage of the other files' surveys in F's language; none when no file of it is left:
:func:`~textnps.themes.codebook.refiner_domain.relative_coverage`), and the micro F1 on F's training
codes with the refiner shrunk to weight 0, 0.1, .., 1. The rule ``weight = clip((relative coverage - low) /
(high - low), 0, 1)`` is chosen by grid search on (low, high): the largest mean F1 over the cases,
ties broken by the smallest worst loss against the best weight of each case.

``--measure``: the shipped refiner on each file's dev + held-out rows (NoReC: devset_no), its
classifier fitted on an unlabelled survey of that file, and on the bundled sample survey (fitted and
scored on itself, informative rows, against its planted truth): no refiner / shipped as it is /
shipped with the domain check (the default). Theme presence micro F1 and polarity accuracy.

    python benchmarks/bench_domain.py --calibrate --measure
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
import _lofo  # noqa: E402
import bench_classify as bench  # noqa: E402

WEIGHTS = np.round(np.arange(0.0, 1.01, 0.1), 2)
GRID = np.round(np.arange(0.60, 1.001, 0.02), 2)
LANGUAGE_OUT = {"da": ("da_trustpilot_insurance.csv", "da_trustpilot_shops.csv"),
                "sv": ("sv_reviews_sentiment.csv", "sv_reviews_swerec.csv")}


def calibrate(files: dict) -> dict:
    from textnps.themes.codebook import refiner_domain

    cases = []
    plans = [(name, (name,)) for name in files] + [(name, LANGUAGE_OUT[lang]) for lang, names in LANGUAGE_OUT.items()
                                                    for name in names]
    for name, left_out in plans:
        data = files[name]
        refiner = _lofo.lofo_refiner(files, left_out)
        absolute = refiner_domain.survey_coverage(refiner, data.survey).get(data.lang, (None, 0))[0]
        reference = refiner_domain.reference_of(data.lang, refiner_domain.references(refiner))
        coverage = refiner_domain.relative_coverage(absolute, data.lang, refiner_domain.references(refiner))
        langs = sorted(set(data.train_pre["lang"].astype(str)))
        f1 = [data.score(refiner, data.train_pre, data.train["themes"], weights=dict.fromkeys(langs, float(w)))
              ["micro_f1"] for w in WEIGHTS]
        case = {"file": name, "left_out": "file" if len(left_out) == 1 else "language", "coverage": coverage,
                "absolute_coverage": absolute, "reference": reference,
                "f1_by_weight": dict(zip(WEIGHTS.tolist(), np.round(f1, 4).tolist()))}
        _lofo.log(f"{name} ({case['left_out']} out): coverage {absolute:.3f} (reference {reference}), F1 w=0 {f1[0]:.3f} w=1 {f1[-1]:.3f}")
        cases.append(case)
    best = None
    for low in GRID:
        for high in GRID[GRID > low]:
            got, loss = [], []
            for case in cases:
                w = refiner_domain.coverage_weight(case["coverage"], low, high)
                curve = np.array(list(case["f1_by_weight"].values()))
                got.append(np.interp(w, WEIGHTS, curve))
                loss.append(curve.max() - got[-1])
            key = (round(float(np.mean(got)), 4), -round(float(np.max(loss)), 4))
            if best is None or key > best[0]:
                best = (key, float(low), float(high))
    (mean_f1, worst), low, high = best
    return {"cases": cases, "low": low, "high": high, "mean_f1": mean_f1, "worst_loss": -worst,
            "mean_f1_refiner_always": float(np.mean([c["f1_by_weight"][1.0] for c in cases])),
            "mean_f1_never": float(np.mean([c["f1_by_weight"][0.0] for c in cases]))}


def _sample():
    from textnps.datasets import load_sample_survey, load_sample_truth

    survey = load_sample_survey()
    path = _lofo.CACHE / "sample.parquet"
    if path.exists():
        pre = pd.read_parquet(path)
    else:
        pre = bench._preprocess(survey[["text"]], progress=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        pre.to_parquet(path)
    truth = load_sample_truth().set_index("response_id").loc[survey["id"]]
    informative = pre["informative"].to_numpy(dtype=bool)
    return pre, pd.Series(truth["themes"].to_numpy()), informative


def measure(files: dict) -> dict:
    from textnps.themes.codebook.classify import ThemeClassifier
    from textnps.themes.codebook.refiner import ThemeRefiner

    shipped = ThemeRefiner.load(HERE.parent / "models" / "nordic-cx" / "refiner")
    out = {}
    for name, data in files.items():
        row = {"none": data.score(None, data.eval_pre, data.eval["themes"]),
               "shipped": data.score(shipped, data.eval_pre, data.eval["themes"], domain_check=False),
               "checked": data.score(shipped, data.eval_pre, data.eval["themes"])}
        from textnps.themes.codebook import refiner_domain
        row["weights"], row["coverage"] = refiner_domain.domain_weights(shipped, data.survey)
        out[name] = row
        _lofo.log(f"{name}: none {row['none']['micro_f1']:.3f} shipped {row['shipped']['micro_f1']:.3f} "
                  f"checked {row['checked']['micro_f1']:.3f} {row['weights']}")
    pre, truth, informative = _sample()
    row = {}
    for key, options in (("none", dict(refiner=None)), ("shipped", dict(domain_check=False)), ("checked", {})):
        clf = ThemeClassifier(progress=False, **options).fit(pre)
        predicted = clf.transform(pre)["themes"].fillna("")
        result = bench.evaluate(truth[informative].reset_index(drop=True),
                                predicted[informative].reset_index(drop=True))
        row[key] = {k: result[k] for k in ("n", "micro_f1", "macro_f1", "polarity_accuracy")}
        if key == "checked":
            row["weights"], row["coverage"] = clf.refiner_weight_, clf.refiner_coverage_
    out["sample_survey"] = row
    _lofo.log(f"sample: none {row['none']['micro_f1']:.3f} shipped {row['shipped']['micro_f1']:.3f} "
              f"checked {row['checked']['micro_f1']:.3f} {row['weights']}")
    return out


def markdown(report: dict) -> str:
    lines = []
    if "calibration" in report:
        cal = report["calibration"]
        lines += ["| case (training codes of F) | coverage | reference | relative | F1 w=0 | w=0.5 | w=1 | best w |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for c in cal["cases"]:
            curve = c["f1_by_weight"]
            best = max(curve, key=lambda w: (curve[w], w))
            lines.append(f"| {c['file']}, {c['left_out']} left out | {c['absolute_coverage']:.3f} | {c['reference']} "
                         f"| {c['coverage']:.3f} | {curve[0.0]:.3f} "
                         f"| {curve[0.5]:.3f} | {curve[1.0]:.3f} | {best} |")
        lines += ["", f"chosen: low {cal['low']}, high {cal['high']}: mean F1 {cal['mean_f1']:.4f} (refiner always "
                      f"{cal['mean_f1_refiner_always']:.4f}, never {cal['mean_f1_never']:.4f}), worst loss against "
                      f"each case's best weight {cal['worst_loss']:.4f}", ""]
    if "measure" in report:
        lines += ["| data | n | no refiner | shipped as is | shipped + domain check | weight per language |",
                  "|---|---:|---:|---:|---:|---|"]
        for name, row in report["measure"].items():
            f = {k: f"{row[k]['micro_f1']:.3f} / {row[k]['polarity_accuracy']:.3f}" for k in ("none", "shipped", "checked")}
            weights = ", ".join(f"{k} {v:.2f} (cov {row['coverage'][k]['coverage']}, ref {row['coverage'][k].get('reference')})"
                                for k, v in row["weights"].items())
            lines.append(f"| {name} | {row['none']['n']} | {f['none']} | {f['shipped']} | {f['checked']} | {weights} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--measure", action="store_true")
    parser.add_argument("--n-survey", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "bench_domain.json")
    args = parser.parse_args(argv)
    if not bench.DATA_DIR.is_dir():
        print(f"skipped: real comments not available ({bench.DATA_DIR} is absent)")
        return 0
    files = _lofo.load_files(args.n_survey)
    report = {"machine": bench._machine(), "n_survey": args.n_survey}
    if args.calibrate:
        report["calibration"] = calibrate(files)
    if args.measure:
        report["measure"] = measure(files)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
