"""The report's words in its language, from the per-language data modules."""
from __future__ import annotations

from textnps import lang as _lang

__all__ = ["REPORT_LANGUAGES", "report_labels", "compare_labels", "column_header", "theme_names", "ALL", "segment_rows"]

#: Languages a report can be written in (``no`` is Norwegian Bokmål).
REPORT_LANGUAGES = ("sv", "da", "no", "nb", "en")

#: Value of the ``segment`` (and ``category``) column for rows over all responses.
ALL = "(all)"


def segment_rows(table, segment=ALL):
    """The rows of one segment (all responses by default) when the table has segments."""
    return table[table["segment"] == segment] if "segment" in table.columns else table


def report_labels(lang: str = "en") -> dict:
    """Return the report labels of *lang*, English filling any key it lacks.

    The result also holds ``categories``: detractor/passive/promoter/all names, and ``values``: the words
    people read for the codes of the tables' ``direction``, ``trend``, ``source`` and ``test`` columns.
    """
    code = _lang.normalize_code(lang)
    english = _lang.get("en")
    module = _lang.get(code)
    own = module.REPORT_LABELS
    labels = {**english.REPORT_LABELS, **own}
    labels["columns"] = {**english.REPORT_LABELS["columns"], **own.get("columns", {})}
    labels["values"] = {**english.REPORT_LABELS["values"], **own.get("values", {})}
    categories = dict(module.CATEGORY_NAMES)
    categories[ALL] = labels["all"]
    labels["categories"] = categories
    return labels


def compare_labels(lang: str = "en") -> dict:
    """The report labels of *lang* with the wave comparison's words (``COMPARE_LABELS``) under ``"compare"``.

    Column headers of the comparison's tables join ``columns``; English fills any key a language lacks.
    """
    labels = report_labels(lang)
    english = _lang.get("en").COMPARE_LABELS
    own = _lang.get(_lang.normalize_code(lang)).COMPARE_LABELS
    words = {**english, **own}
    labels["columns"] = {**labels["columns"], **english["columns"], **own.get("columns", {})}
    labels["compare"] = words
    return labels


def column_header(column: str, labels: dict) -> str:
    """The header people read for a tidy table's *column* (the name itself when unknown)."""
    return labels["columns"].get(column, column)


def theme_names(codebook, lang: str = "en") -> dict[str, str]:
    """Map theme id -> label in *lang* from a codebook (``{}`` for None).

    Uses the codebook's ``labels(lang)`` (see :class:`textnps.themes.codebook.Codebook`),
    which falls back to English, then to the id.
    """
    if codebook is None:
        return {}
    return {str(k): str(v) for k, v in codebook.labels(_lang.normalize_code(lang)).items()}
