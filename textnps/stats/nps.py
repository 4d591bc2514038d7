r"""NPS statistics: categories, the score, its uncertainty, and comparisons.

Every respondent is coded :math:`x_i = +1` (promoter, 9–10), :math:`0`
(passive, 7–8) or :math:`-1` (detractor, 0–6). With :math:`n` answers,
:math:`p` the share of promoters and :math:`d` the share of detractors,

.. math::

    \mathrm{NPS} = 100\,(p - d), \qquad
    \operatorname{Var}(x) = p + d - (p - d)^2, \qquad
    \mathrm{SE} = 100\sqrt{\operatorname{Var}(x) / n}.

The 95 % margin of error is :math:`z_{0.975}\,\mathrm{SE}` (the Wald
interval). The adjusted-Wald interval adds :math:`3/4` of a promoter,
:math:`3/4` of a detractor and :math:`3/2` passives (3 answers) before
computing the same, which keeps its coverage near 95 % for small samples
and extreme scores (Rocks, B. (2016), *Interval estimation for the Net
Promoter Score*, The American Statistician 70(4), 365–372; Sauro & Lewis,
*Quantifying the User Experience*, 2nd ed., 2016). The default,
``method="auto"``, uses adjusted-Wald where Wald is unreliable or degenerate
(``n < 30``, or fewer than 5 promoters, detractors, non-promoters or
non-detractors: one answer, or 50 promoters of 50, would otherwise get a
margin of error of 0) and Wald elsewhere.
"""
from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

from textnps._deprecate import renamed_parameters
from textnps._errors import InputError, ParameterError, check_choice, require_column, show_rows

__all__ = [
    "CATEGORIES",
    "category_names",
    "compare_nps",
    "compare_nps_counts",
    "nps",
    "nps_category",
    "interval_method",
    "nps_interval",
    "nps_standard_error",
    "nps_summary",
    "period_label",
]

CATEGORIES = ("detractor", "passive", "promoter")
PERIODS = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
METHODS = ("auto", "wald", "adjusted_wald")
#: ``method="auto"`` uses Wald only from this many answers on (and 5+ in each share and its complement).
AUTO_WALD_MIN_N = 30
_AUTO_WALD_MIN_COUNT = 5


def nps_category(scores) -> pd.Series:
    """The NPS category of each score: detractor (0–6), passive (7–8), promoter (9–10).

    Returns an ordered categorical Series (index kept when *scores* is a Series).

    >>> nps_category([0, 6, 7, 8, 9, 10]).tolist()
    ['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']
    """
    values = _as_scores(scores)
    codes = np.select([values <= 6, values <= 8], [0, 1], 2)
    return pd.Series(
        pd.Categorical.from_codes(codes, categories=list(CATEGORIES), ordered=True),
        index=values.index,
        name="category",
    )


def category_names(lang: str = "en") -> dict[str, str]:
    """The category names in *lang* (sv, da, no/nb, nn, en).

    >>> category_names("sv")["promoter"]
    'Förespråkare'
    """
    from textnps import lang as _lang

    return dict(_lang.get(lang).CATEGORY_NAMES)


def _counts(scores) -> tuple[int, int, int]:
    values = _as_scores(scores).to_numpy()
    return int((values <= 6).sum()), int(((values >= 7) & (values <= 8)).sum()), int((values >= 9).sum())


def nps(scores) -> float:
    """Net Promoter Score: % promoters minus % detractors, from -100 to 100.

    >>> nps([10, 9, 8, 7, 3])   # 2 promoters, 1 detractor of 5
    20.0
    """
    det, pas, pro = _counts(scores)
    n = det + pas + pro  # every valid score is in one category
    if n == 0:
        return math.nan
    return 100.0 * (pro - det) / n


def _nps_moments(det: float, pas: float, pro: float) -> tuple[float, float, float]:
    """(NPS in points, SE in points, n) from category counts (see module docstring)."""
    n = det + pas + pro
    if n == 0:
        return math.nan, math.nan, 0.0
    p, d = pro / n, det / n
    var = p + d - (p - d) ** 2
    return 100.0 * (p - d), 100.0 * math.sqrt(max(var, 0.0) / n), n


