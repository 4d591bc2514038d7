"""Which terms say nothing about *what* a comment is about, so discovery leaves them out.

Left alone, the most frequent words of a survey become its "themes":
``kunde · god · selskab`` groups comments by mood or by the fact that they
mention the company, not by a subject an analyst can act on. Three kinds of
term are dropped from the vocabulary before fitting (negated forms such as
``neg_bra`` are kept: "not good" still says something):

1. **Generic concepts** shared by the languages (``=good``, ``=customer``,
   ``=company``, ...; see :data:`GENERIC_CONCEPTS`) and each language's
   ``DISCOVERY_GENERIC`` lemmas (verdicts and intensifiers such as *super*,
   *perfekt*, *helt*; ``textnps/lang/<code>.py``), and greetings and thanks
   (:data:`GREETINGS`: *hej*, *hilsen*, *tack*).
2. **Everyday words** of the comment's language: lemmas with a wordfreq Zipf
   frequency of at least *max_zipf* (5.8: about one word in 600 of ordinary
   text, e.g. *hos*, *år*, *gå*, *hele*) that the stop-word lists missed.
3. **Proper names** that recur in the survey: words written with a capital
   first letter (and the rest lower case) in at least 60 % of their
   occurrences inside a sentence, in at least 1 % of the comments. This
   catches the company's own name (*Nordlys*, *Tryg*) without a list;
   in all-lowercase exports :func:`textnps.themes.discover.brands.lowercase_names` finds the
   names that are no word of the language (*comhem*, *cdon*), and ``stop_words`` names the rest.

:func:`survey_names` adds the names that need no capital to be known, for lowercased exports:
the words of the segment column's values (``cdon``, ``komplett``, ``alm``, ``brand``: the
companies or products the survey compares) and the first names of the shipped name list that
are no ordinary word of the languages (``erik``, ``mette``; not ``bo`` or ``per``). These are
names, so the discoverer never stores them, not even in its list of left-out terms.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from textnps import lang as _lang
from textnps.themes.discover.vectorize import CONCEPT_MARK, NEG_PREFIX, analyze

__all__ = ["GENERIC_CONCEPTS", "generic_terms", "proper_names", "survey_names", "first_names", "segment_words",
           "segment_prefixes"]

#: Concept tokens (see ``CONCEPTS`` in the language modules) that carry no theme.
GENERIC_CONCEPTS = frozenset(CONCEPT_MARK + c for c in (
    "good", "bad", "customer", "company", "satisfied", "disappointed", "recommend", "always", "never"))
#: Greetings, thanks and sign-offs (lemmas, sv/da/no): "venlig hilsen" or "tack" names no reason.
GREETINGS = frozenset("""hej hejsan hallo halløj hilsen hilse hälsning hälsa mvh vh tak tack takk tusind
tusen tacka takke bare www com http https""".split())
_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*")
_SENTENCE_END = re.compile(r"[.!?:;\n]")


@lru_cache(maxsize=8)
def _zipf(code: str) -> dict[str, float]:
    from textnps.preprocess.compounds import zipf_table

    return zipf_table(_lang.get(code).FREQ_LANG)


@lru_cache(maxsize=8)
def _generic_words(code: str) -> frozenset:
    return _lang.get(code).DISCOVERY_GENERIC


def generic_terms(docs: list[str], langs, *, max_zipf: float = 5.8) -> set[str]:
    """Terms of the mapped *docs* that name no theme (kinds 1 and 2 of the module docstring).

    A plain lemma is judged in the language it occurs in most (*langs*, one
    code per document; rows outside sv/da/nb/nn only count for the concepts).
    """
    seen: Counter = Counter()
    langs = [None] * len(docs) if langs is None else list(langs)
    for doc, code in zip(docs, langs):
        code = _lang_code(code)
        for tok in set(analyze(doc)):
            if not tok.startswith(NEG_PREFIX):
                seen[(tok, code)] += 1
    main: dict[str, tuple[int, str]] = {}
    for (tok, code), n in seen.items():
        if n > main.get(tok, (0, ""))[0] or (n == main[tok][0] and code < main[tok][1]):
            main[tok] = (n, code)
    out = set()
    for tok, (_, code) in main.items():
        if tok in GENERIC_CONCEPTS or tok in GREETINGS:
            out.add(tok)
        elif code and not tok.startswith(CONCEPT_MARK) and (
                tok in _generic_words(code) or _zipf(code).get(tok, 0.0) >= max_zipf):
            out.add(tok)
    return out


def _lang_code(code) -> str:
    code = "" if code is None else str(code).lower()
    code = {"no": "nb"}.get(code, code)
    return code if code in ("sv", "da", "nb", "nn") else ""


def proper_names(texts, *, min_share: float = 0.6, min_doc_share: float = 0.01) -> set[str]:
    """Lower-cased words written as names (kind 3 of the module docstring) in *texts*."""
    capital, other, docs_with = Counter(), Counter(), Counter()
    n_docs = 0
    for text in texts:
        text = "" if text is None else str(text)
        n_docs += 1
        found, prev_end = set(), None
        for m in _WORD.finditer(text):
            word, gap, prev_end = m.group(), text[prev_end:m.start()] if prev_end is not None else None, m.end()
            if gap is None or _SENTENCE_END.search(gap):
                continue  # a sentence's first word is capitalised anyway
            key = word.lower()
            if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
                capital[key] += 1
            elif word.islower():
                other[key] += 1
            else:
                continue  # ALL CAPS or camelCase: no evidence either way
            found.add(key)
        docs_with.update(found)
    floor = max(2, min_doc_share * n_docs)
    names = {w for w, n in capital.items() if len(w) > 1 and docs_with[w] >= floor and n >= min_share * (n + other[w])}
    return names | {w + "." for w in names}  # the lemma of an abbreviated name keeps its dot (``alm.``)


def survey_names(segments=None) -> set[str]:
    """Lower-cased words that name a company, product or person (see the module docstring).

    *segments* are the segment column's values (None: only the first names).
    """
    return first_names() | segment_words(segments)


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """The name list's first names that are no ordinary word of the languages (``erik``, not ``bo``)."""
    from textnps.preprocess.langdata import all_languages
    from textnps.preprocess.names import name_kinds

    ordinary = {str(w).lower() for w in all_languages("NAME_WORDS")}
    return frozenset(name for name, kind in name_kinds().items() if kind & 1 and name not in ordinary and len(name) > 2)


def segment_words(segments=None) -> set[str]:
    """The lower-cased words (and ``word.``) of the segment values *segments*."""
    names: set[str] = set()
    for value in {str(v) for v in segments} if segments is not None else ():
        if value.lower() in ("", "nan", "none", "<na>"):
            continue
        for word in _WORD.findall(value.lower()):
            if len(word) > 1:
                names |= {word, word + "."}
    return names


def segment_prefixes(docs, segments, *, min_len: int = 4) -> set[str]:
    """Terms of *docs* that begin a glued segment value: ``vestjysk`` of *vestjyskbank*.

    Customers write a company whose segment value is one word as two (*Vestjysk Bank*), so the
    first part is a name too; the last part (*bank*) is an ordinary word and stays.
    """
    glued = segment_words(segments)
    terms = {t for doc in docs for t in analyze(doc) if len(t) >= min_len}
    return {t for t in terms for g in glued if len(g) > len(t) and g.startswith(t)}
