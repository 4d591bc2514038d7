"""Command-line interface: ``textnps <command> ...``.

One module per command; importing them registers them on :data:`app`.
"""
from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
from contextlib import contextmanager

from textnps.cli._app import app
from textnps.cli import nps as _nps  # noqa: F401  (registers the command)
from textnps.cli import analyze as _analyze  # noqa: F401
from textnps.cli import demo as _demo  # noqa: F401
from textnps.cli import preprocess as _preprocess  # noqa: F401
from textnps.cli import discover as _discover  # noqa: F401
from textnps.cli import classify as _classify  # noqa: F401
from textnps.cli import train as _train  # noqa: F401
from textnps.cli import compare as _compare  # noqa: F401
from textnps.cli import suggest as _suggest  # noqa: F401

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``textnps`` console script."""
    with terminate_as_exit():
        try:
            app(args=argv, prog_name="textnps")
        except SystemExit as done:
            code = done.code
        else:
            code = 0
    exit_now(code)


def exit_now(code) -> None:
    """End the process with *code* (``SystemExit``'s meaning) without tearing the interpreter down.

    Python's shutdown frees every object one by one: after a ``textnps preprocess`` of 15,000 comments
    (language models, lemma and frequency tables) that took 0.3 s, about 7 % of the run. Here the
    ``atexit`` functions run (temporary folders, worker pools, logging) and the output streams are
    flushed, then the process ends at once; the system frees the memory. A text *code* is printed to
    stderr and ends with 1, as ``sys.exit`` does. While a thread that is not a daemon is still running,
    the usual shutdown (which waits for it) is taken instead.
    """
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    code = 0 if code is None else code if isinstance(code, int) else 1
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        raise SystemExit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (``textnps ... | head``) or stream
            pass
    os._exit(code)


@contextmanager
def terminate_as_exit():
    """While inside, SIGTERM (``kill``, a job scheduler's stop, a container shutting down) exits like Ctrl-C does.

    Python's default on SIGTERM is to die at once, leaving behind what the run would clean up on
    leaving: the temporary folder of processed chunks, the worker processes. Raised as
    ``SystemExit(143)`` (128 + SIGTERM) in the main thread instead, every ``finally`` and context
    manager runs first. Outside the main thread (where Python cannot take signals) nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def exit_(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, exit_)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
