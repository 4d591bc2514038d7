"""Finding a codebook's seed terms in preprocessed comments (the zero-shot rules).

:class:`SeedMatcher` compiles a codebook once per comment language and returns,
for each comment, where each theme's seeds occur: token spans in the comment's
words (so polarity can look at the clause), or ``None`` for a match found only
among the lemmas. Exclusion phrases blank out their words for their theme.
English seeds count in every language (survey answers mix in English words);
comments of an unknown language use the seeds of every language. ``judged``
seeds count only next to a sentiment word of their clause that no other theme
claims (see :mod:`textnps.themes.codebook.format`). Comments are cut into tokens by
:func:`~textnps.themes.codebook.terms.tokenize_spans`, which splits clause words glued on
by lost line breaks (``leveringmen``).
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress, count

from textnps.lang import get as get_language
from textnps.memo import Memo
from textnps.themes.codebook.format import Codebook
from textnps.themes.codebook.polarity import lexicon_for
from textnps.themes.codebook import terms
from textnps.themes.codebook.terms import TermIndex, tokenize, tokenize_spans

__all__ = ["SeedMatcher"]

_SEED_KEYS = {"sv": ("sv", "en"), "da": ("da", "en"), "nb": ("no", "nb", "en"), "nn": ("no", "nn", "en"),
              "en": ("en",)}
_ALL_KEYS = ("sv", "da", "no", "nb", "nn", "en")

Span = tuple[int, int] | None


class _LanguageRules:
    def __init__(self, codebook: Codebook, keys: tuple[str, ...], contrast: frozenset, lexicon, lang: str | None):
        self.lang = lang  # how comments are cut into tokens (None: no glued words split)
        self.contrast = contrast
        self._breaks = _BREAKS | frozenset(contrast)
        self.lexicon = lexicon
        self.catch_all = {k for k, t in enumerate(codebook.themes) if t.id == CATCH_ALL}
        self.judged = TermIndex()
        self._self_judged = Memo(terms.TOKEN_MEMO)
        index = {t.id: k for k, t in enumerate(codebook.themes)}
        self.not_with = {k: [index[o] for o in t.not_with] for k, t in enumerate(codebook.themes) if t.not_with}
        # one index for seeds (k, False) and exclusions (k, True): a single pass over the tokens
        self.terms = TermIndex()
        self.patterns: list[tuple[int, re.Pattern]] = []
        for k, theme in enumerate(codebook.themes):
            for key in keys:
                seeds = theme.seeds.get(key)
                if seeds is not None:
                    self.terms.add_all(seeds.terms, (k, False))
                    self.patterns.extend((k, re.compile(p)) for p in seeds.patterns)
                    self.judged.add_all(seeds.judged, k)
                self.terms.add_all(theme.exclude.get(key, ()), (k, True))

    def match(self, text: str, lemmas: str) -> dict[int, list[Span]]:
        lower = text.lower()
        tokens = tokenize(lower, self.lang)
        unique = set(tokens)
        excluded: dict[int, list[tuple[int, int]]] = {}
        found = self.terms.find(tokens, unique)
        for start, end, (k, is_exclusion) in found:
            if is_exclusion:
                excluded.setdefault(k, []).append((start, end))
        hits: dict[int, list[Span]] = {}

        def add(k: int, start: int, end: int) -> None:
            if not any(s <= start and end <= e for s, e in excluded.get(k, ())):
                hits.setdefault(k, []).append((start, end))

        for start, end, (k, is_exclusion) in found:
            if not is_exclusion:
                add(k, start, end)
        offsets = None  # where the tokens start: only asked for where a pattern matches
        if self.patterns:
            for k, pattern in self.patterns:
                for m in pattern.finditer(lower):
                    offsets = offsets or tokenize_spans(lower, self.lang)[1]
                    first = _token_at(offsets, m.start())
                    add(k, first, max(first + 1, _token_at(offsets, max(m.end() - 1, m.start())) + 1))
        words = _NEGATED.sub("", lemmas).split()  # each lemma without its "neg_" mark
        for lemma in sorted(self.terms.hot(words)):
            for elements, (k, is_exclusion) in self.terms.starts(lemma):
                if len(elements) == 1 and not is_exclusion and k not in hits and k not in excluded:
                    hits[k] = [None]
        if self.judged:
            for start, end, k in self._judged(tokens, hits, unique):
                add(k, start, end)
        if self.not_with and hits:
            self._drop_not_with(tokens, hits)
        return hits

    def _judged(self, tokens: list[str], hits: dict[int, list[Span]], unique=None) -> list[tuple[int, int, int]]:
        """The judged terms that a sentiment word near them, in their clause, judges."""
        found = self.judged.find(tokens, unique)
        if not found:
            return []
        lex = self.lexicon
        unique = set(tokens) if unique is None else unique
        judges = set(lex.sentiment_positions(tokens, unique))
        judges.update(compress(count(), map(lex.negators.__contains__, tokens)))
        judges.update(end - 1 for _, end, _ in lex.phrases.find(tokens, unique))
        clause_of = self._clauses(tokens)
        owner: dict[int, set[int]] = {}  # token -> the themes whose seeds cover it
        for k, spans in hits.items():
            if k not in self.catch_all:
                for span in spans:
                    if span is not None:
                        for i in range(*span):
                            owner.setdefault(i, set()).add(k)
        out = []
        for start, end, k in found:
            near = range(max(0, start - _JUDGE_WINDOW), min(len(tokens), end + _JUDGE_WINDOW))
            if any(self._judges_itself(tokens[i]) for i in range(start, end)) or any(
                    i in judges and not start <= i < end and clause_of[i] == clause_of[start]
                    and not owner.get(i, set()) - {k} for i in near):
                out.append((start, end, k))
        return out

    def _judges_itself(self, token: str) -> bool:
        """A sentiment word, or a compound opening with one (``toppenservice``, ``superpersonale``)."""
        found = self._self_judged.get(token)
        if found is None:
            value = self.lexicon.value
            found = bool(value(token)) or any(value(token[:i]) for i in range(3, len(token) - 3))
            self._self_judged.put(token, found)
        return found

    def _clauses(self, tokens: list[str]) -> list[int]:
        """Each token's clause: how many breaks (punctuation, contrast words) stand up to and at it."""
        return list(accumulate(map(self._breaks.__contains__, tokens), initial=0))[1:]

    def _drop_not_with(self, tokens: list[str], hits: dict[int, list[Span]]) -> None:
        clause_of = self._clauses(tokens)
        for k, others in self.not_with.items():
            if k not in hits:
                continue
            blocked = {clause_of[s[0]] for o in others for s in hits.get(o, ()) if s is not None}
            anywhere = any(o in hits for o in others)
            kept = [s for s in hits[k] if (s is not None and clause_of[s[0]] not in blocked)
                    or (s is None and not anywhere)]
            if kept:
                hits[k] = kept
            else:
                del hits[k]


