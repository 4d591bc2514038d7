"""Polarity of each theme from the clause that mentions it, not from the whole comment.

A comment is cut into clauses at punctuation (``. ! ? ; : ,`` and line breaks)
and before contrast words (``men``, ``dog``, ``but``: ``CONTRAST_WORDS`` of
:mod:`textnps.lang`). Each word of ``POSITIVE_WORDS`` counts +1, of
``NEGATIVE_WORDS`` -1. A negator (``NEGATORS``: ``inte``, ``ikke``, ``not`` ...)
up to three words before a sentiment word in the same clause flips it: a
negated positive counts -1 (``inte bra``), a negated negative +0.5
(``ikke dårlig``, ``inga problem``: better than bad, not quite good). A negator
with no sentiment word to flip counts -1 (``fick inte svar``, ``pakken kom ikke``:
a complaint). A negator inside a sentiment phrase is part of it (``kan ikke andet
end anbefale``), one before ``bara``/``kun`` negates nothing (``inte bara snabb``),
and one before a phrase flips it (``kom ikke til tiden``). A wish or suggestion
(``WISH_PHRASES``: ``borde``, ``kunne godt``) makes its clause negative.

A theme's polarity comes from the clauses holding its seed words:
``bra pris men usel kundtjänst`` gives price ``pos`` and staff_service
``neg``. A clause without sentiment borrows it: the opposite of its neighbour
across a contrast word (``pris ok, men usel service``: the price clause is
``pos``), else its sentence, else the comment. A theme in clauses of both signs
is ``mixed``, unless a single clause stands against several (then the
majority wins). Known limits: irony, and sentiment carried by facts alone
("waited six weeks") beyond the listed words.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress, count

from textnps.lang import get as get_language
from textnps.memo import Memo
from textnps.themes.codebook import terms
from textnps.themes.codebook.terms import TermIndex, tokenize

__all__ = ["POLARITIES", "split_clauses", "clause_polarities", "text_polarity", "ClauseAnalysis", "analyze_clauses"]

POLARITIES = ("pos", "neg", "mixed")
_SENTENCE_END = frozenset(".!?;\n")
_CLAUSE_END = frozenset(",:")
_WINDOW = 3


class _Lexicon:
    def __init__(self, lang: str):
        mod = get_language(lang)
        self.words = TermIndex()
        self.words.add_all(mod.POSITIVE_WORDS, 1.0)
        self.words.add_all(mod.NEGATIVE_WORDS, -1.0)
        self.phrases = TermIndex()
        self.phrases.add_all(mod.POSITIVE_PHRASES, 1.0)
        self.phrases.add_all(mod.NEGATIVE_PHRASES, -1.0)
        self.wishes = TermIndex()
        self.wishes.add_all(mod.WISH_PHRASES, -1.0)
        self.negators = mod.NEGATORS - {"ei"}
        self.breakers = mod.NEGATION_BREAKERS
        self.exceptions = mod.NEGATION_EXCEPTIONS
        self.contrast = mod.CONTRAST_WORDS
        #: tokens that cut clauses or sentences
        self.marks = _SENTENCE_END | _CLAUSE_END | self.contrast
        self._values = Memo(terms.TOKEN_MEMO)  # token -> its sentiment value (bounded: :mod:`textnps.memo`)

    def value(self, token: str) -> float:
        v = self._values.get(token)
        if v is None:
            # the most specific word wins: 'missnöjd*' over '*nöjd'
            found = [(len(elements[0][1]), val) for elements, val in self.words.starts(token) if len(elements) == 1]
            v = max(found)[1] if found else 0.0
            self._values.put(token, v)
        return v

    def sentiment_positions(self, tokens: list[str], unique: set[str] | None = None) -> list[int]:
        """Positions of the sentiment words in *tokens* (a sentiment word starts a term of ``words``;
        *unique*: ``set(tokens)`` when the caller has it)."""
        hot = self.words.hot(set(tokens) if unique is None else unique)
        if not hot:
            return []
        valued = {t for t in hot if self.value(t)}
        return list(compress(count(), map(valued.__contains__, tokens)))


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    return _Lexicon(lang)


def lexicon_for(lang) -> _Lexicon:
    """The sentiment lexicon of *lang* (Danish for an unknown language: the Nordic words overlap most)."""
    try:
        return _lexicon(str(lang))
    except Exception:  # unknown language ("other", "und"): Swedish/Danish/Norwegian words overlap most
        return _lexicon("da")


class ClauseAnalysis:
    """Tokens of a comment with their clause, sentence and sentiment value.

    ``clause_of[i]`` / ``sentence_of[i]`` index token *i*'s clause and
    sentence; ``clause_score`` / ``sentence_score`` sum the values;
    ``contrast_before[c]`` is True when clause *c* begins with a contrast word.
    Only the few punctuation, contrast, negation and sentiment tokens are
    visited one by one: a long comment costs little more than a short one.
    """

    __slots__ = ("tokens", "values", "clause_of", "sentence_of", "clause_score", "sentence_score",
                 "contrast_before", "total")

    def __init__(self, tokens: list[str], lang):
        lex = lexicon_for(lang)
        self.tokens = tokens
        unique = set(tokens)
        self._cut(tokens, lex)
        self.values = self._values(tokens, lex, unique)
        self.clause_score = [0.0] * (self.clause_of[-1] + 1 if tokens else 1)
        self.sentence_score = [0.0] * (self.sentence_of[-1] + 1 if tokens else 1)
        for i in compress(count(), self.values):  # the few words with a value
            v = self.values[i]
            self.clause_score[self.clause_of[i]] += v
            self.sentence_score[self.sentence_of[i]] += v
        self.total = sum(self.values)
        # a wish or suggestion is a complaint: "kunne godt være billigere" is negative about the price
        for c in {self.clause_of[start] for start, _, _ in lex.wishes.find(tokens, unique)}:
            if self.clause_score[c] >= 0:
                shift = -1.0 - self.clause_score[c]
                self.clause_score[c] = -1.0
                self.sentence_score[self.sentence_of[self.clause_of.index(c)]] += shift
                self.total += shift

    def _cut(self, tokens: list[str], lex: _Lexicon) -> None:
        marks = lex.marks
        clause_of: list[int] = []
        sentence_of: list[int] = []
        self.contrast_before = [False]
        clause = sentence = 0
        started = False
        done = 0  # tokens before this index have their clause
        for i in list(compress(count(), map(marks.__contains__, tokens))):
            if i > done:  # ordinary words since the last mark
                started = True
                clause_of.extend([clause] * (i - done))
                sentence_of.extend([sentence] * (i - done))
            tok = tokens[i]
            if tok in _SENTENCE_END or tok in _CLAUSE_END:
                if started:
                    clause += 1
                    self.contrast_before.append(False)
                    started = False
                if tok in _SENTENCE_END:
                    sentence += 1
            elif started:  # a contrast word inside a clause opens the next one
                clause += 1
                self.contrast_before.append(True)
            else:
                self.contrast_before[-1] = True
            clause_of.append(clause)
            sentence_of.append(sentence)
            done = i + 1
        clause_of.extend([clause] * (len(tokens) - done))
        sentence_of.extend([sentence] * (len(tokens) - done))
        self.clause_of, self.sentence_of = clause_of, sentence_of

    def _values(self, tokens: list[str], lex: _Lexicon, unique: set[str]) -> list[float]:
        values = [0.0] * len(tokens)
        for i in lex.sentiment_positions(tokens, unique):
            values[i] = lex.value(tokens[i])
        in_phrase = set()  # a negator inside a phrase is part of its meaning ("kan ikke andet end anbefale")
        phrase_at = {}  # where a phrase starts -> where its value sits, so "ikke ... til tiden" can flip it
        for start, end, value in lex.phrases.find(tokens, unique):  # "til tiden", "lång tid": on the last word
            if not any(values[start:end]) or any(tokens[i] in lex.negators for i in range(start, end)):
                values[start:end] = [0.0] * (end - start)
                values[end - 1] = value
                in_phrase.update(range(start, end))
                phrase_at[start] = end - 1
        negators = lex.negators
        for j in list(compress(count(), map(negators.__contains__, tokens))):
            if j in in_phrase or (j + 1 < len(tokens) and tokens[j + 1] in lex.exceptions):
                continue  # "ikke kun billig", "inte bara snabb": no negation
            target = None
            for i in range(j + 1, min(j + 1 + _WINDOW, len(tokens))):
                if self.clause_of[i] != self.clause_of[j] or tokens[i] in lex.breakers:
                    break
                if i in phrase_at:
                    target = phrase_at[i]
                    break
                if values[i] != 0.0 and tokens[i] not in negators:
                    target = i
                    break
            if target is None:
                values[j] = -1.0
            else:
                values[target] = -1.0 if values[target] > 0 else 0.5
                values[j] = 0.0
        return values

    def clause_sign(self, clause: int, sentence: int, extra: float = 0.0) -> int:
        """Sign of a clause's sentiment (plus *extra*), borrowed from its context when it has none."""
        score = self.clause_score[clause] + extra
        if score == 0 and clause + 1 < len(self.clause_score) and self.contrast_before[clause + 1]:
            score = -self.clause_score[clause + 1]
        if score == 0 and clause > 0 and self.contrast_before[clause]:
            score = -self.clause_score[clause - 1]
        if score == 0:
            score = self.sentence_score[sentence]
        if score == 0:
            score = self.total
        return (score > 0) - (score < 0)

    def polarity(self, spans, default: str | None = None, words: TermIndex | None = None) -> str | None:
        """Polarity of a theme found at token *spans* (``None`` = somewhere in the comment).

        *words* holds the theme's own sentiment words (``høj`` is negative for
        a price, not in general), counted in the theme's clauses.
        """
        signs = {}
        for span in spans:
            if span is None or not self.tokens:
                key, sign = -1, (self.total > 0) - (self.total < 0)
            else:
                start = min(span[0], len(self.tokens) - 1)
                key = self.clause_of[start]
                extra = self._theme_words(key, words) if words is not None else 0.0
                sign = self.clause_sign(key, self.sentence_of[start], extra)
            if sign:
                signs[key] = sign
        pos, neg = sum(v > 0 for v in signs.values()), sum(v < 0 for v in signs.values())
        if pos and neg:
            # one clause against several: the theme leans to the majority
            return "mixed" if pos == neg or min(pos, neg) > 1 else "pos" if pos > neg else "neg"
        if pos or neg:
            return "pos" if pos else "neg"
        return default

    def _theme_words(self, clause: int, words: TermIndex) -> float:
        lo, hi = bisect_left(self.clause_of, clause), bisect_right(self.clause_of, clause)
        total = 0.0
        for tok in words.hot(self.tokens[lo:hi]):
            found = [v for elements, v in words.starts(tok) if len(elements) == 1]
            total += found[0] * self.tokens[lo:hi].count(tok) if found else 0.0
        return total


