"""The report's table of discovered themes, with a reason's two polarities side by side.

Discovery pairs a promoters' theme and a detractors' theme about one reason ("fast reply to
mail" and "no reply to mail", :func:`~textnps.themes.discover.pool.pair_topics`): ``paired_with``.
:func:`discovered_table` gives the report's ``discovered_themes`` table (Excel sheet and CSV) the
ids the other tables use (``new:<id>``, in ``paired_with`` too), puts each pair's two rows one after
the other (``topic``: the first theme's id) and names the other side in ``other_side``
(``new:3 svarer hurtigt``), so the two are read together in any sheet, sorted or not.
:func:`discovered_view` is what the HTML page shows of the same rows.
"""
from __future__ import annotations

import pandas as pd

from textnps.report._mentions import DISCOVERED_PREFIX

__all__ = ["discovered_table", "discovered_view", "HTML_COLUMNS"]

#: Columns of the HTML table (what the Excel sheet holds beside them: terms, examples, coherence, ...).
HTML_COLUMNS = ("theme", "polarity", "other_side", "n", "share_detractor", "share_passive",
                "share_promoter")


def discovered_table(themes: pd.DataFrame, *, prefix: str = DISCOVERED_PREFIX) -> pd.DataFrame:
    """*themes* (a discoverer's ``themes_``) with *prefix* ids, pairs adjacent, ``topic`` and ``other_side``.

    ``topic`` and ``other_side`` follow ``theme_id`` and ``label``; ``other_side`` is ``""`` for a
    theme without a pair (and when ``themes`` has no ``paired_with`` column, as a model saved before
    pairs were found)."""
    from textnps.themes.discover.pool import paired_view

    data = themes.drop(columns=[c for c in ("topic", "other_side") if c in themes.columns])
    if "paired_with" not in data.columns:
        data["paired_with"] = ""
    data["paired_with"] = data["paired_with"].fillna("").astype(str)
    view = paired_view(data)
    labels = dict(zip(view["theme_id"].astype(str), view["label"].astype(str)))

    def named(theme_id: str) -> str:
        return f"{prefix}{theme_id}" if theme_id else ""

    view["other_side"] = [f"{named(t)} {labels[t]}" if t in labels else "" for t in view["paired_with"]]
    for column in ("theme_id", "paired_with", "topic"):
        view[column] = view[column].astype(str).map(named)
    first = [c for c in ("theme_id", "label", "topic", "polarity", "other_side") if c in view.columns]
    return view[first + [c for c in view.columns if c not in first]].reset_index(drop=True)


def discovered_view(table: pd.DataFrame | None, labels: dict, names: dict):
    """What the HTML page shows of a :func:`discovered_table`: ``(rows, columns, names, classes)``, or None.

    The polarity in the report's words, shares in per cent; *names* with ``new:3 label`` for every
    theme; both sides of a pair carry the row class ``pair`` and the first of them ``topic-start``,
    so the page draws one frame around a reason's two polarities."""
    if table is None or not len(table):
        return None
    data = table.copy()
    data["polarity"] = data["polarity"].map(lambda v: labels["values"].get(v, v)) if "polarity" in data else ""
    for column in ("share_detractor", "share_passive", "share_promoter"):
        if column in data.columns:  # shares 0-1 in the table, per cent on the page as in the other tables
            data[column] = pd.to_numeric(data[column], errors="coerce") * 100
    names = {**{str(t): f"{t} {lab}" for t, lab in zip(data["theme_id"], data["label"])}, **names}
    paired = data["other_side"].astype(str) != ""
    starts = data["topic"].ne(data["topic"].shift())
    classes = [" ".join(c for c, on in (("pair", pair), ("topic-start", start and pair)) if on)
               for pair, start in zip(paired, starts)]
    return data, [c for c in HTML_COLUMNS if c in data.columns or c == "theme"], names, classes
