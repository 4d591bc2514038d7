"""Draw the rows of the hand-coded development set (prints ids, never texts).

Run from the repository root::

    python benchmarks/devset/sample_devset.py > /tmp/devset_rows.csv
    # the second, held-out set: another seed, 3/4 of the draws, none of the dev rows
    python benchmarks/devset/sample_devset.py --seed 20261123 --scale 0.75 \
        --exclude benchmarks/devset/labels.csv > /tmp/heldout_rows.csv

The draw is deterministic for the seed. It writes ``file,row,stars_or_label,
text_sha1`` so the coder can look the comments up in ``../shared/data``; the
codes themselves are added by hand in ``labels.csv``.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import pandas as pd

SEED = 20261122
MAX_CHARS = 600  # NPS comments are short; longer reviews are left out (see README)

# file -> label column, {label value(s) -> number of comments to draw}
PLAN = {
    "da_trustpilot_insurance.csv": ("stars", {(1, 2, 3): 50, (4,): 30, (5,): 50}),
    "da_trustpilot_shops.csv": ("stars", {(1, 2, 3): 35, (4,): 20, (5,): 35}),
    "sv_reviews_sentiment.csv": ("label", {("negative",): 25, ("positive",): 25}),
    "sv_reviews_swerec.csv": ("label", {("negative",): 20, ("neutral",): 10, ("positive",): 20}),
}


def text_sha1(text: str) -> str:
    """SHA-1 of the comment exactly as ``pandas.read_csv`` returns it."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def eligible(frame: pd.DataFrame) -> pd.Series:
    """Rows worth coding: non-empty, at most MAX_CHARS, first copy of a duplicated text."""
    text = frame["text"].fillna("")
    stripped = text.str.strip()
    return (stripped.str.len() > 0) & (text.str.len() <= MAX_CHARS) & ~stripped.duplicated()


def draw(data_dir: Path, *, seed: int = SEED, scale: float = 1.0, exclude: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows to code: ``round(scale * n)`` per stratum of PLAN, none of the (file, row) in *exclude*."""
    parts = []
    for name, (label_col, strata) in PLAN.items():
        frame = pd.read_csv(data_dir / name)
        keep = eligible(frame)
        if exclude is not None:
            keep &= ~frame.index.isin(exclude.loc[exclude["file"] == name, "row"])
        pool = frame[keep]
        for values, n in strata.items():
            stratum = pool[pool[label_col].isin(values)]
            picked = stratum.sample(n=round(scale * n), random_state=seed)
            parts.append(
                pd.DataFrame(
                    {
                        "file": name,
                        "row": picked.index.to_numpy(),
                        "stars_or_label": picked[label_col].astype(str).to_numpy(),
                        "text_sha1": [text_sha1(t) for t in picked["text"]],
                    }
                )
            )
    return pd.concat(parts, ignore_index=True).sort_values(["file", "row"], ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of each stratum's draws")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a labels.csv whose (file, row) pairs are not drawn again (repeatable)")
    args = parser.parse_args(argv)
    data_dir = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    if not data_dir.is_dir():
        print(f"skipped: real comments not available ({data_dir} is absent)")
        return 0
    exclude = pd.concat([pd.read_csv(p, usecols=["file", "row"]) for p in args.exclude]) if args.exclude else None
    draw(data_dir, seed=args.seed, scale=args.scale, exclude=exclude).to_csv(sys.stdout, index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
