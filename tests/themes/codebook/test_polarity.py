"""Clause-level polarity with negation, in sv, da and nb/nn."""
from __future__ import annotations

import pytest

from textnps.themes.codebook.polarity import analyze_clauses, clause_polarities, split_clauses, text_polarity


@pytest.mark.parametrize("text, lang, expected", [
    ("bra pris men usel kundtjänst", "sv", ["bra pris", "men usel kundtjänst"]),
    ("God service, men for dyrt.", "da", ["god service", "men for dyrt"]),
    ("Hyggelig selger. Lang ventetid!", "nb", ["hyggelig selger", "lang ventetid"]),
    ("Great staff but slow delivery", "en", ["great staff", "but slow delivery"]),
])
def test_split_clauses_at_contrast_words_and_punctuation(text, lang, expected):
    assert split_clauses(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Det var bra", "sv", "pos"),
    ("Det var inte bra", "sv", "neg"),
    ("inga problem alls", "sv", "pos"),
    ("Det var ikke dårligt", "da", "pos"),
    ("Ikke særlig god service", "da", "neg"),
    ("Jeg fik ikke svar", "da", "neg"),           # a negator with nothing to flip: a complaint
    ("Det var ikke bra", "nb", "neg"),
    ("Ikkje dårleg i det heile", "nn", "pos"),
    ("Veldig fornøyd", "nb", "pos"),
    ("Bra pris men dålig service", "sv", "mixed"),
    ("Leveransen kom i tisdags", "sv", None),
])
def test_text_polarity_with_negation(text, lang, expected):
    assert text_polarity(text, lang) == expected


@pytest.mark.parametrize("text, lang, word, expected", [
    ("bra pris men usel kundtjänst", "sv", "pris", "pos"),
    ("bra pris men usel kundtjänst", "sv", "kundtjänst", "neg"),
    ("Prisen er ok, men personalet var uhøflige", "da", "prisen", "pos"),   # borrowed across 'men'
    ("Prisen er ok, men personalet var uhøflige", "da", "personalet", "neg"),
    ("Veldig hyggelig selger, men altfor dyrt", "nb", "selger", "pos"),
    ("Veldig hyggelig selger, men altfor dyrt", "nb", "dyrt", "neg"),
    ("Leveransen var snabb. Vi ringde kundtjänst", "sv", "kundtjänst", "pos"),  # no sentiment: the comment's
])
def test_theme_polarity_comes_from_its_clause(text, lang, word, expected):
    analysis = analyze_clauses(text, lang)
    i = analysis.tokens.index(word)
    assert analysis.polarity([(i, i + 1)]) == expected


def test_theme_in_clauses_of_both_signs_is_mixed():
    analysis = analyze_clauses("Bra kundtjänst i telefon. Men kundtjänst i chatten var usel", "sv")
    spans = [(i, i + 1) for i, t in enumerate(analysis.tokens) if t == "kundtjänst"]
    assert analysis.polarity(spans) == "mixed"


def test_no_sentiment_anywhere_gives_the_default():
    analysis = analyze_clauses("Vi beställde en soffa", "sv")
    assert analysis.polarity([(3, 4)], default="neg") == "neg"
    assert analysis.polarity([None]) is None


def test_unknown_language_falls_back_to_nordic_words():
    assert text_polarity("super god service", "und") == "pos"


def test_clause_polarities_pairs_each_clause():
    assert clause_polarities("Snabb leverans, dålig kvalitet", "sv") == [("snabb leverans", "pos"), ("dålig kvalitet", "neg")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Pakken kom til tiden", "da", "pos"),           # a phrase carries what its words lack
    ("Det tog lång tid", "sv", "neg"),
    ("Varen kom dagen etter", "nb", "pos"),
])
def test_sentiment_phrases(text, lang, expected):
    assert text_polarity(text, lang) == expected


@pytest.mark.parametrize("text, lang, word, expected", [
    ("Prisen er høj", "da", "prisen", "neg"),
    ("Priset är lågt", "sv", "priset", "pos"),
    ("Prisen er høyere enn før", "nb", "prisen", "neg"),
])
def test_theme_polarity_words_count_only_for_their_theme(text, lang, word, expected):
    from textnps.themes.codebook.format import load_codebook
    from textnps.themes.codebook.seeds import SeedMatcher

    matcher = SeedMatcher(load_codebook("nordic-cx"))
    price = load_codebook("nordic-cx").ids.index("price")
    analysis = analyze_clauses(text, lang)
    i = analysis.tokens.index(word)
    assert analysis.polarity([(i, i + 1)], default="mixed", words=matcher.polarity_words(price, lang)) == expected
    assert analysis.polarity([(i, i + 1)], default="mixed") == "mixed"   # 'høj' is no sentiment word in general


@pytest.mark.parametrize("text, lang, word, expected", [
    ("Prisen kunne godt være lidt billigere", "da", "prisen", "neg"),   # a wish is a complaint
    ("Priset borde vara lägre", "sv", "priset", "neg"),
    ("Prisen kunne gjerne vært bedre", "nb", "prisen", "neg"),
    ("Prisen er billigere end hos andre", "da", "prisen", "pos"),       # no wish: the comparison praises
])
def test_a_wish_makes_its_clause_negative(text, lang, word, expected):
    analysis = analyze_clauses(text, lang)
    i = analysis.tokens.index(word)
    assert analysis.polarity([(i, i + 1)]) == expected


@pytest.mark.parametrize("text, lang", [
    ("Pakken kom alt for sent", "da"),
    ("Paketet kom för sent och var skadat", "sv"),
    ("Pakken var knust", "nb"),
])
def test_late_or_damaged_goods_are_negative(text, lang):
    assert text_polarity(text, lang) == "neg"


def test_long_comments_keep_clause_and_sentence_indices():
    tokens = "bra pris , men usel kundtjänst . dock snabb leverans".split()
    from textnps.themes.codebook.polarity import ClauseAnalysis

    a = ClauseAnalysis(tokens, "sv")
    assert a.clause_of == [0, 0, 1, 1, 1, 1, 2, 2, 2, 2] and a.sentence_of == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1]
    assert a.contrast_before == [False, True, True] and a.clause_score[0] > 0 > a.clause_score[1]


@pytest.mark.parametrize("text, lang, expected", [
    ("Jeg kan ikke andet end anbefale dem", "da", "pos"),     # a negator inside a phrase is its meaning
    ("Kan inte annat än rekommendera er", "sv", "pos"),
    ("Kan ikke annet enn anbefale dem", "nb", "pos"),
    ("Inte bara snabb utan också billig", "sv", "pos"),       # 'inte bara': no negation
    ("Ikke kun billig men også god", "da", "pos"),
    ("Pakken er ikke modtaget", "da", "neg"),
])
def test_negators_that_do_not_negate(text, lang, expected):
    assert text_polarity(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Pakken kom ikke frem til tiden", "da", "neg"),   # a negated phrase flips like a negated word
    ("Paketet kom inte i tid", "sv", "neg"),
    ("Varen kom ikke i tide", "nb", "neg"),
])
def test_negated_sentiment_phrases(text, lang, expected):
    assert text_polarity(text, lang) == expected


@pytest.mark.parametrize("text, lang", [("Vi fik ikke svar", "da"), ("Vi fick inget svar", "sv"), ("Vi fikk ikke svar", "nb")])
def test_a_negator_with_nothing_to_flip_is_a_full_complaint(text, lang):
    assert min(analyze_clauses(text, lang).values) == -1.0
