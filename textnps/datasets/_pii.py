"""Fake personal data for the synthetic sample, valid by its check digits.

The sample plants a few e-mails, phone numbers and national id numbers in its
comments so that redaction can be tested on numbers a real validator accepts:

* Swedish personnummer ``YYMMDD-NNNC``: C is the Luhn digit of the nine before.
* Danish CPR ``DDMMYY-SSSS``: weights 4,3,2,7,6,5,4,3,2,1 sum to 0 modulo 11.
* Norwegian fødselsnummer ``DDMMYYIIIKK``: two modulus-11 control digits.

E-mails use the reserved domains example.com/.org/.net (RFC 2606); Swedish
mobile numbers come from the 070-1740605..699 series that PTS reserves for
fiction. The draws take an object with ``below(n)`` and ``choice(seq)``
(``textnps.datasets._generate.Rng``).
"""
from __future__ import annotations

__all__ = ["luhn_digit", "cpr_valid", "fnr_control_digits", "national_id", "email", "phone"]

_FIRST = ["anna", "erik", "maria", "lars", "karin", "jonas", "mette", "jens", "ingrid", "ole", "sofie", "mikkel"]
_LAST = ["svensson", "lindqvist", "nielsen", "jensen", "hansen", "berg", "dahl", "holm", "moller", "strand"]
_DOMAINS = ["example.com", "example.org", "example.net"]


def luhn_digit(digits: str) -> int:
    """The Luhn check digit of *digits* (as used by the Swedish personnummer)."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def cpr_valid(cpr: str) -> bool:
    """True when the ten digits of a Danish CPR pass the classic modulus-11 check."""
    digits = [int(c) for c in cpr if c.isdigit()]
    return len(digits) == 10 and sum(w * d for w, d in zip((4, 3, 2, 7, 6, 5, 4, 3, 2, 1), digits)) % 11 == 0


def fnr_control_digits(nine: str) -> tuple[int, int] | None:
    """The two control digits of a Norwegian fødselsnummer, None when none exist."""
    def control(digits: list[int], weights: tuple[int, ...]) -> int | None:
        k = 11 - sum(w * d for w, d in zip(weights, digits)) % 11
        return 0 if k == 11 else None if k == 10 else k

    digits = [int(c) for c in nine]
    k1 = control(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2))
    k2 = None if k1 is None else control(digits + [k1], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
    return None if k2 is None else (k1, k2)


def _birth_date(rng) -> tuple[str, str, str]:
    """Day, month and two-digit year of a plausible adult (1945-1999)."""
    return f"{1 + rng.below(28):02d}", f"{1 + rng.below(12):02d}", f"{45 + rng.below(55):02d}"


def national_id(rng, market: str) -> str:
    """A valid-looking national id number of the market's country."""
    while True:
        day, month, year = _birth_date(rng)
        serial = f"{rng.below(500):03d}"
        if market == "SE":
            nine = year + month + day + serial
            return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"
        if market == "DK":
            cpr = f"{day}{month}{year}{serial}"
            last = (11 - sum(w * int(d) for w, d in zip((4, 3, 2, 7, 6, 5, 4, 3, 2), cpr)) % 11) % 11
            if last < 10:
                return f"{cpr[:6]}-{cpr[6:]}{last}"
        else:
            nine = f"{day}{month}{year}{serial}"
            control = fnr_control_digits(nine)
            if control:
                return f"{nine}{control[0]}{control[1]}"


def email(rng, market: str) -> str:  # noqa: ARG001  (same signature as the others)
    sep = rng.choice([".", "_", ""])
    number = rng.choice(["", str(rng.below(90) + 10)])
    return f"{rng.choice(_FIRST)}{sep}{rng.choice(_LAST)}{number}@{rng.choice(_DOMAINS)}"


def phone(rng, market: str) -> str:
    if market == "SE":
        last = f"{5 + rng.below(95):02d}"  # 070-17406 05..99, reserved for fiction
        return rng.choice([f"070-174 06 {last}", f"07017406{last}", f"+46 70 174 06 {last}"])
    pairs = [f"{rng.below(100):02d}" for _ in range(3)]
    if market == "DK":
        first = f"{rng.choice('2345')}{rng.below(10)}"
        return rng.choice([f"{first} {' '.join(pairs)}", f"+45 {first}{''.join(pairs)}"])
    first = f"{rng.choice('49')}{rng.below(100):02d}"
    return rng.choice([f"{first} {pairs[0]} {pairs[1]}{pairs[2][0]}", f"+47 {first}{''.join(pairs)[:5]}"])
