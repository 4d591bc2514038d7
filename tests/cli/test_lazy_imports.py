"""Importing the CLI (what every ``textnps ...`` run does first) loads no heavy library:
each command imports what it needs when it runs, so ``textnps --help`` and ``textnps preprocess``
do not pay for scikit-learn/scipy, pandas, spaCy or lingua they do not use."""
from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sklearn", "scipy", "pandas", "spacy", "lingua", "simplemma", "wordfreq", "matplotlib", "pyarrow")


def _loaded(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "; import sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return {m for m in out.split() if m.split(".")[0] in HEAVY}


def test_importing_the_cli_loads_no_heavy_library():
    assert _loaded("import textnps.cli") == set()


@pytest.mark.parametrize("module", ["textnps.preprocess.pii", "textnps.preprocess.langid", "textnps.preprocess.tokens"])
def test_a_preprocessing_step_does_not_load_scikit_learn(module):
    loaded = {m.split(".")[0] for m in _loaded(f"import {module}")}
    assert "sklearn" not in loaded and "scipy" not in loaded and "pandas" not in loaded


def test_the_package_still_offers_every_name():
    from textnps import preprocess

    for name in preprocess.__all__:
        assert getattr(preprocess, name) is not None
