r"""Theme shares per period, a test of the latest change, and emerging themes.

:func:`theme_trends` counts, per period (week, month, quarter or year) and NPS
category, the share of commenting responses that mention each theme.
:func:`trend_tests` compares the latest period(s) with all the earlier ones
pooled, and :func:`emerging_themes` keeps the significant rises. Unassigned
clusters from discovery (``new:<id>``) are tested like codebook themes, so a
new kind of complaint shows up even when the codebook has no theme for it.
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from textnps import stats
from textnps._errors import InputError, ParameterError, check_choice, require_column
from textnps.report._labels import ALL
from textnps.report._layout import check_confidence_and_min_n, drop_segment_unless_asked, group_order
from textnps.report._prepared import Prepared, prepare
from textnps.stats import benjamini_hochberg, two_proportion_ztest, wilson_interval

__all__ = ["theme_trends", "trend_tests", "emerging_themes", "PERIODS", "TREND_COLUMNS"]

PERIODS = tuple(stats.PERIODS)
TREND_COLUMNS = ["segment", "category", "theme_id", "source", "period", "period_start", "n_responses",
                  "n_mentions", "pct", "pct_ci_low", "pct_ci_high", "small_sample"]


def theme_trends(
    df: pd.DataFrame,
    *,
    date: str = "date",
    period: str = "month",
    categories=(ALL,) + stats.CATEGORIES,
    score: str = "score",
    themes: str = "themes",
    discovered: str | None = "discovered_theme",
    segment: str | None = None,
    confidence: float = 0.95,
    min_n: int = 30,
    order=None,
    prepared: Prepared | None = None,
) -> pd.DataFrame:
    r"""Each theme's share per period and NPS category, with Wilson intervals.

    For period :math:`k`, category :math:`c` (``"(all)"`` for all responses)
    and theme :math:`t`: ``pct`` :math:`= 100\,m_{kct}/n_{kc}`, where
    :math:`n_{kc}` counts the commenting responses of the category in the
    period and :math:`m_{kct}` those among them mentioning the theme. Every
    period between the first and the last date appears, also when empty
    (``n_responses`` 0, ``pct`` NaN). Responses without a date are left out,
    with a warning that says how many.

    Returns
    -------
    DataFrame
        ``[segment], category, theme_id, source, period, period_start,
        n_responses, n_mentions, pct, pct_ci_low, pct_ci_high, small_sample``
        (``small_sample``: :math:`n_{kc} <` ``min_n``).
    """
    check_confidence_and_min_n(confidence, min_n)
    check_choice("period", period, PERIODS, owner="theme_trends")
    for category in categories:
        check_choice("categories", category, stats.CATEGORIES + (ALL,), owner="theme_trends")
    require_column(df, date, "date")
    prep = prepared or prepare(df, score=score, themes=themes, discovered=discovered, segment=segment,
                               text=None, order=order)
    dates = pd.to_datetime(df[date], errors="coerce")
    dated = dates.notna().to_numpy()
    if not dated.all():
        warnings.warn(f"{int((~dated).sum())} of {len(dated)} responses have no {date!r} and are left out "
                      "of the trends.", UserWarning, stacklevel=2)
    if not dated.any():
        return drop_segment_unless_asked(pd.DataFrame(columns=TREND_COLUMNS), segment)
    periods = dates.dt.to_period(stats.PERIODS[period])
    span = pd.period_range(periods[dated].min(), periods[dated].max(), freq=periods[dated].min().freq)
    code = np.full(len(df), -1, dtype=np.int64)
    code[dated] = periods[dated].array.asi8 - span[0].ordinal  # periods since the first one
    present = prep.mentions.present_values
    ids = prep.mentions.theme_ids
    labels = [stats.period_label(p, period) for p in span]
    blocks = []
    for seg, in_group in prep.groups:
        for category in categories:
            base = in_group & dated & prep.commented & ((prep.category == category) if category != ALL else True)
            codes, hits = code[base], present[base]
            n = np.bincount(codes, minlength=len(span))
            m = np.stack([np.bincount(codes, weights=hits[:, j], minlength=len(span))
                          for j in range(len(ids))]) if ids else np.zeros((0, len(span)))
            blocks.append(pd.DataFrame({
                "segment": seg, "category": category,
                "theme_id": np.repeat(ids, len(span)),
                "source": np.repeat([prep.mentions.source[t] for t in ids], len(span)),
                "period": np.tile(labels, len(ids)),
                "period_start": np.tile(span.start_time, len(ids)),
                "n_responses": np.tile(n, len(ids)),
                "n_mentions": m.reshape(-1).astype(np.int64),
            }))
    out = pd.concat(blocks, ignore_index=True) if blocks else pd.DataFrame(columns=TREND_COLUMNS[:8])
    with np.errstate(divide="ignore", invalid="ignore"):
        out["pct"] = 100.0 * out["n_mentions"] / out["n_responses"]
    low, high = wilson_interval(out["n_mentions"], out["n_responses"], confidence=confidence)
    out["pct_ci_low"], out["pct_ci_high"] = 100.0 * low, 100.0 * high
    out["small_sample"] = out["n_responses"] < min_n
    return drop_segment_unless_asked(out[TREND_COLUMNS], segment)


def trend_tests(trends: pd.DataFrame, *, recent: int = 1, alpha: float = 0.05, min_n: int = 30) -> pd.DataFrame:
    r"""Test the change of each theme's share: the latest period(s) against all earlier ones.

    From a :func:`theme_trends` table, per segment, category and theme, the
    counts of the last ``recent`` periods are pooled (:math:`m_1/n_1`) and so
    are those of all the periods before (:math:`m_0/n_0`). The pooled
    two-proportion z-test

    .. math::

        \bar p = \frac{m_1 + m_0}{n_1 + n_0},\qquad
        z = \frac{m_1/n_1 - m_0/n_0}{\sqrt{\bar p(1-\bar p)(1/n_1 + 1/n_0)}}

    gives a two-sided ``p_value``; p-values are adjusted by Benjamini-Hochberg
    over all themes and categories of a segment (``p_adjusted``).
    ``small_sample`` when :math:`n_1` or :math:`n_0` is below ``min_n``;
    ``significant = p_adjusted < alpha`` and not a small sample;
    ``direction`` is ``"up"`` or ``"down"`` for significant changes.

    Returns
    -------
    DataFrame
        ``[segment], category, theme_id, source, recent_periods, n_recent,
        mentions_recent, pct_recent, n_before, mentions_before, pct_before,
        diff_pp, z, p_value, p_adjusted, significant, direction, small_sample``
    """
    if not isinstance(recent, (int, np.integer)) or recent < 1:
        raise ParameterError(f"The 'recent' parameter must be a whole number >= 1. Got {recent!r} instead.")
    missing = [c for c in ("category", "theme_id", "period", "n_responses", "n_mentions") if c not in trends.columns]
    if missing:
        raise InputError(f"trend_tests expects a table from theme_trends; it lacks the columns {missing}. "
                         f"Columns: {list(trends.columns)}.")
    has_segment = "segment" in trends.columns
    keys = (["segment"] if has_segment else []) + ["category", "theme_id", "source"]
    periods = sorted(trends["period_start"].dropna().unique()) if len(trends) else []
    if len(periods) <= recent:
        columns = keys + ["recent_periods", "n_recent", "mentions_recent", "pct_recent", "n_before",
                          "mentions_before", "pct_before", "diff_pp", "z", "p_value", "p_adjusted",
                          "significant", "direction", "small_sample"]
        return pd.DataFrame(columns=columns)
    cut = periods[-recent]
    labels = trends.loc[trends["period_start"] >= cut, "period"].drop_duplicates().tolist()
    window = labels[0] if len(labels) == 1 else f"{labels[0]}..{labels[-1]}"
    is_recent = trends["period_start"] >= cut
    sums = (trends.assign(_recent=is_recent)
            .groupby(keys + ["_recent"], sort=False)[["n_responses", "n_mentions"]].sum()
            .unstack("_recent", fill_value=0))
    out = pd.DataFrame({
        "recent_periods": window,
        "n_recent": sums[("n_responses", True)], "mentions_recent": sums[("n_mentions", True)],
        "n_before": sums[("n_responses", False)], "mentions_before": sums[("n_mentions", False)],
    }).reset_index()
    with np.errstate(divide="ignore", invalid="ignore"):
        out.insert(out.columns.get_loc("n_before"), "pct_recent", 100.0 * out["mentions_recent"] / out["n_recent"])
        out["pct_before"] = 100.0 * out["mentions_before"] / out["n_before"]
    out["diff_pp"] = out["pct_recent"] - out["pct_before"]
    out["z"], out["p_value"] = two_proportion_ztest(out["mentions_recent"], out["n_recent"],
                                                    out["mentions_before"], out["n_before"])
    family = out["segment"] if has_segment else pd.Series(0, index=out.index)
    out["p_adjusted"] = np.nan
    for _, idx in out.groupby(family, sort=False).groups.items():
        out.loc[idx, "p_adjusted"] = benjamini_hochberg(out.loc[idx, "p_value"])
    out["small_sample"] = (out["n_recent"] < min_n) | (out["n_before"] < min_n)
    out["significant"] = (out["p_adjusted"] < alpha) & ~out["small_sample"]
    out["direction"] = np.where(out["significant"], np.where(out["diff_pp"] > 0, "up", "down"), "")
    sort = (["segment"] if has_segment else []) + ["category"]
    return out.sort_values(sort, key=group_order, kind="stable").reset_index(drop=True)


def emerging_themes(tests: pd.DataFrame) -> pd.DataFrame:
    """Themes (and discovered clusters) whose share rose significantly: ``direction == "up"``.

    Takes a :func:`trend_tests` table (small samples are never significant
    there); sorted by segment, then adjusted p-value and size of the rise.
    """
    up = tests[tests["direction"] == "up"] if len(tests) else tests
    sort = (["segment"] if "segment" in tests.columns else []) + ["p_adjusted", "diff_pp"]
    ascending = [True] * (len(sort) - 1) + [False]
    return up.sort_values(sort, ascending=ascending, kind="stable",
                          key=lambda v: group_order(v) if v.name == "segment" else v).reset_index(drop=True)
