"""Example quotes of a theme for a report table: the best comments of the right polarity, clause-cut."""
from __future__ import annotations

import numpy as np

from textnps.report._prepared import Prepared

__all__ = ["examples", "EXAMPLE_LENGTH"]

EXAMPLE_LENGTH = 100  # characters: comments close to this length read best in a table
_STRICT = ("neg", "pos")  # a complaint is quoted only where the theme is negative, a strength where positive


def examples(prep: Prepared, base: np.ndarray, j: int, polarity: str, k: int) -> list[str]:
    """Up to *k* distinct quotes of theme column *j* among the *base* rows.

    With *polarity* ``neg`` or ``pos`` only comments where the theme has that polarity are quoted (discovered
    clusters have none: any of theirs); ``mixed`` or ``""`` only prefer it. Then comments in the preferred
    language, mentioning no other theme, with a higher theme probability and a length close to
    ``EXAMPLE_LENGTH`` come first. Each quote is cut to the clause of the theme (:class:`~textnps.report.quotes.Quoter`).
    """
    if prep.text is None or k == 0:
        return []
    present = prep.mentions.present_values
    theme_id = prep.mentions.theme_ids[j]
    rows = np.flatnonzero(base & present[:, j] & (prep.text_length > 0))
    own = prep.mentions.polarity_at(rows, j)
    strict = polarity in _STRICT and prep.mentions.source[theme_id] == "codebook"
    if strict:
        rows, own = rows[own == polarity], own[own == polarity]
    if not len(rows):
        return []
    other_polarity = own != polarity if polarity else np.zeros(len(rows), dtype=bool)
    other_lang = ~np.isin(prep.lang[rows].astype(str), list(prep.prefer_lang)) \
        if prep.lang is not None and prep.prefer_lang else np.zeros(len(rows), dtype=bool)
    several_themes = present[rows].sum(axis=1) > 1
    prob = -prep.probability[theme_id].to_numpy(dtype=float)[rows] \
        if prep.probability is not None and theme_id in prep.probability else np.zeros(len(rows))
    length_gap = np.abs(prep.text_length[rows] - EXAMPLE_LENGTH)
    order = rows[np.lexsort((rows, length_gap, np.nan_to_num(prob), several_themes, other_lang, other_polarity))]
    langs = prep.lang if prep.lang is not None else np.full(len(prep.text), "", dtype=object)
    lemmas = prep.lemmas if prep.lemmas is not None else np.full(len(prep.text), "", dtype=object)
    candidates = ((prep.text[r], langs[r], lemmas[r]) for r in order)
    if prep.quoter is None:
        return list(dict.fromkeys(text for text, _, _ in candidates))[:k]
    return prep.quoter.pick(candidates, theme_id, polarity=polarity if strict else "", k=k)
