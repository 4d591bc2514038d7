"""``textnps nps``: the NPS table of a survey export."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from textnps._errors import check_choice
from textnps._errors import InputError
from textnps.cli._app import RAW_CSV_HELP, command, read_input, say

BY_CHOICES = ("segment", "week", "month", "quarter", "year")


@command("nps")
def nps_(
    input: Annotated[Path, typer.Argument(help="Survey export: CSV, Excel, Parquet or JSON lines.")],
    score_col: Annotated[Optional[str], typer.Option(help="Score column (found by name when not given).")] = None,
    text_col: Annotated[Optional[str], typer.Option(help="Comment column (found by name when not given).")] = None,
    date_col: Annotated[Optional[str], typer.Option(help="Date column, for --by week/month/quarter.")] = None,
    segment_col: Annotated[Optional[str], typer.Option(help="Segment column, for --by segment.")] = None,
    by: Annotated[Optional[list[str]], typer.Option(help="Group by segment and/or a period: segment, week, month, quarter, year. Repeatable.")] = None,
    method: Annotated[str, typer.Option(help="Interval: auto (adjusted-Wald for small groups and extreme shares, "
                                             "Wald elsewhere), wald or adjusted_wald.")] = "auto",
    errors: Annotated[str, typer.Option(help="Bad scores: raise (stop) or coerce (drop and report).")] = "raise",
    out: Annotated[Optional[Path], typer.Option(help="Also write the table as CSV here.")] = None,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
) -> None:
    """Print the NPS table: n, % detractors, % passives, % promoters, NPS, margin of error."""
    from textnps.csvsafe import write_csv
    from textnps.stats import nps_summary

    by = list(by or [])
    for b in by:
        check_choice("--by", b, BY_CHOICES)
    survey = read_input(input, score_col=score_col, text_col=text_col, date_col=date_col, segment_col=segment_col,
                        errors=errors)
    periods = [b for b in by if b != "segment"]
    if len(periods) > 1:
        raise InputError(f"--by takes at most one period; got {periods}.")
    if "segment" in by and "segment" not in survey.columns:
        raise InputError(f"--by segment needs a segment column; none found in {input.name!r}. Name it with --segment-col.")
    if periods and "date" not in survey.columns:
        raise InputError(f"--by {periods[0]} needs a date column; none found in {input.name!r}. Name it with --date-col.")
    table = nps_summary(
        survey, segment_col="segment" if "segment" in by else None, period=periods[0] if periods else None,
        method=method, total=bool(by),
    )
    shown = table.drop(columns=[c for c in ("period_start", "se", "ci_low", "ci_high") if c in table.columns])
    shown = shown.drop(columns=["n_detractors", "n_passives", "n_promoters"])
    typer.echo(shown.to_string(index=False, float_format=lambda v: f"{v:.1f}"))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_csv(table, out, raw=raw_csv)
        say(f"Wrote {out}")
