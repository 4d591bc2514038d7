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
from textnps.report._examples import examples
from textnps.report._impact import impact_block, polarity_matrix
from textnps.report._labels import ALL
from textnps.report._layout import check_confidence_and_min_n, drop_segment_unless_asked, group_order
from textnps.report._mentions import POLARITIES
from textnps.report._prepared import Prepared, prepare
from textnps.stats import wilson_interval

__all__ = ["theme_shares", "top_complaints", "top_strengths", "passive_themes", "theme_impact", "CATEGORIES"]

CATEGORIES = stats.CATEGORIES
#: The polarity whose comments make the best examples for each category.
_PREFERRED_POLARITY = {"detractor": "neg", "passive": "mixed", "promoter": "pos", ALL: ""}
#: Columns of ``theme_impact`` measured again on the negative and the positive mentions alone (``_neg``, ``_pos``).
_SPLIT_COLUMNS = ("n_mentions", "impact", "impact_ci_low", "impact_ci_high", "p_adjusted")


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
        Example quotes per row (``example_1`` ...): among detractors only
        comments where the theme is negative, among promoters only positive
        ones (passives: mixed first), cut to the clause that mentions the
        theme, at most 300 characters (:mod:`textnps.report.quotes`).

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
    by_polarity = {name: prep.mentions.has_polarity(name) for name in POLARITIES}
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
                quotes = examples(prep, base, j, _PREFERRED_POLARITY[category], n_examples)
                row.update({f"example_{i + 1}": q for i, q in enumerate(quotes + [""] * (n_examples - len(quotes)))})
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

    Complaints and praise apart: the same impact computed on the **negative**
    mentions alone (polarity ``neg``: :math:`t` is "mentions it negatively")
    is ``impact_neg`` (the NPS points the complaints about the theme cost,
    :math:`\le 0` when they come from detractors), and on the **positive**
    mentions alone ``impact_pos`` (the points its praise adds), each with its
    interval, BH-adjusted p-value, ``small_sample_*`` (fewer than ``min_n``
    such mentions) and ``significant_*``. ``mixed`` mentions count in
    ``impact`` but in neither split. The pooled ``impact`` of a theme both
    praised and criticised nets the two out; read the split columns to see
    which it is.

    Returns
    -------
    DataFrame
        ``[segment], theme_id, source, n, n_mentions, pct_mentions, nps_all,
        nps_theme, nps_theme_ci_low, nps_theme_ci_high, nps_without, impact,
        impact_se, impact_ci_low, impact_ci_high, p_value, p_adjusted,
        n_mentions_neg, impact_neg, impact_ci_low_neg, impact_ci_high_neg,
        p_adjusted_neg, n_mentions_pos, impact_pos, impact_ci_low_pos,
        impact_ci_high_pos, p_adjusted_pos, small_sample, significant,
        small_sample_neg, significant_neg, small_sample_pos, significant_pos,
        rank``

    Examples
    --------
    >>> df = pd.DataFrame({"score": [0, 0, 10, 10, 10, 8], "themes": ["price:neg"] * 2 + [""] * 4})
    >>> r = theme_impact(df, min_n=1).iloc[0]
    >>> [round(float(r[c]), 2) for c in ("nps_all", "nps_theme", "nps_without", "impact", "impact_neg", "impact_pos")]
    [16.67, -100.0, 75.0, -58.33, -58.33, 0.0]
    """
    check_confidence_and_min_n(confidence, min_n)
    prep = prepared or prepare(df, score=score, themes=themes, discovered=discovered, segment=segment,
                               text=None, order=order)
    ids = prep.mentions.theme_ids
    blocks = []
    for seg, in_group in prep.groups:
        block = impact_block(prep, in_group, polarity_matrix(prep, None), confidence=confidence)
        block.insert(0, "segment", seg)
        block.insert(1, "theme_id", ids)
        block.insert(2, "source", [prep.mentions.source[t] for t in ids])
        block.insert(3, "n", int(in_group.sum()))
        block = block.drop(columns="p_adjusted").assign(p_adjusted=block["p_adjusted"])
        for polarity in ("neg", "pos"):  # complaints and praise apart: the points each costs or adds
            split = impact_block(prep, in_group, polarity_matrix(prep, polarity), confidence=confidence)
            for column in _SPLIT_COLUMNS:
                block[f"{column}_{polarity}"] = split[column].to_numpy()
        blocks.append(block)
    out = pd.concat(blocks, ignore_index=True)
    out["small_sample"] = out["n_mentions"] < min_n
    out["significant"] = (out["p_adjusted"] < alpha) & ~out["small_sample"]
    for polarity in ("neg", "pos"):
        out[f"small_sample_{polarity}"] = out[f"n_mentions_{polarity}"] < min_n
        out[f"significant_{polarity}"] = (out[f"p_adjusted_{polarity}"] < alpha) & ~out[f"small_sample_{polarity}"]
    out = _rank(out, keys=["segment"], by=["impact"], ascending=True,
                eligible=~out["small_sample"] & out["impact"].notna())
    return drop_segment_unless_asked(out, segment)
