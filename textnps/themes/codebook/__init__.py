"""Classifying comments with a codebook: its format and loader, seeds, the classifier, the refiner,
polarity, coding and evaluation. Nothing is imported here eagerly."""
