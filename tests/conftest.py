"""Fixtures shared by the whole test suite."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real Nordic comments beside the checkout; skip when absent.

    These files are for evaluation only and are never copied into the repo.
    """
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real comments not available: {SHARED_DATA} is absent (only in the dev/CI workspace)")
    return SHARED_DATA


# CI runs a fixed sequence of examples so a run is repeatable; locally, set
# HYPOTHESIS_PROFILE=thorough to search far wider for inputs that break parsers.
from hypothesis import settings as _hsettings  # noqa: E402

_hsettings.register_profile("ci", derandomize=True, print_blob=True)
_hsettings.register_profile("thorough", max_examples=3000)
import os as _os  # noqa: E402

_hsettings.load_profile(_os.environ.get("HYPOTHESIS_PROFILE", "ci" if _os.environ.get("CI") else "default"))
