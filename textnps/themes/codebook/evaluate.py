"""Measure a classifier against a human coder: per-theme precision, recall, F1, Cohen's kappa.

Inputs are two equally long sequences of coded cells (``"price:pos;general"``,
lists of ids, or dicts; see :mod:`textnps.themes.codebook.coding`). Rows the human did
not code (None/NaN in ``y_true``) are left out and counted in ``attrs``.

Formulas, per theme with true positives TP, false positives FP, false negatives FN:
precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2 P R / (P + R)
(0 when undefined). *micro* pools TP/FP/FN over the themes; *macro* averages
the themes' scores over the themes that occur in the truth or the predictions.
Cohen's kappa (Cohen 1960) compares theme presence per comment:
kappa = (p_o - p_e) / (1 - p_e) with observed agreement p_o and chance
agreement p_e from the two coders' marginal rates; NaN when both coders give
one constant answer. Polarity accuracy counts the themes found by both whose
human polarity is given, and the share where the polarities agree.

Example
-------
>>> from textnps.themes.codebook.evaluate import theme_scores
>>> float(theme_scores(["price:pos", "delivery;price"], ["price:pos", "price"]).loc["micro", "f1"])
0.8
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from textnps._errors import InputError
from textnps.themes.codebook.coding import parse_themes

__all__ = ["theme_scores", "cohen_kappa", "polarity_accuracy", "evaluate"]


def _pairs(y_true: Sequence, y_pred: Sequence) -> tuple[list[dict], list[dict], int]:
    y_true, y_pred = list(y_true), list(y_pred)
    if len(y_true) != len(y_pred):
        raise InputError(f"y_true has {len(y_true)} rows but y_pred has {len(y_pred)}; expected one pair per comment.")
    truth, pred, skipped = [], [], 0
    for t, p in zip(y_true, y_pred):
        t = parse_themes(t)
        if t is None:
            skipped += 1
            continue
        truth.append(t)
        pred.append(parse_themes(p) or {})
    return truth, pred, skipped


def _themes(truth, pred, themes) -> list[str]:
    if themes is not None:
        return list(themes)
    seen = dict.fromkeys(t for row in truth + pred for t in row)
    return list(seen)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def theme_scores(y_true: Sequence, y_pred: Sequence, *, themes: Sequence[str] | None = None) -> pd.DataFrame:
    """Precision, recall, F1, support (true count) and predicted count per theme, plus micro and macro rows."""
    truth, pred, skipped = _pairs(y_true, y_pred)
    ids = _themes(truth, pred, themes)
    rows, totals = {}, np.zeros(3, dtype=int)
    for theme in ids:
        tp = sum(theme in t and theme in p for t, p in zip(truth, pred))
        fp = sum(theme not in t and theme in p for t, p in zip(truth, pred))
        fn = sum(theme in t and theme not in p for t, p in zip(truth, pred))
        totals += (tp, fp, fn)
        rows[theme] = (*_prf(tp, fp, fn), tp + fn, tp + fp)
    out = pd.DataFrame.from_dict(rows, orient="index", columns=["precision", "recall", "f1", "support", "predicted"])
    active = out[(out["support"] > 0) | (out["predicted"] > 0)]
    out.loc["micro"] = (*_prf(*totals), totals[0] + totals[2], totals[0] + totals[1])
    out.loc["macro"] = (*active[["precision", "recall", "f1"]].mean().fillna(0.0), active["support"].sum(),
                        active["predicted"].sum())
    out[["support", "predicted"]] = out[["support", "predicted"]].astype(int)
    out.attrs.update(n_rows=len(truth), n_not_coded=skipped)
    return out


def cohen_kappa(y_true: Sequence, y_pred: Sequence, *, themes: Sequence[str] | None = None) -> pd.Series:
    """Cohen's kappa of theme presence per theme, plus ``"pooled"`` over all (comment, theme) pairs."""
    truth, pred, _ = _pairs(y_true, y_pred)
    ids = _themes(truth, pred, themes)
    a = np.array([[theme in t for theme in ids] for t in truth], dtype=float).reshape(len(truth), len(ids))
    b = np.array([[theme in p for theme in ids] for p in pred], dtype=float).reshape(len(pred), len(ids))
    out = {theme: _kappa(a[:, k], b[:, k]) for k, theme in enumerate(ids)}
    out["pooled"] = _kappa(a.ravel(), b.ravel())
    return pd.Series(out, name="kappa", dtype=float)


def _kappa(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a):
        return float("nan")
    p_o = float(np.mean(a == b))
    p_e = float(a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean()))
    return float("nan") if p_e == 1 else (p_o - p_e) / (1 - p_e)


def polarity_accuracy(y_true: Sequence, y_pred: Sequence) -> dict[str, float]:
    """``{"accuracy", "n"}`` over the themes both coders found, where the human gave a polarity."""
    truth, pred, _ = _pairs(y_true, y_pred)
    pairs = [(t[k], p[k]) for t, p in zip(truth, pred) for k in t if k in p and t[k]]
    n = len(pairs)
    return {"accuracy": (sum(a == b for a, b in pairs) / n) if n else float("nan"), "n": n}


def evaluate(y_true: Sequence, y_pred: Sequence, *, themes: Sequence[str] | None = None) -> pd.DataFrame:
    """:func:`theme_scores` with a ``kappa`` column; ``attrs`` hold polarity accuracy and counts."""
    out = theme_scores(y_true, y_pred, themes=themes)
    kappa = cohen_kappa(y_true, y_pred, themes=themes)
    out["kappa"] = [kappa.get(i, kappa["pooled"]) if i != "macro" else kappa.drop("pooled").mean()
                    for i in out.index]
    pol = polarity_accuracy(y_true, y_pred)
    out.attrs.update(polarity_accuracy=pol["accuracy"], polarity_n=pol["n"])
    return out
