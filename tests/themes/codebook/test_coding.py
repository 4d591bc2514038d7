"""Analyst codes: the explicit "coded, no theme" code (``-`` / ``none``) and empty cells of a file."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, strategies as st

from textnps._errors import InputError
from textnps.io import read_table
from textnps.themes.codebook.coding import NO_THEME, NO_THEME_CODES, format_themes, label_matrix, parse_themes

IDS = ["price", "staff_service", "delivery"]

# (language, a comment about price, a comment about nothing the codebook knows)
COMMENTS = {
    "sv": ("För dyrt abonnemang", "Jag köpte den i maj"),
    "da": ("Alt for dyr forsikring", "Jeg købte den i maj"),
    "no": ("Altfor dyrt abonnement", "Jeg kjøpte den i mai"),
}


@pytest.mark.parametrize("code", ["-", "none", " None ", "NONE", " - "])
def test_no_theme_codes_mean_coded_with_no_theme(code):
    assert parse_themes(code) == {}
    y, coded = label_matrix([code, "price", np.nan], IDS)
    assert coded.tolist() == [True, True, False]
    assert y.tolist() == [[0, 0, 0], [1, 0, 0], [0, 0, 0]]


def test_missing_values_are_not_coded_and_the_python_empty_string_is_coded():
    assert parse_themes(None) is None and parse_themes(np.nan) is None and parse_themes(pd.NA) is None
    assert parse_themes("") == {}
    assert NO_THEME in NO_THEME_CODES


def test_no_theme_code_is_only_a_whole_cell():
    with pytest.raises(InputError, match=r"unknown theme ids or polarities \(row 0: '-'\)"):
        label_matrix(["price;-"], IDS)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_training_file_reads_dash_as_coded_and_empty_as_not_coded(tmp_path, lang):
    price, nothing = COMMENTS[lang]
    path = tmp_path / f"coded_{lang}.csv"
    path.write_text(f"comment,codes\n{price},price:neg\n{nothing},-\n{nothing} igen,none\n{price} 2,\n",
                    encoding="utf-8")
    frame, _ = read_table(path)
    y, coded = label_matrix(frame["codes"], IDS)
    assert coded.tolist() == [True, True, True, False]
    assert y[:, 0].tolist() == [1, 0, 0, 0]


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_training_counts_the_no_theme_codes(lang):
    from tests.themes.codebook.test_classify import preprocessed
    from textnps.themes.codebook.classify import ThemeClassifier

    price, nothing = COMMENTS[lang]
    df = preprocessed([price, nothing, nothing + " igen", price + " 2"], "nb" if lang == "no" else lang,
                      codes=["price:neg", "-", "none", np.nan], score=[2, 8, 8, 3])
    model = ThemeClassifier(progress=False, refiner=None, labels_col="codes").fit(df)
    assert model.n_coded_ == 3


@given(st.dictionaries(st.sampled_from(IDS), st.sampled_from([None, "pos", "neg", "mixed"]), max_size=3))
def test_format_then_parse_round_trips(themes):
    text = format_themes(themes)
    assert parse_themes(text) == themes
    assert parse_themes(text if themes else NO_THEME) == themes
