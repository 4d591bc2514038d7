"""Personal data redaction with check digits, so ordinary numbers stay.

Found items are replaced by typed placeholders: ``[EMAIL]``, ``[URL]``,
``[IBAN]``, ``[CARD]``, ``[ID]`` (Swedish personnummer/samordningsnummer,
Danish CPR, Norwegian fødselsnummer/D-nummer) and ``[PHONE]``.

Precision rules (why prices, dates and order numbers survive):

* personnummer: YYMMDD(-)NNNC or YYYYMMDD(-)NNNC, valid date (day+60 for
  samordningsnummer) and Luhn check digit;
* fødselsnummer: 11 digits, valid date (day+40 for D-nummer, month+40 for
  H-nummer) and both mod-11 check digits;
* CPR: DDMMYY-NNNN with a valid date; written without the hyphen only when a
  cue word (``cpr``, ``personnummer`` ...) comes just before, since the mod-11
  check was dropped in 2007 and bare 10-digit numbers are often order numbers;
* cards: 13-19 digits passing Luhn; IBAN: ISO 13616 mod-97;
* phones: an international prefix (``+46``, ``0045``), a phone layout
  (``12 34 56 78``, ``123 45 678``, ``070-123 45 67``, ``0701234567``), or a
  bare 8-digit number right after a cue word (``tlf``, ``ring`` ...).
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import Counter

__all__ = [
    "PLACEHOLDERS",
    "PLACEHOLDER_RE",
    "strip_placeholders",
    "redact_pii",
    "luhn_valid",
    "valid_personnummer",
    "valid_cpr",
    "valid_fodselsnummer",
    "valid_iban",
]

PLACEHOLDERS = {
    "email": "[EMAIL]",
    "url": "[URL]",
    "iban": "[IBAN]",
    "card": "[CARD]",
    "id": "[ID]",
    "phone": "[PHONE]",
}
#: Matches any placeholder, for the steps that must not read them as words.
PLACEHOLDER_RE = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))


def strip_placeholders(text: str) -> str:
    """Replace placeholders by spaces (language detection and lemmas skip them)."""
    return PLACEHOLDER_RE.sub(" ", text) if "[" in text else text


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.I)
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b")
_CARD = re.compile(r"(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)")
_PERSONNUMMER = re.compile(r"(?<![\d+-])(\d{2})?(\d{6})([-+ ]?)(\d{4})(?![\d])")
_FODSELSNUMMER = re.compile(r"(?<![\d+-])(\d{6}) ?(\d{5})(?!\d)")
_CPR = re.compile(r"(?<![\d+-])(\d{6})(-?)(\d{4})(?![\d])")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d \-]{5,17}\d(?![\w])|\+\d{1,3} ?\(0\) ?\d[\d \-]{5,14}\d(?!\w)")
# Every number this module redacts has 7+ digits, maybe spaced: texts without such a run skip the number patterns.
_NUMBER_RUN = re.compile(r"\d(?:[ \-]?\d){6}")
_CUE_WINDOW = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_COUNTRY_CODES = ("45", "46", "47", "358", "354", "44", "49", "1", "31", "33", "34", "39", "48", "298", "299")
_PHONE_LAYOUTS = {(2, 2, 2, 2), (3, 2, 3), (4, 4)}  # not 2-3-3: that is how amounts are written


def luhn_valid(digits: str) -> bool:
    """Luhn (mod-10) check used by payment cards and Swedish personnummer."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _valid_date(day: int, month: int, year: int | None = None) -> bool:
    try:
        _dt.date(2000 if year is None else year, month, day)  # 2000 is leap: 29 Feb allowed
    except ValueError:
        return False
    return True


def valid_personnummer(number: str) -> bool:
    """Swedish personnummer or samordningsnummer (day + 60), 10 or 12 digits, Luhn."""
    digits = re.sub(r"[-+ ]", "", number)
    if len(digits) == 12:
        year, digits = int(digits[:4]), digits[2:]
    elif len(digits) == 10:
        year = None
    else:
        return False
    if not digits.isdigit():
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > 60:
        day -= 60
    if year is not None and not 1880 <= year <= 2100:
        return False
    return _valid_date(day, month, year) and luhn_valid(digits)


def valid_cpr(number: str) -> bool:
    """Danish CPR number: DDMMYY + 4 digits with a valid date (no checksum since 2007)."""
    digits = number.replace("-", "").replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    return _valid_date(int(digits[:2]), int(digits[2:4]))


