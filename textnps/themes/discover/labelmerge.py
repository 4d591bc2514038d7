"""Two themes of one side whose labels say the same are one: ``venlig betjening`` and ``høflig betjening``.

The merges of :mod:`~textnps.themes.discover.reasons` compare term vectors, comment profiles and
the label terms, domain terms aside. A theme led by a noun with a synonym before it escapes them
all: the noun is often the survey's own subject (sv *bemötande* in a survey about service: a
domain term, left out of the label terms), the synonyms weigh little, and each theme keeps its
own words around them. The labels still give them away: the first theme writes "venlig
betjening", the second, that phrase being taken, "høflig betjening".

:func:`label_key` reads a phrase label as the sequence of its content words' vocabulary tokens,
negators as ``not``, function words left out: synonyms that the concept table and the
friendliness token give one token (:func:`~textnps.themes.discover.manner.discovery_maps`:
*venlig*, *høflig* -> ``=friendly``; *proffsig*, *professionell* -> ``=professional``) give one
key, ``(=friendly, betjening)``. :func:`describe_merged` names the themes, merges two themes of one
group and one polarity with the same key of at least two tokens (summing their unit term vectors,
as :func:`~textnps.themes.discover.reasons.merge_sided` does) and names them again, until no two
labels say the same. Distinct reasons sharing a noun keep their own keys (``lang ventetid`` is
``(lang, ventetid)``, ``ingen ventetid`` ``(not, ventetid)``; ``hurtig betjening`` is ``=fast``), and
two polarities of one reason are never merged (they are paired). ``merge_threshold=None`` turns
this off with the other merges.
"""
from __future__ import annotations

import numpy as np

from textnps.themes.discover.describe import describe_themes
from textnps.themes.discover.phrases import CONTENT, NEGATOR, word_kinds
from textnps.themes.discover.reasons import unit
from textnps.themes.discover.vectorize import lang_key

__all__ = ["label_key", "describe_merged"]


def label_key(label: str, code, maps, vocab) -> tuple | None:
    """The content tokens of the phrase *label* in language *code* (``not`` for a negator), sorted, or None.

    Sorted: "butikken ekspedienten" and "ekspedienten butikken" (two themes of one reason, NMF split by
    word order's chance) name the same.

    None for a label of loose terms (``a · b``), one with a word outside the vocabulary or fewer
    than two tokens: such labels are no evidence that two themes say the same."""
    from textnps.preprocess.tokens import lemmatize

    if not label or " · " in label:
        return None
    code = lang_key(code, maps)
    table = maps.get(code, {})

    def token_of(lemma, _code):
        token = table.get(lemma, lemma)
        return token if token in vocab else None

    words = label.split()
    kinds = word_kinds([(lemmatize(w, code) if code else w, w) for w in words], code or None, token_of)
    if any(kind == 0 for kind, *_ in kinds):
        return None
    key = tuple(sorted(token if kind == CONTENT else "not" for kind, token, _, _ in kinds if kind in (CONTENT, NEGATOR)))
    return key if len(key) >= 2 else None


def _same_label_pair(model, group: str):
    """The first two themes of *group* with one polarity and one :func:`label_key`, or None."""
    ids = model.theme_ids_[group]
    rows = model.themes_.set_index("theme_id").loc[ids]
    vocab = set(model.vocabulary_.tolist())
    keys = [label_key(lab, (langs.split(",") or [""])[0], model.concept_maps_, vocab)
            for lab, langs in zip(rows["label"], rows["languages"].astype(str))]
    side = np.asarray(model.polarity_[group])
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            if keys[i] is not None and keys[i] == keys[j] and side[i] == side[j]:
                return i, j
    return None


def describe_merged(model, X, x_all, usable, cats, surfaces, **kwargs) -> None:
    """:func:`~textnps.themes.discover.describe.describe_themes`, merging themes whose labels say the
    same (see the module docstring; counted in ``model.n_merged_``)."""
    for _ in range(sum(h.shape[0] for h in model.components_.values()) + 1):
        describe_themes(model, X, x_all, usable, cats, surfaces, **kwargs)
        if model.merge_threshold is None:
            return
        merged = False
        for group in list(model.components_):
            pair = _same_label_pair(model, group)
            if pair is None:
                continue
            i, j = pair
            h = np.asarray(model.components_[group], dtype=float).copy()
            rows = unit(h, 1)
            h[i] = unit(rows[i] + rows[j], 0)
            model.components_[group] = np.delete(h, j, axis=0)
            model.polarity_[group] = np.delete(np.asarray(model.polarity_[group]), j)
            model.n_merged_[group] = model.n_merged_.get(group, 0) + 1
            merged = True
        if not merged:
            return
