"""Sub-themes: finer reasons below a codebook's themes (``nordic-cx``: unsolicited sales contact,
cancellation, waiting on the phone, fees, price increases, the deductible).

A codebook's ``subthemes`` block (:mod:`textnps.themes.codebook.format`) gives each one a
``parent`` theme and its own seeds. :func:`subtheme_column` finds them with the same rules as the
themes' seeds (:class:`~textnps.themes.codebook.seeds.SeedMatcher`: words and lemmas, wildcards,
phrases, exclusions; the comment's language plus English) and writes the ``subthemes`` column that
:meth:`ThemeClassifier.transform <textnps.themes.codebook.classify.ThemeClassifier.transform>` adds
besides ``themes``, in the same notation (``"sales_contact:neg;fees:neg"``, ``""`` for none).

A sub-theme does not need its parent theme among the comment's themes (an unwanted sales call may
have been coded as staff or trust), and it never changes the ``themes`` column. Its polarity is its
parent's where the comment has the parent theme, else that of the comment's NPS category
(promoter ``pos``, detractor ``neg``), else none. Non-answers (``informative == False``) get none.
"""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from textnps.themes.codebook.coding import format_themes, parse_themes
from textnps.themes.codebook.format import Codebook
from textnps.themes.codebook.seeds import SeedMatcher
from textnps.themes.codebook.weak_labels import seed_matrix

__all__ = ["subtheme_book", "subtheme_column", "subtheme_matcher", "subtheme_parents"]

_BY_CATEGORY = {"promoter": "pos", "detractor": "neg"}
#: Sub-theme matchers kept (codebook id -> (codebook, matcher)); the oldest goes first.
_MATCHERS: dict[int, tuple[Codebook, SeedMatcher]] = {}
_MAX_MATCHERS = 8


def subtheme_book(codebook: Codebook) -> Codebook:
    """The sub-themes of *codebook* as a codebook of their own (what the seed matcher reads; their parents
    are themes of the other codebook, so they are left out here)."""
    return Codebook(name=f"{codebook.name}:subthemes", version=codebook.version, source=codebook.source,
                    themes=tuple(replace(s, parent=None) for s in codebook.subthemes))


def subtheme_parents(codebook: Codebook) -> dict[str, str]:
    """``{sub-theme id: parent theme id}``."""
    return {s.id: s.parent for s in codebook.subthemes}


def _category_polarity(X: pd.DataFrame, score_col: str) -> list:
    if score_col not in X.columns:
        return [None] * len(X)
    from textnps.stats import nps_category

    categories = nps_category(pd.to_numeric(X[score_col], errors="coerce")).astype(str)
    return [_BY_CATEGORY.get(c) for c in categories]


def subtheme_matcher(codebook: Codebook) -> SeedMatcher:
    """The seed matcher of *codebook*'s sub-themes, built once per codebook (a frozen dataclass) and kept for
    the next batches, so its caches of token lookups serve every chunk of a survey."""
    key = id(codebook)
    kept = _MATCHERS.get(key)
    if kept is None or kept[0] is not codebook:
        if len(_MATCHERS) >= _MAX_MATCHERS:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        kept = _MATCHERS[key] = (codebook, SeedMatcher(subtheme_book(codebook)))
    return kept[1]


def subtheme_column(codebook: Codebook, X: pd.DataFrame, themes, *, score_col: str = "score",
                    matcher: SeedMatcher | None = None) -> pd.Series:
    """The ``subthemes`` column of the preprocessed comments *X*, whose ``themes`` cells are *themes*.

    All ``""`` when the codebook has no sub-themes. Pass a *matcher* built once
    (``SeedMatcher(subtheme_book(codebook))``) to classify many batches.
    """
    if not codebook.subthemes:
        return pd.Series("", index=X.index, dtype=str)
    matcher = matcher if matcher is not None else subtheme_matcher(codebook)
    ids = [s.id for s in codebook.subthemes]
    found, _ = seed_matrix(matcher, X, ids)
    by_category = _category_polarity(X, score_col)
    parents = [s.parent for s in codebook.subthemes]
    cells = []
    for i, (row, cell, any_found) in enumerate(zip(found, themes, found.any(axis=1).tolist())):
        if not any_found:  # most comments: no sub-theme
            cells.append("")
            continue
        known = parse_themes(cell) or {}
        cells.append(format_themes({ids[k]: known.get(parents[k]) or by_category[i]
                                    for k in range(len(ids)) if row[k]}))
    return pd.Series(cells, index=X.index, dtype=str)
