"""What each language module makes the stages do: tables of input and expected output per language.

Blank spaCy pipelines and the installed word lists only: nothing is downloaded.
"""
from __future__ import annotations

import pytest

from textnps.preprocess import is_informative, lemmas, split_compound
from textnps.preprocess.stopwords import stop_words
from textnps.report._labels import report_labels
from textnps.stats import category_names
from textnps.themes.codebook.polarity import clause_polarities, text_polarity


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Kundtjänsten var inte bra", "kundtjänst kund tjänst neg_bra"),
    ("sv", "Leveransen tog för lång tid", "leverans ta lång tid"),
    ("da", "Kundeservicen var ikke god", "kundeservice kunde service neg_god"),
    ("da", "Priserne er høje", "pris høj"),                       # LEMMA_EXCEPTIONS: priserne -> pris
    ("nb", "Kundeservicen var ikke bra", "kundeservice kunde service neg_bra"),
    ("nb", "Prisene er høye", "pris høy"),
    ("nn", "Kundeservicen var ikkje bra", "kundeservice kunde service neg_bra"),
    ("nn", "Leveringstida var lang", "leveringstid levering tid lang"),
    ("en", "The customer service was not good", "customer service neg_good"),
    ("en", "Prices are high", "price high"),
])
def test_lemmas_compounds_and_negation(lang, text, expected):
    assert lemmas(text, lang) == expected


@pytest.mark.parametrize(("lang", "word", "parts"), [
    ("sv", "kundtjänst", ("kund", "tjänst")),
    ("sv", "leverans", ()),                       # lever + ans? both parts must be more frequent than the word
    ("da", "leveringstid", ("levering", "tid")),  # linking s
    ("da", "tilfreds", ()),
    ("nb", "kundeservice", ("kunde", "service")),
    ("nn", "ventetid", ("vente", "tid")),
    ("en", "customerservice", ("customer", "service")),
])
def test_compound_splits(lang, word, parts):
    assert split_compound(word, lang) == parts


@pytest.mark.parametrize(("lang", "stop", "kept"), [
    ("sv", "och", "bra"),       # KEEP_WORDS: spaCy lists bra
    ("da", "og", "god"),
    ("nb", "og", "bra"),
    ("nn", "og", "bra"),
    ("en", "the", "well"),
])
def test_stop_words_keep_the_words_that_carry_meaning(lang, stop, kept):
    words = stop_words(lang)
    assert stop in words and kept not in words
    assert not words & {"inte", "ikke", "ikkje", "not"}  # negators are never stop words


@pytest.mark.parametrize(("lang", "text", "informative"), [
    ("sv", "vet inte", False), ("sv", "Snabb leverans", True),
    ("da", "ved ikke", False), ("da", "Hurtig levering", True),
    ("nb", "vet ikke", False), ("nb", "Rask levering", True),
    ("nn", "veit ikkje", False), ("nn", "Rask levering", True),
    ("en", "no comment", False), ("en", "Fast delivery", True),
])
def test_non_answers(lang, text, informative):
    assert is_informative(text) is informative


@pytest.mark.parametrize(("lang", "text", "polarity"), [
    ("sv", "Personalen var trevlig", "pos"), ("sv", "inte bra alls", "neg"),
    ("sv", "Ni borde sänka priset", "neg"),
    ("da", "Personalet var venligt", "pos"), ("da", "ikke godt", "neg"),
    ("da", "I burde sænke prisen", "neg"),
    ("nb", "Personalet var hyggelig", "pos"), ("nb", "ikke bra", "neg"),
    ("nb", "Dere burde senke prisen", "neg"),
    ("nn", "Personalet var hyggeleg", "pos"), ("nn", "ikkje bra", "neg"),
    ("nn", "Leveringa var dårleg", "neg"),
    ("en", "The staff were friendly", "pos"), ("en", "not good", "neg"),
    ("en", "You should lower the price", "neg"),
])
def test_polarity_words_negators_and_wishes(lang, text, polarity):
    assert text_polarity(text, lang) == polarity


@pytest.mark.parametrize(("lang", "text", "clauses"), [
    ("sv", "Bra pris men dålig service", [("bra pris", "pos"), ("men dålig service", "neg")]),
    ("da", "God pris men dårlig service", [("god pris", "pos"), ("men dårlig service", "neg")]),
    ("nb", "Bra pris men dårlig service", [("bra pris", "pos"), ("men dårlig service", "neg")]),
    ("nn", "Bra pris men dårleg service", [("bra pris", "pos"), ("men dårleg service", "neg")]),
    ("en", "Good price but bad service", [("good price", "pos"), ("but bad service", "neg")]),
])
def test_contrast_words_split_clauses(lang, text, clauses):
    assert clause_polarities(text, lang) == clauses
    assert text_polarity(text, lang) == "mixed"


@pytest.mark.parametrize(("lang", "promoter", "title"), [
    ("sv", "Förespråkare", "sv"), ("da", "Promotorer", "da"), ("no", "Ambassadører", "nb"),
    ("nn", "Ambassadørar", "en"),   # no report words of its own: English fills them
    ("en", "Promoters", "en"),
])
def test_category_names_and_report_words(lang, promoter, title):
    from textnps.lang import get

    assert category_names(lang)["promoter"] == promoter
    labels = report_labels(lang)
    assert labels["categories"]["promoter"] == promoter
    assert labels["report_title"] == get(title).REPORT_LABELS["report_title"]
