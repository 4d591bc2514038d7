r"""Ranked themes per NPS category and each theme's impact on the NPS.

Plain functions: a classified frame in (``score``, ``themes`` and, for
examples, the redacted ``text_clean``), a tidy DataFrame out. With
``segment=`` every table has a ``segment`` column: rows for all responses
(``"(all)"``) first, then one block per segment.

Shares are percentages of the responses **with a comment** in the category
(``empty_comment`` False), with Wilson intervals; rows whose base has fewer
than ``min_n`` responses get ``small_sample=True`` and no rank.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from textnps import stats
from textnps._errors import check_choice
from textnps.report._labels import ALL
from textnps.report._layout import check_confidence_and_min_n, drop_segment_unless_asked, group_order
from textnps.report._mentions import POLARITIES
from textnps.report._prepared import Prepared, prepare
from textnps.stats import benjamini_hochberg, wilson_interval, z_value

__all__ = ["theme_shares", "top_complaints", "top_strengths", "passive_themes", "theme_impact", "CATEGORIES"]

CATEGORIES = stats.CATEGORIES
#: The polarity whose comments make the best examples for each category.
_PREFERRED_POLARITY = {"detractor": "neg", "passive": "mixed", "promoter": "pos", ALL: ""}
_EXAMPLE_LENGTH = 100  # characters: examples close to this length read best in a table


def theme_shares(
    df: pd.DataFrame,
    *,
    categories=CATEGORIES,
    score: str = "score",
    themes: str = "themes",
    discovered: str | None = "discovered_theme",
    segment: str | None = None,
    text: str | None = "text_clean",
    n_examples: int = 3,
    confidence: float = 0.95,
    min_n: int = 30,
    order=None,
    prepared: Prepared | None = None,
) -> pd.DataFrame:
    r"""How often each theme is mentioned in each NPS category, ranked.

    For a category with :math:`n` commenting responses of which :math:`m`
    mention the theme, ``pct`` :math:`= 100\,m/n` with a Wilson interval
    (``pct_ci_low``, ``pct_ci_high``; see
    :func:`textnps.stats.wilson_interval`). ``pct_neg``,
    ``pct_pos``, ``pct_mixed`` are the polarity shares of the :math:`m`
    mentions (NaN for discovered clusters, which have none). ``rank`` orders themes by ``pct`` (ties: higher lower bound
    first) within each segment and category; it is missing when the base is a
    small sample (:math:`n <` ``min_n``, ``small_sample=True``) or nothing is
    mentioned.

    Parameters
    ----------
    categories : sequence of {"detractor", "passive", "promoter", "(all)"}
        The categories to report.
    text : str or None
        The column examples are taken from. Only redacted text may be shown,
        so this is ``text_clean`` (written by ``Preprocessor``); when absent
        there are no examples.
    n_examples : int
        Example comments per row (``example_1`` ...), preferring comments of
        the category's polarity (negative for detractors, positive for
        promoters) that mention only this theme.

    Returns
    -------
    DataFrame
        ``[segment], category, theme_id, source, n_responses, n_mentions, pct,
        pct_ci_low, pct_ci_high, pct_neg, pct_pos, pct_mixed, small_sample,
        rank, example_1 ...``

    Examples
    --------
    >>> df = pd.DataFrame({"score": [0, 3, 5, 9], "themes": ["price:neg", "price:neg;digital:neg", "", "price:pos"]})
    >>> theme_shares(df, categories=["detractor"], min_n=1)[["theme_id", "n_mentions", "pct", "rank"]]
      theme_id  n_mentions        pct  rank
    0    price           2  66.666667     1
    1  digital           1  33.333333     2
    """
    check_confidence_and_min_n(confidence, min_n)
    for category in categories:
        check_choice("categories", category, CATEGORIES + (ALL,), owner="theme_shares")
    prep = prepared or prepare(df, score=score, themes=themes, discovered=discovered, segment=segment,
                               text=text, order=order)
    present = prep.mentions.present_values
    by_polarity = {name: prep.mentions.polarity_values == name for name in POLARITIES}
    ids = prep.mentions.theme_ids
    rows = []
    for seg, in_group in prep.groups:
        for category in categories:
            base = in_group & prep.commented & ((prep.category == category) if category != ALL else True)
            n = int(base.sum())
            hit = present[base]
            counts = hit.sum(axis=0)
            pol_counts = {name: matrix[base].sum(axis=0) for name, matrix in by_polarity.items()}
            for j, theme_id in enumerate(ids):
                m = int(counts[j])
                row = {"segment": seg, "category": category, "theme_id": theme_id,
                       "source": prep.mentions.source[theme_id], "n_responses": n, "n_mentions": m}
                for name in POLARITIES:  # discovered clusters carry no polarity
                    row[f"pct_{name}"] = 100.0 * float(pol_counts[name][j]) / m \
                        if m and row["source"] == "codebook" else math.nan
                row.update(_examples(prep, base, j, _PREFERRED_POLARITY[category], n_examples))
                rows.append(row)
    out = pd.DataFrame(rows, columns=["segment", "category", "theme_id", "source", "n_responses", "n_mentions",
                                      "pct_neg", "pct_pos", "pct_mixed"]
                       + [f"example_{i + 1}" for i in range(n_examples)])
    with np.errstate(divide="ignore", invalid="ignore"):
        out.insert(6, "pct", 100.0 * out["n_mentions"] / out["n_responses"])
    low, high = wilson_interval(out["n_mentions"], out["n_responses"], confidence=confidence)
    out.insert(7, "pct_ci_low", 100.0 * low)
    out.insert(8, "pct_ci_high", 100.0 * high)
    out.insert(12, "small_sample", out["n_responses"] < min_n)
    out = _rank(out, keys=["segment", "category"], by=["pct", "pct_ci_low"], ascending=False,
                eligible=~out["small_sample"] & (out["n_mentions"] > 0))
    out.insert(13, "rank", out.pop("rank"))
    return drop_segment_unless_asked(out, segment)


def _examples(prep: Prepared, base: np.ndarray, j: int, polarity: str, k: int) -> dict:
    """Up to *k* distinct example texts for theme column *j* among the *base* rows."""
    names = [f"example_{i + 1}" for i in range(k)]
    if prep.text is None or k == 0:
        return dict.fromkeys(names, "")
    present = prep.mentions.present_values
    rows = np.flatnonzero(base & present[:, j] & (prep.text_length > 0))
    if not len(rows):
        return dict.fromkeys(names, "")
    other_polarity = prep.mentions.polarity_values[rows, j] != polarity if polarity else np.zeros(len(rows))
    several_themes = present[rows].sum(axis=1) > 1
    theme_id = prep.mentions.theme_ids[j]
    prob = -prep.probability[theme_id].to_numpy(dtype=float)[rows] \
        if prep.probability is not None and theme_id in prep.probability else np.zeros(len(rows))
    length_gap = np.abs(prep.text_length[rows] - _EXAMPLE_LENGTH)
    order = np.lexsort((rows, length_gap, np.nan_to_num(prob), several_themes, other_polarity))
    chosen: list[str] = []
    for row in rows[order]:  # distinct texts, best first
        text = prep.text[row]
        if text not in chosen:
            chosen.append(text)
            if len(chosen) == k:
                break
    return dict(zip(names, chosen + [""] * (k - len(chosen))))


def _rank(out: pd.DataFrame, *, keys, by, ascending, eligible) -> pd.DataFrame:
    """Sort within *keys* and number the *eligible* rows 1, 2, ... (others: missing rank)."""
    out = out.assign(_eligible=eligible.to_numpy())
    out = out.sort_values(keys + ["_eligible"] + by, ascending=[True] * len(keys) + [False] + [ascending] * len(by),
                          kind="stable", key=group_order)
    rank = out.groupby(keys, sort=False)["_eligible"].cumsum()
    out["rank"] = rank.where(out["_eligible"]).astype("Int64")
    return out.drop(columns="_eligible").reset_index(drop=True)


def top_complaints(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Themes ranked among **detractors** (0-6): :func:`theme_shares` for that category.

    Examples of negative polarity come first. Takes the same keyword
    arguments as :func:`theme_shares` (except ``categories``).
    """
    return theme_shares(df, categories=("detractor",), **kwargs)