def nps_standard_error(scores) -> float:
    """Standard error of the NPS, in NPS points: :math:`100\\sqrt{(p + d - (p-d)^2)/n}`.

    >>> round(nps_standard_error([10, 10, 7, 0]), 3)   # p = .5, d = .25
    41.458
    """
    det, pas, pro = _counts(scores)
    return _nps_moments(det, pas, pro)[1]


def interval_method(n_detractors: float, n_passives: float, n_promoters: float) -> str:
    """The interval ``method="auto"`` picks for these counts: ``"wald"`` or ``"adjusted_wald"``.

    Wald needs a large sample whose shares are away from 0 and 1: at least
    :data:`AUTO_WALD_MIN_N` answers and 5 promoters, detractors, non-promoters
    and non-detractors (the usual :math:`np \\ge 5` rule for each share).

    >>> interval_method(0, 0, 1), interval_method(0, 0, 50), interval_method(20, 30, 50)
    ('adjusted_wald', 'adjusted_wald', 'wald')
    """
    n = n_detractors + n_passives + n_promoters
    counts = (n_detractors, n_promoters, n - n_detractors, n - n_promoters)
    return "wald" if n >= AUTO_WALD_MIN_N and min(counts) >= _AUTO_WALD_MIN_COUNT else "adjusted_wald"


def nps_interval(
    n_detractors: int, n_passives: int, n_promoters: int, *, method: str = "auto", confidence: float = 0.95
) -> dict[str, float]:
    r"""NPS, its standard error, margin of error and interval from category counts.

    ``method="wald"`` uses the observed shares:
    :math:`\mathrm{NPS} \pm z\,100\sqrt{(p + d - (p-d)^2)/n}`.
    ``"adjusted_wald"`` first adds 0.75 detractors, 1.5 passives and 0.75
    promoters (3 answers) and computes the same around the adjusted NPS
    (Rocks 2016, *Interval estimation for the Net Promoter Score*, The
    American Statistician 70(4)); ``se`` and ``moe`` are then the adjusted
    ones, ``nps`` stays the observed score. ``"auto"`` (the default) takes
    adjusted-Wald for small samples and extreme shares, Wald elsewhere (see
    :func:`interval_method`), so one answer or 50 promoters of 50 never get a
    margin of error of 0. The interval is clipped to [-100, 100].

    >>> r = nps_interval(25, 25, 50)   # NPS 25, n 100: Wald
    >>> round(r["moe"], 2)
    16.25
    >>> r = nps_interval(0, 0, 1)      # one promoter: adjusted-Wald around 25, not a zero margin
    >>> r["nps"], round(r["moe"], 1), round(r["ci_low"], 1), round(r["ci_high"], 1)
    (100.0, 73.5, -48.5, 98.5)
    """
    check_choice("method", method, METHODS, owner="nps_interval")
    if not 0 < confidence < 1:
        raise ParameterError(f"The 'confidence' parameter must be between 0 and 1. Got {confidence!r} instead.")
    if method == "auto":
        method = interval_method(n_detractors, n_passives, n_promoters)
    score, se, n = _nps_moments(n_detractors, n_passives, n_promoters)
    centre = score
    if method == "adjusted_wald" and n:  # no answers: no interval either
        centre, se, _ = _nps_moments(n_detractors + 0.75, n_passives + 1.5, n_promoters + 0.75)
    from scipy import stats as _sps  # imported on use: scipy.stats costs ~0.5 s to import
    z = float(_sps.norm.ppf(0.5 + confidence / 2))
    moe = z * se
    return {
        "nps": score,
        "se": se,
        "moe": moe,
        "ci_low": max(-100.0, centre - moe) if n else math.nan,
        "ci_high": min(100.0, centre + moe) if n else math.nan,
    }


