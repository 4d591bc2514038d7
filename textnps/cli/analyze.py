"""``textnps analyze``: the main job, a survey export in, the report folder out."""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from textnps.cli._app import RAW_CSV_HELP, command, say
from textnps.cli.classify import REFINER_HELP, refiner_option


def run_analysis(source, *, out: Path, progress: bool, raw_csv: bool = False, **options) -> Path:
    """Run :func:`textnps.analyze`, save the report under *out*, say what it found; return report.html."""
    if isinstance(source, (str, Path)):  # read and preprocessed here (not on a Dask cluster)
        from textnps.preprocess.langid import prefetch_detectors

        prefetch_detectors()  # lingua loads its models while the rest is imported and read
    from textnps.report.analyze import analyze

    report = analyze(source, progress=progress, **options)
    for note in report.meta.get("notes", []):
        say(note)
    folder = report.save(out, raw_csv=raw_csv)
    complaints = report.tables["top_complaints"]
    if "segment" in complaints.columns:
        complaints = complaints[complaints["segment"] == "(all)"]
    top = complaints.dropna(subset=["rank"]).sort_values("rank").head(3)
    if len(top):
        say("Top complaints: " + ", ".join(f"{r.theme_id} ({r.pct:.0f} %)" for r in top.itertuples()))
    first = report.tables.get("fix_first")
    if first is not None and len(first):
        first = first[first["segment"] == "(all)"] if "segment" in first.columns else first
        say("Fix first: " + ", ".join(f"{r.theme_id} (-{r.cost_points:.1f} NPS points, {r.pct_of_detractors:.0f} % of "
                                      "detractors)" for r in first.dropna(subset=["rank"]).head(3).itertuples()))
    emerging = report.tables["emerging"]
    if len(emerging):
        say("Emerging: " + ", ".join(sorted(set(emerging["theme_id"]))))
    html = folder / "report.html"
    say(f"Wrote {html}, {folder / 'report.xlsx'}, {folder / 'figures'}/ and {folder / 'tables'}/")
    typer.echo(str(html))
    return html


WHERE_HELP = ("Only responses matching this filter, e.g. \"market == 'SE' and score <= 6\": column names, "
              "'text' and numbers, == != < <= > >=, in (...), and/or/not; nothing is executed.")


def combined_filter(where: str | None, segment: list[str] | None):
    """``--where`` and ``--segment`` as one ``where`` setting of :func:`textnps.analyze` (None: no filter)."""
    from textnps.report.filters import segment_filter

    parts = [part for part in (where, segment_filter(segment)) if part]
    return None if not parts else parts[0] if len(parts) == 1 else parts


CHUNKSIZE_HELP = ("Rows per chunk: a CSV or Parquet file is streamed with bounded memory on --n-jobs processes "
                  "(default: files over 100 MB, 50,000 rows a chunk; 0 reads the file whole).")


@command("analyze")
def analyze_(
    input: Annotated[Path, typer.Argument(help="Survey export: CSV, Excel, Parquet or JSON lines.")],
    out: Annotated[Path, typer.Option(help="Folder to write report.html, report.xlsx, figures/ and tables/ to.")],
    text_col: Annotated[Optional[str], typer.Option(help="Comment column (found by name when not given).")] = None,
    score_col: Annotated[Optional[str], typer.Option(help="Score column (found by name when not given).")] = None,
    date_col: Annotated[Optional[str], typer.Option(help="Date column, for trends.")] = None,
    segment_col: Annotated[Optional[str], typer.Option(help="Segment column (market, channel ...).")] = None,
    id_col: Annotated[Optional[str], typer.Option(help="Response id column.")] = None,
    codebook: Annotated[str, typer.Option(help="Codebook: nordic-cx (shipped) or a YAML file / folder.")] = "nordic-cx",
    refiner: Annotated[str, typer.Option(help=REFINER_HELP)] = "auto",
    period: Annotated[str, typer.Option(help="Trend period: week, month, quarter or year.")] = "month",
    lang: Annotated[str, typer.Option(help="Report language: sv, da, no or en.")] = "en",
    recent: Annotated[int, typer.Option(help="Latest periods compared with the ones before.")] = 1,
    discover: Annotated[bool, typer.Option(help="Cluster comments no codebook theme covers.")] = True,
    errors: Annotated[str, typer.Option(help="Bad scores: raise (stop) or coerce (drop and report).")] = "raise",
    n_jobs: Annotated[int, typer.Option(help="Processes for preprocessing (streamed: and classifying; -1: all cores).")] = 1,
    progress: Annotated[bool, typer.Option(help="Show progress bars on stderr.")] = True,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
    since: Annotated[Optional[str], typer.Option(help="Only responses from this ISO date on (2026-01-31).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only responses up to this ISO date (inclusive).")] = None,
    where: Annotated[Optional[str], typer.Option(help=WHERE_HELP)] = None,
    segment: Annotated[Optional[List[str]], typer.Option(
        help="Only responses with COLUMN=VALUE (e.g. market=SE); repeat it: values of one column are or-ed, "
             "columns and-ed, and with --where.")] = None,
    chunksize: Annotated[Optional[int], typer.Option(help=CHUNKSIZE_HELP)] = None,
    engine: Annotated[str, typer.Option(help="local (this machine) or dask (a Dask cluster; pip install "
                                             "\"textnps[dask]\").")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="With --engine dask: the scheduler's address "
                                                          "(tcp://host:8786); none starts a local cluster of "
                                                          "--n-jobs workers.")] = None,
) -> None:
    """Rank complaints and strengths, measure their NPS impact, find trends and emerging themes."""
    engine_session = nullcontext(input)
    if engine != "local":
        from textnps.distributed import dask_session

        engine_session = dask_session(input, engine=engine, scheduler=scheduler, n_workers=n_jobs,
                                      chunksize=chunksize)
    with engine_session as source:
        run_analysis(source, out=out, chunksize="auto" if chunksize is None else chunksize, progress=progress,
                     raw_csv=raw_csv, text_col=text_col, score_col=score_col, date_col=date_col,
                     segment_col=segment_col, id_col=id_col, codebook=codebook, refiner=refiner_option(refiner),
                     period=period, lang=lang,
                     recent=recent, discover=discover, errors=errors, n_jobs=n_jobs, since=since, until=until,
                     where=combined_filter(where, segment))
