"""Swedish language data."""

#: NPS category names, as Swedish CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritiker", "passive": "Passiva", "promoter": "Förespråkare"}
