"""The main job: a survey export in, the ranked and trended themes report out.

:func:`analyze` runs ``read_survey -> Preprocessor -> ThemeClassifier ->
ThemeDiscoverer`` (on the comments the codebook does not cover) and builds
every table and figure; :class:`Report` holds them and writes the files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from textnps import stats
from textnps._deprecate import renamed_parameters
from textnps._errors import ParameterError, check_choice
from textnps.report._labels import ALL, REPORT_LANGUAGES, segment_rows, theme_names as codebook_theme_names
from textnps.report._prepared import prepare
from textnps.report.chart_window import CHART_PERIODS, chart_periods
from textnps.report.fix_first import fix_first, praise
from textnps.report.inputs import (load_book, load_input, preprocess_input,
                                   select_rows, window_bound)
from textnps.report.notes import localize, note
from textnps.report.stages import classify_stage, discover_stage
from textnps.report.tables import theme_impact, theme_shares
from textnps.report.trends import PERIODS, TREND_COLUMNS, emerging_themes, theme_trends, trend_tests
from textnps.report.weak_themes import weak_theme_notes

__all__ = ["analyze", "Report", "REQUIRED_TABLES", "build_report"]

#: Tables every report has (written as ``tables/<name>.csv``).
REQUIRED_TABLES = ("fix_first", "praise", "nps_summary", "top_complaints", "theme_impact", "trends", "emerging")
#: Columns of the classified frame written to ``tables/responses.csv`` (redacted text only).
RESPONSE_COLUMNS = ("id", "date", "segment", "score", "category", "lang", "themes", "subthemes", "discovered_theme",
                    "truncated", "text_clean")


@dataclass
class Report:
    """Tables and figures of an analysis; ``save(out_dir)`` writes the report files.

    Attributes
    ----------
    tables : dict of DataFrame
        ``fix_first`` and ``praise`` (themes ranked by the NPS points their
        negative mentions cost / positive mentions add,
        :mod:`textnps.report.fix_first`), ``nps_summary``, ``nps_over_time``, ``top_complaints``,
        ``top_strengths``, ``passive_themes``, ``theme_categories``,
        ``theme_impact``, ``trends``, ``trend_tests``, ``emerging``,
        ``notes`` (what was dropped, cut or skipped, also shown in the
        report's header; ``nps_over_time.small_sample``: a period with fewer
        than ``min_n`` responses, greyed in the plot) and, when discovery ran, ``discovered_themes``. ``theme_id`` holds the
        codebook's ids (discovered clusters: ``new:<id>``).
    figures : dict of matplotlib Figure
    data : DataFrame
        The classified responses (``themes``, ``text_clean`` ...).
    lang : str
        The report language.
    theme_names : dict
        theme id -> label shown in the report.
    meta : dict
        Counts and settings shown in the report header (``n_truncated``:
        comments cut to the preprocessor's ``max_chars``).
    """

    tables: dict
    figures: dict
    data: pd.DataFrame | None = None
    lang: str = "en"
    theme_names: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    def to_html(self, *, fragment: bool = False) -> str:
        """The report as one self-contained HTML page (or a fragment for notebooks)."""
        from textnps.report.html import render_html

        return render_html(self.tables, self.figures, lang=self.lang, theme_names=self.theme_names,
                           meta=self.meta, min_n=self.meta.get("min_n", 30), fragment=fragment)

    def _repr_html_(self) -> str:
        return self.to_html(fragment=True)

    def __repr__(self) -> str:
        tables = ", ".join(f"{k}[{len(v)}]" for k, v in self.tables.items())
        return f"Report(lang={self.lang!r}, n_responses={self.meta.get('n_responses')}, tables={{{tables}}})"

    def save(self, out_dir, *, raw_csv: bool = False) -> Path:
        """Write ``report.html``, ``report.xlsx``, ``figures/*.png`` and ``tables/*.csv`` under *out_dir*.

        ``tables/responses.csv`` holds one row per response (redacted text
        only) and ``tables/response_themes.csv`` one per response and theme
        (:mod:`textnps.report.response_themes`) for BI tools; they are not in the workbook. Text cells
        that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``,
        tab, carriage return first) get a leading ``'``
        (:mod:`textnps.csvsafe`); ``raw_csv=True`` writes the CSV text
        unchanged (the workbook is always safe). Returns the folder.
        """
        from textnps.report.excel import write_excel
        from textnps.report.folder import write_figures_and_tables

        out = Path(out_dir)
        pngs = write_figures_and_tables(out, self.tables, self.figures, raw_csv=raw_csv)
        if self.data is not None:
            from textnps.report.response_themes import write_response_tables

            cols = [c for c in RESPONSE_COLUMNS if c in self.data.columns]
            write_response_tables(self.data, cols, out / "tables", parents=self.meta.get("subtheme_parents"),
                                  raw=raw_csv)
        write_excel(self.tables, out / "report.xlsx", lang=self.lang)
        from textnps.report.html import render_html

        html = render_html(self.tables, pngs, lang=self.lang, theme_names=self.theme_names, meta=self.meta,
                           min_n=self.meta.get("min_n", 30))
        (out / "report.html").write_text(html, encoding="utf-8")
        return out


@renamed_parameters(seed="random_state")
def analyze(
    data,
    *,
    text_col: str | None = None,
    score_col: str | None = None,
    date_col: str | None = None,
    segment_col: str | None = None,
    id_col: str | None = None,
    codebook="nordic-cx",
    refiner="auto",
    period: str = "month",
    lang: str = "en",
    progress: bool = True,
    discover: bool = True,
    recent: int = 1,
    min_n: int = 30,
    confidence: float = 0.95,
    alpha: float = 0.05,
    random_state: int = 0,
    errors: str = "raise",
    n_jobs: int = 1,
    since=None,
    until=None,
    where=None,
    chunksize="auto",
) -> Report:
    """Analyse an NPS survey: ranked complaints and strengths, NPS impact, trends, emerging themes.

    Parameters
    ----------
    data : str, Path or DataFrame
        A survey export (read with :func:`textnps.read_survey`), or a frame.
        A frame that already has ``text_clean`` skips preprocessing and one
        that has ``themes`` skips classification (so an analyst can correct
        themes and rebuild the report).
    text_col, score_col, date_col, segment_col, id_col : str, optional
        The columns of each role; found by name (sv/da/no/en) when not given.
    codebook : str, Path or Codebook
        ``"nordic-cx"`` (shipped) or a codebook YAML/folder.
    refiner : "auto", None, str, Path or ThemeRefiner, default "auto"
        The refiner of :class:`~textnps.themes.codebook.classify.ThemeClassifier`: "auto"
        uses the one shipped with the codebook (nordic-cx: Danish and Swedish),
        None the seeds and the survey's own model alone.
    period : {"week", "month", "quarter", "year"}
        The period of trends and of NPS over time.
    lang : {"sv", "da", "no", "en"}
        The language of the report's words (themes use the codebook's labels).
    discover : bool
        Cluster the informative comments no codebook theme covers
        (``ThemeDiscoverer``); clusters appear as ``new:<id>`` themes.
    recent : int
        How many latest periods :func:`~textnps.report.trends.trend_tests`
        compares with all the earlier ones.
    min_n, confidence, alpha :
        Small-sample threshold, interval level, and the false discovery rate
        of the significance flags.
    random_state : int
        Seed of the classifier and discovery (the report is deterministic);
        ``seed=`` is the deprecated name.
    errors : {"raise", "coerce"}
        Bad scores in a file: stop, or drop those rows (the report says how many).
    n_jobs : int
        Processes for preprocessing (``-1``: all cores); it pays from about
        10,000 comments on.
    since, until : str, date or Timestamp, optional
        A time window: only responses dated from ``since`` through ``until``
        (both inclusive; ISO text such as ``"2026-01-31"``, a date alone
        meaning the whole day) reach any table or figure. The rows left out
        (outside the window, or undated once a window is set) are counted in
        the notes. Unparseable values raise a ``ParameterError`` naming them.
    where : str or dict, optional
        Only the responses that match this filter (:mod:`textnps.report.filters`):
        ``"market == 'SE' and score <= 6"``, or ``{"market": "SE"}``. Column names, literals,
        comparisons, ``in``, ``and``/``or``/``not`` only (nothing is executed); the rows left
        out are counted in the notes.
    chunksize : "auto", int or None, default "auto"
        Stream a CSV/Parquet file in chunks of this many rows on ``n_jobs`` processes, memory bounded
        (:mod:`textnps.report.streaming`; "auto": files over 100 MB, 50,000 rows; None/0: never). A Dask
        DataFrame runs per partition on its cluster (:mod:`textnps.distributed`). Same report either way.

    Returns
    -------
    Report
        ``.tables``, ``.figures``, ``.save(out_dir)``; displays in notebooks.

    Examples
    --------
    >>> import tempfile
    >>> from textnps.datasets import load_sample_survey   # the bundled synthetic survey; 200 of its answers:
    >>> report = analyze(load_sample_survey().head(200), lang="sv", progress=False)
    >>> report.tables["nps_summary"][["segment", "n", "nps"]].round(1)
      segment    n   nps
    0   (all)  200  27.0
    1      DK   66  24.2
    2      NO   54  20.4
    3      SE   80  33.8
    >>> sorted(path.name for path in report.save(tempfile.mkdtemp()).iterdir())
    ['figures', 'report.html', 'report.xlsx', 'tables']
    """
    check_choice("period", period, PERIODS, owner="analyze")
    check_choice("lang", lang, REPORT_LANGUAGES, owner="analyze")
    if not 0 < alpha < 1:
        raise ParameterError(f"The 'alpha' parameter of analyze must be between 0 and 1. Got {alpha!r} instead.")
    window_bound("since", since), window_bound("until", until)  # fail before the slow steps
    notes: list[str] = []
    with tqdm(total=5, desc="textnps analyze", unit="step", disable=not progress, leave=False) as steps:
        from textnps.report import streaming

        columns = dict(text_col=text_col, score_col=score_col, date_col=date_col, segment_col=segment_col,
                       id_col=id_col)
        if streaming.runs_out_of_core(data, chunksize):
            frame, book = streaming.out_of_core(data, chunksize=chunksize, n_jobs=n_jobs, progress=progress,
                                                steps=steps, notes=notes, errors=errors, since=since, until=until, where=where,
                                                codebook=codebook, refiner=refiner, seed=random_state, columns=columns)
            return build_report(frame, book, steps, notes=notes, period=period, lang=lang, progress=progress,
                                discover=discover, recent=recent, min_n=min_n, confidence=confidence, alpha=alpha,
                                seed=random_state, max_discover_fit=streaming.MAX_DISCOVER_FIT)
        return _run(data, steps, notes=notes, columns=columns, codebook=codebook, refiner=refiner, period=period,
                    lang=lang, progress=progress, discover=discover, recent=recent, min_n=min_n,
                    confidence=confidence, alpha=alpha, seed=random_state, errors=errors,
                    n_jobs=n_jobs, window=dict(since=since, until=until, where=where))


def _run(data, steps, *, notes, columns, codebook, refiner, period, lang, progress, discover, recent, min_n, confidence,
         alpha, seed, errors, n_jobs, window) -> Report:
    """The stages of :func:`analyze`, advancing the *steps* progress bar."""
    steps.set_postfix_str("reading")
    frame = load_input(data, errors=errors, notes=notes, **columns)
    frame = select_rows(frame, notes=notes, **window)
    steps.update()
    book = load_book(codebook)
    steps.set_postfix_str("preprocessing")
    frame = preprocess_input(frame, progress=progress, n_jobs=n_jobs, notes=notes)
    steps.update()
    steps.set_postfix_str("classifying")
    frame = classify_stage(frame, book, refiner=refiner, progress=progress, seed=seed, notes=notes)
    steps.update()
    return build_report(frame, book, steps, notes=notes, period=period, lang=lang, progress=progress,
                        discover=discover, recent=recent, min_n=min_n, confidence=confidence, alpha=alpha, seed=seed)


def build_report(frame, book, steps, *, notes, period, lang, progress, discover, recent, min_n, confidence, alpha,
                 seed, max_discover_fit=None) -> Report:
    """The report of a classified *frame*: discovery (learning from at most ``max_discover_fit`` uncovered
    comments, evenly spaced; None: all), tables, figures (the last two *steps*)."""
    names = codebook_theme_names(book, lang)
    quality = frame.attrs.get("theme_quality")  # set by classify_stage: the shipped model's expected figures
    discovered = None
    if discover:
        steps.set_postfix_str("discovering")
        frame, discovered = discover_stage(frame, progress=progress, seed=seed, notes=notes, max_fit=max_discover_fit)
        if discovered is not None:
            names.update({str(r.theme_id): f"{r.theme_id} {r.label}" for r in discovered.itertuples()})
    steps.update()
    steps.set_postfix_str("tables and figures")
    segment = "segment" if "segment" in frame.columns else None
    has_date = "date" in frame.columns and frame["date"].notna().any()
    tables = _tables(frame, book=book, segment=segment, has_date=has_date, period=period, recent=recent,
                     min_n=min_n, confidence=confidence, alpha=alpha, lang=lang)
    if discovered is not None:
        tables["discovered_themes"] = discovered
    shown = _chart_window(tables, period=period, min_n=min_n, notes=notes)
    frame = frame.assign(category=stats.nps_category(frame["score"]).astype(str))
    notes.extend(weak_theme_notes(tables, quality))
    model_note = next((n for n in notes if n.startswith("Themes: ")), None)  # English, for the machine-read meta
    notes[:] = [localize(text, lang) for text in notes]  # every sentence in the report's language
    meta = _meta(frame, book, notes, min_n, model_note and model_note[len("Themes: "):-1])
    if model_note is not None:  # the header's model line, in the report's language ("Temaer: kodebog ...")
        meta["codebook_shown"] = localize(model_note, lang).split(": ", 1)[-1].rstrip(".")
    tables["notes"] = pd.DataFrame({"note": pd.Series(notes, dtype=object)})
    report = Report(tables=tables, figures={}, data=frame, lang=lang, theme_names=names, meta=meta)
    report.figures = _figures(tables, lang=lang, names=names, periods=shown)
    steps.update()
    return report


def _chart_window(tables: dict, *, period: str, min_n: int, notes: list) -> list[str] | None:
    """The periods the charts over time draw (:mod:`textnps.report.chart_window`), and a note when some are left out."""
    over_time = tables.get("nps_over_time")
    if over_time is None or not len(over_time):
        return None
    shown = chart_periods(over_time, period=period, min_n=min_n)
    total = int((segment_rows(over_time)["period"] != ALL).sum())
    if shown and len(shown) < total:
        notes.append(note("chart_window", first=shown[0], last=shown[-1], n=len(shown), total=total, min_n=min_n,
                          most=CHART_PERIODS[period] or total))
    return shown


def _tables(frame, *, book, segment, has_date, period, recent, min_n, confidence, alpha, lang="en") -> dict:
    order = list(book.ids) if book is not None else None
    prep = prepare(frame, segment=segment, order=order, codebook=book, quote_lang=lang)
    summary = stats.nps_summary(frame, segment_col=segment, confidence=confidence, total=segment is not None)
    if segment is not None:
        summary = pd.concat([summary[summary[segment] == ALL], summary[summary[segment] != ALL]], ignore_index=True)
    tables = {"nps_summary": summary}
    if has_date:
        over_time = stats.nps_summary(frame, period=period, confidence=confidence)
        if segment is not None:
            over_time = pd.concat([over_time.assign(segment=ALL)[["segment", *over_time.columns]],
                                   stats.nps_summary(frame, segment_col=segment, period=period, confidence=confidence)],
                                  ignore_index=True)
        over_time["small_sample"] = over_time["n"] < min_n
        tables["nps_over_time"] = over_time
    shares = theme_shares(frame, categories=(ALL, "detractor", "passive", "promoter"), segment=segment,
                          min_n=min_n, confidence=confidence, prepared=prep)
    for name, category in (("top_complaints", "detractor"), ("top_strengths", "promoter"),
                           ("passive_themes", "passive")):
        tables[name] = shares[shares["category"] == category].reset_index(drop=True)
    tables["theme_categories"] = shares.drop(columns=[c for c in shares if c.startswith("example_")])
    tables["theme_impact"] = theme_impact(frame, segment=segment, min_n=min_n, confidence=confidence,
                                          alpha=alpha, prepared=prep)
    if has_date:
        trends = theme_trends(frame, period=period, segment=segment, min_n=min_n, confidence=confidence,
                              prepared=prep)
    else:
        trends = pd.DataFrame(columns=[c for c in TREND_COLUMNS if segment is not None or c != "segment"])
    tests = trend_tests(trends, recent=recent, alpha=alpha, min_n=min_n)
    tables["trends"] = trends
    tables["trend_tests"] = tests
    tables["emerging"] = emerging_themes(tests)
    ranked = dict(segment=segment, impact=tables["theme_impact"], tests=tests, min_n=min_n, confidence=confidence,
                  alpha=alpha, prepared=prep)
    return {"fix_first": fix_first(frame, **ranked), "praise": praise(frame, **ranked), **tables}


def _meta(frame: pd.DataFrame, book, notes: list, min_n: int, model_line: str | None = None) -> dict:
    meta = {
        "n_responses": len(frame),
        "n_comments": int((~frame["empty_comment"].astype(bool)).sum()),
        "codebook": model_line or (f"{book.name} {book.version}" if book is not None else ""),
        "notes": notes,
        "min_n": min_n,
        "subtheme_parents": {t.id: t.parent for t in getattr(book, "subthemes", ())},
        "n_truncated": int(frame["truncated"].sum()) if "truncated" in frame.columns else 0,
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }
    if "date" in frame.columns and frame["date"].notna().any():
        meta["date_range"] = f"{frame['date'].min():%Y-%m-%d} – {frame['date'].max():%Y-%m-%d}"
    return meta


def _figures(tables: dict, *, lang: str, names: dict, periods=None) -> dict:
    """One matplotlib Figure per plot, made without pyplot (no global state, any backend)."""
    from matplotlib.figure import Figure

    from textnps.report import plots

    def new(size=(9, 4.8)):
        return Figure(figsize=size, layout="constrained").add_subplot()

    figures = {}
    if "nps_over_time" in tables and len(tables["nps_over_time"]):
        figures["nps_over_time"] = plots.plot_nps_over_time(tables["nps_over_time"], ax=new(), lang=lang,
                                                            periods=periods).figure
    figures["top_complaints"] = plots.plot_top_themes(tables["top_complaints"], ax=new(), lang=lang,
                                                      theme_names=names, category="detractor").figure
    figures["top_strengths"] = plots.plot_top_themes(tables["top_strengths"], ax=new(), lang=lang,
                                                     theme_names=names, category="promoter").figure
    figures["theme_impact"] = plots.plot_impact(tables["theme_impact"], ax=new(), lang=lang,
                                                theme_names=names).figure
    figures["theme_heatmap"] = plots.plot_heatmap(tables["theme_categories"], ax=new((8, 6.5)), lang=lang,
                                                  theme_names=names).figure
    if len(tables["trends"]):
        emerging, data = segment_rows(tables["emerging"]), tables["trends"]
        rising = emerging.loc[emerging["category"] == "detractor", "theme_id"].head(2).tolist()
        overall = segment_rows(data)
        top = (overall[overall["category"] == "detractor"]
               .groupby("theme_id")["n_mentions"].sum().sort_values(ascending=False).head(3).index.tolist())
        figures["theme_trends"] = plots.plot_trends(data, themes=list(dict.fromkeys(top + rising)), ax=new(),
                                                    lang=lang, theme_names=names, periods=periods).figure
    return figures
