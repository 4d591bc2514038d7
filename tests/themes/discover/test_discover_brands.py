"""Lowercased company names without a segment column never reach a theme or the saved model (issue 14).

Each survey is :func:`discover_corpus.reasons_frame` in sv, da or nb with its segment column dropped:
a lowercased shop name runs through a third of the comments, written after *hos* / *från* / *fra*
in some of them, as customers write it. Nothing capitalises it and no column names it.
"""
from __future__ import annotations

import numpy as np
import pytest

from discover_corpus import SHOP, reasons_frame
from textnps.preprocess.tokens import lemmatize
from textnps.themes.discover.brands import is_word, lowercase_names
from textnps.themes.discover.discoverer import ThemeDiscoverer
from textnps.themes.discover.generic import proper_names, survey_names

LANGS = ["sv", "da", "nb"]
#: How customers write where they shopped: "at the shop", "from the shop".
AT = {"sv": "hos", "da": "hos", "nb": "hos"}
FROM = {"sv": "från", "da": "fra", "nb": "fra"}
#: Words of the language that follow *hos* / *from* often and must stay (customer service, the supplier).
REAL = {"sv": ("kundtjänst", "leverantören"), "da": ("kundeservice", "leverandøren"),
        "nb": ("kundeservice", "leverandøren")}


def _relemmatise(frame, code):
    frame["lemmas"] = frame["text_clean"].map(lambda t: " ".join(lemmatize(w, code) for w in t.split()))
    return frame


def unnamed_frame(code: str, name: str = SHOP):
    """:func:`reasons_frame` without its segment column, *name* written in lower case, a fifth of the
    times after *hos* or *from*; a few comments also say where their answer came from (:data:`REAL`)."""
    frame = reasons_frame(code).drop(columns="segment")
    texts = []
    for i, text in enumerate(frame["text_clean"]):
        if i % 10 == 0:
            text = text.replace(SHOP, f"{AT[code]} {name}")
        elif i % 10 == 5:
            text = text.replace(SHOP, f"{FROM[code]} {name}")
        if i % 7 == 0:
            text += f" svar {FROM[code]} {REAL[code][0]}"
        if i % 11 == 0:
            text += f" {AT[code]} {REAL[code][1]}"
        texts.append(text)
    frame["text_clean"] = texts
    return _relemmatise(frame, code)


@pytest.fixture(scope="module", params=LANGS)
def fitted(request):
    frame = unnamed_frame(request.param)
    return request.param, frame, ThemeDiscoverer(progress=False).fit(frame)


def test_the_name_is_frequent_and_the_older_checks_miss_it(fitted):
    """Without the lexicon and preposition checks the name would be a term: it is in a third of the
    comments, nothing capitalises it, and there is no segment column."""
    _, frame, _ = fitted
    assert frame["lemmas"].str.contains(SHOP).mean() > 0.25
    assert "segment" not in frame.columns
    assert SHOP not in proper_names(frame["text_clean"]) | survey_names(None)


def test_no_lowercased_company_name_in_labels_terms_examples_or_saved_model(fitted, tmp_path):
    code, _, model = fitted
    shown = " ".join(model.themes_["label"]) + " " + " ".join(model.themes_["terms"])
    assert SHOP not in shown
    assert SHOP not in " ".join(model.themes_["examples"])
    assert SHOP not in set(model.vocabulary_) | set(model.stop_terms_)
    model.save(tmp_path)
    stored = (tmp_path / "model.json").read_text(encoding="utf-8")
    with np.load(tmp_path / "arrays.npz", allow_pickle=False) as arrays:
        stored += " ".join(" ".join(map(str, a.ravel())) for a in arrays.values() if a.dtype.kind in "US")
    assert SHOP not in stored.lower()


@pytest.mark.parametrize("code", LANGS)
def test_words_of_the_language_after_hos_or_from_stay(code):
    """Customer service and the supplier follow *hos* / *from* as often as the shop does: they are
    words of the language, so they are no names."""
    frame = unnamed_frame(code)
    found = lowercase_names(frame["text_clean"], frame["lang"])
    assert SHOP in found
    for word in REAL[code]:
        assert is_word(word, code) and frame["text_clean"].str.contains(f"{AT[code]} {word}|{FROM[code]} {word}").sum() >= 10
        assert word not in found
    assert not found & {"personal", "personale", "personalet", "leverans", "levering", "pakken", "premien"}


@pytest.mark.parametrize("code", LANGS)
def test_a_two_word_name_goes_whole(code):
    """The word after the name in (nearly) all its occurrences is part of it, even a word of the
    language: *alm brand* (*brand* is fire). Swedish *alm* is a word (elm), so there the name is *qvira brand*."""
    first = "alm" if code == "da" else "qvira"
    frame = reasons_frame(code).drop(columns="segment")
    frame["text_clean"] = [t.replace(SHOP, f"{AT[code] if i % 4 == 0 else ''} {first} brand".strip())
                           for i, t in enumerate(frame["text_clean"])]
    frame = _relemmatise(frame, code)
    assert is_word("brand", code)
    found = lowercase_names(frame["text_clean"], frame["lang"])
    assert {first, "brand"} <= found
    model = ThemeDiscoverer(progress=False).fit(frame)
    shown = (" ".join(model.themes_["label"]) + " " + " ".join(model.themes_["terms"]) + " "
             + " ".join(model.vocabulary_)).replace("·", " ").replace(",", " ").split()
    assert first not in shown and "brand" not in shown


@pytest.mark.parametrize("code", LANGS)
def test_example_comments_show_the_name_as_a_placeholder(code):
    """Examples picked among comments naming the shop show ``[COMPANY]``: a survey where every comment names it."""
    frame = unnamed_frame(code)
    frame["text_clean"] = frame["text_clean"].map(lambda t: t if SHOP in t else f"{AT[code]} {SHOP} {t}")
    frame = _relemmatise(frame, code)
    examples = " ".join(ThemeDiscoverer(progress=False).fit(frame).themes_["examples"])
    assert SHOP not in examples and "[COMPANY]" in examples


def test_no_language_no_names():
    assert lowercase_names(["hos butikly"] * 20, None) == set()
    assert lowercase_names(["hos butikly"] * 20, ["en"] * 20) == set()


@pytest.mark.parametrize("code,words", [("sv", "dyrt bredband hos"), ("da", "dyrt bredbånd hos"),
                                        ("nb", "dyrt bredbånd hos")])
def test_no_phrase_label_ends_on_the_preposition_of_a_left_out_name(code, words):
    """*hos* lemmatises to a vocabulary word in Swedish (``ho``): with the name after it left out, the
    label was ``... hos``; the prepositions that take a name are function words."""
    from textnps.themes.discover.phrases import phrase_label, word_kinds
    from textnps.themes.discover.surface import BREAK

    pairs = [(lemmatize(w, code), w) for w in words.split()] + [("butikly", "butikly"), BREAK]
    vocab = {lemmatize(w, code) for w in words.split()} | {"ho"}
    kinds = word_kinds(pairs, code, lambda lemma, _code: lemma if lemma in vocab else None)
    label = phrase_label([kinds] * 5, [lemmatize(words.split()[1], code)])
    assert label == " ".join(words.split()[:2])
