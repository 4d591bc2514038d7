"""Norwegian Nynorsk language data."""

#: NPS category names (Nynorsk).
CATEGORY_NAMES = {"detractor": "Kritikarar", "passive": "Passive", "promoter": "Ambassadørar"}
