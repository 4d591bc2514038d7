"""CSV files that are safe to open in Excel: every CSV textnps writes goes through :func:`write_csv`.

A comment or segment such as ``=HYPERLINK("http://x","y")``, ``+cmd|' /C calc'!A0``,
``@SUM(1)`` or ``-2+3`` becomes a live formula when a spreadsheet opens the
CSV (CSV/formula injection). Following OWASP's "CSV Injection" guidance,
every text field that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is written with a single quote in front (``'=HYPERLINK(...)``),
which Excel, LibreOffice and Google Sheets read as text. Numbers are not text
and stay numbers (an NPS of ``-12.5`` is written as ``-12.5``); column names are
treated like text fields.

``raw=True`` (``--raw-csv`` on the command line, ``Report.save(raw_csv=True)``)
writes the text unchanged, for pipelines that read the CSV as data and never
open it in a spreadsheet.

This module sits beside :mod:`textnps.io` rather than in ``report/``, because
``preprocess`` (the streamed output of ``textnps preprocess``) writes CSV too,
and the NLP stages never import reporting; it imports nothing of textnps.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

__all__ = ["FORMULA_PREFIXES", "neutralise", "safe_frame", "write_csv"]

#: What a spreadsheet cell's text must not start with (OWASP "CSV Injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """*value* with a leading ``'`` when it is text that a spreadsheet would read as a formula.

    >>> neutralise("=1+1"), neutralise("-2+3"), neutralise("\\t=1+1"), neutralise("ok"), neutralise(-5)
    ("'=1+1", "'-2+3", "'\\t=1+1", 'ok', -5)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _text_column(values: pd.Series) -> bool:
    dtype = values.dtype
    return (dtype == object or isinstance(dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(dtype))


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of *frame* whose text cells and column names are passed through :func:`neutralise`.

    Numeric, boolean and datetime columns are returned as they are; in text
    (object, string, categorical) columns only ``str`` values change, so
    missing values stay missing.

    >>> safe_frame(pd.DataFrame({"segment": ["=cmd", "SE"], "nps": [-20.0, 5.0]})).to_dict("list")
    {'segment': ["'=cmd", 'SE'], 'nps': [-20.0, 5.0]}
    """
    out = frame.copy()
    for i, column in enumerate(frame.columns):
        values = frame.iloc[:, i]
        if _text_column(values) and values.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_PREFIXES),
                                               na_action="ignore").fillna(False).astype(bool).any():
            out.isetitem(i, values.astype(object).map(neutralise, na_action="ignore"))
    out.columns = [neutralise(c) for c in frame.columns]
    return out


def write_csv(frame: pd.DataFrame, path, *, raw: bool = False, **options) -> Path:
    """Write *frame* as CSV to *path* (no index unless given), formula-safe unless *raw*.

    *options* go to :meth:`pandas.DataFrame.to_csv` (``mode="a"``,
    ``header=False`` for a file written chunk by chunk). Lines end in
    ``\r\n`` (RFC 4180), which also makes the writer quote a field holding a
    lone carriage return: with ``\n`` endings it would be written bare, and
    every spreadsheet (and pandas) would split the row there. Returns the path.
    """
    options.setdefault("index", False)
    options.setdefault("lineterminator", "\r\n")
    (frame if raw else safe_frame(frame)).to_csv(path, **options)
    return Path(path)
