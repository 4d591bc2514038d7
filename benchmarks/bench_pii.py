"""Benchmark of the personal-data redaction: precision and recall per kind, and its throughput cost.

1. Precision and recall of ``[NAME]``, ``[ADDRESS]``, ``[PLATE]`` and ``[EMAIL]`` on
   ``benchmarks/pii/testset.csv`` (synthetic sentences made by ``benchmarks/pii/make_testset.py``,
   never real comments), per kind and per language. A redacted span counts as found when it
   overlaps a planted item of the same kind.
2. Steady-state preprocessing throughput (the whole ``Preprocessor``, comments/s, median of 3 warm
   runs after a cold one) on the real Danish insurance reviews of ../shared/data
   (da_trustpilot_insurance.csv), with ``redact=True`` and ``redact=False``; and the
   redaction alone (``redact_pii``, comments/s) on the same comments.
3. ``--scan N``: prints, for a human to read (never written to a file), how many of N real comments
   get each new kind, and with ``--show`` the redacted comments, to look for false positives.

Usage:  python benchmarks/bench_pii.py [--write] [--scan N [--show]]
        (--write replaces this benchmark's section of benchmarks/RESULTS.md)
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import write_section  # noqa: E402

TESTSET = Path(__file__).resolve().parent / "pii" / "testset.csv"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")
REAL = "da_trustpilot_insurance.csv"
KINDS = ("name", "address", "plate", "email")
START, END = "<!-- bench_pii:start -->", "<!-- bench_pii:end -->"


def redacted_spans(text: str, redacted: str) -> list[tuple[int, int, str]]:
    """The spans of *text* that *redacted* replaced by placeholders, with their kinds.

    The redacted text is the original with some stretches replaced: the literal pieces between
    placeholders are found again in order, and the gaps between them are the redacted spans.
    """
    from textnps.preprocess.pii import PLACEHOLDER_RE, PLACEHOLDERS

    kind_of = {v: k for k, v in PLACEHOLDERS.items()}
    pieces = PLACEHOLDER_RE.split(redacted)
    kinds = [kind_of[m.group(0)] for m in PLACEHOLDER_RE.finditer(redacted)]
    spans, pos = [], len(pieces[0])
    for kind, piece in zip(kinds, pieces[1:]):
        nxt = text.find(piece, pos) if piece else len(text)
        if nxt < 0:
            nxt = len(text)
        spans.append((pos, nxt, kind))
        pos = nxt + len(piece)
    return spans


def evaluate() -> tuple[dict, dict, list]:
    """Counts (gold, predicted, true positives) per kind and per (language, kind), and the errors."""
    from textnps.preprocess.pii import redact_pii

    by_kind: dict = {k: Counter() for k in KINDS}
    by_lang: dict = {}
    errors = []
    with TESTSET.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        text, gold = row["text"], [tuple(s) for s in json.loads(row["spans"])]
        redacted, _ = redact_pii(text)
        pred = [s for s in redacted_spans(text, redacted) if s[2] in KINDS]
        for kind in KINDS:
            g = [s for s in gold if s[2] == kind]
            p = [s for s in pred if s[2] == kind]
            hit_g = sum(any(a < e and s < b for s, e, _ in p) for a, b, _ in g)
            hit_p = sum(any(a < e and s < b for s, e, _ in g) for a, b, _ in p)
            for counter in (by_kind[kind], by_lang.setdefault((row["lang"], kind), Counter())):
                counter.update(gold=len(g), pred=len(p), tp_gold=hit_g, tp_pred=hit_p)
            if hit_g < len(g) or hit_p < len(p):
                errors.append((row["lang"], kind, text, redacted))
    return by_kind, by_lang, errors


def _pr(c: Counter) -> tuple[float, float]:
    precision = c["tp_pred"] / c["pred"] if c["pred"] else float("nan")
    recall = c["tp_gold"] / c["gold"] if c["gold"] else float("nan")
    return precision, recall


def _real_comments(n: int | None = None) -> list[str]:
    import pandas as pd

    texts = pd.read_csv(DATA / REAL, usecols=["text"])["text"].dropna().astype(str).tolist()
    return texts[:n] if n else texts


def throughput() -> dict:
    """Comments/s of the Preprocessor with and without redaction, and of redact_pii alone (medians of 3)."""
    import pandas as pd

    from textnps.preprocess import Preprocessor
    from textnps.preprocess.normalize import normalize_text
    from textnps.preprocess.pii import redact_pii

    texts = _real_comments()
    df = pd.DataFrame({"text": texts})
    out = {"n": len(texts)}
    for redact in (True, False):
        Preprocessor(progress=False, redact=redact).fit_transform(df)  # cold run: loads every table
        times, cpus = [], []
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            Preprocessor(progress=False, redact=redact).fit_transform(df)
            times.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)  # lingua's threads included; less sensitive to a busy machine
        key = "redact" if redact else "no_redact"
        out[key] = len(texts) / statistics.median(times)
        out[key + "_cpu_us"] = 1e6 * statistics.median(cpus) / len(texts)
    clean = [normalize_text(t) for t in texts]
    times = []
    for _ in range(3):
        t = time.process_time()
        for s in clean:
            redact_pii(s)
        times.append(time.process_time() - t)
    out["redact_pii"] = len(texts) / statistics.median(times)
    return out


def scan(n: int, show: bool) -> None:
    """Print how often each kind fires on real comments (and, with *show*, the comments): read, never stored."""
    from textnps.preprocess.normalize import normalize_text
    from textnps.preprocess.pii import redact_pii

    counts: Counter = Counter()
    for text in _real_comments(n):
        redacted, found = redact_pii(normalize_text(text))
        counts.update({k: v for k, v in found.items() if k in KINDS})
        if show and any(k in KINDS for k in found):
            print(redacted)
    print(f"{n} real comments: {dict(counts)}")


def render(by_kind: dict, by_lang: dict, speed: dict | None, before: dict | None = None) -> str:
    lines = [START, "## Personal-data redaction (`benchmarks/bench_pii.py`)", "",
             f"Test set: `benchmarks/pii/testset.csv` ({sum(c['gold'] for c in by_kind.values())} planted items in "
             "synthetic sv/da/nb/nn comments, a quarter of them lower-cased, plus hard negatives: `bo`, `hans`, `per`, "
             "`kim`, places, prices, order numbers, acronyms; made by `benchmarks/pii/make_testset.py`, seed 11). "
             "A redacted span counts when it overlaps a planted item of its kind.", "",
             "| kind | planted | redacted | precision | recall |", "| --- | ---: | ---: | ---: | ---: |"]
    for kind in KINDS:
        p, r = _pr(by_kind[kind])
        lines.append(f"| {kind} | {by_kind[kind]['gold']} | {by_kind[kind]['pred']} | {p:.3f} | {r:.3f} |")
    lines += ["", "Per language (precision / recall):", "", "| lang | " + " | ".join(KINDS) + " |",
              "| --- |" + " ---: |" * len(KINDS)]
    for lang in ("sv", "da", "nb", "nn"):
        cells = []
        for kind in KINDS:
            p, r = _pr(by_lang.get((lang, kind), Counter()))
            cells.append(f"{p:.2f} / {r:.2f}")
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    if speed:
        lines += ["", f"Throughput on {speed['n']:,} real Danish insurance reviews ({REAL}), steady state, median of 3 "
                  "warm runs after a cold one, one process:", "",
                  f"- whole preprocessing, redaction on (default): **{speed['redact']:,.0f} comments/s** "
                  f"({speed['redact_cpu_us']:.0f} µs CPU per comment)",
                  f"- whole preprocessing, `redact=False`: {speed['no_redact']:,.0f} comments/s "
                  f"({speed['no_redact_cpu_us']:.0f} µs CPU per comment)",
                  f"- `redact_pii` alone (on normalised text, CPU time): {speed['redact_pii']:,.0f} comments/s", ""]
        if before:
            lines += [f"Before names, addresses, plates and spelled-out e-mails (commit {before['commit']}, same data, "
                      f"run alternately with the above on the same machine): whole preprocessing {before['redact']:,.0f} "
                      f"comments/s with redaction ({before['redact_cpu_us']:.0f} µs CPU per comment), "
                      f"{before['no_redact']:,.0f} without ({before['no_redact_cpu_us']:.0f} µs); `redact_pii` alone "
                      f"{before['redact_pii']:,.0f} comments/s. The machine was shared (load average "
                      f"{before.get('load', '?')} on 2 cores): every absolute number here is lower than on an idle machine.", ""]
        lines += [
                  f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs, Python "
                  f"{platform.python_version()}. Command: `python benchmarks/bench_pii.py --write`."]
    lines.append(END)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--errors", action="store_true", help="print the test-set sentences with a miss or a false hit")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput runs")
    parser.add_argument("--scan", type=int, help="count the new kinds on N real comments (printed only)")
    parser.add_argument("--show", action="store_true", help="with --scan: print the redacted real comments")
    parser.add_argument("--before", type=Path, help="JSON of throughput() run on older code (PYTHONPATH=<its checkout>), "
                        "with 'commit' and 'load' added, shown next to the numbers")
    parser.add_argument("--speed", type=Path, help="JSON of a throughput() run to report instead of running it")
    args = parser.parse_args()
    if args.scan:
        scan(args.scan, args.show)
        return 0
    by_kind, by_lang, errors = evaluate()
    if args.errors:
        for lang, kind, text, redacted in errors:
            print(f"{lang} {kind:8} {text!r}\n{'':12}{redacted!r}")
    if args.speed:
        speed = json.loads(args.speed.read_text())
    else:
        speed = None if args.no_speed or not (DATA / REAL).exists() else throughput()
    before = json.loads(args.before.read_text()) if args.before else None
    section = render(by_kind, by_lang, speed, before)
    print(section)
    if args.write:
        write_section(section, START, END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
