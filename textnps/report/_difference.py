r"""The change of a share between two independent samples: interval and test.

Used by :mod:`textnps.report.compare` for the wave-to-wave change of each
theme's share. The Wilson interval and the pooled z-test it builds on are in
:mod:`textnps.stats`.
"""
from __future__ import annotations

import numpy as np

from textnps.stats import two_proportion_ztest, wilson_interval

__all__ = ["newcombe_interval", "proportion_difference"]


def newcombe_interval(x1, n1, x2, n2, *, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    r"""Newcombe's hybrid score interval of :math:`\delta = x_1/n_1 - x_2/n_2` (fractions).

    With :math:`[l_i, u_i]` the Wilson score interval of :math:`\hat p_i = x_i/n_i`
    (:func:`~textnps.stats.wilson_interval`),

    .. math::

        L = \delta - \sqrt{(\hat p_1 - l_1)^2 + (u_2 - \hat p_2)^2}, \qquad
        U = \delta + \sqrt{(u_1 - \hat p_1)^2 + (\hat p_2 - l_2)^2}.

    Newcombe, R. G. (1998), *Interval estimation for the difference between
    independent proportions: comparison of eleven methods*, Statistics in
    Medicine 17, 873-890 (method 10). Unlike the Wald interval it stays in
    [-1, 1] and keeps its coverage near the nominal level for small samples
    and shares near 0 or 1. NaN where a sample is empty.

    >>> low, high = newcombe_interval(30, 100, 15, 100)
    >>> round(float(low), 4), round(float(high), 4)
    (0.0341, 0.2615)
    """
    x1, n1, x2, n2 = (np.asarray(v, dtype=float) for v in (x1, n1, x2, n2))
    l1, u1 = wilson_interval(x1, n1, confidence=confidence)
    l2, u2 = wilson_interval(x2, n2, confidence=confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        p1, p2 = x1 / n1, x2 / n2
    delta = p1 - p2
    low = delta - np.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = delta + np.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return low, high


def proportion_difference(x1, n1, x2, n2, *, confidence: float = 0.95) -> dict[str, np.ndarray]:
    """Difference in percentage points (``diff_pp = 100 (x1/n1 - x2/n2)``), its Newcombe interval and z-test.

    Returns ``diff_pp``, ``diff_ci_low``, ``diff_ci_high`` (points) and the
    pooled two-proportion ``z`` and two-sided ``p_value``
    (:func:`~textnps.stats.two_proportion_ztest`).

    >>> r = proportion_difference(30, 100, 15, 100)
    >>> [round(float(r[k]), 2) for k in ("diff_pp", "diff_ci_low", "diff_ci_high", "p_value")]
    [15.0, 3.41, 26.15, 0.01]
    """
    x1, n1, x2, n2 = (np.asarray(v, dtype=float) for v in (x1, n1, x2, n2))
    low, high = newcombe_interval(x1, n1, x2, n2, confidence=confidence)
    z, p = two_proportion_ztest(x1, n1, x2, n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        diff = 100.0 * (x1 / n1 - x2 / n2)
    return {"diff_pp": diff, "diff_ci_low": 100.0 * low, "diff_ci_high": 100.0 * high, "z": z, "p_value": p}
