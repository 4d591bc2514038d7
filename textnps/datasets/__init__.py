"""The bundled **synthetic** sample survey: 3,000 NPS answers to a fictional operator.

"Nordlys" is an invented Nordic telecom and broadband operator that also sells
phones in a webshop and in stores and runs a customer service. It surveyed its
customers in Sweden, Denmark and Norway from 2025-09-01 to 2026-10-31. Every
comment was assembled by :mod:`textnps.datasets._generate` from fragments
written for this sample (no real comment was used); the answers of real people
are not in it. ``textnps demo`` runs the main job on it.

Columns of ``sample_survey.csv``: ``response_id`` (``NL00001`` ...), ``date``
(ISO), ``market`` (``SE``/``DK``/``NO``: the segment), ``channel`` (``store``,
``webshop``, ``phone``: where the customer dealt with Nordlys), ``score``
(0-10) and ``comment`` (Swedish for SE, Danish for DK, Norwegian Bokmål and
~10 % Nynorsk for NO, ~2 % English anywhere; typos, lower case, missing
diacritics, mixed praise and complaint, negation, line breaks, ~8 % empty or
non-answers such as ``-``, ``nej``, ``vet ikke``, ``n/a``).

``sample_survey_truth.csv`` holds what was planted in each comment:
``response_id``, ``themes`` (the default codebook's theme ids with polarity,
``id:polarity`` joined by ``;``, 0-3 per comment, ``general`` only alone),
``lang`` (sv/da/nb/nn/en, empty for word-free answers such as ``-``),
``non_answer`` and ``pii`` (planted fake personal data as ``kind:value``).

Planted facts (tests in ``tests/datasets/test_sample.py`` keep them true;
numbers are those of the shipped file, a theme counts as a complaint when its
polarity is ``neg`` or ``mixed``):

* NPS +17.4 overall (DK +22.3, SE +16.4, NO +14.0).
* Detractors' top complaint is ``price`` (price increases, too expensive): 36 %
  of detractors complain about it, 30 % of their complaint mentions, three
  times the next theme (``response_time``), first in every market.
* Passives talk mostly about ``response_time`` (phone queues, slow replies;
  31 % of passives), then ``price`` (24 %).
* Promoters' top praise is ``staff_service`` (friendly, helpful staff; 33 % of
  promoters), then ``ease`` (21 %) and ``product`` (16 %, network coverage and
  speed).
* Rising complaint: ``digital``. A new app launched in 2026-08 (login problems,
  crashes): 0-5 % of detractors complain about ``digital`` in each month
  before, 27-37 % in each of 2026-08, 2026-09 and 2026-10; the NPS slips from
  +19 before to +11 in those three months.
* ``delivery`` comes up mostly in the ``webshop`` channel (89 % of mentions);
  ``claims_cases`` (warranty repairs) is rare (0.8 % of comments).
* 9.1 % non-answers (4.8 % empty); 46 comments carry fake e-mails (reserved
  example.* domains), phone numbers (the Swedish ones from the series reserved
  for fiction) or national id numbers valid by their check digits
  (personnummer, CPR, fødselsnummer), so redaction can be tested.

Rebuild with ``python -m textnps.datasets._generate`` (deterministic for a seed).
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pandas as pd

__all__ = ["load_sample_survey", "load_sample_truth", "sample_survey_path", "sample_truth_path"]

#: how ``read_survey`` finds the canonical columns in the sample
COLUMNS = {"text_col": "comment", "score_col": "score", "date_col": "date", "segment_col": "market", "id_col": "response_id"}


def sample_survey_path() -> Path:
    """Path of the bundled ``sample_survey.csv`` (inside the installed package)."""
    return Path(str(files(__name__) / "sample_survey.csv"))


def sample_truth_path() -> Path:
    """Path of the bundled ``sample_survey_truth.csv``."""
    return Path(str(files(__name__) / "sample_survey_truth.csv"))


def load_sample_survey() -> pd.DataFrame:
    """Load the synthetic sample survey through :func:`textnps.io.read_survey`.

    Returns the canonical columns ``score``, ``text``, ``empty_comment``,
    ``date``, ``segment`` (the market) and ``id``, plus the original columns.

    >>> survey = load_sample_survey()
    >>> len(survey), sorted(survey["segment"].unique())
    (3000, ['DK', 'NO', 'SE'])
    """
    from textnps.io import read_survey

    return read_survey(sample_survey_path(), **COLUMNS)


def load_sample_truth() -> pd.DataFrame:
    """Load the planted truth: ``response_id``, ``themes``, ``lang``, ``non_answer``, ``pii``.

    ``themes``, ``lang`` and ``pii`` are strings, ``""`` when empty;
    ``non_answer`` is bool.
    """
    truth = pd.read_csv(sample_truth_path(), dtype=str, keep_default_na=False)
    return truth.assign(non_answer=truth["non_answer"].eq("True"))
