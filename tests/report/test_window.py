"""analyze(since=, until=) and the small_sample flag of nps_over_time (issue 16)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from textnps._errors import ParameterError
from textnps.report.analyze import analyze

WORDS = {"sv": ("För dyrt", "Trevlig personal"), "da": ("For dyrt", "Hyggelige ansatte"),
         "no": ("For dyrt", "Hyggelige ansatte")}


def survey(lang: str) -> pd.DataFrame:
    """40 responses in each of March and April 2026, and only 4 in May."""
    neg, pos = WORDS[lang]
    rows = [(pd.Timestamp(f"2026-{m:02d}-01") + pd.Timedelta(days=i % 28), i % 2) for m, n in ((3, 40), (4, 40), (5, 4))
            for i in range(n)]
    texts = [pos if good else neg for _, good in rows]
    return pd.DataFrame({"date": [d for d, _ in rows], "score": [10 if good else 2 for _, good in rows],
                         "text": texts, "text_clean": texts, "empty_comment": False,
                         "themes": ["staff_service:pos" if good else "price:neg" for _, good in rows]})


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_tiny_period_is_flagged_and_greyed(lang):
    report = analyze(survey(lang), lang=lang, progress=False, discover=False)
    over_time = report.tables["nps_over_time"].set_index("period")
    assert over_time["small_sample"].to_dict() == {"2026-03": False, "2026-04": False, "2026-05": True}
    ax = report.figures["nps_over_time"].axes[0]
    line = ax.lines[0].get_ydata()
    assert np.isfinite(line[:2]).all() and np.isnan(line[2])     # the tiny period is not on the line ...
    grey = [ln for ln in ax.lines[1:] if len(ln.get_xdata()) == 1]
    assert grey and grey[0].get_xdata().tolist() == [2]           # ... but a grey point of its own


#: The notes of a window, in the report's language.
WINDOW_NOTES = {"sv": ("43 av 84 svar är daterade utanför perioden", "1 av 84 svar saknar datum"),
                "da": ("43 af 84 svar er dateret uden for perioden", "1 af 84 svar har ingen dato"),
                "no": ("43 av 84 svar er datert utenfor perioden", "1 av 84 svar har ingen dato")}


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_since_and_until_keep_the_window_and_count_the_rest(lang):
    frame = survey(lang)
    frame.loc[0, "date"] = pd.NaT
    report = analyze(frame, lang=lang, progress=False, discover=False, since="2026-04-01", until="2026-04-30")
    assert report.tables["nps_summary"]["n"].tolist() == [40]
    assert report.tables["nps_over_time"]["period"].tolist() == ["2026-04"]
    assert set(report.tables["trends"]["period"]) == {"2026-04"}
    notes = report.tables["notes"]["note"].tolist()
    outside, undated = WINDOW_NOTES[lang]
    assert outside + " 2026-04-01 – 2026-04-30" in notes[0]
    assert undated in notes[1]
    assert analyze(frame, lang=lang, progress=False, discover=False,
                   until=pd.Timestamp("2026-03-31")).tables["nps_summary"]["n"].tolist() == [39]


def test_window_errors_name_the_value():
    with pytest.raises(ParameterError, match=r"'until' setting must be an ISO date such as 2026-01-31\. Got '31/4'"):
        analyze(survey("sv"), progress=False, until="31/4")
    with pytest.raises(ParameterError, match=r"The time window is empty: since='2026-05-01' is after until='2026-04-01'"):
        analyze(survey("sv"), progress=False, since="2026-05-01", until="2026-04-01")
    with pytest.raises(ParameterError, match="since/until need a date column"):
        analyze(survey("sv").drop(columns="date"), progress=False, since="2026-05-01")


def years_survey(lang: str) -> pd.DataFrame:
    """One response a month from 2012 to 2020, then 40 a month through 2023: the shape of a review export."""
    neg, pos = WORDS[lang]
    dates = [pd.Timestamp(f"{y}-{m:02d}-05") for y in range(2012, 2021) for m in range(1, 13)]
    dates += [pd.Timestamp(f"{y}-{m:02d}-01") + pd.Timedelta(days=i % 27) for y in range(2021, 2024)
              for m in range(1, 13) for i in range(40)]
    good = np.arange(len(dates)) % 3 != 0
    texts = np.where(good, pos, neg).tolist()
    return pd.DataFrame({"date": dates, "score": np.where(good, 10, 2), "text": texts, "text_clean": texts,
                         "empty_comment": False, "themes": np.where(good, "staff_service:pos", "price:neg")})


#: The note that says which periods the charts draw, in the report's language.
CHART_NOTES = {"sv": "Diagrammen över tid visar 2021-01 – 2023-12 (36 av 144 perioder",
               "da": "Diagrammerne over tid viser 2021-01 – 2023-12 (36 af 144 perioder",
               "no": "Diagrammene over tid viser 2021-01 – 2023-12 (36 av 144 perioder"}


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_charts_of_a_survey_spanning_many_years_show_the_recent_window(lang):
    report = analyze(years_survey(lang), lang=lang, progress=False, discover=False)
    over_time = report.tables["nps_over_time"]
    assert len(over_time) == 144 and over_time["small_sample"].sum() == 108   # the table keeps every month
    assert report.tables["trends"]["period"].nunique() == 144
    for name in ("nps_over_time", "theme_trends"):
        ax = report.figures[name].axes[0]
        assert max(len(line.get_xdata()) for line in ax.lines) == 36, name
        ticks = [t.get_text() for t in ax.get_xticklabels()]
        assert ticks[0] == "2021-01" and all(t >= "2021-01" for t in ticks), name
    assert any(CHART_NOTES[lang] in n for n in report.tables["notes"]["note"])


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_short_survey_is_charted_whole_with_no_note(lang):
    report = analyze(survey(lang), lang=lang, progress=False, discover=False)
    assert len(report.figures["nps_over_time"].axes[0].lines[0].get_xdata()) == 3
    assert not any(n.startswith(CHART_NOTES[lang][:12]) for n in report.tables["notes"]["note"])


def test_chart_periods_drop_only_the_small_periods_before_the_first_full_one():
    from textnps.report.chart_window import chart_periods

    table = pd.DataFrame({"period": [f"{y}" for y in range(2010, 2020)], "n": [1, 2, 50, 3, 60, 1, 1, 40, 45, 2]})
    assert chart_periods(table, period="year", min_n=30) == [f"{y}" for y in range(2012, 2020)]
    months = pd.DataFrame({"period": [f"p{i:02d}" for i in range(50)], "n": [5] * 20 + [50] * 30})
    assert chart_periods(months, period="month", min_n=30) == [f"p{i:02d}" for i in range(20, 50)]
    assert chart_periods(months.assign(n=5), period="month", min_n=30) == [f"p{i:02d}" for i in range(14, 50)]
    with pytest.raises(ValueError, match="period='day'"):
        chart_periods(months, period="day", min_n=30)
