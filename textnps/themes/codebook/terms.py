"""Seed terms with wildcards, and a cached index that finds them in tokens.

A *term* is one or more words separated by spaces. Each word is

``word``      the whole token (``pris``)
``word*``     a token starting with it (``leverans*`` -> ``leveranstid``)
``*word``     a token ending with it (``*faktura`` -> ``slutfaktura``)
``*word*``    a token containing it (``*pris*`` -> ``kampanjpriset``)
``*``         any one token (``inom * dagar``)

Matching is on lower-case tokens; accents are kept (``får`` is not ``far``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, compress, count, islice
from operator import add, methodcaller, or_

from textnps.memo import Memo

__all__ = ["parse_term", "term_problem", "tokenize", "tokenize_spans", "forget_spans", "element_matches", "TermIndex",
           "TOKEN_RE"]

#: Words (with inner ``-``, ``.``, ``'``: ``e-mail``, ``zalando.dk``) and the
#: punctuation that ends a clause.
TOKEN_RE = re.compile(r"\w+(?:[-.'’]\w+)*|[.!?;:,\n]")
_WORD_CHARS = re.compile(r"^[\w\-.'’]+$")

_NONE: frozenset = frozenset()
#: An index with at most this many wildcard words finds its hot tokens by scanning them all in C, without the memo.
_FEW_WILDCARDS = 40

# (kind, core) with kind in exact / prefix / suffix / infix / any
Element = tuple[str, str]


def tokenize(text: str, lang: str | None = None) -> list[str]:
    """Lower-case word and clause-punctuation tokens of *text*.

    With *lang*, a clause word glued to the word before it where a line break
    was lost (``hurtigtmen``, ``pakkenog``) is split off again: see
    :func:`tokenize_spans`.
    """
    return list(_remembered(text, lang)[0])


def tokenize_spans(text: str, lang: str | None = None) -> tuple[list[str], list[int]]:
    """Tokens of *text* (as :func:`tokenize`) and the character offset where each starts.

    Real exports lose line breaks and glue the next sentence's first word to the
    last word (``leveringmen``; in lower-cased exports nothing shows the seam).
    A token is split before a glue word of *lang* (``GLUED_WORDS`` of
    :mod:`textnps.lang`: ``men``, ``og``, ``och``) when the token is no word of
    the language (wordfreq) and what precedes the glue word is a common one.

    The result is remembered per ``(text.lower(), lang)`` (the seeds of the themes and of the sub-themes,
    polarity and the quotes cut the same comment, some lower-cased first): each call gets its own lists.
    """
    lower = text.lower()
    tokens, starts = _remembered(lower, lang)
    if starts is None:  # remembered by tokenize(), which needs no offsets
        starts = tuple(m.start() for m in TOKEN_RE.finditer(lower))
        _SPANS[(lower, lang)] = (tokens, starts)
    return list(tokens), list(starts)


def _remembered(text: str, lang: str | None) -> tuple[tuple[str, ...], tuple[int, ...] | None]:
    key = (text.lower(), lang)  # (lower-casing is idempotent: the tokens of a text and of its lower case are one)
    found = _SPANS.get(key)
    if found is None:
        found = _tokenize_spans(key[0], lang)
        if len(_SPANS) >= _MAX_SPANS:
            _SPANS.clear()
        _SPANS[key] = found
    return found


#: ``(text.lower(), lang) -> (tokens, starts)`` of :func:`tokenize_spans` (starts None until asked for), emptied when it holds _MAX_SPANS
#: and by :func:`forget_spans` (at the end of each ``ThemeClassifier.transform``).
_SPANS: dict[tuple[str, str | None], tuple[tuple[str, ...], tuple[int, ...] | None]] = {}
_MAX_SPANS = 100_000
#: Tokens a :class:`TermIndex` remembers the terms of (about 100 bytes each; a dozen indexes per language).
TOKEN_MEMO = 50_000


def forget_spans() -> None:
    """Empty the memo of :func:`tokenize_spans` (about 4.7 KB per comment of ~300 characters)."""
    _SPANS.clear()


def _tokenize_spans(text: str, lang: str | None) -> tuple[tuple[str, ...], tuple[int, ...] | None]:
    """Tokens and their offsets; the offsets None (computed when asked for) where no glued word was split."""
    lower = text.lower()
    tokens = TOKEN_RE.findall(lower)
    glue = _glue_words(lang) if lang else ()
    # only the few distinct tokens ending in a glue word are judged (the judgement is remembered)
    if not glue or not any(_glue_cut(t, lang) for t in filter(methodcaller("endswith", glue), set(tokens))):
        return tuple(tokens), None
    matches = list(TOKEN_RE.finditer(lower))
    out, starts = [], []
    for m, tok in zip(matches, tokens):
        cut = _glue_cut(tok, lang) if tok.endswith(glue) else 0
        if cut:
            out += [tok[:cut], tok[cut:]]
            starts += [m.start(), m.start() + cut]
        else:
            out.append(tok)
            starts.append(m.start())
    return tuple(out), tuple(starts)


_MIN_ZIPF = 3.0  # "common word": at least about once per million words


@lru_cache(maxsize=None)
def _glue_words(lang: str) -> tuple[str, ...]:
    try:
        from textnps.lang import get as get_language

        return get_language(lang).GLUED_WORDS
    except Exception:  # "other", "und": no language to judge words by
        return ()


@lru_cache(maxsize=200_000)
def _glue_cut(token: str, lang: str) -> int:
    """Where the glued word starts in *token*, or 0 when *token* is no glued pair."""
    from textnps.preprocess.compounds import zipf_table

    table = zipf_table("nb" if lang == "nn" else lang)
    if table.get(token, 0.0) > 0:
        return 0
    for word in _glue_words(lang):
        cut = len(token) - len(word)
        if cut >= 3 and token.endswith(word) and table.get(token[:cut], 0.0) >= _MIN_ZIPF:
            return cut
    return 0


def _element(word: str) -> Element:
    if word == "*":
        return ("any", "")
    starts, ends = word.startswith("*"), word.endswith("*")
    core = word.strip("*")
    kind = "infix" if starts and ends else "suffix" if starts else "prefix" if ends else "exact"
    return (kind, core)


def parse_term(term: str) -> tuple[Element, ...]:
    """Split a term into its word elements (see the module docstring)."""
    return tuple(_element(w) for w in str(term).lower().split())


def term_problem(term) -> str | None:
    """Why *term* is not a valid seed term, or None when it is."""
    if not isinstance(term, str) or not term.strip():
        return f"empty term {term!r}"
    words = term.lower().split()
    for word in words:
        if word == "*":
            continue
        core = word.strip("*")
        if "*" in core:
            return f"term {term!r}: '*' may only begin or end a word"
        if not core or not _WORD_CHARS.match(core):
            return f"term {term!r}: word {word!r} must be letters/digits (with - . ' inside)"
        if word != core and len(core) < 2:
            return f"term {term!r}: wildcard word {word!r} needs at least 2 letters"
    if all(w == "*" for w in words):
        return f"term {term!r} matches anything"
    if words[0] == "*" or words[-1] == "*":
        return f"term {term!r}: a phrase may not begin or end with the any-word '*'"
    return None


def element_matches(element: Element, token: str) -> bool:
    kind, core = element
    if kind == "exact":
        return token == core
    if kind == "prefix":
        return token.startswith(core)
    if kind == "suffix":
        return token.endswith(core)
    if kind == "infix":
        return core in token
    return token[:1].isalnum()  # any word, not punctuation


class TermIndex:
    """Finds which terms start at a token; results are cached per token.

    ``add(term, value)`` registers a term; ``starts(token)`` returns the
    ``(elements, value)`` pairs whose first word matches *token*;
    ``find(tokens)`` returns ``(start, end, value)`` for every match in a
    token list. Survey vocabularies are Zipfian: each distinct token is looked
    up once, and ``find`` then only visits the few tokens that start a term
    (a set lookup per token, no Python work for the others). A token that only
    starts phrases of two exact first words (``ikke modtaget``, ``jeg har``) is
    visited only where the next token is the phrase's second word.
    """

    def __init__(self) -> None:
        self._exact: dict[str, list] = {}
        self._prefix: dict[str, list] = {}
        self._suffix: dict[str, list] = {}
        self._infix: list[tuple[str, tuple]] = []
        self._cache = Memo(TOKEN_MEMO)  # token -> the terms it starts (bounded: a survey's rare tokens pass by)
        self._hot: set[str] = set()  # cached tokens that start at least one term
        self._solo: set[str] = set()  # ... and at least one that is no two-exact-word phrase
        self._pairs: set[tuple[str, str]] = set()  # the first two words of those phrases
        self._solo_exact: set[str] = set()  # the exact first words of the other terms
        self._lengths: set[int] = set()
        # the first (last) three letters (two, of a two-letter word) of the prefix (suffix) words -> their lengths;
        # the first two of the infixes
        self._heads: dict[str, frozenset[int]] = {}
        self._tails: dict[str, frozenset[int]] = {}
        self._rank: dict[int, int] | None = None
        self._infix_heads: set[str] = set()
        self._short = False  # a wildcard word under two letters: every length is tried

    def add(self, term: str, value) -> None:
        elements = parse_term(term)
        kind, core = elements[0]
        entry = (elements, value)
        if kind == "exact":
            self._exact.setdefault(core, []).append(entry)
            if _paired(elements):
                self._pairs.add((core, elements[1][1]))
            else:
                self._solo_exact.add(core)
        elif kind == "prefix":
            self._prefix.setdefault(core, []).append(entry)
            self._lengths.add(len(core))
            self._heads[core[:3]] = self._heads.get(core[:3], _NONE) | {len(core)}
        elif kind == "suffix":
            self._suffix.setdefault(core, []).append(entry)
            self._lengths.add(len(core))
            self._tails[core[-3:]] = self._tails.get(core[-3:], _NONE) | {len(core)}
        else:
            self._infix.append((core, entry))
            self._infix_heads.add(core[:2])
        self._short = self._short or (kind != "exact" and len(core) < 2)
        self._rank = None
        self._cache.clear()
        self._hot.clear()
        self._solo.clear()

    def add_all(self, terms: Iterable[str], value) -> None:
        for term in terms:
            self.add(term, value)

    def __bool__(self) -> bool:
        return bool(self._exact or self._prefix or self._suffix or self._infix)

    def starts(self, token: str) -> tuple:
        found = self._cache.get(token)
        if found is not None:
            return found
        out = list(self._exact.get(token, ()))
        short = self._short
        if short:
            heads = tails = self._lengths
        else:  # only the lengths of the wildcard words that begin (end) with the token's first (last) letters
            heads = self._heads.get(token[:3], _NONE) | self._heads.get(token[:2], _NONE)
            tails = self._tails.get(token[-3:], _NONE) | self._tails.get(token[-2:], _NONE)
        if heads or tails:
            if self._rank is None:
                self._rank = {n: i for i, n in enumerate(self._lengths)}
            for n in sorted(heads | tails, key=self._rank.__getitem__):  # (in the order of _lengths, as always)
                if n <= len(token):
                    if n in heads:
                        out.extend(self._prefix.get(token[:n], ()))
                    if n in tails:
                        out.extend(self._suffix.get(token[-n:], ()))
        if self._infix and (short or not self._infix_heads.isdisjoint(map(add, token, islice(token, 1, None)))):
            out.extend(entry for core, entry in self._infix if core in token)
        found = tuple(out)
        resets = self._cache.resets
        self._cache.put(token, found)
        if self._cache.resets != resets:  # emptied: the hot tokens were cached ones
            self._hot.clear()
            self._solo.clear()
        if found:
            self._hot.add(token)
            if not all(_paired(elements) for elements, _ in found):
                self._solo.add(token)
        return found

    def hot(self, tokens: Iterable[str]) -> set[str]:
        """The tokens among *tokens* that start at least one term."""
        return self._hot_sets(set(tokens))[0]

    def _hot_sets(self, unique: set[str]) -> tuple[set[str], set[str]]:
        """``(hot, solo)``: the tokens of *unique* that start a term, and those starting one not
        indexed by its first two words (all of them when the memo cannot hold *unique*)."""
        if len(self._prefix) + len(self._suffix) + len(self._infix) <= _FEW_WILDCARDS:  # no memo needed
            hot = self._exact.keys() & unique
            solo = hot & self._solo_exact
            if self._prefix or self._suffix or self._infix:  # a wildcard word is never paired
                wild = set(filter(methodcaller("startswith", tuple(self._prefix)), unique)) if self._prefix else set()
                if self._suffix:
                    wild.update(filter(methodcaller("endswith", tuple(self._suffix)), unique))
                for core, _ in self._infix:
                    wild.update(filter(methodcaller("__contains__", core), unique))
                hot |= wild
                solo |= wild
            return hot, solo
        cache = self._cache
        known = cache.keys() & unique  # (a view: only *unique* is looked up, in C)
        if len(known) < len(unique):
            todo = unique.difference(known)
            if len(cache) + len(todo) > cache.cap:  # start afresh first: then every token of *tokens* is new
                cache.reset()
                self._hot.clear()
                self._solo.clear()
                todo = unique
            if len(todo) > cache.cap:  # more distinct tokens than the memo holds: direct look-ups
                hot = {t for t in unique if self.starts(t)}
                return hot, hot
            for tok in todo:  # all fit: none is dropped before the intersection below
                self.starts(tok)
        return self._hot.intersection(unique), self._solo.intersection(unique)

    def find(self, tokens: list[str], unique: set[str] | None = None) -> list[tuple[int, int, object]]:
        """``(start, end, value)`` of every term in *tokens* (*unique*: ``set(tokens)``, when the caller has it)."""
        hot, solo = self._hot_sets(set(tokens) if unique is None else unique)
        if not hot:
            return []
        if len(solo) == len(hot):  # every hot token is visited
            flags = map(hot.__contains__, tokens)
        else:  # ... else a phrase-only token where the next token is its phrase's second word
            pairs = map(self._pairs.__contains__, zip(tokens, islice(tokens, 1, None)))
            flags = map(or_, map(solo.__contains__, tokens), chain(pairs, (False,)))
        matches = []
        n = len(tokens)
        starts = self.starts if self._prefix or self._suffix or self._infix else self._exact.__getitem__  # (hot only)
        for i in compress(count(), flags):  # the few positions where a term may start
            for elements, value in starts(tokens[i]):
                end = i + len(elements)
                if end == i + 1:
                    matches.append((i, end, value))
                elif end <= n and all(element_matches(el, tokens[i + k]) for k, el in enumerate(elements[1:], 1)):
                    matches.append((i, end, value))
        return matches


def _paired(elements: tuple[Element, ...]) -> bool:
    """Whether a term is a phrase whose first two words are exact (found through the pair of them)."""
    return len(elements) > 1 and elements[0][0] == "exact" and elements[1][0] == "exact"
