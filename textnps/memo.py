"""Bounded memos: remembered answers that start afresh when full, so memory stays flat however many comments pass.

A streamed survey of a million distinct comments would fill an unbounded memo with a million
entries per process (each comment's seed matches, each new token's look-up). :class:`Memo` is a
``dict`` holding at most ``cap`` entries: :meth:`Memo.put` empties it first when it is full
("start afresh": the entries of the chunk being processed come back at once, the old ones were
not needed again). Answers never change, only how often they are computed: ``misses`` counts
the look-ups that computed, ``resets`` how often the memo was emptied.
"""
from __future__ import annotations

__all__ = ["Memo"]


class Memo(dict):
    """A ``dict`` of at most *cap* entries, emptied when full (see the module doc).

    >>> m = Memo(2)
    >>> for word in ("pris", "leverans", "pris", "kundtjänst"):
    ...     if m.get(word) is None:
    ...         m.put(word, len(word))
    >>> len(m), m.resets, m.misses
    (1, 1, 3)
    """

    def __init__(self, cap: int):
        super().__init__()
        if int(cap) < 1:
            raise ValueError(f"A memo's cap must be a positive number of entries; got {cap!r}.")
        self.cap = int(cap)
        self.resets = 0
        self.misses = 0

    def put(self, key, value) -> None:
        """Remember *value* under *key* (a computed answer: counted in ``misses``), emptying the memo first if full."""
        self.misses += 1
        if len(self) >= self.cap and key not in self:
            self.reset()
        self[key] = value

    def reset(self) -> None:
        """Empty the memo (counted in ``resets``)."""
        self.clear()
        self.resets += 1

    def __reduce__(self):  # pickled (sent to a worker) empty, with its cap: a memo is no state of the model
        return (type(self), (self.cap,))
