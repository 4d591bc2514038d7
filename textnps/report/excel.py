"""``report.xlsx``: one sheet per table, with formula injection neutralised.

A comment such as ``=HYPERLINK("http://evil","click")`` or ``@SUM(...)``
would become a live formula in Excel (CSV/formula injection, see OWASP
"CSV Injection"). Every text cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is therefore written as text with an
apostrophe in front (``'=HYPERLINK(...)``), which Excel, LibreOffice and
Google Sheets show as text and never evaluate. Numbers stay numbers. The
rule is :func:`textnps.csvsafe.neutralise`, the one the CSV files use too.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from textnps.csvsafe import FORMULA_PREFIXES, neutralise as _formula_safe
from textnps.report._labels import column_header, report_labels

__all__ = ["write_excel", "neutralise", "FORMULA_PREFIXES"]

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_CELL = 32_767  # Excel's limit on characters in a cell
#: Columns whose codes are written as the report language's words (the CSV tables keep the codes).
_CODED = ("segment", "category", "source", "direction", "trend", "test", "polarity")


def neutralise(value):
    """Return *value* safe for a spreadsheet cell: text that could start a formula gets a leading ``'``.

    >>> neutralise("=1+1"), neutralise("-5 stars"), neutralise("ok"), neutralise(-5)
    ("'=1+1", "'-5 stars", 'ok', -5)
    """
    if isinstance(value, str):
        # control characters an .xlsx cannot hold go first, so "\x01=1+1" cannot become "=1+1"
        return _formula_safe(_ILLEGAL.sub("", value))[:_MAX_CELL]
    return value


def _sheet_name(name: str, used: set) -> str:
    base = "".join("_" if ch in '[]:*?/\\' else ch for ch in name)[:31] or "sheet"
    candidate, i = base, 1
    while candidate.lower() in used:
        i += 1
        candidate = f"{base[:28]}_{i}"
    used.add(candidate.lower())
    return candidate


def write_excel(tables: dict[str, pd.DataFrame], path, *, lang: str = "en", labels: dict | None = None) -> Path:
    """Write each table to its own sheet of *path* (headers in the report language).

    Every text cell is passed through :func:`neutralise`; headers too. A cell
    over Excel's 32,767 characters is cut, with a warning counting them.
    Codes people read (``category`` ``detractor``, ``segment`` ``(all)``, ``direction`` ``up`` ...) are
    written in the report's language; the CSV tables keep them. Decimals are shown with one digit
    (p-values with four), every sheet has
    filters and a frozen header row. Timezone-aware datetimes are written in
    UTC without the zone (Excel has none).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    labels = labels or report_labels(lang)  # a caller with more tables (the wave comparison) brings its labels
    path = Path(path)
    # Write-only mode streams each row to the file: no cell objects are kept (the sheet's layout,
    # widths, frozen header and filter, is set before its rows, as that mode requires).
    book = Workbook(write_only=True)
    used: set = set()
    n_cut = 0
    codes = {**labels.get("categories", {}), **labels.get("values", {})}  # "detractor" -> "Kritiker", "up" -> "op"
    for name, frame in tables.items():
        sheet = book.create_sheet(_sheet_name(name, used))
        headers = [neutralise(column_header(str(c), labels)) for c in frame.columns]
        formats = []
        for i, (column, header) in enumerate(zip(frame.columns, headers), start=1):
            longest = frame[column].astype(str).str.len().max() if len(frame) and frame[column].dtype == object else 0
            width = min(60, max(10, len(str(header)) + 2, int(longest or 0) + 2))
            sheet.column_dimensions[get_column_letter(i)].width = width
            # p-values need their small digits; shares, NPS and impact read best with one decimal
            formats.append(("0.0000" if str(column).startswith("p_") else "0.0")
                           if pd.api.types.is_float_dtype(frame[column].dtype) else None)
        sheet.freeze_panes = "A2"
        if len(frame.columns):
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"
        sheet.append(headers)
        words = [codes if str(c) in _CODED else None for c in frame.columns]
        formatted = [(i, fmt) for i, fmt in enumerate(formats) if fmt]
        for row in frame.itertuples(index=False, name=None):
            n_cut += sum(isinstance(v, str) and len(v) >= _MAX_CELL for v in row)
            values = [_cell(words[i].get(v, v) if words[i] and isinstance(v, str) else v) for i, v in enumerate(row)]
            for i, fmt in formatted:
                cell = values[i] = WriteOnlyCell(sheet, value=values[i])
                cell.number_format = fmt
            sheet.append(values)
    if not tables:
        book.create_sheet("empty")
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    if n_cut:
        warnings.warn(f"{n_cut} cell(s) longer than Excel's {_MAX_CELL:,} characters were cut in {str(path)!r}; "
                      "the CSV tables hold them whole.", UserWarning, stacklevel=2)
    return path


def _cell(value):
    """A pandas/numpy value as something openpyxl writes as data, never as a formula."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (float, np.floating)) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = (value.tz_convert("UTC").tz_localize(None) if value.tzinfo else value).to_pydatetime()
    if isinstance(value, pd.Period):
        value = str(value)
    return neutralise(value) if isinstance(value, str) else value
