"""Every language module defines every name of textnps.lang.LanguageData, with its declared type."""
from __future__ import annotations

import importlib
import re
import types

import pytest

from textnps import lang
from textnps._errors import TextNPSError
from textnps.report._labels import REPORT_LANGUAGES


@pytest.mark.parametrize("code", lang.LANGUAGES)
def test_module_follows_the_schema(code):
    module = importlib.import_module(f"textnps.lang.{code}")
    assert lang.schema_problems(module) == []
    assert lang.get(code) is module
    for name, declared in lang.SCHEMA.items():
        assert isinstance(getattr(module, name), getattr(declared, "__origin__", declared)), name


@pytest.mark.parametrize("code", sorted(set(map(lang.normalize_code, REPORT_LANGUAGES))))
def test_report_languages_have_every_report_word(code):
    english = lang.get("en").REPORT_LABELS
    own = lang.get(code).REPORT_LABELS
    assert set(own) == set(english)
    assert set(own["columns"]) == set(english["columns"])


@pytest.mark.parametrize("code", lang.LANGUAGES)
def test_negators_are_never_stop_words_or_polarity_words(code):
    data = lang.get(code)
    assert not data.NEGATORS & data.STOP_WORDS
    assert not data.POSITIVE_WORDS & data.NEGATIVE_WORDS


def _fake(**names) -> types.ModuleType:
    module = types.ModuleType("textnps.lang.xx")
    base = importlib.import_module("textnps.lang.sv")
    for name in lang.SCHEMA:
        setattr(module, name, getattr(base, name))
    for name, value in names.items():
        if value is None:
            delattr(module, name)
        else:
            setattr(module, name, value)
    return module


@pytest.mark.parametrize(("change", "problem"), [
    ({"GLUED_WORDS": None}, r"GLUED_WORDS is missing \(expected tuple\[str, \.\.\.\]\)"),
    ({"STOP_WORDS": {"och"}}, r"STOP_WORDS must be frozenset\[str\], not a set"),
    ({"NEGATORS": frozenset({"inte", 3})}, r"NEGATORS must be frozenset\[str\], not holding 3"),
    ({"CONCEPTS": {"price": "pris"}}, r"CONCEPTS must be dict\[str, tuple\[str, \.\.\.\]\], not with 'price': a str"),
    ({"NEGATION_WORD": ""}, r"NEGATION_WORD is empty"),
    ({"CATEGORY_NAMES": {"detractor": "K", "passive": "P"}}, r"naming \['detractor', 'passive'\]"),
    ({"LEMMATIZERS": ("spacy", "stanza")}, r"naming \['stanza'\] \(expected names among \['spacy', 'simplemma'\]\)"),
    ({"MADE_UP_WORDS": frozenset()}, r"MADE_UP_WORDS not declared in textnps.lang.LanguageData"),
])
def test_schema_problems_name_what_is_wrong(change, problem):
    problems = lang.schema_problems(_fake(**change))
    assert len(problems) == 1
    assert re.search(problem, problems[0]), problems


def test_get_refuses_a_module_that_breaks_the_schema(monkeypatch):
    broken = _fake(WISH_PHRASES=None)
    monkeypatch.setattr(importlib, "import_module", lambda name: broken)
    lang._checked.cache_clear()
    try:
        with pytest.raises(TextNPSError, match=r"textnps.lang.sv does not follow textnps.lang.LanguageData:\n"
                                               r"  WISH_PHRASES is missing"):
            lang.get("sv")
    finally:
        monkeypatch.undo()
        lang._checked.cache_clear()
