"""Notes where a theme in the report's top lists is known to be weak.

A shipped model may carry, next to its codebook, ``theme_quality.json``: each theme's expected
precision, recall and F1 from its benchmark (written by ``benchmarks/theme_quality.py``, with the
SHA-1 of the refiner's ``model.json`` and the codebook's fingerprint). When the survey's themes
were decided by that very refiner (:func:`expected_quality`), each codebook theme among the first
``TOP`` of the top complaints or top strengths whose expected F1 is below ``WEAK_F1`` gets a note
(:func:`weak_theme_notes`), so that the analyst checks its comments before acting on it. When the
file describes another refiner than the one shipped beside it (retrained, SHA-1 no longer matching),
the figures are not used and the report says so once, counting the themes whose figures it set aside.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from textnps.report.notes import Decimal2, note

__all__ = ["QUALITY_FILE", "TOP", "WEAK_F1", "expected_quality", "weak_theme_notes"]

QUALITY_FILE = "theme_quality.json"
#: a theme is weak below this expected F1 (issue 13's bar for every theme)
WEAK_F1 = 0.65
#: ranks of the top lists that are checked
TOP = 5


def expected_quality(model) -> dict | None:
    """``{theme: {"precision", "recall", "f1", "support"}, "_set": ...}`` for *model*, or None.

    Only when *model* applies the shipped refiner the figures were measured with (same ``model.json``,
    same codebook): for any other refiner, none or an edited codebook, the figures say nothing. When the
    shipped refiner is not the one measured (``refiner_model_sha1`` differs): ``{"_stale": n_themes}``.
    """
    from textnps.themes.codebook.format import codebook_folder, load_codebook
    from textnps.themes.codebook.refiner import ThemeRefiner
    from textnps.themes.codebook.refining import REFINER_FOLDER

    refiner = getattr(model, "refiner_", None)
    setting = getattr(model, "refiner", None)
    if not isinstance(refiner, ThemeRefiner) or not (isinstance(setting, str) and setting == "auto"):
        return None
    book = model.codebook_
    folder = codebook_folder(book)
    if folder is None or not (folder / QUALITY_FILE).is_file():
        try:
            folder = codebook_folder(load_codebook(book.name))
        except Exception:  # an edited codebook with a name of its own: no shipped figures
            return None
    path = None if folder is None else Path(folder) / QUALITY_FILE
    if path is None or not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    model_file = Path(folder) / REFINER_FOLDER / "model.json"
    if data.get("codebook_fingerprint") != book.fingerprint or not model_file.is_file():
        return None
    if data.get("refiner_model_sha1") != refiner_sha1(model_file):
        return {"_stale": len(data.get("themes") or {})}
    return {**data["themes"], "_set": data.get("set", "")}


def refiner_sha1(model_file: Path) -> str:
    """The SHA-1 of a refiner's ``model.json``: what ``theme_quality.json`` was measured with."""
    return hashlib.sha1(Path(model_file).read_bytes()).hexdigest()


def weak_theme_notes(tables: dict, quality: dict | None, *, top: int = TOP, weak_f1: float = WEAK_F1) -> list:
    """One note per weak theme among the first *top* ranks of ``top_complaints`` / ``top_strengths``."""
    if not quality:
        return []
    if "_stale" in quality:  # measured with another refiner: set aside, and said
        return [note("theme_quality_stale", n=int(quality["_stale"]))]
    shown = []
    for name in ("top_complaints", "top_strengths"):
        table = tables.get(name)
        if table is None or not len(table) or "rank" not in table.columns:
            continue
        ranked = table[pd.to_numeric(table["rank"], errors="coerce") <= top]
        column = "theme_id" if "theme_id" in ranked.columns else "theme"
        shown += [str(t) for t in ranked[column] if str(t) not in shown]
    notes = []
    for theme in shown:
        figures = quality.get(theme)
        if isinstance(figures, dict) and figures.get("f1") is not None and figures["f1"] < weak_f1:
            notes.append(note("weak_theme", theme=theme, precision=Decimal2(figures["precision"]),
                              recall=Decimal2(figures["recall"]), f1=Decimal2(figures["f1"]),
                              support=int(figures["support"])))
    return notes
