"""What a :class:`~textnps.themes.codebook.refiner.ThemeRefiner` reads of a comment, and how it picks thresholds.

:class:`TermFeatures` turns the Preprocessor's lemmas into two TF-IDF blocks (sublinear TF):

* **words**: lemma unigrams and bigrams on a fixed vocabulary of common words: each in at least
  ``min_df`` coded comments and, by :mod:`wordfreq`, a word of Danish, Swedish, Norwegian or
  English with Zipf frequency >= ``min_zipf`` (:func:`~textnps.themes.codebook.words.common_word`);
  never a name the coded comments write with a capital, nor a term of the ``exclude`` set;
* **characters** (``char_ngram_range``, e.g. ``(3, 5)``; None switches them off): ``char_wb``
  n-grams of the lemmas, so a typo, an unknown inflection or a glued compound
  (``kundeservicen``, ``leveringstid``) still shares most of its n-grams with the words it is made
  of. The vocabulary guarantee is the same as for the words: an n-gram is kept only when it is
  drawn from the common words of at least ``char_min_df`` distinct coded comments (the n-grams
  are counted over each comment's common, non-excluded words alone), so no name, number or
  one-off spelling is stored, only pieces of common words. When transforming, the n-grams of
  every lemma are looked up (a misspelt word is found through its pieces), once per distinct
  word of the batch (:func:`char_tfidf`: the same numbers as the vectorizer's ``transform``).

:func:`choose_thresholds` picks the decision thresholds from cross-validated probabilities:
one global threshold (the middle of the plateau of micro F1), then, optionally, one per theme
by coordinate ascent on the same micro F1.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from textnps._errors import InputError
from textnps.memo import Memo

from textnps.themes import persist
from textnps.themes.codebook.fast_tfidf import tfidf_transform, word_gram_counts
from textnps.themes.codebook.words import bare, common_word

__all__ = ["THRESHOLDS", "TermFeatures", "char_tfidf", "choose_thresholds", "clause_rows", "clause_tfidf",
           "clause_vectorizer", "general_exclusive", "micro_f1", "one_per_group", "read_clauses", "texts"]

GENERAL = "general"
#: Words whose character n-gram ids a refiner remembers between batches (a few hundred bytes each).
GRAM_MEMO = 50_000

#: candidate thresholds of the cross-validation
THRESHOLDS = np.round(np.arange(0.2, 0.71, 0.025), 3)
#: micro F1 within this of the best counts as the plateau (the curve is flat near its top)
_PLATEAU = 0.001
_PLATEAU_THEME = 0.0005


def one_per_group(values: list, groups) -> list:
    """The comments once each: a vocabulary counts comments, not their copies."""
    if groups is None:
        return values
    _, first = np.unique(np.asarray(groups), return_index=True)
    return [values[i] for i in np.sort(first)]


def micro_f1(truth: np.ndarray, decided: np.ndarray) -> float:
    denominator = truth.sum() + decided.sum()
    return 2.0 * (truth & decided).sum() / denominator if denominator else 1.0


def _bare_words(lemmas: str) -> str:
    return " ".join(bare(w) for w in lemmas.split())


def _wb_grams(word: str, low: int, high: int) -> list[str]:
    """The ``char_wb`` n-grams of one word, as scikit-learn cuts them (a short word once)."""
    w = f" {word} "
    out: list[str] = []
    for n in range(low, high + 1):
        out += [w[i:i + n] for i in range(max(len(w) - n, 0) + 1)]
        if len(w) <= n:
            break
    return out


def char_tfidf(chars: TfidfVectorizer, lemmas: list[str], split: list[list[str]] | None = None,
               memo: Memo | None = None) -> sp.csr_matrix:
    """``chars.transform`` of the bare words of *lemmas*, with each distinct word's n-grams looked up once.

    A comment's n-gram counts are the sums of its words' (``char_wb`` never crosses a space), so a batch
    of comments costs its distinct words, not its tokens (:func:`~textnps.themes.codebook.fast_tfidf.word_gram_counts`).
    Sublinear TF, the fitted IDF and L2 norm as the vectorizer's. *split*: the words of *lemmas*, when known;
    *memo*: a :class:`~textnps.memo.Memo` of each word's n-gram ids kept between batches (by :class:`TermFeatures`).
    """
    vocabulary, (low, high) = chars.vocabulary_, chars.ngram_range
    memo = Memo(1) if memo is None else memo

    def grams_of(words: list[str]) -> tuple[list[tuple[int, ...]], int]:
        get, out = vocabulary.get, []
        for w in words:
            ids = memo.get(w)
            if ids is None:
                ids = tuple(i for i in map(get, _wb_grams(bare(w), low, high)) if i is not None)
                memo.put(w, ids)
            out.append(ids)
        return out, len(vocabulary)

    counts = word_gram_counts([text.split() for text in lemmas] if split is None else split, grams_of)
    counts.data = (np.log(counts.data) + 1.0) * chars.idf_[counts.indices].astype(np.float32)
    return normalize(counts, norm="l2", copy=False)


class TermFeatures:
    """The fitted vocabularies of a refiner: ``words`` (and ``chars``, or None). Not an estimator:
    a part of :class:`~textnps.themes.codebook.refiner.ThemeRefiner`, saved inside its state."""

    def __init__(self, words: TfidfVectorizer, chars: TfidfVectorizer | None = None):
        self.words, self.chars = words, chars
        self._grams = Memo(GRAM_MEMO)  # word -> its character n-gram ids (the pieces of a survey share words)

    @classmethod
    def fit(cls, lemmas: list[str], *, ngram_range, min_df: int, min_zipf: float, exclude=frozenset(),
            char_ngram_range=None, char_min_df: int = 5, vocabulary_from: list[str] | None = None) -> TermFeatures:
        """Fit on *lemmas*; the vocabularies are counted on *vocabulary_from* (each comment once; default *lemmas*)."""
        counted = lemmas if vocabulary_from is None else vocabulary_from

        def allowed(word: str) -> bool:
            return common_word(word, float(min_zipf)) and bare(word) not in exclude

        counter = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(ngram_range), min_df=min_df, lowercase=False)
        try:
            counter.fit(counted)
            terms = [t for t in counter.vocabulary_ if all(allowed(w) for w in t.split())]
        except ValueError:  # no term reaches min_df: the signals alone
            terms = []
        words = TfidfVectorizer(token_pattern=r"\S+", ngram_range=tuple(ngram_range), lowercase=False,
                                sublinear_tf=True, vocabulary=sorted(terms) or ["\x00"], dtype=np.float32).fit(lemmas)
        chars = None
        if char_ngram_range is not None:
            common = [" ".join(bare(w) for w in text.split() if allowed(w)) for text in counted]
            counter = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(char_ngram_range), min_df=char_min_df,
                                      lowercase=False)
            try:
                grams = sorted(counter.fit(common).vocabulary_)
            except ValueError:
                grams = []
            chars = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(char_ngram_range), lowercase=False,
                                    sublinear_tf=True, vocabulary=grams or ["\x00\x00\x00"], dtype=np.float32)
            chars.fit([_bare_words(text) for text in lemmas])
        return cls(words, chars)

    @property
    def n_features(self) -> int:
        return len(self.words.vocabulary_) + (0 if self.chars is None else len(self.chars.vocabulary_))

    @property
    def terms(self) -> np.ndarray:
        """The word terms (the character n-grams are in ``chars.vocabulary_``)."""
        return np.array(sorted(self.words.vocabulary_, key=self.words.vocabulary_.get), dtype=str)

    def transform(self, lemmas: list[str]) -> sp.csr_matrix:
        lemmas = list(lemmas)
        split = [text.split() for text in lemmas]  # (both blocks read the same words)
        words = tfidf_transform(self.words, lemmas, split)
        if self.chars is None:
            return words.tocsr()
        return sp.hstack([words, char_tfidf(self.chars, lemmas, split, getattr(self, "_grams", None))], format="csr")

    def to_state(self) -> dict:
        return {"words": persist.vectorizer_state(self.words), "chars": persist.vectorizer_state(self.chars)}

    @classmethod
    def from_state(cls, state: dict) -> TermFeatures:
        return cls(persist.vectorizer_from_state(state["words"]), persist.vectorizer_from_state(state["chars"]))


def _plateau_middle(candidates: np.ndarray, scores, tolerance: float) -> float:
    near = candidates[np.asarray(scores) >= max(scores) - tolerance]
    return float(near[(len(near) - 1) // 2])


def choose_thresholds(Y: np.ndarray, probs: np.ndarray, *, per_theme: bool, decide) -> tuple[np.ndarray, dict]:
    """Thresholds (one per theme) maximising micro F1 of ``decide(probs >= thresholds)`` on the codes *Y*.

    *decide* applies the rules between themes (``general`` only where no other theme is). A global
    threshold first (the middle of the plateau of micro F1); with *per_theme*, two rounds of
    coordinate ascent move each theme's own threshold (again the middle of its plateau).
    Returns the thresholds and the global curve ``{threshold: micro F1}``.
    """
    f1 = [micro_f1(Y, decide(probs >= t)) for t in THRESHOLDS]
    curve = dict(zip(THRESHOLDS.tolist(), np.round(f1, 4).tolist()))
    thresholds = np.full(Y.shape[1], _plateau_middle(THRESHOLDS, f1, _PLATEAU))
    if per_theme:
        for _ in range(2):
            for k in range(Y.shape[1]):
                scores = []
                for t in THRESHOLDS:
                    trial = thresholds.copy()
                    trial[k] = t
                    scores.append(micro_f1(Y, decide(probs >= trial)))
                thresholds[k] = _plateau_middle(THRESHOLDS, scores, _PLATEAU_THEME)
    return thresholds, curve


def general_exclusive(ids: list[str]):
    """The rule between themes, as a function of a decision matrix: ``general`` only where no other theme is."""
    g = ids.index(GENERAL) if GENERAL in ids else None

    def decide(decided: np.ndarray) -> np.ndarray:
        if g is not None:
            decided = decided.copy()
            decided[np.delete(decided, g, axis=1).any(axis=1), g] = False
        return decided
    return decide


def clause_vectorizer(clauses: list[list[str]], groups, *, min_df: int, min_zipf: float, exclude) -> TfidfVectorizer:
    """TF-IDF of the seed clauses' words: common words (as the word vocabulary's), not in *exclude*, in the seed
    clauses of at least *min_df* comments (each comment once, whatever its themes)."""
    texts = [" ".join(dict.fromkeys(" ".join(parts).split()))
             for parts in zip(*[one_per_group(c, groups) for c in clauses])]
    counter = TfidfVectorizer(token_pattern=r"\S+", min_df=min_df, lowercase=False)
    try:
        terms = [t for t in counter.fit(texts).vocabulary_ if common_word(t, float(min_zipf)) and t not in exclude]
    except ValueError:
        terms = []
    return TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True, dtype=np.float32,
                           vocabulary=sorted(terms) or ["\x00"]).fit([t for c in clauses for t in c if t] or [""])


def texts(column) -> list[str]:
    return column.astype(object).where(column.notna(), "").astype(str).tolist()


def clause_tfidf(vectorizer: TfidfVectorizer, texts: list[str]) -> sp.csr_matrix:
    """``vectorizer.transform(texts)``, asking the vectorizer only about the non-empty texts.

    Most comments hold no seed of a given theme, so its clause text is empty (a zero row either way);
    the refiner builds one such matrix per theme on every batch.
    """
    rows = np.flatnonzero([bool(t) for t in texts])
    n, m = len(texts), len(vectorizer.vocabulary_)
    if not len(rows):
        return sp.csr_matrix((n, m), dtype=vectorizer.dtype)
    if len(rows) == n:
        return tfidf_transform(vectorizer, texts)
    part = tfidf_transform(vectorizer, [texts[i] for i in rows]).tocsr()
    counts = np.zeros(n, dtype=np.int64)
    counts[rows] = np.diff(part.indptr)
    indptr = np.concatenate([[0], np.cumsum(counts)])
    return sp.csr_matrix((part.data, part.indices, indptr), shape=(n, m))


def clause_rows(clauses, rows) -> list[list[str]] | None:
    """The seed clauses (per theme) of rows *rows* only."""
    return None if clauses is None else [[c[i] for i in rows] for c in clauses]


def read_clauses(X, ids) -> list[list[str]] | None:
    """The ``clause_<id>`` columns (all or none), per theme."""
    present = [f"clause_{t}" for t in ids if f"clause_{t}" in X.columns]
    if not present:
        return None
    if len(present) != len(ids):
        missing = [f"clause_{t}" for t in ids if f"clause_{t}" not in X.columns]
        raise InputError(f"ThemeRefiner: X has clause columns for some themes but not {missing}; give all "
                         "(refiner_frame(..., clauses=seed_clause_texts(...))) or none.")
    return [texts(X[c]) for c in present]
