"""Every sentence of a Swedish, Danish or Norwegian report in its language: HTML, key findings, notes, workbook."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from textnps import lang as language
from textnps.report.analyze import analyze
from textnps.report.notes import localize, note

from test_fix_first import survey

#: English words that no sv/da/no sentence of the report uses (the tests' comments are Nordic).
ENGLISH = frozenset("""the and of were was are is which with from matched responses comments left out cut dropped
available theme themes window rows none found generated share impact example examples mentions rank significant
latest before change quote quotes cost gain detractors promoters passives fix first strengths keep praise low high
note small sample direction label terms languages coherence mixed codebook
discovery up down all""".split())
#: Labels that are the same word in English and the language (names, symbols, loan words).
SAME = {"NPS", "p", "p (BH)", "z", "Test", "Segment", "Status", "Fisher", "Trend", "NPS (± {moe})", "{a} → {b}", ".",
        "Impact", "Score", "Period", "p (BH) negative", "p (BH) positive", "Negative %", "Positive %"}


def _words(text: str) -> set:
    """The words of *text*, file names (``tables/responses.csv``) left out."""
    return set(re.findall(r"[a-zåäöæø]+", re.sub(r"\S+\.csv", " ", text.lower())))


@pytest.fixture(scope="module", params=["sv", "da", "no"])
def saved(request, tmp_path_factory):
    code = request.param
    frame = survey(code)
    frame.loc[0, "score"] = 12  # a row dropped for its score, counted in a note (in English from the reader)
    frame.loc[10, "text"] = frame.loc[10, "text"] + " " + "lång " * 1300  # cut to 5,000 characters: a note
    frame = frame.rename(columns={"score": "betyg", "text": "kommentar"})
    report = analyze(frame, text_col="kommentar", score_col="betyg", date_col="date", id_col="id", lang=code,
                     progress=False, discover=False, errors="coerce", since="2026-01-05")
    return code, report, report.save(tmp_path_factory.mktemp(f"lang-{code}"))


def _visible_text(html: str) -> str:
    html = re.sub(r"<style>.*?</style>|<ul class=\"quotes\">.*?</ul>", " ", html, flags=re.S)  # quotes are comments
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"&#?\w+;", " ", html)


def test_no_english_sentence_in_the_html(saved):
    code, report, folder = saved
    assert len(report.meta["notes"]) >= 3  # dropped, cut and windowed rows
    text = _visible_text((folder / "report.html").read_text(encoding="utf-8"))
    english = _words(text) & ENGLISH
    assert not english, english
    assert "Dropped" not in " ".join(report.meta["notes"])


def test_no_english_in_the_workbook_headers_notes_and_codes(saved):
    from openpyxl import load_workbook

    code, report, folder = saved
    book = load_workbook(folder / "report.xlsx")
    free_text = re.compile(r"^(Citat|Sitat|Exempel|Eksempel|Kommentar|Tema-?id|Temaid)", re.I)
    for sheet in book.worksheets:
        header = [c.value for c in sheet[1]]
        assert len(header) == len(set(header)), (sheet.title, header)   # no two columns with one header
        assert not _words(" ".join(map(str, header))) & ENGLISH, (sheet.title, header)
        for i, name in enumerate(header, start=1):
            if free_text.match(str(name)):
                continue
            values = {c.value for (c,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i)
                      if isinstance(c.value, str)}
            if sheet.title == "notes" or len(values) <= 20:  # codes and notes; themes are ids
                found = {w for v in values for w in _words(v)} & ENGLISH
                assert not found, (sheet.title, name, found)


def test_key_findings_lead_with_what_to_fix_first(saved):
    code, report, folder = saved
    html = (folder / "report.html").read_text(encoding="utf-8")
    first = {"sv": "Åtgärda först", "da": "Ret først", "no": "Rett først"}[code]
    assert re.search(r'<h2 id="(\w|-)+">', html).group(0) == '<h2 id="fix-first">'
    findings = html.split('id="findings"', 1)[1].split("</ul>", 1)[0]
    assert re.search(r"<li>" + first + ": ", findings)


@pytest.mark.parametrize("code", ["sv", "da", "nb"])
def test_every_report_string_is_in_the_language(code):
    english, own = language.get("en"), language.get(code)
    for table in ("REPORT_LABELS", "REPORT_NOTES"):
        theirs, ours = getattr(english, table), getattr(own, table)
        assert set(ours) == set(theirs), (table, set(theirs) ^ set(ours))
        for key, value in theirs.items():
            if isinstance(value, str) and value not in SAME and key != "decimal":
                assert ours[key] != value, (table, key, value)
    for key in ("columns", "values"):
        theirs, ours = english.REPORT_LABELS[key], own.REPORT_LABELS[key]
        assert set(ours) == set(theirs), (key, set(theirs) ^ set(ours))
        assert not [k for k, v in theirs.items() if ours[k] == v and v not in SAME and not re.fullmatch(
            r"[%\w]{1,2}|.*\bz\b.*|.*Trend.*", v)], key


@pytest.mark.parametrize("code, expected", [
    ("sv", "12 av 40 rader togs bort eftersom 'score' inte är ett NPS-betyg (0–10)."),
    ("da", "12 af 40 rækker blev fjernet, fordi 'score' ikke er en NPS-karakter (0–10)."),
    ("no", "12 av 40 rader ble fjernet fordi 'score' ikke er en NPS-karakter (0–10)."),
])
def test_english_warnings_of_the_readers_are_translated(code, expected):
    english = "Dropped 12 of 40 rows whose 'score' is not an NPS score (0-10)."
    assert localize(english, code) == expected
    assert localize(english, "en") == english
    assert localize("Some other note.", code) == "Some other note."
    assert str(note("dropped_scores", n=12, total=40, column="'score'")) == english
    with pytest.raises(KeyError, match="No note 'nonsense'"):
        note("nonsense")


def test_the_template_table_headers_are_unique_and_the_theme_column_is_not_squeezed(saved):
    code, report, folder = saved
    html = (folder / "report.html").read_text(encoding="utf-8")
    for head in re.findall(r"<thead><tr>(.*?)</tr></thead>", html):
        cells = re.findall(r"<th[^>]*>(.*?)</th>", head)
        assert len(cells) == len(set(cells)), cells
    assert 'class="theme"' in html and "td.theme { min-width" in html and "overflow-wrap: anywhere" not in html
    assert isinstance(pd.read_csv(folder / "tables" / "fix_first.csv"), pd.DataFrame)
