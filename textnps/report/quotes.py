"""Quotes that show a theme: the clause of a comment that mentions it, in the polarity asked for.

A complaint is quoted from a comment where the theme is negative, a strength
from one where it is positive, and only the part that speaks of the theme is
shown: the comment is cut into clauses and sentences as the polarity step cuts
it (:func:`textnps.themes.codebook.polarity.analyze_clauses`: punctuation,
contrast words such as ``men``/``but``), the theme's seed words are found
(:class:`~textnps.themes.codebook.seeds.SeedMatcher`), and the quote is the
sentence holding them, or only their clause when the sentence also says the
opposite (``Bra pris men appen kraschar`` quotes ``appen kraschar`` for a
digital complaint). A quote is at most ``max_chars`` (300) characters; an
ellipsis ``…`` marks where the comment was cut. Quotes come from the redacted
``text_clean`` only. A comment whose theme clauses all say the opposite of the
polarity asked for is never quoted for it.

Known limits: a theme found by the trained refiner without any seed word has
no clause to point to; its comment is quoted whole (cut to ``max_chars``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from textnps._errors import TextNPSError
from textnps.lang import LANGUAGES, get as get_language

__all__ = ["Quoter", "MAX_QUOTE_CHARS", "shorten", "preferred_languages"]

#: The longest quote, in characters (ellipses included).
MAX_QUOTE_CHARS = 300
ELLIPSIS = "…"
_SIGN = {"pos": 1, "neg": -1}
_WORDS = re.compile(r"\W+")
_SENTENCE_END = tuple(".!?…\n")
_OPENING = "([«„“\"'<"
_CLOSING = ".!?…)]»”\"'"


def shorten(text: str, max_chars: int = MAX_QUOTE_CHARS) -> str:
    """*text* cut at a word boundary to at most *max_chars* characters, ``…`` marking the cut.

    >>> shorten("Lång kö i telefon och ingen ringde tillbaka", 20)
    'Lång kö i telefon…'
    """
    text = text.strip()
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars - len(ELLIPSIS)]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + ELLIPSIS


def preferred_languages(langs, report_lang: str | None = None, *, min_share: float = 0.2) -> frozenset:
    """The languages to quote first: *report_lang*'s (Bokmål and Nynorsk for ``no``) when at least *min_share* of
    the comments are in it, else the survey's most common language (``frozenset()`` when unknown).

    So a Danish report of a Danish survey quotes Danish comments before the few English ones, and an English
    report of a Swedish survey quotes Swedish comments, not its handful of English ones.

    >>> sorted(preferred_languages(["sv", "sv", "en", "da"], "no")), sorted(preferred_languages(["nb", "nn"], "no"))
    (['sv'], ['nb', 'nn'])
    >>> sorted(preferred_languages(["sv"] * 9 + ["en"], "en"))
    ['sv']
    """
    if langs is None:
        return frozenset()
    counts = Counter(str(v) for v in langs if v and str(v) not in ("", "und", "other"))
    if not counts:
        return frozenset()
    if report_lang:
        own = frozenset({"nb", "nn"} if report_lang in ("no", "nb", "nn") else {report_lang})
        if sum(counts[c] for c in own) >= min_share * sum(counts.values()):
            return own
    return frozenset({counts.most_common(1)[0][0]})


@lru_cache(maxsize=None)
def _contrast_words(lang: str) -> frozenset:
    """Words that open a clause without belonging to it (``men``, ``but``): every language's when *lang* is unknown."""
    try:
        return get_language(lang).CONTRAST_WORDS
    except TextNPSError:
        return frozenset().union(*(get_language(code).CONTRAST_WORDS for code in LANGUAGES))


