"""What every report table needs from a classified frame, computed once."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from textnps import stats
from textnps._errors import InputError, require_column
from textnps.report._labels import ALL
from textnps.report._mentions import Mentions, mentions as parse_mentions
from textnps.report.quotes import Quoter, preferred_languages

__all__ = ["Prepared", "prepare", "TextColumn", "shared_strings"]


class TextColumn:
    """A frame's text column, read one row at a time (``column[i]``, a ``str``): examples quote a few hundred rows,
    so the column stays in the frame's own compact form (Arrow strings) instead of a Python string per response."""

    def __init__(self, values: pd.Series):
        self._values = values.reset_index(drop=True)

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __getitem__(self, i) -> str:
        return self._values.iat[int(i)]


def shared_strings(values: pd.Series) -> np.ndarray:
    """*values* (strings) as an object array in which equal values are one ``str`` object: a few distinct values
    (categories, languages) then cost a pointer per row, not a string each."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return np.asarray(uniques, dtype=object)[codes] if len(codes) else np.zeros(0, dtype=object)


@dataclass
class Prepared:
    """Arrays aligned with the rows of the frame (positions, not labels)."""

    category: np.ndarray          # "detractor" / "passive" / "promoter"
    commented: np.ndarray         # bool: the response has a comment
    mentions: Mentions
    groups: list                  # [(segment value, bool mask)], ALL first
    text: TextColumn | None       # redacted text for examples (``text[i]``, a str), or None
    probability: pd.DataFrame | None  # p_<theme> columns when the classifier wrote them
    text_length: np.ndarray | None = None  # len(text.strip()) per response
    lang: np.ndarray | None = None         # the comment's language ("" when unknown)
    lemmas: TextColumn | None = None       # the preprocessor's lemmas ("" when absent): they locate seed words
    quoter: Quoter | None = None           # cuts a quote to the clause that mentions its theme
    prefer_lang: frozenset = frozenset()   # languages to quote first (the report's, else the survey's)


def prepare(
    df: pd.DataFrame,
    *,
    score: str = "score",
    themes: str = "themes",
    discovered: str | None = "discovered_theme",
    segment: str | None = None,
    text: str | None = "text_clean",
    order=None,
    mentions: Mentions | None = None,
    codebook=None,
    quote_lang: str | None = None,
) -> Prepared:
    """Validate the frame and compute categories, mentions and segment masks.

    Only *text* (the redacted ``text_clean`` by default) is ever shown as an
    example; when that column is missing the tables have no examples.
    Examples are quotes cut to the clause of their theme (:mod:`textnps.report.quotes`, with the
    *codebook*'s seed words), comments in *quote_lang* (the report's language) first when there are
    any, else in the survey's most common language.
    A response counts as commented unless ``empty_comment`` is True.
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"Expected a pandas DataFrame, got {type(df).__name__}.")
    require_column(df, score, "score")
    if segment is not None:
        require_column(df, segment, "segment")
    category = shared_strings(stats.nps_category(df[score]).astype(str))
    commented = (~df["empty_comment"].fillna(False).astype(bool)).to_numpy() if "empty_comment" in df.columns \
        else np.ones(len(df), dtype=bool)
    found = mentions if mentions is not None else parse_mentions(df, themes=themes, discovered=discovered, order=order)
    groups = [(ALL, np.ones(len(df), dtype=bool))]
    if segment is not None:
        seg = df[segment].astype("string").fillna("(missing)").to_numpy(dtype=object)
        groups += [(value, seg == value) for value in sorted(set(seg))]
    shown = TextColumn(df[text].fillna("").astype(str)) if text and text in df.columns else None
    p_cols = {f"p_{t}": t for t in found.theme_ids if f"p_{t}" in df.columns}
    probability = df[list(p_cols)].rename(columns=p_cols).reset_index(drop=True) if p_cols else None
    length = np.fromiter((len(t.strip()) for t in shown), dtype=np.int64, count=len(shown)) \
        if shown is not None else None
    langs = shared_strings(df["lang"].fillna("").astype(str)) if "lang" in df.columns else None
    lemmas = TextColumn(df["lemmas"].fillna("").astype(str)) if "lemmas" in df.columns else None
    quoter = Quoter(codebook) if shown is not None else None
    return Prepared(category, commented, found, groups, shown, probability, length, langs, lemmas, quoter,
                    preferred_languages(langs, quote_lang))
