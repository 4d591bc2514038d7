"""Benchmark: the sub-themes of ``nordic-cx`` against the comments coded for them by hand.

Reads the 150 detractor comments listed in ``benchmarks/subthemes/labels.csv`` from ``../shared/data``
(verifying each text's SHA-1), preprocesses them with :class:`textnps.preprocess.Preprocessor` and finds
their sub-themes with :func:`textnps.themes.codebook.subthemes.subtheme_column` (the seeds only: a
sub-theme does not depend on the survey's model). Prints precision, recall, F1 and support per
sub-theme and micro/macro rows (:func:`textnps.themes.codebook.evaluate.theme_scores`, presence only).
Never prints comment texts. The coding rules are in ``benchmarks/subthemes/CODING.md``.

Run from the repository root::

    python benchmarks/bench_subthemes.py
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
LABELS = ROOT / "benchmarks" / "subthemes" / "labels.csv"


def coded_comments() -> pd.DataFrame:
    labels = pd.read_csv(LABELS, dtype={"subthemes": str}, keep_default_na=False)
    texts = []
    for name, rows in labels.groupby("file", sort=False):
        frame = pd.read_csv(DATA / name)
        texts += [(name, r, str(frame.loc[r, "text"])) for r in rows["row"]]
    by_key = {(f, r): t for f, r, t in texts}
    labels["text"] = [by_key[(f, r)] for f, r in zip(labels["file"], labels["row"])]
    sha = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in labels["text"]]
    if sha != labels["text_sha1"].tolist():
        sys.exit("The shared data differ from the coded texts (SHA-1 mismatch): not scored.")
    return labels


def main() -> None:
    from textnps.preprocess import Preprocessor
    from textnps.themes.codebook.evaluate import theme_scores
    from textnps.themes.codebook.format import load_codebook
    from textnps.themes.codebook.subthemes import subtheme_column

    if not DATA.is_dir():
        sys.exit(f"{DATA} is absent: the coded comments cannot be read.")
    coded = coded_comments()
    book = load_codebook("nordic-cx")
    pre = Preprocessor(text_col="text", progress=False).fit_transform(coded)
    found = subtheme_column(book, pre, [""] * len(pre))
    ids = [s.id for s in book.subthemes]
    scores = theme_scores(coded["subthemes"], found, themes=ids)
    print(f"{len(coded)} coded comments ({coded['file'].value_counts().to_dict()})\n")
    print(scores.to_string(float_format=lambda v: f"{v:.2f}"))
    for name, part in coded.groupby("file"):
        rows = part.index
        sub = theme_scores(part["subthemes"], found.loc[rows], themes=ids)
        print(f"\n{name}: micro P {sub.loc['micro', 'precision']:.2f} R {sub.loc['micro', 'recall']:.2f} "
              f"(support {int(sub.loc['micro', 'support'])})")


if __name__ == "__main__":
    main()
