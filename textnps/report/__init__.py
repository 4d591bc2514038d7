"""Reporting: ranked complaints, NPS impact, trends, plots and report files.

Modules, each one concept:

* :mod:`textnps.report.fix_first`  what to fix first and what to keep: the NPS points the negative
  (positive) mentions alone cost (add)
* :mod:`textnps.report.tables`  top complaints / strengths / passives, theme impact on NPS (split by polarity)
* :mod:`textnps.report.quotes`  quotes cut to the clause that mentions their theme, in its polarity
* :mod:`textnps.report.notes`   the report's notes, in the report's language
* :mod:`textnps.report.trends`  theme share per period, trend tests, emerging themes
* :mod:`textnps.report.plots`   matplotlib figures (each takes ``ax=None``, returns the Axes)
* :mod:`textnps.report.html`    the self-contained ``report.html``
* :mod:`textnps.report.excel`   ``report.xlsx`` with formula injection neutralised
* :mod:`textnps.report.analyze` :func:`analyze`, the main job, and its :class:`Report`
* :mod:`textnps.report.compare` :func:`compare_waves`, wave against wave, and its :class:`Comparison`
  (page in :mod:`~textnps.report.compare_html`, figures in :mod:`~textnps.report.compare_plots`,
  the interval of a change in ``_difference``, discovered themes across waves in ``_matching``)

Nothing is imported here so that ``import textnps.report.tables`` does not load
matplotlib or the NLP stages.
"""
