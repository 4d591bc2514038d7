"""Personal data redaction with check digits, so ordinary numbers stay.

Found items are replaced by typed placeholders: ``[EMAIL]`` (also spelled
out: "anna (at) firma.se", :mod:`~textnps.preprocess.emails`), ``[URL]``,
``[IBAN]``, ``[CARD]``, ``[ID]`` (Swedish personnummer/samordningsnummer,
Danish CPR, Norwegian fødselsnummer/D-nummer), ``[PHONE]``, ``[PLATE]``
(:mod:`~textnps.preprocess.plates`), ``[ADDRESS]``
(:mod:`~textnps.preprocess.addresses`) and ``[NAME]``
(:mod:`~textnps.preprocess.names`).

Precision rules (why prices, dates and order numbers survive):

* personnummer: YYMMDD(-)NNNC, YYMMDD+NNNC (people over 100) or
  YYYYMMDD(-)NNNC, valid date (day+60 for samordningsnummer) and Luhn check digit;
* fødselsnummer: 11 digits, valid date (day+40 for D-nummer, month+40 for
  H-nummer) and both mod-11 check digits;
* CPR: DDMMYY-NNNN with a valid date; written without the hyphen only when a
  cue word (``cpr``, ``personnummer`` ...) comes just before, since the mod-11
  check was dropped in 2007 and bare 10-digit numbers are often order numbers;
* cards: 13-19 digits passing Luhn; IBAN: ISO 13616 mod-97 (a short word
  after a spaced IBAN, "... 7466 tack", is not read as its last group);
* phones: an international prefix (``+46``, ``0045``), a phone layout
  (``12 34 56 78``, ``123 45 678``, ``070-123 45 67``, ``0701234567``), or a
  bare 8-digit number right after a cue word (``tlf``, ``ring`` ...).
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import Counter

from textnps.preprocess.addresses import find_addresses
from textnps.preprocess.emails import find_obfuscated_emails
from textnps.preprocess.langdata import all_languages
from textnps.preprocess.names import find_names
from textnps.preprocess.plates import find_plates

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
    "plate": "[PLATE]",
    "address": "[ADDRESS]",
    "name": "[NAME]",
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
_NUMBER_RUN = re.compile(r"\d(?:[ \-+]?\d){6}")
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
    return frozenset(all_languages("PHONE_CUES")), frozenset(all_languages("ID_CUES"))


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
    replaced, by kind (``email``, ``url``, ``iban``, ``card``, ``id``, ``phone``,
    ``plate``, ``address``, ``name``).

    >>> redact_pii("Ring 12 34 56 78 eller skriv til ole@example.dk, ordre 12345678")
    ('Ring [PHONE] eller skriv til [EMAIL], ordre 12345678', Counter({'email': 1, 'phone': 1}))
    >>> redact_pii("Tak til Mette Hansen, Vesterbrogade 45, bil AB 12 345")[0]
    'Tak til [NAME], [ADDRESS], bil [PLATE]'
    """
    counts: Counter = Counter()
    has_number = _NUMBER_RUN.search(text) is not None
    text = _sub_spans(text, find_obfuscated_emails(text), "email", counts)

    def sub(pattern: re.Pattern, kind: str, valid, s: str) -> str:
        def repl(m: re.Match) -> str:
            if valid(m, s):
                counts[kind] += 1
                return PLACEHOLDERS[kind]
            return m.group(0)

        return pattern.sub(repl, s)

    if "@" in text:
        text = sub(_EMAIL, "email", lambda m, s: True, text)
    if "www" in text.lower() or "://" in text:
        text = sub(_URL, "url", lambda m, s: True, text)
    if has_number and _NUMBER_RUN.search(text):
        text = _IBAN.sub(lambda m: _iban_repl(m, counts), text)
        text = sub(_CARD, "card", lambda m, s: _card_like(m.group(0)), text)
        text = sub(_PERSONNUMMER, "id", lambda m, s: valid_personnummer(m.group(0)), text)
        text = sub(_FODSELSNUMMER, "id", lambda m, s: valid_fodselsnummer(m.group(0)), text)
        text = sub(_CPR, "id", lambda m, s: valid_cpr(m.group(0)) and (m.group(2) == "-" or _cue_before(s, m.start(), _cues()[1])), text)
        text = sub(_PHONE, "phone", lambda m, s: _is_phone(m.group(0), s, m.start()), text)
    text = _sub_spans(text, find_plates(text), "plate", counts)
    text = _sub_spans(text, find_addresses(text), "address", counts)
    text = _sub_spans(text, find_names(text), "name", counts)
    return text, counts


def _iban_repl(m: re.Match, counts: Counter) -> str:
    """The IBAN in the match, which may have taken a short word after it as a last group ("... 7466 tack")."""
    found, cut = m.group(0), len(m.group(0))
    while cut > 0:
        if valid_iban(found[:cut]):
            counts["iban"] += 1
            return PLACEHOLDERS["iban"] + found[cut:]
        cut = found.rfind(" ", 0, cut)
    return found


def _sub_spans(text: str, spans: list[tuple[int, int]], kind: str, counts: Counter) -> str:
    """*text* with each of the (sorted, disjoint) *spans* replaced by the placeholder of *kind*."""
    if not spans:
        return text
    counts[kind] += len(spans)
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], PLACEHOLDERS[kind]]
        last = end
    return "".join(parts) + text[last:]


def _card_like(match: str) -> bool:
    digits = re.sub(r"\D", "", match)
    return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn_valid(digits)
