"""The notebooks' code runs as written (cell by cell, in one namespace)."""
import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    assert cells
    for number, cell in enumerate(cells):
        code = "".join(cell["source"])
        exec(compile(code, f"{path.name}[cell {number}]", "exec"), namespace)  # noqa: S102
    assert (tmp_path / "textnps-notebook-report" / "report.html").is_file()
