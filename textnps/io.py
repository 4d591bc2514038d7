"""Reading survey exports: CSV (any of the usual encodings and separators),
Excel, Parquet and JSON lines, into one validated DataFrame.

The returned frame keeps every column of the export and adds the canonical
columns the rest of textnps works on:

========== ============== ==================================================
column     dtype          meaning
========== ============== ==================================================
score      Int64          the 0–10 answer
text       str            the comment, ``""`` when there is none
empty      bool           ``empty_comment``: True when the comment is empty
date       datetime64     the answer's date (when a date column exists)
segment    str            market / product / ... (when one exists or is named)
id         str            the response id (when one exists or is named)
========== ============== ==================================================

``df.attrs["textnps_columns"]`` maps each canonical name to the export's
column, and ``df.attrs["textnps_read"]`` says what was detected and dropped.
"""
from __future__ import annotations

import csv
import io
import json
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from textnps._deprecate import renamed_parameters
from textnps._errors import InputError, check_choice, show_rows
from textnps.columns import find_columns
from textnps.encodings import decode_export, detect_encoding
from textnps.scores import parse_scores

__all__ = ["read_survey", "read_table", "standardize_survey", "detect_encoding", "detect_separator"]

_CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
_EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
_PARQUET_SUFFIXES = {".parquet", ".pq"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_SEPARATORS = (",", ";", "\t", "|")


@renamed_parameters(text="text_col", score="score_col", date="date_col", segment="segment_col", id="id_col")
def read_survey(
    path,
    *,
    text_col: str | None = None,
    score_col: str | None = None,
    date_col: str | None = None,
    segment_col: str | None = None,
    id_col: str | None = None,
    sep: str | None = None,
    encoding: str | None = None,
    sheet: str | int = 0,
    errors: str = "raise",
) -> pd.DataFrame:
    """Read a survey export and return it validated, with canonical columns added.

    Parameters
    ----------
    path : str or Path
        ``.csv``/``.txt``/``.tsv`` (UTF-8, UTF-8 with BOM, UTF-16, cp1252 or
        latin-1; separator ``,`` ``;`` tab or ``|``, detected), ``.xlsx``,
        ``.parquet``, ``.jsonl``/``.json`` (JSON lines or a list of records).
    text_col, score_col, date_col, segment_col, id_col : str, optional
        The export's column for each role (``text=``, ``score=``, ... are the
        deprecated names, kept for one release with a FutureWarning). When not given, columns are found by
        name in Swedish, Danish, Norwegian or English (``kommentar``,
        ``fritekst``, ``betyg``, ``karakter``, ``datum``, ``dato``, ...).
    sep, encoding : str, optional
        Override the detected CSV separator or encoding.
    sheet : str or int, default 0
        The Excel sheet to read.
    errors : {"raise", "coerce"}, default "raise"
        What to do with scores that are not whole numbers 0–10 (``11``,
        ``-1``, ``"ti"``, empty): raise an error naming the column, the count
        and the first offending rows, or drop those rows and report how many
        were dropped (a warning and ``df.attrs["textnps_read"]["dropped"]``).
        Dates that cannot be read raise likewise, or become ``NaT``.

    Returns
    -------
    pandas.DataFrame
        Every column of the export plus ``score``, ``text``,
        ``empty_comment`` and, when found, ``date``, ``segment`` and ``id``.
        Empty comments are kept: they count for the NPS.

    Examples
    --------
    >>> from textnps.datasets import sample_survey_path
    >>> df = read_survey(sample_survey_path(), segment_col="market")   # the others are found by name
    >>> df.attrs["textnps_columns"]
    {'segment': 'market', 'score': 'score', 'text': 'comment', 'date': 'date', 'id': 'response_id'}
    >>> df[["score", "segment", "empty_comment"]].head(3)
       score segment  empty_comment
    0      7      NO          False
    1      9      DK          False
    2      6      NO          False
    """
    check_choice("errors", errors, ("raise", "coerce"), owner="read_survey")
    path = Path(path)
    raw, detected = read_table(path, sep=sep, encoding=encoding, sheet=sheet)
    frame = standardize_survey(
        raw, text_col=text_col, score_col=score_col, date_col=date_col, segment_col=segment_col, id_col=id_col,
        errors=errors, stacklevel=5
    )
    frame.attrs["textnps_read"] = {**detected, "rows_read": len(raw), "dropped": len(raw) - len(frame)}
    return frame


@renamed_parameters(text="text_col", score="score_col", date="date_col", segment="segment_col", id="id_col")
def standardize_survey(
    raw: pd.DataFrame,
    *,
    text_col: str | None = None,
    score_col: str | None = None,
    date_col: str | None = None,
    segment_col: str | None = None,
    id_col: str | None = None,
    errors: str = "raise",
    stacklevel: int = 3,
) -> pd.DataFrame:
    """Add the canonical columns to a survey already in memory (what :func:`read_survey` does after reading).

    Columns are found by name or named as in :func:`read_survey`; scores,
    dates, segments and ids are parsed and checked the same way, and
    ``df.attrs["textnps_columns"]`` maps each canonical name to its column.
    """
    check_choice("errors", errors, ("raise", "coerce"), owner="standardize_survey")
    _check_unique_columns([str(c) for c in raw.columns], "The survey")
    given = {"text": text_col, "score": score_col, "date": date_col, "segment": segment_col, "id": id_col}
    mapping = find_columns(raw, given)
    clashes = [c for c in ("score", "text", "date", "segment", "id", "empty_comment")
               if c in raw.columns and mapping.get(c, c) != c]
    if clashes:
        raise InputError(
            f"The file has columns named {clashes} that are not the ones used for those roles "
            f"({ {k: mapping[k] for k in clashes if k in mapping} }); rename them or name the columns explicitly."
        )
    frame = raw.copy()
    scores = parse_scores(frame[mapping["score"]], column=str(mapping["score"]), errors=errors)
    dropped = int(scores.isna().sum())
    frame["score"] = scores
    frame["text"] = _as_text(frame[mapping["text"]])
    frame["empty_comment"] = frame["text"].str.strip() == ""
    if "date" in mapping:
        frame["date"] = _parse_dates(frame[mapping["date"]], column=str(mapping["date"]), errors=errors)
    for role in ("segment", "id"):
        if role in mapping:
            frame[role] = _as_label(frame[mapping[role]])
    if dropped:
        frame = frame[frame["score"].notna()]
        warnings.warn(
            f"Dropped {dropped} of {len(raw)} rows whose {mapping['score']!r} is not an NPS score (0-10).",
            UserWarning,
            stacklevel=stacklevel,
        )
    if "id" in mapping and frame["id"].duplicated().any():
        dup = frame["id"][frame["id"].duplicated(keep=False)]
        raise InputError(
            f"Column {mapping['id']!r} (the id) has {int(frame['id'].duplicated().sum())} repeated value(s): "
            f"{show_rows(list(dup.index), list(dup))}. Ids must be unique; pass another id column or none."
        )
    frame.attrs["textnps_columns"] = {role: str(col) for role, col in mapping.items()}
    return frame


def read_table(path: Path, *, sep=None, encoding=None, sheet=0) -> tuple[pd.DataFrame, dict]:
    """Read the file as a plain table; return it and what was detected."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"No such file: {str(path)!r}.")
    suffix = path.suffix.lower()
    try:
        if suffix in _EXCEL_SUFFIXES:
            header = pd.read_excel(path, sheet_name=sheet, engine="openpyxl", header=None, nrows=1)
            _check_unique_columns([str(c) for c in header.iloc[0].dropna()] if len(header) else [], repr(str(path)))
            return pd.read_excel(path, sheet_name=sheet, engine="openpyxl"), {"format": "excel"}
        if suffix in _PARQUET_SUFFIXES:
            return pd.read_parquet(path), {"format": "parquet"}
        if suffix in _JSONL_SUFFIXES:
            return _read_json(path), {"format": "json"}
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001  (a library's error on a bad file -> one clear line)
        raise InputError(f"Could not read {str(path)!r} as {suffix} file: {exc}") from exc
    if suffix not in _CSV_SUFFIXES and suffix:
        warnings.warn(f"Unknown file type {suffix!r}: reading {path.name!r} as CSV.", UserWarning, stacklevel=3)
    return _read_csv(path.read_bytes(), name=str(path), sep=sep, encoding=encoding)


def detect_separator(text: str) -> str:
    """The separator giving the most rows of one consistent width (> 1 column).

    Quoted fields are respected, so commas inside ``"kort, men bra"`` do not count.
    """
    lines = text.splitlines()[:200]
    sample = "\n".join(lines)
    best, best_key = ",", (0.0, 0)
    for sep in _SEPARATORS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=sep) if row]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        key = (count / len(widths), width)
        if key > best_key:
            best, best_key = sep, key
    return best


def _check_unique_columns(names: list[str], source: str) -> None:
    """Raise InputError listing repeated column names (pandas would quietly rename them ``x.1``)."""
    repeated = [c for c, k in Counter(n for n in names if n.strip()).items() if k > 1]
    if repeated:
        raise InputError(
            f"{source} has repeated column names: {repeated} (columns: {names}). Give each column its own name; "
            "otherwise the second would be renamed silently (e.g. 'comment.1') and one of them ignored."
        )


def _read_csv(data: bytes, *, name: str, sep=None, encoding=None) -> tuple[pd.DataFrame, dict]:
    if not data.strip():
        raise InputError(f"{name!r} is empty: expected a header row and one row per response.")
    text, encoding, n_cp1252 = decode_export(data, name=name, encoding=encoding)
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise InputError(f"{name!r} contains NUL bytes: it is not a text (CSV) file. Expected CSV, Excel, Parquet or JSON lines.")
    sep = sep or detect_separator(text)
    try:
        header = next(csv.reader(io.StringIO(text), delimiter=sep), [])
    except csv.Error:
        header = []  # pandas below says what is wrong with the file
    _check_unique_columns(header, repr(name))
    # Semicolon exports come from locales that write decimals with a comma.
    decimal = "," if sep == ";" else "."
    try:
        frame = pd.read_csv(
            io.StringIO(text), sep=sep, decimal=decimal, dtype=str, keep_default_na=False,
            na_values=[""], skipinitialspace=False, engine="python" if len(sep) > 1 else "c",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error, ValueError) as exc:
        raise InputError(f"Could not read {name!r} as CSV (separator {sep!r}, encoding {encoding!r}): {exc}") from exc
    frame = _restore_numbers(frame, decimal=decimal)
    return frame, {"format": "csv", "encoding": encoding, "sep": sep, "lines_cp1252": n_cp1252}


def _restore_numbers(frame: pd.DataFrame, *, decimal: str) -> pd.DataFrame:
    """Columns read as text that are entirely numbers become numbers again.

    Everything is read as text first, so that score labels and ids with
    leading zeros are never mangled; other numeric columns are restored.
    """
    for col in frame.columns:
        values = frame[col]
        if not values.notna().any():
            continue
        cleaned = values.str.strip()
        if decimal == ",":
            cleaned = cleaned.str.replace(",", ".", regex=False)
        numbers = pd.to_numeric(cleaned, errors="coerce")
        if numbers.notna().sum() == values.notna().sum() and not cleaned.str.match(r"^0\d").fillna(False).any():
            frame[col] = numbers
    return frame


def _read_json(path: Path) -> pd.DataFrame:
    data = path.read_bytes()
    text = data.decode(detect_encoding(data)).lstrip("\ufeff")
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{str(path)!r} is empty: expected JSON lines, one object per response.")
    def unique_keys(pairs):
        _check_unique_columns([k for k, _ in pairs], f"A record of {str(path)!r}")
        return dict(pairs)

    if stripped.startswith("["):
        records = json.loads(stripped, object_pairs_hook=unique_keys)
    else:
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    records.append(json.loads(line, object_pairs_hook=unique_keys))
                except json.JSONDecodeError as exc:
                    raise InputError(f"Line {number} of {str(path)!r} is not JSON: {exc}") from exc
    if not all(isinstance(r, dict) for r in records):
        raise InputError(f"{str(path)!r} must hold one JSON object per response (got other values).")
    return pd.DataFrame.from_records(records)


def _as_text(values: pd.Series) -> pd.Series:
    """Comments as ``str``: missing becomes ``""``; numbers become their text."""
    out = values.astype(object).where(values.notna(), "")
    return out.map(lambda v: v if isinstance(v, str) else str(v)).astype(str)


def _as_label(values: pd.Series) -> pd.Series:
    """Segments and ids as text (``12`` not ``12.0``), missing kept missing."""
    def show(v):
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    return values.astype(object).map(lambda v: show(v) if pd.notna(v) else pd.NA).astype("string")


_DATE_FORMATS = ("ISO8601", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y %H:%M", "%d/%m/%Y %H:%M",
                 "%d-%m-%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%Y/%m/%d", "%Y.%m.%d")


def _parse_dates(values: pd.Series, *, column: str, errors: str) -> pd.Series:
    """Dates in ISO or Nordic day-first formats (``31.12.2025``, ``31/12/2025``).

    The format is chosen as the one that reads the most values, so
    ``03/04/2026`` is the 3rd of April, as a Nordic export means it.
    """
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        out = values
        if getattr(out.dt, "tz", None) is not None:
            out = out.dt.tz_localize(None)
        return out.astype("datetime64[ns]")
    text = values.astype(str).str.strip()
    present = values.notna() & (text != "")
    best = None
    for fmt in _DATE_FORMATS:
        parsed = pd.to_datetime(text.where(present), format=fmt, errors="coerce")
        if best is None or parsed.notna().sum() > best.notna().sum():
            best = parsed
        if parsed.notna().sum() == present.sum():
            break
    if getattr(best.dt, "tz", None) is not None:
        best = best.dt.tz_convert(None)
    # ISO8601 reads "/1" as year 0; no survey was answered outside these years.
    best = best.where((best >= pd.Timestamp("1900-01-01")) & (best < pd.Timestamp("2200-01-01")))
    bad = present & best.isna()
    if bad.any() and errors == "raise":
        raise InputError(
            f"Column {column!r} has {int(bad.sum())} value(s) that are not dates "
            f"(expected e.g. 2026-03-31 or 31.03.2026): {show_rows(list(values.index[bad]), list(values[bad]))}. "
            "Fix them, or pass errors='coerce' to keep those rows without a date."
        )
    return best.astype("datetime64[ns]")
