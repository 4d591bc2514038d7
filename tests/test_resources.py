"""The shipped models: one copy (the top-level models/), found by name in a checkout and in an installed wheel."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from textnps import _resources
from textnps._resources import models_dir, shipped_models
from textnps.themes.codebook.format import available_codebooks, codebook_folder, load_codebook

REPO = Path(__file__).resolve().parents[1]


def test_the_checkout_has_one_copy_of_the_shipped_models():
    assert not (REPO / "textnps" / "models").exists()
    assert models_dir() == REPO / "models"
    assert shipped_models() == available_codebooks() == ["nordic-cx"]
    assert codebook_folder(load_codebook("nordic-cx")) == REPO / "models" / "nordic-cx"


def _layout(root: Path, *, installed: bool, checkout: bool) -> Path:
    """A fake textnps/ folder inside *root*, with the models beside it (installed) or in the checkout."""
    package = root / "textnps"
    package.mkdir(parents=True)
    if installed:
        (package / "models" / "wheel-cb").mkdir(parents=True)
        (package / "models" / "wheel-cb" / "codebook.yaml").write_text("x", encoding="utf-8")
    if checkout:
        (root / "pyproject.toml").write_text("", encoding="utf-8")
        (root / "models" / "checkout-cb").mkdir(parents=True)
        (root / "models" / "checkout-cb" / "codebook.yaml").write_text("x", encoding="utf-8")
        (root / "models" / "no-codebook").mkdir()
    return package


@pytest.mark.parametrize(("installed", "checkout", "expected"), [
    (True, False, ["wheel-cb"]),
    (True, True, ["wheel-cb"]),        # an installed copy wins over a checkout around it
    (False, True, ["checkout-cb"]),    # source checkout / editable install
    (False, False, []),
])
def test_models_dir_prefers_the_installed_copy(tmp_path, monkeypatch, installed, checkout, expected):
    package = _layout(tmp_path, installed=installed, checkout=checkout)
    monkeypatch.setattr(_resources, "_HERE", package)
    assert shipped_models() == expected


def test_a_models_folder_without_a_checkout_around_it_is_not_ours(tmp_path, monkeypatch):
    # site-packages/models of some other distribution must not be taken for textnps's
    package = _layout(tmp_path, installed=False, checkout=False)
    (tmp_path / "models" / "stranger").mkdir(parents=True)
    (tmp_path / "models" / "stranger" / "codebook.yaml").write_text("x", encoding="utf-8")
    monkeypatch.setattr(_resources, "_HERE", package)
    assert shipped_models() == []


PROBE = """
import json, textnps
from textnps._resources import shipped_models
from textnps.themes.codebook.format import codebook_folder, load_codebook
from textnps.themes.codebook.refining import REFINER_FOLDER
folder = codebook_folder(load_codebook("nordic-cx"))
print(json.dumps({"package": textnps.__file__, "models": shipped_models(), "folder": str(folder),
                  "refiner": (folder / REFINER_FOLDER / "model.json").is_file()}))
"""


@pytest.mark.slow
def test_a_built_wheel_carries_the_models_and_finds_them_by_name(tmp_path):
    """Build the wheel (as ``pip install .`` does) and import textnps from its unpacked files alone."""
    source = tmp_path / "src"  # a copy: building writes build/ and *.egg-info/ beside the sources
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "out"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("textnps-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for name in ("codebook.yaml", "MODEL_CARD.md", "refiner/model.json", "refiner/arrays.npz"):
        assert f"textnps/models/nordic-cx/{name}" in names
        assert (tmp_path / "site" / "textnps" / "models" / "nordic-cx" / name).read_bytes() \
            == (REPO / "models" / "nordic-cx" / name).read_bytes()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env, check=True,
                          capture_output=True, text=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    site = tmp_path / "site" / "textnps"
    assert Path(found["package"]).parent == site  # the unpacked wheel, not this checkout
    assert found["models"] == ["nordic-cx"]
    assert found["folder"] == str(site / "models" / "nordic-cx") and found["refiner"]