_BREAKS = frozenset(".!?;:,\n")
#: The mark of a negated lemma (``neg_god``), at the start of a lemma.
_NEGATED = re.compile(r"(?<!\S)neg_")
#: Comments whose seed matches a :class:`SeedMatcher` remembers (two chunks of distinct comments).
COMMENT_MEMO = 100_000
#: A judged term counts when a sentiment word stands within this many words of it.
_JUDGE_WINDOW = 5
#: The catch-all theme: its seeds (``bra``, ``god``) do not claim sentiment words from judged terms.
CATCH_ALL = "general"


def _token_at(offsets: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(offsets, pos) - 1)


class SeedMatcher:
    """Seed rules of a codebook, compiled per language.

    ``match(text_clean, lemmas, lang)`` returns ``{theme_index: [spans]}``
    where a span is ``(start, end)`` in :func:`~textnps.themes.codebook.terms.tokenize`
    tokens of *text_clean*, or ``None`` for a match among the lemmas only.
    A sub-theme's matches also count for its parent.
    """

    def __init__(self, codebook: Codebook):
        self.codebook = codebook
        contrast = {lang: get_language(lang).CONTRAST_WORDS for lang in _SEED_KEYS}
        self._rules = {lang: _LanguageRules(codebook, keys, contrast[lang], lexicon_for(lang), lang)
                       for lang, keys in _SEED_KEYS.items()}
        self._rules["*"] = _LanguageRules(codebook, _ALL_KEYS, frozenset().union(*contrast.values()), lexicon_for("*"),
                                          None)
        index = {t.id: k for k, t in enumerate(codebook.themes)}
        self._parent = {k: index[t.parent] for k, t in enumerate(codebook.themes) if t.parent}
        #: ``(lang, text, lemmas) -> matches``: the fit's passes and repeated comments ask again (bounded, about 1 KB
        #: an entry: :mod:`textnps.memo`)
        self._cache = Memo(COMMENT_MEMO)
        self._polarity: dict[tuple[int, str], TermIndex | None] = {}

    def polarity_words(self, k: int, lang: str) -> TermIndex | None:
        """The theme's own sentiment words in *lang* (``{"positive": ..., "negative": ...}`` of the codebook)."""
        key = (k, lang if lang in _SEED_KEYS else "*")
        if key not in self._polarity:
            words, theme = TermIndex(), self.codebook.themes[k]
            for code in _SEED_KEYS.get(key[1], _ALL_KEYS):
                table = theme.polarity.get(code, {})
                words.add_all(table.get("positive", ()), 1.0)
                words.add_all(table.get("negative", ()), -1.0)
            self._polarity[key] = words if any(theme.polarity.get(c) for c in _SEED_KEYS.get(key[1], _ALL_KEYS)) else None
        return self._polarity[key]

    def match(self, text: str, lemmas: str = "", lang: str = "") -> dict[int, list[Span]]:
        key = (lang if lang in self._rules else "*", text, lemmas)
        found = self._cache.get(key)
        if found is None:
            found = self._rules[key[0]].match(text, lemmas)
            for k, parent in self._parent.items():
                if k in found:
                    found.setdefault(parent, []).extend(found[k])
            self._cache.put(key, found)
        return found
