import json
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from textnps import InputError, ParameterError, read_survey
from textnps.io import detect_encoding, detect_separator

ROWS = [
    ("r1", "2026-01-31", "SE", "10", "Jättebra, för snabbt!"),
    ("r2", "2026-02-15", "DK", "3", "Kundeservicen var dårlig. Æøå"),
    ("r3", "2026-03-01", "NO", "7", ""),
    ("r4", "2026-03-02", "NO", "9", "Fornøyd med løsningen"),
]


def write_csv(path, header, rows, *, sep=",", encoding="utf-8"):
    def cell(v):
        v = str(v)
        return f'"{v}"' if (sep in v or '"' in v) else v
    lines = [sep.join(cell(h) for h in header)] + [sep.join(cell(v) for v in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


HEADER = ["id", "date", "segment", "score", "comment"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_csv_encodings_and_separators(tmp_path, encoding, sep):
    path = write_csv(tmp_path / "export.csv", HEADER, ROWS, sep=sep, encoding=encoding)
    df = read_survey(path)
    assert df["text"].tolist() == [r[4] for r in ROWS]
    assert "för" in df["text"][0] and "Æøå" in df["text"][1] and "ø" in df["text"][3]
    assert df["score"].tolist() == [10, 3, 7, 9]
    assert df.attrs["textnps_read"]["sep"] == sep


def test_cp1252_is_detected_not_latin1_guessed_wrong():
    data = "kommentar\nför dyrt – €10\n".encode("cp1252")
    assert detect_encoding(data) == "cp1252"
    assert detect_encoding("för".encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbfa") == "utf-8-sig"


def test_separator_ignores_commas_in_quotes():
    text = 'betyg;kommentar\n9;"bra, men dyrt, tycker jag"\n3;"nej, nej, nej"\n'
    assert detect_separator(text) == ";"


def test_decimal_comma_scores_and_numbers(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["Betyg", "Kommentar", "Belopp"],
                     [("9,0", "bra", "12,5"), ("10,0", "toppen", "3,25")], sep=";")
    df = read_survey(path)
    assert df["score"].tolist() == [9, 10]
    assert df["Belopp"].tolist() == [12.5, 3.25]


def test_leading_zero_ids_are_kept(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["Løbenummer", "Karakter", "Fritekst"], [("007", "9", "ok"), ("010", "3", "nej")])
    df = read_survey(path)
    assert df["id"].tolist() == ["007", "010"]


@pytest.mark.parametrize(
    "header, roles",
    [
        (["Svar-ID", "Datum", "Marknad", "Betyg", "Kommentar"], ("Svar-ID", "Datum", "Marknad", "Betyg", "Kommentar")),
        (["Respondent ID", "Dato", "Marked", "Karakter", "Fritekst"], ("Respondent ID", "Dato", "Marked", "Karakter", "Fritekst")),
        (["Svar ID", "Dato", "Produkt", "Hvor sannsynlig er det at du vil anbefale oss?", "Begrunnelse"],
         ("Svar ID", "Dato", "Produkt", "Hvor sannsynlig er det at du vil anbefale oss?", "Begrunnelse")),
        (["response_id", "submitted_at", "country", "NPS", "NPS comment"], ("response_id", "submitted_at", "country", "NPS", "NPS comment")),
    ],
    ids=["sv", "da", "no", "en"],
)
def test_columns_found_by_name(tmp_path, header, roles):
    df = read_survey(write_csv(tmp_path / "e.csv", header, ROWS))
    assert df.attrs["textnps_columns"] == dict(zip(("id", "date", "segment", "score", "text"), roles))
    assert df["segment"].tolist() == ["SE", "DK", "NO", "NO"]
    assert df["date"].dt.month.tolist() == [1, 2, 3, 3]


def test_original_columns_survive(tmp_path):
    df = read_survey(write_csv(tmp_path / "e.csv", ["Betyg", "Kommentar", "Extra"], [("9", "a", "x"), ("1", "b", "y")]))
    assert list(df.columns[:3]) == ["Betyg", "Kommentar", "Extra"]
    assert df["Extra"].tolist() == ["x", "y"]


def test_ambiguous_columns_listed(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["Betyg", "Karakter", "Kommentar"], [("9", "8", "a"), ("1", "2", "b")])
    with pytest.raises(InputError, match=r"Several columns could be the score \(0-10\): \['Betyg', 'Karakter'\]. Name the one to use with score="):
        read_survey(path)
    assert read_survey(path, score_col="Karakter")["score"].tolist() == [8, 2]


def test_required_column_not_found(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["a", "b"], [("x", "y")])
    with pytest.raises(InputError, match=r"Could not find the score \(0-10\) column among the columns \['a', 'b'\]"):
        read_survey(path)


def test_named_column_missing_has_close_match(tmp_path):
    path = write_csv(tmp_path / "e.csv", HEADER, ROWS)
    with pytest.raises(InputError, match=r"Column 'coment' \(given for the text\) is not in the file.*Did you mean 'comment'\?"):
        read_survey(path, text_col="coment")


def test_columns_found_by_content_when_names_say_nothing(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["q1", "q2"], [("9", "Mycket nöjd med servicen"), ("2", "Alldeles för dyrt abonnemang")])
    df = read_survey(path)
    assert df.attrs["textnps_columns"] == {"score": "q1", "text": "q2"}


def test_bad_scores_raise_with_rows(tmp_path):
    rows = [("1", "9", "a"), ("2", "11", "b"), ("3", "-1", "c"), ("4", "ti", "d"), ("5", "", "e"), ("6", "7", "f")]
    path = write_csv(tmp_path / "e.csv", ["id", "score", "comment"], rows)
    with pytest.raises(InputError, match=r"Column 'score' has 4 value\(s\) that are not NPS scores.*row 1: '11', row 2: '-1', row 3: 'ti', row 4: '<empty>'.*errors='coerce'"):
        read_survey(path)


def test_coerce_drops_and_reports(tmp_path):
    rows = [("1", "9", "a"), ("2", "11", "b"), ("3", "7", "")]
    path = write_csv(tmp_path / "e.csv", ["id", "score", "comment"], rows)
    with pytest.warns(UserWarning, match=r"Dropped 1 of 3 rows whose 'score' is not an NPS score"):
        df = read_survey(path, errors="coerce")
    assert df["id"].tolist() == ["1", "3"]
    assert df.attrs["textnps_read"]["dropped"] == 1


def test_errors_setting_checked(tmp_path):
    with pytest.raises(ParameterError, match=r"'errors' parameter of read_survey must be one of \['raise', 'coerce'\]. Got 'ignore'"):
        read_survey(tmp_path / "x.csv", errors="ignore")


def test_empty_comments_kept_and_marked(tmp_path):
    df = read_survey(write_csv(tmp_path / "e.csv", HEADER, ROWS))
    assert len(df) == 4
    assert df["empty_comment"].tolist() == [False, False, True, False]
    assert df["text"][2] == ""


@pytest.mark.parametrize("dates", [("31.01.2026", "15.02.2026"), ("31/01/2026", "15/02/2026"), ("2026-01-31", "2026-02-15"),
                                   ("2026-01-31T10:00:00Z", "2026-02-15T11:00:00Z"), ("31-01-2026 10:15", "15-02-2026 08:00")])
def test_date_formats(tmp_path, dates):
    path = write_csv(tmp_path / "e.csv", ["Datum", "Betyg", "Kommentar"], [(dates[0], "9", "a"), (dates[1], "3", "b")])
    df = read_survey(path)
    assert df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-01-31", "2026-02-15"]


def test_day_first_dates(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["Dato", "Karakter", "Fritekst"], [("03/04/2026", "9", "a"), ("05/04/2026", "3", "b")])
    assert read_survey(path)["date"].dt.month.tolist() == [4, 4]


def test_bad_dates(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["Datum", "Betyg", "Kommentar"], [("2026-01-31", "9", "a"), ("igår", "3", "b")])
    with pytest.raises(InputError, match=r"Column 'Datum' has 1 value\(s\) that are not dates.*row 1: 'igår'"):
        read_survey(path)
    assert read_survey(path, errors="coerce")["date"].isna().tolist() == [False, True]


def test_duplicate_ids(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["id", "score", "comment"], [("1", "9", "a"), ("1", "3", "b")])
    with pytest.raises(InputError, match=r"Column 'id' \(the id\) has 1 repeated value"):
        read_survey(path)


def test_excel(tmp_path):
    frame = pd.DataFrame({"Kommentar": ["för dyrt", None], "Betyg": [3.0, 10.0], "Datum": pd.to_datetime(["2026-01-02", "2026-02-03"])})
    path = tmp_path / "e.xlsx"
    frame.to_excel(path, index=False)
    df = read_survey(path)
    assert df["score"].tolist() == [3, 10] and df["text"].tolist() == ["för dyrt", ""]
    assert df["date"].dt.day.tolist() == [2, 3]


def test_parquet(tmp_path):
    frame = pd.DataFrame({"comment": ["æøå"], "score": [9], "market": ["DK"]})
    path = tmp_path / "e.parquet"
    frame.to_parquet(path)
    df = read_survey(path, segment_col="market")
    assert df["text"][0] == "æøå" and df["score"][0] == 9


@pytest.mark.parametrize("as_list", [False, True])
def test_json(tmp_path, as_list):
    records = [{"kommentar": "bra", "betyg": "10 - Mycket troligt"}, {"kommentar": "för dyrt", "betyg": 2}]
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps(records) if as_list else "\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert read_survey(path)["score"].tolist() == [10, 2]


def test_bad_json_line(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text('{"betyg": 1}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match="Line 2 of .* is not JSON"):
        read_survey(path)


@pytest.mark.parametrize("content, message", [(b"", "is empty"), (b"\x00\x01\x02betyg", "contains NUL bytes"),
                                              (b'betyg,kommentar\n9,"unterminated\n', "Could not read|Could not find")])
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "e.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_survey(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="No such file"):
        read_survey(tmp_path / "nope.csv")


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_never_crash(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    _valid_or_clear_error(path)


_cell = st.one_of(st.text(max_size=12), st.integers(-3, 14).map(str), st.sampled_from(["9,0", "10 - Mycket troligt", "", '"', ";", "\n"]))


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(["score", "betyg", "kommentar", "text", "dato", "id", "x", ""]), min_size=1, max_size=4),
       rows=st.lists(st.lists(_cell, min_size=1, max_size=4), max_size=6),
       sep=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "cp1252"]))
def test_csv_like_bytes_never_crash(tmp_path, header, rows, sep, encoding):
    text = "\n".join(sep.join(r) for r in [header] + rows)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _valid_or_clear_error(path)


def _valid_or_clear_error(path):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            df = read_survey(path, errors="coerce")
    except InputError:
        return
    assert df["score"].dtype == "Int64"
    assert df["score"].between(0, 10).all()
    assert df["text"].map(lambda v: isinstance(v, str)).all()
    assert df["empty_comment"].dtype == bool


def test_implausible_dates_are_not_dates(tmp_path):
    path = write_csv(tmp_path / "e.csv", ["score", "dato", "kommentar"], [("9", "/1", "a"), ("3", "2026-01-01", "b")])
    with pytest.raises(InputError, match=r"Column 'dato' has 1 value\(s\) that are not dates.*row 0: '/1'"):
        read_survey(path)


def test_standardize_survey_matches_read_survey(tmp_path):
    from textnps.io import standardize_survey

    path = write_csv(tmp_path / "e.csv", HEADER, ROWS)
    from_file = read_survey(path)
    in_memory = standardize_survey(pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""]))
    cols = ["id", "score", "text", "empty_comment", "date", "segment"]
    pd.testing.assert_frame_equal(from_file[cols], in_memory[cols])
    assert in_memory.attrs["textnps_columns"] == from_file.attrs["textnps_columns"]
