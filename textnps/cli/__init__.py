"""Command-line interface: ``textnps <command> ...``.

One module per command; importing them registers them on :data:`app`.
"""
from __future__ import annotations

import signal
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
        app(args=argv, prog_name="textnps")


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
