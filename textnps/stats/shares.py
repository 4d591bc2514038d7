r"""Intervals and tests for shares (a theme's share of comments), vectorised over numpy arrays.

Wilson score interval (Wilson 1927), the two-proportion z-test with a pooled
standard error, and Benjamini-Hochberg's false discovery rate adjustment
(Benjamini & Hochberg 1995); formulas in each docstring.
"""
from __future__ import annotations

import numpy as np

__all__ = ["z_value", "wilson_interval", "two_proportion_ztest", "benjamini_hochberg"]

def z_value(confidence: float) -> float:
    """Two-sided normal quantile, e.g. 1.95996 for ``confidence=0.95``."""
    from scipy import stats as _sps  # imported on use: scipy.stats costs ~0.5 s to import
    return float(_sps.norm.ppf(0.5 + confidence / 2))


def wilson_interval(count, n, *, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of the proportion ``count / n`` (as fractions 0-1).

    .. math::

        \\frac{\\hat p + \\frac{z^2}{2n}}{1 + \\frac{z^2}{n}} \\pm
        \\frac{z}{1 + \\frac{z^2}{n}} \\sqrt{\\frac{\\hat p (1-\\hat p)}{n} + \\frac{z^2}{4 n^2}}

    Wilson, E. B. (1927), JASA 22, 209-212. Unlike the Wald interval it stays
    inside [0, 1] and behaves for small *n* and shares near 0 or 1. ``n == 0``
    gives NaN.

    >>> low, high = wilson_interval(8, 10)
    >>> round(float(low), 4), round(float(high), 4)
    (0.4902, 0.9433)
    """
    count = np.asarray(count, dtype=float)
    n = np.asarray(n, dtype=float)
    z = z_value(confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = count / n
        denom = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denom
        half = z / denom * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)


def two_proportion_ztest(x1, n1, x2, n2) -> tuple[np.ndarray, np.ndarray]:
    """Pooled two-proportion z-test of ``x1/n1`` against ``x2/n2``; returns ``(z, p_value)``.

    .. math::

        \\bar p = \\frac{x_1 + x_2}{n_1 + n_2}, \\qquad
        z = \\frac{x_1/n_1 - x_2/n_2}{\\sqrt{\\bar p (1 - \\bar p) (1/n_1 + 1/n_2)}}

    with a two-sided p-value :math:`2\\,(1 - \\Phi(|z|))`. NaN where a sample
    is empty or the pooled share is 0 or 1 (nothing to test).

    >>> z, p = two_proportion_ztest(30, 100, 15, 100)
    >>> round(float(z), 3), round(float(p), 4)
    (2.54, 0.0111)
    """
    x1, n1, x2, n2 = (np.asarray(v, dtype=float) for v in (x1, n1, x2, n2))
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled = (x1 + x2) / (n1 + n2)
        se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        z = (x1 / n1 - x2 / n2) / se
    z = np.where(np.isfinite(z), z, np.nan)
    from scipy import stats as _sps  # imported on use: scipy.stats costs ~0.5 s to import
    return z, 2 * _sps.norm.sf(np.abs(z))


def benjamini_hochberg(p_values) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (false discovery rate); NaN stays NaN.

    For the m finite p-values sorted :math:`p_{(1)} \\le \\dots \\le p_{(m)}`,
    :math:`\\tilde p_{(i)} = \\min_{j \\ge i} \\min(1, m\\,p_{(j)}/j)`.
    Benjamini & Hochberg (1995), JRSS B 57, 289-300.

    >>> benjamini_hochberg([0.01, 0.04, 0.03, float("nan")]).round(3).tolist()
    [0.03, 0.04, 0.04, nan]
    """
    p = np.asarray(p_values, dtype=float)
    out = np.full(p.shape, np.nan)
    finite = np.isfinite(p)
    if finite.any():
        from scipy import stats as _sps  # imported on use: scipy.stats costs ~0.5 s to import
        out[finite] = _sps.false_discovery_control(p[finite], method="bh")
    return out
