import numpy as np
import pandas as pd
import pytest
from hypothesis import given, strategies as st

from textnps import InputError
from textnps.scores import parse_score, parse_scores


@pytest.mark.parametrize(
    "value, expected",
    [
        (9, 9), (0, 0), (10, 10), (9.0, 9), (np.int64(7), 7), ("9", 9), (" 7 ", 7), ("9,0", 9), ("9.0", 9),
        ("10 - Mycket troligt", 10), ("0 - Inte alls troligt", 0), ("0 = Slet ikke sandsynligt", 0),
        ("10 = Meget sandsynligt", 10), ("10 (Extremely likely)", 10), ("9: Svært sannsynlig", 9),
        ("0-Ikke sannsynlig", 0), ("10 Mycket troligt", 10), ("+8", 8),
    ],
)
def test_parse_score_accepts_export_formats(value, expected):
    assert parse_score(value) == expected


@pytest.mark.parametrize(
    "value", [11, -1, "-1", "11", 9.5, "9,5", "ti", "", None, np.nan, pd.NA, True, "10-12", "1 0", "n/a", [9]]
)
def test_parse_score_rejects_non_scores(value):
    assert parse_score(value) is None


@given(st.integers(min_value=0, max_value=10), st.sampled_from(["", " - Mycket troligt", " = Slet ikke", ",0", ".0", " (x)"]))
def test_parse_score_roundtrip(n, suffix):
    assert parse_score(f"{n}{suffix}") == n


@given(st.text(max_size=20))
def test_parse_score_never_crashes(text):
    result = parse_score(text)
    assert result is None or 0 <= result <= 10


def test_parse_scores_reports_column_count_and_rows():
    values = pd.Series(["10", "11", "ti", "7", "-1", "", "8"], index=[10, 11, 12, 13, 14, 15, 16])
    with pytest.raises(InputError, match=r"Column 'Betyg' has 4 value\(s\) that are not NPS scores.*row 11: '11', row 12: 'ti', row 14: '-1', row 15: '<empty>'"):
        parse_scores(values, column="Betyg")


def test_parse_scores_coerce_gives_missing():
    out = parse_scores(pd.Series(["10", "x", 3]), errors="coerce")
    assert out.dtype == "Int64"
    assert out.isna().tolist() == [False, True, False]


def test_parse_scores_integer_dtype_out_of_range():
    with pytest.raises(InputError, match="1 value"):
        parse_scores(pd.Series([1, 2, 12]))
