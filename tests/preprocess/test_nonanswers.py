"""Non-answers are not informative."""
from __future__ import annotations

import pytest

from textnps.preprocess.nonanswers import is_informative


@pytest.mark.parametrize(
    "text",
    ["-", ".", "...", "nej", "Nej.", "Inget", "ingen kommentar", "Vet inte", "ved ikke", "Ved ikke!", "vet ikke",
     "veit ikkje", "n/a", "N/A", "😊", "👍👍", "!!!", "", "   ", "10", "[EMAIL]", "Ingen kommentarer", "nei"],
)
def test_non_answers(text):
    assert is_informative(text) is False


@pytest.mark.parametrize(
    "text",
    ["Bra service", "Nej, leveransen kom aldrig", "ikke tilfreds", "Rask levering", "Eg er nøgd", "Slow delivery"],
)
def test_answers(text):
    assert is_informative(text) is True
