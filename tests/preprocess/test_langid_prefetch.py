"""lingua's detectors built ahead, in a background thread (:func:`textnps.preprocess.langid.prefetch_detectors`):
each is built once however many threads ask, a detection waits for a build under way, a failed build is
raised where the detector is needed (and tried again), and the answers are those of a detector built on demand.
"""
from __future__ import annotations

import threading
import time

import pytest
from typer.testing import CliRunner

from textnps.preprocess import detect_languages, langid

TEXTS = {
    "sv": ["Kundtjänsten svarade aldrig på mitt mejl om fakturan", "Leveransen tog tre veckor, aldrig igen"],
    "da": ["Kundeservice svarede aldrig på min mail om regningen", "Leveringen tog tre uger, aldrig igen"],
    "nb": ["Kundeservice svarte aldri på eposten min om regningen", "Leveringen tok tre uker, aldri igjen"],
}


@pytest.fixture
def fresh_builds(monkeypatch):
    """No detector built yet in this process (the real ones are kept for the other tests)."""
    monkeypatch.setattr(langid, "_built", {})
    monkeypatch.setattr(langid, "_memo", {})


def _slow_fake_builds(monkeypatch, delay=0.2, fail=()):
    calls = []

    def build(kind):
        calls.append((kind, threading.current_thread().name))
        time.sleep(delay)
        if kind in fail:
            raise OSError(f"cannot read lingua's {kind} models")
        return f"detector {kind}"

    monkeypatch.setattr(langid, "_build_detector", build)
    return calls


def test_each_detector_is_built_once_when_many_threads_ask(fresh_builds, monkeypatch):
    calls = _slow_fake_builds(monkeypatch)
    got = []
    threads = [threading.Thread(target=lambda: got.append(langid._detector("high"))) for _ in range(4)]
    prefetch = langid.prefetch_detectors(("high", "wide"))
    for thread in threads:
        thread.start()
    for thread in threads + [prefetch]:
        thread.join()
    assert got == ["detector high"] * 4
    assert sorted(kind for kind, _ in calls) == ["high", "wide"]
    assert langid._detector("wide") == "detector wide" and len(calls) == 2


def test_prefetch_builds_in_the_background_and_returns_at_once(fresh_builds, monkeypatch):
    calls = _slow_fake_builds(monkeypatch, delay=0.5)
    thread = langid.prefetch_detectors(("high",))
    assert thread.daemon and thread.is_alive()  # returned while the build is under way
    assert langid._detector("high") == "detector high"  # waits for it
    thread.join()
    assert calls == [("high", "textnps-lingua-prefetch")]


def test_a_failed_build_is_raised_where_the_detector_is_needed_and_tried_again(fresh_builds, monkeypatch):
    calls = _slow_fake_builds(monkeypatch, delay=0.0, fail=("high",))
    langid.prefetch_detectors(("high", "wide")).join()  # the background thread stops quietly
    assert [kind for kind, _ in calls] == ["high"]
    with pytest.raises(OSError, match="cannot read lingua's high models"):
        langid._detector("high")
    assert [kind for kind, _ in calls] == ["high", "high"]  # tried again, in the caller's thread
    assert langid._detector("wide") == "detector wide"


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_prefetched_detectors_answer_as_detectors_built_on_demand(fresh_builds, monkeypatch, lang):
    monkeypatch.setattr(langid, "first_pass_guess", lambda text: None)  # every text goes to lingua
    on_demand = detect_languages(TEXTS[lang])
    monkeypatch.setattr(langid, "_built", {})
    monkeypatch.setattr(langid, "_memo", {})
    langid.prefetch_detectors().join()
    assert set(langid._built) == {"high", "wide"}
    codes, scores = detect_languages(TEXTS[lang])
    assert codes == on_demand[0] == [lang] * len(TEXTS[lang])
    assert scores == pytest.approx(on_demand[1], abs=1e-12)  # lingua's sums differ in the last bits between builds


@pytest.mark.parametrize("forced, prefetched", [(None, True), ("da", False)])
def test_the_preprocess_command_prefetches_unless_the_language_is_forced(tmp_path, monkeypatch, forced, prefetched):
    from textnps.cli import app

    asked = []
    monkeypatch.setattr(langid, "prefetch_detectors", lambda *a, **k: asked.append(a))
    src = tmp_path / "in.csv"
    src.write_text("text\n" + "\n".join(f'"{t}"' for t in TEXTS["da"] + TEXTS["sv"] + TEXTS["nb"]) + "\n", encoding="utf-8")
    args = ["preprocess", str(src), "--out", str(tmp_path / "out.csv"), "--no-progress"]
    result = CliRunner().invoke(app, args + (["--language", forced] if forced else []))
    assert result.exit_code == 0, result.output
    assert bool(asked) is prefetched
