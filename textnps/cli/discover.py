"""``textnps discover``: find the themes of a survey's comments without a codebook."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from textnps._errors import ParameterError, close_match_hint
from textnps.cli._app import RAW_CSV_HELP, command, read_input, say


def parse_n_themes(value: str):
    """``"size"``, ``"auto"`` or a whole number >= 1, as given on the command line."""
    text = str(value).strip().lower()
    if text in ("auto", "size"):
        return text
    if text.isdigit() and int(text) >= 1:
        return int(text)
    raise ParameterError(
        f"--n-themes must be 'size', 'auto' or a whole number >= 1. Got {value!r} instead."
        + close_match_hint(text, ["auto", "size"])
    )


@command("discover")
def discover_(
    input: Annotated[Path, typer.Argument(help="Survey export (CSV, Excel, Parquet, JSON lines), raw or preprocessed.")],
    out: Annotated[Path, typer.Option(help="Folder for themes.csv, assignments.csv and model/.")] = ...,
    text_col: Annotated[Optional[str], typer.Option(help="Comment column (found by name when not given).")] = None,
    score_col: Annotated[Optional[str], typer.Option(help="Score column 0-10 (found by name when not given).")] = None,
    id_col: Annotated[Optional[str], typer.Option(help="Response id column for assignments.csv (else the row number).")] = None,
    segment_col: Annotated[Optional[str], typer.Option(
        help="Segment column (company, brand, product; found by name when not given): its values never name a theme.")] = None,
    codebook_out: Annotated[Optional[Path], typer.Option(
        help="Also write the themes as a codebook draft (YAML) to classify later waves with.")] = None,
    n_themes: Annotated[str, typer.Option(help="'size' (sqrt(comments) / 6.5, 5-25, then near-duplicates merged), "
                                               "'auto' (the largest number of themes whose top terms are stable "
                                               "under resampling) or a number.")] = "size",
    stop_word: Annotated[Optional[list[str]], typer.Option(
        help="A word to leave out of the themes (repeatable), e.g. a brand name in an all-lowercase export.")] = None,
    by_category: Annotated[bool, typer.Option(help="Discover detractor, passive and promoter themes separately.")] = False,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed and input give the same themes.")] = 0,
    progress: Annotated[bool, typer.Option(help="Progress bars on stderr.")] = True,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help=RAW_CSV_HELP)] = False,
) -> None:
    """Write OUT/themes.csv (a reason's two polarities one after the other, ``other_side``), OUT/assignments.csv (id, theme_id, weight) and the reloadable OUT/model/."""
    from textnps.csvsafe import write_csv
    from textnps.themes.discover.discoverer import ThemeDiscoverer, explode_themes

    k = parse_n_themes(n_themes)
    survey = read_input(input, text_col=text_col, score_col=score_col, id_col=id_col, segment_col=segment_col)
    if {"lemmas", "text_clean"} <= set(survey.columns):
        say("Input is already preprocessed (has 'lemmas' and 'text_clean'): using it as is.")
    else:
        from textnps.cli.classify import preprocess

        survey = preprocess(survey, "text", progress)
    model = ThemeDiscoverer(n_themes=k, by_category=by_category, score_col="score", random_state=seed,
                            stop_words=stop_word or None, progress=progress)
    result = model.fit_transform(survey)
    out.mkdir(parents=True, exist_ok=True)
    from textnps.report.discovered import discovered_table

    # a reason's two polarities (a promoters' "fast reply", a detractors' "no reply") one after the other
    themes = discovered_table(model.themes_, prefix="")
    write_csv(themes, out / "themes.csv", raw=raw_csv)
    if "id" not in result.columns:
        result = result.assign(id=range(len(result)))
    write_csv(explode_themes(result, id_col="id"), out / "assignments.csv", raw=raw_csv)
    model.save(out / "model")
    if codebook_out is not None:
        from textnps.themes.discover.draft import write_codebook_draft

        write_codebook_draft(model, codebook_out)
        say(f"Wrote the codebook draft {codebook_out} ({model.n_themes_} themes): review it, then "
            f"classify with --codebook {codebook_out}.")
    unassigned = int((result["discovered_theme"] == "").sum())
    skipped = ", ".join(f"{v} {k.replace('_', '-')}" for k, v in model.n_skipped_.items())
    typer.echo(themes[["topic", "theme_id", "label", "polarity", "n"]].to_string(index=False))
    say(f"{model.n_themes_} themes from {len(result)} comments; {unassigned} comments carry no theme "
        f"(skipped in the fit: {skipped}).")
    say(f"Wrote {out / 'themes.csv'}, {out / 'assignments.csv'} and {out / 'model'}/")
