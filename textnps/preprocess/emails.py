"""E-mail addresses written so that a program would not see them.

"anna (at) firma.se", "mette[at]firma.dk", "ola at firma dot no", "anna snabel-a firma punkt se",
"ole @ firma . dk": an at-word (``EMAIL_AT_WORDS``: "at", "snabel-a", "krøllalfa") in brackets or
between spaces, or "@" with spaces around it, then a domain whose dots may be written as words
(``EMAIL_DOT_WORDS``: "dot", "punkt", "prik"), ending in a known top-level domain. A bare "at" (a
common Danish word) needs a domain with real dots or "dot" ("glad at firma punkt se" is kept) and a
user name that is a name or no word ("ola at firma dot no", not "alt at shop.com").
Plain addresses (``anna@firma.se``) are found by :mod:`textnps.preprocess.pii`.
"""
from __future__ import annotations

import functools
import re

from textnps.preprocess.langdata import all_languages
from textnps.preprocess.names import name_kinds

__all__ = ["find_obfuscated_emails", "TOP_LEVEL_DOMAINS"]

#: The top-level domains an obfuscated address must end in.
TOP_LEVEL_DOMAINS = frozenset(
    "se dk no fi is de eu com net org nu io info biz co uk nl fr es it pl ee lv lt at ch be".split()
)


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    at_words = "|".join(re.escape(w) for w in all_languages("EMAIL_AT_WORDS"))
    dot_words = "|".join(re.escape(w) for w in all_languages("EMAIL_DOT_WORDS"))
    # The "@" stand-ins are looked for first (cheap); the user name before and the domain after are then matched.
    at = re.compile(rf"\s*[(\[{{<]\s*(?:{at_words}|@)\s*[)\]}}>]\s*|\s+@\s*|\s*@\s+|\s+(?P<bare>{at_words})\s+",
                    re.IGNORECASE)
    dot = rf"(?:\s*[(\[{{<]\s*(?:{dot_words}|\.)\s*[)\]}}>]\s*|\s+(?:{dot_words})\s+|\s*\.\s*)"
    label = r"[^\W_](?:[\w-]*[^\W_])?"
    domain = re.compile(rf"(?P<domain>{label}(?:{dot}{label})*?){dot}(?P<tld>[A-Za-z]{{2,4}})(?![\w])", re.IGNORECASE)
    user = re.compile(r"(?<![\w.+-])[\w.+-]*\w$")
    # After a bare "at" (Danish "to"), only real dots or "dot" count: "at firma punkt se" is a sentence.
    native_dots = "|".join(re.escape(w) for w in all_languages("EMAIL_DOT_WORDS") if w != "dot")
    # A quick look first: most comments have no "@", no bracketed at-word and no dot before a top-level domain.
    hints = (re.compile(rf"[(\[{{<]\s*(?:{at_words})", re.IGNORECASE), re.compile(rf"\s(?:{at_words})\s", re.IGNORECASE),
             re.compile(rf"\.[a-z]{{2,4}}\b|\s(?:{dot_words})\s", re.IGNORECASE))
    return at, domain, user, re.compile(rf"\s(?:{native_dots})\s", re.IGNORECASE), hints


def _plausible_bare_at(user: str, between: str, native_dot: re.Pattern) -> bool:
    """A bare "at" (Danish "to"): only with unspaced dots or "dot", after a user name that is a name or no word."""
    if native_dot.search(between) or re.search(r"\s\.|\.\s", between):
        return False
    return not user.isalpha() or user.lower() in name_kinds()


def find_obfuscated_emails(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the spelled-out e-mail addresses in *text*.

    >>> text = "skriv til mette[at]firma.dk eller ola at firma dot no"
    >>> [text[a:b] for a, b in find_obfuscated_emails(text)]
    ['mette[at]firma.dk', 'ola at firma dot no']
    """
    at, domain, user_re, native_dot, (bracketed, spaced, dotted) = _pattern()
    if "@" not in text and not bracketed.search(text) and not (spaced.search(text) and dotted.search(text)):
        return []
    spans = []
    for m in at.finditer(text):
        user = user_re.search(text, max(0, m.start() - 64), m.start())
        rest = domain.match(text, m.end())
        if not user or not rest or rest.group("tld").lower() not in TOP_LEVEL_DOMAINS:
            continue
        if (m.group("bare") or "").lower() == "at" and not _plausible_bare_at(
                user.group(0), " " + text[rest.start() : rest.start("tld")], native_dot):
            continue
        if spans and user.start() < spans[-1][1]:
            continue
        spans.append((user.start(), rest.end()))
    return spans
