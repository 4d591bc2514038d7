"""``compare.html``: a wave comparison as one self-contained page, in the style of ``report.html``.

The same safety as :mod:`textnps.report.html`: Jinja2 autoescaping for every
value and a Content-Security-Policy that forbids scripts and network requests.
"""
from __future__ import annotations

import base64

import pandas as pd

from textnps.report._labels import ALL, compare_labels, segment_rows
from textnps.report.html import ENV, HTML_LANG, format_cell, table_rows, figure_png

__all__ = ["render_comparison"]

def _findings(result, labels: dict, L: dict) -> list[str]:
    names = result.theme_names
    dec = labels["decimal"]
    num = lambda v: format_cell(float(v), "x", dec)[0].replace("-", "−")  # noqa: E731
    lines = []
    change = segment_rows(result.tables["nps_change"])
    for r in change.to_dict("records"):
        lines.append(L["finding_nps"].format(previous=num(r["nps_previous"]), current=num(r["nps_current"]),
                                             diff=num(r["diff"]),
                                             verdict=L["significant" if r["significant"] else "not_significant"]))
    significant = segment_rows(result.tables["significant_changes"])
    for r in significant.to_dict("records"):
        lines.append(L["finding_change"].format(
            theme=names.get(r["theme_id"], r["theme_id"]), category=labels["categories"][r["category"]].lower(),
            before=num(r["pct_previous"]), after=num(r["pct_current"]), diff=num(r["diff_pp"]),
            low=num(r["diff_ci_low"]), high=num(r["diff_ci_high"]), p=format_cell(float(r["p_adjusted"]), "p_", dec)[0]))
    if not len(significant):
        lines.append(L["no_change"].format(alpha=result.meta.get("alpha", 0.05)))
    return lines


def render_comparison(result, *, figures: dict | None = None, fragment: bool = False) -> str:
    """Render a :class:`~textnps.report.compare.Comparison` as HTML (a fragment for notebooks)."""
    labels = compare_labels(result.lang)
    base, L = labels, labels["compare"]
    names, tables = result.theme_names, result.tables
    change_cols = ["category", "theme", "pct_previous", "pct_current", "diff_pp", "ci", "p_adjusted", "nps_points"]
    shown = {"nps_change": table_rows(tables["nps_change"].assign(_ci="diff"),
                                  ["segment", "n_previous", "nps_previous", "n_current", "nps_current", "diff", "ci",
                                   "p_value", "significant"], labels)}
    overall = segment_rows(tables["theme_changes"])
    shown["significant"] = table_rows(segment_rows(tables["significant_changes"]).assign(_ci="diff"), change_cols, labels,
                                  names=names)
    for category in ("detractor", "promoter"):
        rows = overall[overall["category"] == category].sort_values("pct_current", ascending=False).head(15)
        shown[category] = table_rows(rows.assign(_ci="diff"), change_cols[1:] + ["significant"], labels, names=names)
    per_segment = tables["significant_changes"]
    per_segment = per_segment[per_segment["segment"] != ALL] if "segment" in per_segment else per_segment.iloc[:0]
    shown["segments"] = table_rows(per_segment.assign(_ci="diff"), ["segment"] + change_cols, labels, names=names)
    new = tables.get("new_themes", pd.DataFrame())
    shown["new"] = table_rows(new, [c for c in ("theme_id", "label", "terms", "pct_detractor_previous",
                                            "pct_detractor_current", "pct_promoter_previous", "pct_promoter_current", "rising")
                                if c in new.columns], labels) if len(new) else {"rows": []}
    pngs = {name: base64.b64encode(fig if isinstance(fig, bytes) else figure_png(fig)).decode("ascii")
            for name, fig in (figures or {}).items()}
    from textnps import __version__

    meta = result.meta
    return ENV.get_template("compare.html.j2").render(
        L=base, C=L, tables=shown, figures=pngs, fragment=fragment, findings=_findings(result, base, L),
        title=meta.get("title") or L["title"], html_lang=HTML_LANG.get(result.lang, result.lang),
        version=__version__, generated=meta.get("generated", ""), codebook=meta.get("codebook", ""),
        waves=[{"name": L[w], "n": format_cell(meta.get(f"n_{w}", 0), "n")[0], "dates": meta.get(f"dates_{w}", "")}
               for w in ("previous", "current")],
        notes=meta.get("notes", []), small_note=base["small_sample_note"].format(min_n=meta.get("min_n", 30)),
    )
