"""Negation scope marking: ``inte bra`` -> ``neg_bra``, so that later stages
do not take a negated word for the word itself.

A negator (``inte``, ``ikke``, ``ikkje``, ``ej``, ``aldrig``, ``aldri``,
``ingen``, ..., from ``textnps.lang.<code>.NEGATORS``) opens a scope covering
the next *window* (2) content words; punctuation and clause words (``men``,
``og``, ``fordi``, ... ``NEGATION_BREAKERS``) close it, and words such as
``bara``/``kun``/``bare`` right after the negator cancel it (``inte bara
snabb`` does not negate ``snabb``). Stop words inside the scope are skipped
without using up the window (``inte så bra`` -> ``neg_bra``).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["NEG_PREFIX", "SKIP", "TERM", "NEGATOR", "BREAK", "EXCEPTION", "apply_negation", "mark_negation"]

#: Prefix of a lemma inside a negation scope.
NEG_PREFIX = "neg_"
#: Kinds of token items that :func:`apply_negation` reads.
SKIP, TERM, NEGATOR, BREAK, EXCEPTION = range(5)
_BOUNDARY_PUNCT = frozenset(".,;:!?…")


def apply_negation(items: Iterable[tuple[int, Sequence[str]]], *, window: int = 2) -> list[str]:
    """Emit the terms of ``(kind, terms)`` items, prefixing those in a negation scope.

    *kind* is one of :data:`SKIP`, :data:`TERM`, :data:`NEGATOR`, :data:`BREAK`,
    :data:`EXCEPTION`; *terms* are the strings a token contributes (a lemma and
    its compound parts, or nothing for a stop word).
    """
    out: list[str] = []
    scope = 0
    just_negated = False
    for kind, terms in items:
        if kind == NEGATOR:
            scope, just_negated = window, True
            continue
        if kind == BREAK:
            scope, just_negated = 0, False
            continue
        if kind == EXCEPTION and just_negated:
            scope, just_negated = 0, False
            out.extend(terms)
            continue
        if not terms:
            continue
        just_negated = False
        if scope:
            out.extend(NEG_PREFIX + t for t in terms)
            scope -= 1
        else:
            out.extend(terms)
    return out


def mark_negation(words: Sequence[str], lang: str, *, window: int = 2) -> list[str]:
    """Mark the negation scopes in a list of words (or lemmas) of language *lang*.

    Negators and clause words are dropped; punctuation ends a scope.

    >>> mark_negation(["det", "var", "inte", "bra", ",", "men", "billigt"], "sv")
    ['det', 'var', 'neg_bra', 'billigt']
    """
    from textnps.lang import get

    data = get(lang)
    items = []
    for w in words:
        low = w.lower()
        if low in data.NEGATORS:
            items.append((NEGATOR, ()))
        elif low in data.NEGATION_BREAKERS or (low and all(c in _BOUNDARY_PUNCT for c in low)):
            items.append((BREAK, ()))
        elif low in data.NEGATION_EXCEPTIONS:
            items.append((EXCEPTION, (low,)))
        elif any(c.isalnum() for c in low):
            items.append((TERM, (low,)))
    return apply_negation(items, window=window)
