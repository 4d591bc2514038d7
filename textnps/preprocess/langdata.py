"""The per-language data of every language at once, for steps that run before the language is known.

Redaction runs before language detection (a name or a number must not sway it), so it reads the cue
words and formats of all five language modules together.
"""
from __future__ import annotations

import functools
import re

__all__ = ["all_languages", "is_shouting"]

_WORD = re.compile(r"[^\W\d_]{2,}")


@functools.lru_cache(maxsize=None)
def all_languages(name: str) -> tuple:
    """The values of the data *name* (``PHONE_CUES``, ``NAME_CUES`` ...) of every language, united.

    Sets and tuples are merged into one sorted tuple without repeats.
    """
    from textnps.lang import LANGUAGES, get

    values: set = set()
    for code in LANGUAGES:
        values.update(getattr(get(code), name))
    return tuple(sorted(values))


def is_shouting(text: str) -> bool:
    """Whether *text* is written all in capitals (3 words or more, none with a lower-case letter).

    Capitals then say nothing: names and plates are looked for as in lower-case text.
    """
    words = _WORD.findall(text)
    return len(words) >= 3 and not any(c.islower() for w in words for c in w)
