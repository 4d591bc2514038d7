"""Which responses a report is about: a safe ``where`` filter over the survey's columns.

``where`` is a small expression language, parsed with Python's own parser (:mod:`ast`) and
evaluated by this module on the columns only, so nothing in it is ever executed::

    market == 'SE'
    market == 'SE' and score <= 6
    segment in ('DK', 'NO') or not (3 <= score < 7)
    date >= '2025-01-01'

It allows column names (the survey's own columns and the canonical ``score``, ``date``,
``segment``, ``id``, ``category``), text and number literals, the comparisons ``==``, ``!=``,
``<``, ``<=``, ``>``, ``>=`` (chained too), ``in`` / ``not in`` a list or tuple of literals, and
``and``, ``or``, ``not`` and parentheses. Anything else (calls, attributes, arithmetic, names that
are no column) is a :class:`~textnps._errors.ParameterError` naming it. A column compared with
a number is read as numbers, ``date`` compared with text as dates; other columns compare as text.
A row whose value is missing matches no comparison. A mapping ``{"market": "SE"}`` (or
``{"market": ["SE", "NO"]}``) means the same as ``market == 'SE'`` (``in``), which is what
``--segment market=SE`` of ``textnps analyze`` gives. A list of such filters keeps the rows
that match all of them.
"""
from __future__ import annotations

import ast
import numbers
import operator
from collections.abc import Mapping

import numpy as np
import pandas as pd

from textnps._errors import ParameterError, close_match_hint

__all__ = ["row_filter", "apply_filter", "segment_filter", "describe_filter"]

_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge}
_SYMBOL = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}


def _error(where: str, message: str) -> ParameterError:
    return ParameterError(f"The 'where' filter {where!r} {message}. It allows column names, text and number "
                          "literals, ==, !=, <, <=, >, >=, in (...), and, or, not and parentheses.")


def segment_filter(items) -> dict:
    """``["market=SE", "market=NO", "channel=web"]`` (``--segment``) -> ``{"market": ["SE", "NO"], "channel": ["web"]}``."""
    out: dict[str, list[str]] = {}
    for item in items or ():
        column, sep, value = str(item).partition("=")
        if not sep or not column.strip():
            raise ParameterError(f"--segment expects COLUMN=VALUE (e.g. market=SE). Got {item!r} instead.")
        out.setdefault(column.strip(), []).append(value.strip())
    return out


def describe_filter(where) -> str:
    """The filter as one line of text, for the report's notes."""
    if isinstance(where, (list, tuple)):
        return " and ".join(f"({describe_filter(part)})" for part in where)
    if isinstance(where, Mapping):
        return " and ".join(f"{c} in {list(v)!r}" if isinstance(v, (list, tuple, set)) and len(v) != 1
                            else f"{c} == {(list(v)[0] if isinstance(v, (list, tuple, set)) else v)!r}"
                            for c, v in where.items())
    return str(where).strip()


def row_filter(frame: pd.DataFrame, where) -> np.ndarray:
    """A boolean mask of the rows of *frame* that *where* (text, mapping or a list of them; see the module) keeps."""
    if isinstance(where, (list, tuple)) and where:
        return np.logical_and.reduce([row_filter(frame, part) for part in where])
    if isinstance(where, Mapping):
        mask = np.ones(len(frame), dtype=bool)
        for column, value in where.items():
            values = list(value) if isinstance(value, (list, tuple, set)) else [value]
            col = _column(frame, str(column), describe_filter(where))
            mask &= col.astype(str).where(col.notna()).isin([str(v) for v in values]).to_numpy()
        return mask
    if not isinstance(where, str) or not where.strip():
        raise ParameterError(f"The 'where' filter must be a non-empty text or a mapping of column to values. "
                             f"Got {where!r} instead.")
    try:
        tree = ast.parse(where.strip(), mode="eval")
    except SyntaxError as exc:
        raise _error(where, f"is not a valid expression ({exc.msg} at character {exc.offset})") from None
    return np.asarray(_Evaluator(frame, where).boolean(tree.body), dtype=bool)


def filter_notes(n_out: int, n_total: int, where) -> list[str]:
    """The note saying how many of *n_total* responses the filter *where* left out (none when it left none)."""
    from textnps.report.notes import note

    return [note("filtered", n=int(n_out), total=int(n_total), filter=describe_filter(where))] if n_out else []


def apply_filter(frame: pd.DataFrame, where, *, notes: list) -> pd.DataFrame:
    """The rows of *frame* that *where* keeps (None: all); how many it left out goes to *notes*."""
    if where is None or (isinstance(where, Mapping) and not where):
        return frame
    mask = row_filter(frame, where)
    n_out = int((~mask).sum())
    notes += filter_notes(n_out, len(frame), where)
    if not mask.any():
        raise ParameterError(f"No response matches the filter {describe_filter(where)} ({len(frame)} responses "
                             "before it); check the column names and values.")
    return frame[mask].copy()


