"""E-mail addresses spelled out to hide them from programs."""
from __future__ import annotations

import pytest

from textnps.preprocess.emails import find_obfuscated_emails
from textnps.preprocess.pii import redact_pii


@pytest.mark.parametrize(
    "text, address",
    [
        ("skriv till anna (at) firma.se tack", "anna (at) firma.se"),  # sv
        ("mejla erik snabel-a firma punkt se", "erik snabel-a firma punkt se"),
        ("skriv til mette[at]firma.dk", "mette[at]firma.dk"),  # da
        ("mail: ole @ firma . dk", "ole @ firma . dk"),
        ("send til ola at firma dot no", "ola at firma dot no"),  # no
        ("kari krøllalfa firma punktum no", "kari krøllalfa firma punktum no"),
        ("anna.berg(at)mail(dot)com", "anna.berg(at)mail(dot)com"),
    ],
)
def test_spelled_out_addresses(text, address):
    assert [text[a:b] for a, b in find_obfuscated_emails(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "jeg var glad at se det",  # da at = to
        "det var svært at firma punkt se",  # a bare "at" with a Nordic dot word: a sentence
        "det var alt at asos.com sendte",  # a bare "at" after an ordinary word
        "jeg håber at i. se",
        "vi köpte på firma.se",  # a web address is no e-mail
    ],
)
def test_sentences_with_at_are_kept(text):
    assert find_obfuscated_emails(text) == []


def test_redact_pii_counts_a_spelled_out_address_as_email():
    assert redact_pii("skriv til mette[at]firma.dk") == ("skriv til [EMAIL]", {"email": 1})
