"""textnps.stats, shares: Wilson intervals, the two-proportion z-test and Benjamini-Hochberg against hand-computed values."""
import math

import numpy as np
import pytest

from textnps.stats import benjamini_hochberg, two_proportion_ztest, wilson_interval


def test_wilson_matches_hand_computation():
    # p = 0.2, n = 50, z = 1.959964: centre = (0.2 + z²/100) / (1 + z²/50)
    z = 1.959963984540054
    centre = (0.2 + z**2 / 100) / (1 + z**2 / 50)
    half = z / (1 + z**2 / 50) * math.sqrt(0.2 * 0.8 / 50 + z**2 / (4 * 50**2))
    low, high = wilson_interval(10, 50)
    assert low == pytest.approx(centre - half)
    assert high == pytest.approx(centre + half)


@pytest.mark.parametrize("count, n", [(0, 20), (20, 20), (1, 3)])
def test_wilson_stays_inside_zero_one(count, n):
    low, high = wilson_interval(count, n)
    assert 0 <= low <= count / n <= high <= 1


def test_wilson_of_empty_sample_is_nan():
    low, high = wilson_interval(0, 0)
    assert np.isnan(low) and np.isnan(high)


def test_two_proportion_ztest_by_hand():
    # 30/100 against 15/100: pooled 0.225
    se = math.sqrt(0.225 * 0.775 * (1 / 100 + 1 / 100))
    z, p = two_proportion_ztest(30, 100, 15, 100)
    assert z == pytest.approx((0.30 - 0.15) / se)
    assert p == pytest.approx(2 * (1 - 0.5 * (1 + math.erf(abs(float(z)) / math.sqrt(2)))))


def test_two_proportion_ztest_nothing_to_test_is_nan():
    z, p = two_proportion_ztest([0, 3], [10, 0], [0, 1], [10, 5])
    assert np.isnan(z).all() and np.isnan(p).all()


def test_benjamini_hochberg_by_hand():
    # sorted 0.01, 0.03, 0.04 (m = 3): 0.03, min(0.045, 0.04), 0.04
    assert benjamini_hochberg([0.04, 0.01, 0.03]) == pytest.approx([0.04, 0.03, 0.04])
    out = benjamini_hochberg([0.5, np.nan])
    assert out[0] == pytest.approx(0.5) and np.isnan(out[1])
