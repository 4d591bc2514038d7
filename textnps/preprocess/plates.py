"""Licence plates: the formats of the languages' countries (``PLATE_FORMATS``).

Swedish "ABC 123" and "MLB 84K", Danish "AB 12 345", Norwegian "EL 12345", British "AB12 CDE",
with or without the spaces, in capitals; in lower case only right after a cue ("regnr abc123",
``PLATE_CUES``; after "bil" only with 5 digits), and in a comment written all in capitals only after a cue too. Currency codes,
units and abbreviations before a number ("SEK 123", "KR 12 345", "NR 12345", "TV 2") are no plates.
"""
from __future__ import annotations

import functools
import re

from textnps.preprocess.langdata import all_languages, is_shouting

__all__ = ["find_plates"]

#: Letters before a number that are never a plate: currencies, abbreviations, acronyms in reviews.
NOT_PLATES = frozenset({
    "SEK", "DKK", "NOK", "EUR", "USD", "GBP", "ISK", "CHF", "KR", "NR", "ID", "TV", "DK", "SE", "NO", "EU", "OK",
    "NPS", "SMS", "MMS", "PIN", "CVR", "MVA", "MOMS", "ORD", "REF", "TLF", "TEL", "FAX", "KM", "KL", "CA", "PS",
    "GB", "MB", "KB", "HD", "USB", "DVD", "PDF", "APP", "WEB", "NET", "FRA", "TIL", "MED", "PRIS", "DAB",
    "BMW", "KIA", "SAS", "DSB", "NSB", "SJ", "MG", "DS",  # car models, airlines, railways
})
#: "Car" in sv, da and no: a weaker cue, enough only for plates of 5 digits ("min bil ab 12 345", not "bilen har 100").
CAR_WORDS = frozenset({"bil", "bilen", "bilens"})
_TWO_DIGITS = re.compile(r"\d\d")
_LOWER_SHAPE = re.compile(r"[a-z]{2}\s?\d{2}")  # a plate in lower case: worth looking for a cue
_CUE_WORDS = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, re.Pattern, frozenset, re.Pattern]:
    formats = "|".join(f"(?:{f})" for f in all_languages("PLATE_FORMATS"))
    body = rf"(?<![\w-])(?:{formats})(?![\w-])"
    cues = frozenset(all_languages("PLATE_CUES"))
    any_cue = "|".join(re.escape(c) for c in sorted(cues | CAR_WORDS, key=len, reverse=True))
    return re.compile(body), re.compile(body, re.IGNORECASE), cues, re.compile(rf"(?<!\w)(?:{any_cue})(?!\w)", re.I)


def _cue_before(text: str, start: int, cues: frozenset) -> bool:
    """Whether one of the three words before *start* is a plate cue."""
    words = _CUE_WORDS.findall(text, max(0, start - 40), start)[-3:]
    return any(w.lower().rstrip(".") in cues for w in words)


def find_plates(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the licence plates in *text*.

    >>> text = "Bilen ABC 123 och regnr mlb84k, men SEK 123 och TV 2 är inga"
    >>> [text[a:b] for a, b in find_plates(text)]
    ['ABC 123', 'mlb84k']
    """
    if not _TWO_DIGITS.search(text):
        return []
    exact, loose, cues, any_cue = _pattern()
    shouting = is_shouting(text)
    spans = []
    # Lower-case plates count only after a cue: without one, only the capitals need looking at.
    cued_text = _LOWER_SHAPE.search(text) is not None and any_cue.search(text) is not None
    for m in (loose if cued_text else exact).finditer(text):
        letters = re.match(r"[^\W\d_]+", m.group(0))
        prefix = letters.group(0).upper() if letters else ""
        if prefix in NOT_PLATES:
            continue
        cued = _cue_before(text, m.start(), cues) or (
            sum(c.isdigit() for c in m.group(0)) >= 5 and _cue_before(text, m.start(), CAR_WORDS))
        if cued or (not shouting and exact.fullmatch(m.group(0))):
            spans.append((m.start(), m.end()))
    return spans
