"""Write ``models/<codebook>/theme_quality.json``: each theme's expected precision, recall and F1, as data.

The report (:mod:`textnps.report.weak_themes`) notes a theme in its top lists whose expected F1 is
below ``WEAK_F1``. The figures must describe the refiner shipped beside them: the file records the
SHA-1 of the refiner's ``model.json`` and the codebook's fingerprint, and the report uses it only
when both match (a retrained refiner needs this script run again). Input: the JSON that
``bench_classify.py --out`` writes for the set named by ``--set`` (its median ``sample`` draw)::

    python benchmarks/bench_classify.py --fit sample --labels benchmarks/heldout/labels.csv --out out.json
    python benchmarks/theme_quality.py out.json --set "held-out set (241 comments)"
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench_json", type=Path, help="the output of bench_classify.py (--out)")
    parser.add_argument("--set", required=True, help="which coded set the figures come from, in words")
    parser.add_argument("--codebook", default="nordic-cx")
    args = parser.parse_args(argv)
    from textnps.themes.codebook.format import codebook_folder, load_codebook

    book = load_codebook(args.codebook)
    folder = codebook_folder(book)
    result = json.loads(args.bench_json.read_text(encoding="utf-8"))["results"]["sample"]
    themes = {t: {"precision": round(m["precision"], 2), "recall": round(m["recall"], 2), "f1": round(m["f1"], 2),
                  "support": int(m["support"])} for t, m in result["per_theme"].items()}
    data = {"what": f"Expected precision, recall and F1 of each theme of the default model, from {args.set}. "
                    "Written by benchmarks/theme_quality.py.",
            "set": args.set, "codebook_fingerprint": book.fingerprint,
            "refiner_model_sha1": hashlib.sha1((folder / "refiner" / "model.json").read_bytes()).hexdigest(),
            "themes": themes}
    (folder / "theme_quality.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {folder / 'theme_quality.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