def valid_fodselsnummer(number: str) -> bool:
    """Norwegian fødselsnummer, D-nummer (day + 40) or H-nummer (month + 40): both mod-11 digits."""
    digits = number.replace(" ", "")
    if len(digits) != 11 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    day, month = d[0] * 10 + d[1], d[2] * 10 + d[3]
    if day > 40:
        day -= 40
    if month > 40:
        month -= 40
    if not _valid_date(day, month):
        return False
    for weights, pos in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(w * x for w, x in zip(weights, d)) % 11
        check = 0 if check == 11 else check
        if check == 10 or check != d[pos]:
            return False
    return True


def valid_iban(number: str) -> bool:
    """IBAN (ISO 13616): country code, check digits, mod-97 == 1."""
    s = number.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    try:
        value = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return value % 97 == 1


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    from textnps.lang import LANGUAGES, get

    phone: set[str] = set()
    ids: set[str] = set()
    for code in LANGUAGES:
        phone |= get(code).PHONE_CUES
        ids |= get(code).ID_CUES
    return frozenset(phone), frozenset(ids)


def _cue_before(text: str, start: int, cues: frozenset[str]) -> bool:
    window = text[max(0, start - 40) : start].lower()
    words = _CUE_WINDOW.findall(window)[-3:]
    return any(w in cues or w.rstrip(".") in cues for w in words)


def _is_phone(match: str, text: str, start: int) -> bool:
    digits = re.sub(r"\D", "", match)
    if match.startswith("+") or match.startswith("00"):
        rest = digits[2:] if match.startswith("00") else digits
        return rest.startswith(_COUNTRY_CODES) and 7 <= len(rest) <= 15
    groups = tuple(len(g) for g in re.split(r"[ \-]+", match.strip()))
    n = len(digits)
    if n == 8 and groups in _PHONE_LAYOUTS:
        # "1499-1645" is a range of prices far more often than a phone number.
        return groups != (4, 4) or "-" not in match or _cue_before(text, start, _cues()[0])
    if digits.startswith("07") and n == 10:  # Swedish mobile
        return True
    if digits.startswith("0") and 8 <= n <= 10 and len(groups) >= 2 and "-" in match and groups[0] <= 4:
        return True  # Swedish area code + number, e.g. 08-123 456 78
    return n in (8, 10) and len(groups) == 1 and _cue_before(text, start, _cues()[0])


def redact_pii(text: str) -> tuple[str, Counter]:
    """Replace personal data in *text* by typed placeholders.

    Returns the redacted text and a :class:`collections.Counter` of what was
    replaced, by kind (``email``, ``url``, ``iban``, ``card``, ``id``, ``phone``).

    >>> redact_pii("Ring 12 34 56 78 eller skriv til ole@example.dk, ordre 12345678")
    ('Ring [PHONE] eller skriv til [EMAIL], ordre 12345678', Counter({'email': 1, 'phone': 1}))
    """
    counts: Counter = Counter()
    has_number = _NUMBER_RUN.search(text) is not None
    if not has_number and "@" not in text and "www" not in text.lower() and "://" not in text:
        return text, counts

    def sub(pattern: re.Pattern, kind: str, valid, s: str) -> str:
        def repl(m: re.Match) -> str:
            if valid(m, s):
                counts[kind] += 1
                return PLACEHOLDERS[kind]
            return m.group(0)

        return pattern.sub(repl, s)

    text = sub(_EMAIL, "email", lambda m, s: True, text)
    text = sub(_URL, "url", lambda m, s: True, text)
    if not has_number or not _NUMBER_RUN.search(text):
        return text, counts
    text = sub(_IBAN, "iban", lambda m, s: valid_iban(m.group(0)), text)
    text = sub(_CARD, "card", lambda m, s: _card_like(m.group(0)), text)
    text = sub(_PERSONNUMMER, "id", lambda m, s: valid_personnummer(m.group(0)), text)
    text = sub(_FODSELSNUMMER, "id", lambda m, s: valid_fodselsnummer(m.group(0)), text)
    text = sub(_CPR, "id", lambda m, s: valid_cpr(m.group(0)) and (m.group(2) == "-" or _cue_before(s, m.start(), _cues()[1])), text)
    text = sub(_PHONE, "phone", lambda m, s: _is_phone(m.group(0), s, m.start()), text)
    return text, counts


def _card_like(match: str) -> bool:
    digits = re.sub(r"\D", "", match)
    return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn_valid(digits)
