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
