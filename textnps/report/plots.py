"""Plots of the report tables (matplotlib). Each takes ``ax=None`` and returns the Axes.

Plotting is separate from computing: every function draws a table made by
:mod:`textnps.report.tables`, :mod:`textnps.report.trends` or
:func:`textnps.stats.nps_summary`. Titles and axis labels are in the report
language (``lang``); ``theme_names`` maps theme ids to the labels to show
(a codebook's labels, see :func:`textnps.report._labels.theme_names`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from textnps.report._labels import ALL, report_labels, segment_rows

__all__ = ["plot_nps_over_time", "plot_top_themes", "plot_impact", "plot_heatmap", "plot_trends"]

_NEG, _POS, _LINE, _GREY = "#c0392b", "#2e8b57", "#1f4e79", "#7f7f7f"


def axes_or_new(ax, size=(8, 4.5)):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _period_ticks(ax, labels: list[str], *, most: int = 16) -> None:
    """Label at most *most* periods on the x axis (every k-th one), rotated."""
    step = max(1, -(-len(labels) // most))
    x = np.arange(len(labels))
    ax.set_xticks(x[::step], [str(v) for v in labels[::step]], rotation=45, ha="right")


def theme_name(theme_id: str, theme_names: dict | None) -> str:
    return (theme_names or {}).get(theme_id, theme_id)


def _only_periods(data: pd.DataFrame, periods) -> pd.DataFrame:
    """The rows of *periods* (period labels; None: every period)."""
    if periods is None:
        return data
    return data[data["period"].astype(str).isin({str(p) for p in periods})]


def plot_nps_over_time(summary: pd.DataFrame, *, ax=None, lang: str = "en", segment=ALL, periods=None):
    """NPS per period with its margin of error as a band.

    *summary* is :func:`textnps.stats.nps_summary` with ``period=`` (columns
    ``period``, ``nps``, ``ci_low``, ``ci_high``). Periods flagged
    ``small_sample`` (fewer than ``min_n`` responses, as ``analyze`` marks
    them) are drawn as grey hollow points, outside the line and the band.
    *periods* (period labels) limits the chart to them, as ``analyze`` does
    with :func:`textnps.report.chart_window.chart_periods`; None draws all.
    """
    labels = report_labels(lang)
    ax = axes_or_new(ax)
    data = segment_rows(summary, segment)
    data = data[data["period"] != ALL] if "period" in data.columns else data
    data = _only_periods(data, periods)
    x = np.arange(len(data))
    small = data["small_sample"].to_numpy(bool) if "small_sample" in data.columns else np.zeros(len(data), bool)
    keep = lambda column: np.where(small, np.nan, data[column].to_numpy(float))  # noqa: E731
    ax.fill_between(x, keep("ci_low"), keep("ci_high"), color=_LINE, alpha=0.2, linewidth=0)
    ax.plot(x, keep("nps"), marker="o", color=_LINE)
    if small.any():
        ax.plot(x[small], data["nps"].to_numpy(float)[small], linestyle="none", marker="o", markerfacecolor="none",
                color=_GREY, label=labels["columns"]["small_sample"])
        ax.legend(loc="best", fontsize="small")
    ax.axhline(0, color=_GREY, linewidth=0.8)
    _period_ticks(ax, data["period"].astype(str).tolist())
    ax.set_ylabel(labels["axis_nps"])
    ax.set_xlabel(labels["axis_period"])
    ax.set_title(labels["plot_nps_over_time"])
    return ax


def plot_top_themes(shares: pd.DataFrame, *, ax=None, lang: str = "en", theme_names=None, top: int = 10,
                    category: str = "detractor"):
    """Horizontal bars of the most mentioned themes of a category, with 95 % intervals.

    *shares* is :func:`textnps.report.tables.theme_shares` (or
    ``top_complaints``). Small-sample rows are drawn hatched.
    """
    labels = report_labels(lang)
    ax = axes_or_new(ax)
    data = segment_rows(shares)
    data = data[(data["category"] == category) & (data["n_mentions"] > 0)]
    data = data.sort_values("pct", ascending=False).head(top).iloc[::-1]
    y = np.arange(len(data))
    pct = data["pct"].to_numpy(float)
    err = np.clip(np.vstack([pct - data["pct_ci_low"].to_numpy(float), data["pct_ci_high"].to_numpy(float) - pct]),
                  0, None)  # a share of 100 % can sit a rounding error above its Wilson bound
    colour = _NEG if category == "detractor" else _POS if category == "promoter" else _LINE
    bars = ax.barh(y, pct, xerr=err, color=colour, alpha=0.85, ecolor=_GREY, capsize=3)
    for bar, small in zip(bars, data["small_sample"].to_numpy(bool)):
        if small:
            bar.set_hatch("//")
            bar.set_alpha(0.4)
    ax.set_yticks(y, [theme_name(t, theme_names) for t in data["theme_id"]])
    ax.set_xlabel(labels["axis_share"])
    key = {"detractor": "plot_top_complaints", "promoter": "plot_top_strengths"}.get(category)
    ax.set_title(labels[key] if key else labels["categories"].get(category, category))
    return ax


def plot_impact(impact: pd.DataFrame, *, ax=None, lang: str = "en", theme_names=None, top: int = 15):
    """Diverging bars of each theme's NPS impact with its interval; significant themes in bold.

    *impact* is :func:`textnps.report.tables.theme_impact`. Negative impact
    (the theme pulls the NPS down) is red, positive green.
    """
    labels = report_labels(lang)
    ax = axes_or_new(ax)
    data = segment_rows(impact)
    data = data[data["n_mentions"] > 0].dropna(subset=["impact"])
    data = data.reindex(data["impact"].abs().sort_values(ascending=False).index).head(top)
    data = data.sort_values("impact", ascending=False)
    y = np.arange(len(data))
    value = data["impact"].to_numpy(float)
    err = np.vstack([value - data["impact_ci_low"].to_numpy(float), data["impact_ci_high"].to_numpy(float) - value])
    ax.barh(y, value, xerr=np.nan_to_num(err), color=np.where(value < 0, _NEG, _POS), alpha=0.85, ecolor=_GREY,
            capsize=3)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, [theme_name(t, theme_names) for t in data["theme_id"]])
    for tick, significant in zip(ax.get_yticklabels(), data["significant"].to_numpy(bool)):
        tick.set_fontweight("bold" if significant else "normal")
    ax.set_xlabel(labels["axis_impact"])
    ax.set_title(labels["plot_impact"])
    return ax


def plot_heatmap(shares: pd.DataFrame, *, ax=None, lang: str = "en", theme_names=None):
    """Heatmap of themes (rows) × NPS categories (columns): % of the category mentioning the theme.

    *shares* is :func:`textnps.report.tables.theme_shares` with several categories.
    """
    labels = report_labels(lang)
    ax = axes_or_new(ax, size=(7, 6))
    data = segment_rows(shares)
    grid = data.pivot_table(index="theme_id", columns="category", values="pct", sort=False)
    order = [c for c in ("detractor", "passive", "promoter", ALL) if c in grid.columns]
    grid = grid[order]
    if "detractor" in grid.columns:
        grid = grid.sort_values("detractor", ascending=False)
    values = grid.to_numpy(float)
    ax.set_title(labels["plot_heatmap"])
    if values.size == 0 or not np.isfinite(values).any():
        ax.text(0.5, 0.5, labels["none"], ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    image = ax.imshow(values, cmap="Reds", aspect="auto", vmin=0)
    for (i, j), v in np.ndenumerate(values):
        if np.isfinite(v):
            dark = v > 0.6 * np.nanmax(values)
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8, color="white" if dark else "black")
    ax.set_xticks(np.arange(len(order)), [labels["categories"].get(c, c) for c in order])
    ax.set_yticks(np.arange(len(grid)), [theme_name(t, theme_names) for t in grid.index])
    ax.figure.colorbar(image, ax=ax, shrink=0.8)
    return ax


def plot_trends(trends: pd.DataFrame, *, themes=None, category: str = "detractor", ax=None, lang: str = "en",
                theme_names=None, top: int = 5, periods=None):
    """Lines of theme shares per period in one category, with Wilson interval bands.

    *trends* is :func:`textnps.report.trends.theme_trends`. *themes* picks the
    theme ids to draw; by default the *top* most mentioned in the category.
    Periods flagged ``small_sample`` are left out of the lines and bands and
    drawn as small grey hollow points. *periods* limits the chart to those
    period labels (None: all).
    """
    labels = report_labels(lang)
    ax = axes_or_new(ax)
    data = segment_rows(trends)
    data = _only_periods(data[data["category"] == category], periods)
    if themes is None:
        themes = data.groupby("theme_id")["n_mentions"].sum().sort_values(ascending=False).head(top).index.tolist()
    periods = list(dict.fromkeys(data["period"]))
    x = np.arange(len(periods))
    colours = [f"C{i}" for i in range(10)]
    for i, theme_id in enumerate(themes):
        line = data[data["theme_id"] == theme_id].set_index("period").reindex(periods)
        colour = colours[i % len(colours)]
        small = line["small_sample"].fillna(False).to_numpy(bool) if "small_sample" in line else np.zeros(len(x), bool)
        keep = lambda column: np.where(small, np.nan, line[column].to_numpy(float))  # noqa: E731
        ax.fill_between(x, keep("pct_ci_low"), keep("pct_ci_high"), color=colour, alpha=0.1, linewidth=0)
        ax.plot(x, keep("pct"), marker="o", markersize=3, color=colour, label=theme_name(theme_id, theme_names))
        if small.any():
            ax.plot(x[small], line["pct"].to_numpy(float)[small], linestyle="none", marker="o", markersize=3,
                    markerfacecolor="none", color=_GREY, alpha=0.6)
    _period_ticks(ax, periods)
    ax.set_ylabel(labels["axis_share"])
    ax.set_xlabel(labels["axis_period"])
    name = labels["categories"].get(category, category)
    ax.set_title(labels["plot_trends"].format(category=name.lower()))
    if themes:
        ax.legend(fontsize=8, loc="upper left")
    return ax
