"""Hand-written comment fragments of the synthetic sample, one module per language.

Each module holds ``FRAGMENTS`` keyed by ``(theme_id, polarity)`` (plus
``("digital_app", "neg")``: complaints about the new app of 2026-08), and the
theme-free pieces ``NEUTRAL``, ``CLOSERS_POS``, ``CLOSERS_NEG``, ``CONTRAST``,
``AND``, ``ENDINGS``, ``NON_ANSWERS`` and ``PII`` (templates with ``<value>``).
A fragment is a template: ``{a|b|c}`` is filled with one alternative. Every
fragment speaks of its own theme only, so the truth file stays true.
"""
from __future__ import annotations

from textnps.datasets._fragments import da, en, nb, nn, sv

LANGUAGE_DATA = {"sv": sv, "da": da, "nb": nb, "nn": nn, "en": en}
