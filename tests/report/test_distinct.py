"""Distinct comments processed once per chunk (report/distinct.py): the same rows and counts as every row
processed, with less work where comments repeat."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest

from textnps.preprocess import Preprocessor
from textnps.preprocess.summary import SUMMARY_ATTR
from textnps.report.chunked import SurveyPlan, fit_models, process_chunk, standardize_chunk
from textnps.report.distinct import distinct_codes, preprocess_distinct, score_groups
from textnps.stats import nps_category
from textnps.themes.codebook.classify import ThemeClassifier

from _scale_survey import survey


def _repeating(lang: str) -> pd.DataFrame:
    """A standardized chunk whose comments repeat (some many times, with other scores), with blanks."""
    base = survey(lang, 120)
    base = base[base["score"] != "11"].reset_index(drop=True)
    rng = np.random.default_rng(1)
    rows = np.concatenate([np.arange(len(base)), rng.integers(0, 30, 200), np.full(25, 7)])
    raw = base.iloc[rows].reset_index(drop=True)
    raw["response_id"] = [f"R{i:05d}" for i in range(len(raw))]
    raw["score"] = rng.integers(0, 11, len(raw)).astype(str)  # repeated comments with different scores
    raw.loc[[3, 40, 90], "comment"] = ["", "", "  "]
    frame, _ = standardize_chunk(raw, SurveyPlan(columns={"text_col": "comment", "score_col": "score",
                                                          "date_col": "date", "id_col": "response_id"}))
    return frame


@pytest.fixture(scope="module", params=["sv", "da", "no"])
def fitted(request):
    frame = _repeating(request.param)
    pre, clf, _ = fit_models(frame, frame, SurveyPlan())
    return frame, pre, clf


def test_distinct_processing_equals_every_row(fitted):
    frame, pre, clf = fitted
    slim, counts = process_chunk(frame, pre, clf, distinct=True)
    every, every_counts = process_chunk(frame, pre, clf, distinct=False)
    pd.testing.assert_frame_equal(slim, every)
    assert counts == every_counts and counts["rows"] == len(frame)


def test_preprocess_distinct_counts_every_row(fitted, monkeypatch):
    frame, pre, _ = fitted
    seen = []
    transform = Preprocessor.transform
    monkeypatch.setattr(Preprocessor, "transform", lambda self, X: seen.append(len(X)) or transform(self, X))
    out, codes = preprocess_distinct(frame, pre)
    assert sum(seen) == frame["text"].nunique(dropna=False) < len(frame)  # each distinct comment once
    monkeypatch.setattr(Preprocessor, "transform", transform)
    expected = pre.transform(frame)
    pd.testing.assert_frame_equal(out, expected)
    assert Counter(out.attrs[SUMMARY_ATTR]) == Counter(expected.attrs[SUMMARY_ATTR])
    assert len(set(codes)) == frame["text"].nunique(dropna=False)


def test_classifier_sees_each_comment_and_nps_category_once(fitted, monkeypatch):
    frame, pre, clf = fitted
    seen = []
    transform = ThemeClassifier.transform
    monkeypatch.setattr(ThemeClassifier, "transform", lambda self, X: seen.append(len(X)) or transform(self, X))
    process_chunk(frame, pre, clf)
    pairs = len(frame.assign(category=nps_category(frame["score"]).astype(str))[["text", "category"]]
                .drop_duplicates())
    assert seen == [pairs] and pairs < len(frame[["text", "score"]].drop_duplicates())


def test_scores_count_by_their_nps_category_and_other_values_apart():
    groups = score_groups(pd.Series([0, 6, 7, 8, 9, 10, np.nan, 11, 8.5, "x", 11]))
    assert groups[:6].tolist() == [0, 0, 1, 1, 2, 2]
    assert len(set(groups[6:9])) == 3 and min(groups[6:]) >= 3
    assert groups[9] == groups[6] and groups[10] == groups[7]  # "x" is missing, like NaN


def test_distinct_codes_number_values_and_their_first_rows():
    codes, first = distinct_codes(["b", "a", "b", None, np.nan, "a", 5])
    assert codes.tolist() == [0, 1, 0, 2, 2, 1, 3] and first.tolist() == [0, 1, 3, 6]


def test_models_transform_a_chunk_in_pieces_with_the_same_rows_and_counts(fitted, monkeypatch):
    """The models never see more than PIECE_ROWS rows at once (their working memory is a piece's)."""
    from textnps.report import distinct

    frame, pre, clf = fitted
    whole, whole_counts = process_chunk(frame, pre, clf)
    monkeypatch.setattr(distinct, "PIECE_ROWS", 37)
    seen = []
    for cls in (Preprocessor, ThemeClassifier):
        monkeypatch.setattr(cls, "transform", lambda self, X, _t=cls.transform: seen.append(len(X)) or _t(self, X))
    pieces, counts = process_chunk(frame, pre, clf)
    assert max(seen) <= 37 and len(seen) > 4
    pd.testing.assert_frame_equal(pieces, whole)
    assert counts == whole_counts
