"""English language data."""

#: NPS category names.
CATEGORY_NAMES = {"detractor": "Detractors", "passive": "Passives", "promoter": "Promoters"}
