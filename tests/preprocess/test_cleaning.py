"""``fit``'s prior sample is normalised and redacted once (textnps/preprocess/cleaning.py): ``fit_transform`` then
does not do those comments twice, and gives what a fresh ``transform`` gives, redacting or not."""
from __future__ import annotations

import pandas as pd
import pytest

from textnps.preprocess import Preprocessor, cleaning, pipeline

TEXTS = {
    "sv": ["Ring mig på 070-123 45 67, kundtjänsten svarar aldrig", "Leveransen tog tre veckor " * 30,
           "Bra pris men lång väntetid", "Anna Berg på Storgatan 12 var jättetrevlig"],
    "da": ["Ring til mig på 12 34 56 78, kundeservice svarer aldrig", "Leveringen tog tre uger " * 30,
           "God pris men lang ventetid", "Mette Hansen på Vesterbrogade 45 var sød"],
    "no": ["Ring meg på 912 34 567, kundeservice svarer aldri", "Leveringen tok tre uker " * 30,
           "God pris men lang ventetid", "Kari Nordmann i Storgata 12 var hyggelig"],
}


@pytest.fixture
def fresh_memo(monkeypatch):
    monkeypatch.setattr(cleaning, "_done", cleaning.Memo(cleaning.SAMPLE_MEMO))


@pytest.mark.parametrize("redact", [True, False])
@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_fit_transform_normalises_the_sample_once_and_changes_nothing(fresh_memo, monkeypatch, lang, redact):
    frame = pd.DataFrame({"text": TEXTS[lang] * 3 + [f"{TEXTS[lang][2]} ({i})" for i in range(8)]})
    calls = []
    real = pipeline.normalize_and_truncate
    monkeypatch.setattr(pipeline, "normalize_and_truncate", lambda t, m: calls.append(t) or real(t, m))
    pre = Preprocessor(text_col="text", redact=redact, max_chars=300, prior_sample=6, progress=False)
    out = pre.fit_transform(frame)
    assert 0 < len(calls) < len(frame)  # the sample's comments were not normalised again
    assert len(cleaning._done) > 0
    cleaning._done.reset()
    again = pre.transform(frame)  # nothing remembered: everything computed afresh
    assert len(calls) > len(frame)
    pd.testing.assert_frame_equal(out, again)
    assert out["truncated"].any()  # the long comment was cut at max_chars, remembered or not
    phone = {"sv": "070-123 45 67", "da": "12 34 56 78", "no": "912 34 567"}[lang]
    assert bool(out["text_clean"].str.contains(phone, regex=False).any()) is (not redact)
    assert bool((out["n_redacted"] > 0).any()) is redact


def test_the_memo_is_bounded_and_keyed_by_max_chars(fresh_memo, monkeypatch):
    monkeypatch.setattr(cleaning, "_done", cleaning.Memo(3))
    for i in range(10):
        cleaning.remember(f"Leveransen var sen {i}", 50)
    assert len(cleaning._done) <= 3
    assert cleaning.remembered("Leveransen var sen 9", 50) is not None
    assert cleaning.remembered("Leveransen var sen 9", 10) is None  # another truncation: not the same work
    normalized, cut, redacted, kinds = cleaning.remember("Ring 12 34 56 78 nu", 10)
    assert (normalized, cut) == ("Ring 12 34", True) and kinds.total() == 0 and redacted == normalized
