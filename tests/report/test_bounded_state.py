"""Memory that does not grow with the survey (issue 15): bounded memos (textnps/memo.py) and processed chunks
spilled to disk (report/spill.py), with the same results as without the bounds."""
from __future__ import annotations

import pickle
import tempfile
from collections import Counter

import pandas as pd
import pytest

from textnps.memo import Memo
from textnps.preprocess import Preprocessor
from textnps.report import spill
from textnps.report.analyze import analyze
from textnps.themes.codebook import seeds, terms
from textnps.themes.codebook.classify import ThemeClassifier

from _scale_survey import assert_same_report, survey


def test_memo_starts_afresh_when_full_and_pickles_empty():
    memo = Memo(3)
    for i in range(10):
        if memo.get(i) is None:
            memo.put(i, str(i))
        assert len(memo) <= 3
    assert (memo.misses, memo.resets) == (10, 3)
    assert memo.get(9) == "9"  # the newest entries are kept
    back = pickle.loads(pickle.dumps(memo))
    assert isinstance(back, Memo) and back.cap == 3 and len(back) == 0  # sent to a worker without its entries
    with pytest.raises(ValueError, match="positive number"):
        Memo(0)


def _matcher_memos(clf):
    """Every bounded memo of the classifier's seed matcher: its per-comment one and each rule's token ones."""
    matcher = clf._matcher
    rules = matcher._rules.values()
    return [matcher._cache, *(r.terms._cache for r in rules), *(r.judged._cache for r in rules),
            *(r._self_judged for r in rules)]


def _classified(frame):
    clf = ThemeClassifier(progress=False, random_state=0).fit(frame)
    return clf, clf.transform(frame)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_seed_memos_never_exceed_their_cap_and_change_nothing(lang, monkeypatch):
    frame = survey(lang, 300).drop(index=5)  # its score 11 is no NPS score
    frame["score"] = frame["score"].astype(int)
    frame["comment"] = frame["comment"] + [f" #{i:06d}" for i in range(len(frame))]  # every comment distinct
    pre = Preprocessor(text_col="comment", progress=False).fit_transform(frame)
    _, unbounded = _classified(pre)
    monkeypatch.setattr(seeds, "COMMENT_MEMO", 25)
    monkeypatch.setattr(terms, "TOKEN_MEMO", 40)
    clf, bounded = _classified(pre)
    pd.testing.assert_frame_equal(unbounded, bounded)
    memos = _matcher_memos(clf)
    assert memos[0].cap == 25 and all(m.cap == 40 for m in memos[1:])
    assert all(len(m) <= m.cap for m in memos)
    assert memos[0].resets > 0  # 300 distinct comments went through a memo of 25
    assert sum(m.resets for m in memos[1:]) > 0


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_streamed_chunks_wait_on_disk_and_are_removed(tmp_path, monkeypatch, lang):
    path = tmp_path / "survey.csv"
    survey(lang, 400).to_csv(path, index=False)
    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spills))  # the spill folder's parent
    seen = []
    real = spill.Spill.add_all

    def watched(self, results):
        def each():
            for item in results:
                seen.append(len(list(spills.glob(f"{spill.SPILL_PREFIX}*/chunk-*"))))  # the chunks before this one
                yield item
        return real(self, each())

    monkeypatch.setattr(spill.Spill, "add_all", watched)
    options = dict(progress=False, errors="coerce", segment_col="channel")
    streamed = analyze(path, chunksize=100, **options)
    assert seen == [0, 1, 2, 3]  # each processed chunk went to disk before the next one came
    assert list(spills.iterdir()) == []  # and the folder is gone
    assert_same_report(analyze(path, chunksize=0, **options), streamed)


def test_spill_folder_is_removed_when_a_chunk_fails(tmp_path):
    def results():
        yield pd.DataFrame({"a": [1, 2]}), Counter(rows=2)
        raise RuntimeError("chunk 2 failed")

    with pytest.raises(RuntimeError, match="chunk 2 failed"):
        spill.spilled(results(), where=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_spilled_frames_come_back_unchanged_in_order(tmp_path):
    """Parquet where it holds the columns, a pickle where it cannot (an id mixing numbers and text)."""
    parts = [pd.DataFrame({"id": ["a", 2], "p_price": pd.Series([0.5, 0.25], dtype="float32"), "themes": ["price:neg", ""]},
                          index=pd.RangeIndex(0, 2)),
             pd.DataFrame({"id": ["c", "d"], "p_price": pd.Series([0.1, 0.0], dtype="float32"),
                           "themes": ["", "delivery:pos"]}, index=pd.RangeIndex(2, 4))]
    frame, counts = spill.spilled(((p, Counter(rows=len(p))) for p in parts), where=tmp_path)
    pd.testing.assert_frame_equal(frame, pd.concat(parts))
    assert counts == Counter(rows=4) and list(tmp_path.iterdir()) == []
    assert spill.spilled(iter(()), where=tmp_path) == (None, Counter())
