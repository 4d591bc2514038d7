"""The long form of discovered themes: one row per (comment, theme)."""
from __future__ import annotations

import pandas as pd

from textnps._errors import InputError

__all__ = ["explode_themes"]


def explode_themes(frame: pd.DataFrame, *, id_col: str | None = None) -> pd.DataFrame:
    """One row per (comment, theme) from a transformed frame: ``id, theme_id, weight``.

    ``id`` is *id_col* when given, else the frame's index. Unassigned comments
    have no row.
    """
    if "discovered_themes" not in frame.columns:
        raise InputError("Column 'discovered_themes' is missing: run ThemeDiscoverer.transform first.")
    ids = frame[id_col] if id_col is not None else pd.Series(frame.index, index=frame.index)
    rows = []
    for ident, cell in zip(ids.tolist(), frame["discovered_themes"].tolist()):
        for pair in str(cell).split(";") if cell else []:
            theme_id, weight = pair.rsplit(":", 1)
            rows.append((ident, theme_id, float(weight)))
    return pd.DataFrame(rows, columns=["id", "theme_id", "weight"])