def compare_nps(a, b) -> dict[str, float]:
    r"""Test whether two independent groups' NPS differ (two-sided z-test).

    :math:`z = (\mathrm{NPS}_a - \mathrm{NPS}_b) / \sqrt{\mathrm{SE}_a^2 + \mathrm{SE}_b^2}`,
    with each SE as in :func:`nps_standard_error` (Rocks 2016, section 4).

    >>> r = compare_nps([10] * 50 + [0] * 50, [10] * 70 + [0] * 30)
    >>> round(r["diff"], 1), r["p_value"] < 0.01
    (-40.0, True)
    """
    return compare_nps_counts(_counts(a), _counts(b))


def compare_nps_counts(a: tuple[int, int, int], b: tuple[int, int, int]) -> dict[str, float]:
    """:func:`compare_nps` from each group's (detractors, passives, promoters) counts.

    >>> round(compare_nps_counts((50, 0, 50), (30, 0, 70))["diff"], 1)
    -40.0
    """
    nps_a, se_a, _ = _nps_moments(*a)
    nps_b, se_b, _ = _nps_moments(*b)
    diff = nps_a - nps_b
    se = math.sqrt(se_a**2 + se_b**2)
    z = diff / se if se > 0 else (0.0 if diff == 0 else math.copysign(math.inf, diff))
    from scipy import stats as _sps  # imported on use: scipy.stats costs ~0.5 s to import

    return {
        "nps_a": nps_a,
        "nps_b": nps_b,
        "diff": diff,
        "se": se,
        "z": z,
        "p_value": float(2 * _sps.norm.sf(abs(z))) if not math.isnan(z) else math.nan,
    }


@renamed_parameters(score="score_col", by="segment_col", date="date_col")
def nps_summary(
    data: pd.DataFrame,
    *,
    score_col: str = "score",
    segment_col: str | list[str] | None = None,
    period: str | None = None,
    date_col: str = "date",
    method: str = "auto",
    confidence: float = 0.95,
    total: bool = False,
) -> pd.DataFrame:
    """NPS table: one row per group (segment and/or period), tidy for BI tools.

    Columns: the *segment_col* columns, ``period`` and ``period_start`` (when *period*
    is given), ``n``, ``n_detractors``, ``n_passives``, ``n_promoters``,
    ``pct_detractors``, ``pct_passives``, ``pct_promoters``, ``nps``, ``se``,
    ``moe`` (margin of error at *confidence*), ``ci_low``, ``ci_high``.

    Parameters
    ----------
    score_col : str, default "score"
        The column of 0-10 scores.
    segment_col : str or list of str, optional
        Group by these columns (``by=`` is the deprecated name).
    period : {"week", "month", "quarter", "year"}, optional
        Group by calendar period of the *date_col* column as well.
    method : {"auto", "wald", "adjusted_wald"}
        Interval method; see :func:`nps_interval` (``"auto"``: adjusted-Wald
        for small groups and extreme shares, Wald elsewhere).
    total : bool
        Add a row for all responses (``"(all)"`` in the *segment_col* columns).

    Examples
    --------
    >>> df = pd.DataFrame({"score": [10, 9, 7, 3, 10, 0], "market": list("SSSDDD")})
    >>> nps_summary(df, segment_col="market")[["market", "n", "nps"]]
      market  n        nps
    0      D  3 -33.333333
    1      S  3  66.666667
    """
    _require(data, score_col, "score")
    check_choice("method", method, METHODS, owner="nps_summary")
    keys = [segment_col] if isinstance(segment_col, str) else list(segment_col or [])
    for key in keys:
        _require(data, key, "segment")
    frame = pd.DataFrame({"_score": _as_scores(data[score_col], column=score_col)}, index=data.index)
    for key in keys:
        frame[key] = data[key].astype("string").fillna("(missing)")
    if period is not None:
        check_choice("period", period, tuple(PERIODS), owner="nps_summary")
        _require(data, date_col, "date")
        dates = pd.to_datetime(data[date_col], errors="coerce")
        if dates.isna().any():
            warnings.warn(
                f"{int(dates.isna().sum())} of {len(dates)} responses have no {date_col!r} and are left out "
                "of the per-period table.", UserWarning, stacklevel=3)
            frame = frame[dates.notna()]
            dates = dates[dates.notna()]
        frame["period"] = dates.dt.to_period(PERIODS[period])
        keys = keys + ["period"]
    cat = nps_category(frame["_score"])
    frame["_det"], frame["_pas"], frame["_pro"] = cat.eq("detractor"), cat.eq("passive"), cat.eq("promoter")
    if keys:
        counts = frame.groupby(keys, observed=True, sort=True)[["_det", "_pas", "_pro"]].sum().reset_index()
    else:
        counts = pd.DataFrame([frame[["_det", "_pas", "_pro"]].sum()])
    if total and keys:
        whole = frame[["_det", "_pas", "_pro"]].sum()
        row = {k: "(all)" for k in keys if k != "period"}
        if "period" in keys:
            row["period"] = pd.NA
        counts = pd.concat([counts, pd.DataFrame([{**row, **whole.to_dict()}])], ignore_index=True)
    out = counts.rename(columns={"_det": "n_detractors", "_pas": "n_passives", "_pro": "n_promoters"})
    for col in ("n_detractors", "n_passives", "n_promoters"):
        out[col] = out[col].astype("int64")
    out.insert(len(keys), "n", out[["n_detractors", "n_passives", "n_promoters"]].sum(axis=1))
    if "period" in keys:
        per = out["period"]
        out["period"] = per.map(lambda p: period_label(p, period) if not pd.isna(p) else "(all)")
        out.insert(out.columns.get_loc("period") + 1, "period_start",
                   per.map(lambda p: p.start_time if not pd.isna(p) else pd.NaT).astype("datetime64[ns]"))
    for col, name in (("n_detractors", "pct_detractors"), ("n_passives", "pct_passives"), ("n_promoters", "pct_promoters")):
        out[name] = 100.0 * out[col] / out["n"]
    stats = [nps_interval(d, p, q, method=method, confidence=confidence)
             for d, p, q in zip(out["n_detractors"], out["n_passives"], out["n_promoters"])]
    for col in ("nps", "se", "moe", "ci_low", "ci_high"):
        out[col] = [s[col] for s in stats]
    return out


