"""Mixed encodings and mojibake on real comments (../shared/data): how many rows keep mojibake?

Builds, in a temporary folder (never in the repository), a CSV of 100,000 real
Danish and Swedish comments (resampled) in which every 4th line is written in
cp1252 and the others in UTF-8, as when two systems append to one export.
Reports, for the whole-file decoding of textnps before this change (detect one
encoding, cp1252 here, then ftfy alone) and for the current ``read_survey`` +
``normalize_text``: the rows whose text differs from the original after
normalisation, and the time to read the file (median of 3 runs).

Usage:  python benchmarks/bench_mixed_encoding.py [--n 100000]
"""
from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def comments(n: int) -> list[str]:
    frames = [pd.read_csv(DATA / name)["text"].dropna().astype(str)
              for name in ("da_trustpilot_insurance.csv", "sv_reviews_sentiment.csv")]
    texts = pd.concat(frames, ignore_index=True)
    texts = texts[texts.map(lambda t: _cp1252_ok(t))].str.replace(r"[\r\n\";,]", " ", regex=True).str.strip()
    texts = texts[texts != ""]
    return texts.sample(n, replace=True, random_state=0).tolist()


def _cp1252_ok(text: str) -> bool:
    try:
        text.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def old_read(path: Path) -> list[str]:
    """What textnps did before: one encoding for the whole file, ftfy alone on each comment."""
    import ftfy

    from textnps.encodings import detect_encoding
    from textnps.preprocess.normalize import _MOJIBAKE_HINT

    data = path.read_bytes()
    text = data.decode(detect_encoding(data))
    lines = text.split("\n")[1:-1]
    return [ftfy.fix_encoding(t) if _MOJIBAKE_HINT.search(t) else t for t in (line.split(",", 1)[1] for line in lines)]


def new_read(path: Path) -> list[str]:
    from textnps.io import read_survey
    from textnps.preprocess.normalize import fix_mojibake

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        survey = read_survey(path, text="comment", score="score")
    WARNINGS[:] = [str(w.message).split(": ", 1)[-1] for w in caught]
    return [fix_mojibake(t) for t in survey["text"]]


WARNINGS: list[str] = []


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    texts = comments(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mixed.csv"
        lines = ["score,comment"] + [f"{i % 11},{t}" for i, t in enumerate(texts)]
        path.write_bytes(b"".join((line + "\n").encode("cp1252" if i % 4 == 3 else "utf-8")
                                  for i, line in enumerate(lines)))
        print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}; "
              f"{args.n:,} comments, {path.stat().st_size / 2**20:.1f} MiB, every 4th line cp1252")
        for name, read in (("before (one encoding + ftfy)", old_read), ("now (per line + ftfy + re-decode)", new_read)):
            times = []
            for _ in range(3):
                start = time.perf_counter()
                got = read(path)
                times.append(time.perf_counter() - start)
            wrong = sum(a != b for a, b in zip(got, texts))
            print(f"{name}: {wrong:,} of {len(texts):,} rows differ from the original "
                  f"({100 * wrong / len(texts):.1f} %); read in {statistics.median(times):.2f} s (median of 3)")
        print("warning:", WARNINGS)


if __name__ == "__main__":
    main()
