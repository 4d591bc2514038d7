"""Lemmas (all four Nordic languages), compounds and negation."""
from __future__ import annotations

import pytest

from textnps.preprocess.compounds import split_compound
from textnps.preprocess.negation import apply_negation, mark_negation, NEGATOR, TERM, BREAK
from textnps.preprocess.stopwords import stop_words
from textnps.preprocess.tokens import LemmaAnalyzer, lemmas, lemmatize


@pytest.mark.parametrize(
    "word, lang, lemma",
    [
        ("Kundtjänsten", "sv", "kundtjänst"),
        ("PRISERNA", "sv", "pris"),
        ("beställde", "sv", "beställa"),
        ("Forsikringen", "da", "forsikring"),
        ("medarbejderne", "da", "medarbejder"),
        ("Kundeservicen", "nb", "kundeservice"),
        ("varene", "nb", "vare"),
        ("kjøpte", "nb", "kjøpe"),
        ("tenesta", "nn", "teneste"),
        ("varene", "nn", "vare"),
    ],
)
def test_lemmatize_lowercase_insensitive(word, lang, lemma):
    assert lemmatize(word, lang) == lemma
    assert lemmatize(word.upper(), lang) == lemmatize(word.lower(), lang)


@pytest.mark.parametrize(
    "word, lang, parts",
    [
        ("kundtjänst", "sv", ("kund", "tjänst")),
        ("leveringstid", "da", ("levering", "tid")),
        ("leveringstid", "nb", ("levering", "tid")),
        ("mobilabonnement", "nb", ("mobil", "abonnement")),
        ("kundeservice", "nn", ("kunde", "service")),
    ],
)
def test_split_compound(word, lang, parts):
    assert split_compound(word, lang) == parts


@pytest.mark.parametrize(
    "word, lang",
    [("leverans", "sv"), ("personal", "sv"), ("kostsam", "sv"), ("tilfreds", "da"), ("hjemmeside", "da"),
     ("fornøyd", "nb"), ("hjemmeside", "nb"), ("forsikring", "da"), ("medarbejder", "da"), ("nøgd", "nn")],
)
def test_no_false_splits(word, lang):
    assert split_compound(word, lang) == ()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Kundtjänsten var inte bra", "sv", "kundtjänst kund tjänst neg_bra"),
        ("Personalen var trevlig", "sv", "personal trevlig"),
        ("Leveringstiden var lang, og jeg er ikke tilfreds", "da", "leveringstid levering tid lang neg_tilfreds"),
        ("Hjemmesiden virker ikke", "da", "hjemmeside virke"),
        ("Mobilabonnementet er dyrt, men jeg er fornøyd", "nb", "mobilabonnement mobil abonnement dyr fornøyd"),
        ("Eg er ikkje nøgd", "nn", "neg_nøgd"),
        ("Jeg er ikke fornøyd med leveringen", "nb", "neg_fornøyd neg_levering"),
        ("Jag är aldrig nöjd", "sv", "neg_nöjd"),
        ("The staff was not helpful", "en", "staff neg_helpful"),
        ("Inte bara snabbt utan billigt", "sv", "snabb billig"),
        ("Ikke så god service", "da", "neg_god neg_service"),
    ],
)
def test_lemmas_with_compounds_and_negation(text, lang, expected):
    assert lemmas(text, lang) == expected


@pytest.mark.parametrize("lang", ["sv", "da", "nb", "nn"])
def test_negators_are_not_stop_words_and_meaning_words_kept(lang):
    stops = stop_words(lang)
    assert not {"inte", "ikke", "ikkje", "ej", "aldrig", "aldri"} & stops
    assert {"god", "bra"} & {"god", "bra"} - stops


def test_spacy_and_regex_tokenizers_agree():
    texts = ["Kundtjänsten var inte bra, men leveransen kom snabbt!", "Priserna är höga."]
    fast = LemmaAnalyzer("sv").pipe(texts)
    spacy_ = LemmaAnalyzer("sv", tokenizer="spacy").pipe(texts)
    assert fast == spacy_


def test_options_off():
    assert LemmaAnalyzer("sv", compounds=False, negation=False).pipe(["Kundtjänsten var inte bra"]) == ["kundtjänst inte bra"]


def test_placeholders_are_not_lemmas():
    assert lemmas("Skriv till [EMAIL] eller ring [PHONE]", "sv") == "skriva ringa"


def test_mark_negation_on_word_lists():
    assert mark_negation(["det", "var", "inte", "bra", ",", "men", "billigt"], "sv") == ["det", "var", "neg_bra", "billigt"]
    assert mark_negation(["ikke", "bare", "billig"], "nb") == ["bare", "billig"]
    assert apply_negation([(NEGATOR, ()), (TERM, ("a",)), (TERM, ("b",)), (TERM, ("c",))], window=2) == ["neg_a", "neg_b", "c"]
    assert apply_negation([(NEGATOR, ()), (BREAK, ()), (TERM, ("a",))]) == ["a"]
