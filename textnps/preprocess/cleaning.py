"""Normalising and redacting a comment, done once for the comments of ``Preprocessor.fit``'s prior sample.

``fit`` normalises and redacts its prior sample (up to 2,000 evenly spaced comments) to learn the survey's
language shares; ``transform`` then does the same to every comment. In ``fit_transform`` (what ``textnps
preprocess`` and ``analyze`` run) those comments were normalised and redacted twice, about a tenth of a
15,000-comment run's redaction time. :func:`remember` keeps what ``fit`` computed (in this process, in a
bounded :class:`~textnps.memo.Memo`), and :func:`remembered` gives it back to ``transform``: the same values,
since both steps are functions of the text and ``max_chars`` alone. A worker process has an empty memo and
computes them afresh.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from textnps.memo import Memo
from textnps.preprocess.normalize import normalize_and_truncate
from textnps.preprocess.pii import redact_pii

__all__ = ["SAMPLE_MEMO", "Cleaned", "remember", "remembered"]


class Cleaned(NamedTuple):
    """A comment normalised (and cut at ``max_chars``), and redacted."""

    normalized: str
    truncated: bool
    redacted: str
    kinds: Counter  # what the redaction replaced, by kind

#: Comments remembered at most (several prior samples of 2,000); then the memo starts afresh.
SAMPLE_MEMO = 10_000
_done = Memo(SAMPLE_MEMO)


def remember(text: str, max_chars: int | None) -> Cleaned:
    """*text* (non-empty) normalised and redacted, computed and remembered."""
    key = (text, max_chars)
    found = _done.get(key)
    if found is None:
        normalized, cut = normalize_and_truncate(text, max_chars)
        redacted, kinds = redact_pii(normalized) if normalized else ("", Counter())
        found = Cleaned(normalized, cut, redacted, kinds)
        _done.put(key, found)
    return found


def remembered(text: str, max_chars: int | None) -> Cleaned | None:
    """What :func:`remember` computed for *text*, or None (the caller computes what it needs)."""
    return _done.get((text, max_chars))
