"""Tokens, stop words and lemmas with spaCy's language data, spaCy's lookup
tables (spacy-lookups-data) and simplemma, plus compounds and negation.

Two tokenizers: ``"regex"`` (default) splits words, keeping inner hyphens and
apostrophes (``e-mail``, ``don't``), and sentence punctuation; ``"spacy"``
runs ``spacy.blank(lang)``'s tokenizer through ``nlp.tokenizer.pipe``. On
survey comments both give the same lemmas save for rare abbreviations, and
the regex is about ten times faster (spaCy's tokenizer alone would cost more
than the whole 3,000 comments/s budget). No model is downloaded.

Lemmas are looked up lowercase through the chain the language module gives
(``LEMMATIZERS``; the first that changes the word wins): simplemma then
spaCy's table for sv, spaCy's table then simplemma for da and en, simplemma
for nb and nn (spaCy's nb table is nearly empty); ``LEMMA_EXCEPTIONS`` fixes
the few survey words the tables get wrong. Each distinct word is analysed
once and cached, so lemmatising a survey costs one dictionary look-up per token.
The tables are loaded only for the languages seen, from a decoded copy cached on disk
(:mod:`textnps.preprocess.lemmacache`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from textnps.preprocess.compounds import split_compound
from textnps.preprocess.lemmacache import simplemma_lemmatizer, spacy_lemma_table
from textnps.preprocess.negation import BREAK, EXCEPTION, NEGATOR, SKIP, TERM, apply_negation
from textnps.preprocess.pii import strip_placeholders
from textnps.preprocess.stopwords import stop_words

__all__ = ["LemmaAnalyzer", "analyzer", "blank_nlp", "lemmatize", "lemmas"]

_BOUNDARY = frozenset({".", ",", ";", ":", "!", "?", "…", "...", "!?", "?!"})
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[.,;:!?…]")
_OTHER = "other"  # analyser for comments in no supported language: words lowercased, no lemmas


@functools.lru_cache(maxsize=None)
def blank_nlp(spacy_lang: str):
    """``spacy.blank(spacy_lang)``, built once per process."""
    import spacy

    return spacy.blank(spacy_lang)


def lemmatize(word: str, lang: str) -> str:
    """Lowercase lemma of *word* in language *lang* (``Kundtjänsten`` -> ``kundtjänst``)."""
    return _lemmatize(word.lower(), lang)


@functools.lru_cache(maxsize=200_000)
def _lemmatize(word: str, lang: str) -> str:
    from textnps.lang import get

    data = get(lang)
    fixed = data.LEMMA_EXCEPTIONS.get(word)
    if fixed:
        return fixed
    # The first lemmatiser that changes the word wins (simplemma returns unknown words unchanged).
    for method in data.LEMMATIZERS:
        if method == "spacy":
            found = spacy_lemma_table(data.SPACY_LANG).get(word.encode())
            lemma = found.decode() if found is not None else None
        else:
            lemma = simplemma_lemmatizer().lemmatize(word, lang)
        if lemma and lemma.lower() != word:
            return lemma.lower()
    return word


class LemmaAnalyzer:
    """Turns texts of one language into lemma strings (see :meth:`pipe`).

    Parameters
    ----------
    lang : str
        ``sv``, ``da``, ``nb``, ``nn``, ``en`` or ``"other"`` (lowercased
        words, no stop words, no lemmas).
    compounds, negation : bool
        Append compound parts after the whole lemma; prefix lemmas in a
        negation scope with ``neg_``.
    negation_window : int
        Content words a negator covers.
    tokenizer : {"regex", "spacy"}
        See the module docstring.
    """

    def __init__(
        self, lang: str, *, compounds: bool = True, negation: bool = True, negation_window: int = 2, tokenizer: str = "regex"
    ):
        from textnps.lang import get

        self.lang = lang
        self.compounds = compounds
        self.negation = negation
        self.negation_window = negation_window
        self.tokenizer = tokenizer
        if lang == _OTHER:
            self._spacy_lang = "xx"
            self._negators = self._breakers = self._exceptions = self._stops = frozenset()
        else:
            data = get(lang)
            self._spacy_lang = data.SPACY_LANG
            self._negators = data.NEGATORS if negation else frozenset()
            self._breakers = data.NEGATION_BREAKERS if negation else frozenset()
            self._exceptions = data.NEGATION_EXCEPTIONS if negation else frozenset()
            self._stops = stop_words(lang)
        self._cache: dict[str, tuple[int, tuple[str, ...]]] = {}

    @property
    def nlp(self):
        """The ``spacy.blank`` pipeline (built on first use)."""
        return blank_nlp(self._spacy_lang)

    def _info(self, word: str) -> tuple[int, tuple[str, ...]]:
        if word in _BOUNDARY:
            return (BREAK, ()) if self.negation else (SKIP, ())
        if word in self._negators:
            return NEGATOR, ()
        if word in self._breakers:
            return BREAK, ()
        kind = EXCEPTION if word in self._exceptions else TERM
        if len(word) < 2 or not any(c.isalpha() for c in word) or any(c.isdigit() for c in word):
            return SKIP, ()
        if word in self._stops:
            return kind, ()
        if self.lang == _OTHER:
            return kind, (word,)
        lemma = _lemmatize(word, self.lang)
        if lemma in self._stops:
            return kind, ()
        if not self.compounds:
            return kind, (lemma,)
        parts = split_compound(lemma, self.lang, stop_words=self._stops)
        if not parts:
            return kind, (lemma,)
        modifier, head = parts
        head_lemma = _lemmatize(head, self.lang)
        if lemma == word and head_lemma != head:  # unknown compound: lemmatise through its head
            lemma = lemma[: len(lemma) - len(head)] + head_lemma
        return kind, (lemma, modifier, head_lemma)

    def terms(self, words: Iterable[str]) -> list[str]:
        """Lemma terms of a sequence of (lowercased) words."""
        cache = self._cache
        items = []
        negated = False
        for w in words:
            info = cache.get(w)
            if info is None:
                info = cache[w] = self._info(w)
            items.append(info)
            negated = negated or info[0] == NEGATOR
        if not negated:  # most comments: no scope to mark
            return [t for _, terms in items for t in terms]
        return apply_negation(items, window=self.negation_window)

    def pipe(self, texts: Sequence[str], *, batch_size: int = 1000) -> list[str]:
        """Space-separated lemma strings, one per text, tokenised with ``nlp.pipe`` batching."""
        clean = [strip_placeholders(t) for t in texts]
        if self.tokenizer == "regex":
            return [" ".join(self.terms(_TOKEN.findall(t.lower()))) for t in clean]
        return [" ".join(self.terms([t.lower_ for t in doc])) for doc in self.nlp.tokenizer.pipe(clean, batch_size=batch_size)]


@functools.lru_cache(maxsize=None)
def analyzer(
    lang: str, compounds: bool = True, negation: bool = True, negation_window: int = 2, tokenizer: str = "regex"
) -> LemmaAnalyzer:
    """One shared :class:`LemmaAnalyzer` per setting and process (its word cache grows with use)."""
    return LemmaAnalyzer(
        lang, compounds=compounds, negation=negation, negation_window=negation_window, tokenizer=tokenizer
    )


def lemmas(text: str, lang: str, *, compounds: bool = True, negation: bool = True, tokenizer: str = "regex") -> str:
    """Lemma string of one text: ``lemmas("Kundtjänsten var inte bra", "sv")`` -> ``'kundtjänst kund tjänst neg_bra'``."""
    return analyzer(lang, compounds, negation, 2, tokenizer).pipe([text])[0]
