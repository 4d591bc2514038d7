"""The first-pass language guess: sure only of clear sv, da and en comments, and then right;
everything else (short, Norwegian, mixed) is left to lingua, whose answers do not change."""
from __future__ import annotations

import pytest

from textnps.preprocess import langid
from textnps.preprocess.langguess import first_pass_guess
from textnps.preprocess.langid import detect_languages

SURE = {
    "sv": ["Jag är mycket nöjd med kundtjänsten, de svarade snabbt och var väldigt trevliga",
           "Det tog alldeles för lång tid innan jag fick svar på min fråga om fakturan"],
    "da": ["Jeg er meget tilfreds med jeres kundeservice, de svarede hurtigt og var søde",
           "Det tog alt for lang tid før jeg fik svar på mit spørgsmål om regningen"],
    "en": ["I am very happy with the customer service, they answered quickly and were kind",
           "It took far too long before anyone replied to my question about the invoice"],
}
#: Not sure: too short, Norwegian (the list cannot tell nb from nn), or da/nb words alike.
UNSURE = {
    "short": ["Bra", "God service", "Tak", "Takk"],
    "nb": ["Jeg er veldig fornøyd med kundeservicen, de svarte raskt og var hyggelige",
           "Det tok altfor lang tid før jeg fikk svar på spørsmålet mitt om fakturaen"],
    "nn": ["Eg er ikkje nøgd, dei svarte aldri på spørsmåla mine om rekninga",
           "Kundeservice var grei, men eg venta lenge på svar frå dei"],
}


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, texts in SURE.items() for t in texts])
def test_sure_of_clear_long_comments_and_right(lang, text):
    code, probability = first_pass_guess(text)
    assert code == lang and 0.5 < probability <= 1.0


@pytest.mark.parametrize("kind,text", [(kind, t) for kind, texts in UNSURE.items() for t in texts])
def test_unsure_of_short_and_norwegian_comments(kind, text):
    assert first_pass_guess(text) is None


def test_detect_languages_gives_the_same_languages_with_and_without_the_first_pass():
    texts = [t for texts in (*SURE.values(), *UNSURE.values()) for t in texts]
    with_pass, _ = detect_languages(texts)
    without, _ = detect_languages(texts, first_pass=False)
    assert with_pass == without
    assert with_pass[: 6] == ["sv", "sv", "da", "da", "en", "en"]
    assert with_pass[10:12] == ["nb", "nb"] and with_pass[12:] == ["nn", "nn"]


def test_lingua_is_asked_only_about_the_comments_the_guess_is_unsure_of(monkeypatch):
    asked = []
    real = langid._confidences

    def spy(kind, texts):
        asked.extend(texts)
        return real(kind, texts)

    monkeypatch.setattr(langid, "_confidences", spy)
    sure = [t for texts in SURE.values() for t in texts]
    unsure = UNSURE["nb"] + UNSURE["nn"] + UNSURE["short"]
    detect_languages(sure + unsure)
    assert set(asked) == set(unsure)


def test_a_survey_of_only_clear_comments_never_builds_lingua(monkeypatch):
    def fail(kind):
        raise AssertionError(f"lingua's {kind!r} detector was built")

    monkeypatch.setattr(langid, "_detector", fail)
    codes, scores = detect_languages(SURE["da"] + SURE["sv"] + ["ok", "!!"])
    assert codes == ["da", "da", "sv", "sv", "und", "und"]
