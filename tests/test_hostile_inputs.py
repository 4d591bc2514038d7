"""Hostile input through every command: formulas in comments and segment names, mixed encodings,
repeated columns, degenerate samples. No CSV textnps writes may hold an active formula.

The surveys are built here, one per language (sv, da, no), with formula payloads
(OWASP's examples) in comments and segment names, and run through ``textnps
analyze``, ``discover``, ``classify``, ``train``, ``preprocess`` and ``nps``.
"""
from __future__ import annotations

import csv
import re
import warnings

import numpy as np
import pandas as pd
import textnps
import pytest
from hypothesis import assume, given, strategies as st
from typer.testing import CliRunner

from textnps import InputError, read_survey
from textnps.cli import app
from textnps.csvsafe import FORMULA_PREFIXES, neutralise, safe_frame, write_csv
from textnps.encodings import decode_lines
from textnps.report.analyze import Report
from textnps.stats import nps_interval, nps_summary

runner = CliRunner()

#: Payloads that a spreadsheet would run; the ones after "\t"/"\r"/" " lose that prefix in normalisation.
PAYLOADS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1+1", "\r=1+1", " =1+1"]
SEGMENTS = ['=HYPERLINK("http://x","seg")', "@SE", "-DK", "+NO"]
COMMENTS = {
    "sv": ["för dyrt pris och usel kundtjänst", "snabb leverans men varan var trasig", "trevlig personal, bra pris",
           "fakturan var fel igen", "krånglig hemsida och appen kraschar"],
    "da": ["for dyr pris og dårlig kundeservice", "hurtig levering men varen var i stykker", "venligt personale",
           "regningen var forkert igen", "besværlig hjemmeside og appen går ned"],
    "no": ["for dyr pris og dårlig kundeservice", "rask levering men varen var ødelagt", "hyggelig personale",
           "fakturaen var feil igjen", "tungvint nettside og appen krasjer"],
}
LANGS = list(COMMENTS)
NUMBER = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^-inf$")


