"""``textnps classify``: tag each comment with a codebook's themes and their polarity."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from textnps._errors import InputError, close_match_hint
from textnps.cli._app import RAW_CSV_HELP, command, say

if TYPE_CHECKING:  # pandas loads only when a command runs: `textnps --help` and `textnps preprocess` stay fast
    import pandas as pd


def read_comments(path: Path, text_col: str, id_col: str | None = None, *,
                  labels_col: str | None = None) -> pd.DataFrame:
    """Read an export with :func:`textnps.io.read_table` and check the named columns."""
    from textnps.io import read_table

    frame, _ = read_table(path)
    for option, col in (("--text-col", text_col), ("--id-col", id_col), ("--labels-col", labels_col)):
        if col is not None and col not in frame.columns:
            raise InputError(f"{option} {col!r} is not a column of {path.name!r}; columns are "
                             f"{[str(c) for c in frame.columns]}." + close_match_hint(col, map(str, frame.columns)))
    repeated = frame[id_col].duplicated() if id_col is not None else None
    if repeated is not None and repeated.any():
        raise InputError(f"--id-col {id_col!r} has {int(repeated.sum())} repeated value(s); ids must be unique.")
    return frame


def preprocess(frame: pd.DataFrame, text_col: str, progress: bool) -> pd.DataFrame:
    from textnps.preprocess.langid import prefetch_detectors

    prefetch_detectors()  # lingua loads its models while the preprocessing is imported
    from textnps.preprocess import Preprocessor

    return Preprocessor(text_col=text_col, progress=progress).fit_transform(frame)


REFINER_HELP = ("The layer learned from coded comments that refines the seeds' decisions: 'auto' (the one shipped "
                "with the codebook, if any; nordic-cx has one for Danish and Swedish), 'none' (seeds and the "
                "survey's own model only), or a refiner folder. Where a survey is far from the refiner's training "
                "surveys (few of its frequent words known to it) the refiner is shrunk toward the seeds, and said so.")


MODEL_HELP = "Shipped codebook name, a codebook YAML file or folder, or a model folder written by `textnps train`."


def refiner_option(value: str):
    """``--refiner``: "auto", "none", "learn", "learn-new" (``textnps train``) or a folder -> the ThemeClassifier
    parameter."""
    return None if value.lower() == "none" else value if value in ("auto", "learn", "learn-new") else Path(value)


def describe_refiner(model) -> str:
    from textnps.report.model_used import describe_refiner as describe

    return describe(model)


def fitted_model(codebook: str, refiner: str, pre: pd.DataFrame, *, progress: bool, labels_col: str | None = None):
    """The trained model in the folder *codebook* (``textnps train``), else a classifier fitted on *pre*
    (learning from the codes of *labels_col*, if given); says which."""
    from textnps.report.model_used import describe_model, domain_notes
    from textnps.themes.codebook.classify import ThemeClassifier
    from textnps.themes.persist import MODEL_FILE

    if (Path(codebook) / MODEL_FILE).is_file():
        model = ThemeClassifier.load(codebook, progress=progress)
        say(f"Using the {describe_model(model, folder=Path(codebook))}.")
        return model
    model = ThemeClassifier(codebook=codebook, refiner=refiner_option(refiner), labels_col=labels_col,
                            progress=progress).fit(pre)
    say(f"Themes: {describe_model(model)}.")
    for line in domain_notes(model):
        say(line)
    return model


def write_table(frame: pd.DataFrame, out: Path, *, raw_csv: bool = False) -> None:
    """*frame* to .parquet, or to formula-safe CSV (unless *raw_csv*)."""
    from textnps.csvsafe import write_csv

    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() in (".parquet", ".pq"):
        frame.to_parquet(out, index=False)
    else:
        write_csv(frame, out, raw=raw_csv)


@command("classify")
def classify_(
    input: Annotated[Path, typer.Argument(help="Survey export: CSV, Excel, Parquet or JSON lines.")],
    text_col: Annotated[str, typer.Option(help="Column of comments.")] = ...,
    out: Annotated[Path, typer.Option(help="Output .csv (or .parquet): every input column (the comment column redacted) + themes + subthemes + p_<id>.")] = ...,
    id_col: Annotated[Optional[str], typer.Option(help="Response id column (checked to exist and be unique).")] = None,
    codebook: Annotated[str, typer.Option(help=MODEL_HELP)] = "nordic-cx",
    refiner: Annotated[str, typer.Option(help=REFINER_HELP)] = "auto",
    progress: Annotated[bool, typer.Option(help="Progress bars on stderr.")] = True,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
    chunksize: Annotated[Optional[int], typer.Option(help=(
        "Rows per chunk: a CSV or Parquet file is streamed with bounded memory on --n-jobs processes "
        "(default: files over 100 MB, 50,000 rows a chunk; 0 reads the file whole)."))] = None,
    n_jobs: Annotated[int, typer.Option(help="Processes for a streamed file (-1: all cores).")] = 1,
) -> None:
    """Add `themes` ("price:pos;staff_service:neg") and one probability column per theme."""
    from textnps.report.streaming import DEFAULT_CHUNKSIZE, streams

    if streams(input, "auto" if chunksize is None else chunksize):
        from textnps.report.model_used import describe_model
        from textnps.themes.classify_file import classify_file
        from textnps.themes.codebook.classify import ThemeClassifier
        from textnps.themes.persist import MODEL_FILE

        model = None
        if (Path(codebook) / MODEL_FILE).is_file():
            model = ThemeClassifier.load(codebook, progress=progress)
            say(f"Using the {describe_model(model, folder=Path(codebook))}.")
        model, n, n_tagged = classify_file(
            input, out, text_col=text_col, id_col=id_col, model=model, codebook=codebook,
            refiner=refiner_option(refiner), chunk_size=chunksize or DEFAULT_CHUNKSIZE,
            n_jobs=(os.cpu_count() or 1) if n_jobs == -1 else n_jobs, progress=progress, raw_csv=raw_csv)
        say(f"{n_tagged} of {n} comments carry at least one theme; wrote {out}")
        return
    frame = read_comments(input, text_col, id_col)
    pre = preprocess(frame, text_col, progress)
    model = fitted_model(codebook, refiner, pre, progress=progress)
    from textnps.themes.classify_file import tagged_output

    result, n_tagged = tagged_output(frame, pre, model, text_col)  # the comment redacted, never the raw text
    write_table(result, out, raw_csv=raw_csv)
    say(f"{n_tagged} of {len(result)} comments carry at least one theme; wrote {out}")
