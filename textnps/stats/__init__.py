"""Statistics: NPS (categories, the score, its intervals, comparisons; :mod:`textnps.stats.nps`)
and shares (Wilson intervals, the two-proportion z-test, Benjamini-Hochberg;
:mod:`textnps.stats.shares`). Formulas and sources are in each function's docstring.

Statistics never import the NLP stages or reporting.
"""
from textnps.stats.nps import (
    AUTO_WALD_MIN_N, CATEGORIES, METHODS, PERIODS, category_names, compare_nps, compare_nps_counts,
    interval_method, nps, nps_category, nps_interval, nps_standard_error, nps_summary, period_label,
)
from textnps.stats.shares import benjamini_hochberg, two_proportion_ztest, wilson_interval, z_value

__all__ = [
    "CATEGORIES", "METHODS", "PERIODS", "AUTO_WALD_MIN_N", "category_names", "compare_nps", "compare_nps_counts",
    "nps", "nps_category", "interval_method", "nps_interval", "nps_standard_error", "nps_summary", "period_label",
    "wilson_interval", "two_proportion_ztest", "benjamini_hochberg", "z_value",
]
