"""Themes: discover them without a codebook (:mod:`textnps.themes.discover`), or classify comments
with one (:mod:`textnps.themes.codebook`); :mod:`textnps.themes.persist` saves and loads both.
Nothing is imported here eagerly."""
