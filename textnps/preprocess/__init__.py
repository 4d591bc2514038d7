"""Preprocessing: normalise, redact personal data, identify the language,
lemmatise (compounds, negation) and flag non-answers.

:class:`Preprocessor` runs every step on a DataFrame; each step is also a
plain function usable on its own.
"""
from __future__ import annotations

from textnps.preprocess.compounds import split_compound
from textnps.preprocess.langid import LANG_CODES, detect_languages, learn_language_prior
from textnps.preprocess.negation import mark_negation
from textnps.preprocess.nonanswers import is_informative
from textnps.preprocess.normalize import normalize_text
from textnps.preprocess.pii import (
    luhn_valid,
    redact_pii,
    valid_cpr,
    valid_fodselsnummer,
    valid_iban,
    valid_personnummer,
)
from textnps.preprocess.pipeline import OUTPUT_COLUMNS, Preprocessor
from textnps.preprocess.stream import preprocess_file
from textnps.preprocess.summary import preprocess_summary
from textnps.preprocess.tokens import lemmas, lemmatize

__all__ = [
    "Preprocessor",
    "OUTPUT_COLUMNS",
    "LANG_CODES",
    "preprocess_file",
    "preprocess_summary",
    "normalize_text",
    "redact_pii",
    "luhn_valid",
    "valid_personnummer",
    "valid_cpr",
    "valid_fodselsnummer",
    "valid_iban",
    "detect_languages",
    "learn_language_prior",
    "lemmatize",
    "lemmas",
    "split_compound",
    "mark_negation",
    "is_informative",
]
