"""The report's notes (what was dropped, cut or skipped) in the report's language.

A note is made with :func:`note` (a key of ``REPORT_NOTES`` in
:mod:`textnps.lang` and its values) and reads as English text until
:func:`localize` writes it in the report's language. Warnings the readers raise
in English (rows dropped for a bad score, mixed encodings) are recognised by
their English wording and translated too; any other text stays as it is.
Numbers are written with the language's digit grouping.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textnps import lang as _lang

__all__ = ["Note", "note", "localize", "Decimal2"]


class Note(str):
    """A note's English text, with the ``key`` and ``params`` that write it in any language."""

    key: str
    params: dict

    def __new__(cls, key: str, **params):
        self = super().__new__(cls, _render(key, params, "en"))
        self.key, self.params = key, params
        return self


def note(key: str, **params) -> Note:
    """A note of ``REPORT_NOTES[key]``, its ``{placeholders}`` filled from *params*.

    >>> str(note("preprocessing_unavailable"))
    'Preprocessing is not available: comments are not shown (they are not redacted).'
    >>> localize(note("unmatched_clustered", n=1234, k=8), "da")
    '1\\xa0234 kommentarer passede ikke til noget tema i kodebogen; de blev grupperet i 8 nye temaer (new:...).'
    """
    if key not in _lang.get("en").REPORT_NOTES:
        raise KeyError(f"No note {key!r} in textnps.lang.en.REPORT_NOTES.")
    return Note(key, **params)


def localize(text: str, lang: str) -> str:
    """*text* (a :class:`Note`, or the English text of a known note) written in *lang*; other text unchanged."""
    if isinstance(text, Note):
        return _render(text.key, text.params, lang)
    for key, pattern in _english_patterns().items():
        found = pattern.fullmatch(str(text))
        if found:
            return _render(key, found.groupdict(), lang)
    return str(text)


def _templates(lang: str) -> dict:
    code = _lang.normalize_code(lang)
    own = _lang.get(code).REPORT_NOTES or (_lang.get("nb").REPORT_NOTES if code == "nn" else {})
    return {**_lang.get("en").REPORT_NOTES, **own}


class Decimal2(float):
    """A number a note shows with two decimals, in the report language's decimal mark (0.57, 0,57)."""


def _shown(value, english: bool):
    if isinstance(value, Decimal2):
        text = f"{value:.2f}"
        return text if english else text.replace(".", ",")
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", "," if english else "\xa0")
    return value


def _render(key: str, params: dict, lang: str) -> str:
    english = _lang.normalize_code(lang) == "en"
    return _templates(lang)[key].format(**{k: _shown(v, english) for k, v in params.items()})


@lru_cache(maxsize=1)
def _english_patterns() -> dict:
    """key -> a regular expression matching the note's English text, one named group per placeholder."""
    patterns = {}
    for key, template in _lang.get("en").REPORT_NOTES.items():
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        patterns[key] = re.compile(regex, re.S)
    return patterns
