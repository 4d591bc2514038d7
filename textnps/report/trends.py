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
from scipy import stats as _sps

from textnps import stats
from textnps._errors import InputError, ParameterError, check_choice, require_column
from textnps.report._labels import ALL
from textnps.report._layout import check_confidence_and_min_n, drop_segment_unless_asked, group_order
from textnps.report._prepared import Prepared, prepare
from textnps.stats import benjamini_hochberg, two_proportion_ztest, wilson_interval

__all__ = ["theme_trends", "trend_tests", "emerging_themes", "PERIODS", "TREND_COLUMNS", "MIN_MENTIONS",
           "MIN_EXPECTED"]

#: A rise is only flagged when at least this many commenting responses of the latest period(s) mention the theme
#: (:func:`trend_tests`); fewer is an anecdote, whatever its p-value.
MIN_MENTIONS = 10
#: Fisher's exact test replaces the z-test when a cell of the 2x2 table expects fewer than this count
#: (Cochran's rule, Cochran 1954, Biometrics 10, 417-451).
MIN_EXPECTED = 5

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


def trend_tests(trends: pd.DataFrame, *, recent: int = 1, alpha: float = 0.05, min_n: int = 30,
                min_mentions: int = MIN_MENTIONS) -> pd.DataFrame:
    r"""Test the change of each theme's share: the latest period(s) against all earlier ones.

    From a :func:`theme_trends` table, per segment, category and theme, the
    counts of the last ``recent`` periods are pooled (:math:`m_1/n_1`) and so
    are those of all the periods before (:math:`m_0/n_0`). The pooled
    two-proportion z-test

    .. math::

        \bar p = \frac{m_1 + m_0}{n_1 + n_0},\qquad
        z = \frac{m_1/n_1 - m_0/n_0}{\sqrt{\bar p(1-\bar p)(1/n_1 + 1/n_0)}}

    gives the two-sided ``p_value`` when every cell of the 2x2 table
    (mentioned or not, recent or before) expects at least
    :data:`MIN_EXPECTED` = 5 counts under no change (Cochran 1954); otherwise
    -- small counts, a zero baseline -- the p-value is that of Fisher's exact
    test (two-sided, :func:`scipy.stats.fisher_exact`; Fisher 1935), which is
    valid at any size. ``test`` says which (``"z"`` or ``"fisher"``); ``z``
    is always the z statistic, for reading only. P-values are adjusted by
    Benjamini-Hochberg over all themes and categories of a segment
    (``p_adjusted``).

    ``small_sample`` when :math:`n_1` or :math:`n_0` is below ``min_n``
    responses, or when fewer than ``min_mentions`` (:data:`MIN_MENTIONS`,
    default 10) responses of the latest period(s) mention the theme
    (:math:`m_1`). No minimum applies to :math:`m_0`: a theme new in the
    latest period has :math:`m_0 = 0`, and Fisher's test handles that cell
    exactly; the :math:`m_1` minimum and :math:`n_0 \ge` ``min_n`` keep a
    rise resting on a comment or two (1 of 138 against 0 of 2,576) from being
    flagged. ``significant = p_adjusted < alpha`` and not a small sample;
    ``direction`` is ``"up"`` or ``"down"`` for significant changes.

    Returns
    -------
    DataFrame
        ``[segment], category, theme_id, source, recent_periods, n_recent,
        mentions_recent, pct_recent, n_before, mentions_before, pct_before,
        diff_pp, z, p_value, p_adjusted, significant, direction, small_sample,
        test``
    """
    if not isinstance(recent, (int, np.integer)) or recent < 1:
        raise ParameterError(f"The 'recent' parameter must be a whole number >= 1. Got {recent!r} instead.")
    if not isinstance(min_mentions, (int, np.integer)) or min_mentions < 1:
        raise ParameterError(f"The 'min_mentions' parameter must be a whole number >= 1. Got {min_mentions!r} "
                             "instead.")
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
                          "significant", "direction", "small_sample", "test"]
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
    out["test"], out["p_value"] = _exact_where_small(out)
    family = out["segment"] if has_segment else pd.Series(0, index=out.index)
    out["p_adjusted"] = np.nan
    for _, idx in out.groupby(family, sort=False).groups.items():
        out.loc[idx, "p_adjusted"] = benjamini_hochberg(out.loc[idx, "p_value"])
    out["small_sample"] = ((out["n_recent"] < min_n) | (out["n_before"] < min_n)
                           | (out["mentions_recent"] < min_mentions))
    out["significant"] = (out["p_adjusted"] < alpha) & ~out["small_sample"]
    out["direction"] = np.where(out["significant"], np.where(out["diff_pp"] > 0, "up", "down"), "")
    sort = (["segment"] if has_segment else []) + ["category"]
    columns = [c for c in out.columns if c != "test"] + ["test"]
    return out[columns].sort_values(sort, key=group_order, kind="stable").reset_index(drop=True)


def _exact_where_small(out: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """``(test, p_value)``: the z-test's p-value, or Fisher's exact one where a cell expects < MIN_EXPECTED."""
    m1, n1 = out["mentions_recent"].to_numpy(float), out["n_recent"].to_numpy(float)
    m0, n0 = out["mentions_before"].to_numpy(float), out["n_before"].to_numpy(float)
    n, m = n1 + n0, m1 + m0
    with np.errstate(divide="ignore", invalid="ignore"):
        smallest = np.minimum.reduce([n1 * m, n0 * m, n1 * (n - m), n0 * (n - m)]) / n  # expected counts
    testable = (n1 > 0) & (n0 > 0) & (m > 0) & (m < n)
    small = testable & (smallest < MIN_EXPECTED)
    p = out["p_value"].to_numpy(float).copy()
    for i in np.flatnonzero(small):
        table = [[m1[i], n1[i] - m1[i]], [m0[i], n0[i] - m0[i]]]
        p[i] = _sps.fisher_exact(np.asarray(table, dtype=np.int64)).pvalue
    return np.where(small, "fisher", np.where(testable, "z", "")), p


def emerging_themes(tests: pd.DataFrame) -> pd.DataFrame:
    """Themes (and discovered clusters) whose share rose significantly: ``direction == "up"``.

    Takes a :func:`trend_tests` table (small samples -- fewer than ``min_n``
    responses or ``min_mentions`` recent mentions -- are never significant
    there, so never emerging); sorted by segment, then adjusted p-value and
    size of the rise.
    """
    up = tests[tests["direction"] == "up"] if len(tests) else tests
    sort = (["segment"] if "segment" in tests.columns else []) + ["p_adjusted", "diff_pp"]
    ascending = [True] * (len(sort) - 1) + [False]
    return up.sort_values(sort, ascending=ascending, kind="stable",
                          key=lambda v: group_order(v) if v.name == "segment" else v).reset_index(drop=True)
