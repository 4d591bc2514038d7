"""The report notes a theme in its top lists that the model's benchmark says is weak."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from textnps.preprocess import Preprocessor
from textnps.report.analyze import analyze
from textnps.report.notes import localize
from textnps.report import weak_themes
from textnps.report.weak_themes import QUALITY_FILE, WEAK_F1, expected_quality, weak_theme_notes
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.format import codebook_folder, load_codebook

QUALITY = {"price": {"precision": 0.85, "recall": 0.86, "f1": 0.86, "support": 66},
           "terms": {"precision": 0.44, "recall": 0.42, "f1": 0.43, "support": 19},
           "digital": {"precision": 0.57, "recall": 0.50, "f1": 0.53, "support": 26},
           "_set": "test set"}
SAID = {"en": "is in the top lists but known to be weak", "sv": "finns på topplistorna men är känt som svagt",
        "da": "er på toplisterne, men er kendt som svagt", "nb": "er på topplistene, men er kjent som svakt"}


def _tables(ranks):
    rows = pd.DataFrame({"theme_id": list(ranks), "rank": pd.array(list(ranks.values()), dtype="Int64")})
    return {"top_complaints": rows, "top_strengths": rows.iloc[:0]}


@pytest.mark.parametrize("lang", ["en", "sv", "da", "nb"])
def test_a_weak_theme_in_the_top_lists_gets_a_note_in_the_report_language(lang):
    notes = weak_theme_notes(_tables({"price": 1, "terms": 2, "digital": 7}), QUALITY)
    assert [n.params["theme"] for n in notes] == ["terms"]  # price is strong; digital is ranked below the top 5
    text = localize(notes[0], lang)
    mark = "." if lang == "en" else ","  # the report language's decimal mark; no English set name in the note
    assert SAID[lang] in text and f"0{mark}44" in text and f"0{mark}42" in text and "19" in text
    assert "test set" not in text or lang == "en"
    assert weak_theme_notes(_tables({"terms": 1}), None) == []  # no figures for this model: no note
    assert all(f["f1"] < WEAK_F1 for t, f in QUALITY.items() if t in ("terms", "digital"))


def _shipped_quality():
    path = codebook_folder(load_codebook("nordic-cx")) / QUALITY_FILE
    return json.loads(path.read_text(encoding="utf-8"))


def _measured_with_this_refiner(monkeypatch):
    """Make theme_quality.json describe the shipped refiner as it is now (as after theme_quality.py)."""
    monkeypatch.setattr(weak_themes, "refiner_sha1", lambda _: _shipped_quality()["refiner_model_sha1"])


def test_the_shipped_figures_describe_the_shipped_refiner():
    data = _shipped_quality()
    assert set(data["themes"]) == set(load_codebook("nordic-cx").ids)
    frame = Preprocessor(text_col="text", progress=False).fit_transform(pd.DataFrame({"text": ["dyrt", "billigt"]}))
    quality = expected_quality(ThemeClassifier(progress=False).fit(frame))
    assert expected_quality(ThemeClassifier(progress=False, refiner=None).fit(frame)) is None
    if "_stale" in quality:  # a retrained refiner: the lead runs the test set and theme_quality.py again
        assert quality == {"_stale": len(data["themes"])}
        pytest.xfail("models/nordic-cx/theme_quality.json was measured with another refiner: run "
                     "bench_classify.py on benchmarks/testset and benchmarks/theme_quality.py")
    assert quality["terms"]["f1"] == data["themes"]["terms"]["f1"]


@pytest.mark.parametrize("lang, said", [("en", "measured with another refiner"), ("sv", "en annan förfinare"),
                                        ("da", "en anden finjustering"), ("nb", "en annen finjustering")])
def test_figures_of_another_refiner_are_set_aside_and_said_once(monkeypatch, lang, said):
    frame = Preprocessor(text_col="text", progress=False).fit_transform(pd.DataFrame({"text": ["dyrt", "billigt"]}))
    model = ThemeClassifier(progress=False).fit(frame)
    monkeypatch.setattr(weak_themes, "refiner_sha1", lambda _: "0" * 40)  # the refiner was retrained
    quality = expected_quality(model)
    n = len(_shipped_quality()["themes"])
    assert quality == {"_stale": n}
    notes = weak_theme_notes(_tables({"price": 1, "terms": 2}), quality)
    assert [x.key for x in notes] == ["theme_quality_stale"]
    text = localize(notes[0], lang)
    assert said in text and f"{n} " in text


@pytest.mark.parametrize("lang, texts", [
    ("sv", ["Villkoren är oklara och självrisken är för hög", "Villkoren i avtalet är orimliga",
            "Bindningstiden och villkoren är dåliga"]),
    ("da", ["Betingelserne er uklare og selvrisikoen er for høj", "Vilkårene i aftalen er urimelige",
            "Bindingsperioden og betingelserne er dårlige"]),
    ("nb", ["Vilkårene er uklare og egenandelen er for høy", "Vilkårene i avtalen er urimelige",
            "Bindingstiden og vilkårene er dårlige"]),
])
def test_the_report_says_a_top_complaint_is_weak(monkeypatch, lang, texts):
    _measured_with_this_refiner(monkeypatch)
    survey = pd.DataFrame({"text": texts * 12, "score": [2, 3, 4] * 12})
    report = analyze(survey, text_col="text", score_col="score", progress=False, discover=False, min_n=1,
                     lang=lang, refiner="auto")
    notes = report.tables["notes"]["note"].tolist()
    complaints = report.tables["top_complaints"]
    top = complaints.loc[complaints["rank"] <= 5, "theme_id"].tolist()
    assert "terms" in top
    weak = [n for n in notes if SAID[lang] in n]
    # da/sv comments are decided by the shipped refiner the figures describe; Norwegian ones are not
    # refined by it, but the figures were measured for the model as shipped, which is what decided them
    assert any("terms" in n for n in weak), notes
