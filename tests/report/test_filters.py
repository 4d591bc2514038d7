"""The ``where`` filter of analyze (issue 16): a safe expression over the survey's columns."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from textnps._errors import ParameterError
from textnps.report.analyze import analyze
from textnps.report.filters import describe_filter, row_filter, segment_filter
from textnps.report.notes import localize

WORDS = {"sv": ("För dyrt", "Trevlig personal"), "da": ("Alt for dyrt", "Hyggelige ansatte"),
         "no": ("Altfor dyrt", "Hyggelige ansatte")}
MARKETS = {"sv": "SE", "da": "DK", "no": "NO"}


def survey(lang: str) -> pd.DataFrame:
    """90 classified responses in three markets; the *lang* market's detractors complain about price."""
    neg, pos = WORDS[lang]
    rows = [(market, score) for market in ("SE", "DK", "NO") for score in [0, 3, 6, 7, 8, 9, 10, 10, 9, 2] * 3]
    texts = [neg if s <= 6 else pos for _, s in rows]
    return pd.DataFrame({"market": [m for m, _ in rows], "score": [s for _, s in rows], "text": texts,
                         "text_clean": texts, "empty_comment": False,
                         "date": pd.Timestamp("2026-03-01") + pd.to_timedelta([i % 28 for i in range(len(rows))], "D"),
                         "themes": ["price:neg" if s <= 6 else "staff_service:pos" for _, s in rows]})


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_where_limits_every_table_and_counts_the_rest(lang):
    market = MARKETS[lang]
    report = analyze(survey(lang), lang=lang, progress=False, discover=False,
                     where=f"market == '{market}' and score <= 6")
    assert report.tables["nps_summary"]["n"].tolist() == [12]
    assert (report.data["market"] == market).all() and (report.data["score"] <= 6).all()
    assert report.tables["nps_summary"]["nps"].tolist() == [-100.0]
    notes = report.tables["notes"]["note"].tolist()
    english = f"78 of 90 responses do not match the filter market == '{market}' and score <= 6 and are left out of every table."
    assert localize(english, lang) in notes and english not in notes  # in the report's language


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_mapping_and_the_category_column_filter_too(lang):
    market = MARKETS[lang]
    report = analyze(survey(lang), lang=lang, progress=False, discover=False,
                     where=[{"market": market}, "category in ('promoter',)"])
    assert len(report.data) == 12 and (report.data["score"] >= 9).all()
    assert "category" in report.data.columns  # computed again for the report, not dropped with the filter's


@pytest.mark.parametrize("where, message", [
    ("__import__('os').system('true')", r"has \"__import__\('os'\).system\('true'\)\" where a comparison"),
    ("market.lower() == 'se'", r"has 'market.lower\(\)' where a column name is expected"),
    ("score + 1 > 3", r"has 'score \+ 1' where a column name"),
    ("markt == 'SE'", r"names 'markt', which is not a column.*Did you mean 'market'"),
    ("market > 'A'", r"compares the text column 'market' with > 'A'; order comparisons need a number"),
    ("score >", r"is not a valid expression"),
    ("market in 'SE'", r"has 'in' before \"'SE'\"; expected a list"),
    ("market == SE", r"has 'SE' where a text \('SE'\) or a number is expected"),
    ("date >= 'spring'", r"compares a date column with 'spring', which is no ISO date"),
])
def test_anything_but_comparisons_is_refused_naming_it(where, message):
    with pytest.raises(ParameterError, match=message):
        row_filter(survey("sv"), where)


def test_a_filter_matching_nothing_and_a_bad_segment_fail_clearly():
    with pytest.raises(ParameterError, match=r"No response matches the filter market == 'FI' \(90 responses"):
        analyze(survey("sv"), progress=False, discover=False, where={"market": "FI"})
    with pytest.raises(ParameterError, match=r"--segment expects COLUMN=VALUE \(e.g. market=SE\). Got 'SE'"):
        segment_filter(["SE"])
    assert segment_filter(["market=SE", "market=NO", "channel = web"]) == {"market": ["SE", "NO"], "channel": ["web"]}


def test_missing_values_match_no_comparison_and_dates_compare_as_dates():
    frame = pd.DataFrame({"market": ["SE", None, "DK"], "score": [3, None, 9],
                          "date": pd.to_datetime(["2025-01-01", "2025-06-01", None])})
    assert row_filter(frame, "market != 'SE'").tolist() == [False, False, True]
    assert row_filter(frame, "not market == 'SE'").tolist() == [False, True, True]
    assert row_filter(frame, "score >= 0").tolist() == [True, False, True]
    assert row_filter(frame, "date >= '2025-02-01'").tolist() == [False, True, False]
    assert row_filter(frame, "6 >= score").tolist() == [True, False, False]


@given(st.lists(st.tuples(st.sampled_from(["SE", "DK", "NO", None]), st.integers(0, 10)), min_size=1, max_size=30),
       st.sampled_from(["SE", "DK", "NO"]), st.integers(-1, 11), st.sampled_from(["<", "<=", ">", ">=", "==", "!="]),
       st.sampled_from(["and", "or"]))
def test_the_filter_agrees_with_pandas(rows, market, cut, op, joiner):
    frame = pd.DataFrame(rows, columns=["market", "score"])
    where = f"market == '{market}' {joiner} score {op} {cut}"
    by_market = (frame["market"] == market).to_numpy()
    by_score = frame["score"].apply(lambda s: eval(f"{s} {op} {cut}")).to_numpy(dtype=bool)  # the oracle
    expected = by_market & by_score if joiner == "and" else by_market | by_score
    assert row_filter(frame, where).tolist() == expected.tolist()
    assert describe_filter(where) == where
