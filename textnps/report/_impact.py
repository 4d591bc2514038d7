r"""The NPS impact of one set of mentions per theme: the arithmetic of :func:`~textnps.report.tables.theme_impact`.

:func:`impact_block` takes a boolean matrix (response x theme) of the
mentions to measure: every mention, or only the negative (or positive) ones,
so the points a theme's complaints cost and the points its praise adds are
measured apart (``impact_neg``, ``impact_pos``).
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from textnps import stats
from textnps.report._prepared import Prepared
from textnps.stats import benjamini_hochberg, z_value

__all__ = ["impact_block", "polarity_matrix", "IMPACT_COLUMNS"]

IMPACT_COLUMNS = ["n_mentions", "pct_mentions", "nps_all", "nps_theme", "nps_theme_ci_low", "nps_theme_ci_high",
                  "nps_without", "impact", "impact_se", "impact_ci_low", "impact_ci_high", "p_value", "p_adjusted"]


def polarity_matrix(prep: Prepared, polarity: str | None) -> np.ndarray:
    """Mentions of that *polarity* (``"neg"``/``"pos"``), or every mention for None."""
    present = prep.mentions.present_values
    return present if polarity is None else present & prep.mentions.has_polarity(polarity)


def impact_block(prep: Prepared, in_group: np.ndarray, matrix: np.ndarray, *, confidence: float) -> pd.DataFrame:
    r"""One row per theme of ``IMPACT_COLUMNS`` for the responses *in_group*, mentions from *matrix*.

    ``impact`` :math:`= \mathrm{NPS} - \mathrm{NPS}_{\bar t}` with its delta-method interval and the
    two-sample test of :math:`\mathrm{NPS}_t - \mathrm{NPS}_{\bar t}`, adjusted by Benjamini-Hochberg
    over the themes (see :func:`textnps.report.tables.theme_impact` for the formulas).
    """
    z = z_value(confidence)
    det, pas, pro = (prep.category == c for c in stats.CATEGORIES)
    n = int(in_group.sum())
    whole = stats.nps_interval(int(det[in_group].sum()), int(pas[in_group].sum()), int(pro[in_group].sum()))
    rows = []
    for j in range(len(prep.mentions.theme_ids)):
        mention = in_group & matrix[:, j]
        rest = in_group & ~matrix[:, j]
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
        tested = bool(n_t) and n_t < n
        se = math.sqrt(w**2 * (own_se ** 2 + without["se"] ** 2) + diff**2 * w * (1 - w) / n) if tested else math.nan
        p = stats.compare_nps_counts(own_counts, rest_counts)["p_value"] if tested else math.nan
        rows.append([n_t, 100.0 * w, whole["nps"], own["nps"], own["ci_low"], own["ci_high"], without["nps"],
                     impact, se, impact - z * se, impact + z * se, p])
    block = pd.DataFrame(rows, columns=IMPACT_COLUMNS[:-1])
    block["p_adjusted"] = benjamini_hochberg(block["p_value"])
    return block
