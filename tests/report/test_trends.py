"""Theme shares per period, the latest-period test and emerging themes."""
import math

import numpy as np
import pandas as pd
import pytest

from textnps._errors import InputError, ParameterError
from textnps.report.trends import emerging_themes, theme_trends, trend_tests


def survey():
    """40 detractors a month for 3 months; 'digital' in 2, 2 and then 20 of them."""
    rows = []
    for month, n_digital in (("2026-08", 2), ("2026-09", 2), ("2026-10", 20)):
        for i in range(40):
            themes = ["price:neg"] + (["digital:neg"] if i < n_digital else [])
            rows.append({"score": 3, "date": pd.Timestamp(f"{month}-{1 + i % 28:02d}"), "themes": ";".join(themes),
                         "market": "SE" if i % 2 else "DK"})
    return pd.DataFrame(rows)


def test_shares_per_period():
    out = theme_trends(survey(), categories=["detractor"])
    digital = out[out["theme_id"] == "digital"].set_index("period")
    assert digital.index.tolist() == ["2026-08", "2026-09", "2026-10"]
    assert digital["n_mentions"].tolist() == [2, 2, 20]
    assert digital["pct"].tolist() == pytest.approx([5.0, 5.0, 50.0])
    assert (digital["pct_ci_low"] < digital["pct"]).all()
    assert str(digital["period_start"].iloc[0].date()) == "2026-08-01"


def test_latest_period_test_by_hand_and_emerging():
    tests = trend_tests(theme_trends(survey(), categories=["detractor"]))
    row = tests.set_index("theme_id").loc["digital"]
    # 20/40 against (2+2)/80: pooled 24/120 = 0.2
    z = (0.5 - 0.05) / math.sqrt(0.2 * 0.8 * (1 / 40 + 1 / 80))
    assert row["z"] == pytest.approx(z)
    assert row["diff_pp"] == pytest.approx(45.0)
    assert row["recent_periods"] == "2026-10" and row["direction"] == "up"
    price = tests.set_index("theme_id").loc["price"]
    assert np.isnan(price["p_value"]) and price["direction"] == ""   # 100 % throughout: nothing to test
    emerging = emerging_themes(tests)
    assert emerging["theme_id"].tolist() == ["digital"]


def test_recent_window_of_two_periods():
    tests = trend_tests(theme_trends(survey(), categories=["detractor"]), recent=2)
    row = tests.set_index("theme_id").loc["digital"]
    assert row["recent_periods"] == "2026-09..2026-10"
    assert row["n_recent"] == 80 and row["mentions_recent"] == 22 and row["n_before"] == 40


def test_by_segment_and_week_periods():
    out = theme_trends(survey(), segment="market", period="quarter")
    assert set(out["segment"]) == {"(all)", "DK", "SE"}
    assert set(out["period"]) == {"2026-Q3", "2026-Q4"}
    tests = trend_tests(out)
    assert set(tests["segment"]) == {"(all)", "DK", "SE"}
    weeks = theme_trends(survey(), period="week", categories=["(all)"])
    assert weeks["period"].iloc[0].startswith("2026-W")


def test_empty_periods_are_kept_and_small_samples_flagged():
    df = survey()
    df = df[df["date"].dt.month != 9]
    out = theme_trends(df, categories=["detractor"])
    sept = out[out["period"] == "2026-09"]
    assert (sept["n_responses"] == 0).all() and sept["pct"].isna().all() and sept["small_sample"].all()


def test_undated_rows_are_counted_in_a_warning():
    df = survey()
    df.loc[:4, "date"] = pd.NaT
    with pytest.warns(UserWarning, match="5 of 120 responses have no 'date'"):
        theme_trends(df)


def test_a_single_period_has_nothing_to_compare():
    df = survey()
    tests = trend_tests(theme_trends(df[df["date"].dt.month == 10]))
    assert tests.empty and "p_adjusted" in tests.columns
    assert emerging_themes(tests).empty


def test_errors():
    with pytest.raises(ParameterError, match="'period' parameter of theme_trends must be one of .* Got 'months'.*'month'"):
        theme_trends(survey(), period="months")
    with pytest.raises(InputError, match=r"Column 'date' \(the date column\)"):
        theme_trends(survey().drop(columns="date"))
    with pytest.raises(ParameterError, match="'recent' parameter must be a whole number >= 1. Got 0"):
        trend_tests(theme_trends(survey()), recent=0)
    with pytest.raises(InputError, match="expects a table from theme_trends; it lacks the columns"):
        trend_tests(pd.DataFrame({"x": [1]}))
