"""Which periods the report's charts over time draw: a default window for surveys that span many years.

An export of reviews can reach back a decade with one response a month in its
early years: drawn as they are, those periods swing between -100 and +100 and
squeeze the years that matter into a corner. The charts (NPS over time, theme
trends) therefore draw

* at most the latest :data:`CHART_PERIODS` periods of the trend period (36
  months, 104 weeks, 20 quarters; every year), and
* from the first period of that span with at least ``min_n`` responses (the
  small periods *before* it are left out; small periods after it are kept and
  drawn grey, so a gap in the recent data stays visible).

The tables are not cut: ``nps_over_time.csv`` and ``trends.csv`` keep every
period (small ones flagged ``small_sample``), and a note in the report says
which periods the charts show. ``since``/``until`` set any other window.
"""
from __future__ import annotations

import pandas as pd

from textnps.report._labels import ALL, segment_rows

__all__ = ["CHART_PERIODS", "chart_periods"]

#: The most periods a chart over time draws, by trend period (None: all of them).
CHART_PERIODS: dict[str, int | None] = {"week": 104, "month": 36, "quarter": 20, "year": None}


def chart_periods(over_time: pd.DataFrame, *, period: str, min_n: int) -> list[str]:
    """The periods (as the table's ``period`` labels, oldest first) the charts of *over_time* draw.

    *over_time* is :func:`textnps.stats.nps_summary` with ``period=`` (the whole
    survey's rows are used when it has a segment column), with ``n`` per period.

    >>> table = pd.DataFrame({"period": ["2019-01", "2019-02", "2019-03", "2019-04"], "n": [1, 40, 3, 50]})
    >>> chart_periods(table, period="month", min_n=30)
    ['2019-02', '2019-03', '2019-04']
    """
    if period not in CHART_PERIODS:
        raise ValueError(f"period={period!r}: expected one of {sorted(CHART_PERIODS)}.")
    rows = segment_rows(over_time)
    rows = rows[rows["period"] != ALL]
    labels = rows["period"].astype(str).tolist()
    most = CHART_PERIODS[period]
    if most is not None:
        labels, counts = labels[-most:], rows["n"].to_numpy()[-most:]
    else:
        counts = rows["n"].to_numpy()
    first = next((i for i, n in enumerate(counts) if n >= min_n), 0)  # all small: keep them all (grey)
    return labels[first:]
