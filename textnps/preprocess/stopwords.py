"""Stop words: spaCy's lists plus each language module's, minus the words that carry meaning.

One concept that both lemmatising (:mod:`textnps.preprocess.tokens`) and
compound splitting (:mod:`textnps.preprocess.compounds`: a stop word is never
a compound part) need, so neither has to import the other.
"""
from __future__ import annotations

import functools

__all__ = ["spacy_stop_words", "stop_words"]


@functools.lru_cache(maxsize=None)
def spacy_stop_words(spacy_lang: str) -> frozenset[str]:
    """spaCy's stop words for *spacy_lang* (no pipeline is built).

    Read from the disk cache of :mod:`textnps.preprocess.lemmacache` (keyed by spaCy's version), so that
    a fresh process does not import spaCy (about 1-2 s) only for these lists.
    """
    from textnps.preprocess.lemmacache import cached_table, package_version

    def build() -> dict[bytes, bytes]:
        from spacy.util import get_lang_class

        return {w.encode(): b"" for w in sorted(get_lang_class(spacy_lang).Defaults.stop_words)}

    return frozenset(w.decode() for w in cached_table(f"spacy-{package_version('spacy')}-{spacy_lang}-stop_words", build))


@functools.lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words plus ``textnps.lang.<lang>.STOP_WORDS``, minus the
    negators and the words that carry meaning (``KEEP_WORDS``: spaCy lists ``bra``).

    >>> "bra" in stop_words("sv"), "och" in stop_words("sv"), "inte" in stop_words("sv")
    (False, True, False)
    """
    from textnps.lang import get

    data = get(lang)
    extra = spacy_stop_words(data.SPACY_LANG) | data.STOP_WORDS
    return extra - data.NEGATORS - data.KEEP_WORDS
