"""analyze(): the tables and figures of a classified survey, the saved files, and its errors."""
import pandas as pd
import pytest

from textnps._errors import InputError, ParameterError
from textnps.report.analyze import REQUIRED_TABLES, Report, analyze

CODEBOOK_IDS = {"price", "staff_service", "response_time", "claims_cases", "delivery", "product", "digital",
                "communication", "billing", "returns", "terms", "ease", "trust", "general"}


def test_planted_facts_are_found(report):
    complaints = report.tables["top_complaints"]
    overall = complaints[complaints["segment"] == "(all)"].sort_values("rank")
    assert overall["theme_id"].iloc[0] == "price"
    emerging = report.tables["emerging"]
    rising = emerging[(emerging["segment"] == "(all)") & (emerging["category"] == "detractor")]
    assert rising["theme_id"].tolist() == ["digital"]
    assert rising["recent_periods"].iloc[0] == "2026-10"


def test_every_output_file_is_written(saved, report):
    for name in ("report.html", "report.xlsx"):
        assert (saved / name).stat().st_size > 0
    tables = {p.stem for p in (saved / "tables").glob("*.csv")}
    assert set(REQUIRED_TABLES) <= tables and "responses" in tables
    assert {p.stem for p in (saved / "figures").glob("*.png")} == {
        "nps_over_time", "top_complaints", "top_strengths", "theme_impact", "theme_heatmap", "theme_trends"}
    for name in REQUIRED_TABLES:
        table = pd.read_csv(saved / "tables" / f"{name}.csv")
        if "theme_id" in table.columns:
            assert set(table["theme_id"]) <= CODEBOOK_IDS
    summary = pd.read_csv(saved / "tables" / "nps_summary.csv")
    assert summary["segment"].tolist() == ["(all)", "DK", "NO", "SE"]


def test_responses_csv_holds_only_redacted_text(saved, survey):
    responses = pd.read_csv(saved / "tables" / "responses.csv", keep_default_na=False)
    assert "text" not in responses.columns and "text_clean" in responses.columns
    assert len(responses) == len(survey)
    assert set(responses["category"]) == {"detractor", "passive", "promoter"}


def test_report_object(report):
    assert isinstance(report, Report)
    assert report.lang == "sv" and report.meta["n_responses"] == 1200
    assert "tables={fix_first[" in repr(report) and "nps_summary[4]" in repr(report)
    assert set(report.figures) >= {"top_complaints", "theme_impact"}
    assert report.theme_names["price"] == "Pris"


def test_without_segment_or_date(survey):
    report = analyze(survey.drop(columns=["segment", "date"]), progress=False)
    assert "segment" not in report.tables["top_complaints"].columns
    assert report.tables["trends"].empty and report.tables["emerging"].empty
    assert "nps_over_time" not in report.tables and "theme_trends" not in report.figures
    html = report.to_html()
    assert "Top complaints (detractors)" in html


def test_column_names_are_mapped_for_a_raw_frame():
    raw = pd.DataFrame({"Betyg": [0, 9, 10, 3] * 10, "Kommentar": ["för dyrt", "bra", "", "dyr"] * 10,
                        "themes": ["price:neg", "", "", "price:neg"] * 10, "text_clean": ["x"] * 40})
    report = analyze(raw, score_col="Betyg", text_col="Kommentar", progress=False, discover=False)
    assert report.meta["n_comments"] == 30
    assert report.tables["top_complaints"]["theme_id"].iloc[0] == "price"


@pytest.mark.parametrize("kwargs, error, message", [
    ({"period": "monthly"}, ParameterError, "'period' parameter of analyze must be one of .* Got 'monthly'.*'month'"),
    ({"lang": "se"}, ParameterError, "'lang' parameter of analyze must be one of .* Got 'se'"),
    ({"alpha": 2}, ParameterError, "'alpha' parameter of analyze must be between 0 and 1. Got 2"),
])
def test_bad_settings(survey, kwargs, error, message):
    with pytest.raises(error, match=message):
        analyze(survey, progress=False, **kwargs)


def test_bad_data():
    with pytest.raises(InputError, match="analyze expects a file path or a pandas DataFrame; got list"):
        analyze([1, 2, 3], progress=False)


def test_a_survey_without_any_theme_still_gives_a_report(tmp_path):
    import warnings

    import numpy as np

    df = pd.DataFrame({"score": np.arange(100) % 11, "text": ["ok"] * 100, "text_clean": ["ok"] * 100,
                       "themes": [""] * 100, "date": pd.date_range("2026-01-01", periods=100, freq="D")})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = analyze(df, progress=False)
        report.save(tmp_path)
    assert report.tables["top_complaints"].empty and report.tables["emerging"].empty
    assert (tmp_path / "tables" / "top_complaints.csv").read_text(encoding="utf-8").startswith("category,theme_id")


def test_dropped_rows_are_reported_in_the_report(tmp_path):
    export = tmp_path / "export.csv"
    rows = ["betyg;kommentar;themes;text_clean"] + ["0;för dyrt;price:neg;för dyrt", "10;bra;;bra"] * 20 + ["11;fel;;fel"]
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = analyze(export, errors="coerce", progress=False, lang="sv")
    assert report.meta["n_responses"] == 40
    # io warns in English; the Swedish report says it in Swedish
    assert any("1 av 41 rader togs bort eftersom 'betyg' inte är ett NPS-betyg" in note for note in report.meta["notes"])
    assert "1 av 41 rader togs bort" in report.to_html() and "Dropped" not in report.to_html()


def test_the_same_survey_gives_the_same_tables(survey, report):
    again = analyze(survey, progress=False, lang="sv")
    for name, table in report.tables.items():
        pd.testing.assert_frame_equal(table, again.tables[name])


def test_the_refiner_can_be_switched_off():
    raw = pd.DataFrame({"score": [2, 9, 10, 3] * 10,
                        "comment": ["Ringde kundtjänst om min faktura", "Snabb leverans", "Trevlig personal",
                                    "För dyrt"] * 10})
    kept = analyze(raw, text_col="comment", score_col="score", progress=False, discover=False)
    off = analyze(raw, text_col="comment", score_col="score", progress=False, discover=False, refiner=None)
    assert kept.meta["n_comments"] == off.meta["n_comments"] == 40
    with pytest.raises(ParameterError, match=r"The 'refiner' parameter of ThemeClassifier must be a str among .*Got 1 instead"):
        analyze(raw, text_col="comment", score_col="score", progress=False, discover=False, refiner=1)
