"""report.html: self-contained, escaped, scripts forbidden, in the report language."""
import base64
import re

import pytest

from _report_survey import FORMULA, IMG, SCRIPT
from textnps.report.html import CSP, render_html

PNG = b"\x89PNG\r\n\x1a\n"


def test_every_comment_is_escaped(saved):
    html = (saved / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; för dyrt!" in html
    assert "&lt;img src=&#34;x&#34; onerror=" in html
    assert '<img src="x"' not in html


def test_content_security_policy_forbids_scripts_and_network(saved):
    html = (saved / "report.html").read_text(encoding="utf-8")
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert meta and meta.group(1) == CSP
    assert "script-src 'none'" in CSP and "default-src 'none'" in CSP and "img-src data:" in CSP
    # the policy comes before anything a comment could have put in the page
    assert html.index("Content-Security-Policy") < html.index("<body>")


def test_figures_are_embedded_pngs(saved):
    html = (saved / "report.html").read_text(encoding="utf-8")
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert len(sources) == len(list((saved / "figures").glob("*.png"))) >= 5
    for src in sources:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1]).startswith(PNG)
    assert "http://" not in html.replace("http://example.com", "") and "https://" not in html


def test_report_is_in_swedish(saved):
    html = (saved / "report.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in html
    for words in ("Vanligaste klagomålen (kritiker)", "Temans påverkan på NPS", "Växande teman", "Kritiker %"):
        assert words in html


@pytest.mark.parametrize("lang, heading, html_lang", [
    ("da", "Hyppigste klager (kritikere)", "da"),
    ("no", "Vanligste klager (kritikere)", "nb"),
    ("en", "Top complaints (detractors)", "en"),
])
def test_other_languages(report, lang, heading, html_lang):
    html = render_html(report.tables, {}, lang=lang)
    assert heading in html and f'<html lang="{html_lang}">' in html


def test_fragment_for_notebooks_has_no_document_shell(report):
    fragment = report._repr_html_()
    assert "<html" not in fragment and 'class="textnps-report"' in fragment
    assert "<script" not in fragment.lower()
    assert "data:image/png;base64," in fragment


def test_empty_tables_render(report):
    html = render_html({}, {}, lang="en")
    assert "None found." in html


def test_formula_comment_shows_as_text(saved):
    html = (saved / "report.html").read_text(encoding="utf-8")
    assert "=HYPERLINK(&#34;http://example.com&#34;,&#34;klicka&#34;)" in html
    assert FORMULA and SCRIPT and IMG


def test_key_findings_name_the_top_complaint_and_the_rising_theme(saved):
    html = (saved / "report.html").read_text(encoding="utf-8")
    assert "Viktigaste resultaten" in html
    assert "Åtgärda först: Pris, vars klagomål kostar " in html
    assert html.index("Åtgärda först: Pris") < html.index("Ökar: Digitala kanaler")
    assert "Ökar: Digitala kanaler bland kritiker (" in html and "i 2026-10)" in html


@pytest.mark.parametrize("lang, number", [("sv", r'<td class="num">\d+,\d</td>'), ("da", r'<td class="num">\d+,\d</td>'),
                                          ("en", r'<td class="num">\d+\.\d</td>')])
def test_numbers_use_the_language_decimal_sign(report, lang, number):
    html = render_html(report.tables, {}, lang=lang)
    assert re.search(number, html)
    other = r'<td class="num">\d+\.\d</td>' if lang != "en" else r'<td class="num">\d+,\d</td>'
    assert not re.search(other, html)
