"""Parsing the classifier's ``themes`` column and discovery's clusters."""
import pandas as pd
import pytest

from textnps._errors import InputError
from textnps.report._mentions import mentions


def test_themes_become_columns_in_codebook_order():
    df = pd.DataFrame({"themes": ["price:neg;digital:neg", "", None, "price:pos"]}, index=[10, 11, 12, 13])
    found = mentions(df, order=["digital", "price", "staff_service"])
    assert found.theme_ids == ["digital", "price"]
    assert found.present["price"].tolist() == [True, False, False, True]
    assert found.polarity.loc[13, "price"] == "pos"
    assert list(found.present.index) == [10, 11, 12, 13]


def test_discovered_clusters_count_only_for_uncovered_comments():
    df = pd.DataFrame({"themes": ["price:neg", "", ""], "discovered_theme": ["3", "3", ""]})
    found = mentions(df)
    assert found.present["new:3"].tolist() == [False, True, False]
    assert found.source == {"price": "codebook", "new:3": "discovery"}


def test_missing_themes_column_names_the_classifier():
    with pytest.raises(InputError, match="no 'themes' column: run ThemeClassifier"):
        mentions(pd.DataFrame({"text": ["hej"]}))


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ID = st.sampled_from(["price", "digital", "staff_service", "ease", "x y", "pris:neg:extra"])
_PAIR = st.tuples(_ID, st.sampled_from(["pos", "neg", "mixed", ""])).map(lambda p: f"{p[0]}:{p[1]}" if p[1] else p[0])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PAIR, max_size=4).map(";".join), min_size=1, max_size=20))
def test_parser_never_crashes_and_counts_each_theme_once(values):
    found = mentions(pd.DataFrame({"themes": values}))
    for i, value in enumerate(values):
        ids = {pair.split(":", 1)[0].strip() for pair in value.split(";") if pair.split(":", 1)[0].strip()}
        assert {t for t in found.theme_ids if found.present_values[i, found.theme_ids.index(t)]} == ids


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(["pris", "leverans", "levering", "kundeservice"]),
                                   st.sampled_from(["pos", "neg", "mixed", "", "neutral", "NEG"])), max_size=3),
                min_size=1, max_size=15))
def test_polarities_are_a_byte_per_cell_and_read_back_as_written(rows):
    """The polarity matrix is coded (uint8) and reads back the strings the themes column held, unusual ones too."""
    values = [";".join(f"{t}:{p}" if p else t for t, p in row) for row in rows]
    found = mentions(pd.DataFrame({"themes": values}))
    assert found.polarity_codes.dtype == "uint8" and found.polarity_codes.shape == found.present_values.shape
    expected = {}
    for i, row in enumerate(rows):
        for theme, polarity in row:
            expected[i, theme] = polarity  # the last pair of a theme wins, as in the parser
    table = found.polarity
    for (i, theme), polarity in expected.items():
        j = found.theme_ids.index(theme)
        assert table.iat[i, j] == polarity == found.polarity_at([i], j)[0]
    for name in ("pos", "neg", "mixed", "neutral", "NEG", "absent"):
        wanted = {(i, t) for (i, t), p in expected.items() if p == name}
        mask = found.has_polarity(name)
        assert {(i, found.theme_ids[j]) for i, j in zip(*mask.nonzero())} == wanted


def test_too_many_different_polarities_are_an_error_not_a_wrap_around():
    values = [f"pris:p{i}" for i in range(300)]
    with pytest.raises(InputError, match="300 different polarities"):
        mentions(pd.DataFrame({"themes": values}))
