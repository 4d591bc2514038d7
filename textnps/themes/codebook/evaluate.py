r"""Measure a classifier against a human coder: per-theme precision, recall, F1, Cohen's kappa, polarity accuracy.

The one implementation of these scores: what ``textnps train`` prints and what
``benchmarks/bench_classify.py`` reports are both computed here, with
:mod:`sklearn.metrics`.

Inputs are two equally long sequences of coded cells (``"price:pos;general"``,
lists of ids, or dicts; see :mod:`textnps.themes.codebook.coding`). Rows the human did
not code (None/NaN in ``y_true``) are left out and counted in
``attrs["n_not_coded"]``; a prediction of None/NaN means "no theme". The
themes scored are *themes* when given (ids outside it are ignored), else every
id in the truth or the predictions, in order of first appearance.

Theme presence becomes two multi-label indicator matrices (comments x themes),
scored by :func:`sklearn.metrics.precision_recall_fscore_support`. Per theme,
with true positives TP, false positives FP and false negatives FN:

.. math::

    P = \frac{TP}{TP + FP}, \qquad R = \frac{TP}{TP + FN}, \qquad F_1 = \frac{2 P R}{P + R}

(0 when a denominator is 0). **micro** pools TP, FP and FN over all themes
(``average="micro"``): every (comment, theme) decision counts once, so frequent
themes weigh most. **macro** is the unweighted mean of the per-theme P, R and
F1 over the themes **the human coded at least once** (support > 0;
``average="macro"`` with those labels): a theme nobody coded has no recall to
average, and its false positives already count in micro. It is 0 when the
human coded no theme at all.

Cohen's kappa (Cohen 1960) of theme presence per theme, and pooled over every
(comment, theme) cell: :math:`\kappa = (p_o - p_e) / (1 - p_e)` with observed
agreement :math:`p_o` and chance agreement :math:`p_e` from the two coders'
marginal rates (:func:`sklearn.metrics.cohen_kappa_score`); NaN when both coders
give the same constant answer (nothing to agree on by chance or otherwise).

Polarity accuracy is the share of the (comment, theme) pairs that both found,
and that the human gave a polarity, where the two polarities agree
(:func:`sklearn.metrics.accuracy_score` over :func:`polarity_pairs`).

Examples
--------
>>> scores = theme_scores(["price:pos", "delivery;price"], ["price:pos", "price"])
>>> scores[["precision", "recall", "f1", "support"]].round(3)
          precision  recall   f1  support
price           1.0   1.000  1.0        2
delivery        0.0   0.000  0.0        1
micro           1.0   0.667  0.8        3
macro           0.5   0.500  0.5        3
>>> polarity_accuracy(["price:pos;trust:neg"], ["price:pos;trust:pos"])
{'accuracy': 0.5, 'n': 2}
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, cohen_kappa_score, precision_recall_fscore_support

from textnps._errors import InputError
from textnps.themes.codebook.coding import parse_themes

__all__ = ["CodedPairs", "coded_pairs", "polarity_pairs", "theme_scores", "cohen_kappa", "polarity_accuracy",
           "evaluate"]


@dataclass(frozen=True)
class CodedPairs:
    """The coded rows of two codings, parsed, and their theme indicator matrices."""

    truth: list[dict]       # per coded row: {theme: polarity or None}
    pred: list[dict]
    themes: list[str]       # the columns of the matrices
    y_true: np.ndarray      # int 0/1, rows x themes
    y_pred: np.ndarray
    n_not_coded: int        # rows left out: the human did not code them


def coded_pairs(y_true: Sequence, y_pred: Sequence, *, themes: Sequence[str] | None = None) -> CodedPairs:
    """Parse two codings into :class:`CodedPairs`, leaving out the rows the human did not code.

    >>> pairs = coded_pairs(["price:neg;ease", None, ""], ["price", "ease", "trust"])
    >>> pairs.themes, pairs.y_true.tolist(), pairs.y_pred.tolist(), pairs.n_not_coded
    (['price', 'ease', 'trust'], [[1, 1, 0], [0, 0, 0]], [[1, 0, 0], [0, 0, 1]], 1)
    """
    y_true, y_pred = list(y_true), list(y_pred)
    if len(y_true) != len(y_pred):
        raise InputError(f"y_true has {len(y_true)} rows but y_pred has {len(y_pred)}; expected one pair per comment.")
    truth, pred = [], []
    for t, p in zip(y_true, y_pred):
        t = parse_themes(t)
        if t is not None:
            truth.append(t)
            pred.append(parse_themes(p) or {})
    ids = list(themes) if themes is not None else list(dict.fromkeys(k for row in truth + pred for k in row))
    return CodedPairs(truth, pred, ids, _indicator(truth, ids), _indicator(pred, ids), len(y_true) - len(truth))


def _indicator(rows: list[dict], ids: list[str]) -> np.ndarray:
    return np.array([[int(t in row) for t in ids] for row in rows], dtype=int).reshape(len(rows), len(ids))


def theme_scores(y_true: Sequence, y_pred: Sequence, *, themes: Sequence[str] | None = None) -> pd.DataFrame:
    """Precision, recall, F1, support (true count) and predicted count per theme, plus micro and macro rows.

    See the module docstring for what micro and macro mean. ``attrs`` hold
    ``n_rows`` (coded rows scored) and ``n_not_coded``.
    """
    return _scores(coded_pairs(y_true, y_pred, themes=themes))


def _scores(pairs: CodedPairs) -> pd.DataFrame:
    k = len(pairs.themes)
    # scikit-learn reads a one-column matrix as binary labels, not as one theme: a theme-less column
    # (no TP, FP or FN, left out of every average below) keeps it multi-label
    y_true, y_pred = (np.hstack([y, np.zeros((len(y), 1), dtype=int)]) for y in (pairs.y_true, pairs.y_pred))
    columns = ["precision", "recall", "f1", "support", "predicted"]
    if k and len(y_true):
        p, r, f, support = (v[:k] for v in precision_recall_fscore_support(y_true, y_pred, average=None,
                                                                           zero_division=0))
        micro = precision_recall_fscore_support(y_true, y_pred, average="micro", zero_division=0)[:3]
    else:  # nothing to score
        p = r = f = np.zeros(k)
        support, micro = np.zeros(k, dtype=int), (0.0, 0.0, 0.0)
    predicted = pairs.y_pred.sum(axis=0)
    coded = np.flatnonzero(support > 0)
    macro = (precision_recall_fscore_support(y_true, y_pred, labels=coded, average="macro", zero_division=0)[:3]
             if len(coded) else (0.0, 0.0, 0.0))
    out = pd.DataFrame({"precision": p, "recall": r, "f1": f, "support": support, "predicted": predicted},
                       index=pd.Index(pairs.themes, dtype=object), columns=columns).astype(
        {"precision": float, "recall": float, "f1": float})
    out.loc["micro"] = (*micro, int(support.sum()), int(predicted.sum()))
    out.loc["macro"] = (*macro, int(support[coded].sum()), int(predicted[coded].sum()))
    out[["support", "predicted"]] = out[["support", "predicted"]].astype(int)
    out.attrs.update(n_rows=len(pairs.truth), n_not_coded=pairs.n_not_coded)
    return out


def cohen_kappa(y_true: Sequence, y_pred: Sequence, *, themes: Sequence[str] | None = None) -> pd.Series:
    """Cohen's kappa of theme presence per theme, plus ``"pooled"`` over all (comment, theme) pairs."""
    return _kappas(coded_pairs(y_true, y_pred, themes=themes))


