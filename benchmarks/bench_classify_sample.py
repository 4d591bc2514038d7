"""Benchmark: the default classifier on the bundled synthetic sample survey, shipped refiner vs none.

``ThemeClassifier(refiner=R).fit(pre).transform(pre)`` on ``load_sample_survey()`` preprocessed
(wave 1, with its scores), scored with ``bench_classify.evaluate`` on the informative rows against
the generator's planted themes (``load_sample_truth()``), for R = ``"auto"`` (the shipped refiner)
and None. Deterministic (one run each). Prints markdown: micro F1, polarity accuracy, and micro
F1 per language (``no`` = nb + nn). Run from the repository root::

    python benchmarks/bench_classify_sample.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
import bench_classify as bench  # noqa: E402


def score(refiner) -> dict:
    from textnps.datasets import load_sample_survey, load_sample_truth
    from textnps.preprocess import Preprocessor
    from textnps.themes.codebook.classify import ThemeClassifier

    survey = load_sample_survey()
    truth = load_sample_truth().set_index("response_id").loc[survey["id"]]
    pre = Preprocessor(text_col="text", progress=False).fit_transform(survey[["text", "score"]])
    out = ThemeClassifier(refiner=refiner, score_col="score", progress=False).fit(pre).transform(pre)
    keep = pre["informative"].fillna(True).astype(bool).to_numpy()
    true = pd.Series(truth["themes"].to_numpy()[keep])
    predicted = pd.Series(out["themes"].fillna("").to_numpy()[keep])
    result = bench.evaluate(true, predicted)
    langs = pd.Series(pre["lang"].astype(str).replace({"nb": "no", "nn": "no"}).to_numpy()[keep])
    result["by_language"] = {lang: bench.evaluate(true[idx], predicted[idx])["micro_f1"]
                             for lang, idx in true.groupby(langs).groups.items()}
    return result


def main() -> int:
    print("| refiner | n | micro F1 | macro F1 | polarity acc | micro F1 by language |")
    print("|---|---:|---:|---:|---:|---|")
    for name, refiner in (("shipped (auto)", "auto"), ("none", None)):
        r = score(refiner)
        langs = ", ".join(f"{k} {v:.3f}" for k, v in sorted(r["by_language"].items()))
        print(f"| {name} | {r['n']} | {r['micro_f1']:.3f} | {r['macro_f1']:.3f} | {r['polarity_accuracy']:.3f} | "
              f"{langs} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
