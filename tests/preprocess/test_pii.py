"""Personal data redaction: check digits, typed placeholders, precision."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textnps.preprocess.pii import (
    luhn_valid,
    redact_pii,
    valid_cpr,
    valid_fodselsnummer,
    valid_iban,
    valid_personnummer,
)


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_valid(body + d):
            return body + d
    raise AssertionError


def _fnr_complete(body9: str) -> str | None:
    d = [int(c) for c in body9]
    k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d.append(k1)
    k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d)) % 11
    k2 = 0 if k2 == 11 else k2
    return None if k2 == 10 else body9 + str(k1) + str(k2)


PNR = _luhn_complete("811218987")  # 811218-987C, a test-style number
SAMORDNING = _luhn_complete("811278987")  # day 18 + 60
FNR = next(f for f in (_fnr_complete(f"010190{n:03d}") for n in range(100, 200)) if f)
DNR = next(f for f in (_fnr_complete(f"410190{n:03d}") for n in range(100, 200)) if f)
CARD = _luhn_complete("411111111111111")  # 16 digits


@pytest.mark.parametrize(
    "number, valid",
    [
        (PNR[:6] + "-" + PNR[6:], True),
        ("19" + PNR, True),
        (SAMORDNING[:6] + "-" + SAMORDNING[6:], True),
        (PNR[:-1] + str((int(PNR[-1]) + 1) % 10), False),  # wrong Luhn digit
        ("811318-9876", False),  # month 13
    ],
)
def test_personnummer(number, valid):
    assert valid_personnummer(number) is valid


@pytest.mark.parametrize(
    "number, valid",
    [(FNR, True), (DNR, True), (FNR[:-1] + str((int(FNR[-1]) + 1) % 10), False), ("32019012345", False)],
)
def test_fodselsnummer_both_mod11_digits(number, valid):
    assert valid_fodselsnummer(number) is valid


@pytest.mark.parametrize("number, valid", [("010190-1234", True), ("290200-1234", True), ("320190-1234", False), ("011390-1234", False)])
def test_cpr_valid_dates(number, valid):
    assert valid_cpr(number) is valid


@pytest.mark.parametrize(
    "number, valid",
    [("DK50 0040 0440 1162 43", True), ("SE45 5000 0000 0583 9825 7466", True), ("NO93 8601 1117 947", True), ("DK50 0040 0440 1162 44", False)],
)
def test_iban(number, valid):
    assert valid_iban(number) is valid


@pytest.mark.parametrize(
    "text, expected, kind",
    [
        (f"Mitt personnummer är {PNR[:6]}-{PNR[6:]}.", "Mitt personnummer är [ID].", "id"),  # sv
        (f"Samordningsnr {SAMORDNING}", "Samordningsnr [ID]", "id"),
        ("Mit cpr er 010190-1234", "Mit cpr er [ID]", "id"),  # da
        ("cpr 0101901234 tak", "cpr [ID] tak", "id"),  # bare CPR after a cue word
        (f"Fødselsnummer {FNR} ok", "Fødselsnummer [ID] ok", "id"),  # nb
        (f"D-nummer {DNR}", "D-nummer [ID]", "id"),  # nn/nb
        (f"kort {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}", "kort [CARD]", "card"),
        ("konto DK50 0040 0440 1162 43 tak", "konto [IBAN] tak", "iban"),
        ("skriv till anna.berg@example.se", "skriv till [EMAIL]", "email"),
        ("se https://example.dk/ordre?id=5 nu", "se [URL] nu", "url"),
        ("ring 070-123 45 67", "ring [PHONE]", "phone"),  # sv mobile
        ("ring 0701234567", "ring [PHONE]", "phone"),
        ("ring 08-123 456 78", "ring [PHONE]", "phone"),  # sv landline
        ("tlf 12 34 56 78", "tlf [PHONE]", "phone"),  # da
        ("ring meg på 412 34 567", "ring meg på [PHONE]", "phone"),  # nb
        ("tlf 41234567", "tlf [PHONE]", "phone"),  # bare 8 digits after a cue
        ("+46 70 123 45 67", "[PHONE]", "phone"),
        ("0045 12345678", "[PHONE]", "phone"),
        ("+44 20 7946 0958", "[PHONE]", "phone"),
    ],
)
def test_redaction(text, expected, kind):
    out, counts = redact_pii(text)
    assert out == expected
    assert counts[kind] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ordrenummer 12345678 kom aldrig",  # order number: 8 digits without a phone cue
        "ordre 4512345678 er forsinket",  # 10 digits, no valid date, no cue
        "Det kostede 1.299,00 kr og 499 kr",  # prices
        "Leveret 29.04.2023 og 2023-04-29",  # dates
        "Bestilt 12-05-2023 kl 14:30",
        "Pris 12 345 678 kr for huset",
        "Kundnummer 811218-9877 fel",  # personnummer shape, wrong check digit
        "Ordre 320190-1234",  # CPR shape, impossible date
        "4111 1111 1111 1112",  # card shape failing Luhn
        "komplett.dk og www",
        "Prisen lå på 1499-1645 kr",  # a price range, not a phone number
    ],
)
def test_ordinary_numbers_stay(text):
    out, counts = redact_pii(text)
    assert out == text
    assert sum(counts.values()) == 0


def test_hyphenated_four_four_is_a_phone_after_a_cue():
    assert redact_pii("ring på tlf 1499-1645")[0] == "ring på tlf [PHONE]"
    assert redact_pii("ring 1234 5678")[0] == "ring [PHONE]"


def test_counts_by_kind():
    out, counts = redact_pii("a@b.se, c@d.dk og tlf 12 34 56 78")
    assert counts == {"email": 2, "phone": 1}
    assert out == "[EMAIL], [EMAIL] og tlf [PHONE]"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 -+@.abcDK"), max_size=60))
def test_redact_never_crashes(text):
    out, counts = redact_pii(text)
    assert isinstance(out, str) and all(v > 0 for v in counts.values())


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=100_000_000, max_value=999_999_999))
def test_luhn_completion_is_always_valid(body):
    assert luhn_valid(_luhn_complete(str(body)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Min farfar 121212+1212 är över 100", "Min farfar [ID] är över 100"),  # personnummer with +
        ("pnr 121212+1212", "pnr [ID]"),
        ("IBAN SE45 5000 0000 0583 9825 7466 tack", "IBAN [IBAN] tack"),  # a short word after a spaced IBAN
        ("konto DK50 0040 0440 1162 43 tak", "konto [IBAN] tak"),
        ("NO93 8601 1117 947 takk", "[IBAN] takk"),
    ],
)
def test_the_two_identifiers_the_issue_found_missed(text, expected):
    assert redact_pii(text)[0] == expected
