"""``textnps analyze --since/--until``: the time window limits every table, and the rows left out are counted."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app

runner = CliRunner()

ROWS = {
    "sv": [(0, "För dyrt", "price:neg"), (10, "Trevlig personal", "staff_service:pos"), (8, "Helt ok", "")],
    "da": [(0, "Alt for dyrt", "price:neg"), (10, "Hyggelige ansatte", "staff_service:pos"), (8, "Helt fint", "")],
    "no": [(0, "Altfor dyrt", "price:neg"), (10, "Hyggelige ansatte", "staff_service:pos"), (8, "Helt greit", "")],
}


def export(tmp_path, lang):
    """36 responses a month, January to June 2025, in the language's words."""
    rows = [(pd.Timestamp(f"2025-{m:02d}-01") + pd.Timedelta(days=i % 27), *ROWS[lang][i % 3])
            for m in range(1, 7) for i in range(36)]
    path = tmp_path / "export.csv"
    pd.DataFrame({"Datum": [r[0].date().isoformat() for r in rows], "Poäng": [r[1] for r in rows],
                  "Kommentar": [r[2] for r in rows], "text_clean": [r[2] for r in rows],
                  "themes": [r[3] for r in rows]}).to_csv(path, index=False)
    return path, len(rows)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_since_limits_every_table(tmp_path, lang):
    path, n_rows = export(tmp_path, lang)
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(path), "--score-col", "Poäng", "--text-col", "Kommentar",
                                 "--date-col", "Datum", "--since", "2025-04-01", "--until", "2025-05-31",
                                 "--lang", lang, "--no-discover", "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    tables = {p.stem: pd.read_csv(p) for p in (out / "tables").glob("*.csv")}
    assert tables["nps_summary"]["n"].tolist() == [72]          # April and May only
    for name, table in tables.items():
        for column in ("date", "period_start"):
            if column in table.columns and len(table):
                dates = pd.to_datetime(table[column])
                assert dates.min() >= pd.Timestamp("2025-04-01"), name
                assert dates.max() < pd.Timestamp("2025-06-01"), name
    assert set(tables["nps_over_time"]["period"]) == {"2025-04", "2025-05"}
    assert set(tables["trends"]["period"]) == {"2025-04", "2025-05"}
    assert len(tables["responses"]) == 72
    assert tables["top_complaints"]["n_responses"].max() == 24
    of, dated = {"sv": ("av", "är daterade utanför"), "da": ("af", "er dateret uden for"),
                 "no": ("av", "er datert utenfor")}[lang]
    assert any(f"{n_rows - 72} {of} {n_rows} svar {dated} perioden" in note
               for note in tables["notes"]["note"])


@pytest.mark.parametrize("bad", ["2025-13-01", "last spring"])
def test_an_unparseable_window_is_one_line_naming_the_value(tmp_path, bad):
    path, _ = export(tmp_path, "sv")
    result = runner.invoke(app, ["analyze", str(path), "--score-col", "Poäng", "--text-col", "Kommentar",
                                 "--date-col", "Datum", "--since", bad, "--out", str(tmp_path / "o"), "--no-progress"])
    assert result.exit_code == 2
    assert f"The 'since' setting must be an ISO date such as 2026-01-31. Got '{bad}' instead." in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
