"""How people really type: typos, lower case, capitals, missing Nordic letters (for the synthetic sample).

*rng* is the generator's :class:`~textnps.datasets._generate.Rng` (its
``chance``, ``below`` and ``choice``), so the output stays the same for a seed.
"""
from __future__ import annotations

__all__ = ["noise", "typo"]

#: how a keyboard without Nordic letters writes them
_UNACCENT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "æ": "ae", "ø": "o",
                           "Å": "A", "Ä": "A", "Ö": "O", "Æ": "Ae", "Ø": "O"})


def typo(rng, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word, j = words[i], 1 + rng.below(len(words[i]) - 2)
    kind = rng.below(3)
    if kind == 0:  # swapped neighbours
        word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    elif kind == 1:  # dropped letter
        word = word[:j] + word[j + 1 :]
    else:  # doubled letter
        word = word[:j] + word[j] + word[j:]
    words[i] = word
    return " ".join(words)


def noise(rng, text: str) -> str:
    if rng.chance(0.10):
        text = typo(rng, text)
    if rng.chance(0.04):
        text = typo(rng, text)
    if rng.chance(0.28):
        text = text.lower()
    elif rng.chance(0.01):
        text = text.upper()
    if rng.chance(0.04):
        text = text.translate(_UNACCENT)
    return text
