"""Readable names and example comments for discovered themes.

A theme's features are lemmas and concept tokens (``=customer_service``,
see :mod:`textnps.themes.discover.vectorize`). People read them in the comments' own
words: a concept is shown as the lemma the theme's comments use for it in
each of their main languages (``kundeservice/kundtjänst``), a negated lemma
with the language's negation word (``neg_bra`` -> ``inte bra``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np

from textnps import lang as _lang
from textnps.themes.discover.vectorize import CONCEPT_MARK, NEG_PREFIX

__all__ = ["surface_table", "render_term", "make_label", "language_mix", "pick_examples"]

_SPACE = re.compile(r"\s+")


def surface_table(surfaces: Counter) -> dict[str, dict[str, list[str]]]:
    """``{concept token: {lang: [lemmas, most used first]}}`` from counts of ``(token, lang, lemma)``."""
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for (token, code, lemma), n in surfaces.items():
        table[token][code][lemma] += n
    return {tok: {code: [w for w, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))] for code, c in by.items()}
            for tok, by in table.items()}


def _negation_word(code: str) -> str:
    try:
        return _lang.get(code).NEGATION_WORD
    except Exception:  # an unknown or missing language: fall back to English
        return "not"


def render_term(token: str, langs: list[str], surfaces: dict[str, dict[str, list[str]]]) -> str:
    """Show a feature in the words of the languages *langs* (main language first)."""
    neg = token.startswith(NEG_PREFIX)
    base = token[len(NEG_PREFIX):] if neg else token
    if base.startswith(CONCEPT_MARK):
        by_lang = surfaces.get(base, {})
        words = []
        for code in list(langs) + sorted(by_lang):
            for word in by_lang.get(code, [])[:1]:
                if word not in words:
                    words.append(word)
            if len(words) == min(2, max(1, len(langs))):
                break
        base = "/".join(words) if words else base[len(CONCEPT_MARK):].replace("_", " ")
    if neg:
        return f"{_negation_word(langs[0] if langs else 'en')} {base}"
    return base


def make_label(terms: list[str], *, n: int = 3) -> str:
    """Join the first *n* terms, skipping one that is part of a term already shown.

    Compound parts follow their compound in the features (``kundtjänst``,
    ``tjänst``), or come first (``bred``, ``bredbånd``); showing both would
    waste the label, so the compound is kept.
    """
    chosen: list[str] = []
    for term in terms:
        parts = term.split("/")
        if any(p in c for p in parts for c in chosen):
            continue
        # a compound after its own part (``bred``, then ``bredbånd``) takes the part's place
        inside = [i for i, c in enumerate(chosen) if any(q in p for q in c.split("/") for p in parts if len(q) > 2)]
        if inside:
            chosen[inside[0]] = term
            chosen = [c for i, c in enumerate(chosen) if i not in inside[1:]]
            continue
        chosen.append(term)
        if len(chosen) == n:
            break
    return " · ".join(chosen)


def language_mix(codes, *, min_share: float = 0.2) -> list[str]:
    """The languages making up at least *min_share* of *codes*, most frequent first."""
    counts = Counter(str(c) for c in codes if c is not None and str(c) not in ("", "nan", "<NA>"))
    total = sum(counts.values())
    if not total:
        return []
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [c for c, k in ranked if k / total >= min_share] or [ranked[0][0]]


def pick_examples(texts, weights, *, n: int = 5, max_chars: int = 240, min_chars: int = 15) -> list[str]:
    """Up to *n* representative comments: the heaviest for the theme, no repeats.

    Very short comments say little, so those under *min_chars* come only when
    nothing longer is left; long ones are cut at *max_chars* with an ellipsis.
    """
    order = np.argsort(-np.asarray(weights, dtype=float), kind="stable")
    picked, short, seen = [], [], set()
    for i in order:
        text = _SPACE.sub(" ", str(texts[i])).strip()
        key = text.casefold()
        if not text or key in seen:
            continue
        seen.add(key)
        if len(text) > max_chars:
            text = text[: max_chars - 1].rstrip() + "…"
        (picked if len(text) >= min_chars else short).append(text)
        if len(picked) == n:
            break
    return (picked + short)[:n]
