"""Sub-themes below the codebook's themes: the YAML block, its checks, and the ``subthemes`` column."""
from __future__ import annotations

import pandas as pd
import pytest

from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.format import Codebook, CodebookError, load_codebook
from textnps.themes.codebook.refining import codebook_refiner
from textnps.themes.codebook.subthemes import subtheme_column, subtheme_parents

from tests.themes.codebook.test_classify import preprocessed

NORDIC = load_codebook("nordic-cx")
THEMES_ONLY = NORDIC.text[:NORDIC.text.index("\nsubthemes:")].rstrip() + "\n"


@pytest.mark.parametrize("text, lang, expected", [
    ("En telefonförsäljare ringer hela tiden och försöker sälja en ny försäkring", "sv", "sales_contact:neg"),
    ("Jeg blev ringet op af en sælger, der prøvede at sælge mig en ny forsikring", "da", "sales_contact:neg"),
    ("En telefonselger ringer hele tiden og prøver å selge meg noe", "nb", "sales_contact:neg"),
    ("Eg vart ringt av ein telefonseljar som prøvde å selje meg noko", "nn", "sales_contact:neg"),
    ("Umöjligt att säga upp försäkringen, uppsägningstiden är tre månader", "sv", "cancellation:neg"),
    ("Jeg ville sige forsikringen op, men opsigelsen tog tre måneder", "da", "cancellation:neg"),
    ("Vanskelig å si opp avtalen", "nb", "cancellation:neg"),
    ("Jeg ventede i telefonen i 45 minutter", "da", "phone_queue:neg"),
    ("Satt i telefonkön i en timme", "sv", "phone_queue:neg"),
    ("Ventet i telefonen i en time", "nb", "phone_queue:neg"),
    ("Et gebyr på 50 kr for en papirfaktura", "da", "fees:neg"),
    ("De tar en fakturaavgift på varje faktura", "sv", "fees:neg"),
    ("De har hævet prisen igen og selvrisikoen er høj", "da", "price_increase:neg;deductible:neg"),
    ("Premien har økt og egenandelen er for høy", "nb", "price_increase:neg;deductible:neg"),
])
def test_subthemes_are_found_beside_the_themes(text, lang, expected):
    df = preprocessed([text, "Bra service"], lang, score=[1, 10])
    out = ThemeClassifier(progress=False, refiner=None).fit(df).transform(df)
    assert out["subthemes"].tolist() == [expected, ""]
    sub_ids = {s.id for s in NORDIC.subthemes}
    assert not sub_ids & {t.partition(":")[0] for cell in out["themes"] for t in cell.split(";")}


@pytest.mark.parametrize("lang, text", [("sv", "Försöker sälja på mig saker"), ("da", "Prøver at sælge mig mere"),
                                        ("nb", "Prøver å selge meg mer")])
def test_a_subtheme_takes_its_parents_polarity_else_the_nps_category(lang, text):
    df = preprocessed([text, text, text], lang, score=[10, 2, 8])
    cells = subtheme_column(NORDIC, df, ["communication:mixed", "", ""])
    assert cells.tolist() == ["sales_contact:mixed", "sales_contact:neg", "sales_contact"]
    assert subtheme_column(NORDIC, df.assign(informative=False), ["", "", ""]).tolist() == ["", "", ""]


def test_the_subthemes_block_does_not_change_the_fingerprint_so_the_refiner_stays():
    assert [s.id for s in NORDIC.subthemes][:2] == ["sales_contact", "cancellation"]
    assert subtheme_parents(NORDIC)["sales_contact"] == "communication"
    assert NORDIC.fingerprint == Codebook.from_yaml(THEMES_ONLY).fingerprint
    assert codebook_refiner(NORDIC) is not None
    assert NORDIC.ids == Codebook.from_yaml(THEMES_ONLY).ids


def _book(subthemes: str) -> str:
    return THEMES_ONLY + "\nsubthemes:\n" + subthemes


@pytest.mark.parametrize("block, message", [
    ("  - id: sales_contact\n    seeds: {da: {lemmas: [telefonsælger*]}}\n",
     r"sub-theme 'sales_contact' needs a 'parent' among the theme ids; got None"),
    ("  - id: sales\n    parent: comunication\n    seeds: {da: {lemmas: [telefonsælger*]}}\n",
     r"needs a 'parent' among the theme ids; got 'comunication'. Did you mean 'communication'"),
    ("  - id: price\n    parent: price\n    seeds: {da: {lemmas: [gebyr*]}}\n",
     r"sub-theme id 'price' is already the id of a theme"),
    ("  - id: fee\n    parent: price\n    seeds: {da: {lemmas: [gebyr*]}}\n  - id: fee\n    parent: price\n"
     "    seeds: {da: {lemmas: [gebyr*]}}\n", r"sub-theme id 'fee' is already the id of a sub-theme"),
    ("  - id: fee\n    parent: price\n    not_with: [billing]\n    seeds: {da: {lemmas: [gebyr*]}}\n",
     r"unknown key 'not_with' in sub-theme #1"),
    ("  - id: fee\n    parent: price\n", r"sub-theme 'fee' has no 'seeds'"),
    ("  - id: Fee\n    parent: price\n    seeds: {da: {lemmas: [gebyr*]}}\n", r"sub-theme id 'Fee' must be lower-case"),
    ("  id: fee\n", r"'subthemes' must be a list of sub-themes"),
])
def test_a_bad_subtheme_is_reported_with_its_line(block, message):
    with pytest.raises(CodebookError, match=message):
        Codebook.from_yaml(_book(block))


def test_a_codebook_without_subthemes_gets_an_empty_column():
    book = Codebook.from_yaml(THEMES_ONLY)
    df = preprocessed(["Ringer hele tiden og prøver at sælge"], "da")
    assert subtheme_column(book, df, [""]).tolist() == [""]
    assert isinstance(subtheme_column(book, df, [""]), pd.Series)


@pytest.mark.parametrize("texts, lang", [
    (["Umöjligt att säga upp försäkringen", "Satt i telefonkön i en timme"], "sv"),
    (["Jeg ventede i telefonen i 45 minutter", "Et gebyr på 50 kr for en papirfaktura"], "da"),
    (["Vanskelig å si opp avtalen", "Premien har økt og egenandelen er for høy"], "nb"),
])
def test_the_subtheme_matcher_is_built_once_per_codebook_and_finds_the_same(texts, lang):
    from textnps.themes.codebook.seeds import SeedMatcher
    from textnps.themes.codebook.subthemes import subtheme_book, subtheme_matcher

    book = Codebook.from_yaml(NORDIC.text)  # a codebook of its own: a matcher of its own
    assert subtheme_matcher(book) is subtheme_matcher(book) is not subtheme_matcher(NORDIC)
    df = preprocessed(texts, lang, score=[1, 2])
    kept = subtheme_column(book, df, ["", ""])
    fresh = subtheme_column(book, df, ["", ""], matcher=SeedMatcher(subtheme_book(book)))
    assert kept.tolist() == fresh.tolist() and all(kept)
