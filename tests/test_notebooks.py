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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path, monkeypatch):
    matplotlib.use("Agg")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert cells
    assert all(not c.get("outputs") for c in cells), "commit notebooks with their outputs cleared"
    for number, cell in enumerate(cells):
        code = "".join(cell["source"])
        try:
            exec(compile(code, f"{path.name}[cell {number}]", "exec"), namespace)  # noqa: S102
        except Exception as exc:  # name the cell, keep the traceback
            raise AssertionError(f"{path.name}, code cell {number} failed: {exc!r}\n{code}") from exc
    assert (tmp_path / WRITES[path.stem]).exists()
