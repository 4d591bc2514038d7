"""The polarity each decided theme gets in a comment (``pos``, ``neg`` or ``mixed``).

1. The clauses holding the theme's seed words decide when they carry sentiment
   (:func:`~textnps.themes.codebook.polarity.analyze_clauses`); themes found by the model alone
   take the whole comment's polarity.
2. Where those clauses have no sentiment word or both signs, a refiner with a polarity model
   decides from the comment's words (:meth:`ThemeRefiner.predict_polarity`).
3. A comment with no sentiment word at all takes the NPS category of its score (promoter
   ``pos``, detractor ``neg``), else the classifier's ``polarity_default``.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from textnps.themes.codebook.frame import text_column
from textnps.themes.codebook.polarity import analyze_clauses
from textnps.themes.codebook.refiner_themes import refines
from textnps.themes.codebook.seeds import SeedMatcher

__all__ = ["fallback_polarities", "polarity_evidence", "theme_polarities"]


def polarity_evidence(X: pd.DataFrame, rows, ks, hits, matcher: SeedMatcher, *, progress: bool = False):
    """What the clauses say of theme ``ks[j]`` in comment ``rows[j]``, for each pair j.

    Returns ``(rule, overall, seeded)``: the polarity of the clauses holding the
    theme's seed words (``pos``/``neg``/``mixed``, None without sentiment), the
    polarity of the whole comment, and whether the theme's seeds matched.
    """
    texts, langs = text_column(X, "text_clean"), text_column(X, "lang")
    rule, overall, done = [], [], {}  # repeated comments ("Bra", "Super") are common: analyse each once
    analysed = None
    for i, k in tqdm(zip(rows, ks), total=len(rows), desc="polarity", disable=not progress, leave=False):
        key = (texts[i], langs[i], k, tuple(hits[i].get(k, [None])))
        if key not in done:
            if analysed is None or analysed[0] != i:  # the pairs of one comment come together
                analysed = (i, analyze_clauses(texts[i], langs[i]))
            analysis = analysed[1]
            done[key] = (analysis.polarity(key[3], None, matcher.polarity_words(k, langs[i])),
                         analysis.polarity([None], None))
        rule.append(done[key][0])
        overall.append(done[key][1])
    return rule, overall, np.array([k in hits[i] for i, k in zip(rows, ks)], dtype=bool)


def fallback_polarities(X: pd.DataFrame, *, score_col: str, default: str) -> tuple[list[str], np.ndarray]:
    """Polarity for comments without sentiment words: the NPS category of *score_col*, else *default*.

    Also returns which rows took it from their score.
    """
    if score_col not in X:
        return [default] * len(X), np.zeros(len(X), dtype=bool)
    score = pd.to_numeric(X[score_col], errors="coerce").to_numpy(dtype=float)
    from_score = (score >= 9) | (score <= 6)
    return ["pos" if s >= 9 else "neg" if s <= 6 else default for s in score], from_score


def theme_polarities(X: pd.DataFrame, rows, ks, hits, *, matcher: SeedMatcher, refiner, score_col: str,
                     default: str, progress: bool = False) -> list[str | None]:
    """Polarity of theme ``ks[j]`` in comment ``rows[j]``: the clauses', else the refiner's, else the fallback."""
    rule, overall, seeded = polarity_evidence(X, rows, ks, hits, matcher, progress=progress)
    fallback, from_score = fallback_polarities(X, score_col=score_col, default=default)
    out = [r or fallback[i] for r, i in zip(rule, rows)]
    if refiner is None or not refiner.has_polarity:
        return out
    # the clauses decide when they are clear; the refiner's words decide when they say nothing or both
    # (but a comment without any sentiment word: its NPS score says more than its words)
    langs, lemmas = text_column(X, "lang"), text_column(X, "lemmas")
    unclear = [j for j, (r, o, i) in enumerate(zip(rule, overall, rows))
               if r not in ("pos", "neg") and not (o is None and from_score[i])]
    known = [refines(refiner, t) for t in refiner.theme_ids_]  # an edited codebook's new themes: not by it
    in_lang = refiner.applies([langs[rows[j]] for j in unclear])
    unclear = [j for j, ok in zip(unclear, in_lang) if ok and known[ks[j]]]
    if unclear:
        learned = refiner.predict_polarity([lemmas[rows[j]] for j in unclear], ks[unclear],
                                           [rule[j] for j in unclear], [overall[j] for j in unclear],
                                           seeded[unclear])
        for j, p in zip(unclear, learned):
            out[j] = p
    return out