def top_strengths(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Themes ranked among **promoters** (9-10), positive examples first; see :func:`theme_shares`."""
    return theme_shares(df, categories=("promoter",), **kwargs)


def passive_themes(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """What **passives** (7-8) mention, ranked; see :func:`theme_shares`."""
    return theme_shares(df, categories=("passive",), **kwargs)


def theme_impact(
    df: pd.DataFrame,
    *,
    score: str = "score",
    themes: str = "themes",
    discovered: str | None = "discovered_theme",
    segment: str | None = None,
    confidence: float = 0.95,
    alpha: float = 0.05,
    min_n: int = 30,
    order=None,
    prepared: Prepared | None = None,
) -> pd.DataFrame:
    r"""Each theme's impact on the NPS, with an interval and a corrected significance flag.

    With :math:`n` responses, :math:`n_t` of them mentioning theme :math:`t`,
    :math:`w = n_t/n`, and :math:`\mathrm{NPS}_t`, :math:`\mathrm{NPS}_{\bar t}`
    the NPS of the responses that do / do not mention it:

    .. math::

        \mathrm{impact}_t = \mathrm{NPS} - \mathrm{NPS}_{\bar t}
                          = w\,(\mathrm{NPS}_t - \mathrm{NPS}_{\bar t}) = w\,D,

    since :math:`\mathrm{NPS} = w\,\mathrm{NPS}_t + (1-w)\,\mathrm{NPS}_{\bar t}`.
    The two NPS values in the difference overlap (all = mention ∪ not), so
    the interval is built on the disjoint groups: by the delta method, with
    :math:`w` and the two group NPS asymptotically independent (multinomial
    sampling),

    .. math::

        \operatorname{Var}(\mathrm{impact}_t) \approx
            w^2\,(\mathrm{SE}_t^2 + \mathrm{SE}_{\bar t}^2) + D^2\,\frac{w(1-w)}{n},

    with each SE from :func:`textnps.stats.nps_standard_error`; the interval
    is :math:`\mathrm{impact}_t \pm z\,\sqrt{\operatorname{Var}}`. The impact is
    0 exactly when :math:`D = 0`, so ``p_value`` is the two-sample z-test of
    :math:`D` (:func:`textnps.stats.compare_nps`), adjusted over the themes of
    each segment by Benjamini-Hochberg (``p_adjusted``);
    ``significant = p_adjusted < alpha`` and not a small sample (with few
    mentions the Wald variance can be 0 and the test is not to be trusted). ``nps_theme`` is the theme's own
    NPS with its Wald interval. A negative impact means the theme pulls the
    NPS down. Rows are sorted by impact, most negative first; themes mentioned
    by fewer than ``min_n`` responses are flagged ``small_sample`` and not ranked.

    Returns
    -------
    DataFrame
        ``[segment], theme_id, source, n, n_mentions, pct_mentions, nps_all,
        nps_theme, nps_theme_ci_low, nps_theme_ci_high, nps_without, impact,
        impact_se, impact_ci_low, impact_ci_high, p_value, p_adjusted,
        significant, small_sample, rank``

    Examples
    --------
    >>> df = pd.DataFrame({"score": [0, 0, 10, 10, 10, 8], "themes": ["price:neg"] * 2 + [""] * 4})
    >>> r = theme_impact(df, min_n=1).iloc[0]
    >>> [round(float(r[c]), 2) for c in ("nps_all", "nps_theme", "nps_without", "impact")]
    [16.67, -100.0, 75.0, -58.33]
    """
    check_confidence_and_min_n(confidence, min_n)
    prep = prepared or prepare(df, score=score, themes=themes, discovered=discovered, segment=segment,
                               text=None, order=order)
    present = prep.mentions.present_values
    z = z_value(confidence)
    det, pas, pro = (prep.category == c for c in CATEGORIES)
    blocks = []
    for seg, in_group in prep.groups:
        n = int(in_group.sum())
        whole = stats.nps_interval(int(det[in_group].sum()), int(pas[in_group].sum()), int(pro[in_group].sum()))
        rows = []
        for j, theme_id in enumerate(prep.mentions.theme_ids):
            mention = in_group & present[:, j]
            rest = in_group & ~present[:, j]
            n_t = int(mention.sum())
            own_counts = (int(det[mention].sum()), int(pas[mention].sum()), int(pro[mention].sum()))
            rest_counts = (int(det[rest].sum()), int(pas[rest].sum()), int(pro[rest].sum()))
            own = stats.nps_interval(*own_counts, confidence=confidence)  # its interval: adjusted when small
            # the delta method below is built on the plain (Wald) variances
            own_se = stats.nps_interval(*own_counts, method="wald")["se"]
            without = stats.nps_interval(*rest_counts, method="wald")
            w = n_t / n if n else math.nan
            impact = whole["nps"] - without["nps"]
            diff = own["nps"] - without["nps"]
            se = math.sqrt(w**2 * (own_se ** 2 + without["se"] ** 2) + diff**2 * w * (1 - w) / n) \
                if n_t and n_t < n else math.nan
            test = stats.compare_nps_counts(own_counts, rest_counts) if n_t and n_t < n else {"p_value": math.nan}
            rows.append({
                "segment": seg, "theme_id": theme_id, "source": prep.mentions.source[theme_id],
                "n": n, "n_mentions": n_t, "pct_mentions": 100.0 * w, "nps_all": whole["nps"],
                "nps_theme": own["nps"], "nps_theme_ci_low": own["ci_low"], "nps_theme_ci_high": own["ci_high"],
                "nps_without": without["nps"], "impact": impact, "impact_se": se,
                "impact_ci_low": impact - z * se, "impact_ci_high": impact + z * se,
                "p_value": test["p_value"],
            })
        block = pd.DataFrame(rows, columns=["segment", "theme_id", "source", "n", "n_mentions", "pct_mentions",
                                            "nps_all", "nps_theme", "nps_theme_ci_low", "nps_theme_ci_high",
                                            "nps_without", "impact", "impact_se", "impact_ci_low",
                                            "impact_ci_high", "p_value"])
        block["p_adjusted"] = benjamini_hochberg(block["p_value"])
        blocks.append(block)
    out = pd.concat(blocks, ignore_index=True)
    out["small_sample"] = out["n_mentions"] < min_n
    out["significant"] = (out["p_adjusted"] < alpha) & ~out["small_sample"]
    out = _rank(out, keys=["segment"], by=["impact"], ascending=True,
                eligible=~out["small_sample"] & out["impact"].notna())
    return drop_segment_unless_asked(out, segment)
