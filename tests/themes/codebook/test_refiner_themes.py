"""An edited codebook keeps the shipped refiner for the themes it still defines as it was trained with."""
from __future__ import annotations

import re
import shutil
import warnings

import numpy as np
import pandas as pd
import pytest

from textnps.preprocess import Preprocessor
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.format import codebook_folder, load_codebook
from textnps.themes.codebook.refining import codebook_refiner
from textnps.themes.codebook.refiner_themes import adapt_refiner, refines, theme_fingerprints

TEXTS = {
    "sv": ["Bra pris men usel kundtjänst", "Leveransen var snabb och personalen trevlig",
           "Fakturan var fel och ingen svarade på mejl"],
    "da": ["God pris men elendig kundeservice", "Hurtig levering og venligt personale",
           "Regningen var forkert og ingen svarede på mail"],
    "no": ["Grei pris men elendig kundeservice", "Rask levering og hyggelig personale",
           "Fakturaen var feil og ingen svarte på e-post"],
}


@pytest.fixture(scope="module")
def comments():
    texts = [t for lang in TEXTS for t in TEXTS[lang]]
    return Preprocessor(text_col="text", progress=False).fit_transform(pd.DataFrame({"text": texts}))


def _edited(folder, *, seed_added: bool):
    """A copy of nordic-cx's codebook.yaml (alone, no refiner beside it) with the price theme's Swedish
    seeds extended, or only its label changed."""
    text = load_codebook("nordic-cx").text
    if seed_added:
        edited = text.replace('lemmas: ["*pris*", billig*,', 'lemmas: ["*pris*", prislapp*, billig*,', 1)
    else:
        edited = text.replace("labels: {sv: Pris, da: Pris, no: Pris, en: Price}",
                              "labels: {sv: Priset, da: Prisen, no: Prisen, en: Pricing}", 1)
    assert edited != text
    path = folder / "my-codebook.yaml"
    path.write_text(edited, encoding="utf-8")
    return load_codebook(path)


def test_every_theme_has_its_own_fingerprint_and_labels_are_not_part_of_it(tmp_path):
    shipped = theme_fingerprints(load_codebook("nordic-cx"))
    assert len(set(shipped.values())) == len(shipped) == 14
    relabelled = theme_fingerprints(_edited(tmp_path, seed_added=False))
    assert relabelled == shipped
    reseeded = theme_fingerprints(_edited(tmp_path, seed_added=True))
    assert [t for t in shipped if reseeded[t] != shipped[t]] == ["price"]


def test_the_shipped_refiner_records_the_fingerprints_of_its_themes():
    book = load_codebook("nordic-cx")
    refiner = codebook_refiner(book)
    assert refiner.theme_fingerprints_ == theme_fingerprints(book)
    assert refiner.unrefined_ == []


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_an_edited_seed_leaves_only_that_theme_to_the_seeds(tmp_path, comments, lang):
    edited = _edited(tmp_path, seed_added=True)
    with pytest.warns(UserWarning, match=re.escape("still decides the 13 themes whose definitions are unchanged; "
                                                   "price comes from the seeds alone")):
        model = ThemeClassifier(codebook=edited.source, progress=False).fit(comments)
    assert model.refiner_ is not None and not refines(model.refiner_, "price")
    assert all(refines(model.refiner_, t) for t in model.theme_ids_ if t != "price")
    shipped = ThemeClassifier(progress=False).fit(comments)
    seeds_only = ThemeClassifier(refiner=None, progress=False).fit(comments)
    rows = (comments["lang"].str[:2].replace({"nb": "no", "nn": "no"}) == lang).to_numpy()
    got, kept, plain = (m.transform(comments)[rows] for m in (model, shipped, seeds_only))
    others = [f"p_{t}" for t in model.theme_ids_ if t != "price"]
    # the unchanged themes decide as the shipped model does; price as the seeds alone do
    assert np.allclose(got[others].to_numpy(), kept[others].to_numpy())
    assert np.allclose(got["p_price"].to_numpy(), plain["p_price"].to_numpy())


def test_a_relabelled_codebook_keeps_the_whole_refiner_and_says_so(tmp_path, comments):
    edited = _edited(tmp_path, seed_added=False)
    with pytest.warns(UserWarning, match="still decides the 14 themes whose definitions are unchanged; that is all"):
        refiner = codebook_refiner(edited)
    assert refiner.unrefined_ == []
    model = ThemeClassifier(codebook=edited.source, progress=False).fit(comments)
    shipped = ThemeClassifier(progress=False).fit(comments)
    assert model.transform(comments)["themes"].tolist() == shipped.transform(comments)["themes"].tolist()


def test_the_adapted_refiner_follows_the_edited_codebooks_themes_and_survives_save(tmp_path, comments):
    folder = tmp_path / "copy"
    shutil.copytree(codebook_folder(load_codebook("nordic-cx")), folder)
    text = (folder / "codebook.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: returns")
    end = text.index("  - id: ", start + 5)
    (folder / "codebook.yaml").write_text(text[:start] + text[end:], encoding="utf-8")  # a theme removed
    edited = load_codebook(folder)
    assert "returns" not in edited.ids
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        model = ThemeClassifier(codebook=folder, progress=False).fit(comments)
    assert model.refiner_.theme_ids_ == edited.ids and model.refiner_.coef_.shape[0] == len(edited.ids)
    shipped = codebook_refiner(load_codebook("nordic-cx"))
    k_old, k_new = shipped.theme_ids_.index("trust"), edited.ids.index("trust")
    assert np.allclose(model.refiner_.coef_[k_new], shipped.coef_[k_old])
    model.save(tmp_path / "model")
    again = ThemeClassifier.load(tmp_path / "model", progress=False)
    assert again.refiner_.unrefined_ == model.refiner_.unrefined_
    assert again.transform(comments)["themes"].tolist() == model.transform(comments)["themes"].tolist()


def test_a_refiner_without_theme_fingerprints_is_not_adapted():
    refiner = codebook_refiner(load_codebook("nordic-cx"))
    refiner.theme_fingerprints_ = None
    adapted, kept, unrefined = adapt_refiner(refiner, load_codebook("nordic-cx"))
    assert adapted is None and kept == [] and len(unrefined) == 14
