"""Finding the score, comment, date, segment and id columns of a survey export by name.

Exports name their columns in the analyst's language, or after the question
("Hvor sandsynligt er det, at du vil anbefale ...?"). A column is matched
when its normalised name equals a known name (strong) or contains one as a
word (weak); the content then settles ties (a score column holds scores, a
comment column holds text).
"""
from __future__ import annotations

import re
import unicodedata

import pandas as pd

from textnps._errors import InputError, close_match_hint
from textnps.scores import parse_score

__all__ = ["CANONICAL", "KNOWN_NAMES", "find_columns"]

CANONICAL = ("id", "score", "text", "date", "segment")

#: Column names (normalised: lower case, words separated by one space) per role,
#: in sv / da / no / en.
KNOWN_NAMES: dict[str, tuple[str, ...]] = {
    "score": (
        "score", "nps", "nps score", "npsscore", "nps svar", "betyg", "karakter", "rating",
        "anbefaling", "rekommendation", "anbefale", "rekommendera", "recommend", "likelihood to recommend",
        "ltr", "sannolikhet", "sandsynlighed", "sannsynlighet", "poeng", "point", "poäng", "vurdering",
        "bedømmelse", "nps score 0 10",
    ),
    "text": (
        "comment", "comments", "kommentar", "kommentarer", "kommentaren", "fritekst", "fritext",
        "free text", "freetext", "verbatim", "text", "tekst", "feedback", "svar", "answer", "open answer",
        "open ended", "motivering", "begrundelse", "begrunnelse", "anledning", "årsag", "grund", "reason",
        "why", "hvorfor", "varför", "tilbakemelding", "tilbagemelding", "review", "anmeldelse", "recension",
    ),
    "date": (
        "date", "datum", "dato", "timestamp", "created", "created at", "submitted", "submitted at",
        "response date", "svarsdatum", "svardato", "svardatum", "besvaret", "besvarad", "besvart",
        "answered", "completed", "end date", "enddate", "tidspunkt", "tidpunkt", "time",
    ),
    "segment": (
        "segment", "market", "marknad", "marked", "country", "land", "region", "product", "produkt",
        "channel", "kanal", "business unit", "brand", "varumärke", "mærke", "merke", "division", "store",
        "butik", "butikk",
    ),
    "id": (
        "id", "response id", "responseid", "respondent id", "respondent", "respondentid", "svar id",
        "svarid", "answer id", "ticket", "case id", "record id", "uuid", "lnr", "løbenummer", "löpnummer",
    ),
}


def normalise_name(name) -> str:
    """``"NPS-Kommentar "`` -> ``"nps kommentar"``: lower case, NFC, words split on non-letters."""
    text = unicodedata.normalize("NFC", str(name)).lower()
    return " ".join(re.findall(r"[^\W_]+", text))


def _rank(role: str, name: str) -> int:
    """2 when *name* is a known name of *role*, 1 when it contains one as a word, else 0."""
    norm = normalise_name(name)
    names = KNOWN_NAMES[role]
    if norm in names or norm.replace(" ", "") in names:
        return 2
    padded = f" {norm} "
    return 1 if any(f" {known} " in padded for known in names) else 0


def _share_scores(values: pd.Series) -> float:
    sample = values.dropna().head(200)
    sample = sample[sample.astype(str).str.strip() != ""]
    if sample.empty:
        return 0.0
    return sum(parse_score(v) is not None for v in sample.to_numpy(dtype=object)) / len(sample)


def _fits(role: str, values: pd.Series) -> bool:
    """Does the content fit the role? Scores parse; comments mostly don't."""
    if role == "score":
        return _share_scores(values) >= 0.8
    if role == "text":
        return _share_scores(values) < 0.5
    return True


def find_columns(frame: pd.DataFrame, given: dict[str, str | None]) -> dict[str, str]:
    """Map each canonical role to a column of *frame*.

    *given* holds what the caller named (``None`` to detect). ``score`` and
    ``text`` are required; ``date``, ``segment`` and ``id`` are used when found.
    Raises :class:`~textnps.InputError` when a named column is missing, a
    required one cannot be found, or several columns fit equally well.
    """
    columns = [c for c in frame.columns]
    shown = [str(c) for c in columns]
    found: dict[str, str] = {}
    for role in CANONICAL:
        name = given.get(role)
        if name is None:
            continue
        if name not in columns:
            raise InputError(
                f"Column {name!r} (given for the {role}) is not in the file. "
                f"Columns found: {shown}." + close_match_hint(name, shown)
            )
        found[role] = name
    taken = set(found.values())
    # Scores first: their content is the most telling, and "NPS kommentar" is a comment.
    for role in ("score", "text", "date", "id", "segment"):
        if role in found:
            continue
        ranked = [(c, _rank(role, c)) for c in columns if c not in taken]
        exact = [c for c, r in ranked if r == 2]
        # An exact name wins even when its values are bad (they are reported later);
        # a name that merely contains a known word must also have fitting content.
        candidates = [c for c in exact if _fits(role, frame[c])] if len(exact) > 1 else exact
        if len(exact) > 1 and not candidates:
            candidates = exact
        if not candidates:
            candidates = [c for c, r in ranked if r == 1 and _fits(role, frame[c])]
        if not candidates and role in ("score", "text"):
            candidates = _by_content(role, frame, [c for c in columns if c not in taken])
        if len(candidates) == 1:
            found[role] = candidates[0]
            taken.add(candidates[0])
        elif len(candidates) > 1 and role in ("score", "text", "date"):
            raise InputError(
                f"Several columns could be the {_ROLE_WORD[role]}: {[str(c) for c in candidates]}. "
                f"Name the one to use with {role}=... (CLI: --{role}-col)."
            )
        elif role in ("score", "text"):
            raise InputError(
                f"Could not find the {_ROLE_WORD[role]} column among the columns {shown}. "
                f"Name it with {role}=... (CLI: --{role}-col)."
            )
    return found


_ROLE_WORD = {"score": "score (0-10)", "text": "comment", "date": "date", "id": "id", "segment": "segment"}


def _by_content(role: str, frame: pd.DataFrame, columns: list) -> list:
    """When no name fits: the single column whose content fits, else nothing."""
    if role == "score":
        return [c for c in columns if _share_scores(frame[c]) >= 0.98]
    # The comment column: text, and the longest text of the string columns.
    texts = [c for c in columns if _is_text(frame[c]) and _share_scores(frame[c]) < 0.2]
    if not texts:
        return []
    lengths = {c: frame[c].dropna().astype(str).str.len().mean() for c in texts}
    longest = max(lengths.values())
    return [c for c in texts if lengths[c] == longest and longest >= 15]


def _is_text(values: pd.Series) -> bool:
    return pd.api.types.is_string_dtype(values.dtype) or values.dtype == object
