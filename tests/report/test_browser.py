"""The HTML report in a real headless chromium: it renders, every figure loads, no script runs."""
from __future__ import annotations

import json

import pytest

from _chromium import Browser, chromium_binary
from _report_survey import IMG, SCRIPT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(chromium_binary() is None,
                       reason="headless chromium not installed (/usr/bin/chromium; apt-get install chromium)"),
]

PAGE_STATE = """JSON.stringify({
  title: document.title,
  tables: document.querySelectorAll('table').length,
  images: Array.from(document.images).map(i => ({ok: i.complete && i.naturalWidth > 0, src: i.src.slice(0, 22)})),
  scripts: document.scripts.length,
  handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
  text: document.body.innerText
})"""


def _state(browser: Browser) -> dict:
    import json

    return json.loads(browser.evaluate(PAGE_STATE))


def test_report_renders_with_all_figures_and_comments_as_text(saved):
    with Browser() as browser:
        browser.open((saved / "report.html").as_uri())
        state = _state(browser)
    assert state["title"] == "NPS-rapport: kommentarer"
    assert state["tables"] >= 6
    assert len(state["images"]) == len(list((saved / "figures").glob("*.png")))
    assert all(img["ok"] and img["src"] == "data:image/png;base64," for img in state["images"])
    assert state["scripts"] == 0 and state["handlers"] == 0
    # the hostile comments are shown, as text
    assert SCRIPT in state["text"] and IMG in state["text"]
    assert "Vanligaste klagomålen (kritiker)" in state["text"]


def test_content_security_policy_blocks_markup_that_slipped_through(saved, tmp_path):
    """Defence in depth: even raw markup injected into the page cannot run a script."""
    html = (saved / "report.html").read_text(encoding="utf-8")
    hostile = ("<script>document.title='pwned'</script>"
               "<img src=\"data:image/png;base64,xx\" onerror=\"document.title='pwned'\">")
    page = tmp_path / "tampered.html"
    page.write_text(html.replace("<body>", "<body>" + hostile, 1), encoding="utf-8")
    with Browser() as browser:
        browser.open(page.as_uri())
        state = _state(browser)
    assert state["title"] == "NPS-rapport: kommentarer"
    assert state["scripts"] == 1  # present in the DOM, but blocked by the policy


FIX_FIRST_STATE = """JSON.stringify({
  first: document.querySelector('h2').id,
  heading: document.querySelector('h2').innerText,
  rows: Array.from(document.querySelectorAll('h2#fix-first ~ table')).slice(0, 1)
    .flatMap(t => Array.from(t.querySelectorAll('tbody tr')))
    .map(r => ({theme: r.querySelector('td.theme').innerText,
                quotes: Array.from(r.querySelectorAll('td.quotes li')).map(li => li.innerText)})),
  themes: Array.from(document.querySelectorAll('td.theme')).map(td => ({
    text: td.innerText, width: td.getBoundingClientRect().width,
    lines: (() => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length; })()
  })),
  headers: Array.from(document.querySelectorAll('table')).map(t =>
    Array.from(t.querySelectorAll('th')).map(th => th.innerText))
})"""


def test_fix_first_leads_with_clause_quotes_and_readable_columns(saved):
    with Browser() as browser:
        browser.open((saved / "report.html").as_uri(), width=1100)
        state = json.loads(browser.evaluate(FIX_FIRST_STATE))
    assert state["first"] == "fix-first" and state["heading"] == "Åtgärda först"
    assert [r["theme"] for r in state["rows"]][:2] == ["Pris", "Digitala kanaler"]
    assert state["rows"][0]["quotes"] and all(len(q) <= 300 for r in state["rows"] for q in r["quotes"])
    assert not any("Bra pris" in q for r in state["rows"] for q in r["quotes"])   # praise is no complaint
    # the theme column is never squeezed to a few letters per line
    assert all(t["width"] >= 100 and t["lines"] <= 2 for t in state["themes"]), state["themes"]
    for headers in state["headers"]:
        assert len(headers) == len(set(headers)), headers
