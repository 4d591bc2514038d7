"""What happened to the rows of a survey in preprocessing: how many were of each kind.

:meth:`Preprocessor.transform <textnps.preprocess.Preprocessor.transform>` leaves the counts
in the ``attrs`` of the frame it returns (the estimator itself does not change), and
:func:`preprocess_summary` reads them as a tidy ``kind``/``n`` table.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd

from textnps._errors import InputError
from textnps.preprocess.langid import LANG_CODES

__all__ = ["SUMMARY_ATTR", "SUMMARY_KINDS", "preprocess_summary", "summary_frame"]

#: Row kinds counted in :func:`preprocess_summary` (besides ``redacted_<kind>`` and ``lang_<code>``).
SUMMARY_KINDS = (
    "rows", "missing", "not_text", "empty", "truncated", "mojibake", "control_chars", "right_to_left",
    "emoji_only", "non_answer", "informative", "redacted_rows",
)
#: Key of the counts ``transform`` leaves in the returned frame's ``attrs``.
SUMMARY_ATTR = "textnps_preprocess_counts"


def summary_frame(counts: Counter) -> pd.DataFrame:
    """Counts of row kinds as a tidy ``kind``/``n`` frame (every standard kind, zeros included)."""
    kinds = list(SUMMARY_KINDS)
    kinds += sorted(k for k in counts if k.startswith("redacted_") and k not in kinds)
    kinds += [f"lang_{c}" for c in LANG_CODES]
    return pd.DataFrame({"kind": kinds, "n": [int(counts.get(k, 0)) for k in kinds]})


def preprocess_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """How many rows of a frame :meth:`Preprocessor.transform` returned were of each kind (``kind``, ``n``).

    Kinds: rows, missing (None/NaN), not_text (numbers ...), empty (blank once
    normalised), truncated, mojibake (repaired), control_chars, right_to_left, emoji_only, non_answer
    (text that says nothing: ``nej``, ``-``, emoji), informative, redacted_rows,
    redacted_<email|url|iban|card|id|phone|plate|address|name> (items), lang_<code>. Rows are never
    dropped: every row gets its columns.
    """
    if not isinstance(frame, pd.DataFrame) or SUMMARY_ATTR not in frame.attrs:
        raise InputError("preprocess_summary needs the DataFrame Preprocessor.transform returned (its counts travel "
                         f"in frame.attrs[{SUMMARY_ATTR!r}], which this frame does not have).")
    return summary_frame(Counter(frame.attrs[SUMMARY_ATTR]))
