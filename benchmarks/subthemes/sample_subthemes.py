"""Draw the sub-theme evaluation sample (ids only are kept; see README.md).

Detractors (1-3 stars; Swedish: label negative) of three shared data sets, comments of at most 500
characters, rows in no other coded set of benchmarks/ (train, dev, held-out, test), seeded. Prints the
rows to code; `labels.csv` keeps file, row, the codes and the text's SHA-1, never the text.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1].parent / "shared" / "data"
SETS = {"da_trustpilot_insurance.csv": 90, "da_trustpilot_shops.csv": 30, "sv_reviews_sentiment.csv": 30}
SEED = 16


def coded_rows() -> set[tuple[str, int]]:
    rows = set()
    for path in HERE.parent.glob("*/*.csv"):
        if path.parent == HERE:
            continue
        frame = pd.read_csv(path, usecols=lambda c: c in ("file", "row"))
        if {"file", "row"} <= set(frame.columns):
            rows |= set(zip(frame["file"], frame["row"].astype(int)))
    return rows


def sample() -> pd.DataFrame:
    taken, parts = coded_rows(), []
    for name, n in SETS.items():
        frame = pd.read_csv(DATA / name)
        if "stars" in frame.columns:
            frame = frame[frame["stars"] <= 3]
        else:
            frame = frame[frame["label"] == "negative"]
        frame = frame[frame["text"].astype(str).str.len() <= 500]
        frame = frame[[(name, int(i)) not in taken for i in frame.index]]
        pick = frame.sample(n=n, random_state=SEED)
        parts.append(pd.DataFrame({"file": name, "row": pick.index, "text": pick["text"].astype(str)}))
    out = pd.concat(parts, ignore_index=True)
    out["text_sha1"] = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in out["text"]]
    return out


if __name__ == "__main__":
    for r in sample().itertuples():
        sys.stdout.write(f"{r.file[:6]} {r.row}\t{r.text}\n")
