"""Command-line interface: ``textnps <command> ...``.

One module per command; importing them registers them on :data:`app`.
"""
from __future__ import annotations

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
    app(args=argv, prog_name="textnps")
