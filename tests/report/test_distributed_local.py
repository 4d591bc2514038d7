"""``analyze`` of a Dask DataFrame without a ``distributed.Client``: the partitions run on Dask's own
threaded scheduler (this module starts no cluster), and the report is the single-machine one."""
from __future__ import annotations

import pytest

from textnps.report.analyze import analyze

dd = pytest.importorskip("dask.dataframe", reason="the Dask engine is optional: pip install 'textnps[dask]'")
distributed = pytest.importorskip("distributed")

from _scale_survey import assert_same_report, survey  # noqa: E402


def test_dask_frame_without_a_cluster_uses_dasks_local_scheduler():
    with pytest.raises(ValueError):
        distributed.default_client()  # no cluster here: the path without one is the one tested
    frame = survey("no", 250)
    options = dict(progress=False, errors="coerce", discover=False)
    assert_same_report(analyze(frame, **options), analyze(dd.from_pandas(frame, npartitions=2), **options))
