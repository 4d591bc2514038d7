"""Name a theme with a short phrase its comments write: "skade ikke dækket", "lang ventetid i telefonen".

Three loose lemmas (``skade · dække · anmelde``) make the reader guess how they go together; the
comments themselves say it. :func:`phrase_label` counts, over a theme's most typical comments, the
word sequences of 2 to 4 words inside one clause (punctuation ends a clause) and picks the one that
most comments write, preferring sequences that hold more of the theme's key terms and more words.

What a phrase may hold, so that it never shows a name or says nothing:

* **content words**: a word whose lemma (or its concept token) is in the model's vocabulary. The
  vocabulary never holds a company, segment or person name, a rare word, a greeting or a pure
  verdict (*super*, *god*: :mod:`~textnps.themes.discover.generic`), so neither can a phrase;
* **function words** of the comment's language (its stop words: *i*, *på*, *til*) and negators
  (*ikke*, *ingen*), only between content words, or a negator at the start (*ikke dækket*);
* any other word (a name, a greeting, a verdict, a number) breaks the sequence.

A phrase needs at least one of the theme's key terms, two content words or a negator and a content
word, and at least *min_count* comments (3, and 2 % of those looked at) writing it.

**Weak words** (issue 14: ``ca kr``, ``betale kr``, ``par uger``, ``når man ringer`` told an analyst
nothing): a unit or quantity (:data:`WEAK_WORDS`: *kr*, *ca*, *stk*, *par*, *uger*...) is a content
word that does not count towards the two, and a phrase never ends on one; a clause opener
(:data:`OPENERS`: *når*, *hvis*, *fordi*...) is a function word even where the vocabulary holds it, so
no phrase starts with it. The prepositions that take a name (*hos*, *från*, *fra*:
:data:`~textnps.themes.discover.brands.NAME_PREPOSITIONS`) are function words too, so no phrase
ends on one where the name after it was left out (``abonnemang hos``).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from textnps.themes.discover.brands import NAME_PREPOSITIONS
from textnps.themes.discover.surface import BREAK

__all__ = ["phrase_label", "word_kinds"]

CONTENT, FUNCTION, NEGATOR = 1, 2, 3

#: Units, amounts and time spans (sv, da, nb, nn): content words that name no reason on their own.
WEAK_WORDS = frozenset("""
kr kr. kroner kronor krone krona kronan kronen ca ca. cirka circa omkring ungefär ungefær stk st styk stykker
styck stycken pct procent prosent dkk sek nok euro kl kl. min minut minutter minuter minutt timer timmar time
timme timmer dag dage dagar dager døgn dygn uge uger ugen veckor vecka veckan uke uker uka måned måneder månad
månader månaden måneden år året åren årene par parti gang gange gånger ganger
""".split())
#: Words that open a subordinate clause: a label never starts with one ("når man ringer").
OPENERS = frozenset("""
når när hvis om som at att da då fordi eftersom därför derfor mens medan inden innan innen før siden sedan
sidan indtil tills inntil hvordan hur hvad vad hva hvor var hvilket vilket hvorfor varför selvom
""".split())

@lru_cache(maxsize=16)
def _sentiment(code: str):
    """``(exact, prefixes)`` of the positive and of the negative words of *code* (``flink*`` is a prefix)."""
    from textnps import lang as _lang

    try:
        data = _lang.get(code)
    except Exception:
        return (frozenset(), ()), (frozenset(), ())
    return tuple((frozenset(w for w in words if not w.endswith("*")),
                  tuple(w[:-1] for w in words if w.endswith("*")))
                 for words in (data.POSITIVE_WORDS, data.NEGATIVE_WORDS))


def _sign(word: str, code: str) -> int:
    (pos, pos_pre), (neg, neg_pre) = _sentiment(code)
    if word in pos or word.startswith(pos_pre):
        return 1
    if word in neg or word.startswith(neg_pre):
        return -1
    return 0


@lru_cache(maxsize=16)
def _function_words(code: str) -> tuple[frozenset, frozenset]:
    from textnps import lang as _lang
    from textnps.preprocess.stopwords import stop_words

    try:
        data = _lang.get(code)
    except Exception:  # an unknown language: no function word, no negator
        return frozenset(), frozenset()
    return stop_words(code), frozenset(data.NEGATORS)


def word_kinds(pairs, code, token_of) -> list[tuple[int, str, str, int]]:
    """``(kind, token, word, sign)`` of each (lemma, word) pair; kind 0 breaks a phrase, *sign* is
    +1 / -1 for a word of the language's positive / negative lists (``POSITIVE_WORDS``).

    *token_of(lemma, code)* is the vocabulary token of a lemma in language *code*, or None.
    """
    code = {"no": "nb"}.get(str(code).lower(), str(code).lower()) if code is not None else ""
    stop, negators = _function_words(code) if code else (frozenset(), frozenset())
    out = []
    for pair in pairs:
        if pair == BREAK:
            out.append((0, "", "", 0))
            continue
        lemma, word = pair
        if word in negators:
            out.append((NEGATOR, "", word, 0))
        elif word in stop or word in OPENERS or word in NAME_PREPOSITIONS:  # before the vocabulary, which
            # keeps a few (*alle*, *når*; *hos* as the lemma ``ho``)
            out.append((FUNCTION, "", word, 0))
        elif (token := token_of(lemma, code)) is not None:
            out.append((CONTENT, token, word, _sign(word, code) if code else 0))
        else:
            out.append((0, "", "", 0))
    return out


def _spans(kinds, keys: frozenset, max_len: int):
    """The phrases of one comment: ``(text, n_key_terms, n_content_words, signs)``, each once."""
    seen = set()
    n = len(kinds)
    for start in range(n):
        if kinds[start][0] not in (CONTENT, NEGATOR):
            continue
        contents, key_hits, negated, signs = 0, set(), False, set()
        for end in range(start, min(n, start + max_len)):
            kind, token, _, sign = kinds[end]
            signs.add(sign)
            if kind == 0:
                break
            weak = kind == CONTENT and kinds[end][2] in WEAK_WORDS
            if kind == CONTENT and not weak:
                contents += 1
                if token in keys:
                    key_hits.add(token)
            elif kind == NEGATOR:
                negated = True
            if end > start and kind == CONTENT and not weak and key_hits and (contents >= 2 or negated):
                text = " ".join(w for _, _, w, _ in kinds[start:end + 1])
                if text not in seen:
                    seen.add(text)
                    # a negator turns the sentiment words after it (*ikke god*)
                    yield text, len(key_hits), contents, frozenset(-v for v in signs) if negated else frozenset(signs)


def phrase_label(comments, keys, *, min_count: int = 3, min_share: float = 0.02, max_len: int = 4,
                 taken=frozenset(), side: int = 0) -> str | None:
    """The phrase most of *comments* write about the theme, or None.

    *comments* are the theme's typical comments as :func:`word_kinds` lists; *keys* its key terms
    (vocabulary tokens, ``neg_`` marks dropped). A phrase scores the number of comments writing it
    times its key terms times ``1 + (content words - 1) / 4``; one in *taken* (another theme's
    label) is skipped, and with *side* (+1 / -1, the theme's polarity) one holding a word of the
    other sentiment (a negative price theme is not named *gode priser*).
    """
    keys = frozenset(keys)
    counts: Counter = Counter()
    info: dict[str, tuple[int, int]] = {}
    for kinds in comments:
        for text, hits, contents, signs in _spans(kinds, keys, max_len):
            if side and -side in signs:
                continue
            counts[text] += 1
            info[text] = (hits, contents)
    floor = max(min_count, min_share * len(comments))
    best, best_score = None, 0.0
    for text, n in counts.items():
        if n < floor or text in taken:
            continue
        hits, contents = info[text]
        score = n * hits * (1 + (contents - 1) / 4)
        if score > best_score or (score == best_score and best is not None and text < best):
            best, best_score = text, score
    return best
