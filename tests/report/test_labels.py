"""Report words in sv, da, no and en come from the language modules, complete."""
import string

import pytest

from textnps import lang as _lang
from textnps.report._labels import report_labels, theme_names


def _fields(text: str) -> list:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)


@pytest.mark.parametrize("table", ["REPORT_LABELS", "COMPARE_LABELS"])
@pytest.mark.parametrize("code", ["sv", "da", "nb"])
def test_every_language_translates_every_label(code, table):
    english, own = getattr(_lang.get("en"), table), getattr(_lang.get(code), table)
    assert set(own) == set(english)
    assert set(own["columns"]) == set(english["columns"])
    for key, text in own.items():
        if isinstance(text, str):
            assert _fields(text) == _fields(english[key]), key


@pytest.mark.parametrize("code, detractors, all_", [("sv", "Kritiker", "Alla"), ("da", "Kritikere", "Alle"),
                                                     ("no", "Kritikere", "Alle"), ("en", "Detractors", "All")])
def test_category_names(code, detractors, all_):
    labels = report_labels(code)
    assert labels["categories"]["detractor"] == detractors and labels["categories"]["(all)"] == all_


def test_theme_names_from_the_codebook():
    from textnps.themes.codebook.format import load_codebook

    book = load_codebook("nordic-cx")
    assert theme_names(book, "sv")["price"] == "Pris"
    assert set(theme_names(book, "no")) == set(book.ids)
    assert theme_names(None, "sv") == {}

