"""Fixtures of the report tests: a classified survey, its report, and the saved files."""
from __future__ import annotations

import pandas as pd
import pytest

from _report_survey import classified_survey


@pytest.fixture(scope="session")
def survey() -> pd.DataFrame:
    return classified_survey()


@pytest.fixture(scope="session")
def report(survey):
    from textnps.report.analyze import analyze

    return analyze(survey, progress=False, lang="sv")


@pytest.fixture(scope="session")
def saved(report, tmp_path_factory):
    return report.save(tmp_path_factory.mktemp("report"))
