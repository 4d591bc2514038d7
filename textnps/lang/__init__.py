"""Per-language data: one small module per language (sv, da, nb, nn, en), all with one schema.

``get(code)`` returns the module for a language code; ``"no"`` (Norwegian
without a written standard) maps to Bokmål, the written standard most
Norwegian survey answers use.

Every module defines every name of :class:`LanguageData`, with its type (an
empty value where a language has nothing to say: English has no compound
links); ``get`` checks that once per module and names what is missing or
wrong, so code reads ``get(code).NAME`` and never guesses a default.
"""
from __future__ import annotations

import functools
import importlib
import typing
from dataclasses import dataclass
from types import ModuleType

from textnps._errors import ParameterError, TextNPSError, close_match_hint

LANGUAGES = ("sv", "da", "nb", "nn", "en")
ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "swe": "sv", "dan": "da", "eng": "en", "se": "sv", "dk": "da"}
LEMMATIZER_NAMES = ("spacy", "simplemma")

__all__ = ["LANGUAGES", "ALIASES", "LanguageData", "get", "normalize_code", "schema_problems"]


@dataclass(frozen=True)
class LanguageData:
    """The names every ``textnps.lang.<code>`` module defines, and their types.

    Reporting: ``CATEGORY_NAMES`` (detractor/passive/promoter -> name),
    ``REPORT_LABELS`` (the report's words; English fills keys a language lacks),
    ``COMPARE_LABELS`` (the wave comparison's words, likewise), ``REPORT_NOTES``
    (the report's notes by key, ``{placeholders}`` filled by :mod:`textnps.report.notes`); these three
    live in ``<code>_report.py`` beside each language module, which re-exports them.
    Themes: ``CONCEPTS`` (cross-lingual concept -> this language's lemmas),
    ``NEGATION_WORD`` (``neg_bra`` is labelled ``inte bra``), ``DISCOVERY_GENERIC``
    (mood words discovery leaves out), ``GLUED_WORDS`` (clause words that glue
    to the word before them), the polarity lexicon ``POSITIVE_WORDS``,
    ``NEGATIVE_WORDS``, ``CONTRAST_WORDS``, ``POSITIVE_PHRASES``,
    ``NEGATIVE_PHRASES``, ``WISH_PHRASES``. Preprocessing: ``SPACY_LANG``,
    ``FREQ_LANG`` (wordfreq), ``LEMMATIZERS`` (tried in order),
    ``LEMMA_EXCEPTIONS`` (looked up first), ``STOP_WORDS``, ``KEEP_WORDS``,
    ``NEGATORS``, ``NEGATION_BREAKERS``, ``NEGATION_EXCEPTIONS``,
    ``NON_ANSWERS``, ``COMPOUND_LINKS``, ``COMPOUND_NON_PARTS``, and the cue
    words of personal data ``PHONE_CUES`` and ``ID_CUES``; for names, addresses, plates
    and spelled-out e-mails (:mod:`textnps.preprocess.langdata` joins them over all
    languages): ``NAME_CUES`` (words before a name), ``NAME_WORDS`` (names that are
    also ordinary words), ``PLACE_PREPOSITIONS``, ``SURNAME_ENDINGS``,
    ``STREET_SUFFIXES``, ``STREET_WORDS``, ``UNIT_WORDS`` (a number followed by them
    is no house number), ``PLATE_FORMATS`` (regular expressions), ``PLATE_CUES``,
    ``EMAIL_AT_WORDS``, ``EMAIL_DOT_WORDS``.
    """

    CATEGORY_NAMES: dict[str, str]
    REPORT_LABELS: dict[str, object]
    COMPARE_LABELS: dict[str, object]
    REPORT_NOTES: dict[str, str]
    CONCEPTS: dict[str, tuple[str, ...]]
    NEGATION_WORD: str
    DISCOVERY_GENERIC: frozenset[str]
    GLUED_WORDS: tuple[str, ...]
    SPACY_LANG: str
    FREQ_LANG: str
    LEMMATIZERS: tuple[str, ...]
    LEMMA_EXCEPTIONS: dict[str, str]
    STOP_WORDS: frozenset[str]
    KEEP_WORDS: frozenset[str]
    NEGATORS: frozenset[str]
    NEGATION_BREAKERS: frozenset[str]
    NEGATION_EXCEPTIONS: frozenset[str]
    NON_ANSWERS: frozenset[str]
    COMPOUND_LINKS: tuple[str, ...]
    COMPOUND_NON_PARTS: frozenset[str]
    PHONE_CUES: frozenset[str]
    ID_CUES: frozenset[str]
    POSITIVE_WORDS: frozenset[str]
    NEGATIVE_WORDS: frozenset[str]
    CONTRAST_WORDS: frozenset[str]
    POSITIVE_PHRASES: tuple[str, ...]
    NEGATIVE_PHRASES: tuple[str, ...]
    WISH_PHRASES: tuple[str, ...]
    NAME_CUES: tuple[str, ...]
    NAME_WORDS: frozenset[str]
    PLACE_PREPOSITIONS: frozenset[str]
    SURNAME_ENDINGS: tuple[str, ...]
    STREET_SUFFIXES: tuple[str, ...]
    STREET_WORDS: frozenset[str]
    UNIT_WORDS: frozenset[str]
    PLATE_FORMATS: tuple[str, ...]
    PLATE_CUES: frozenset[str]
    EMAIL_AT_WORDS: tuple[str, ...]
    EMAIL_DOT_WORDS: tuple[str, ...]


