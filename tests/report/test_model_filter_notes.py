"""The notes naming the model, the filter and the discovery sample read in the report's language."""
from __future__ import annotations

import pytest

from textnps.report.filters import filter_notes
from textnps.report.notes import localize, note

WORDS = {"sv": ("Teman: kodbok", "av 90 svar matchar inte filtret", "Nya teman lärdes"),
         "da": ("Temaer: kodebog", "af 90 svar passer ikke til filteret", "Nye temaer blev lært"),
         "no": ("Temaer: kodebok", "av 90 svar passer ikke med filteret", "Nye temaer ble lært")}


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_model_filter_and_sample_notes_are_written_in_the_reports_language(lang):
    model = note("model_refiner_shipped", name="nordic-cx", version="1.3.0", n=4320, langs="da/sv")
    assert str(model) == ("Themes: codebook nordic-cx 1.3.0, refiner shipped (trained on 4,320 coded comments, "
                          "for da/sv comments).")
    (filtered,) = filter_notes(78, 90, {"market": "SE"})
    sample = note("discover_sample", n=50000, total=81234)
    shown = [localize(n, lang) for n in (model, filtered, sample)]
    for text, expected in zip(shown, WORDS[lang]):
        assert expected in text and "Themes" not in text and "responses" not in text
    assert "4\xa0320" in shown[0] and "81\xa0234" in shown[2]


def test_no_filter_no_note():
    assert filter_notes(0, 90, {"market": "SE"}) == []
