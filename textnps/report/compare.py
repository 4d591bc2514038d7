r"""Wave against wave: what changed since the last survey, and is it real?

:func:`compare_waves` measures two survey waves with **one instrument**: one
classifier (a saved one, or one fitted on the previous wave) tags both waves
with the codebook's themes, and one discovery model (a saved one, or one fitted
on the previous wave's comments that no codebook theme covers) assigns their
uncovered comments to discovered themes, so a theme keeps its id across waves.
The current wave's uncovered comments are clustered afresh too; a fresh cluster
whose term vector matches a saved theme (:mod:`textnps.report._matching`,
cosine >= ``match_threshold``) is that theme, one that matches nothing is a
**new theme** with a new id, measured in both waves by the fresh model.

Statistics (every table has a ``segment`` column, ``"(all)"`` first):

* NPS of each wave with its Wald interval and the z-test of the difference
  (:func:`textnps.stats.compare_nps_counts`); the interval of the difference
  is :math:`\Delta \pm z\sqrt{SE_1^2 + SE_0^2}`.
* Per theme and category (detractors, promoters): the share of commenting
  respondents mentioning it in each wave, the change in points with
  Newcombe's hybrid score interval and the pooled two-proportion z-test
  (:mod:`textnps.report._difference`), p-values adjusted by Benjamini-Hochberg
  over all themes and both categories of a segment (``p_adjusted``);
  ``significant = p_adjusted < alpha`` and not a small sample.
* ``nps_points``: the change of the theme's NPS impact
  (:func:`textnps.report.tables.theme_impact`: NPS minus the NPS of the
  responses not mentioning it), :math:`\mathrm{impact}_1 - \mathrm{impact}_0`
  -- how many points of the NPS change go with the theme's change (negative:
  the theme costs more points than before).
* ``small_sample``: fewer than ``min_n`` (default 30) commenting respondents
  of the category (NPS: respondents) in either wave; never significant.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from textnps import stats
from textnps._errors import InputError, ParameterError, check_choice
from textnps.report._difference import proportion_difference
from textnps.report._labels import ALL, REPORT_LANGUAGES, compare_labels, theme_names as codebook_theme_names
from textnps.report._matching import MATCH_THRESHOLD, discover_across_waves
from textnps.report._mentions import DISCOVERED_PREFIX, Mentions, mentions as parse_mentions
from textnps.report._prepared import prepare
from textnps.report.inputs import MIN_DISCOVER
from textnps.report.notes import localize
from textnps.stats import benjamini_hochberg, z_value
from textnps.report.tables import theme_impact, theme_shares

__all__ = ["compare_waves", "Comparison", "WAVES", "CHANGE_COLUMNS"]

WAVES = ("previous", "current")
CATEGORIES = ("detractor", "promoter")
CHANGE_COLUMNS = ["segment", "category", "theme_id", "source", "status", "n_previous", "mentions_previous",
                  "pct_previous", "n_current", "mentions_current", "pct_current", "diff_pp", "diff_ci_low",
                  "diff_ci_high", "z", "p_value", "p_adjusted", "significant", "direction", "small_sample",
                  "impact_previous", "impact_current", "nps_points"]


@dataclass
class Comparison:
    """The comparison of two waves; ``save(out_dir)`` writes its files, notebooks display it.

    Attributes
    ----------
    tables : dict of DataFrame
        ``nps_waves`` (NPS per wave and segment), ``nps_change``,
        ``theme_changes`` (columns :data:`CHANGE_COLUMNS`), ``significant_changes``
        (its significant rows), ``new_themes`` (``rising``: its share rose significantly among
        detractors or promoters) and ``theme_matches`` (when discovery ran).
    figures : dict of matplotlib Figure
    data : dict
        ``"previous"`` and ``"current"``: the classified responses of each wave.
    models : dict
        ``"classifier"`` and ``"discovery"``: the models to compare the next wave with
        (the discovery model carries this wave's themes under their stable ids).
    """

    tables: dict
    figures: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    lang: str = "en"
    theme_names: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    models: dict = field(default_factory=dict)

    def to_html(self, *, fragment: bool = False, figures: dict | None = None) -> str:
        """The comparison as one self-contained HTML page (or a fragment for notebooks)."""
        from textnps.report.compare_html import render_comparison

        return render_comparison(self, figures=self.figures if figures is None else figures, fragment=fragment)

    def _repr_html_(self) -> str:
        return self.to_html(fragment=True)

    def __repr__(self) -> str:
        tables = ", ".join(f"{k}[{len(v)}]" for k, v in self.tables.items())
        return f"Comparison(lang={self.lang!r}, tables={{{tables}}})"

    def save(self, out_dir, *, raw_csv: bool = False) -> Path:
        """Write ``compare.html``, ``compare.xlsx``, ``figures/*.png``, ``tables/*.csv`` and ``models/``.

        CSV cells are formula-safe (:func:`textnps.csvsafe.write_csv`) unless *raw_csv*.
        """
        from textnps.report.excel import write_excel
        from textnps.report.folder import write_figures_and_tables

        out = Path(out_dir)
        pngs = write_figures_and_tables(out, self.tables, self.figures, raw_csv=raw_csv)
        write_excel(self.tables, out / "compare.xlsx", lang=self.lang, labels=compare_labels(self.lang))
        for name, model in self.models.items():
            if model is not None:
                model.save(out / "models" / name)
        (out / "compare.html").write_text(self.to_html(figures=pngs), encoding="utf-8")
        return out


def compare_waves(
    previous,
    current,
    *,
    text_col: str | None = None,
    score_col: str | None = None,
    date_col: str | None = None,
    segment_col: str | None = None,
    id_col: str | None = None,
    codebook="nordic-cx",
    refiner="auto",
    model=None,
    discovery=None,
    discover: bool = True,
    lang: str = "en",
    min_n: int = 30,
    confidence: float = 0.95,
    alpha: float = 0.05,
    match_threshold: float = MATCH_THRESHOLD,
    random_state: int = 0,
    errors: str = "raise",
    progress: bool = True,
) -> Comparison:
    """Compare two survey waves: NPS, theme shares, their changes, significance and new themes.

    Parameters
    ----------
    previous, current : str, Path or DataFrame
        The two waves (exports read with :func:`textnps.read_survey`, or frames;
        a frame with ``text_clean`` skips preprocessing, one with ``themes``
        classification).
    text_col, score_col, date_col, segment_col, id_col : str, optional
        Columns, as in :func:`textnps.analyze` (the same for both waves).
    codebook, refiner :
        As in :func:`textnps.analyze`; used when *model* is None.
    model : str, Path or ThemeClassifier, optional
        A saved (``textnps train``) or fitted classifier applied to both waves;
        by default one is fitted on the previous wave.
    discovery : str, Path or ThemeDiscoverer, optional
        A saved or fitted discovery model whose theme ids both waves keep; by
        default one is fitted on the previous wave's uncovered comments.
    discover : bool
        Discovered themes at all (False: codebook themes only).
    min_n, confidence, alpha :
        Small-sample threshold (commenting respondents per category and wave),
        interval level, and false discovery rate of ``significant``.
    match_threshold : float
        Cosine of term vectors from which a fresh theme is a saved one.

    Returns
    -------
    Comparison
        ``.tables``, ``.figures``, ``.save(out_dir)``; displays in notebooks.

    Examples
    --------
    >>> from textnps.datasets import load_sample_survey                              # doctest: +SKIP
    >>> result = compare_waves(load_sample_survey(1), load_sample_survey(2))        # doctest: +SKIP
    >>> result.tables["significant_changes"][["category", "theme_id", "diff_pp"]]   # doctest: +SKIP
    """
    from textnps.report.inputs import load_input, preprocess_input

    check_choice("lang", lang, REPORT_LANGUAGES, owner="compare_waves")
    if not 0 < alpha < 1:
        raise ParameterError(f"The 'alpha' parameter of compare_waves must be between 0 and 1. Got {alpha!r} instead.")
    notes: list[str] = []
    columns = dict(text_col=text_col, score_col=score_col, date_col=date_col, segment_col=segment_col, id_col=id_col)
    frames = {}
    for wave, data in zip(WAVES, (previous, current)):
        frame = load_input(data, errors=errors, notes=notes, **columns)
        frames[wave] = preprocess_input(frame, progress=progress, n_jobs=1, notes=notes)
    classifier = _classifier(model, frames["previous"], codebook=codebook, refiner=refiner, random_state=random_state,
                             progress=progress)
    if classifier is None and "themes" not in frames["current"].columns:
        raise InputError("The previous wave has a 'themes' column and the current wave has none, so the two would "
                         "be measured differently: pass model= (the classifier that made those themes), or drop "
                         "'themes' from the previous wave to classify both with one classifier.")
    for wave in WAVES:
        if "themes" not in frames[wave].columns:
            frames[wave] = classifier.transform(frames[wave])
    book = classifier.codebook_ if classifier is not None else None
    names = codebook_theme_names(book, lang)
    extra: dict = {wave: {} for wave in WAVES}
    sources: dict = {}
    tables: dict = {}
    saved_model = fresh_model = None
    if discover:
        saved_model, fresh_model, matches = discover_across_waves(frames, discovery, extra, sources, names, random_state=random_state,
                                                                  progress=progress, threshold=match_threshold,
                                                                  notes=notes, min_comments=MIN_DISCOVER)
        if matches is not None:
            tables["theme_matches"] = matches
    segment = "segment" if all("segment" in f.columns for f in frames.values()) else None
    order = (list(book.ids) if book is not None else []) + list(sources)
    tables.update(_nps_tables(frames, segment=segment, confidence=confidence, alpha=alpha, min_n=min_n))
    changes = _theme_changes(frames, extra, sources, order=order, segment=segment, min_n=min_n,
                             confidence=confidence, alpha=alpha)
    tables["theme_changes"] = changes
    tables["significant_changes"] = changes[changes["significant"]].reset_index(drop=True)
    if "theme_matches" in tables:
        tables["new_themes"] = _new_themes(tables["theme_matches"], changes, fresh_model)
    result = Comparison(tables=tables, data=frames, lang=lang, theme_names=names,
                        models={"classifier": classifier, "discovery": fresh_model or saved_model},
                        meta=_meta(frames, book, [localize(text, lang) for text in notes], min_n, alpha))
    result.figures = _figures(tables, lang=lang, names=names)
    return result


def _classifier(model, previous: pd.DataFrame, *, codebook, refiner, random_state: int, progress: bool):
    """The one classifier of both waves: *model* (loaded when a path) or fitted on the previous wave."""
    from textnps.themes.codebook.classify import ThemeClassifier

    if isinstance(model, ThemeClassifier):
        return model
    if model is not None:
        return ThemeClassifier.load(model, progress=progress)
    if "themes" in previous.columns:
        return None
    return ThemeClassifier(codebook=codebook, refiner=refiner, random_state=random_state, progress=progress).fit(previous)


def _wave_mentions(frame: pd.DataFrame, extra: dict, sources: dict, ids: list) -> Mentions:
    """Codebook mentions of *frame* plus the discovered masks of *extra*, as columns *ids*."""
    found = parse_mentions(frame, discovered=None)
    present = np.zeros((len(frame), len(ids)), dtype=bool)
    polarity = np.zeros((len(frame), len(ids)), dtype=found.polarity_codes.dtype)
    column = {t: j for j, t in enumerate(found.theme_ids)}
    for k, theme_id in enumerate(ids):
        if theme_id in column:
            present[:, k] = found.present_values[:, column[theme_id]]
            polarity[:, k] = found.polarity_codes[:, column[theme_id]]
        elif theme_id in extra:
            present[:, k] = extra[theme_id]
    source = {t: sources.get(t, "codebook") for t in ids}
    return Mentions(present, polarity, ids, source, frame.index, labels=found.polarity_labels)


def _theme_changes(frames, extra, sources, *, order, segment, min_n, confidence, alpha) -> pd.DataFrame:
    seen = [parse_mentions(frames[w], discovered=None).theme_ids for w in WAVES]
    ids = list(dict.fromkeys([t for t in order if t in set(seen[0]) | set(seen[1]) or t in sources]
                             + seen[0] + seen[1]))
    shares, impacts = {}, {}
    for wave in WAVES:
        prep = prepare(frames[wave], segment=segment, mentions=_wave_mentions(frames[wave], extra[wave], sources, ids),
                       text=None)
        keys = (["segment"] if segment else []) + ["category", "theme_id"]
        shares[wave] = theme_shares(frames[wave], categories=CATEGORIES, segment=segment, n_examples=0,
                                    min_n=min_n, confidence=confidence, prepared=prep).set_index(keys)
        impacts[wave] = theme_impact(frames[wave], segment=segment, min_n=min_n, prepared=prep)
    keys = (["segment"] if segment else []) + ["category", "theme_id"]
    both = shares["previous"][["source", "n_responses", "n_mentions"]].merge(
        shares["current"][["n_responses", "n_mentions"]], left_index=True, right_index=True, how="outer",
        suffixes=("_p", "_c")).reset_index()
    out = pd.DataFrame({
        "segment": both["segment"] if segment else ALL, "category": both["category"], "theme_id": both["theme_id"],
        "source": both["source"].fillna("codebook").map(lambda s: "discovery" if s == "new" else s),
        "status": both["theme_id"].map(lambda t: "new" if sources.get(t) == "new" else "kept"),
        "n_previous": both["n_responses_p"], "mentions_previous": both["n_mentions_p"],
        "n_current": both["n_responses_c"], "mentions_current": both["n_mentions_c"]})
    out = out[(out["mentions_previous"] > 0) | (out["mentions_current"] > 0)].reset_index(drop=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        out.insert(7, "pct_previous", 100.0 * out["mentions_previous"] / out["n_previous"])
        out["pct_current"] = 100.0 * out["mentions_current"] / out["n_current"]
    diff = proportion_difference(out["mentions_current"], out["n_current"], out["mentions_previous"],
                                 out["n_previous"], confidence=confidence)
    for column, values in diff.items():
        out[column] = values
    out["p_adjusted"] = np.nan
    for _, idx in out.groupby("segment", sort=False).groups.items():
        out.loc[idx, "p_adjusted"] = benjamini_hochberg(out.loc[idx, "p_value"])
    out["small_sample"] = (out["n_previous"] < min_n) | (out["n_current"] < min_n)
    out["significant"] = (out["p_adjusted"] < alpha) & ~out["small_sample"]
    out["direction"] = np.where(out["significant"], np.where(out["diff_pp"] > 0, "up", "down"), "")
    for wave in WAVES:
        impact = impacts[wave].assign(segment=impacts[wave]["segment"] if segment else ALL)
        out = out.merge(impact[["segment", "theme_id", "impact"]].rename(columns={"impact": f"impact_{wave}"}),
                        on=["segment", "theme_id"], how="left")
    out["nps_points"] = out["impact_current"] - out["impact_previous"]
    out = out.sort_values(["segment", "category", "p_adjusted"], key=_order, kind="stable")
    return out[CHANGE_COLUMNS].reset_index(drop=True)


def _order(values: pd.Series) -> pd.Series:
    if values.name == "segment":
        return values.map(lambda v: (v != ALL, str(v)))
    if values.name == "category":
        return values.map({c: i for i, c in enumerate(CATEGORIES)})
    return values.fillna(2.0)


def _nps_tables(frames, *, segment, confidence, alpha, min_n) -> dict:
    per_wave = []
    for wave in WAVES:
        table = stats.nps_summary(frames[wave], segment_col=segment, confidence=confidence, total=segment is not None)
        if segment is None:
            table.insert(0, "segment", ALL)
        per_wave.append(table.assign(wave=wave))
    waves = pd.concat(per_wave, ignore_index=True)
    waves = waves[["wave", *[c for c in waves.columns if c != "wave"]]]
    waves = waves.sort_values(["segment", "wave"], key=lambda v: _order(v) if v.name == "segment"
                              else v.map(WAVES.index), kind="stable").reset_index(drop=True)
    z = z_value(confidence)
    rows = []
    counts = waves.set_index(["segment", "wave"])
    for seg in dict.fromkeys(waves["segment"]):
        if (seg, "previous") not in counts.index or (seg, "current") not in counts.index:
            continue
        prev, cur = counts.loc[(seg, "previous")], counts.loc[(seg, "current")]
        test = stats.compare_nps_counts(*(tuple(int(r[c]) for c in ("n_detractors", "n_passives", "n_promoters"))
                                          for r in (cur, prev)))
        rows.append({"segment": seg, "n_previous": int(prev["n"]), "nps_previous": prev["nps"],
                     "n_current": int(cur["n"]), "nps_current": cur["nps"], "diff": test["diff"],
                     "diff_ci_low": test["diff"] - z * test["se"], "diff_ci_high": test["diff"] + z * test["se"],
                     "z": test["z"], "p_value": test["p_value"],
                     "small_sample": min(int(prev["n"]), int(cur["n"])) < min_n})
    change = pd.DataFrame(rows)
    change["significant"] = (change["p_value"] < alpha) & ~change["small_sample"]
    return {"nps_waves": waves, "nps_change": change}


def _new_themes(matches: pd.DataFrame, changes: pd.DataFrame, fresh) -> pd.DataFrame:
    """The unmatched clusters of the current wave, with their shares among detractors and promoters."""
    new = matches[matches["status"] == "new"]
    overall = changes[(changes["segment"] == ALL) & (changes["status"] == "new")]
    out = new[["theme_id", "label", "terms", "cosine"]].rename(columns={"cosine": "best_cosine"})
    out["theme_id"] = DISCOVERED_PREFIX + out["theme_id"]
    for category in CATEGORIES:
        rows = overall[overall["category"] == category].set_index("theme_id")
        out[f"pct_{category}_current"] = out["theme_id"].map(rows["pct_current"]).to_numpy()
        out[f"pct_{category}_previous"] = out["theme_id"].map(rows["pct_previous"]).to_numpy()
    info = fresh.themes_.set_index("theme_id") if fresh is not None else pd.DataFrame(columns=["n", "examples"])
    out.insert(3, "n_current", new["theme_id"].map(info["n"]).to_numpy())  # comments of the current wave carrying it
    out["examples"] = new["theme_id"].map(info["examples"]).fillna("").to_numpy()
    # new to the clustering is not new to the customers: only a significant rise says it is
    out["rising"] = out["theme_id"].isin(overall.loc[overall["direction"] == "up", "theme_id"]).to_numpy()
    return out.reset_index(drop=True)


def _meta(frames, book, notes, min_n, alpha) -> dict:
    meta = {"codebook": f"{book.name} {book.version}" if book is not None else "", "notes": notes,
            "min_n": min_n, "alpha": alpha,
            "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    for wave, frame in frames.items():
        meta[f"n_{wave}"] = len(frame)
        if "date" in frame.columns and frame["date"].notna().any():
            meta[f"dates_{wave}"] = f"{frame['date'].min():%Y-%m-%d} – {frame['date'].max():%Y-%m-%d}"
    return meta


def _figures(tables: dict, *, lang: str, names: dict) -> dict:
    """The comparison's figures, made without pyplot (no global state, any backend)."""
    from matplotlib.figure import Figure

    from textnps.report import compare_plots

    def new(size=(9, 4.8)):
        return Figure(figsize=size, layout="constrained").add_subplot()

    figures = {"nps_waves": compare_plots.plot_wave_nps(tables["nps_waves"], ax=new((8, 4.2)), lang=lang).figure}
    for category in CATEGORIES:
        figures[f"theme_changes_{category}"] = compare_plots.plot_theme_changes(
            tables["theme_changes"], category=category, ax=new((9, 6)), lang=lang, theme_names=names).figure
    return figures