#: name -> declared type (``frozenset[str]``, ...)
SCHEMA = typing.get_type_hints(LanguageData)
#: names that may not be empty in any language
REQUIRED_VALUES = ("CATEGORY_NAMES", "NEGATION_WORD", "SPACY_LANG", "FREQ_LANG", "LEMMATIZERS", "STOP_WORDS",
                   "NEGATORS", "NEGATION_BREAKERS", "NON_ANSWERS", "COMPOUND_LINKS", "POSITIVE_WORDS",
                   "NEGATIVE_WORDS", "CONTRAST_WORDS")


def _type_problem(value, declared) -> str | None:
    """What is wrong with *value* for the *declared* type (``frozenset[str]``, ``dict[str, str]`` ...), or None."""
    origin, args = typing.get_origin(declared) or declared, typing.get_args(declared)
    if not isinstance(value, origin):
        return f"a {type(value).__name__}"
    if origin in (frozenset, tuple):
        bad = [v for v in value if not isinstance(v, str)]
        return f"holding {bad[0]!r}" if bad else None
    if origin is dict:
        bad = [k for k in value if not isinstance(k, str)]
        if bad:
            return f"with the key {bad[0]!r}"
        if args[1] is not object:
            inner = [(k, p) for k, v in value.items() if (p := _type_problem(v, args[1]))]
            return f"with {inner[0][0]!r}: {inner[0][1]}" if inner else None
    return None


def schema_problems(module: ModuleType) -> list[str]:
    """Every way *module* departs from :class:`LanguageData` (``[]`` when it conforms).

    >>> schema_problems(get("sv"))
    []
    """
    problems = []
    for name, declared in SCHEMA.items():
        if name not in vars(module):
            problems.append(f"{name} is missing (expected {_show(declared)})")
            continue
        value = vars(module)[name]
        wrong = _type_problem(value, declared) or _value_problem(name, value)
        if wrong:
            problems.append(f"{name} must be {_show(declared)}, not {wrong}")
        elif name in REQUIRED_VALUES and not value:
            problems.append(f"{name} is empty")
    undeclared = sorted(n for n in vars(module) if n.isupper() and not n.startswith("_") and n not in SCHEMA)
    if undeclared:
        problems.append(f"{', '.join(undeclared)} not declared in textnps.lang.LanguageData")
    return problems


def _value_problem(name: str, value) -> str | None:
    if name == "CATEGORY_NAMES" and set(value) != {"detractor", "passive", "promoter"}:
        return f"naming {sorted(value)} (expected detractor, passive and promoter)"
    if name == "LEMMATIZERS" and set(value) - set(LEMMATIZER_NAMES):
        return f"naming {sorted(set(value) - set(LEMMATIZER_NAMES))} (expected names among {list(LEMMATIZER_NAMES)})"
    return None


def _show(declared) -> str:
    return declared.__name__ if isinstance(declared, type) else str(declared)


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
    """Return the data module of language *code* (``textnps.lang.sv`` ...), checked against :class:`LanguageData`.

    >>> get("no").NEGATION_WORD
    'ikke'
    """
    return _checked(normalize_code(code))


@functools.lru_cache(maxsize=None)
def _checked(code: str) -> ModuleType:
    module = importlib.import_module(f"textnps.lang.{code}")
    problems = schema_problems(module)
    if problems:
        raise TextNPSError(f"The language module textnps.lang.{code} does not follow textnps.lang.LanguageData:\n  "
                           + "\n  ".join(problems))
    return module
