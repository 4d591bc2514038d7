"""Leave-one-file-out refiners for the issue 13 benchmarks (``bench_domain.py``, ``bench_learning_curve.py``).

For each source file F of ``../shared/data``:

* **its survey**: an unlabelled sample of F (``--n-survey`` comments, none of them a coded row of any
  set), on which a zero-shot ``ThemeClassifier(refiner=None)`` is fitted: what a new survey of F's
  kind gets before any refiner;
* **its training codes** (``trainset/labels.csv`` + ``labels_domains.csv`` rows of F) and **its
  evaluation rows** (dev + held-out rows of F; for the NoReC file ``devset_no``);
* **a shipped-style refiner trained WITHOUT F's training codes** (the codes of the other files,
  each with the zero-shot signals of its own file's survey; one draw), applying to F's language too,
  so it can be measured where it was never trained; its domain reference is measured on the other
  files' surveys (so a language with no file left has none).

Everything is cached under ``benchmarks/out/lofo/`` (refiners as the usual JSON + npz folders,
preprocessed frames as Parquet); no comment text is written anywhere else. Never reads testset/.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
import bench_classify as bench  # noqa: E402

TRAIN_SETS = (HERE / "trainset" / "labels.csv", HERE / "trainset" / "labels_domains.csv")
EVAL_SETS = (bench.LABELS, bench.HELDOUT, HERE / "devset_no" / "labels.csv")
FILES = ("da_trustpilot_insurance.csv", "da_trustpilot_shops.csv", "sv_reviews_sentiment.csv",
         "sv_reviews_swerec.csv", "no_norec_sentences.csv")
CACHE = HERE / "out" / "lofo"
SURVEY_SEED = bench.SEED + 200  # not the benchmark's nor train_refiner's fitting seeds


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _labels(paths) -> pd.DataFrame:
    return pd.concat([bench.read_labels(p) for p in paths if p.exists()], ignore_index=True)


def _cached_pre(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    path = CACHE / f"{name}.parquet"
    if path.exists():
        return pd.read_parquet(path)
    pre = bench._preprocess(frame[["text"]], progress=False)
    CACHE.mkdir(parents=True, exist_ok=True)
    pre.to_parquet(path)
    return pre


class FileData:
    """The survey, zero-shot classifier, training codes and evaluation rows of one source file."""

    def __init__(self, name: str, *, n_survey: int, data_dir: Path = bench.DATA_DIR):
        from textnps.themes.codebook.classify import ThemeClassifier

        self.name = name
        every = pd.concat([_labels(TRAIN_SETS), _labels(EVAL_SETS)], ignore_index=True)[["file", "row"]]
        mine = every[every["file"] == name]
        survey = bench.unlabelled_sample(data_dir, mine.drop_duplicates(), n_survey, seed=SURVEY_SEED)
        self.survey = _cached_pre(f"{name}.survey{n_survey}", survey)
        self.classifier = ThemeClassifier(refiner=None, progress=False).fit(self.survey)
        train = _labels(TRAIN_SETS)
        self.train = bench.load_devset(data_dir, train[train["file"] == name].reset_index(drop=True))
        self.train_pre = _cached_pre(f"{name}.train", self.train)
        evaluation = _labels(EVAL_SETS)
        self.eval = bench.load_devset(data_dir, evaluation[evaluation["file"] == name].reset_index(drop=True))
        self.eval_pre = _cached_pre(f"{name}.eval", self.eval)
        self.lang = self.survey["lang"].astype(str).value_counts().index[0]

    def signals(self, pre: pd.DataFrame):
        """``(seeds, proba)`` of the zero-shot classifier of this file's survey on *pre*."""
        seeds, _, proba = self.classifier.zero_shot(pre)
        return seeds, proba

    def refiner_frame(self, rows=None):
        """The refiner frame of the training codes (*rows* of them), with the seed clauses, as train_refiner.py's."""
        from textnps.themes.codebook.refiner import refiner_frame
        from textnps.themes.codebook.seed_clauses import seed_clause_texts

        pre = self.train_pre if rows is None else self.train_pre.iloc[rows]
        seeds, hits, proba = self.classifier.zero_shot(pre)
        langs = pre["lang"].astype(str).tolist()
        clauses = seed_clause_texts(pre["text_clean"].fillna("").astype(str).tolist(), langs, hits, seeds.shape[1])
        return refiner_frame(pre["lemmas"].fillna("").astype(str).tolist(), seeds, proba, self.classifier.theme_ids_,
                             langs=langs, clauses=clauses)

    def codes(self, rows=None) -> np.ndarray:
        from textnps.themes.codebook.coding import label_matrix

        themes = self.train["themes"] if rows is None else self.train["themes"].iloc[rows]
        return label_matrix(themes.reset_index(drop=True), self.classifier.theme_ids_)[0].astype(int)

    def score(self, refiner, pre: pd.DataFrame, truth: pd.Series, *, weights=None, domain_check=True) -> dict:
        """Scores on *pre* (coded *truth*) of this file's classifier with *refiner* (None: zero-shot).

        *weights* fixes the refiner's weight per language; else the domain check measures it on the
        survey (``domain_check``) or the refiner decides fully.
        """
        from textnps.themes.codebook import refiner_domain

        clf = self.classifier
        clf.refiner_ = refiner
        if weights is not None:
            clf.refiner_weight_ = weights
        elif domain_check and refiner is not None:
            clf.refiner_weight_, clf.refiner_coverage_ = refiner_domain.domain_weights(refiner, self.survey)
        else:
            clf.refiner_weight_ = {}
        predicted = clf.transform(pre)["themes"].fillna("")
        result = bench.evaluate(truth.reset_index(drop=True), predicted.reset_index(drop=True))
        clf.refiner_, clf.refiner_weight_ = None, {}
        return {k: result[k] for k in ("n", "micro_f1", "macro_f1", "polarity_accuracy")}


