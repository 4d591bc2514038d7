import math

import numpy as np
import pandas as pd
import pytest

from textnps import InputError, ParameterError
from textnps.stats import (
    category_names, compare_nps, nps, nps_category, nps_interval, nps_standard_error, nps_summary,
)


def test_categories_boundaries():
    assert nps_category(range(11)).tolist() == ["detractor"] * 7 + ["passive"] * 2 + ["promoter"] * 2


def test_category_keeps_index():
    s = pd.Series([9, 3], index=["a", "b"])
    assert nps_category(s).index.tolist() == ["a", "b"]


def test_nps_hand_computed():
    # 3 promoters, 2 passives, 5 detractors of 10 -> 30 % - 50 % = -20
    scores = [10, 9, 9, 8, 7, 6, 5, 0, 1, 2]
    assert nps(scores) == pytest.approx(-20.0)


def test_standard_error_and_margin_hand_computed():
    # p = .3, d = .5: var = .8 - .04 = .76; se = 100 * sqrt(.76 / 10) = 27.5681
    scores = [10, 9, 9, 8, 7, 6, 5, 0, 1, 2]
    assert nps_standard_error(scores) == pytest.approx(100 * math.sqrt(0.076))
    r = nps_interval(5, 2, 3, method="wald")
    assert r["se"] == pytest.approx(27.568097504180443)
    assert r["moe"] == pytest.approx(1.959963984540054 * 27.568097504180443)
    assert r["ci_low"] == pytest.approx(-20 - r["moe"])


def test_adjusted_wald_hand_computed():
    # add .75 det, 1.5 pas, .75 pro: n = 13, p = 3.75/13, d = 5.75/13
    p, d = 3.75 / 13, 5.75 / 13
    se = 100 * math.sqrt((p + d - (p - d) ** 2) / 13)
    r = nps_interval(5, 2, 3, method="adjusted_wald")
    assert r["nps"] == pytest.approx(-20.0)  # the point estimate stays the observed NPS
    assert r["se"] == pytest.approx(se)
    centre = 100 * (p - d)
    assert r["ci_low"] == pytest.approx(centre - 1.959963984540054 * se)
    assert r["ci_high"] == pytest.approx(centre + 1.959963984540054 * se)


def test_interval_clipped_and_all_promoters():
    r = nps_interval(0, 0, 4, method="wald")
    assert r["nps"] == 100 and r["se"] == 0 and r["ci_high"] == 100
    assert nps_interval(0, 0, 4, method="adjusted_wald")["ci_high"] <= 100


def test_interval_bad_settings():
    with pytest.raises(ParameterError, match=r"'method' parameter of nps_interval must be one of \['auto', 'wald', 'adjusted_wald'\]. Got 'adjusted' instead. Did you mean 'adjusted_wald'\?"):
        nps_interval(1, 1, 1, method="adjusted")
    with pytest.raises(ParameterError, match="'confidence' parameter must be between 0 and 1. Got 95"):
        nps_interval(1, 1, 1, confidence=95)


def test_compare_nps_hand_computed():
    a = [10] * 60 + [0] * 40  # NPS 20, var = 1 - .04 = .96, se = 9.798
    b = [10] * 40 + [0] * 60  # NPS -20, same se
    r = compare_nps(a, b)
    se = math.sqrt(2 * 0.96 / 100) * 100
    assert r["diff"] == pytest.approx(40)
    assert r["se"] == pytest.approx(se)
    assert r["z"] == pytest.approx(40 / se)
    assert r["p_value"] == pytest.approx(2 * (1 - 0.9980), abs=2e-4)


def test_compare_nps_identical_groups():
    r = compare_nps([10, 0, 7], [10, 0, 7])
    assert r["diff"] == 0 and r["p_value"] == pytest.approx(1.0)


@pytest.mark.parametrize("lang, promoter", [("sv", "Förespråkare"), ("da", "Promotorer"), ("no", "Ambassadører"), ("nb", "Ambassadører"), ("en", "Promoters")])
def test_category_names(lang, promoter):
    assert category_names(lang)["promoter"] == promoter


def test_category_names_unknown_language():
    with pytest.raises(ParameterError, match="Unknown language 'sve'.*Did you mean 'sv'"):
        category_names("sve")
    assert category_names("dk") == category_names("da")  # country codes analysts type


@pytest.fixture
def survey():
    return pd.DataFrame({
        "score": [10, 9, 7, 3, 10, 0, 8, 9],
        "market": ["SE", "SE", "SE", "DK", "DK", "DK", "NO", "NO"],
        "date": pd.to_datetime(["2026-01-05", "2026-01-20", "2026-02-03", "2026-02-10",
                                "2026-04-01", "2026-04-02", "2026-04-03", "2026-05-30"]),
    })


def test_summary_overall(survey):
    row = nps_summary(survey).iloc[0]
    assert row["n"] == 8 and row["n_promoters"] == 4 and row["n_detractors"] == 2
    assert row["nps"] == pytest.approx(25.0)
    assert row["pct_passives"] == pytest.approx(25.0)
    assert row["moe"] == pytest.approx(nps_interval(2, 2, 4)["moe"])


def test_summary_by_segment_with_total(survey):
    table = nps_summary(survey, segment_col="market", total=True).set_index("market")
    assert table.loc["SE", "nps"] == pytest.approx(100 * (2 - 0) / 3)
    assert table.loc["DK", "nps"] == pytest.approx(100 * (1 - 2) / 3)
    assert table.loc["(all)", "n"] == 8


def test_summary_by_period(survey):
    month = nps_summary(survey, period="month")
    assert month["period"].tolist() == ["2026-01", "2026-02", "2026-04", "2026-05"]
    assert month["n"].tolist() == [2, 2, 3, 1]
    quarter = nps_summary(survey, period="quarter", segment_col="market")
    assert set(quarter["period"]) == {"2026-Q1", "2026-Q2"}
    week = nps_summary(survey, period="week")
    assert week["period"].iloc[0] == "2026-W02" and week["period_start"].iloc[0] == pd.Timestamp("2026-01-05")


def test_summary_missing_dates_reported(survey):
    survey.loc[0, "date"] = pd.NaT
    with pytest.warns(UserWarning, match="1 of 8 responses have no 'date'"):
        table = nps_summary(survey, period="month")
    assert table["n"].sum() == 7


def test_summary_errors(survey):
    with pytest.raises(InputError, match=r"Column 'scor' \(the score column\) is not in the data.*Did you mean 'score'"):
        nps_summary(survey, score_col="scor")
    with pytest.raises(ParameterError, match="'period' parameter of nps_summary must be one of.*Got 'monthly'.*Did you mean 'month'"):
        nps_summary(survey, period="monthly")
    survey.loc[3, "score"] = 11
    with pytest.raises(InputError, match=r"Column 'score' has 1 value\(s\) that are not NPS scores.*row 3: 11"):
        nps_summary(survey)
