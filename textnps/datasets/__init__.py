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

Wave 2 (``load_sample_survey(wave=2)``, ``sample_survey_wave2.csv``): the next
quarter, 1,500 answers from 2026-11-01 to 2027-01-31 with one planted change --
a new invoice system: 20 % of detractors' comments also complain about
``billing`` (6.8 % of detractors in wave 1, 20.8 % in wave 2) and 5 % of
promoters turn detractor (NPS +17.4 -> +8.5); everything else is drawn as in
wave 1 (see ``README.md`` in this folder).

Rebuild with ``python -m textnps.datasets._generate`` (deterministic for a seed).
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pandas as pd

__all__ = ["load_sample_survey", "load_sample_truth", "sample_survey_path", "sample_truth_path"]

#: how ``read_survey`` finds the canonical columns in the sample
COLUMNS = {"text_col": "comment", "score_col": "score", "date_col": "date", "segment_col": "market", "id_col": "response_id"}
#: the bundled waves
WAVES = (1, 2)


def _stem(wave: int) -> str:
    from textnps._errors import ParameterError

    if wave not in WAVES:
        raise ParameterError(f"The 'wave' parameter must be one of {list(WAVES)} (the bundled sample waves). "
                             f"Got {wave!r} instead.")
    return "sample_survey" if wave == 1 else f"sample_survey_wave{wave}"


def sample_survey_path(wave: int = 1) -> Path:
    """Path of the bundled ``sample_survey.csv`` (wave 1) or ``sample_survey_wave2.csv`` (wave 2)."""
    return Path(str(files(__name__) / f"{_stem(wave)}.csv"))


def sample_truth_path(wave: int = 1) -> Path:
    """Path of the bundled truth file of *wave* (``sample_survey_truth.csv``, ``sample_survey_wave2_truth.csv``)."""
    return Path(str(files(__name__) / f"{_stem(wave)}_truth.csv"))


def load_sample_survey(wave: int = 1) -> pd.DataFrame:
    """Load a wave of the synthetic sample survey through :func:`textnps.io.read_survey`.

    Returns the canonical columns ``score``, ``text``, ``empty_comment``,
    ``date``, ``segment`` (the market) and ``id``, plus the original columns.
    ``wave=2`` is the next quarter (1,500 answers, 2026-11-01 .. 2027-01-31).

    >>> survey = load_sample_survey()
    >>> len(survey), sorted(survey["segment"].unique())
    (3000, ['DK', 'NO', 'SE'])
    >>> len(load_sample_survey(wave=2))
    1500
    """
    from textnps.io import read_survey

    return read_survey(sample_survey_path(wave), **COLUMNS)


def load_sample_truth(wave: int = 1) -> pd.DataFrame:
    """Load the planted truth of *wave*: ``response_id``, ``themes``, ``lang``, ``non_answer``, ``pii``.

    ``themes``, ``lang`` and ``pii`` are strings, ``""`` when empty;
    ``non_answer`` is bool.
    """
    truth = pd.read_csv(sample_truth_path(wave), dtype=str, keep_default_na=False)
    return truth.assign(non_answer=truth["non_answer"].eq("True"))
