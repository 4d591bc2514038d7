"""The Typer application every command module registers on.

Each command lives in its own module (``textnps/cli/<command>.py``) as a thin
wrapper around a library function; nothing in the library imports the CLI.
"""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable

import typer

from textnps._errors import TextNPSError

app = typer.Typer(
    name="textnps",
    help="Ranked, trended themes from the comments of Nordic NPS surveys.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def command(*args, **kwargs) -> Callable:
    """Register a CLI command whose :class:`TextNPSError` becomes one line and exit 2.

    Bad input is the user's to fix, so it gets a clear message, not a traceback.
    """

    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*a, **kw):
            try:
                return func(*a, **kw)
            except (TextNPSError, FileNotFoundError) as exc:
                typer.echo(f"textnps {func.__name__.rstrip('_')}: error: {exc}", err=True)
                raise typer.Exit(code=2) from None

        return app.command(*args, **kwargs)(wrapper)

    return decorate


#: Help of the ``--raw-csv`` option of every command that writes CSV.
RAW_CSV_HELP = ("Write CSV text unchanged. By default a text cell starting with = + - @, tab or carriage return "
                "gets a leading ' so that Excel reads it as text, not as a formula.")


def say(message: str) -> None:
    """Progress and result lines go to stderr so stdout stays clean for tables."""
    print(message, file=sys.stderr)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Show the version and exit.", is_eager=True),
) -> None:
    """textnps: ranked, trended themes from the comments of Nordic NPS surveys."""
    if version:
        from textnps import __version__

        typer.echo(f"textnps {__version__}")
        raise typer.Exit()


def read_input(path, **columns):
    """Read a survey export for a command; what was dropped is said in one line, not a warning."""
    import warnings

    from textnps.io import read_survey

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        survey = read_survey(path, **columns)
    info = survey.attrs["textnps_read"]
    if info.get("lines_cp1252"):
        say(f"Read {info['lines_cp1252']} lines that are not UTF-8 as cp1252 (Windows); the file mixes encodings.")
    if info["dropped"]:
        say(f"Dropped {info['dropped']} of {info['rows_read']} rows whose score is not 0-10.")
    return survey
