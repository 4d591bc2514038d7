"""``tables/response_themes.csv``: the classified responses as a long table, one row per response and theme.

The ``themes`` column of ``responses.csv`` packs a response's themes into one text
(``price:neg;staff_service:pos``); BI tools want one row per response and theme instead. Columns:

``id``, ``date``, ``segment``, ``score``, ``category``
    of the response (``id`` is the survey's id column, else the response's row label);
    ``date``/``segment`` are left out when the survey has none.
``theme_id``, ``polarity``
    a codebook theme (``price``), a sub-theme (``sales_contact``) or a discovered cluster
    (``new:3``), and its polarity (``pos``, ``neg``, ``mixed``; empty when unknown).
``source``
    how it was assigned: ``refiner`` (decided by the codebook's refiner), ``codebook`` (its seeds
    and the survey's own model), ``input`` (the survey came with a ``themes`` column),
    ``subtheme`` (the sub-theme seeds of :mod:`textnps.themes.codebook.subthemes`) or
    ``discovered`` (a :class:`~textnps.themes.discover.discoverer.ThemeDiscoverer` cluster).
``parent``
    for a sub-theme, its codebook theme; empty otherwise.

A response with no theme has no row. :func:`themes_column` rebuilds the ``themes`` column
from the table (the round trip is tested).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from textnps.csvsafe import write_csv
from textnps.themes.codebook.coding import format_themes, parse_themes

__all__ = ["RESPONSE_THEME_COLUMNS", "CODEBOOK_SOURCES", "response_themes", "themes_column", "write_response_tables",
           "ROWS_PER_PIECE"]

#: Responses written at a time by :func:`write_response_tables`.
ROWS_PER_PIECE = 50_000

RESPONSE_THEME_COLUMNS = ("id", "date", "segment", "score", "category", "theme_id", "polarity", "source", "parent")
#: Sources of the rows that come from the ``themes`` column (not sub-themes, not clusters).
CODEBOOK_SOURCES = ("refiner", "codebook", "input")
_DISCOVERED_PREFIX = "new:"


def _cells(frame: pd.DataFrame, column: str) -> list:
    return frame[column].tolist() if column in frame.columns else [None] * len(frame)


def response_themes(frame: pd.DataFrame, *, parents: dict | None = None) -> pd.DataFrame:
    """The long table of the classified *frame* (see the module); *parents* maps sub-theme ids to their theme."""
    parents = parents or {}
    ids = frame["id"].tolist() if "id" in frame.columns else frame.index.tolist()
    sources = _cells(frame, "theme_source")
    rows = []
    for i, (themes, subthemes, cluster) in enumerate(zip(_cells(frame, "themes"), _cells(frame, "subthemes"),
                                                         _cells(frame, "discovered_theme"))):
        source = sources[i] if sources[i] is not None and not pd.isna(sources[i]) else "input"
        for theme_id, polarity in (parse_themes(themes) or {}).items():
            # the refiner leaves the catch-all theme to the seeds
            rows.append((i, theme_id, polarity, "codebook" if theme_id == "general" and source == "refiner"
                         else source, ""))
        for theme_id, polarity in (parse_themes(subthemes) or {}).items():
            rows.append((i, theme_id, polarity, "subtheme", parents.get(theme_id, "")))
        if cluster is not None and not pd.isna(cluster) and str(cluster) != "":
            rows.append((i, _DISCOVERED_PREFIX + str(cluster), None, "discovered", ""))
    at = [r[0] for r in rows]
    out = pd.DataFrame({"id": [ids[i] for i in at]})
    for column in ("date", "segment", "score", "category"):
        if column in frame.columns:
            out[column] = frame[column].iloc[at].to_numpy()
    out["theme_id"] = [r[1] for r in rows]
    out["polarity"] = pd.Series([r[2] or "" for r in rows], dtype=object)
    out["source"] = [r[3] for r in rows]
    out["parent"] = [r[4] for r in rows]
    return out.astype({c: object for c in ("theme_id", "polarity", "source", "parent")})


def themes_column(long: pd.DataFrame, ids) -> pd.Series:
    """The ``themes`` column (``"price:neg;staff_service:pos"``, ``""`` for none) of the responses *ids*,
    rebuilt from the codebook-theme rows of the long table *long*."""
    rows = long[long["source"].isin(CODEBOOK_SOURCES)]
    found: dict = {}
    for rid, theme, polarity in zip(rows["id"], rows["theme_id"], rows["polarity"]):
        found.setdefault(rid, {})[theme] = polarity or None
    return pd.Series([format_themes(found.get(rid, {})) for rid in ids], dtype=str)


def write_response_tables(frame: pd.DataFrame, columns: list, tables: Path, *, parents: dict | None = None,
                          raw: bool = False, rows_per_piece: int = ROWS_PER_PIECE) -> None:
    """Write ``responses.csv`` (the *columns* of *frame*) and ``response_themes.csv`` into the folder *tables*.

    The two files are written *rows_per_piece* responses at a time, each piece appended to both: what a piece
    needs (its formula-safe copy, its rows of the long table) is then the same for 10,000 responses or a million
    (at a million, writing them whole was the report's largest peak of memory). The files are the same as
    written whole.
    """
    if rows_per_piece < 1:
        raise ValueError(f"rows_per_piece must be at least 1, got {rows_per_piece!r}.")
    starts = range(0, len(frame), rows_per_piece) if len(frame) else [0]
    for start in starts:
        piece = frame.iloc[start:start + rows_per_piece]
        first = dict(mode="w") if start == 0 else dict(mode="a", header=False)
        write_csv(piece[columns], tables / "responses.csv", raw=raw, **first)
        write_csv(response_themes(piece, parents=parents), tables / "response_themes.csv", raw=raw, **first)