def hostile_survey(lang: str, n: int = 60) -> pd.DataFrame:
    rng = np.random.default_rng(len(lang))
    rows = []
    for i in range(n):
        text = COMMENTS[lang][i % 5]
        if i % 2 == 0:
            text = PAYLOADS[i // 2 % len(PAYLOADS)] + " " + text
        rows.append({"id": f"{lang}{i:03d}", "date": f"2026-{1 + i % 6:02d}-{1 + i % 27:02d}",
                     "segment": SEGMENTS[i % len(SEGMENTS)], "score": int(rng.integers(0, 11)), "comment": text,
                     "codes": ("price" if "pris" in text else "") if i % 3 else None})
    return pd.DataFrame(rows)


def csv_cells(folder):
    """Every cell (headers too) of every CSV under *folder*, as the text a spreadsheet would get."""
    paths = [folder] if folder.is_file() else sorted(folder.rglob("*.csv"))
    assert paths, f"no CSV under {folder}"
    for path in paths:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    yield path.name, cell


def active_formulas(folder) -> list:
    return [(name, cell) for name, cell in csv_cells(folder)
            if cell.startswith(FORMULA_PREFIXES) and not NUMBER.match(cell)]


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module", params=LANGS)
def outputs(request, tmp_path_factory):
    """Each command run once on the language's hostile survey: lang -> output folder."""
    lang = request.param
    root = tmp_path_factory.mktemp(f"hostile_{lang}")
    survey = root / "survey.csv"
    write_csv(hostile_survey(lang), survey, raw=True)
    out = root / "out"
    invoke("analyze", survey, "--out", out / "analyze", "--text-col", "comment", "--score-col", "score",
           "--date-col", "date", "--segment-col", "segment", "--id-col", "id", "--no-progress")
    invoke("discover", survey, "--out", out / "discover", "--text-col", "comment", "--score-col", "score",
           "--id-col", "id", "--n-themes", "2", "--no-progress")
    invoke("classify", survey, "--text-col", "comment", "--out", out / "classify.csv", "--no-progress")
    invoke("train", survey, "--text-col", "comment", "--labels-col", "codes", "--codebook", "nordic-cx",
           "--out", root / "model", "--no-progress")
    invoke("classify", survey, "--text-col", "comment", "--codebook", root / "model", "--out",
           out / "classify_trained.csv", "--no-progress")
    invoke("preprocess", survey, "--text-col", "comment", "--out", out / "preprocess.csv", "--no-progress")
    invoke("nps", survey, "--score-col", "score", "--segment-col", "segment", "--by", "segment",
           "--out", out / "nps.csv")
    return root


def test_no_csv_output_holds_an_active_formula(outputs):
    assert active_formulas(outputs / "out") == []
    cells = [cell for _, cell in csv_cells(outputs / "out")]
    # the payloads did reach the outputs, neutralised
    # (the comment's URL is redacted in every output, preprocess's comment column included)
    for planted in ("'=HYPERLINK(\"http://x\",\"seg\")", "'@SE", "'-DK", "'+NO", "'=HYPERLINK(\"[URL]\",\"y\")"):
        assert any(cell.startswith(planted) for cell in cells), planted
    assert any(cell.startswith("'=1+1") for cell in cells)  # the tab, carriage return and space were stripped


def test_negative_numbers_stay_numbers(outputs):
    table = pd.read_csv(outputs / "out" / "analyze" / "tables" / "theme_impact.csv")
    assert pd.api.types.is_float_dtype(table["impact"]) and (table["impact"] < 0).any()


def test_workbook_holds_no_formula(outputs):
    from openpyxl import load_workbook

    book = load_workbook(outputs / "out" / "analyze" / "report.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert any(isinstance(c.value, str) and c.value.startswith("'@SE") for c in cells)


def test_saved_model_loads_and_holds_the_codes_it_was_trained_on(outputs):
    from textnps.themes.codebook.classify import ThemeClassifier

    coded = pd.read_csv(outputs / "survey.csv")["codes"].notna().sum()  # "" was written as an empty cell: not coded
    assert coded > 5 and ThemeClassifier.load(outputs / "model", progress=False).n_coded_ == coded


@pytest.mark.parametrize("lang", LANGS)
def test_raw_csv_leaves_text_as_it_is(tmp_path, lang):
    survey = tmp_path / "survey.csv"
    write_csv(hostile_survey(lang, n=12), survey, raw=True)
    invoke("preprocess", survey, "--text-col", "comment", "--out", tmp_path / "raw.csv", "--raw-csv", "--no-progress")
    invoke("nps", survey, "--score-col", "score", "--segment-col", "segment", "--by", "segment",
           "--out", tmp_path / "nps.csv", "--raw-csv")
    invoke("classify", survey, "--text-col", "comment", "--out", tmp_path / "classified.csv", "--raw-csv",
           "--no-progress")
    cells = [cell for name in ("raw.csv", "nps.csv", "classified.csv") for _, cell in csv_cells(tmp_path / name)]
    assert {'=HYPERLINK("http://x","seg")', "@SE", "-DK", "+NO"} <= set(cells)
    assert any(cell.startswith('=HYPERLINK("[URL]","y")') for cell in cells)  # the comment's URL redacted


# -- the neutraliser ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("@SUM(1)", "'@SUM(1)"), ("-2+3", "'-2+3"), ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"),
    ("för dyrt", "för dyrt"), ("dårlig =1+1", "dårlig =1+1"), ("", ""), (-12.5, -12.5), (3, 3), (None, None),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_a_lone_carriage_return_does_not_split_a_row(tmp_path):
    frame = pd.DataFrame({"text": ["a\rb", "c\nd", "e"], "n": [1, 2, 3]})
    for raw in (False, True):
        write_csv(frame, tmp_path / "t.csv", raw=raw)
        back = pd.read_csv(tmp_path / "t.csv")
        assert back["n"].tolist() == [1, 2, 3] and back["text"].str.contains("b").tolist() == [True, False, False]


def test_safe_frame_keeps_dtypes_and_missing_values():
    frame = pd.DataFrame({"=a": ["=x", None], "n": [-1.0, 2.0], "s": pd.array(["-DK", pd.NA], dtype="string"),
                          "c": pd.Categorical(["@SE", "SE"]), "b": [True, False]})
    out = safe_frame(frame)
    assert list(out.columns) == ["'=a", "n", "s", "c", "b"]
    assert out["'=a"].tolist()[0] == "'=x" and out["'=a"].isna().tolist() == [False, True]
    assert out["s"].tolist()[0] == "'-DK" and pd.isna(out["s"].tolist()[1])
    assert out["c"].tolist() == ["'@SE", "SE"] and out["n"].dtype == float and out["b"].dtype == bool
    assert frame.columns[0] == "=a" and frame["=a"][0] == "=x"  # the caller's frame is untouched


@given(st.lists(st.text(max_size=12), min_size=1, max_size=8), st.lists(st.floats(allow_nan=False, width=32),
                                                                         min_size=1, max_size=8))
def test_written_csv_never_starts_a_formula(tmp_path_factory, texts, numbers):
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    n = min(len(texts), len(numbers))
    frame = pd.DataFrame({"text": texts[:n], "number": numbers[:n]})
    write_csv(frame, path)
    back = pd.read_csv(path, dtype={"text": str}, keep_default_na=False)
    for original, cell in zip(frame["text"], back["text"]):
        if original.startswith(FORMULA_PREFIXES):
            assert cell == "'" + original
        elif "\r" not in original:  # csv reading turns a lone \r into \n
            assert cell == original
    np.testing.assert_allclose(back["number"].to_numpy(), frame["number"].to_numpy(), rtol=1e-6)


# -- encodings and columns ---------------------------------------------------------------------------

_LINE = st.text(st.characters(codec="cp1252", exclude_characters="\n\r"), max_size=20)


@given(st.lists(st.tuples(_LINE, st.booleans()), min_size=1, max_size=10))
def test_decode_lines_reads_each_line_in_its_own_encoding(lines):
    encoded = [text.encode("cp1252" if as_cp1252 else "utf-8") for text, as_cp1252 in lines]
    for text, as_cp1252 in lines:
        if as_cp1252 and not text.isascii():
            try:
                text.encode("cp1252").decode("utf-8")
                assume(False)  # cp1252 bytes that are also UTF-8 cannot be told apart
            except UnicodeDecodeError:
                pass
    text, n_lines, n_cp1252 = decode_lines(b"\n".join(encoded))
    assert text.split("\n") == [t for t, _ in lines]
    assert n_cp1252 == sum(1 for t, as_cp1252 in lines if as_cp1252 and not t.isascii())


def _mixed_comments(lang):
    return [f"{COMMENTS[lang][i % 5].replace(',', '')} {i}" for i in range(40)]


def _mixed_file(path, lang):
    """Every 4th line written as cp1252, the others as UTF-8; returns the path and the non-UTF-8 line count."""
    lines = ["score,comment"] + [f"{i % 11},{text}" for i, text in enumerate(_mixed_comments(lang))]
    path.write_bytes(b"".join((line + "\n").encode("cp1252" if i % 4 == 3 else "utf-8")
                              for i, line in enumerate(lines)))
    return path, sum(1 for i, line in enumerate(lines) if i % 4 == 3 and not line.isascii())


@pytest.mark.parametrize("lang", LANGS)
def test_mixed_encodings_are_decoded_per_line_and_counted(tmp_path, lang):
    path, n_cp1252 = _mixed_file(tmp_path / "mixed.csv", lang)
    assert n_cp1252 >= 3
    with pytest.warns(UserWarning, match=rf"mixes encodings: {n_cp1252} of 41 lines are not UTF-8 and were read as "
                                         "cp1252"):
        survey = read_survey(path)
    assert survey["text"].tolist() == _mixed_comments(lang)
    assert survey.attrs["textnps_read"]["encoding"] == "utf-8+cp1252"


@pytest.mark.parametrize("lang", LANGS)
def test_mixed_encodings_streamed(tmp_path, lang):
    from textnps.preprocess.stream import preprocess_file

    source, n_cp1252 = _mixed_file(tmp_path / "mixed.csv", lang)
    with pytest.warns(UserWarning, match=rf"mixes encodings: {n_cp1252} lines are not UTF-8 and were read as "
                                         "cp1252"):
        preprocess_file(source, tmp_path / "out.csv", text_col="comment", in_memory_max_bytes=10, chunk_size=7,
                        progress=False)
    out = pd.read_csv(tmp_path / "out.csv")
    assert out["comment"].tolist() == _mixed_comments(lang)
    assert not out["text_clean"].str.contains("Ã").any()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("streamed", [False, True])
def test_cp1252_with_a_stray_undefined_byte_keeps_its_quotes_and_dashes(tmp_path, lang, streamed):
    """One byte cp1252 leaves undefined made the whole file latin-1, and ” … – control characters (then dropped)."""
    from textnps.preprocess.stream import preprocess_file

    texts = [f"”{COMMENTS[lang][i % 5].replace(',', '')}” – {i}…" for i in range(12)]
    path = tmp_path / "export.csv"
    path.write_bytes(("score,comment\n" + "".join(f"{i % 11},{t}\n" for i, t in enumerate(texts))).encode("cp1252")
                     + b"5,stray \x81 byte\n")
    preprocess_file(path, tmp_path / "out.csv", text_col="comment", in_memory_max_bytes=10 if streamed else 2**30,
                    chunk_size=5, progress=False)
    out = pd.read_csv(tmp_path / "out.csv")
    assert out["comment"].tolist()[:12] == texts and out["text_clean"].str.contains("–").sum() == 12


@pytest.mark.parametrize(("broken", "fixed"), [
    ("DÃ¥rlig service", "Dårlig service"), ("SÃ¥ bra", "Så bra"), ("Ã…bent hele dagen", "Åbent hele dagen"),
    ("VÃ¤ldigt DÃ…LIGT", "Väldigt DÅLIGT"), ("Ã˜yeblikkelig svar", "Øyeblikkelig svar"),
    ("fÃ¶r dyrt", "för dyrt"), ("KUNDTJÃ„NST", "KUNDTJÄNST"),
])
def test_mojibake_with_capitals_is_repaired_and_counted(broken, fixed):
    from textnps.preprocess import Preprocessor
    from textnps.preprocess.normalize import fix_mojibake

    assert fix_mojibake(broken) == fixed
    pre = Preprocessor(text_col="text", progress=False)
    out = pre.fit_transform(pd.DataFrame({"text": [broken, "helt vanlig text"]}))
    assert out["text_clean"][0] == fixed
    summary = textnps.preprocess_summary(out)
    assert dict(zip(summary["kind"], summary["n"]))["mojibake"] == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "jsonl"])
