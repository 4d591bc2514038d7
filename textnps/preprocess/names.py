"""Person names: first names and surnames of Sweden, Denmark and Norway, found with context.

The name list (``textnps/lang/nordic_names.txt``, ~7,700 names derived from names-dataset, see
``benchmarks/build_names.py``) says which words can be names; the text says whether they are:

* a capitalised name-list word inside a sentence is a name ("jag pratade med Erik");
* at the start of a sentence it is one unless it is also an ordinary word (the languages'
  ``NAME_WORDS``: "Bo", "Per", "Hans", "Dag" start sentences as words);
* a lower-case name-list word (lower-cased exports) is a name only right after a cue ("tak til
  mette", the languages' ``NAME_CUES``) and when it is no ordinary word, or when a first name and a
  surname stand together ("erik svensson");
* a surname alone after a place preposition ("i Lund", ``PLACE_PREPOSITIONS``) is a place;
* the capitalised word after a found first name is its surname when it is on the list or ends like
  one (``SURNAME_ENDINGS``: "-sson", "-sen" ...).

Words in capitals only (``ABC``, ``TAK TIL METTE``) are read as lower case. Limits: a name that is
an ordinary word and is written in lower case ("pratade med bo") is kept; names missing from the
list are only found after a first name.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from textnps.preprocess.langdata import all_languages, is_shouting

__all__ = ["find_names", "name_kinds"]

_FIRST, _LAST = 1, 2
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
NON_WORD = re.compile(r"[\W\d_]+")
#: The gap between two words ends a sentence (so the next word's capital is no evidence of a name).
SENTENCE_END = re.compile(r"[.!?:;\n]\W*$")
_NAMES_FILE = Path(__file__).resolve().parents[1] / "lang" / "nordic_names.txt"


@functools.lru_cache(maxsize=1)
def name_kinds() -> dict[str, int]:
    """Lower-cased name -> 1 (first name), 2 (surname) or 3 (both), from the shipped name list."""
    kinds: dict[str, int] = {}
    for line in _NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kind = line.split("\t")
            kinds[name] = kinds.get(name, 0) | (_FIRST if kind == "f" else _LAST)
    return kinds


@functools.lru_cache(maxsize=1)
def _context() -> tuple:
    cues = frozenset(all_languages("NAME_CUES"))
    return (cues, max(len(c.split()) for c in cues), frozenset(all_languages("NAME_WORDS")),
            frozenset(all_languages("PLACE_PREPOSITIONS")), tuple(all_languages("SURNAME_ENDINGS")))


def _after_cue(words: list[str], i: int, cues: frozenset, longest: int) -> bool:
    return any(" ".join(words[i - n : i]) in cues for n in range(1, min(longest, i) + 1))


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the person names in *text*, a full name as one span.

    >>> text = "Tak til Mette Hansen, og tak til bo for hjælpen. Hans bil kom"
    >>> [text[a:b] for a, b in find_names(text)]
    ['Mette Hansen']
    """
    kinds = name_kinds()
    lowered = text.lower()
    if kinds.keys().isdisjoint(NON_WORD.split(lowered)):  # most comments: no word of the list (the fastest check)
        return []
    matches = list(_WORD.finditer(text))
    lower = [lowered[a:b] for a, b in map(re.Match.span, matches)]
    hits = [kinds.get(w, 0) for w in lower]
    cues, longest, ordinary, places, endings = _context()
    shouting = is_shouting(text)

    def capital(j: int) -> bool:  # only asked about list words and the word after a name
        word = matches[j].group(0)
        return not shouting and word[0].isupper() and not (len(word) > 1 and word.isupper())

    is_name = [False] * len(matches)
    for i, kind in enumerate(hits):
        if not kind:
            continue
        m, w = matches[i], lower[i]
        # (A word before this one means the text before it is not blank: no strip() needed there.)
        start = i == 0 or bool(SENTENCE_END.search(text[matches[i - 1].end() : m.start()]))
        pair = _pair(i, lower, hits, ordinary, matches, text)
        if capital(i):
            if kind == _LAST and i and lower[i - 1] in places and not pair:
                continue  # "i Lund": a place
            if start and kind == _LAST and not pair:
                continue
            is_name[i] = not start or w not in ordinary or pair
        else:
            is_name[i] = pair or (w not in ordinary and kind & _FIRST and _after_cue(lower, i, cues, longest))
    # A first name's surname: the capitalised word after it, on the list or shaped like one.
    for i in range(len(matches) - 1):
        if is_name[i] and not is_name[i + 1] and capital(i + 1) and _adjacent(matches, i, text) \
                and (hits[i + 1] & _LAST or lower[i + 1].endswith(endings)):
            is_name[i + 1] = True
    spans: list[list[int]] = []
    for i, m in enumerate(matches):
        if is_name[i]:
            if spans and is_name[i - 1] and _adjacent(matches, i - 1, text):
                spans[-1][1] = m.end()
            else:
                spans.append([m.start(), m.end()])
    return [(a, b) for a, b in spans]


def _adjacent(matches, i: int, text: str) -> bool:
    return text[matches[i].end() : matches[i + 1].start()] in (" ", "-")


def _pair(i: int, lower: list[str], hits: list[int], ordinary: frozenset, matches, text: str) -> bool:
    """Whether word *i* is a first name followed by a surname, or a surname after a first name (not two ordinary words)."""
    def both(a: int, b: int) -> bool:
        return (0 <= a and b < len(lower) and hits[a] & _FIRST and hits[b] & _LAST and _adjacent(matches, a, text)
                and not (lower[a] in ordinary and lower[b] in ordinary))
    return bool(both(i, i + 1) or both(i - 1, i))
