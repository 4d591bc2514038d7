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

_NUMBER = r"(?P<num>\d{1,4}(?-i:[A-Za-z]|\s[A-Z])?)(?![\w]|[,.]\d)"
_POSTCODE = re.compile(r"(?:,\s*|\s+)(?:\d{3} ?\d{2}|\d{4})\s+[^\W\d_]+(?:\s+[A-ZØ]\b|\s+[A-ZÆØÅÄÖ][^\W\d_]+)?")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+|%)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s+$")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, frozenset]:
    suffixes = "|".join(sorted((re.escape(s) for s in all_languages("STREET_SUFFIXES")), key=len, reverse=True))
    words = "|".join(sorted((re.escape(s) for s in all_languages("STREET_WORDS")), key=len, reverse=True))
    street = re.compile(
        rf"(?<![\w-])(?:(?P<compound>[^\W\d_]{{2,}}(?:-[^\W\d_]+)*?(?:{suffixes}))|(?P<owner>[^\W\d_]+)\s+(?P<word>{words}))"
        rf"\s+{_NUMBER}",
        re.IGNORECASE,
    )
    return street, frozenset(all_languages("UNIT_WORDS"))


def find_addresses(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the street addresses in *text*.

    >>> text = "Jeg bor på Vesterbrogade 45, 1620 København V og kørte vejen 2 gange"
    >>> [text[a:b] for a, b in find_addresses(text)]
    ['Vesterbrogade 45, 1620 København V']
    """
    if not any(c.isdigit() for c in text):
        return []
    street, units = _patterns()
    spans = []
    for m in street.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt and nxt.group(1).lower() in units:
            continue
        if m.group("compound"):
            word = m.group("compound")
            suffix_len = max(len(s) for s in all_languages("STREET_SUFFIXES") if word.lower().endswith(s))
            if len(word) - suffix_len < 3:  # "vejen 2", "påväg 3": no street
                continue
        else:
            owner = m.group("owner")
            if not (owner[0].isupper() or owner.lower().endswith("s")) or owner.lower() in units:
                continue
        start = m.start()
        while (before := _WORD_BEFORE.search(text, 0, start)) and before.group(1)[0].isupper():
            start = before.start(1)  # "Gamle Kongevej", "Karl Johans gate"
        end = m.end()
        post = _POSTCODE.match(text, end)
        if post:
            end = post.end()
        spans.append((start, end))
    return spans
