r"""What to fix first, and what to keep: themes ranked by the NPS points their complaints cost or praise adds.

:func:`fix_first` ranks the themes by the points their **negative** mentions
alone cost the NPS: ``cost_points`` :math:`= -\mathrm{impact}_{neg}
= \mathrm{NPS}_{\overline{neg}} - \mathrm{NPS}`, where
:math:`\mathrm{NPS}_{\overline{neg}}` is the NPS of the responses that do not
mention the theme negatively (``impact_neg`` of
:func:`textnps.report.tables.theme_impact`, with its interval and
Benjamini-Hochberg flag). It is what the NPS would gain if those responses
scored like the rest. :func:`praise` ranks the points the **positive** mentions
add (``gain_points`` :math:`= \mathrm{impact}_{pos}`). A theme that is both
praised and criticised is measured on each side apart, so its complaints are
not netted against its praise.

Each row also gives the share of commenting detractors (promoters for praise)
who mention the theme that way, the trend of the theme among them
(:func:`textnps.report.trends.trend_tests`: ``up``/``down`` when significant,
the change in points) and quotes from comments where the theme has that
polarity, cut to its clause (:mod:`textnps.report.quotes`). Themes with fewer
than ``min_n`` such mentions are ``small_sample`` and not ranked; themes whose
negative mentions cost nothing (or positive add nothing) are not ranked either.
Discovered clusters carry no polarity and are left out.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from textnps._errors import check_choice
from textnps.report._examples import examples
from textnps.report._impact import polarity_matrix
from textnps.report._labels import ALL
from textnps.report._layout import check_confidence_and_min_n, drop_segment_unless_asked
from textnps.report._prepared import Prepared, prepare
from textnps.report.tables import theme_impact

__all__ = ["fix_first", "praise", "FIX_FIRST_COLUMNS", "PRAISE_COLUMNS"]

_SIDES = {  # polarity -> (category of the share, name of the points, share column)
    "neg": ("detractor", "cost", "pct_of_detractors"),
    "pos": ("promoter", "gain", "pct_of_promoters"),
}


def _columns(polarity: str, n_quotes: int) -> list[str]:
    _, points, share = _SIDES[polarity]
    return (["segment", "rank", "theme_id", "n_mentions", share, f"{points}_points", f"{points}_ci_low",
             f"{points}_ci_high", "significant", "small_sample", "trend", "trend_pp"]
            + [f"quote_{i + 1}" for i in range(n_quotes)])


FIX_FIRST_COLUMNS = _columns("neg", 3)
PRAISE_COLUMNS = _columns("pos", 3)


def fix_first(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Themes ranked by the NPS points their negative mentions cost (see the module docstring).

    Returns
    -------
    DataFrame
        ``[segment], rank, theme_id, n_mentions, pct_of_detractors, cost_points, cost_ci_low, cost_ci_high,
        significant, small_sample, trend, trend_pp, quote_1, quote_2, quote_3``; ranked rows first.

    Examples
    --------
    >>> df = pd.DataFrame({"score": [0, 2, 3, 10, 9, 10, 8, 1],
    ...                    "themes": ["price:neg", "price:neg;staff_service:pos", "staff_service:neg",
    ...                               "staff_service:pos", "staff_service:pos", "", "", "price:neg"]})
    >>> fix_first(df, min_n=1)[["rank", "theme_id", "n_mentions", "pct_of_detractors", "cost_points"]].round(1)
       rank       theme_id  n_mentions  pct_of_detractors  cost_points
    0     1          price           3               75.0         52.5
    1     2  staff_service           1               25.0         12.5
    """
    return _ranking(df, polarity="neg", **kwargs)


def praise(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Themes ranked by the NPS points their positive mentions add: ``pct_of_promoters``, ``gain_points`` ...

    The praise side of :func:`fix_first`, with the same keywords.
    """
    return _ranking(df, polarity="pos", **kwargs)


def _ranking(
    df: pd.DataFrame,
    *,
    polarity: str,
    score: str = "score",
    themes: str = "themes",
    segment: str | None = None,
    impact: pd.DataFrame | None = None,
    tests: pd.DataFrame | None = None,
    n_quotes: int = 3,
    confidence: float = 0.95,
    alpha: float = 0.05,
    min_n: int = 30,
    order=None,
    prepared: Prepared | None = None,
) -> pd.DataFrame:
    check_choice("polarity", polarity, tuple(_SIDES), owner="fix_first")
    check_confidence_and_min_n(confidence, min_n)
    prep = prepared or prepare(df, score=score, themes=themes, discovered=None, segment=segment, order=order)
    if impact is None:
        impact = theme_impact(df, segment=segment, confidence=confidence, alpha=alpha, min_n=min_n, prepared=prep)
    if "segment" not in impact.columns:
        impact = impact.assign(segment=ALL)
    category, points, share = _SIDES[polarity]
    sign = -1.0 if polarity == "neg" else 1.0
    matrix = polarity_matrix(prep, polarity)
    ids = prep.mentions.theme_ids
    trend = _trend_lookup(tests, category)
    rows = []
    for seg, in_group in prep.groups:
        block = impact[impact["segment"] == seg].set_index("theme_id")
        base = in_group & prep.commented & (prep.category == category)
        n_base = int(base.sum())
        in_base = matrix[base].sum(axis=0)
        for j, theme_id in enumerate(ids):
            if prep.mentions.source[theme_id] != "codebook" or theme_id not in block.index:
                continue
            r = block.loc[theme_id]
            n_mentions = int(r[f"n_mentions_{polarity}"])
            if not n_mentions:
                continue
            low, high = sign * r[f"impact_ci_low_{polarity}"], sign * r[f"impact_ci_high_{polarity}"]
            direction, change = trend.get((seg, theme_id), ("", np.nan))
            quotes = examples(prep, in_group & prep.commented, j, polarity, n_quotes)
            rows.append([seg, pd.NA, theme_id, n_mentions, 100.0 * in_base[j] / n_base if n_base else np.nan,
                         sign * r[f"impact_{polarity}"], min(low, high), max(low, high),
                         bool(r[f"significant_{polarity}"]), bool(r[f"small_sample_{polarity}"]), direction, change]
                        + quotes + [""] * (n_quotes - len(quotes)))
    out = pd.DataFrame(rows, columns=_columns(polarity, n_quotes))
    eligible = ~out["small_sample"].astype(bool) & (out[f"{points}_points"] > 0)
    out = (out.assign(_eligible=eligible, _seg=out["segment"].map(lambda v: (v != ALL, str(v))))
           .sort_values(["_seg", "_eligible", f"{points}_points"], ascending=[True, False, False], kind="stable"))
    out["rank"] = out.groupby("segment", sort=False)["_eligible"].cumsum().where(out["_eligible"]).astype("Int64")
    out = out.drop(columns=["_eligible", "_seg"]).reset_index(drop=True)
    return drop_segment_unless_asked(out, segment)


def _trend_lookup(tests: pd.DataFrame | None, category: str) -> dict:
    """(segment, theme) -> (direction, change in points) among the *category* in :func:`trend_tests`."""
    if tests is None or not len(tests):
        return {}
    rows = tests[tests["category"] == category]
    segments = rows["segment"] if "segment" in rows.columns else pd.Series(ALL, index=rows.index)
    return {(seg, t): (d, float(pp)) for seg, t, d, pp in
            zip(segments, rows["theme_id"], rows["direction"].fillna(""), rows["diff_pp"])}
