"""Preprocessing: normalise, redact personal data, identify the language,
lemmatise (compounds, negation) and flag non-answers.

:class:`Preprocessor` runs every step on a DataFrame; each step is also a
plain function usable on its own.

The names are imported lazily (on first use), so that importing one step's module
(``textnps.preprocess.pii``, ``textnps.preprocess.stream`` ...) does not load
scikit-learn and pandas with :class:`Preprocessor`.
"""
from __future__ import annotations

import importlib

# public name -> module that defines it
_API = {
    "Preprocessor": "pipeline",
    "OUTPUT_COLUMNS": "pipeline",
    "LANG_CODES": "langid",
    "preprocess_file": "stream",
    "preprocess_summary": "summary",
    "normalize_text": "normalize",
    "redact_pii": "pii",
    "luhn_valid": "pii",
    "valid_personnummer": "pii",
    "valid_cpr": "pii",
    "valid_fodselsnummer": "pii",
    "valid_iban": "pii",
    "detect_languages": "langid",
    "learn_language_prior": "langid",
    "lemmatize": "tokens",
    "lemmas": "tokens",
    "split_compound": "compounds",
    "mark_negation": "negation",
    "is_informative": "nonanswers",
}

__all__ = list(_API)


def __getattr__(name: str):
    if name in _API:
        value = getattr(importlib.import_module(f"{__name__}.{_API[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return __all__
