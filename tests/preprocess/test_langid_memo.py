"""lingua's memo of answers: a batch mixing remembered and new texts that fills the memo (it is then emptied)
still answers every text (at scale, 1M comments with repeats, this raised a KeyError)."""
from __future__ import annotations

import pytest

from textnps.preprocess import langid


@pytest.mark.parametrize("texts", [
    ["Kundtjänsten var inte bra alls", "Leveringen tog alt for lang tid", "Eg er ikkje nøgd med prisen"],
])
def test_memo_emptied_mid_batch_keeps_every_answer(monkeypatch, texts):
    monkeypatch.setattr(langid, "_memo", {})
    monkeypatch.setattr(langid, "_MEMO_MAX", 2)
    first = langid._confidences("low", texts[:1])  # remembered
    both = langid._confidences("low", texts)  # 1 remembered + 2 new > 2: the memo is emptied
    assert len(both) == 3 and both[0] == first[0]
