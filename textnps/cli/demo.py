"""``textnps demo``: the main job on the bundled synthetic sample survey."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from textnps.cli._app import RAW_CSV_HELP, command, say
from textnps.cli.analyze import run_analysis


@command("demo")
def demo(
    out: Annotated[Path, typer.Option(help="Folder to write the demo report to.")] = Path("textnps-demo"),
    lang: Annotated[str, typer.Option(help="Report language: sv, da, no or en.")] = "en",
    progress: Annotated[bool, typer.Option(help="Show progress bars on stderr.")] = True,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
) -> None:
    """Analyse the bundled synthetic survey (3,000 answers, sv/da/no) and write its report."""
    from textnps.datasets import COLUMNS, sample_survey_path

    say(f"Analysing the bundled synthetic sample survey ({sample_survey_path().name}) ...")
    run_analysis(sample_survey_path(), out=out, progress=progress, raw_csv=raw_csv, lang=lang, **COLUMNS)
