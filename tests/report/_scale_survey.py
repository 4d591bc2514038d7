"""A small survey in one language, and the check that two reports are the same (streamed, Dask, in memory)."""
from __future__ import annotations

import pandas as pd

from textnps.datasets import sample_survey_path

MARKET = {"sv": "SE", "da": "DK", "no": "NO"}


def survey(lang: str, n: int = 600) -> pd.DataFrame:
    """*n* answers of the bundled synthetic survey in one language (its market), with a bad score and ids."""
    raw = pd.read_csv(sample_survey_path(), dtype=str, keep_default_na=False)
    part = raw[raw["market"] == MARKET[lang]].head(n).reset_index(drop=True)
    part.loc[5, "score"] = "11"  # dropped with errors="coerce", counted in the notes
    return part


def assert_same_report(a, b) -> None:
    assert list(a.tables) == list(b.tables)
    for name in a.tables:
        pd.testing.assert_frame_equal(a.tables[name].reset_index(drop=True), b.tables[name].reset_index(drop=True),
                                      obj=name)
    assert {k: v for k, v in a.meta.items() if k != "generated"} == \
        {k: v for k, v in b.meta.items() if k != "generated"}
    cols = [c for c in ("id", "score", "category", "themes", "discovered_theme", "text_clean") if c in a.data]
    assert "themes" in cols and all(c in b.data for c in cols)
    pd.testing.assert_frame_equal(a.data[cols].reset_index(drop=True), b.data[cols].reset_index(drop=True))