def _kappas(pairs: CodedPairs) -> pd.Series:
    out = {theme: _kappa(pairs.y_true[:, k], pairs.y_pred[:, k]) for k, theme in enumerate(pairs.themes)}
    out["pooled"] = _kappa(pairs.y_true.ravel(), pairs.y_pred.ravel())
    return pd.Series(out, name="kappa", dtype=float)


def _kappa(a: np.ndarray, b: np.ndarray) -> float:
    if len(np.union1d(a, b)) < 2:  # both coders give one and the same answer: undefined
        return float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return float(cohen_kappa_score(a, b))


def polarity_pairs(y_true: Sequence, y_pred: Sequence) -> pd.DataFrame:
    """``theme, true, pred``: one row per theme both found in a comment, where the human gave a polarity.

    >>> polarity_pairs(["price:pos;ease", "trust:neg"], ["price:neg;ease:pos", ""])
       theme true pred
    0  price  pos  neg
    """
    return _polarity_pairs(coded_pairs(y_true, y_pred, themes=()))


def _polarity_pairs(pairs: CodedPairs) -> pd.DataFrame:
    rows = [(k, t[k], p[k] or "") for t, p in zip(pairs.truth, pairs.pred) for k in t if k in p and t[k]]
    return pd.DataFrame(rows, columns=["theme", "true", "pred"], dtype=object)


def polarity_accuracy(y_true: Sequence, y_pred: Sequence) -> dict[str, float]:
    """``{"accuracy", "n"}`` over :func:`polarity_pairs` (NaN accuracy when there are none)."""
    return _polarity_accuracy(_polarity_pairs(coded_pairs(y_true, y_pred, themes=())))


def _polarity_accuracy(pairs: pd.DataFrame) -> dict[str, float]:
    n = len(pairs)
    return {"accuracy": float(accuracy_score(pairs["true"], pairs["pred"])) if n else float("nan"), "n": n}


def evaluate(y_true: Sequence, y_pred: Sequence, *, themes: Sequence[str] | None = None) -> pd.DataFrame:
    """:func:`theme_scores` with a ``kappa`` column (micro: pooled; macro: mean over the same themes as macro F1).

    ``attrs`` hold ``polarity_accuracy`` and ``polarity_n`` besides the counts.
    """
    pairs = coded_pairs(y_true, y_pred, themes=themes)
    out = _scores(pairs)
    kappa = _kappas(pairs)
    coded = [t for t in pairs.themes if out.loc[t, "support"] > 0]
    out["kappa"] = [kappa[t] for t in pairs.themes] + [kappa["pooled"], kappa[coded].mean() if coded else np.nan]
    pol = _polarity_accuracy(_polarity_pairs(pairs))
    out.attrs.update(polarity_accuracy=pol["accuracy"], polarity_n=pol["n"])
    return out
