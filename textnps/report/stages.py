"""The theme stages :func:`~textnps.report.analyze.analyze` runs on the preprocessed survey: the codebook's
classifier (:func:`classify_stage`) and, for the comments no codebook theme covers, discovery
(:func:`discover_stage`). Each adds its columns and says in the notes what it did."""
from __future__ import annotations

import pandas as pd

from textnps.report._mentions import DISCOVERED_PREFIX
from textnps.report.discovered import discovered_table
from textnps.report.inputs import MIN_DISCOVER, init_options
from textnps.report.notes import note

__all__ = ["classify_stage", "discover_stage"]


def classify_stage(frame: pd.DataFrame, book, *, refiner, progress: bool, seed: int, notes: list) -> pd.DataFrame:
    if "themes" in frame.columns:
        return frame
    try:
        from textnps.report.model_used import domain_notes, model_note, theme_classifier, theme_sources
        from textnps.report.weak_themes import expected_quality
    except ImportError:
        notes.append(note("classification_unavailable"))
        return frame.assign(themes="")
    step = theme_classifier(book, refiner=refiner, progress=progress, random_state=seed, fit_on=frame)
    notes.append(model_note(step, book))
    notes.extend(domain_notes(step))
    out = step.transform(frame).assign(theme_source=lambda f: theme_sources(step, f))
    out.attrs["theme_quality"] = expected_quality(step)  # for the weak-theme notes of build_report
    return out


def discover_stage(frame: pd.DataFrame, *, progress: bool, seed: int, notes: list, max_fit: int | None = None):
    """Cluster informative comments with no codebook theme; ``discovered_theme`` for them, "" elsewhere."""
    if "discovered_theme" in frame.columns or "lemmas" not in frame.columns:
        return frame, None
    uncovered = (frame["themes"].fillna("") == "") & ~frame["empty_comment"].astype(bool)
    if "informative" in frame.columns:
        uncovered &= frame["informative"].astype(bool)
    if uncovered.sum() < MIN_DISCOVER:
        if uncovered.any():
            notes.append(note("unmatched_too_few", n=int(uncovered.sum()), needed=MIN_DISCOVER))
        return frame, None
    try:
        from textnps.themes.discover.discoverer import ThemeDiscoverer
    except ImportError:
        return frame, None
    step = ThemeDiscoverer(**init_options(ThemeDiscoverer, progress=progress, random_state=seed))
    subset = fit_on = frame[uncovered]
    if max_fit is not None and len(subset) > max_fit:
        from textnps.preprocess.pipeline import prior_positions as evenly_spaced

        fit_on = subset.iloc[evenly_spaced(len(subset), max_fit)]
        notes.append(note("discover_sample", n=int(max_fit), total=int(len(subset))))
    found = step.fit(fit_on).transform(subset)  # = fit_transform when it learns from all
    frame = frame.assign(discovered_theme="")
    frame.loc[uncovered, "discovered_theme"] = found["discovered_theme"].fillna("").astype(str).to_numpy()
    # ids as in the other tables (new:<id>, paired_with too), a reason's two polarities one after the other
    themes = discovered_table(step.themes_, prefix=DISCOVERED_PREFIX)
    notes.append(note("unmatched_clustered", n=int(uncovered.sum()), k=len(themes)))
    return frame, themes
