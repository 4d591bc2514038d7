"""Draw the rows of the second training draw and of the Norwegian dev set (prints ids, never texts).

Run from the repository root::

    # Norwegian dev set: NoReC's dev and test splits only (the training draw uses its train split)
    python benchmarks/trainset/sample_more.py no-dev > /tmp/no_dev_rows.csv
    # more training codes: every company of the shop file beyond cdon and komplett, more
    # Swedish industries, and NoReC's train split
    python benchmarks/trainset/sample_more.py domains \
        --exclude benchmarks/devset/labels.csv --exclude benchmarks/heldout/labels.csv \
        --exclude benchmarks/trainset/labels.csv > /tmp/domain_rows.csv

    # a larger second domain draw, and the untouched test set (excluding everything drawn before)
    python benchmarks/trainset/sample_more.py domains2 --exclude ... > /tmp/domain2_rows.csv
    python benchmarks/trainset/sample_more.py testset --exclude ... > /tmp/testset_rows.csv

Same eligibility and output as ``benchmarks/devset/sample_devset.py`` (``file,row,
stars_or_label,text_sha1``); deterministic for the seed. A stratum smaller than its
draw gives all its rows.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve()
_spec = importlib.util.spec_from_file_location("sample_devset", HERE.parents[1] / "devset" / "sample_devset.py")
sample_devset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_devset)

SEED = 20261202
SHOP_COMPANIES = [  # the shop file's companies beyond the two that dominate the first draws
    "asos", "ferratumbank", "sas", "vestjyskbank", "tapeconnection", "alfinans", "boksen", "isports",
    "contourdesign", "jyskmobelfabrik", "eboligskoedet", "thyrep", "gamecastle", "cphbusiness",
]

# plan -> list of (file, filter column, filter values or None, label column, {labels: n})
PLANS = {
    "no-dev": [
        ("no_norec_sentences.csv", "split", ("dev", "test"), "label",
         {("Negative",): 70, ("Neutral",): 50, ("Positive",): 70}),
    ],
    "domains": [
        *[("da_trustpilot_shops.csv", "company", (c,), "stars", {(1, 2, 3): 10, (4, 5): 8}) for c in SHOP_COMPANIES],
        ("sv_reviews_sentiment.csv", None, None, "label", {("negative",): 45, ("positive",): 45}),
        ("sv_reviews_swerec.csv", None, None, "label", {("negative",): 35, ("neutral",): 20, ("positive",): 35}),
        ("no_norec_sentences.csv", "split", ("train",), "label",
         {("Negative",): 90, ("Neutral",): 60, ("Positive",): 90}),
    ],
    "domains2": [
        *[("da_trustpilot_shops.csv", "company", (c,), "stars", {(1, 2, 3): 20, (4, 5): 15}) for c in SHOP_COMPANIES],
        ("sv_reviews_sentiment.csv", None, None, "label", {("negative",): 100, ("positive",): 100}),
        ("sv_reviews_swerec.csv", None, None, "label", {("negative",): 80, ("neutral",): 40, ("positive",): 80}),
        ("no_norec_sentences.csv", "split", ("train",), "label",
         {("Negative",): 120, ("Neutral",): 60, ("Positive",): 120}),
    ],
    # the untouched test set: the dev set's plan, every shop company and NoReC's test split
    "testset": [
        *[(name, None, None, label_col, strata) for name, (label_col, strata) in sample_devset.PLAN.items()],
        *[("da_trustpilot_shops.csv", "company", (c,), "stars", {(1, 2, 3): 4, (4, 5): 3}) for c in SHOP_COMPANIES],
        ("no_norec_sentences.csv", "split", ("test",), "label",
         {("Negative",): 30, ("Neutral",): 20, ("Positive",): 30}),
    ],
}


def draw(data_dir: Path, plan: str, *, seed: int = SEED, exclude: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows of *plan*: per stratum ``min(n, available)`` eligible rows, none of *exclude*."""
    parts, frames = [], {}
    for name, filter_col, filter_values, label_col, strata in PLANS[plan]:
        if name not in frames:
            frames[name] = pd.read_csv(data_dir / name)
        frame = frames[name]
        keep = sample_devset.eligible(frame)
        if filter_col is not None:
            keep &= frame[filter_col].isin(filter_values)
        if exclude is not None:
            keep &= ~frame.index.isin(exclude.loc[exclude["file"] == name, "row"])
        pool = frame[keep]
        for values, n in strata.items():
            stratum = pool[pool[label_col].isin(values)]
            picked = stratum.sample(n=min(n, len(stratum)), random_state=seed)
            parts.append(pd.DataFrame({
                "file": name,
                "row": picked.index.to_numpy(),
                "stars_or_label": picked[label_col].astype(str).to_numpy(),
                "text_sha1": [sample_devset.text_sha1(t) for t in picked["text"]],
            }))
    return pd.concat(parts, ignore_index=True).sort_values(["file", "row"], ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("plan", choices=sorted(PLANS))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a labels.csv whose (file, row) pairs are not drawn again (repeatable)")
    args = parser.parse_args(argv)
    data_dir = HERE.parents[2].parent / "shared" / "data"
    if not data_dir.is_dir():
        print(f"skipped: real comments not available ({data_dir} is absent)")
        return 0
    exclude = pd.concat([pd.read_csv(p, usecols=["file", "row"]) for p in args.exclude]) if args.exclude else None
    draw(data_dir, args.plan, seed=args.seed, exclude=exclude).to_csv(sys.stdout, index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
