"""Per-language data: one small module per language (sv, da, nb, nn, en).

``get(code)`` returns the module for a language code; ``"no"`` (Norwegian
without a written standard) maps to Bokmål, the written standard most
Norwegian survey answers use.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from textnps._errors import ParameterError, close_match_hint

LANGUAGES = ("sv", "da", "nb", "nn", "en")
ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "swe": "sv", "dan": "da", "eng": "en", "se": "sv", "dk": "da"}

__all__ = ["LANGUAGES", "ALIASES", "get", "normalize_code"]


def normalize_code(code: str) -> str:
    """Map ``"no"``/ISO 639-2 codes to the five codes textnps uses."""
    code = str(code).lower().strip()
    code = ALIASES.get(code, code)
    if code not in LANGUAGES:
        raise ParameterError(
            f"Unknown language {code!r}: expected one of {list(LANGUAGES) + ['no']}."
            + close_match_hint(code, LANGUAGES)
        )
    return code


def get(code: str) -> ModuleType:
    """Return the data module of language *code* (``textnps.lang.sv`` ...)."""
    return importlib.import_module(f"textnps.lang.{normalize_code(code)}")
