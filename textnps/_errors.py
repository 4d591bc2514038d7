"""One error style for textnps: the column or setting, the value received,
what was expected, and a close match where one exists."""
from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

__all__ = ["TextNPSError", "InputError", "ModelFileError", "ParameterError", "check_choice", "close_match_hint", "require_column",
           "show_rows"]


class TextNPSError(ValueError):
    """Base class of every error textnps raises on purpose.

    The CLI prints these as one line and exits with status 2; anything else is
    a bug and shows a traceback.
    """


class InputError(TextNPSError):
    """The data given to textnps is not what it expects (a column, a value)."""


class ModelFileError(InputError):
    """A saved model folder is damaged, tampered with or over a size limit; the message names the file."""


class ParameterError(TextNPSError):
    """A setting of an estimator or function has a value it does not accept."""


def close_match_hint(value: str, choices: Iterable[str]) -> str:
    """Return ``" Did you mean 'x'?"`` when *value* is close to one of *choices*."""
    matches = difflib.get_close_matches(str(value), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" Did you mean {matches[0]!r}?" if matches else ""


def require_column(df, column: str, role: str) -> None:
    """Raise InputError naming the missing *column* of *df* (the *role* it plays) and a close match."""
    if column not in df.columns:
        shown = [str(c) for c in df.columns]
        raise InputError(
            f"Column {column!r} (the {role} column) is not in the data. Columns: {shown}."
            + close_match_hint(str(column), shown)
        )


def show_rows(labels: Sequence, values: Sequence, *, limit: int = 5) -> str:
    """Format the first offending rows as ``row 3: 'x', row 7: 'y'`` (+ how many more)."""
    parts = [f"row {lab}: {val!r}" for lab, val in list(zip(labels, values))[:limit]]
    more = len(labels) - limit
    if more > 0:
        parts.append(f"... and {more} more")
    return ", ".join(parts)


def check_choice(name: str, value, choices: Sequence, *, owner: str = "") -> None:
    """Raise :class:`ParameterError` unless *value* is one of *choices*."""
    if value not in choices:
        where = f" of {owner}" if owner else ""
        raise ParameterError(
            f"The {name!r} parameter{where} must be one of {list(choices)}. Got {value!r} instead."
            + close_match_hint(str(value), [str(c) for c in choices])
        )
