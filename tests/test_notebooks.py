"""Every notebook runs top to bottom as written (cell by cell, in one namespace); a failing cell fails the suite.

The notebooks end with ``assert`` cells that check what they show (the planted facts of the sample).
"""
import json
from pathlib import Path

import matplotlib
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
#: what each notebook leaves in its working folder
WRITES = {"01_quickstart": "textnps-notebook-report/report.html",
          "02_discover_and_build_a_codebook": "nordlys-model",
          "03_new_wave": "wave-comparison/compare.html"}


def test_every_notebook_is_listed():
    assert {p.stem for p in NOTEBOOKS} == set(WRITES)


def run_notebook(path: Path) -> dict:
    """Run the code cells of *path* in order in one namespace; a failing cell raises AssertionError naming it."""
    namespace: dict = {}
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert cells, f"{path.name} has no code cell"
    assert all(not c.get("outputs") for c in cells), "commit notebooks with their outputs cleared"
    for number, cell in enumerate(cells):
        code = "".join(cell["source"])
        try:
            exec(compile(code, f"{path.name}[cell {number}]", "exec"), namespace)  # noqa: S102
        except Exception as exc:  # name the cell, keep the traceback
            raise AssertionError(f"{path.name}, code cell {number} failed: {exc!r}\n{code}") from exc
    return namespace


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path, monkeypatch):
    matplotlib.use("Agg")
    monkeypatch.chdir(tmp_path)
    run_notebook(path)
    assert (tmp_path / WRITES[path.stem]).exists()


def _write(path: Path, sources: list[str], outputs=()) -> Path:
    cells = [{"cell_type": "code", "metadata": {}, "source": [s], "outputs": list(outputs), "execution_count": None}
             for s in sources]
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return path


def test_a_failing_cell_fails_and_is_named(tmp_path):
    path = _write(tmp_path / "bad.ipynb", ["x = 1", "assert x == 2, 'the planted fact is gone'"])
    with pytest.raises(AssertionError, match=r"bad.ipynb, code cell 1 failed: .*the planted fact is gone"):
        run_notebook(path)


def test_a_notebook_with_outputs_is_refused(tmp_path):
    path = _write(tmp_path / "saved.ipynb", ["1 + 1"], outputs=[{"output_type": "execute_result", "data": {}}])
    with pytest.raises(AssertionError, match="outputs cleared"):
        run_notebook(path)
