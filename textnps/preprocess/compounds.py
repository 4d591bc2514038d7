"""Compound splitting for Swedish, Danish and Norwegian:
``kundtjänst`` -> ``kund`` + ``tjänst``, ``leveringstid`` -> ``levering`` + ``tid``.

A split is kept only when both parts are frequent words of the language in
wordfreq's lists (shipped with the package: nothing is downloaded), neither
part is a stop word or a listed adverb/prefix (``COMPOUND_NON_PARTS``: no
``hjemme`` + ``side``), a linking ``s``/``e`` may join them (``COMPOUND_LINKS``),
and -- the guard against false splits of ordinary words (Koehn & Knight,
2003) -- both parts are more frequent than the whole word. ``leverans`` (=
``lever`` + ``ans``?) and ``tilfreds`` therefore stay whole.
"""
from __future__ import annotations

import functools
import math

from textnps.preprocess.lemmacache import cached_floats, package_version

__all__ = ["COMMON_ZIPF", "common_zipf", "split_compound", "zipf_table"]

#: Words at least this frequent (one per million) are what compound parts and language checks look at.
COMMON_ZIPF = 3.0

#: A linking element must earn its place: ``gave|kort``, not ``gav|e|kort``.
_LINK_PENALTY = 1.0


@functools.lru_cache(maxsize=None)
def zipf_table(freq_lang: str) -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of every word in wordfreq's list for *freq_lang*.

    Decoded from wordfreq once, then read from the disk cache (:func:`~textnps.preprocess.lemmacache.cached_floats`).
    """

    def build() -> dict[str, float]:
        import wordfreq

        return {w: math.log10(f) + 9.0 for w, f in wordfreq.get_frequency_dict(freq_lang, wordlist="best").items()}

    return cached_floats(f"wordfreq-{package_version('wordfreq')}-{freq_lang}-best-zipf", build)


@functools.lru_cache(maxsize=None)
def common_zipf(freq_lang: str) -> dict[str, float]:
    """The entries of :func:`zipf_table` of Zipf >= :data:`COMMON_ZIPF` (about 30,000 words, not 300,000).

    Enough for every use that ignores rarer words (compound parts, language checks): a fresh
    process reads this small table from the disk cache instead of building the whole list.
    """

    def build() -> dict[str, float]:
        return {w: z for w, z in zipf_table(freq_lang).items() if z >= COMMON_ZIPF}

    return cached_floats(f"wordfreq-{package_version('wordfreq')}-{freq_lang}-best-zipf{COMMON_ZIPF:g}", build)


def split_compound(
    word: str,
    lang: str,
    *,
    min_part: int = 3,
    min_zipf: float = 3.0,
    stop_words: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """Split *word* (a lowercase lemma) into (modifier, head), or return ``()``.

    The head is returned as found in the word (the caller lemmatises it: in
    ``kundtjänsten`` the head is ``tjänsten``); the linking element is removed
    from the modifier. Parts of *min_part* letters need a Zipf frequency of 4
    (``tid``), longer parts *min_zipf*.

    >>> split_compound("leveringstid", "da")
    ('levering', 'tid')
    >>> split_compound("tilfreds", "da")
    ()
    """
    from textnps.lang import get
    from textnps.preprocess.stopwords import stop_words as _stop_words

    data = get(lang)
    if len(word) < 2 * min_part + 1 or not word.isalpha():
        return ()
    if min_zipf < COMMON_ZIPF:  # rarer parts wanted: the whole list
        zipf = zipf_table(data.FREQ_LANG)
    else:  # words below COMMON_ZIPF can neither be parts nor, as the whole word, beat a part
        zipf = common_zipf(data.FREQ_LANG)
    stops = _stop_words(lang) if stop_words is None else stop_words
    banned = data.COMPOUND_NON_PARTS
    whole = zipf.get(word, 0.0)

    def ok(part: str) -> float:
        if len(part) < min_part or part in stops or part in banned:
            return 0.0
        z = zipf.get(part, 0.0)
        need = 4.0 if len(part) == min_part else min_zipf
        return z if z >= need and z > whole else 0.0

    best: tuple[float, str, str] | None = None
    for i in range(min_part, len(word) - min_part + 1):
        head = word[i:]
        zh = ok(head)
        if not zh:
            continue
        left = word[:i]
        for link in data.COMPOUND_LINKS:
            if link and not left.endswith(link):
                continue
            modifier = left[: len(left) - len(link)]
            zm = ok(modifier)
            score = zm + zh - (_LINK_PENALTY if link else 0.0)
            if zm and (best is None or score > best[0]):
                best = (score, modifier, head)
    return best[1:] if best else ()