def test_repeated_column_names_are_an_error(tmp_path, fmt):
    path = tmp_path / f"dup.{fmt}"
    if fmt == "csv":
        path.write_text("score,kommentar,kommentar\n9,bra,dyrt\n", encoding="utf-8")
    elif fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        book.active.append(["score", "kommentar", "kommentar"])
        book.active.append([9, "bra", "dyrt"])
        book.save(path)
    else:
        path.write_text('{"score": 9, "kommentar": "bra", "kommentar": "dyrt"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"has repeated column names: \['kommentar'\] \(columns: \['score', "
                                         r"'kommentar', 'kommentar'\]\)\. Give each column its own name"):
        read_survey(path)


def test_repeated_column_names_in_a_frame():
    frame = pd.DataFrame([[9, "bra", "dyrt"]], columns=["score", "comment", "comment"])
    with pytest.raises(InputError, match=r"The survey has repeated column names: \['comment'\]"):
        read_survey_frame(frame)


def read_survey_frame(frame):
    from textnps.io import standardize_survey

    return standardize_survey(frame, text_col="comment", score_col="score")


# -- edge cases --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("counts", "method"), [((0, 0, 1), "adjusted_wald"), ((0, 0, 50), "adjusted_wald"),
                                                ((50, 0, 0), "adjusted_wald"), ((0, 7, 0), "adjusted_wald"),
                                                ((20, 30, 50), "wald")])
