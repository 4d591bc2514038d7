"""Danish language data."""

#: NPS category names, as Danish CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritikere", "passive": "Passive", "promoter": "Promotorer"}
