"""TermIndex.find and the tokenizer's remembered offsets give what a plain scan gives (sv, da, no)."""
from __future__ import annotations

import pytest

from textnps.themes.codebook import terms
from textnps.themes.codebook.terms import TermIndex, element_matches, tokenize

TERMS = ["ikke modtaget", "ikke fået varen", "har ikke modtaget", "jeg har", "for dyr*", "inom * dagar", "inte fått",
         "kundtjänst*", "*service", "*pris*", "pris", "ikkje motteke", "ikke * svar", "god service", "bra"]
TEXTS = [("Jeg har ikke modtaget varen, og kundeservice svarer ikke. For dyrt!", "da"),
         ("Jeg har ikke fået varen endnu; ikke noget svar, ikke modtaget", "da"),
         ("Vi har inte fått paketet inom fem dagar, kundtjänsten var bra men priset högt", "sv"),
         ("Eg har ikkje motteke pakka. God service, lav pris, ikke fått svar", "nn"),
         ("Jeg har ikke jeg har ikke modtaget", "nb"), ("ikke", "da"), ("", "sv")]


def _plain_find(index, tokens):
    """Every (start, end, value), by trying the terms each token starts at every position (the definition)."""
    out = []
    for i, tok in enumerate(tokens):
        for elements, value in index.starts(tok):
            end = i + len(elements)
            if end <= len(tokens) and all(element_matches(el, tokens[i + k]) for k, el in enumerate(elements)):
                out.append((i, end, value))
    return out


EXACT_FIRST = [t for t in TERMS if not t.split()[0].startswith("*") and not t.split()[0].endswith("*")]


@pytest.mark.parametrize("text,lang", TEXTS)
@pytest.mark.parametrize("index_terms", [TERMS, EXACT_FIRST], ids=["wildcards", "exact-first-words"])
@pytest.mark.parametrize("few", [0, 40], ids=["memo", "scan"])
def test_find_gives_every_match_in_order_as_a_plain_scan(text, lang, index_terms, few, monkeypatch):
    monkeypatch.setattr(terms, "_FEW_WILDCARDS", few)  # many wildcard words (the memo) or few (a scan in C)
    index = TermIndex()
    for value, term in enumerate(index_terms):
        index.add(term, value)
    tokens = tokenize(text, lang)
    assert index.find(tokens) == _plain_find(index, tokens)
    assert index.hot(tokens) == {t for t in tokens if index.starts(t)}
    assert index.find(tokens, set(tokens)) == index.find(tokens)


def test_phrases_are_found_in_sv_da_and_no():
    index = TermIndex()
    for value, term in enumerate(TERMS):
        index.add(term, term)
    found = {(text, m[2]) for text, lang in TEXTS for m in index.find(tokenize(text, lang))}
    assert (TEXTS[0][0], "har ikke modtaget") in found and (TEXTS[0][0], "ikke modtaget") in found
    assert (TEXTS[2][0], "inom * dagar") in found and (TEXTS[2][0], "inte fått") in found
    assert (TEXTS[3][0], "ikkje motteke") in found and (TEXTS[3][0], "god service") in found


def test_a_token_only_starting_two_word_phrases_is_visited_only_before_their_second_word():
    index = TermIndex()
    index.add("ikke modtaget", "claims")
    assert index.find(tokenize("ikke ikke modtaget ikke", "da")) == [(1, 3, "claims")]
    assert index.hot(["ikke", "modtaget"]) == {"ikke"}  # still a token that starts a term
    assert ("ikke", "modtaget") in index._pairs and "ikke" not in index._solo  # found through the pair
    assert index.find(tokenize("jeg har ikke fået den", "da")) == []


@pytest.mark.parametrize("text,lang", [("Pakken kom hurtigtog fint. Prisen er OK", "da"), ("Leveransen var snabbmen dyr", "sv"),
                                       ("Prisen er for høy. Levering ok", "nb"), ("Ingen glued ord her", "nn")])
def test_offsets_asked_for_after_the_tokens_point_at_them(text, lang):
    terms.forget_spans()
    tokens = tokenize(text, lang)
    again, starts = terms.tokenize_spans(text, lang)
    assert again == tokens and len(starts) == len(tokens)
    lower = text.lower()
    assert all(lower[s:s + len(t)] == t for t, s in zip(tokens, starts))
    terms.forget_spans()
    assert terms.tokenize_spans(text, lang) == (tokens, starts)  # the same when computed first
