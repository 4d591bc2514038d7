"""Norwegian Bokmål language data."""

#: NPS category names, as Norwegian CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritikere", "passive": "Passive", "promoter": "Ambassadører"}
