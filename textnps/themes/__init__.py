"""Themes: discover them without a codebook (discover), or classify comments with one
(codebook, classify). Nothing is imported here eagerly."""
