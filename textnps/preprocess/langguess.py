"""A cheap first-pass language guess from word frequencies, so that lingua runs only where it is needed.

Each word of a comment (its first 40 words) adds, for Swedish, Danish, Norwegian (Bokmål and
Nynorsk share wordfreq's ``nb`` list) and English, how far its Zipf frequency in that language's
list lies above :data:`~textnps.preprocess.compounds.COMMON_ZIPF` (a word below it, or missing,
adds nothing): a naive-Bayes log-likelihood in log10 units, floored like the Danish/Norwegian word
check of :mod:`textnps.preprocess.langid`. The guess is **sure** only when all of these hold:

* the best language is ``sv``, ``da`` or ``en`` (Norwegian is never decided here: the list cannot
  tell Bokmål from Nynorsk, and the da/nb/nn choice of a short comment follows lingua and the
  survey prior);
* it leads the runner-up by at least :data:`SURE_MARGIN` Zipf units;
* the comment has 2+ words and at least :data:`SURE_KNOWN` of them are common in that language.

Only the comments the guess is not sure of go to lingua. On the five real files of
``../shared/data`` (where the thresholds were chosen, see benchmarks/RESULTS.md "Cold start") it
is sure of about 70 % of the Danish and 93 % of the Swedish comments and of almost no Norwegian
one. The probability it gives (``lang_score``) is the softmax of the five languages' scores
(Nynorsk taking Bokmål's), in natural-log units.
"""
from __future__ import annotations

import functools
import math
import re

__all__ = ["SURE_KNOWN", "SURE_MARGIN", "first_pass_guess"]

#: Lead (in Zipf units, summed over the words) the best language needs over the runner-up.
SURE_MARGIN = 5.0
#: Share of the words that must be common (Zipf above the floor) in the best language.
SURE_KNOWN = 0.8
_WORD = re.compile(r"[^\W\d_]+")
_LISTS = ("sv", "da", "nb", "en")  # wordfreq lists; nn reads nb's
_DECIDES = frozenset({"sv", "da", "en"})
_MAX_WORDS = 40
_MAX_CHARS = 400


@functools.lru_cache(maxsize=1)
def _scores_by_word() -> dict[str, list[float]]:
    """word -> its Zipf above the floor in each of :data:`_LISTS` (0 where it is not common)."""
    from textnps.preprocess.compounds import COMMON_ZIPF, common_zipf

    scores: dict[str, list[float]] = {}
    for i, code in enumerate(_LISTS):
        for word, zipf in common_zipf(code).items():  # every entry is >= COMMON_ZIPF
            row = scores.get(word)
            if row is None:
                row = scores[word] = [0.0] * len(_LISTS)
            row[i] = zipf - COMMON_ZIPF
    return scores


def first_pass_guess(text: str) -> tuple[str, float] | None:
    """``(code, probability)`` when the word-frequency guess is sure of *text*'s language, else None.

    >>> first_pass_guess("Jeg er meget tilfreds med jeres hurtige og venlige kundeservice")[0]
    'da'
    >>> first_pass_guess("Bra") is None  # one word: lingua decides
    True
    """
    words = _WORD.findall(text[:_MAX_CHARS].lower())[:_MAX_WORDS]
    if len(words) < 2:
        return None
    table = _scores_by_word()
    found = [s for s in map(table.get, words) if s is not None]
    if not found:
        return None
    sums = [sum(col) for col in zip(*found)]
    order = sorted(range(len(_LISTS)), key=sums.__getitem__, reverse=True)
    best, second = order[0], order[1]
    code = _LISTS[best]
    if code not in _DECIDES or sums[best] - sums[second] < SURE_MARGIN:
        return None
    if sum(1 for s in found if s[best] > 0.0) < SURE_KNOWN * len(words):
        return None
    top = sums[best]
    z = sum(math.exp(math.log(10) * (v - top)) for v in sums) + math.exp(math.log(10) * (sums[2] - top))  # nn = nb
    return code, 1.0 / z
