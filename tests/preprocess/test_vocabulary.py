"""What a saved model may store: no rare token, placeholder word or name."""
from __future__ import annotations

import pytest

from textnps.preprocess.vocabulary import MIN_COMMENTS, drop_terms, private_terms


@pytest.mark.parametrize(
    "lemmas, texts, name",
    [
        (["bra service"] * 3 + ["prata erik"] * 3, ["Bra service"] * 3 + ["Jag pratade med Erik"] * 3, "erik"),  # sv
        (["god service"] * 3 + ["tak mette"] * 3, ["God service"] * 3 + ["Tak til Mette"] * 3, "mette"),  # da
        (["god service"] * 3 + ["takk ola"] * 3, ["God service"] * 3 + ["Takk til Ola"] * 3, "ola"),  # no
    ],
)
def test_names_written_with_a_capital_are_private_though_frequent(lemmas, texts, name):
    found = private_terms(lemmas, texts)
    assert name in found and "service" not in found


def test_rare_tokens_and_placeholders_are_private():
    lemmas = ["pris hög"] * MIN_COMMENTS + ["pris hög unik"] * (MIN_COMMENTS - 1)
    found = private_terms(lemmas)
    assert "unik" in found and {"name", "email", "plate", "address"} <= found and "pris" not in found


def test_drop_terms_removes_negated_forms_too():
    assert drop_terms(["neg_erik bra erik", "bra"], frozenset({"erik"})) == ["bra", "bra"]
