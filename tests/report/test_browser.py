"""The HTML report in a real headless chromium: it renders, every figure loads, no script runs."""
from __future__ import annotations

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
