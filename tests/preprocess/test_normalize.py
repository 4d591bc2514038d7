"""Normalisation: mojibake, emoji escapes, HTML, control characters, glued sentences."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textnps.preprocess.normalize import (
    collapse_repeats,
    fix_mojibake,
    has_right_to_left,
    normalize_text,
    remove_control_chars,
    split_glued_sentences,
    strip_html,
    truncate,
    unescape_emoji,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("fÃ¶r bra", "för bra"),  # sv
        ("Ã¦Ã¸Ã¥", "æøå"),  # da/no
        ("kundtjÃ¤nsten var snabb", "kundtjänsten var snabb"),
        ("Jeg er fornÃ¸yd", "Jeg er fornøyd"),  # nb
        ("får, är, ø", "får, är, ø"),  # clean text is untouched
    ],
)
def test_fix_mojibake(raw, expected):
    assert fix_mojibake(raw) == expected


def test_emoji_escapes_become_emoji():
    assert unescape_emoji("Tak <U+0001F60A>") == "Tak \U0001F60A"
    assert unescape_emoji("<U+2764><U+FE0F>") == "\u2764\ufe0f"
    assert unescape_emoji("bad <U+DFFFFFFF>") == "bad <U+DFFFFFFF>"  # out of range: left alone


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Bra&nbsp;service &amp; snabb", "Bra\xa0service & snabb"),
        ("<p>God service</p><br/>Tak", " God service  Tak"),
        ("pris &lt; 100 kr", "pris < 100 kr"),
        ("3 < 5 och 6 > 4", "3 < 5 och 6 > 4"),  # not tags
    ],
)
def test_strip_html(raw, expected):
    assert strip_html(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Hurtig levering igennemOg jeg er glad", "Hurtig levering igennem. Og jeg er glad"),  # da
        ("Bra priserDet var enkelt", "Bra priser. Det var enkelt"),  # sv
        ("Rask leveringJeg er fornøyd", "Rask levering. Jeg er fornøyd"),  # nb
        ("Greitt nokEg er nøgd", "Greitt nok. Eg er nøgd"),  # nn
        ("ikke OK.Slet ikke", "ikke OK. Slet ikke"),
        ("Bestilt hos PostNord og iPhone", "Bestilt hos PostNord og iPhone"),  # brand names stay
    ],
)
def test_split_glued_sentences(raw, expected):
    assert split_glued_sentences(raw) == expected


def test_control_chars_and_rtl():
    assert remove_control_chars("a\x00b\u200fc\u200b\nd") == "abc d"
    assert remove_control_chars("\U0001F468\u200d\U0001F469") == "\U0001F468\u200d\U0001F469"  # ZWJ kept
    assert has_right_to_left("مرحبا") and has_right_to_left("שלום") and not has_right_to_left("hej")


def test_collapse_repeats():
    assert collapse_repeats("Super!!!  bra??   ja..... nej..") == "Super! bra? ja... nej."


def test_truncate_at_word_boundary():
    text, cut = truncate("ord " * 100, 50)
    assert cut and len(text) <= 50 and text.endswith("ord")
    assert truncate("kort", 50) == ("kort", False)


@pytest.mark.parametrize("text", ["Kött, äpple och öl", "Æbler, øl og ål", "Blåbær og bringebær", "Kjøkenet vårt"])
def test_accents_are_never_stripped(text):
    assert normalize_text(text) == text


def test_normalize_text_composes_steps():
    assert normalize_text("Godt fÃ¸rst &amp; igennemOg jeg <U+0001F60A>!!!") == "Godt først & igennem. Og jeg \U0001F60A!"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_never_crashes_and_is_idempotent_on_its_output(text):
    once = normalize_text(text, max_chars=100)
    assert isinstance(once, str) and len(once) <= 100
    assert normalize_text(once, max_chars=100) == normalize_text(once, max_chars=100)
