"""Rich notebook display (``_repr_html_``) of fitted models and codebooks.

The classes hold one line each that calls a function here, so what a notebook
shows is kept apart from what the models compute. Every value is escaped
(``html.escape``; DataFrames through ``to_html(escape=True)``).
"""
from __future__ import annotations

from html import escape

import pandas as pd

__all__ = ["classifier_html", "discoverer_html", "codebook_html"]

_STYLE = ("<style>.textnps-repr{font-family:system-ui,sans-serif;font-size:0.9em}"
          ".textnps-repr table{border-collapse:collapse}.textnps-repr th{background:#1f4e79;color:white;"
          "text-align:left;padding:3px 6px}.textnps-repr td{border-bottom:1px solid #ddd;padding:2px 6px;"
          "vertical-align:top}</style>")


def _box(title: str, lines: list[str], table: pd.DataFrame | None = None) -> str:
    body = "".join(f"<div>{escape(line)}</div>" for line in lines)
    frame = table.to_html(index=False, escape=True, border=0) if table is not None else ""
    return f'{_STYLE}<div class="textnps-repr"><b>{escape(title)}</b>{body}{frame}</div>'


def _unfitted(model) -> str | None:
    """sklearn's own display of an estimator that is not fitted yet (its settings)."""
    from sklearn.utils import estimator_html_repr

    return estimator_html_repr(model)


def discoverer_html(model) -> str:
    """A fitted ThemeDiscoverer: its themes with label, size, category shares and top terms."""
    if not hasattr(model, "themes_"):
        return _unfitted(model)
    themes = model.themes_
    cols = [c for c in ("theme_id", "label", "n", "share_detractor", "share_passive", "share_promoter", "terms")
            if c in themes.columns]
    table = themes[cols].copy()
    for c in ("share_detractor", "share_passive", "share_promoter"):
        if c in table.columns:
            table[c] = (100 * table[c]).round(1)
    skipped = ", ".join(f"{v} {k.replace('_', '-')}" for k, v in getattr(model, "n_skipped_", {}).items())
    return _box(f"ThemeDiscoverer: {model.n_themes_} themes",
                [f"Vocabulary: {len(model.vocabulary_)} terms; skipped in the fit: {skipped}.",
                 "Shares are % of each category's comments carrying the theme."], table)


def classifier_html(model) -> str:
    """A fitted ThemeClassifier: its codebook, training counts and per-theme seed labels and thresholds."""
    if not hasattr(model, "theme_ids_"):
        return _unfitted(model)
    book = model.codebook_
    table = pd.DataFrame({"theme_id": model.theme_ids_, "label": [book[t].label("en") for t in model.theme_ids_],
                          "seed_labelled": list(getattr(model, "n_seed_labels_", [None] * len(model.theme_ids_))),
                          "threshold": list(model.thresholds_)})
    refiner = "none" if getattr(model, "refiner_", None) is None else "yes"
    return _box(f"ThemeClassifier: codebook {book.name} {book.version}, {len(model.theme_ids_)} themes",
                [f"Trained on {model.n_train_} comments, {model.n_coded_} of them coded by an analyst; "
                 f"refiner: {refiner}."], table)


def codebook_html(book) -> str:
    """A Codebook: id, labels, parent and the number of seed terms per language."""
    rows = []
    for theme in book.themes:
        rows.append({"id": theme.id, "label (en)": theme.label("en"),
                     "labels": ", ".join(f"{k}: {v}" for k, v in theme.labels.items()),
                     "parent": theme.parent or "",
                     "seeds": ", ".join(f"{lang} {len(s.terms) + len(s.patterns)}" for lang, s in theme.seeds.items())})
    return _box(f"Codebook {book.name} {book.version}: {len(book)} themes",
                [book.description] if book.description else [], pd.DataFrame(rows))
