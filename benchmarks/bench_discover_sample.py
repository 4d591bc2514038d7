"""How well do discovered themes match the themes planted in the bundled sample survey?

The synthetic sample (3,000 comments in sv/da/nb/nn/en, ``textnps.datasets``)
records, for every comment, the codebook themes it was written about
(``load_sample_truth()``). This script runs ``ThemeDiscoverer`` (default
settings, ``n_themes="auto"``) on it and reports:

* the number of themes found and the selection table;
* for each planted theme (``general`` left out), the best-matching discovered
  theme and its F1 (a comment "carries" a discovered theme when the theme is
  among its ``discovered_themes``);
* each discovered theme's precision: the share of its comments written about
  its most frequent planted theme;
* the share of comments about a planted theme that carry any discovered theme.

Planted themes are broad codebook categories (``product`` holds phones,
coverage and speed), so a discovered theme is often a part of one: precision
says whether themes are clean, best F1 whether one theme covers a category.

    python benchmarks/bench_discover_sample.py [--json out.json] [extra ThemeDiscoverer settings as k=v ...]
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd


def theme_sets(cells) -> list[set[str]]:
    return [{pair.split(":")[0] for pair in str(cell).split(";") if pair} for cell in cells]


def alignment(planted: list[set[str]], found: list[set[str]], theme_ids) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Best F1 per planted theme and precision per discovered theme."""
    carried = {t: np.array([t in s for s in found]) for t in theme_ids}
    rows = []
    for name in sorted({x for s in planted for x in s} - {"general"}):
        truth = np.array([name in s for s in planted])
        f1 = {t: 2 * (truth & a).sum() / (truth.sum() + a.sum()) for t, a in carried.items()}
        best = max(f1, key=f1.get) if f1 else ""
        rows.append({"planted": name, "n": int(truth.sum()), "best_theme": best, "f1": round(f1.get(best, 0.0), 3)})
    prec = []
    for t, a in carried.items():
        counts = pd.Series([x for s, keep in zip(planted, a) if keep for x in s]).value_counts()
        top = counts.index[0] if len(counts) else ""
        prec.append({"theme_id": t, "n": int(a.sum()), "planted": top,
                     "precision": round(counts.iloc[0] / a.sum(), 3) if len(counts) else 0.0})
    return pd.DataFrame(rows), pd.DataFrame(prec)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("settings", nargs="*", help="ThemeDiscoverer settings, e.g. n_themes=4 drop_generic=False")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from textnps.datasets import load_sample_survey, load_sample_truth
    from textnps.preprocess import Preprocessor
    from textnps.themes.discover.discoverer import ThemeDiscoverer

    settings = {k: ast.literal_eval(v) for k, v in (s.split("=", 1) for s in args.settings)}
    survey = Preprocessor(progress=False).fit_transform(load_sample_survey())
    truth = load_sample_truth().set_index("response_id").loc[survey["id"]]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    start = time.perf_counter()
    model = ThemeDiscoverer(progress=False, **settings).fit(survey)
    seconds = time.perf_counter() - start
    out = model.transform(survey)
    planted = theme_sets(truth["themes"].fillna(""))
    best, prec = alignment(planted, theme_sets(out["discovered_themes"]), model.themes_["theme_id"])
    labels = dict(zip(model.themes_["theme_id"], model.themes_["label"]))
    best["label"], prec["label"] = best["best_theme"].map(labels), prec["theme_id"].map(labels)
    about = np.array([bool(s - {"general"}) for s in planted])
    informative = survey["informative"].to_numpy()
    assigned = out["discovered_theme"].ne("").to_numpy()
    summary = {
        "settings": settings, "n_themes": model.n_themes_, "fit_seconds": round(seconds, 1), "load_before": load,
        "mean_best_f1": round(float(best["f1"].mean()), 3), "planted_f1_ge_0.5": int((best["f1"] >= 0.5).sum()),
        "n_planted": len(best), "mean_precision": round(float(prec["precision"].mean()), 3),
        "planted_led_by_a_clean_theme": int(prec.loc[prec["precision"] >= 0.5, "planted"].nunique()),
        "assigned_about_planted": round(float(assigned[about].mean()), 3),
        "assigned_informative": round(float(assigned[informative].mean()), 3),
    }
    print(json.dumps(summary, indent=1))
    print(best.to_string(index=False))
    print(prec.to_string(index=False))
    if len(model.selection_):
        print(model.selection_.round(3).to_string(index=False))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "best": best.to_dict("records"),
                                         "precision": prec.to_dict("records")}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
