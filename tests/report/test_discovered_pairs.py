"""The report shows a reason's two polarities together (textnps/report/discovered.py), in HTML and Excel.

The survey (:func:`discover_corpus.two_sided_frame`) is promoter-heavy; the promoters' "fast reply to
mail" and the detractors' "no reply to mail" are one reason seen from two sides, which discovery pairs
(``paired_with``). The report's discovered-themes table must carry the report's ids in ``paired_with``,
put the pair's rows one after the other and name the other side, on the page and in the sheet.
"""
from __future__ import annotations

import pandas as pd
import pytest

from discover_corpus import own_theme, two_sided_frame
from textnps.report._labels import report_labels
from textnps.report.discovered import discovered_table
from textnps.report.excel import write_excel
from textnps.report.html import render_html
from textnps.report.stages import discover_stage

LANGS = ["sv", "da", "nb"]


@pytest.fixture(scope="module", params=LANGS)
def discovered(request):
    code = request.param
    frame = two_sided_frame(code).assign(themes="", empty_comment=False)
    notes: list = []
    out, themes = discover_stage(frame, progress=False, seed=0, notes=notes)
    fast, none = own_theme(out, "reply_fast"), own_theme(out, "reply_none")
    assert fast and none and fast != none
    return code, themes, "new:" + fast, "new:" + none


def test_the_table_pairs_with_the_report_ids_and_rows_adjacent(discovered):
    _, themes, fast, none = discovered
    by_id = themes.set_index("theme_id")
    assert by_id.loc[fast, "paired_with"] == none and by_id.loc[none, "paired_with"] == fast
    assert by_id.loc[fast, "other_side"] == f"{none} {by_id.loc[none, 'label']}"
    assert by_id.loc[fast, "topic"] == by_id.loc[none, "topic"]
    rows = themes["theme_id"].tolist()
    assert abs(rows.index(fast) - rows.index(none)) == 1
    unpaired = themes[themes["paired_with"] == ""]
    assert len(unpaired) and (unpaired["other_side"] == "").all()
    assert set(themes["paired_with"]) - {""} <= set(themes["theme_id"])  # every pair names a row of the table


def test_html_shows_the_two_sides_together(discovered):
    code, themes, fast, none = discovered
    labels = report_labels(code)
    page = render_html({"discovered_themes": themes}, lang=code)
    assert labels["section_discovered"] in page
    section = page.split('id="discovered"', 1)[1]
    body = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = body.split("<tr")[1:]
    label = themes.set_index("theme_id")["label"]
    i = next(k for k, r in enumerate(rows) if f"{fast} {label[fast]}" in r.split("</td>")[0])
    j = next(k for k, r in enumerate(rows) if f"{none} {label[none]}" in r.split("</td>")[0])
    assert abs(i - j) == 1
    first, second = rows[min(i, j)], rows[max(i, j)]
    assert 'class="pair topic-start"' in first and 'class="pair"' in second
    assert f"{none} {label[none]}" in rows[i] and f"{fast} {label[fast]}" in rows[j]  # each names its other side
    assert labels["values"]["positive"] in rows[i] and labels["values"]["negative"] in rows[j]


def test_excel_sheet_keeps_the_pair_adjacent_and_formula_safe(discovered, tmp_path):
    from openpyxl import load_workbook

    code, themes, fast, none = discovered
    hostile = themes.copy()
    hostile.loc[hostile["theme_id"] == none, "label"] = "=HYPERLINK(\"http://x\",\"y\")"
    table = discovered_table(hostile.assign(theme_id=hostile["theme_id"].str.removeprefix("new:"),
                                            paired_with=hostile["paired_with"].str.removeprefix("new:")))
    path = write_excel({"discovered_themes": table}, tmp_path / "r.xlsx", lang=code)
    sheet = load_workbook(path)["discovered_themes"]
    values = list(sheet.values)
    header, rows = list(values[0]), [list(r) for r in values[1:]]
    labels = report_labels(code)["columns"]
    ids = [r[header.index(labels["theme_id"])] for r in rows]
    assert abs(ids.index(fast) - ids.index(none)) == 1
    other = rows[ids.index(fast)][header.index(labels["other_side"])]
    assert other.startswith(none) and "HYPERLINK" in other
    assert rows[ids.index(none)][header.index(labels["label"])].startswith("'=")
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "@")) for r in rows for v in r)
    polarity = {r[header.index(labels["polarity"])] for r in rows}
    assert polarity <= {report_labels(code)["values"]["positive"], report_labels(code)["values"]["negative"]}


def test_a_saved_model_without_pairs_still_reports():
    themes = pd.DataFrame({"theme_id": ["0", "1"], "label": ["a b", "c d"], "polarity": ["positive", "negative"],
                           "n": [3, 2]})
    table = discovered_table(themes)
    assert table["theme_id"].tolist() == ["new:0", "new:1"] and (table["other_side"] == "").all()
