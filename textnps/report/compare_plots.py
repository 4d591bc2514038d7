"""Plots of a wave comparison (matplotlib). Each takes ``ax=None`` and returns the Axes.

They draw the tables of :func:`textnps.report.compare.compare_waves`:
``nps_waves`` and ``theme_changes``.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from textnps.report._labels import ALL, compare_labels, segment_rows
from textnps.report.plots import axes_or_new, theme_name

__all__ = ["plot_wave_nps", "plot_theme_changes"]

_PREVIOUS, _CURRENT, _UP, _DOWN, _GREY = "#9bb7d4", "#1f4e79", "#c0392b", "#2e8b57", "#7f7f7f"


def plot_wave_nps(nps_waves: pd.DataFrame, *, ax=None, lang: str = "en"):
    """Bars of the NPS of each wave per segment, with their 95 % intervals.

    *nps_waves* is the ``nps_waves`` table (``segment``, ``wave``, ``nps``,
    ``ci_low``, ``ci_high``).
    """
    labels = compare_labels(lang)
    words = labels["compare"]
    ax = axes_or_new(ax, size=(8, 4.2))
    segments = list(dict.fromkeys(nps_waves["segment"]))
    x = np.arange(len(segments))
    width = 0.38
    for k, (wave, colour) in enumerate((("previous", _PREVIOUS), ("current", _CURRENT))):
        rows = nps_waves[nps_waves["wave"] == wave].set_index("segment").reindex(segments)
        value = rows["nps"].to_numpy(float)
        err = np.vstack([value - rows["ci_low"].to_numpy(float), rows["ci_high"].to_numpy(float) - value])
        ax.bar(x + (k - 0.5) * width, value, width, yerr=np.nan_to_num(err), color=colour, ecolor=_GREY,
               capsize=3, label=words[f"{wave}_wave"])
        for xi, v in zip(x + (k - 0.5) * width, value):
            if np.isfinite(v):
                ax.annotate(f"{v:.0f}", (xi, v / 2), xytext=(5, 0), textcoords="offset points", ha="left",
                            va="center", fontsize=9, fontweight="bold",
                            color="white" if wave == "current" else "black")  # inside: clear of the error bar
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks(x, [labels["all"] if s == ALL else str(s) for s in segments])
    ax.set_ylabel(labels["axis_nps"])
    ax.set_title(words["plot_nps"])
    ax.legend(fontsize=8, loc="best")
    return ax


def plot_theme_changes(changes: pd.DataFrame, *, category: str = "detractor", segment=ALL, top: int = 12, ax=None,
                       lang: str = "en", theme_names=None):
    """Dumbbell chart: each theme's share in the previous (light) and current (dark) wave.

    *changes* is the ``theme_changes`` table. The *top* themes by their larger
    share are drawn; significant changes are coloured (red up, green down)
    with the theme's name in bold, small samples are left out.
    """
    labels = compare_labels(lang)
    words = labels["compare"]
    ax = axes_or_new(ax, size=(9, 6))
    data = segment_rows(changes, segment)
    data = data[(data["category"] == category) & ~data["small_sample"]]
    data = data.assign(_size=data[["pct_previous", "pct_current"]].max(axis=1))
    data = data.sort_values("_size", ascending=False).head(top).iloc[::-1]
    y = np.arange(len(data))
    before, after = data["pct_previous"].to_numpy(float), data["pct_current"].to_numpy(float)
    significant = data["significant"].to_numpy(bool)
    colour = np.where(significant, np.where(after > before, _UP, _DOWN), _GREY)
    ax.hlines(y, before, after, colors=colour, linewidth=2.5, alpha=0.8)
    ax.scatter(before, y, color=_PREVIOUS, zorder=3, s=36, label=words["previous_wave"])
    ax.scatter(after, y, color=_CURRENT, zorder=3, s=36, label=words["current_wave"])
    ax.set_yticks(y, [theme_name(t, theme_names) for t in data["theme_id"]])
    for tick, flag in zip(ax.get_yticklabels(), significant):
        tick.set_fontweight("bold" if flag else "normal")
    ax.set_xlabel(labels["axis_share"])
    name = labels["categories"].get(category, category)
    ax.set_title(words["plot_changes"].format(category=name))
    if len(data):
        ax.legend(fontsize=8, loc="lower right")
    ax.set_xlim(left=0)
    return ax