def _column(frame: pd.DataFrame, name: str, where: str) -> pd.Series:
    if name not in frame.columns:
        names = [str(c) for c in frame.columns]
        raise ParameterError(f"The 'where' filter {where!r} names {name!r}, which is not a column; columns are "
                             f"{names}." + close_match_hint(name, names))
    return frame[name]


class _Evaluator:
    """Walks the parsed expression; each allowed node becomes a boolean array or a column/literal."""

    def __init__(self, frame: pd.DataFrame, where: str):
        self.frame, self.where = frame, where

    def boolean(self, node) -> np.ndarray:
        if isinstance(node, ast.BoolOp):
            parts = [self.boolean(v) for v in node.values]
            combine = np.logical_and if isinstance(node.op, ast.And) else np.logical_or
            out = parts[0]
            for part in parts[1:]:
                out = combine(out, part)
            return out
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return ~self.boolean(node.operand)
        if isinstance(node, ast.Compare):
            return self.compare(node)
        raise _error(self.where, f"has {_show(node, self.where)} where a comparison (column == value) is expected")

    def compare(self, node: ast.Compare) -> np.ndarray:
        out = np.ones(len(self.frame), dtype=bool)
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            out &= self.pair(left, op, right)
            left = right
        return out

    def pair(self, left, op, right) -> np.ndarray:
        if isinstance(op, (ast.In, ast.NotIn)):
            if not isinstance(right, (ast.Tuple, ast.List, ast.Set)):
                raise _error(self.where, f"has 'in' before {_show(right, self.where)}; expected a list such as ('SE', 'NO')")
            values = [self.literal(v) for v in right.elts]
            column = self.column(left)
            hit = np.zeros(len(column), dtype=bool)
            for value in values:
                hit |= self.equal(column, value)
            known = column.notna().to_numpy()
            return hit if isinstance(op, ast.In) else known & ~hit
        if type(op) not in _COMPARE:
            raise _error(self.where, f"uses the operator {type(op).__name__!r}")
        if isinstance(left, ast.Constant) and isinstance(right, ast.Name):  # 6 >= score
            left, right, op = right, left, _flipped(op)
        column, value = self.column(left), self.literal(right)
        if isinstance(op, (ast.Eq, ast.NotEq)):
            hit = self.equal(column, value)
            return hit if isinstance(op, ast.Eq) else column.notna().to_numpy() & ~hit
        series, value = self.ordered(column, value, left, op)
        return _COMPARE[type(op)](series, value).fillna(False).to_numpy(dtype=bool)

    def column(self, node) -> pd.Series:
        if not isinstance(node, ast.Name):
            raise _error(self.where, f"has {_show(node, self.where)} where a column name is expected")
        return _column(self.frame, node.id, self.where)

    def literal(self, node):
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
            value = self.literal(node.operand)
            if isinstance(value, numbers.Real):
                return -value
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float)) \
                and not isinstance(node.value, bool):
            return node.value
        raise _error(self.where, f"has {_show(node, self.where)} where a text ('SE') or a number is expected")

    def equal(self, column: pd.Series, value) -> np.ndarray:
        if isinstance(value, numbers.Real):
            return (pd.to_numeric(column, errors="coerce") == value).to_numpy(dtype=bool)
        if pd.api.types.is_datetime64_any_dtype(column):
            return (column == self.timestamp(column, value)).fillna(False).to_numpy(dtype=bool)
        return (column.astype(str).where(column.notna()) == value).to_numpy(dtype=bool)

    def ordered(self, column: pd.Series, value, node, op):
        if isinstance(value, numbers.Real):
            return pd.to_numeric(column, errors="coerce"), value
        if pd.api.types.is_datetime64_any_dtype(column):
            return column, self.timestamp(column, value)
        raise _error(self.where, f"compares the text column {node.id!r} with {_SYMBOL[type(op)]} {value!r}; "
                     "order comparisons need a number (score <= 6) or a date column (date >= '2025-01-01')")

    def timestamp(self, column: pd.Series, value: str) -> pd.Timestamp:
        try:
            stamp = pd.Timestamp(value)
        except ValueError:
            raise _error(self.where, f"compares a date column with {value!r}, which is no ISO date") from None
        tz = getattr(column.dt, "tz", None)
        return stamp.tz_localize(tz) if tz is not None and stamp.tzinfo is None else stamp


def _flipped(op):
    return {ast.Lt: ast.Gt, ast.LtE: ast.GtE, ast.Gt: ast.Lt, ast.GtE: ast.LtE}.get(type(op), type(op))()


def _show(node, where: str) -> str:
    text = ast.get_source_segment(where.strip(), node)
    return repr(text) if text else type(node).__name__
