"""Which words a model shipped to others may hold: common Nordic or English words, no proper nouns.

A refiner's vocabulary keeps only words :func:`common_word` accepts (by :mod:`wordfreq`), and
leaves out the names :func:`proper_nouns` finds in the coded comments: they say nothing about
another survey, and a name does not belong in a shipped model.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

__all__ = ["NEG_PREFIX", "bare", "common_word", "proper_nouns"]

WORDFREQ_LANGS = ("da", "sv", "nb", "en")
#: The Preprocessor's mark of a lemma in a negation scope.
NEG_PREFIX = "neg_"
_WORD = re.compile(r"[^\W\d_]{2,}")


def bare(word: str) -> str:
    """*word* without its ``neg_`` mark."""
    return word[len(NEG_PREFIX):] if word.startswith(NEG_PREFIX) else word


@functools.lru_cache(maxsize=200_000)
def common_word(word: str, min_zipf: float) -> bool:
    """Whether *word* (a lemma; a ``neg_`` mark is ignored) is a common Nordic or English word."""
    import wordfreq

    word = bare(word)
    if not _WORD.fullmatch(word):
        return False
    return max(wordfreq.zipf_frequency(word, lang) for lang in WORDFREQ_LANGS) >= min_zipf


def proper_nouns(texts) -> set[str]:
    """Words written with a capital inside sentences (names of people, places, companies), lower-cased.

    A word counts when at least two thirds of its (at least 2) occurrences after a
    lower-case word are capitalised.
    """
    after_word, capitalised = Counter(), Counter()
    for text in texts:
        words = re.findall(r"[^\W\d_]+|[.!?]", text)
        for before, word in zip(words, words[1:]):
            if before[:1].isalpha() and before[:1].islower() and word[:1].isalpha():
                after_word[word.lower()] += 1
                capitalised[word.lower()] += word[:1].isupper()
    return {w for w, n in after_word.items() if n >= 2 and capitalised[w] >= 2 * n / 3}
