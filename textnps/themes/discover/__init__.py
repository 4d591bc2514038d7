"""Discovering themes without a codebook: vectorising, choosing k, the discoverer, labels, quality
and the generic-term filter. Nothing is imported here eagerly."""
