"""Analyst codes as text: ``"price:pos;staff_service:neg"`` <-> ``{"price": "pos", ...}``.

Analysts code comments in a spreadsheet column; a cell holds theme ids joined
by ``;`` (``,`` and ``|`` also work), each optionally with ``:pos``, ``:neg``
or ``:mixed``.

"Coded, no theme" has an explicit code, :data:`NO_THEME` (``-``) or its synonym
``none`` (any case), alone in the cell. In a training file an empty cell is read as
missing and means "not coded" (a spreadsheet cannot tell an empty cell from a blank
one); in Python a missing value (None, NaN) means "not coded" and an empty string
``""`` still means "coded, no theme" (what ``transform`` writes for a comment with no
theme, so its output can be fed back as codes).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from textnps._errors import InputError, close_match_hint, show_rows

__all__ = ["NO_THEME", "NO_THEME_CODES", "parse_themes", "format_themes", "label_matrix"]

_SPLIT = re.compile(r"[;,|]")
_POLARITIES = ("pos", "neg", "mixed")
#: The code of a comment coded with no theme (the whole cell).
NO_THEME = "-"
#: Every cell text read as "coded, no theme" (compared stripped and lower-cased).
NO_THEME_CODES = (NO_THEME, "none")


def parse_themes(value) -> dict[str, str | None] | None:
    """``"price:pos;general"`` -> ``{"price": "pos", "general": None}``; None when not coded.

    ``"-"`` or ``"none"`` (:data:`NO_THEME_CODES`) and ``""`` -> ``{}`` (coded, no theme).
    Lists, tuples and sets of ids (or of ``id:polarity``) are accepted too.
    """
    if value is None or (not isinstance(value, (list, tuple, set, frozenset, dict)) and pd.isna(value)):
        return None
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, str) and value.strip().lower() in NO_THEME_CODES:
        return {}
    items = value if isinstance(value, (list, tuple, set, frozenset)) else _SPLIT.split(str(value))
    out: dict[str, str | None] = {}
    for item in items:
        item = str(item).strip()
        if not item:
            continue
        theme, _, pol = item.partition(":")
        out[theme.strip()] = pol.strip().lower() or None
    return out


def format_themes(themes: dict[str, str | None]) -> str:
    """``{"price": "pos", "general": None}`` -> ``"price:pos;general"``."""
    return ";".join(f"{t}:{p}" if p else t for t, p in themes.items())


def label_matrix(values: Sequence, ids: Sequence[str], *, name: str = "labels") -> tuple[np.ndarray, np.ndarray]:
    """Turn coded cells into a 0/1 matrix (rows x *ids*) and a mask of coded rows.

    Raises :class:`InputError` naming the rows with unknown theme ids or polarities.
    """
    values = list(values)
    index = {t: k for k, t in enumerate(ids)}
    y = np.zeros((len(values), len(ids)), dtype=np.int8)
    coded = np.zeros(len(values), dtype=bool)
    bad_rows, bad_values = [], []
    for i, value in enumerate(values):
        parsed = parse_themes(value)
        if parsed is None:
            continue
        coded[i] = True
        for theme, pol in parsed.items():
            if theme not in index or (pol is not None and pol not in _POLARITIES):
                bad_rows.append(i)
                bad_values.append(theme if theme not in index else f"{theme}:{pol}")
                continue
            y[i, index[theme]] = 1
    if bad_rows:
        first = bad_values[0]
        hint = close_match_hint(first, ids) if ":" not in first else ""
        raise InputError(
            f"The {name} hold unknown theme ids or polarities ({show_rows(bad_rows, bad_values)}); expected ids "
            f"among {list(ids)}, optionally with :pos, :neg or :mixed." + hint
        )
    return y, coded
