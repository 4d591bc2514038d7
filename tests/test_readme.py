"""The README's promises: two quickstart commands, the test one being what CI runs."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quickstart_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    return [line for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_quickstart_has_exactly_two_commands():
    commands = quickstart_commands()
    assert len(commands) == 2, commands
    assert "textnps demo" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quickstart_commands()[1] in ci.splitlines()


def test_the_test_command_runs_the_docstring_examples_too():
    import tomllib

    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "--doctest-modules" in options["addopts"].split()
    assert options["testpaths"] == ["tests", "textnps"]
    examples = [p for p in (ROOT / "textnps").rglob("*.py") if ">>> " in p.read_text(encoding="utf-8")]
    assert len(examples) >= 10  # the package's docstring examples are there to be run


def test_the_readme_tells_the_fix_first_columns_and_shows_the_section():
    from textnps.report.fix_first import FIX_FIRST_COLUMNS

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = text.split("`fix_first.csv` has `", 1)[1].split("`", 1)[0]
    assert [c.strip() for c in listed.split(",")] == FIX_FIRST_COLUMNS[1:]  # without the optional segment
    for column in ("n_mentions_neg", "impact_neg", "significant_neg"):
        assert f"`{column}`" in text
    assert "The report opens with **Fix first**" in text
    png = (ROOT / "docs" / "demo_report.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
