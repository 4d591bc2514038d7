"""Out-of-core ``analyze`` (report/streaming.py, report/chunked.py): a file streamed in chunks gives the
in-memory report, with bounded memory (chunks in flight, compact rows kept)."""
from __future__ import annotations

import numpy as np
import pytest

from textnps._errors import InputError
from textnps.preprocess.pipeline import prior_positions
from textnps.preprocess.stream import ordered_map
from textnps.report.analyze import analyze
from textnps.report import streaming

from _scale_survey import assert_same_report, survey

@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_streamed_csv_equals_in_memory(tmp_path, lang):
    path = tmp_path / "survey.csv"
    frame = survey(lang, 900)  # enough comments no theme covers for discovery to run
    frame.to_csv(path, index=False)
    options = dict(progress=False, segment_col="channel", errors="coerce", since="2025-10-01", until="2026-08-31")
    memory = analyze(path, chunksize=0, **options)
    streamed = analyze(path, chunksize=200, n_jobs=2 if lang == "sv" else 1, **options)  # sv: a worker process too
    assert_same_report(memory, streamed)
    notes = " ".join(streamed.meta["notes"])
    assert f"Dropped 1 of {len(frame)} rows" in notes and "outside the window" in notes
    assert "discovered_themes" in streamed.tables  # discovery ran, on the same comments


def test_streamed_parquet_equals_in_memory(tmp_path):
    path = tmp_path / "survey.parquet"
    frame = survey("da", 600)
    frame["score"] = frame["score"].replace("11", "10").astype(int)
    frame.to_parquet(path, index=False, row_group_size=150)
    assert_same_report(analyze(path, chunksize=0, progress=False), analyze(path, chunksize=150, progress=False))


def test_auto_streams_only_big_csv_and_parquet(tmp_path, monkeypatch):
    path = tmp_path / "survey.csv"
    survey("no", 50).to_csv(path, index=False)
    assert not streaming.streams(path, "auto") and streaming.streams(path, 100)
    assert not streaming.streams(path, 0) and not streaming.streams(path, None)
    monkeypatch.setattr(streaming, "AUTO_STREAM_BYTES", 10)
    assert streaming.streams(path, "auto") and not streaming.streams(tmp_path / "survey.xlsx", 100)


def test_repeated_id_in_another_chunk_is_an_error(tmp_path):
    frame = survey("sv", 300)
    frame.loc[250, "response_id"] = frame.loc[3, "response_id"]  # chunk 1 repeats an id of chunk 0
    path = tmp_path / "survey.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(InputError, match="1 repeated value"):
        analyze(path, chunksize=100, errors="coerce", progress=False)


def test_discovery_learns_from_a_sample_and_assigns_all(tmp_path, monkeypatch):
    path = tmp_path / "survey.csv"
    survey("sv", 900).to_csv(path, index=False)
    monkeypatch.setattr(streaming, "MAX_DISCOVER_FIT", 60)
    report = analyze(path, chunksize=300, errors="coerce", progress=False)
    note = next(n for n in report.meta["notes"] if "were learned from" in n)
    n_uncovered = int(note.split(" of the ")[1].split()[0].replace(",", ""))
    assert note.startswith("New themes were learned from 60 of the") and n_uncovered > 60
    assigned = (report.data["discovered_theme"].fillna("") != "").to_numpy()
    uncovered = np.flatnonzero((report.data["lemmas"] != "").to_numpy())
    assert len(uncovered) == n_uncovered
    outside = np.setdiff1d(uncovered, uncovered[prior_positions(len(uncovered), 60)])
    assert assigned[outside].sum() > 0  # comments outside the sample got a discovered theme too


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_chunks_in_flight_are_bounded(n_jobs):
    """Never more than 2 chunks per process are read ahead of the results (memory stays bounded), in order."""
    pulled, yielded = [], []

    def chunks():
        for i in range(9):
            pulled.append(i)
            yield i

    for result in ordered_map(abs, chunks(), n_jobs):
        yielded.append(result)
        assert len(pulled) - len(yielded) <= 2 * n_jobs
    assert yielded == list(range(9))


def test_processed_chunk_keeps_only_what_the_report_needs(tmp_path):
    """No raw comment column, lemmas only for comments discovery clusters, probabilities as float32."""
    from textnps.report.chunked import SurveyPlan, fit_models, process_chunk, standardize_chunk

    plan = SurveyPlan(errors="coerce")
    frame, counts = standardize_chunk(survey("da", 300), plan)
    assert counts["dropped"] == 1 and counts["rows"] == 299
    pre, clf, _ = fit_models(frame, frame, plan)
    kept, _ = process_chunk(frame, pre, clf)
    assert "text" not in kept.columns and "comment" not in kept.columns
    covered = kept["themes"] != ""
    assert (kept.loc[covered, "lemmas"] == "").all() and (kept.loc[~covered & kept["informative"], "lemmas"] != "").any()
    assert {str(kept[c].dtype) for c in kept if c.startswith("p_")} == {"float32"}
    assert np.array_equal(kept.index, frame.index)
