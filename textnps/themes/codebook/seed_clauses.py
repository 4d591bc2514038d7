"""The words of the clauses where a theme is mentioned: what a refiner decides the theme on.

A seed is not always about its theme: in ``afdelingen ringede om min skade, men prisen er for
høj`` the claim (``skade``) is why they called, and the verdict is on the price. The clauses
are the ones :mod:`~textnps.themes.codebook.polarity` uses (cut at punctuation and before
contrast words); :func:`seed_clause_texts` gives, per theme, the lower-case words of the clauses
holding its seed matches, so a refiner can weigh the words *next to* a seed apart from the rest
of the comment (``ringede om`` next to a claim seed says "context", ``lang sagsbehandling`` says
"claims"). A seed found among the lemmas only (no position in the text) gives the whole comment.
"""
from __future__ import annotations

from textnps.themes.codebook.polarity import ClauseAnalysis, lexicon_for
from textnps.themes.codebook.terms import tokenize

__all__ = ["seed_clause_texts"]


def _clauses(text: str, lang) -> tuple[list[str], list[int]]:
    """Tokens and their clause, cut exactly as polarity cuts them, without scoring the sentiment (the cost)."""
    analysis = ClauseAnalysis.__new__(ClauseAnalysis)
    tokens = tokenize(text, lang)
    analysis._cut(tokens, lexicon_for(lang))
    return tokens, analysis.clause_of


def seed_clause_texts(texts, langs, hits, n_themes: int) -> list[list[str]]:
    """Per theme (outer list, *n_themes*), per comment: the words of the clauses holding its seeds.

    *hits* are the seed matches per comment (``{theme index: spans}``, as
    :func:`~textnps.themes.codebook.weak_labels.seed_matrix` returns them); a comment where the
    theme's seeds did not match gets ``""``.
    """
    texts, langs = list(texts), list(langs)
    if not (len(texts) == len(langs) == len(hits)):
        raise ValueError(f"seed_clause_texts needs one text, language and hits per comment; got {len(texts)}, "
                         f"{len(langs)} and {len(hits)}.")
    out = [[""] * len(texts) for _ in range(n_themes)]
    for i, found in enumerate(hits):
        if not found:
            continue
        tokens, clause_of = _clauses(texts[i], langs[i])
        words = _clause_words(tokens, clause_of)
        for k, spans in found.items():
            if not tokens or any(span is None for span in spans):  # the whole comment
                out[k][i] = " ".join(w for w in words if w)
            else:
                clauses = sorted({clause_of[min(span[0], len(tokens) - 1)] for span in spans})
                out[k][i] = " ".join(words[c] for c in clauses if words[c])
    return out


def _clause_words(tokens: list[str], clause_of: list[int]) -> list[str]:
    """Per clause (in order), its words (no punctuation) joined by spaces: a clause's tokens stand together."""
    words = [[] for _ in range(clause_of[-1] + 1)] if tokens else []
    for t, c in zip(tokens, clause_of):
        if t[:1].isalnum():
            words[c].append(t)
    return [" ".join(w) for w in words]
