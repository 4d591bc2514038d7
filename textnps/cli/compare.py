"""``textnps compare``: two survey waves in, what changed (and whether it is significant) out."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from textnps.cli._app import RAW_CSV_HELP, command, say
from textnps.cli.classify import REFINER_HELP, refiner_option


@command("compare")
def compare_(
    previous: Annotated[Path, typer.Argument(help="The previous wave's export (CSV, Excel, Parquet, JSON lines).")],
    current: Annotated[Path, typer.Argument(help="The current wave's export.")],
    out: Annotated[Path, typer.Option(help="Folder for compare.html, compare.xlsx, figures/, tables/ and models/.")],
    model: Annotated[Optional[Path], typer.Option(help="A saved classifier (textnps train --out) for both waves; "
                                                       "by default one is fitted on the previous wave.")] = None,
    discovery: Annotated[Optional[Path], typer.Option(help="A saved discovery model (textnps discover: OUT/model, or "
                                                           "a comparison's models/discovery) whose theme ids to keep.")]
    = None,
    text_col: Annotated[Optional[str], typer.Option(help="Comment column (found by name when not given).")] = None,
    score_col: Annotated[Optional[str], typer.Option(help="Score column (found by name when not given).")] = None,
    date_col: Annotated[Optional[str], typer.Option(help="Date column.")] = None,
    segment_col: Annotated[Optional[str], typer.Option(help="Segment column (market, channel ...).")] = None,
    id_col: Annotated[Optional[str], typer.Option(help="Response id column.")] = None,
    codebook: Annotated[str, typer.Option(help="Codebook: nordic-cx (shipped) or a YAML file / folder.")] = "nordic-cx",
    refiner: Annotated[str, typer.Option(help=REFINER_HELP)] = "auto",
    lang: Annotated[str, typer.Option(help="Report language: sv, da, no or en.")] = "en",
    alpha: Annotated[float, typer.Option(help="False discovery rate of the significance flags.")] = 0.05,
    min_n: Annotated[int, typer.Option(help="Fewer commenting respondents than this: small sample, never "
                                            "significant.")] = 30,
    discover: Annotated[bool, typer.Option(help="Discovered themes too (not only the codebook's).")] = True,
    errors: Annotated[str, typer.Option(help="Bad scores: raise (stop) or coerce (drop and report).")] = "raise",
    progress: Annotated[bool, typer.Option(help="Show progress bars on stderr.")] = True,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
) -> None:
    """Compare two waves: NPS of each and its change, theme shares and their significant changes, new themes."""
    from textnps.report.compare import compare_waves

    result = compare_waves(previous, current, text_col=text_col, score_col=score_col, date_col=date_col,
                           segment_col=segment_col, id_col=id_col, codebook=codebook,
                           refiner=refiner_option(refiner), model=model, discovery=discovery, discover=discover,
                           lang=lang, alpha=alpha, min_n=min_n, errors=errors, progress=progress)
    for note in result.meta.get("notes", []):
        say(note)
    folder = result.save(out, raw_csv=raw_csv)
    nps = result.tables["nps_change"].iloc[0]
    say(f"NPS {nps.nps_previous:+.1f} -> {nps.nps_current:+.1f} ({nps['diff']:+.1f} points, 95 % interval "
        f"{nps.diff_ci_low:+.1f} to {nps.diff_ci_high:+.1f}, p = {nps.p_value:.2g})")
    significant = result.tables["significant_changes"]
    changes = significant[significant["segment"] == "(all)"]
    for r in changes.itertuples():
        say(f"Significant: {r.theme_id} among {r.category}s {r.pct_previous:.1f} % -> {r.pct_current:.1f} % "
            f"({r.diff_pp:+.1f} points, {r.diff_ci_low:+.1f} to {r.diff_ci_high:+.1f}; p (BH) = {r.p_adjusted:.2g}; "
            f"{r.nps_points:+.1f} NPS points)")
    if not len(changes):
        say(f"No theme share changed significantly (false discovery rate {alpha}).")
    in_segments = significant[significant["segment"] != "(all)"]
    if len(in_segments):
        say("Significant in a segment: " + ", ".join(f"{r.theme_id} among {r.category}s in {r.segment} "
                                                      f"({r.diff_pp:+.1f} points)" for r in in_segments.itertuples()))
    if "new_themes" in result.tables:
        new = result.tables["new_themes"]
        say(f"New themes: {len(new)} ({int(new['rising'].sum())} rising significantly)")
    html = folder / "compare.html"
    say(f"Wrote {html}, {folder / 'compare.xlsx'}, {folder / 'figures'}/, {folder / 'tables'}/ and {folder / 'models'}/")
    typer.echo(str(html))
