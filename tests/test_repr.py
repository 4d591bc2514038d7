"""Notebook display of fitted models and codebooks (textnps/_repr.py)."""
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from textnps._repr import classifier_html, codebook_html, discoverer_html
from textnps.themes.codebook.format import load_codebook
from textnps.themes.discover.discoverer import ThemeDiscoverer


@pytest.mark.parametrize("label", ["pris · dyrt · höjning", "pris · dyrt · prisstigning", "pris · dyrt · prisøkning"])
def test_a_fitted_discoverer_shows_its_themes_escaped(label):
    themes = pd.DataFrame({"theme_id": ["t01", "t02"], "label": [label, "<script>x</script>"], "n": [40, 3],
                           "share_detractor": [0.5, 0.1], "share_passive": [0.2, 0.0], "share_promoter": [0.1, 0.0],
                           "terms": ["pris, dyr", "x"]})
    model = SimpleNamespace(themes_=themes, n_themes_=2, vocabulary_=np.array(["pris", "dyr", "x"]),
                            n_skipped_={"non_informative": 4, "empty": 1})
    html = discoverer_html(model)
    assert "ThemeDiscoverer: 2 themes" in html and label in html and "50.0" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "4 non-informative" in html


def test_an_unfitted_discoverer_shows_its_settings():
    html = ThemeDiscoverer(n_themes=4)._repr_html_()
    assert "ThemeDiscoverer" in html and "n_themes" in html


def test_the_codebook_and_a_classifier_show_their_themes():
    book = load_codebook("nordic-cx")
    html = book._repr_html_()
    assert f"Codebook nordic-cx {book.version}: {len(book)} themes" in html and "staff_service" in html
    model = SimpleNamespace(codebook_=book, theme_ids_=book.ids, thresholds_=np.full(len(book), 0.5),
                            n_seed_labels_=np.arange(len(book)), n_train_=120, n_coded_=20, refiner_=None)
    html = classifier_html(model)
    assert "Trained on 120 comments, 20 of them coded" in html and "billing" in html
