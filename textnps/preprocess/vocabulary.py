"""Which terms a saved model may hold: never a placeholder, a person's name or a rare token.

A model's vocabulary (``model.json`` / ``arrays.npz`` of ThemeClassifier, ThemeRefiner and
ThemeDiscoverer) is stored and shipped; a term seen in few comments can identify the person who
wrote it. :func:`private_terms` lists, for a fitted corpus, the tokens no vocabulary may keep:

* tokens in fewer than ``min_comments`` comments (:data:`MIN_COMMENTS` = 3: a term seen once or
  twice can point at one customer);
* the placeholders' words (``name``, ``email`` ... when a placeholder reached the lemmas);
* names: name-list words written with a capital inside a sentence of the comments ("med Erik"),
  even where redaction missed them.

:func:`drop_terms` removes them from lemma strings before a vectoriser learns its vocabulary.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from textnps.preprocess.names import NON_WORD, SENTENCE_END, name_kinds
from textnps.preprocess.pii import PLACEHOLDERS

__all__ = ["MIN_COMMENTS", "private_terms", "drop_terms"]

#: A token must occur in at least this many comments to be stored in a model.
MIN_COMMENTS = 3
_WORD = re.compile(r"[^\W\d_]+")


def _bare(token: str) -> str:
    return token[4:] if token.startswith("neg_") else token


def private_terms(lemmas: Iterable[str], texts: Iterable[str] | None = None, *,
                  min_comments: int = MIN_COMMENTS) -> frozenset[str]:
    """The tokens (bare lemmas, without ``neg_``) of *lemmas* that no saved model may hold.

    *lemmas* are the space-separated lemma strings of the comments, *texts* their ``text_clean``
    (for the names written with a capital).

    >>> found = private_terms(["bra service", "bra service", "bra pris", "tack erik", "tack erik"],
    ...                       ["Bra service", "Bra service", "Bra pris", "Tack till Erik", "Tack, Erik"], min_comments=2)
    >>> [t for t in ("bra", "service", "pris", "tack", "erik", "name") if t in found]
    ['pris', 'erik', 'name']
    """
    df: Counter = Counter()
    for doc in lemmas:
        df.update({_bare(t) for t in str(doc).split()})
    private = {t for t, n in df.items() if n < min_comments}
    private |= {p.strip("[]").lower() for p in PLACEHOLDERS.values()}
    kinds = name_kinds()
    for text in texts if texts is not None else ():
        text = str(text)
        if kinds.keys().isdisjoint(NON_WORD.split(text.lower())):
            continue  # most comments: no word of the name list (the fast check of find_names)
        prev_end = None
        for m in _WORD.finditer(text):
            word, gap, prev_end = m.group(), None if prev_end is None else text[prev_end : m.start()], m.end()
            if gap is None or SENTENCE_END.search(gap) or not word[0].isupper() or word.isupper():
                continue
            if word.lower() in kinds:
                private.add(word.lower())
    return frozenset(private)


def drop_terms(docs: Iterable[str], exclude: frozenset[str]) -> list[str]:
    """*docs* (lemma strings) without the tokens whose bare form is in *exclude*."""
    if not exclude:
        return [str(d) for d in docs]
    return [" ".join(t for t in str(d).split() if _bare(t) not in exclude) for d in docs]
