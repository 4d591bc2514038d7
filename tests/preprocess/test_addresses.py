"""Street addresses: one-word and two-word streets, house numbers, postcode and town; counts are no addresses."""
from __future__ import annotations

import pytest

from textnps.preprocess.addresses import find_addresses
from textnps.preprocess.pii import redact_pii


@pytest.mark.parametrize(
    "text, address",
    [
        ("Jag bor på Storgatan 12, 111 22 Stockholm sedan maj", "Storgatan 12, 111 22 Stockholm"),  # sv
        ("skicka till drottninggatan 5b tack", "drottninggatan 5b"),  # lower case
        ("Adressen er Vesterbrogade 45", "Vesterbrogade 45"),  # da
        ("Gammel Kongevej 3, 1620 København V", "Gammel Kongevej 3, 1620 København V"),
        ("Vi bor i Karl Johans gate 22", "Karl Johans gate 22"),  # no, street word apart
        ("Send til Drammensveien 12, 0154 Oslo", "Drammensveien 12, 0154 Oslo"),
        ("Eg bur i Strandvegen 7", "Strandvegen 7"),  # nn
    ],
)
def test_addresses(text, address):
    assert [text[a:b] for a, b in find_addresses(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Vi fick åka hela vägen 2 gånger",  # sv: the road, a count
        "Jeg kørte vejen 2 gange forgæves",  # da
        "motorvejen 20 km fra byen",  # a unit after the number
        "Vi väntade vid gate 12 i en timme",  # a lower-case word before "gate"
        "tak til alle 5 i butikken",  # da alle = all
        "Jeg kjørte veien 2 ganger",  # no
        "Storgatan är fin men dyr",  # no house number
    ],
)
def test_counts_and_streets_without_numbers_are_kept(text):
    assert find_addresses(text) == []


def test_redact_pii_counts_the_address():
    assert redact_pii("Bor på Storgatan 12, 111 22 Stockholm") == ("Bor på [ADDRESS]", {"address": 1})
