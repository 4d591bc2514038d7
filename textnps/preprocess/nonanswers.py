"""Non-answers: comments that say nothing (``-``, ``nej``, ``ingen kommentar``,
``ved ikke``, ``vet ikke``, ``n/a``, only emoji or punctuation).

The phrases come from every language's ``NON_ANSWERS`` at once, since a
two-word comment's language is the least certain thing about it.
"""
from __future__ import annotations

import functools
import re

from textnps.preprocess.pii import strip_placeholders

__all__ = ["is_informative", "non_answer_phrases"]

_NON_WORD = re.compile(r"[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", strip_placeholders(text).lower()).strip()


@functools.lru_cache(maxsize=1)
def non_answer_phrases() -> frozenset[str]:
    """Every language's non-answers, normalised like the comments they are compared with."""
    from textnps.lang import LANGUAGES, get

    return frozenset(_key(p) for code in LANGUAGES for p in get(code).NON_ANSWERS)


def is_informative(text: str) -> bool:
    """False for non-answers: no letters at all (punctuation, emoji, numbers,
    only redacted data) or one of the known non-answer phrases.

    >>> is_informative("Ved ikke"), is_informative("😊👍"), is_informative("Snabb leverans")
    (False, False, True)
    """
    key = _key(text)
    if not _LETTER.search(key):
        return False
    return key not in non_answer_phrases()
