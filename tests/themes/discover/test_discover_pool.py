"""Reasons first by per-category fits (pool.py), two polarities of one reason, phrase labels (phrases.py).

The survey (:func:`discover_corpus.two_sided_frame`) is 75 % promoters with five reasons and 25 %
detractors with three (a price rise, no reply to mail, fees); the promoters' "fast reply to mail"
is the other side of the detractors' "no reply". A lower-cased shop name and first name run through it.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discover_corpus import PERSON, SHOP, own_theme, two_sided_frame
from textnps.themes.discover.discoverer import ThemeDiscoverer
from textnps.themes.discover.phrases import phrase_label, word_kinds
from textnps.themes.discover.pool import pair_topics, paired_view, polarity
from textnps.themes.discover.quality import coherent_terms
from textnps.themes.discover.surface import SurfaceForms

LANGS = ["sv", "da", "nb"]
DETRACTOR_REASONS = ("price_rise", "reply_none", "fees")


@pytest.fixture(scope="module", params=LANGS)
def fitted(request):
    frame = two_sided_frame(request.param)
    model = ThemeDiscoverer(progress=False).fit(frame)
    return request.param, frame, model, model.transform(frame)


def test_each_detractor_reason_is_its_own_theme(fitted):
    _, _, _, out = fitted
    assert all(own_theme(out, reason) for reason in DETRACTOR_REASONS)


@pytest.mark.parametrize("code", LANGS)
def test_one_fit_on_all_comments_lumps_a_detractor_reason(code):
    """What the per-category fits fix: one fit of as many themes lumps "no reply" with "fast reply"."""
    frame = two_sided_frame(code)
    out = ThemeDiscoverer(balance=False, progress=False).fit_transform(frame)
    assert not all(own_theme(out, reason) for reason in DETRACTOR_REASONS)


def test_two_polarities_of_one_reason_are_paired(fitted):
    _, _, model, out = fitted
    fast, none = own_theme(out, "reply_fast"), own_theme(out, "reply_none")
    assert fast and none and fast != none
    themes = model.themes_.set_index("theme_id")
    assert themes.loc[fast, "paired_with"] == none and themes.loc[none, "paired_with"] == fast
    assert (themes.loc[fast, "polarity"], themes.loc[none, "polarity"]) == ("positive", "negative")
    # unrelated reasons are not paired
    assert themes.loc[own_theme(out, "fees"), "paired_with"] == ""
    view = paired_view(model.themes_)
    pos = {t: i for i, t in enumerate(view["theme_id"])}
    assert abs(pos[fast] - pos[none]) == 1 and view.set_index("theme_id").loc[none, "topic"] == view.set_index(
        "theme_id").loc[fast, "topic"]


def test_labels_are_phrases_without_names(fitted, tmp_path):
    _, frame, model, _ = fitted
    texts = " | ".join(frame["text_clean"])
    for label in model.themes_["label"]:
        assert "·" not in label and len(label.split()) >= 2 and label in texts, label
        assert SHOP not in label and PERSON not in label
    model.save(tmp_path)
    loaded = ThemeDiscoverer.load(tmp_path)
    stored = (tmp_path / "model.json").read_text(encoding="utf-8").lower()
    assert SHOP not in stored and PERSON not in stored
    assert loaded.themes_["paired_with"].tolist() == model.themes_["paired_with"].tolist()
    pd.testing.assert_frame_equal(loaded.transform(frame), model.transform(frame))


def test_same_seed_same_themes():
    frame = two_sided_frame("da", n=500)
    a = ThemeDiscoverer(progress=False).fit(frame).themes_
    b = ThemeDiscoverer(progress=False).fit(frame).themes_
    pd.testing.assert_frame_equal(a, b)


def test_polarity_is_the_side_a_theme_weighs_more_on():
    w = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.8]])
    cats = np.array(["promoter", "promoter", "detractor", "detractor"], dtype=object)
    assert polarity(w, cats).tolist() == [1, -1]
    assert polarity(w, np.array(["passive"] * 4, dtype=object)).tolist() == [1, 1]


def test_pair_topics_pairs_opposite_sides_sharing_two_key_terms():
    h = np.array([[3, 2, 1, 0, 0, 0], [0, 2, 1, 3, 0, 0], [0, 2, 1, 0, 3, 0], [0, 0, 0, 0, 1, 3.0]])
    topics = pair_topics(h, np.array([1, -1, 1, -1]), n_keys=3)
    # theme 1 (side -1) shares terms 1, 2 with themes 0 and 2; it takes the first; 3 shares one term only
    assert topics[0] == topics[1] and len({topics[0], topics[2], topics[3]}) == 3
    # the same side is never paired
    assert len(set(pair_topics(h, np.array([1, 1, 1, 1]), n_keys=3))) == 4
    skip = np.array([False, True, True, False, False, False])
    assert len(set(pair_topics(h, np.array([1, -1, 1, -1]), n_keys=3, skip=skip))) == 4


@pytest.mark.parametrize(("code", "texts", "keys", "expected"), [
    ("sv", ["Skadan täcktes inte. Fick inget svar på mailet", "inget svar på mailet, tack erik",
            "Inget svar på mailet!"], {"svara", "mail"}, "inget svar på mailet"),
    ("da", ["Lang ventetid i telefonen", "altid lang ventetid i telefonen.", "lang ventetid i telefonen, hilsen mette"],
     {"ventetid", "telefon"}, "lang ventetid i telefonen"),
    ("nb", ["skaden ikke dekket", "Skaden ikke dekket av forsikringen", "skaden ikke dekket"],
     {"dekke", "skade"}, "skaden ikke dekket"),
])
def test_phrase_label_is_a_clause_of_vocabulary_words(code, texts, keys, expected):
    forms = SurfaceForms(texts, [code] * len(texts))
    vocab = {"svar", "svara", "mail", "mailet", "ventetid", "telefon", "telefonen", "lang", "skade", "skaden", "dekke",
             "dekket", "forsikring", "täcka", "skadan"}

    def token_of(lemma, _code):
        return lemma if lemma in vocab else None

    comments = [word_kinds(forms.pairs(i), code, token_of) for i in range(len(texts))]
    label = phrase_label(comments, keys, min_count=2)
    assert label == expected
    assert phrase_label(comments, keys, min_count=2, taken={expected}) != expected


@pytest.mark.parametrize("code", LANGS)
def test_a_name_breaks_a_phrase(code):
    """A first name is no vocabulary word: no phrase runs through it."""
    texts = [f"tack erik svar mail {i}" for i in range(5)]
    forms = SurfaceForms(texts, [code] * 5)
    comments = [word_kinds(forms.pairs(i), code, lambda lemma, _c: lemma if lemma in {"svar", "svara", "mail"} else None)
                for i in range(5)]
    assert phrase_label(comments, {"svar", "svara"}) == "svar mail"
    assert phrase_label(comments, {"erik"}) is None


def test_coherent_terms_drops_the_term_the_others_never_meet():
    import scipy.sparse as sp

    b = sp.csr_matrix(np.array([[1, 1, 1, 0], [1, 1, 1, 0], [1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 1]]))
    assert coherent_terms(b, [3, 0, 1, 2], 3) == [0, 1, 2]
    assert coherent_terms(b, [0, 1], 3) == [0, 1]


@pytest.mark.parametrize(("code", "good", "bad"), [
    ("sv", "bra priser", "dyra priser"), ("da", "gode priser", "dyre priser"), ("nb", "gode priser", "dyre priser")])
def test_a_negative_theme_is_not_named_with_a_positive_word(code, good, bad):
    texts = [good] * 6 + [bad] * 3
    forms = SurfaceForms(texts, [code] * len(texts))
    comments = [word_kinds(forms.pairs(i), code, lambda lemma, _c: lemma) for i in range(len(texts))]
    assert phrase_label(comments, {"pris"}, min_count=2) == good
    assert phrase_label(comments, {"pris"}, min_count=2, side=-1) == bad
    assert phrase_label(comments, {"pris"}, min_count=2, side=1) == good


def _kinds(texts, code):
    forms = SurfaceForms(texts, [code] * len(texts))
    return [word_kinds(forms.pairs(i), code, lambda lemma, _c: lemma) for i in range(len(texts))]


@pytest.mark.parametrize(("code", "weak", "strong", "keys"), [
    ("sv", "par veckor", "dyr avgift", {"vecka", "veckor", "avgifta"}), ("da", "ca kr", "højt gebyr", {"kr", "gebyr"}),
    ("nb", "ca kr", "høyt gebyr", {"kr", "gebyr"})])
def test_a_label_is_never_only_units(code, weak, strong, keys):
    """``ca kr`` / ``par veckor`` (the most written) name nothing: the reason's phrase wins; units alone
    give no label."""
    comments = _kinds([weak] * 6 + [f"betale kr, {strong}"] * 3, code)
    assert phrase_label(comments, keys, min_count=2) == strong
    assert phrase_label(_kinds([weak] * 6 + ["betale kr"] * 6, code), keys | {"betale"}, min_count=2) is None


@pytest.mark.parametrize(("code", "opener", "strong", "keys"), [
    ("sv", "medan man väntar", "lång väntetid", {"vänta", "väntar", "väntetid"}),
    ("da", "når man ringer", "lang ventetid", {"ringe", "ringer", "ventetid"}),
    ("nb", "fordi man ringer", "lang ventetid", {"ringe", "ringer", "ventetid"})])
def test_a_label_never_starts_with_a_clause_opener(code, opener, strong, keys):
    comments = _kinds([opener] * 6 + [strong] * 3, code)
    label = phrase_label(comments, keys, min_count=2)
    assert label == strong
    assert not label.split()[0] in {"medan", "når", "fordi"}
