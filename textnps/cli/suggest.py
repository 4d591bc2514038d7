"""``textnps suggest``: which comments to code next, as a sheet to fill in.

Fits the classifier on the survey (learning from the comments already coded in ``--labels-col``,
which are skipped), or loads a model folder written by ``textnps train``, and writes the *n*
comments whose themes it is least sure of
(:meth:`~textnps.themes.codebook.classify.ThemeClassifier.suggest_to_code`), most uncertain
first: ``row`` (the comment's data row in the input, 1 = the first under the header), the id
column if given, the comment with personal data redacted, ``uncertainty`` (1 = on the threshold),
``uncertain_theme``, and an empty ``themes`` column to fill in with codes (``price:neg;delivery``;
``-`` or ``none`` for "coded, no theme"). The CSV is formula-safe unless ``--raw-csv``.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from textnps.cli._app import RAW_CSV_HELP, command, say
from textnps.cli.classify import MODEL_HELP, REFINER_HELP, fitted_model, preprocess, read_comments, write_table

if TYPE_CHECKING:
    import pandas as pd


def coding_sheet(picks: pd.DataFrame, *, text_col: str, id_col: str | None) -> pd.DataFrame:
    """The suggested rows (``suggest_to_code`` output, on the input's 0-based row index) as the sheet to code."""
    import pandas as pd

    sheet = pd.DataFrame({"row": [int(i) + 1 for i in picks.index]})
    if id_col is not None:
        sheet[id_col] = picks[id_col].to_numpy()
    sheet[text_col] = picks["text_clean"].to_numpy()  # redacted, never the raw text
    sheet["uncertainty"] = picks["uncertainty"].to_numpy()
    sheet["uncertain_theme"] = picks["uncertain_theme"].to_numpy()
    sheet["themes"] = ""
    return sheet


@command("suggest")
def suggest_(
    input: Annotated[Path, typer.Argument(help="Survey export: CSV, Excel, Parquet or JSON lines.")],
    text_col: Annotated[str, typer.Option(help="Column of comments.")] = ...,
    out: Annotated[Path, typer.Option(help="Sheet to write (.csv or .parquet): the comments to code next.")] = ...,
    n: Annotated[int, typer.Option("--n", min=1, help="How many comments to suggest.")] = 20,
    labels_col: Annotated[Optional[str], typer.Option(
        help='Column of the codes made so far ("-" or "none" = coded, no theme; empty = not coded): the coded '
             "comments train the model and are not suggested again.")] = None,
    id_col: Annotated[Optional[str], typer.Option(help="Response id column, copied to the sheet.")] = None,
    codebook: Annotated[str, typer.Option(help=MODEL_HELP)] = "nordic-cx",
    refiner: Annotated[str, typer.Option(help=REFINER_HELP)] = "auto",
    progress: Annotated[bool, typer.Option(help="Progress bars on stderr.")] = True,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
) -> None:
    """Write the comments whose themes the classifier is least sure of, with an empty `themes` column to code."""
    frame = read_comments(input, text_col, id_col, labels_col=labels_col).reset_index(drop=True)
    pre = preprocess(frame, text_col, progress)
    model = fitted_model(codebook, refiner, pre, progress=progress, labels_col=labels_col)
    uncoded = pre if labels_col is None else pre[pre[labels_col].isna()]
    picks = model.suggest_to_code(uncoded, n=n)
    write_table(coding_sheet(picks, text_col=text_col, id_col=id_col), out, raw_csv=raw_csv)
    skipped = f"; {len(pre) - len(uncoded)} already coded were skipped" if labels_col is not None else ""
    say(f"Wrote the {len(picks)} of {len(uncoded)} uncoded comments the classifier is least sure of to {out}"
        f"{skipped}. Fill in their 'themes' column and train on them (`textnps train`).")
