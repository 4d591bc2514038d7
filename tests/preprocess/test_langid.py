"""Language identification with the survey prior."""
from __future__ import annotations

import pytest

from textnps.preprocess.langid import LANG_CODES, detect_languages, learn_language_prior


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kundtjänsten var väldigt trevlig och svarade snabbt på min fråga", "sv"),
        ("Medarbejderen var meget hjælpsom og jeg fik hurtigt svar på mit spørgsmål", "da"),
        ("Jeg er veldig fornøyd med kundeservicen, de svarte raskt og hjalp meg", "nb"),
        ("Eg er ikkje nøgd med kundeservicen, dei svarte aldri på spørsmåla mine", "nn"),
        ("The staff were friendly and answered my question quickly", "en"),
        ("Der Kundenservice war sehr freundlich und hat schnell geantwortet", "other"),
        ("Obsługa klienta była bardzo miła i szybko odpowiedziała", "other"),
        ("خدمة العملاء كانت ممتازة", "other"),
        ("ok", "und"),
        ("😊👍", "und"),
        ("123", "und"),
    ],
)
def test_detects_language(text, lang):
    codes, scores = detect_languages([text])
    assert codes == [lang]
    assert 0.0 <= scores[0] <= 1.0
    assert codes[0] in LANG_CODES


def test_prior_settles_short_ambiguous_comments():
    short = "Hurtig levering"  # Danish and Norwegian alike
    nb_survey = learn_language_prior(["nb"] * 95 + ["da"] * 5, [10] * 100)
    da_survey = learn_language_prior(["da"] * 95 + ["nb"] * 5, [10] * 100)
    assert detect_languages([short], prior=nb_survey)[0] == ["nb"]
    assert detect_languages([short], prior=da_survey)[0] == ["da"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Personalen var otroligt trevliga och hjälpsamma, leveransen kom dagen efter beställningen", "sv"),
        ("The delivery was late and nobody answered my emails for two weeks", "en"),
        ("Eg er ikkje nøgd med kundeservicen, dei svarte aldri på spørsmåla mine", "nn"),
    ],
)
def test_prior_does_not_hide_a_long_minority_comment(text, lang):
    da_survey = learn_language_prior(["da"] * 990 + ["sv"] * 10, [10] * 1000)
    assert detect_languages([text], prior=da_survey)[0] == [lang]


def test_learn_prior_counts_long_comments_and_smooths():
    prior = learn_language_prior(["sv", "sv", "da", "en"], [10, 12, 2, 8], min_words=5)
    assert prior["sv"] > prior["en"] > prior["da"] > 0
    assert abs(sum(prior.values()) - 1) < 1e-9
    assert learn_language_prior([], []) == pytest.approx({c: 0.2 for c in ("sv", "da", "nb", "nn", "en")})


def test_repeated_texts_get_the_same_answer():
    codes, scores = detect_languages(["Bra service", "Bra service", "God service"])
    assert codes[0] == codes[1] and scores[0] == scores[1]


_MEMO_TEXTS = {
    "sv": ["Kundtjänsten var väldigt trevlig och svarade snabbt på min fråga", "Bra pris men lång väntetid i telefon"],
    "da": ["Medarbejderen var meget hjælpsom og jeg fik hurtigt svar", "God pris men lang ventetid i telefonen"],
    "no": ["Jeg er veldig fornøyd med kundeservicen, de svarte raskt", "Eg er ikkje nøgd, dei svarte aldri på spørsmåla"],
}


@pytest.mark.parametrize("lang", sorted(_MEMO_TEXTS))
def test_lingua_is_asked_once_per_text_and_the_memo_changes_nothing(lang, monkeypatch):
    from textnps.preprocess import langid

    texts = _MEMO_TEXTS[lang] * 3
    monkeypatch.setattr(langid, "first_pass_guess", lambda text: None)  # about lingua's memo: every text goes to lingua
    langid._memo.clear()
    fresh = detect_languages(texts)
    asked = []
    real = langid._detector

    class Spy:
        def __init__(self, kind):
            self.inner = real(kind)

        def compute_language_confidence_values_in_parallel(self, batch):
            asked.extend(batch)
            return self.inner.compute_language_confidence_values_in_parallel(batch)

    monkeypatch.setattr(langid, "_detector", Spy)
    prior = learn_language_prior(fresh[0], [len(t.split()) for t in texts])
    assert detect_languages(texts) == fresh  # from the memo
    assert asked == []
    langid._memo.clear()
    with_prior = detect_languages(texts, prior=prior)
    assert sorted(set(asked)) == sorted(set(texts)) and len(asked) == len(set(texts))  # each distinct text once
    asked.clear()
    assert detect_languages(texts, prior=prior) == with_prior and asked == []


@pytest.mark.parametrize("lang", sorted(_MEMO_TEXTS))
def test_a_full_memo_is_emptied_without_losing_the_answers_of_the_batch(lang, monkeypatch):
    """A batch that mixes remembered and new texts, arriving when the memo is full (a long stream)."""
    from textnps.preprocess import langid

    first, second = _MEMO_TEXTS[lang]
    extra = {"sv": "Jag fick inget svar alls", "da": "Jeg fik slet ikke noget svar", "no": "Jeg fikk ikke noe svar"}[lang]
    monkeypatch.setattr(langid, "first_pass_guess", lambda text: None)  # every text goes to lingua
    langid._memo.clear()
    expected = detect_languages([first, second, extra])
    monkeypatch.setattr(langid, "_MEMO_MAX", 2)
    langid._memo.clear()
    detect_languages([first, second])  # the memo is now full
    codes, scores = detect_languages([first, extra, second, extra])  # raised KeyError when the memo was emptied
    assert codes == [expected[0][i] for i in (0, 2, 1, 2)]
    assert scores == pytest.approx([expected[1][i] for i in (0, 2, 1, 2)], rel=1e-9)
    langid._memo.clear()
