"""Evaluation against a human coder: per-theme P/R/F1, micro/macro, Cohen's kappa, polarity accuracy."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score, f1_score

from textnps._errors import InputError
from textnps.themes.codebook.coding import format_themes, label_matrix, parse_themes
from textnps.themes.codebook.evaluate import (
    coded_pairs, cohen_kappa, evaluate, polarity_accuracy, polarity_pairs, theme_scores,
)

TRUE = ["price:pos;staff_service:neg", "delivery:neg", "", "price:neg", None]
PRED = ["price:pos;staff_service:pos", "delivery:neg;product:neg", "general:pos", "", "price:pos"]


def test_theme_scores_per_theme_micro_and_macro():
    out = theme_scores(TRUE, PRED)
    assert out.loc["price", ["precision", "recall"]].tolist() == [1.0, 0.5]
    assert out.loc["product", "precision"] == 0.0 and out.loc["product", "support"] == 0
    # pooled: tp = price 1 + staff 1 + delivery 1 = 3, fp = product + general = 2, fn = price 1
    assert out.loc["micro", "precision"] == pytest.approx(3 / 5)
    assert out.loc["micro", "recall"] == pytest.approx(3 / 4)
    assert out.loc["micro", "f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    # macro: over the themes the human coded (price, staff_service, delivery), not product or general
    coded = out.loc[["price", "staff_service", "delivery"]]
    assert out.loc["macro", ["precision", "recall", "f1"]].tolist() == pytest.approx(
        coded[["precision", "recall", "f1"]].mean().tolist())
    assert out.loc["macro", ["support", "predicted"]].tolist() == [4, 3]
    assert out.attrs == {"n_rows": 4, "n_not_coded": 1}


def test_a_theme_only_predicted_counts_in_micro_not_in_macro():
    exact = theme_scores(["price", "ease"], ["price", "ease"])
    extra = theme_scores(["price", "ease"], ["price;trust", "ease"])
    assert extra.loc["macro", "f1"] == exact.loc["macro", "f1"] == 1.0
    assert extra.loc["micro", "precision"] == pytest.approx(2 / 3)
    assert extra.loc["trust", ["precision", "support", "predicted"]].tolist() == [0.0, 0, 1]


@pytest.mark.parametrize(("truth", "pred", "f1"), [
    (["price"], ["price"], 1.0),          # one theme: scikit-learn would read one column as binary labels
    (["price", "price"], ["price", ""], 2 / 3),
    (["", ""], ["", "price"], 0.0),       # nothing coded: macro 0, the false positive costs micro
])
def test_one_theme(truth, pred, f1):
    out = theme_scores(truth, pred, themes=["price"])
    assert out.loc["price", "f1"] == pytest.approx(f1)
    assert out.loc["macro", "f1"] == pytest.approx(f1)
    assert out.loc["micro", "f1"] == pytest.approx(f1)


_theme = st.sampled_from(["price", "ease", "trust", "delivery"])
_cell = st.dictionaries(_theme, st.sampled_from(["pos", "neg", "mixed"]), max_size=3).map(format_themes)


@settings(max_examples=30, deadline=None)  # scikit-learn's input checks cost milliseconds a call
@given(st.lists(st.tuples(_cell, _cell), min_size=1, max_size=25))
def test_scores_are_scikit_learn_f1_on_indicator_matrices(rows):
    truth, pred = [t for t, _ in rows], [p for _, p in rows]
    ids = ["price", "ease", "trust", "delivery"]
    y_true, y_pred = (np.array([[int(i in (c or "")) for i in ids] for c in cells]) for cells in (truth, pred))
    out = theme_scores(truth, pred, themes=ids)
    assert out.loc["micro", "f1"] == pytest.approx(f1_score(y_true, y_pred, average="micro", zero_division=0))
    assert out.loc[ids, "f1"].tolist() == pytest.approx(f1_score(y_true, y_pred, average=None, zero_division=0))
    coded = np.flatnonzero(y_true.sum(axis=0) > 0)
    expected = f1_score(y_true, y_pred, labels=coded, average="macro", zero_division=0) if len(coded) else 0.0
    assert out.loc["macro", "f1"] == pytest.approx(expected)


def test_coded_pairs_leave_out_uncoded_rows():
    pairs = coded_pairs(TRUE, PRED, themes=["price", "product"])
    assert pairs.y_true.tolist() == [[1, 0], [0, 0], [0, 0], [1, 0]]
    assert pairs.y_pred.tolist() == [[1, 0], [0, 1], [0, 0], [0, 0]]
    assert pairs.n_not_coded == 1


def test_polarity_pairs_are_the_themes_both_found_with_a_human_polarity():
    pairs = polarity_pairs(["price:pos;ease;trust:neg", "delivery:mixed"], ["price:neg;ease:pos;trust", ""])
    assert pairs.to_dict("records") == [{"theme": "price", "true": "pos", "pred": "neg"},
                                        {"theme": "trust", "true": "neg", "pred": ""}]
    assert polarity_accuracy(["price:pos;ease;trust:neg"], ["price:neg;ease:pos;trust"]) == {"accuracy": 0.0, "n": 2}


def test_theme_scores_with_fixed_theme_list():
    out = theme_scores(["price"], ["price"], themes=["price", "ease"])
    assert list(out.index) == ["price", "ease", "micro", "macro"]
    assert out.loc["macro", "f1"] == 1.0      # ease never occurs: left out of the macro mean


def test_kappa_matches_scikit_learn_and_is_one_for_perfect_agreement():
    kappa = cohen_kappa(TRUE, PRED, themes=["price", "delivery", "product"])
    a = [1, 0, 0, 1]
    b = [1, 0, 0, 0]
    assert kappa["price"] == pytest.approx(cohen_kappa_score(a, b))
    assert cohen_kappa(["price", "ease", ""], ["price", "ease", ""])["pooled"] == 1.0
    assert np.isnan(cohen_kappa(["price"], ["price"])["price"])    # no variation: undefined


def test_polarity_accuracy_on_themes_found_by_both():
    assert polarity_accuracy(TRUE, PRED) == {"accuracy": 2 / 3, "n": 3}


def test_evaluate_adds_kappa_and_polarity():
    out = evaluate(TRUE, PRED)
    assert "kappa" in out.columns
    assert out.attrs["polarity_accuracy"] == pytest.approx(2 / 3) and out.attrs["polarity_n"] == 3


def test_length_mismatch():
    with pytest.raises(InputError, match="y_true has 2 rows but y_pred has 1"):
        theme_scores(["a", "b"], ["a"])


def test_label_matrix_and_errors():
    y, coded = label_matrix(["price;ease", None, "", "ease:pos"], ["price", "ease"])
    assert y.tolist() == [[1, 1], [0, 0], [0, 0], [0, 1]]
    assert coded.tolist() == [True, False, True, True]
    with pytest.raises(InputError, match=r"row 1: 'eas'.*Did you mean 'ease'\?"):
        label_matrix(["price", "eas"], ["price", "ease"])
    with pytest.raises(InputError, match=r"row 0: 'price:good'"):
        label_matrix(["price:good"], ["price", "ease"])


def test_parse_themes_accepts_lists_and_separators():
    assert parse_themes(["price", "ease:neg"]) == {"price": None, "ease": "neg"}
    assert parse_themes("price, ease | trust:pos") == {"price": None, "ease": None, "trust": "pos"}
    assert parse_themes(float("nan")) is None
    assert parse_themes("") == {}


_ids = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)


@given(st.dictionaries(_ids, st.sampled_from([None, "pos", "neg", "mixed"]), max_size=6))
def test_format_and_parse_round_trip(themes):
    assert parse_themes(format_themes(themes)) == themes
