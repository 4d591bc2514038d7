"""Where the models textnps ships live: one folder per shipped codebook (``nordic-cx/``).

The repository's top-level ``models/`` folder is the one copy. The wheel carries
it as ``textnps/models/`` (``setup.py`` maps the package ``textnps.models`` to
``models/``), so after ``pip install .`` it sits beside this file; in a source
checkout and an editable install it is the checkout's ``models/``.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["models_dir", "shipped_models"]

_HERE = Path(__file__).resolve().parent
#: a marker of a model folder: every shipped model is a codebook first
_MARKER = "codebook.yaml"


def models_dir() -> Path:
    """The folder of the shipped models: ``textnps/models`` when installed, else the checkout's ``models/``."""
    installed = _HERE / "models"
    if installed.is_dir():
        return installed
    checkout = _HERE.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "models").is_dir():
        return checkout / "models"
    return installed  # neither exists: nothing is shipped, and callers say so by name


def shipped_models() -> list[str]:
    """Names of the shipped models (``["nordic-cx"]``), sorted.

    >>> "nordic-cx" in shipped_models()
    True
    """
    root = models_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / _MARKER).is_file())
