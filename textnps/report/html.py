"""The self-contained ``report.html``: tables and figures in one file, safe to open.

Safety: every value, comments included, goes through Jinja2 autoescaping,
so a comment ``<script>alert(1)</script>`` shows as text; the page carries a
Content-Security-Policy that forbids scripts, plugins, frames and any network
request (figures are embedded ``data:`` PNGs), so even markup that slipped
through could not run or call home.
"""
from __future__ import annotations

import base64
import io
import math
from datetime import datetime, timezone

import jinja2
import numpy as np
import pandas as pd

from textnps.report._labels import ALL, column_header, report_labels, segment_rows
from textnps.report.discovered import discovered_view

__all__ = ["render_html", "figure_png", "CSP"]

#: The Content-Security-Policy of the report (also in the template's <meta>).
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; "
       "base-uri 'none'; form-action 'none'; frame-src 'none'")

ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("textnps.report", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=False,
)
_TOP = 10
#: Columns shown as one cell holding a list (so no two columns share the header "Example").
_LISTS = {"examples": ("example_1", "example_2", "example_3"), "quotes": ("quote_1", "quote_2", "quote_3")}
HTML_LANG = {"no": "nb"}


def figure_png(figure, *, dpi: int = 100) -> bytes:
    """PNG bytes of a matplotlib Figure (works without pyplot: Agg canvas)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if figure.canvas is None or not hasattr(figure.canvas, "print_png"):
        FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def format_cell(value, column: str, decimal: str = ".") -> tuple[str, bool]:
    """(text, is_number) of one cell for people; *decimal* is the language's decimal sign."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "–", True
    if isinstance(value, (bool, np.bool_)):
        return ("✓" if value else ""), False
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}".replace(",", "\u202f"), True
    if isinstance(value, (float, np.floating)):
        if column.startswith("p_"):
            text = f"{value:.2g}" if value >= 0.001 else "<0.001"
        else:
            text = f"{value + 0.0:.1f}" if round(value, 1) != 0 else "0.0"  # no "-0.0"
        return text.replace(".", decimal), True
    return str(value), False


def table_rows(frame: pd.DataFrame, columns: list[str], labels: dict, *, names: dict | None = None) -> dict:
    """Headers and formatted rows of *frame* for the template (values escaped there)."""
    decimal = labels["decimal"]
    rows = []
    for record in frame.to_dict("records"):
        cells = []
        for col in columns:
            if col == "theme":
                text = (names or {}).get(record["theme_id"], record["theme_id"])
                cells.append({"text": text + (" *" if record.get("small_sample") else ""), "num": False,
                              "cls": "theme"})
            elif col in _LISTS:  # several quotes in one cell, one column and one header
                items = [str(record[c]) for c in _LISTS[col] if isinstance(record.get(c), str) and record[c]]
                cells.append({"text": "", "items": items, "num": False, "cls": "quotes"})
            elif col == "trend":
                change = record.get("trend_pp")
                text = format_cell(change, "trend_pp", decimal)[0] if change == change and change is not None else "–"
                arrow = {"up": "↑ ", "down": "↓ "}.get(record.get("trend") or "", "")
                cells.append({"text": arrow + (text if text.startswith(("-", "–")) or text == "0" + decimal + "0"
                                               else "+" + text), "num": True})
            elif col == "ci":
                low, _ = format_cell(record[f"{record['_ci']}_ci_low"], "x", decimal)
                high, _ = format_cell(record[f"{record['_ci']}_ci_high"], "x", decimal)
                cells.append({"text": f"{low} – {high}", "num": True})
            elif col == "category":
                cells.append({"text": labels["categories"].get(record[col], record[col]), "num": False})
            elif col == "segment":
                cells.append({"text": labels["all"] if record[col] == ALL else str(record[col]), "num": False})
            else:
                text, num = format_cell(record[col], col, decimal)
                cells.append({"text": text, "num": num})
        rows.append({"cells": cells, "small": bool(record.get("small_sample", False))})
    names_ = [labels["columns"].get("ci_low", "") + " – " + labels["columns"].get("ci_high", "") if c == "ci"
              else column_header(c, labels) for c in columns]
    numeric = [all(row["cells"][i]["num"] for row in rows) and bool(rows) for i in range(len(columns))]
    return {"headers": [{"text": t, "num": n} for t, n in zip(names_, numeric)], "rows": rows}


