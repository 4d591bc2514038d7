"""Train the refiner shipped with the default codebook, from the coded training set.

Reads the comments listed in ``benchmarks/trainset/labels.csv`` and
``benchmarks/trainset/labels_domains.csv`` (codes from every source file, Norwegian
NoReC train sentences among them) from
``../shared/data`` (verifying each text's SHA-1), preprocesses them, and for
each of ``--draws`` unlabelled fitting samples (4,000 comments of the same
files, never a row of the dev or held-out sets; other seeds than the
benchmark's) fits the zero-shot ``ThemeClassifier(refiner=None)`` and records
its seed matches and probabilities on the training comments. The
:class:`~textnps.themes.codebook.refiner.ThemeRefiner` learns from all draws at once
(each comment once per draw, kept in one cross-validation fold), so it does not
depend on one fitting sample; then it learns each coded theme's polarity from
the comment's words and what its clauses say. It is written to
``models/<codebook>/refiner/``, the one copy (the wheel carries it as ``textnps/models/``).

None of the dev, held-out, devset_no or testset rows is a training row (checked). The refiner
holds weights over common words only (see :mod:`textnps.themes.codebook.refiner`),
never a comment's text, and no word the coded comments write as a name
(:func:`textnps.themes.codebook.words.proper_nouns`). Run from the repository root::

    python benchmarks/train_refiner.py
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
import bench_classify as bench  # noqa: E402

TRAINSET = HERE / "trainset" / "labels.csv"
#: codes from every source file (shop file's small companies, Swedish industries, NoReC train split)
DOMAINS = HERE / "trainset" / "labels_domains.csv"
#: every evaluation set: none of their rows may be a training row
EVALUATION_SETS = (bench.LABELS, bench.HELDOUT, HERE / "devset_no" / "labels.csv", HERE / "testset" / "labels.csv")
#: seeds of the unlabelled fitting samples: not the benchmark's (bench_classify.SEED + 0, 1, 2)
FIT_SEED = bench.SEED + 100
#: seed of the unlabelled survey that measures the domain check's reference coverage
REFERENCE_SEED = FIT_SEED + 50
#: ... and its size per source file (the size of the surveys bench_domain.py calibrates the check on)
REFERENCE_PER_FILE = 2000
#: the shipped refiner's settings (chosen by 5-fold CV on the training codes: benchmarks/RESULTS.md, issue 13 step 2)
REFINER_SETTINGS: dict = {"char_ngram_range": (3, 5), "char_min_df": 20, "solver": "liblinear"}


def check_disjoint(train: pd.DataFrame, *others: Path) -> None:
    """Raise when a training row is also a row of an evaluation set."""
    keys = set(zip(train["file"], train["row"]))
    for path in others:
        if path.exists():
            evaluation = bench.read_labels(path)
            shared = keys & set(zip(evaluation["file"], evaluation["row"]))
            if shared:
                raise SystemExit(f"{len(shared)} training rows are also rows of {path}: e.g. {sorted(shared)[:3]}")


def fitting_sample(args, draw: int) -> pd.DataFrame:
    """The *draw*-th unlabelled fitting sample, preprocessed: ``--n-fit`` comments of the source files, no dev or
    held-out row."""
    sample = bench.unlabelled_sample(args.data_dir, bench.coded_rows(), args.n_fit, seed=FIT_SEED + draw)
    return bench._preprocess(sample[["text"]], progress=False)


def domain_reference(refiner, args) -> dict:
    """The domain check's yardstick: per language, the refiner's coverage of an unlabelled survey of its source files
    (``REFERENCE_PER_FILE`` comments of each, none of them a coded row of any set, its own seed), as the domain check
    measures a survey: :func:`textnps.themes.codebook.refiner_domain.reference_coverage`."""
    from textnps.themes.codebook.refiner_domain import reference_coverage

    coded = pd.concat([bench.read_labels(p)[["file", "row"]] for p in (*args.labels, *EVALUATION_SETS) if p.exists()],
                      ignore_index=True)
    parts = [bench.unlabelled_sample(args.data_dir, coded[coded["file"] == name], REFERENCE_PER_FILE,
                                     seed=REFERENCE_SEED) for name in sorted(coded["file"].unique())]
    survey = pd.concat(parts, ignore_index=True)
    return reference_coverage(refiner, bench._preprocess(survey[["text"]], progress=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, nargs="+", default=[TRAINSET, DOMAINS],
                        help="coded training sets (default: trainset/labels.csv and trainset/labels_domains.csv)")
    parser.add_argument("--languages", nargs="+", default=["da", "nb", "nn", "sv"],
                        help="languages the shipped refiner applies to (default da nb nn sv; its Norwegian codes are "
                             "NoReC critics' sentences, the only Norwegian text there is: benchmarks/RESULTS.md)")
    parser.add_argument("--no-chars", action="store_true",
                        help="ablation: without the character n-grams (the settings' other parts kept)")
    parser.add_argument("--codebook", default="nordic-cx")
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument("--n-fit", type=int, default=4000)
    parser.add_argument("--data-dir", type=Path, default=bench.DATA_DIR)
    parser.add_argument("--out", type=Path, default=None,
                        help="folder to write (default: the shipped codebook's models/<codebook>/refiner/)")
    parser.add_argument("--reference-only", action="store_true",
                        help="only (re)measure the domain check's reference coverage of the refiner in --out (or the "
                             "shipped one) on an unlabelled survey of its source files, and save it; the weights are "
                             "not retrained")
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"skipped: real comments not available ({args.data_dir} is absent)")
        return 0

    from textnps.themes.codebook.classify import ThemeClassifier
    from textnps.themes.codebook.format import codebook_folder, load_codebook
    from textnps.themes.codebook.refiner import ThemeRefiner, refiner_frame
    from textnps.themes.codebook.refining import REFINER_FOLDER
    from textnps.themes.codebook.seed_clauses import seed_clause_texts
    from textnps.themes.codebook.words import proper_nouns
    from textnps.preprocess.vocabulary import private_terms
    from textnps.themes.codebook.coding import label_matrix, parse_themes

    start = time.perf_counter()
    codebook = load_codebook(args.codebook)
    target = args.out or codebook_folder(codebook) / REFINER_FOLDER
    if args.reference_only:
        refiner = ThemeRefiner.load(target)
        refiner.domain_reference_ = domain_reference(refiner, args)
        refiner.save(target)
        print(f"wrote {target}: reference coverage {refiner.domain_reference_}", file=sys.stderr)
        return 0
    labels = pd.concat([bench.read_labels(p) for p in args.labels], ignore_index=True)
    if labels.duplicated(["file", "row"]).any():
        raise SystemExit(f"{int(labels.duplicated(['file', 'row']).sum())} rows are coded twice in {args.labels}")
    check_disjoint(labels, *EVALUATION_SETS)
    train = bench.load_devset(args.data_dir, labels)
    pre = bench._preprocess(train[["text"]], progress=False)
    ids = codebook.ids
    Y = label_matrix(train["themes"], ids)[0].astype(int)
    lemmas = pre["lemmas"].fillna("").astype(str).tolist()
    seeds, proba = [], []
    for draw in range(args.draws):
        sample = fitting_sample(args, draw)
        clf = ThemeClassifier(codebook=codebook, refiner=None, progress=False)
        clf.fit(sample)
        draw_seeds, hits, draw_proba = clf.zero_shot(pre)
        seeds.append(draw_seeds)
        proba.append(draw_proba)
        print(f"draw {draw + 1}/{args.draws}: zero-shot fitted on {len(sample)} comments", file=sys.stderr)
    n = len(train)
    # the clauses holding each theme's seeds: the seeds are the codebook's, the same in every draw
    clauses = seed_clause_texts(pre["text_clean"].fillna("").astype(str).tolist(), pre["lang"].astype(str).tolist(),
                                hits, len(ids))
    frame = refiner_frame(lemmas * args.draws, np.vstack(seeds), np.vstack(proba), ids,
                          langs=pre["lang"].astype(str).tolist() * args.draws,
                          clauses=[c * args.draws for c in clauses])
    settings = {k: v for k, v in REFINER_SETTINGS.items() if not (args.no_chars and k == "char_ngram_range")}
    refiner = ThemeRefiner(**settings).fit(frame, np.vstack([Y] * args.draws),
                                 groups=np.tile(np.arange(n), args.draws), codebook=codebook,
                                 exclude=proper_nouns(pre["text_clean"].astype(str))
                                 | private_terms([], pre["text_clean"].astype(str)))
    # every code trains the weights; the refiner applies to the languages asked for (Nynorsk through Bokmål's words)
    refiner.languages_ = sorted(set(args.languages))
    # polarity: every coded (comment, theme) pair, with what the clauses say of it
    clf.teach_polarity(refiner, pre, train["themes"], hits)
    n_pairs = sum(len(parse_themes(v) or {}) for v in train["themes"])
    refiner.domain_reference_ = domain_reference(refiner, args)
    if target.exists():
        shutil.rmtree(target)
    refiner.save(target)
    print(f"wrote {target}", file=sys.stderr)
    print(f"refiner for codebook {codebook.name} {codebook.version}: {n} coded comments, {len(refiner.terms_)} terms, "
          f"{refiner.n_char_grams_} character n-grams, {refiner.n_clause_terms_} clause words, thresholds "
          f"{dict(zip(ids, np.round(refiner.thresholds_, 3).tolist()))} (chosen by {refiner.cv}-fold cross-validation), "
          f"best CV micro F1 {max(refiner.cv_scores_.values()):.4f}, "
          f"polarity from {n_pairs} coded themes, languages {refiner.languages_}, "
          f"reference coverage {refiner.domain_reference_}, "
          f"{time.perf_counter() - start:.0f} s")
    print("coded comments per theme: " + ", ".join(f"{t} {int(c)}" for t, c in zip(ids, refiner.n_positive_)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