def load_files(n_survey: int, files=FILES) -> dict[str, FileData]:
    out = {}
    for name in files:
        log(f"file {name}: survey of {n_survey}, zero-shot fit")
        out[name] = FileData(name, n_survey=n_survey)
    return out


def lofo_refiner(files: dict[str, FileData], left_out, *, tag: str = "lofo"):
    """A shipped-style refiner trained on the training codes of every file but *left_out* (a name or a tuple
    of names; cached).

    It applies to every language it learned from and to the left-out files', so it can be measured there.
    """
    left_out = (left_out,) if isinstance(left_out, str) else tuple(left_out)
    from textnps.themes.codebook.format import load_codebook
    from textnps.themes.codebook.refiner import ThemeRefiner

    folder = CACHE / f"{tag}-v3-{'+'.join(left_out)}"  # v3: format 2, shipped settings, with a domain reference
    if (folder / "model.json").is_file():
        return ThemeRefiner.load(folder)
    others = [f for n, f in files.items() if n not in left_out]
    frame = pd.concat([f.refiner_frame() for f in others], ignore_index=True)
    Y = np.vstack([f.codes() for f in others])
    log(f"refiner without {left_out}: {len(frame)} codes")
    start = time.perf_counter()
    from train_refiner import REFINER_SETTINGS

    refiner = ThemeRefiner(**REFINER_SETTINGS).fit(frame, Y, codebook=load_codebook("nordic-cx"))
    refiner.languages_ = sorted(set(refiner.languages_) | {files[n].lang for n in left_out})
    # the domain check's yardstick, as train_refiner.py measures it: the surveys of the files it was trained on
    from textnps.themes.codebook.refiner_domain import reference_coverage

    refiner.domain_reference_ = reference_coverage(refiner, pd.concat([f.survey for f in others], ignore_index=True))
    refiner.save(folder)
    log(f"  fitted in {time.perf_counter() - start:.0f} s (threshold {refiner.threshold_})")
    return refiner