def _ranked(frame: pd.DataFrame, top: int = _TOP) -> pd.DataFrame:
    data = segment_rows(frame)
    data = data[data["n_mentions"] > 0]
    return data.sort_values(["rank", "pct"], ascending=[True, False], na_position="last").head(top)


def _segments_table(tables: dict, labels: dict, names: dict) -> dict | None:
    summary = tables.get("nps_summary")
    if summary is None or "segment" not in summary.columns or (summary["segment"] != ALL).sum() == 0:
        return None
    complaints = tables.get("fix_first", tables["top_complaints"])  # what to fix first in each segment
    rows = []
    for record in summary.to_dict("records"):
        seg = complaints[(complaints["segment"] == record["segment"]) & complaints["rank"].notna()]
        top = seg.sort_values("rank").head(3)["theme_id"].map(lambda t: names.get(t, t)).tolist()
        rows.append({**record, "top_1": top[0] if top else "", "top_2": top[1] if len(top) > 1 else "",
                     "top_3": top[2] if len(top) > 2 else ""})
    frame = pd.DataFrame(rows)
    labels = {**labels, "columns": {**labels["columns"], "top_1": "#1", "top_2": "#2", "top_3": "#3"}}
    return table_rows(frame, ["segment", "n", "nps", "moe", "top_1", "top_2", "top_3"], labels)


def _discovered(table, labels: dict, names: dict) -> dict:
    """The discovered themes, a reason's two polarities framed together (:mod:`textnps.report.discovered`)."""
    view = discovered_view(table, labels, names)
    if view is None:
        return {"rows": []}
    data, columns, all_names, classes = view
    shown = table_rows(data, columns, labels, names=all_names)
    for row, cls in zip(shown["rows"], classes):
        row["cls"] = cls
    return shown


def _points(value: float, labels: dict) -> str:
    return f"{value:.1f}".replace(".", labels["decimal"])


def _findings(tables: dict, labels: dict, names: dict) -> list[str]:
    """One-line key findings (plain text; escaped by the template): what to fix first leads."""
    name = lambda t: names.get(t, t)  # noqa: E731
    pct = lambda v: f"{v:.0f}"  # noqa: E731
    lines = []
    for key, table, points, share, top in (("finding_fix_first", "fix_first", "cost_points", "pct_of_detractors", 3),
                                           ("finding_praise", "praise", "gain_points", "pct_of_promoters", 1)):
        ranked = _ranked_points(tables.get(table), points)
        for record in ranked[ranked["significant"].astype(bool)].head(top).to_dict("records"):
            lines.append(labels[key].format(theme=name(record["theme_id"]), points=_points(record[points], labels),
                                            pct=pct(record[share])))
    emerging = segment_rows(tables.get("emerging", pd.DataFrame(columns=["segment"])))
    if len(emerging):
        rising = emerging[emerging["category"] != ALL]
        if "small_sample" in rising.columns:  # a rise resting on a few comments is no key finding
            rising = rising[~rising["small_sample"].astype(bool)]
        rising = rising.head(3)
        for record in rising.to_dict("records"):
            category = labels["categories"].get(record["category"], record["category"]).lower()
            lines.append(labels["finding_emerging"].format(
                theme=name(record["theme_id"]), category=category, before=pct(record["pct_before"]),
                recent=pct(record["pct_recent"]), period=record["recent_periods"]))
    return lines


def _ranked_points(table: pd.DataFrame | None, points: str, top: int = _TOP) -> pd.DataFrame:
    """Rows of all responses of a :mod:`~textnps.report.fix_first` table worth showing: ranked first, then the
    small samples that cost (or add) points, greyed."""
    if table is None or not len(table):
        return pd.DataFrame(columns=["theme_id", "rank", "significant", "small_sample", points])
    data = segment_rows(table)
    return data[data["rank"].notna() | (data["small_sample"].astype(bool) & (data[points] > 0))].head(top)


