"""SIGTERM (``kill``, a scheduler stopping a job) exits a run like Ctrl-C: what it would clean up on leaving,
the temporary folder of processed chunks, is removed, and the exit status says it was terminated (143)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from textnps.cli import terminate_as_exit
from textnps.report.spill import SPILL_PREFIX

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))
from _scale_survey import survey  # noqa: E402


def _wait_for(predicate, proc, what, limit=300.0):
    start = time.monotonic()
    while not predicate():
        if proc.poll() is not None:
            pytest.fail(f"the run ended ({proc.returncode}) before {what}: {proc.stderr.read()}")
        if time.monotonic() - start > limit:
            proc.kill()
            pytest.fail(f"no {what} after {limit:.0f} s")
        time.sleep(0.05)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_terminated_streamed_run_removes_its_chunk_folder(tmp_path, lang):
    path = tmp_path / "survey.csv"
    survey(lang, 600).to_csv(path, index=False)
    spills = tmp_path / "tmp"
    spills.mkdir()
    env = {**os.environ, "TMPDIR": str(spills)}
    cmd = [sys.executable, "-c", "from textnps.cli import main; main()", "analyze", str(path),
           "--out", str(tmp_path / "report"), "--chunksize", "50", "--no-progress", "--errors", "coerce",
           "--segment-col", "channel", "--no-discover"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: any(spills.glob(f"{SPILL_PREFIX}*/chunk-*")), proc, "chunk on disk")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=120) == 128 + signal.SIGTERM
    assert list(spills.glob(f"{SPILL_PREFIX}*")) == []  # Python's default would leave it behind
    assert not (tmp_path / "report" / "report.html").exists()


def test_the_previous_handler_is_back_afterwards_and_other_threads_are_left_alone():
    before = signal.getsignal(signal.SIGTERM)
    with terminate_as_exit():
        handler = signal.getsignal(signal.SIGTERM)
        assert handler is not before
        with pytest.raises(SystemExit) as exited:
            handler(signal.SIGTERM, None)
        assert exited.value.code == 143
    assert signal.getsignal(signal.SIGTERM) is before

    seen = []

    def in_a_thread():
        with terminate_as_exit():  # signal.signal would raise ValueError here
            seen.append(signal.getsignal(signal.SIGTERM))

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert seen == [before]


@pytest.mark.parametrize("lang, text", [("sv", "Kundtjänsten svarade aldrig på mitt mejl"),
                                        ("da", "Kundeservice svarede aldrig på min mail"),
                                        ("no", "Kundeservice svarte aldri på eposten min")])
def test_the_console_script_ends_at_once_with_its_output_complete_and_its_exit_code(tmp_path, lang, text):
    """``main`` skips the interpreter's teardown (``exit_now``): the output file and the printed summary are
    whole, a failed command keeps its exit status and message, and a temporary folder is still removed."""
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("text\n" + "\n".join(f'"{text} ({i})"' for i in range(50)) + "\n", encoding="utf-8")
    code = "from textnps.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", code, "preprocess", str(src), "--out", str(out), "--no-progress"],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "rows" in done.stdout and f"Wrote {out}" in done.stderr
    import pandas as pd

    assert len(pd.read_csv(out)) == 50
    failed = subprocess.run([sys.executable, "-c", code, "preprocess", str(tmp_path / "nope.csv"), "--out", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert failed.returncode == 2 and "No such file" in failed.stderr


def test_exit_now_runs_the_exit_functions_and_keeps_sysexit_codes(tmp_path):
    script = tmp_path / "s.py"
    marker = tmp_path / "atexit-ran"
    script.write_text(
        "import atexit, sys\n"
        "from textnps.cli import exit_now\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').write('yes'))\n"
        "print('buffered line', end='')\n"
        "exit_now(sys.argv[1] if not sys.argv[1].isdigit() else int(sys.argv[1]))\n", encoding="utf-8")
    for arg, status in (("0", 0), ("3", 3), ("a message", 1)):
        marker.unlink(missing_ok=True)
        done = subprocess.run([sys.executable, str(script), arg], capture_output=True, text=True, timeout=120)
        assert done.returncode == status and done.stdout == "buffered line" and marker.read_text() == "yes"
        assert ("a message" in done.stderr) is (arg == "a message")