class Quoter:
    """Cuts comments to the clause that mentions a theme.

    Parameters
    ----------
    codebook : Codebook or None
        Its seed words locate a theme in a comment; without one a quote is the
        comment cut to *max_chars*.
    max_chars : int
        The longest quote.
    """

    def __init__(self, codebook=None, *, max_chars: int = MAX_QUOTE_CHARS):
        self.codebook = codebook
        self.max_chars = max_chars
        if codebook is not None:  # the NLP stages load only when there is something to quote
            from textnps.themes.codebook.seeds import SeedMatcher

            self._matcher = SeedMatcher(codebook)
        else:
            self._matcher = None
        self._index = {t.id: k for k, t in enumerate(codebook.themes)} if codebook is not None else {}

    def quote(self, text: str, theme_id: str, *, polarity: str = "", lang: str = "", lemmas: str = "") -> str | None:
        """The part of *text* that speaks of *theme_id* (None: every such part says the opposite of *polarity*).

        >>> from textnps.themes.codebook.format import load_codebook
        >>> Quoter(load_codebook("nordic-cx")).quote("Bra pris. Men appen kraschar hela tiden!", "digital",
        ...                                          polarity="neg", lang="sv")
        '…appen kraschar hela tiden!'
        """
        return self.assess(text, theme_id, polarity=polarity, lang=lang, lemmas=lemmas)[0]

    def assess(self, text: str, theme_id: str, *, polarity: str = "", lang: str = "",
               lemmas: str = "") -> tuple[str | None, int]:
        """``(quote, sign)``: :meth:`quote` and the sentiment sign (1, 0, -1) of the clause it shows."""
        text = str(text).strip()
        k = self._index.get(theme_id)
        if not text or k is None or self._matcher is None:
            return shorten(text, self.max_chars), 0
        from textnps.themes.codebook.polarity import ClauseAnalysis
        from textnps.themes.codebook.terms import tokenize_spans

        spans = [s for s in self._matcher.match(text, lemmas or "", lang or "").get(k, ()) if s is not None]
        tokens, starts = tokenize_spans(text, lang or None)
        if not spans or not tokens:
            return shorten(text, self.max_chars), 0
        clauses = ClauseAnalysis(tokens, lang or None)
        wanted = _SIGN.get(polarity, 0)
        found = []  # (clause, sentence, sign) of each theme mention
        words = self._matcher.polarity_words(k, lang or "")  # the theme's own: "høj" is bad for a price
        for start, end in spans:
            i = min(start, len(tokens) - 1)
            found.append((clauses.clause_of[i], clauses.sentence_of[i],
                          _SIGN.get(clauses.polarity([(i, end)], words=words), 0)))
        if wanted and all(sign == -wanted for _, _, sign in found):
            return None, -wanted
        clause, sentence, sign = next((f for f in found if f[2] == wanted), found[0])
        in_sentence = [i for i, s in enumerate(clauses.sentence_of) if s == sentence]
        opposite = wanted and any(clauses.clause_sign(c, sentence) == -wanted
                                  for c in {clauses.clause_of[i] for i in in_sentence})
        own_clause = [i for i in in_sentence if clauses.clause_of[i] == clause]
        chosen = own_clause if opposite else in_sentence
        skip = _contrast_words(lang)
        if len(self._span_text(text, tokens, starts, chosen, skip)[0]) > self.max_chars:
            chosen = own_clause
        part, lo, hi = self._span_text(text, tokens, starts, chosen, skip)
        if not part:
            return shorten(text, self.max_chars), sign
        # an ellipsis marks a sentence cut: none before a sentence's start or after its end
        before = lo > 0 and text[:lo].rstrip()[-1:] not in _SENTENCE_END
        part = shorten(part, self.max_chars - before - 1)
        after = hi < len(text) and part[-1:] not in _SENTENCE_END
        return (ELLIPSIS if before else "") + part + (ELLIPSIS if after else ""), sign

    def pick(self, candidates, theme_id: str, *, polarity: str, k: int, scan: int = 60) -> list[str]:
        """Up to *k* distinct quotes from *candidates* (``(text, lang, lemmas)``, best first).

        Quotes whose clause says what *polarity* asks for come first, then neutral ones; opposite ones
        never. At most *scan* candidates are read.
        """
        agree, neutral, seen = [], [], set()
        for n, (text, lang, lemmas) in enumerate(candidates):
            if n >= scan or len(agree) >= k:
                break
            quote, sign = self.assess(text, theme_id, polarity=polarity, lang=lang, lemmas=lemmas)
            key = _WORDS.sub(" ", (quote or "").lower()).strip()  # "Gode priser!" repeats "gode priser."
            if key and key not in seen:
                seen.add(key)
                (agree if sign == _SIGN.get(polarity, 0) or not polarity else neutral).append(quote)
        return (agree + neutral)[:k]

    @staticmethod
    def _span_text(text: str, tokens: list, starts: list, chosen: list, skip: frozenset) -> tuple[str, int, int]:
        """The text of the *chosen* tokens: leading punctuation and contrast words dropped, end punctuation kept."""
        words = [i for i in chosen if tokens[i][:1].isalnum()]
        while len(words) > 1 and tokens[words[0]] in skip:
            words = words[1:]
        if not words:
            return "", 0, len(text)
        lo = starts[words[0]]
        while lo > 0 and text[lo - 1] in _OPENING:  # "(ingen svar)" and "[PHONE]" stay whole
            lo -= 1
        last = max(chosen)
        hi = starts[last] + len(tokens[last])
        if not tokens[last][:1].isalnum() and tokens[last] not in ".!?":
            hi = starts[words[-1]] + len(tokens[words[-1]])  # a clause ends before its comma
        while hi < len(text) and text[hi] in _CLOSING:  # "!!!", "..." and "[PHONE]" stay whole
            hi += 1
        return text[lo:hi].strip(), lo, hi