def render_html(
    tables: dict[str, pd.DataFrame],
    figures: dict | None = None,
    *,
    lang: str = "en",
    theme_names: dict | None = None,
    meta: dict | None = None,
    min_n: int = 30,
    fragment: bool = False,
) -> str:
    """Render the report as one HTML page (or a fragment for notebooks).

    Parameters
    ----------
    tables : dict of DataFrame
        ``nps_summary``, ``top_complaints``, ``top_strengths``,
        ``passive_themes``, ``theme_impact``, ``emerging``, ``discovered_themes`` (each reason's two
        polarities one after the other, :mod:`textnps.report.discovered`) as made by
        :func:`textnps.report.analyze.analyze` (missing ones show as empty).
    figures : dict
        name -> matplotlib Figure or PNG bytes; embedded as ``data:`` URIs.
        Names used: ``nps_over_time``, ``top_complaints``, ``top_strengths``,
        ``theme_impact``, ``theme_heatmap``, ``theme_trends``.
    meta : dict
        ``n_responses``, ``n_comments``, ``codebook``, ``date_range``,
        ``notes`` (lines such as how many rows were dropped).
    fragment : bool
        Leave out ``<html>``/``<head>`` (and so the CSP meta) for embedding in
        a notebook, whose own policy applies there.
    """
    labels = report_labels(lang)
    names = theme_names or {}
    meta = meta or {}
    empty = pd.DataFrame(columns=["segment", "theme_id", "n_mentions", "rank", "pct", "small_sample"])
    get = lambda key: tables.get(key, empty)  # noqa: E731
    shown = {}
    summary = get("nps_summary")
    shown["nps_summary"] = table_rows(summary.head(50), [c for c in ("segment", "n", "pct_detractors", "pct_passives",
                                                                 "pct_promoters", "nps", "moe") if c in summary], labels)
    for key, extra in (("top_complaints", ["pct_neg"]), ("top_strengths", ["pct_pos"]), ("passive_themes", [])):
        frame = _ranked(get(key)).assign(_ci="pct")
        cols = ["rank", "theme", "n_responses", "n_mentions", "pct", "ci"] + [c for c in extra if c in frame] \
            + (["examples"] if "example_1" in frame else [])
        shown[key] = table_rows(frame, cols, labels, names=names)
    for key, points, share in (("fix_first", "cost", "pct_of_detractors"), ("praise", "gain", "pct_of_promoters")):
        frame = _ranked_points(tables.get(key), f"{points}_points").assign(_ci=points)
        shown[key] = table_rows(frame, ["rank", "theme", f"{points}_points", "ci", share, "n_mentions", "trend",
                                        "quotes"], labels, names=names)
    impact = segment_rows(get("theme_impact"))
    impact = impact[impact["n_mentions"] > 0].sort_values("impact").assign(_ci="impact") if len(impact) else impact
    shown["theme_impact"] = table_rows(impact, ["theme", "n_mentions", "nps_theme", "nps_without", "impact", "ci",
                                            "p_adjusted", "significant"], labels, names=names)
    emerging = get("emerging")
    cols = [c for c in ("segment", "category", "theme", "recent_periods", "pct_before", "pct_recent", "diff_pp",
                        "p_adjusted") if c in emerging.columns or c == "theme"]
    shown["emerging"] = table_rows(emerging.head(30), cols, labels, names=names) if len(emerging) else {"rows": []}
    shown["segments"] = _segments_table(tables, labels, names)
    shown["discovered"] = _discovered(tables.get("discovered_themes"), labels, names)
    pngs = {name: base64.b64encode(fig if isinstance(fig, bytes) else figure_png(fig)).decode("ascii")
            for name, fig in (figures or {}).items()}
    whole = segment_rows(summary)
    kpis = []
    if len(whole):
        first = whole.iloc[0]
        moe = format_cell(float(first["moe"]), "moe", labels["decimal"])[0]
        kpis = [{"value": f"{first['nps']:.0f}".replace("-", "−"), "label": f"NPS (± {moe})"},
                {"value": format_cell(first["n"], "n")[0], "label": labels["responses"]}]
    from textnps import __version__

    return ENV.get_template("report.html.j2").render(
        L=labels, tables=shown, figures=pngs, kpis=kpis, fragment=fragment,
        findings=_findings(tables, labels, names),
        title=meta.get("title") or labels["report_title"],
        html_lang=HTML_LANG.get(lang, lang), version=__version__,
        generated=meta.get("generated") or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        n_responses=format_cell(meta.get("n_responses", int(first["n"]) if len(whole) else 0), "n")[0],
        n_comments=format_cell(meta.get("n_comments", 0), "n")[0],
        codebook=meta.get("codebook_shown", meta.get("codebook", "")), date_range=meta.get("date_range", ""),
        notes=meta.get("notes", []), small_note=labels["small_sample_note"].format(min_n=min_n),
    )