def analyze_clauses(text: str, lang) -> ClauseAnalysis:
    """Cut *text* into clauses and score them (see the module docstring)."""
    return ClauseAnalysis(tokenize(text, lang), lang)


def split_clauses(text: str, lang) -> list[str]:
    """The clauses of *text*, as lower-case words joined by spaces."""
    return [clause for clause, _ in clause_polarities(text, lang)]


def clause_polarities(text: str, lang) -> list[tuple[str, str | None]]:
    """``[(clause, "pos" | "neg" | None)]``: each clause with its own sentiment."""
    a = analyze_clauses(text, lang)
    words: dict[int, list[str]] = {}
    for tok, c in zip(a.tokens, a.clause_of):
        if tok[:1].isalnum():
            words.setdefault(c, []).append(tok)
    return [(" ".join(ws), {1: "pos", -1: "neg"}.get((a.clause_score[c] > 0) - (a.clause_score[c] < 0)))
            for c, ws in sorted(words.items())]


def text_polarity(text: str, lang) -> str | None:
    """Polarity of a whole comment: ``pos``, ``neg``, ``mixed`` (clauses of both signs) or None."""
    signs = {s for _, s in clause_polarities(text, lang) if s}
    return "mixed" if len(signs) == 2 else signs.pop() if signs else None
