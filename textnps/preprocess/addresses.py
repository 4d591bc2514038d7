"""Street addresses: a street name and a house number, with the postcode and town that follow.

A street is a word ending like one (``STREET_SUFFIXES``: "Storgatan 12", "Vesterbrogade 45",
"strandvejen 3" in any case) with a stem of 3+ letters before the ending ("vejen 2" alone is "the road"), or a
street word written apart after a capitalised or genitive word ("Karl Johans gate 22",
``STREET_WORDS``), followed by a house number of 1-4 digits (and a letter: "12B"). Capitalised words
before the street join it ("Gamle Kongevej 3"); a postcode and town right after it join it too
("Storgatan 12, 111 22 Stockholm", "Vesterbrogade 45, 1620 København V"). A number followed by a
unit ("motorvejen 20 km", ``UNIT_WORDS``) is no house number. Limits: an address without a house
number, or in English order ("12 Baker Street"), is kept.
"""
from __future__ import annotations

import functools
import re

from textnps.preprocess.langdata import all_languages

__all__ = ["find_addresses"]

_POSTCODE = re.compile(r"(?:,\s*|\s+)(?:\d{3} ?\d{2}|\d{4})\s+[^\W\d_]+(?:\s+[A-ZØ]\b|\s+[A-ZÆØÅÄÖ][^\W\d_]+)?")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+|%)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s+$")


_DIGIT = re.compile(r"\d")
#: A house number after a space, then the word (or two, for "Karl Johans gate") before it: checked in Python.
_HOUSE_NUMBER = re.compile(r"(?<=\s)\d{1,4}(?:[A-Za-z]|\s[A-Z])?(?![\w]|[,.]\d)")
_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], frozenset, frozenset]:
    suffixes = tuple(sorted(all_languages("STREET_SUFFIXES"), key=len, reverse=True))
    return suffixes, frozenset(all_languages("STREET_WORDS")), frozenset(all_languages("UNIT_WORDS"))


def find_addresses(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the street addresses in *text*.

    >>> text = "Jeg bor på Vesterbrogade 45, 1620 København V og kørte vejen 2 gange"
    >>> [text[a:b] for a, b in find_addresses(text)]
    ['Vesterbrogade 45, 1620 København V']
    """
    if not _DIGIT.search(text):
        return []
    suffixes, street_words, units = _data()
    spans = []
    for number in _HOUSE_NUMBER.finditer(text):
        before = text[max(0, number.start() - 80) : number.start()]
        words = before.split()[-2:]
        if not words or not before[-1].isspace() or not _LETTERS.fullmatch(words[-1]):
            continue
        street = words[-1]
        owner = words[0] if len(words) == 2 and _LETTERS.fullmatch(words[0]) else None
        base, at = number.start() - len(before), before.rindex(street)
        lower = street.lower()
        nxt = _NEXT_WORD.match(text, number.end())
        if nxt and nxt.group(1).lower() in units:
            continue
        suffix = next((sfx for sfx in suffixes if lower.endswith(sfx)), None) if lower.endswith(suffixes) else None
        if suffix is not None and len(street) - len(suffix) >= 3:  # "vejen 2", "påväg 3": no street
            start = base + at
        elif lower in street_words and owner and (owner[0].isupper() or owner.lower().endswith("s")):
            start = base + before.rindex(owner, 0, at)
        else:
            continue
        while (prev := _WORD_BEFORE.search(text, max(0, start - 40), start)) and prev.group(1)[0].isupper():
            start = prev.start(1)  # "Gamle Kongevej", "Karl Johans gate"
        end = number.end()
        post = _POSTCODE.match(text, end)
        if post:
            end = post.end()
        spans.append((start, end))
    return spans
