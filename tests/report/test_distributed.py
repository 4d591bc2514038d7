"""The Dask engine (textnps/distributed): ``analyze`` of a Dask DataFrame on a LocalCluster of several workers
equals the single-machine report; the CLI's ``--engine dask``; a clear error without Dask."""
from __future__ import annotations

import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps._errors import ParameterError
from textnps.cli import app
from textnps.report.analyze import analyze

dd = pytest.importorskip("dask.dataframe", reason="the Dask engine is optional: pip install 'textnps[dask]'")
distributed = pytest.importorskip("distributed")

from _scale_survey import assert_same_report, survey  # noqa: E402


@pytest.fixture(scope="module")
def client():
    """Two in-process workers (threads): a real scheduler and real partitions, and seconds to start."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c, \
            distributed.Client(c) as cl:
        yield cl


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_dask_frame_equals_single_machine(client, lang):
    frame = survey(lang, 600)
    options = dict(progress=False, segment_col="channel", errors="coerce", since="2025-10-01")
    local = analyze(frame, **options)
    ddf = dd.from_pandas(frame, npartitions=4)
    assert ddf.npartitions == 4
    on_dask = analyze(ddf, **options)
    assert_same_report(local, on_dask)
    assert any("Dropped 1 of 600" in n for n in on_dask.meta["notes"])


def test_transform_partitions_equals_whole_frame(client):
    from textnps.distributed import transform_partitions
    from textnps.preprocess import Preprocessor

    frame = survey("no", 200).rename(columns={"comment": "text"})
    pre = Preprocessor(progress=False).fit(frame)
    got = transform_partitions(pre, dd.from_pandas(frame, npartitions=3)).compute()
    pd.testing.assert_frame_equal(got, pre.transform(frame), check_dtype=False)  # Dask: strings with pd.NA


def test_cli_engine_dask_gives_the_local_summary_and_theme_counts(tmp_path, monkeypatch):
    path = tmp_path / "survey.csv"
    survey("da", 400).to_csv(path, index=False)
    # threads instead of worker processes, so that the test takes seconds (the CLI's cluster otherwise)
    real = distributed.LocalCluster
    monkeypatch.setattr(distributed, "LocalCluster", lambda **kw: real(**{**kw, "processes": False}))
    runner = CliRunner()
    common = ["analyze", str(path), "--no-progress", "--errors", "coerce", "--segment-col", "channel"]
    for name, extra in (("local", []), ("dask", ["--engine", "dask", "--n-jobs", "2", "--chunksize", "150"])):
        result = runner.invoke(app, [*common, "--out", str(tmp_path / name), *extra])
        assert result.exit_code == 0, result.output
    for table in ("nps_summary", "top_complaints", "theme_categories"):
        local = pd.read_csv(tmp_path / "local" / "tables" / f"{table}.csv")
        on_dask = pd.read_csv(tmp_path / "dask" / "tables" / f"{table}.csv")
        pd.testing.assert_frame_equal(local, on_dask, obj=table)


def test_scheduler_needs_parquet(tmp_path):
    from textnps.distributed import dask_session

    path = tmp_path / "survey.csv"
    survey("sv", 20).to_csv(path, index=False)
    with pytest.raises(ParameterError, match="give a Parquet file"):
        with dask_session(path, scheduler="tcp://127.0.0.1:1"):
            pass
    with pytest.raises(ParameterError, match="must be 'local' or 'dask'"):
        with dask_session(path, engine="spark"):
            pass


def test_without_dask_the_error_says_how_to_install(monkeypatch):
    from textnps.distributed.session import require_dask

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ParameterError, match=r'pip install "textnps\[dask\]"'):
        require_dask()

