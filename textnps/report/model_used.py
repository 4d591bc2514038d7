"""Which theme model a report used, said in one line, and how each theme was assigned.

``analyze(codebook=...)`` takes a shipped codebook name, a codebook YAML file or folder, or a
model folder written by ``textnps train`` (it holds ``model.json`` and ``codebook.yaml``): the
trained model is then loaded and applied as it is, like ``textnps classify --codebook MODEL_DIR``
does, instead of a classifier fitted on the survey. :func:`describe_model` is the line printed by
``analyze`` and ``classify`` and shown in the report's header and notes, e.g. ``codebook nordic-cx
1.3.0, refiner shipped (trained on 5,946 coded comments, for da/nb/nn/sv comments)``.

:func:`theme_sources` says how each comment's codebook themes were decided (the ``source`` of
``tables/response_themes.csv``): ``refiner`` where the classifier's refiner decided them (its
languages), ``codebook`` where the codebook's seeds and the survey's own model did.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["domain_notes", "model_note", "trained_model_folder", "theme_classifier", "describe_model", "describe_refiner",
           "theme_sources"]


def trained_model_folder(book) -> Path | None:
    """The folder of a model trained with ``textnps train`` that *book* was read from, or None."""
    from textnps.themes.codebook.format import codebook_folder
    from textnps.themes.persist import MODEL_FILE

    folder = codebook_folder(book) if book is not None else None
    return folder if folder is not None and (folder / MODEL_FILE).is_file() else None


def theme_classifier(book, *, refiner, progress: bool, random_state: int, fit_on: pd.DataFrame):
    """The fitted classifier for *book*: the trained model of its folder, else one fitted on *fit_on*."""
    from textnps.report.inputs import init_options
    from textnps.themes.codebook.classify import ThemeClassifier

    folder = trained_model_folder(book)
    if folder is not None:
        return ThemeClassifier.load(folder, progress=progress)
    step = ThemeClassifier(**init_options(ThemeClassifier, codebook=book, refiner=refiner, progress=progress,
                                          random_state=random_state))
    return step.fit(fit_on)


def describe_refiner(model) -> str:
    """The classifier's refiner in words: which one, trained on how many codes, for which languages."""
    refiner = getattr(model, "refiner_", None)
    if refiner is None:
        return "no refiner (seeds and the survey's own model)"
    setting = model.refiner.estimator if hasattr(model.refiner, "estimator") else model.refiner
    kind = ("shipped" if isinstance(setting, str) and setting == "auto" else
            "learned from this survey's codes" if isinstance(setting, str) and setting == "learn" else
            f"from {setting}" if isinstance(setting, (str, Path)) else "given")
    langs = "all languages" if refiner.languages_ is None else "/".join(refiner.languages_) + " comments"
    built = getattr(refiner, "built_from_", None)
    if built is not None:  # a PriorRefiner: the shipped model updated by the survey's codes
        return (f"refiner shipped and updated with {built['analyst_codes']:,} codes of this survey ({built['prior']}; "
                f"{refiner.n_coded_:,} coded comments in all, for {langs})")
    return f"refiner {kind} (trained on {refiner.n_coded_:,} coded comments, for {langs})"


def describe_model(model, *, folder: Path | None = None) -> str:
    """``codebook nordic-cx 1.3.0, refiner shipped (trained on N coded comments, ...)``; a trained model
    loaded from *folder* says so, with the number of coded comments it learned from."""
    book = model.codebook_
    line = f"codebook {book.name} {book.version}, {describe_refiner(model)}"
    if folder is not None:
        return f"trained model {folder} ({model.n_coded_:,} coded comments; {line})"
    return line


def theme_sources(model, frame: pd.DataFrame) -> pd.Series:
    """``refiner`` or ``codebook`` per row of *frame* (its ``lang``): what decided the row's codebook themes."""
    refiner = getattr(model, "refiner_", None)
    if refiner is None or "lang" not in frame.columns:
        decided = np.zeros(len(frame), dtype=bool)
    else:
        decided = refiner.applies(frame["lang"].fillna("").astype(str))
    return pd.Series(np.where(decided, "refiner", "codebook"), index=frame.index, dtype=object)


def model_note(model, book) -> str:
    """The report's note naming the model that decided the themes (the codebook, its refiner, or a trained
    folder): a :class:`~textnps.report.notes.Note`, so the report writes it in its language."""
    from textnps.report.notes import note

    codebook = model.codebook_
    named = dict(name=codebook.name, version=codebook.version)
    folder = trained_model_folder(book)
    if folder is not None:
        return note("model_trained", folder=str(folder), n=int(model.n_coded_), **named)
    refiner = getattr(model, "refiner_", None)
    if refiner is None:
        return note("model_seeds", **named)
    setting = model.refiner.estimator if hasattr(model.refiner, "estimator") else model.refiner
    langs = "/".join(refiner.languages_) if refiner.languages_ is not None else "/".join(("da", "sv", "nb", "nn", "en"))
    trained = dict(n=int(refiner.n_coded_), langs=langs, **named)
    if getattr(refiner, "built_from_", None) is not None:
        return note("model_refiner_prior", n_analyst=int(refiner.n_analyst_coded_), **trained)
    if isinstance(setting, str) and setting in ("auto", "learn"):
        return note("model_refiner_shipped" if setting == "auto" else "model_refiner_learned", **trained)
    return note("model_refiner_from", where=str(setting) if isinstance(setting, (str, Path)) else "-", **trained)


def domain_notes(model) -> list:
    """Notes per language where the domain check shrank the refiner (``refiner_weight_`` < 1): how far, why, and
    the coverage it was weighed against (its reference, when it has one)."""
    from textnps.report.notes import note

    coverage = getattr(model, "refiner_coverage_", None) or {}
    notes = []
    for lang, weight in sorted((getattr(model, "refiner_weight_", None) or {}).items()):
        measured = coverage.get(lang) or {}
        if weight >= 1.0 or measured.get("coverage") is None:
            continue
        shown = dict(n=int(measured.get("n", 0)), lang=lang, coverage=round(100 * measured["coverage"]))
        notes.append(note("refiner_out_of_domain", **shown) if weight <= 0.0
                     else note("refiner_down_weighted", weight=round(100 * weight), **shown))
        if measured.get("reference"):  # what the coverage was weighed against (refiner_domain.relative_coverage)
            notes.append(note("refiner_domain_reference", lang=lang, reference=round(100 * measured["reference"])))
    return notes
