"""``textnps preprocess``: normalise, redact, identify the language and lemmatise comments."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from textnps.cli._app import RAW_CSV_HELP, command, say


@command("preprocess")
def preprocess_(
    input: Annotated[Path, typer.Argument(help="Survey export: CSV, Excel, Parquet or JSON lines.")],
    text_col: Annotated[str, typer.Option(help="Column of comments.")] = "text",
    out: Annotated[Path, typer.Option(help="Output file: .csv or .parquet (every input column, the comment column redacted unless --no-redact, + the added ones).")] = ...,
    id_col: Annotated[Optional[str], typer.Option(help="Response id column (checked to exist and be unique).")] = None,
    redact: Annotated[bool, typer.Option(help="Replace personal data by [NAME], [ADDRESS], [PLATE], [EMAIL], [PHONE], [ID], ... placeholders.")] = True,
    language: Annotated[Optional[str], typer.Option(help="Force one language (sv, da, nb, nn, en) instead of detecting it.")] = None,
    max_chars: Annotated[int, typer.Option(help="Truncate longer comments (flagged in 'truncated').")] = 5000,
    n_jobs: Annotated[int, typer.Option(help="Processes (-1: all cores).")] = 1,
    chunk_size: Annotated[int, typer.Option(help="Rows per chunk (bounds memory on big files).")] = 20_000,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
) -> None:
    """Add lang, lang_score, text_clean, lemmas, informative, truncated, n_redacted; print the summary."""
    if language is None:
        from textnps.preprocess.langid import prefetch_detectors

        prefetch_detectors()  # lingua loads its models while the rest is imported and read
    from textnps.preprocess.stream import preprocess_file

    summary = preprocess_file(
        input, out, text_col=text_col, id_col=id_col, chunk_size=chunk_size, raw_csv=raw_csv,
        redact=redact, language=language, max_chars=max_chars, n_jobs=n_jobs, progress=progress,
    )
    shown = summary[(summary["n"] > 0) | (summary["kind"] == "rows")]
    typer.echo(shown.to_string(index=False))
    say(f"Wrote {out}")