def period_label(p: pd.Period, period: str) -> str:
    """How a period is written in tables: ISO week ``2024-W05``, ``2024-Q1``, ``2024-01``, ``2024``.

    >>> period_label(pd.Period("2024-01-31", freq="W-SUN"), "week"), period_label(pd.Period("2024-02", "Q"), "quarter")
    ('2024-W05', '2024-Q1')
    """
    if period == "week":
        return f"{p.start_time:%G-W%V}"
    if period == "quarter":
        return f"{p.year}-Q{p.quarter}"
    return str(p)


def _require(data: pd.DataFrame, column: str, role: str) -> None:
    if not isinstance(data, pd.DataFrame):
        raise InputError(f"Expected a pandas DataFrame, got {type(data).__name__}.")
    require_column(data, column, role)


def _as_scores(scores, *, column: str = "score") -> pd.Series:
    """Scores as a float Series, checked to be whole numbers 0–10 with none missing."""
    values = scores if isinstance(scores, pd.Series) else pd.Series(list(scores) if not isinstance(scores, np.ndarray) else scores)
    numeric = pd.to_numeric(values, errors="coerce").astype("float64")
    bad = numeric.isna() | (numeric < 0) | (numeric > 10) | (numeric % 1 != 0)
    if bad.any():
        raise InputError(
            f"Column {column!r} has {int(bad.sum())} value(s) that are not NPS scores (whole numbers 0-10): "
            f"{show_rows(list(values.index[bad.to_numpy()]), list(values[bad.to_numpy()]))}. "
            "Read the export with textnps.read_survey, which parses score labels and reports bad rows."
        )
    return numeric
