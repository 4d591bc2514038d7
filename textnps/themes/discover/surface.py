"""Show a theme's lemmas in the words its comments actually use (issue 16, item 7).

A lemmatiser's base form is not always a word a reader knows: Swedish *hos* becomes ``ho``,
*pengar* ``peng``, *fel* ``fela`` and *pris* ``prisa``. Labels therefore show, for
each lemma, the surface word that the theme's own comments use most often for it (``text_clean``,
redacted, lemmatised word by word with :func:`textnps.preprocess.tokens.lemmatize` in the
comment's language). A lemma no comment writes as a word of its own (a compound part such as
``tjänst`` of *kundtjänst*) is shown as it is.
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

__all__ = ["BREAK", "SurfaceForms", "hide_names"]

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CLAUSE = re.compile(r"[.!?,;:()\n]+|\s[-–]\s")
#: Marks a clause boundary (punctuation) in :meth:`SurfaceForms.pairs`.
BREAK = ("", "")
_LEMMA_LANGS = {"sv": "sv", "da": "da", "no": "nb", "nb": "nb", "nn": "nn", "en": "en"}


class SurfaceForms:
    """The (lemma, surface word) pairs of each comment, for picking a theme's surface forms.

    *texts* are the comments' ``text_clean``, *langs* their language codes (None: words are
    shown as they are lemmatised, i.e. not at all).
    """

    def __init__(self, texts, langs):
        from textnps.preprocess.tokens import lemmatize

        self._pairs: list[tuple[tuple[str, str], ...]] = []
        known: dict[tuple[str, str | None], tuple[str, str]] = {}  # one look-up per distinct word
        for text, code in zip(texts, langs if langs is not None else [None] * len(texts)):
            lang = _LEMMA_LANGS.get(str(code).lower()) if code is not None else None
            pairs = []
            for clause in _CLAUSE.split("" if text is None else str(text).lower()):
                for w in _WORD.findall(clause):
                    pair = known.get((w, lang))
                    if pair is None:
                        pair = known[(w, lang)] = (lemmatize(w, lang) if lang else w, w)
                    pairs.append(pair)
                pairs.append(BREAK)
            self._pairs.append(tuple(pairs))
        self.langs = [None if c is None else str(c).lower() for c in (langs if langs is not None else [None] * len(texts))]

    def pairs(self, i: int) -> tuple:
        """The (lemma, word) pairs of comment *i* in order, :data:`BREAK` between its clauses."""
        return self._pairs[i]

    def table(self, rows: np.ndarray) -> dict[str, str]:
        """``{lemma: most frequent surface word}`` over the comments *rows* (indices or a bool mask)."""
        rows = np.flatnonzero(rows) if np.asarray(rows).dtype == bool else np.asarray(rows, dtype=int)
        counts: Counter = Counter()
        for i in rows:
            counts.update(self._pairs[i])
        counts.pop(BREAK, None)
        best: dict[str, tuple[int, str]] = {}
        for (lemma, word), n in counts.items():
            have = best.get(lemma)
            if have is None or n > have[0] or (n == have[0] and word < have[1]):
                best[lemma] = (n, word)
        return {lemma: word for lemma, (_, word) in best.items()}

    @staticmethod
    def show(term: str, table: dict[str, str]) -> str:
        """*term* (a rendered term, maybe ``a/b`` or ``inte a``) with each lemma in its surface form."""
        def one(word: str) -> str:
            return " ".join(table.get(w, w) for w in word.split(" "))

        return "/".join(one(part) for part in term.split("/"))


def hide_names(text: str, hidden: dict[str, str]) -> str:
    """*text* with the words of *hidden* (lower-cased word -> placeholder) and first names replaced.

    Example comments are stored in a saved model: a first name of the name list that is no ordinary
    word (:func:`~textnps.themes.discover.generic.first_names`) becomes ``[NAME]`` even where
    redaction let it through in lower case, and a segment value's word its placeholder.
    """
    from textnps.themes.discover.generic import first_names

    names = first_names()

    def swap(m: re.Match) -> str:
        word = m.group().lower()
        return hidden.get(word) or ("[NAME]" if word in names else m.group())

    return _WORD.sub(swap, text)
