"""No false alarms: a rise resting on a comment or two is never emerging, nor a key finding (issue 16)."""
from __future__ import annotations

import pandas as pd
import pytest

from textnps._errors import ParameterError
from textnps.report.trends import emerging_themes, theme_trends, trend_tests

#: (report language, a comment about delivery, a comment about the price) per language
WORDS = {
    "sv": ("Leveransen kom för sent", "För dyrt"),
    "da": ("Leveringen kom for sent", "For dyrt"),
    "no": ("Leveransen kom for sent", "For dyrt"),
}


def planted(lang: str, *, n_before: int, m_before: int, n_recent: int, m_recent: int) -> pd.DataFrame:
    """Detractors over 3 months; 'delivery' in m_before of the n_before responses of the first two, m_recent of
    the n_recent of the last."""
    delivery, price = WORDS[lang]
    rows = []
    for i in range(n_before):
        rows.append((pd.Timestamp("2026-08-01") + pd.Timedelta(days=i % 60), i < m_before))
    for i in range(n_recent):
        rows.append((pd.Timestamp("2026-10-01") + pd.Timedelta(days=i % 30), i < m_recent))
    texts = [delivery if hit else price for _, hit in rows]
    return pd.DataFrame({
        "id": [f"R{i:05d}" for i in range(len(rows))], "score": 3, "date": [d for d, _ in rows],
        "text": texts, "text_clean": texts, "empty_comment": False,
        "themes": ["delivery:neg" if hit else "price:neg" for _, hit in rows],
    })


def delivery_test(frame: pd.DataFrame) -> pd.Series:
    tests = trend_tests(theme_trends(frame, categories=["detractor"]))
    return tests.set_index("theme_id").loc["delivery"]


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_one_of_138_against_0_of_2576_is_not_flagged(lang):
    row = delivery_test(planted(lang, n_before=2576, m_before=0, n_recent=138, m_recent=1))
    assert row["test"] == "fisher"            # a zero baseline: never the z-test
    assert row["p_value"] > 0.05              # exact two-sided p = 138/2714 ~ 0.051
    assert row["small_sample"] and not row["significant"] and row["direction"] == ""


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_real_rise_is_flagged(lang):
    frame = planted(lang, n_before=2500, m_before=20, n_recent=300, m_recent=40)
    row = delivery_test(frame)
    assert not row["small_sample"] and row["significant"] and row["direction"] == "up"
    emerging = emerging_themes(trend_tests(theme_trends(frame, categories=["detractor"])))
    assert emerging["theme_id"].tolist() == ["delivery"]


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_fisher_where_a_cell_expects_few_counts(lang):
    """12 of 40 against 0 of 400: a rise big enough for the exact test, below Cochran's rule for the z-test."""
    row = delivery_test(planted(lang, n_before=400, m_before=0, n_recent=40, m_recent=12))
    assert row["test"] == "fisher"
    # hypergeometric: P(all 12 mentions fall among the 40 recent of 440) is the one-sided tail
    from scipy.stats import hypergeom
    assert row["p_value"] == pytest.approx(hypergeom(440, 12, 40).sf(11), rel=1e-6)
    assert row["significant"] and row["direction"] == "up"


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_too_few_recent_mentions_is_a_small_sample(lang):
    frame = planted(lang, n_before=400, m_before=0, n_recent=40, m_recent=9)
    tests = trend_tests(theme_trends(frame, categories=["detractor"]), min_mentions=10)
    assert tests.set_index("theme_id").loc["delivery", "small_sample"]
    tests = trend_tests(theme_trends(frame, categories=["detractor"]), min_mentions=5)
    assert not tests.set_index("theme_id").loc["delivery", "small_sample"]


def test_min_mentions_must_be_a_whole_number():
    frame = planted("sv", n_before=40, m_before=0, n_recent=40, m_recent=1)
    with pytest.raises(ParameterError, match="'min_mentions' parameter must be a whole number >= 1. Got 0"):
        trend_tests(theme_trends(frame), min_mentions=0)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_key_findings_leave_out_a_rise_on_tiny_counts(lang):
    """2 of 68 recent mentions against 0 before: neither emerging nor a key finding; a real rise is both."""
    from textnps.report.analyze import analyze
    from textnps.report.html import _findings

    tiny = analyze(planted(lang, n_before=300, m_before=0, n_recent=68, m_recent=2), lang=lang, progress=False)
    assert "delivery" not in set(tiny.tables["emerging"]["theme_id"])
    tests = tiny.tables["trend_tests"].set_index(["category", "theme_id"])
    assert tests.loc[("detractor", "delivery"), "small_sample"]
    findings = _findings(tiny.tables, *_labels(tiny))
    assert not any("delivery" in line for line in findings)
    # a hand-made emerging row on tiny counts is kept out of the key findings too
    forced = dict(tiny.tables, emerging=tiny.tables["trend_tests"].query("theme_id == 'delivery'"))
    assert not any("delivery" in line for line in _findings(forced, *_labels(tiny)))

    real = analyze(planted(lang, n_before=300, m_before=3, n_recent=68, m_recent=30), lang=lang, progress=False)
    assert "delivery" in set(real.tables["emerging"]["theme_id"])
    assert any("delivery" in line for line in _findings(real.tables, *_labels(real)))


def _labels(report):
    from textnps.report._labels import report_labels

    return report_labels(report.lang), {}