def test_margin_of_error_is_never_degenerate(counts, method):
    auto = nps_interval(*counts)
    assert auto == nps_interval(*counts, method=method)
    assert auto["moe"] > 0 and auto["ci_low"] < auto["ci_high"]
    assert nps_interval(*counts, method="wald")["moe"] > 0 or method == "adjusted_wald"


def test_nps_summary_of_one_answer_has_a_margin():
    row = nps_summary(pd.DataFrame({"score": [10]})).iloc[0]
    assert row["nps"] == 100 and row["moe"] == pytest.approx(73.5, abs=0.05)
    assert np.isnan(nps_interval(0, 0, 0)["moe"])  # no answers: no interval


def test_discover_on_a_header_only_file(tmp_path):
    (tmp_path / "empty.csv").write_text("score,comment\n", encoding="utf-8")
    result = runner.invoke(app, ["discover", str(tmp_path / "empty.csv"), "--out", str(tmp_path / "d"),
                                 "--no-progress"])
    assert result.exit_code == 2
    assert "textnps discover: error: ThemeDiscoverer needs at least 2 informative comments with words; got 0 of 0" \
        in result.output


@pytest.mark.parametrize("lang", LANGS)
def test_train_on_one_coded_row_says_so(tmp_path, lang):
    frame = pd.DataFrame({"comment": [COMMENTS[lang][0]], "codes": ["price"]})
    frame.to_csv(tmp_path / "one.csv", index=False)
    result = invoke("train", tmp_path / "one.csv", "--text-col", "comment", "--labels-col", "codes",
                    "--codebook", "nordic-cx", "--out", tmp_path / "m", "--no-progress")
    assert "-1 uncoded" not in result.output
    assert "1 coded and 0 uncoded comments are too few to learn a model of this survey" in result.output


