"""The staff's friendliness, written with many adjectives, is one term for discovery: ``=friendly``.

NMF splits praise of the staff by its adjective: "trevligt bemötande", "vänligt bemötande",
"trevlig personal" (sv), "venlig betjening", "venlig og imødekommende", "sød og venlig",
"hjælpsom medarbejder" (da). Each theme is built on another adjective, so their term vectors barely
overlap (cosine 0.005-0.05 on the Swedish reviews) and no merge criterion joins them without joining
real reasons too; worse, two fits on two 90 % subsamples split the same comments between different
adjectives, a large part of what made them disagree (issue 14). The language modules' concept table
already gives each adjective one token across the languages (``=friendly`` for sv *vänlig*, da
*venlig*, nb *vennlig*; ``=nice`` for sv *trevlig*, da *flink*, *sød*); :func:`discovery_maps` maps
the concepts and words of friendliness (:data:`FRIENDLY`: friendly, nice, polite, helpful,
accommodating, pleasant) to one token, so the praise of the staff's manner is one theme by
construction, and the same one on any sample. Competence (*kunnig*, *kompetent*, *professionell*)
and speed (*snabb*, *hurtig*) stay their own: they are other reasons, and so does nb/nn *grei* ("greit":
fine, easy), which praises a delivery or a process as often as a person.
"""
from __future__ import annotations

from textnps.themes.discover.vectorize import CONCEPT_MARK, concept_maps

__all__ = ["FRIENDLY", "FRIENDLY_TOKEN", "SYNONYMS", "discovery_maps"]

FRIENDLY_TOKEN = CONCEPT_MARK + "friendly"
#: Concept tokens joined into :data:`FRIENDLY_TOKEN`.
FRIENDLY_CONCEPTS = frozenset(CONCEPT_MARK + c for c in ("friendly", "nice", "polite", "helpful"))
#: Language -> lemmas of friendliness that the concept table does not list (sv, da, nb, nn).
FRIENDLY = {
    # with the forms the lemmatisers leave (da "søde", "imødekomme"; sv "trevliga")
    "sv": frozenset("""trevlig trevligt trevliga vänlig vänligt vänliga hjälpsam hjälpsamma artig artiga
                    tillmötesgående tillmötesgå sympatisk""".split()),
    "da": frozenset("""venlig venligt venlige flink flinke sød søde hjælpsom hjælpsomme høflig høflige
                    imødekommende imødekomme imødekommen behagelig behagelige rar rare""".split()),
    "nb": frozenset("""vennlig vennlige hyggelig hyggelige hjelpsom hjelpsomme høflig høflige
                    imøtekommende imøtekomme blid""".split()),
    "nn": frozenset("venleg venlege hyggeleg hjelpsam høfleg imøtekommande blid".split()),
}


#: Language -> lemma -> concept: synonyms the concept table does not list, so two themes named with
#: them have one label key (:mod:`~textnps.themes.discover.labelmerge`): "proffsigt bemötande",
#: "professionellt bemötande".
SYNONYMS = {
    "sv": {"proffsig": CONCEPT_MARK + "professional", "proffesionell": CONCEPT_MARK + "professional"},
    "da": {"proff": CONCEPT_MARK + "professional", "profesionel": CONCEPT_MARK + "professional"},
    "nb": {"proff": CONCEPT_MARK + "professional", "proffesjonell": CONCEPT_MARK + "professional"},
}
#: Lemmas the concept table files under "nice" that say nothing about a person's manner (nb, nn).
NOT_MANNER = frozenset({"grei", "greit"})


def discovery_maps() -> dict[str, dict[str, str]]:
    """:func:`~textnps.themes.discover.vectorize.concept_maps` with friendliness as one token."""
    maps = concept_maps()
    for code, table in maps.items():
        for lemma, token in table.items():
            if token in FRIENDLY_CONCEPTS:
                table[lemma] = FRIENDLY_TOKEN
        for lemma in FRIENDLY.get(code, ()):
            table[lemma] = FRIENDLY_TOKEN
        for lemma, token in SYNONYMS.get(code, {}).items():
            table.setdefault(lemma, token)
    for code in ("nb", "nn"):  # "greit" (fine, easy) praises a delivery as often as a person: not manner
        for lemma in NOT_MANNER:
            if maps.get(code, {}).get(lemma) == FRIENDLY_TOKEN:
                maps[code][lemma] = CONCEPT_MARK + "fine"
    shared = maps[""]
    for words in FRIENDLY.values():
        for lemma in words:
            shared.setdefault(lemma, FRIENDLY_TOKEN)
    return maps
