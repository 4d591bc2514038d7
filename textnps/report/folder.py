"""The files every report folder has: ``figures/*.png`` and ``tables/*.csv`` (formula-safe)."""
from __future__ import annotations

from pathlib import Path

from textnps.csvsafe import write_csv

__all__ = ["write_figures_and_tables"]


def write_figures_and_tables(out_dir, tables: dict, figures: dict, *, raw_csv: bool = False) -> dict[str, bytes]:
    """Write *figures* as ``figures/<name>.png`` and *tables* as ``tables/<name>.csv`` under *out_dir*.

    CSV cells are formula-safe (:func:`textnps.csvsafe.write_csv`) unless *raw_csv*. Returns the
    PNG bytes of each figure, for the HTML page that embeds them.
    """
    from textnps.report.html import figure_png

    out = Path(out_dir)
    for sub in ("figures", "tables"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    pngs = {name: figure_png(fig) for name, fig in figures.items()}
    for name, png in pngs.items():
        (out / "figures" / f"{name}.png").write_bytes(png)
    for name, table in tables.items():
        write_csv(table, out / "tables" / f"{name}.csv", raw=raw_csv, index=False)
    return pngs