@pytest.mark.parametrize("lang", LANGS)
def test_analyze_counts_truncated_comments_and_saves_raw_csv_on_request(tmp_path, lang):
    from textnps.report.analyze import analyze

    frame = hostile_survey(lang, n=20).rename(columns={"comment": "text"})
    frame.loc[0, "text"] = (COMMENTS[lang][0] + " ") * 40_000  # ~1 MB
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        report = analyze(frame, text_col="text", score_col="score", segment_col="segment", progress=False,
                         discover=False)
    assert report.meta["n_truncated"] == 1
    note = "1 comment(s) longer than 5,000 characters were cut to that length"
    assert any(n.startswith(note) for n in report.meta["notes"])
    assert report.tables["notes"]["note"].str.startswith(note).any()
    assert note in report.to_html()
    report.save(tmp_path / "safe")
    report.save(tmp_path / "raw", raw_csv=True)
    safe = pd.read_csv(tmp_path / "safe" / "tables" / "nps_summary.csv")
    raw = pd.read_csv(tmp_path / "raw" / "tables" / "nps_summary.csv")
    assert {"'@SE", "'-DK", "'+NO"} <= set(safe["segment"]) and {"@SE", "-DK", "+NO"} <= set(raw["segment"])
    assert safe["nps"].tolist() == raw["nps"].tolist() and pd.api.types.is_float_dtype(safe["nps"])
    assert active_formulas(tmp_path / "safe") == [] and active_formulas(tmp_path / "raw")
    assert pd.read_csv(tmp_path / "safe" / "tables" / "responses.csv")["truncated"].sum() == 1
