"""The :class:`Preprocessor` estimator: normalise, redact, identify the
language, lemmatise (compounds, negation) and flag non-answers.

``fit`` learns the survey's language prior; ``transform`` applies it chunk by
chunk, so a chunk, a Dask partition or a file streamed by
:func:`preprocess_file` gets exactly the result the whole frame would.
"""
from __future__ import annotations

import math
import numbers
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, _fit_context
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted

from textnps._contract import FrameTransformerMixin
from textnps._errors import InputError
from textnps.lang import LANGUAGES
from textnps.preprocess.cleaning import remember, remembered
from textnps.preprocess.langid import detect_languages, learn_language_prior, uniform_prior
from textnps.preprocess.nonanswers import is_informative
from textnps.preprocess.normalize import (MOJIBAKE_HINT, UNUSUAL_CONTROL_RE, fix_mojibake, has_right_to_left,
                                         normalize_and_truncate)
from textnps.preprocess.pii import redact_pii, strip_placeholders
from textnps.preprocess.summary import SUMMARY_ATTR
from textnps.preprocess.tokens import analyzer

__all__ = ["Preprocessor", "OUTPUT_COLUMNS"]

#: Columns :meth:`Preprocessor.transform` adds (an input column of the same name is kept as ``<name>_original``).
OUTPUT_COLUMNS = ("lang", "lang_score", "text_clean", "lemmas", "informative", "truncated", "n_redacted")
_LANGS = LANGUAGES
_COUNT = Interval(numbers.Integral, 1, None, closed="left")


def prior_positions(n: int, prior_sample: int) -> np.ndarray:
    """The rows (0..n-1, evenly spaced, at most *prior_sample*) that ``Preprocessor.fit`` learns the prior from."""
    return np.unique(np.linspace(0, max(n - 1, 0), min(n, prior_sample)).round().astype(int))


def _as_text(value) -> tuple[str, str | None]:
    """The text of one cell and its kind of bad input (None when it is a string)."""
    if isinstance(value, str):
        return value, None
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return "", "missing"
    if isinstance(value, numbers.Integral):
        return str(int(value)), "not_text"
    if isinstance(value, numbers.Real) and float(value).is_integer():
        return str(int(value)), "not_text"
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace"), "not_text"
    return str(value), "not_text"


def _is_emoji_only(text: str) -> bool:
    return bool(text) and not any(c.isalnum() for c in text) and any(ord(c) > 0x2000 and not c.isspace() for c in text)


def _process(values: Sequence, config: dict, prior: dict, dominant: str) -> tuple[dict, Counter]:
    """Preprocess one chunk of raw cell values; return the added columns and counts."""
    counts: Counter = Counter(rows=len(values))
    clean, truncated, n_redacted = [], [], []
    for value in values:
        text, kind = _as_text(value)
        if kind:
            counts[kind] += 1
        if text and not text.isascii() and has_right_to_left(text):
            counts["right_to_left"] += 1
        if text and UNUSUAL_CONTROL_RE.search(text):
            counts["control_chars"] += 1
        if text and MOJIBAKE_HINT.search(text) and fix_mojibake(text) != text:
            counts["mojibake"] += 1
        done = remembered(text, config["max_chars"]) if text else None  # fit's prior sample: done already
        if done is not None:
            text, cut = done.normalized, done.truncated
        elif text:
            text, cut = normalize_and_truncate(text, config["max_chars"])
        else:
            cut = False
        n = 0
        if config["redact"] and text:
            text, found = (done.redacted, done.kinds) if done is not None else redact_pii(text)
            n = sum(found.values())
            for k, v in found.items():
                counts["redacted_" + k] += v
            counts["redacted_rows"] += bool(n)
        if not text and kind != "missing":
            counts["empty"] += 1
        elif _is_emoji_only(text):
            counts["emoji_only"] += 1
        counts["truncated"] += cut
        clean.append(text)
        truncated.append(cut)
        n_redacted.append(n)
    if config["language"] is not None:
        langs = [config["language"] if any(c.isalpha() for c in t) else "und" for t in clean]
        scores = [1.0 if c != "und" else 0.0 for c in langs]
    else:
        langs, scores = detect_languages(
            [strip_placeholders(t) for t in clean],
            prior=prior if config["language_prior"] else None,
            prior_strength=config["prior_strength"],
        )
    informative = [is_informative(t) for t in clean]
    counts["informative"] = sum(informative)
    counts["non_answer"] = sum(1 for t, info in zip(clean, informative) if t and not info)
    lemmas = [""] * len(values)
    groups: dict[str, list[int]] = {}
    for i, (lang, info) in enumerate(zip(langs, informative)):
        if info:
            groups.setdefault(dominant if lang == "und" else lang, []).append(i)
    for lang, idx in groups.items():
        out = analyzer(lang, config["compounds"], config["negation"], config["negation_window"], config["tokenizer"]).pipe(
            [clean[i] for i in idx], batch_size=config["batch_size"]
        )
        for i, s in zip(idx, out):
            lemmas[i] = s
    for lang in langs:
        counts["lang_" + lang] += 1
    columns = {
        "lang": langs,
        "lang_score": scores,
        "text_clean": clean,
        "lemmas": lemmas,
        "informative": informative,
        "truncated": truncated,
        "n_redacted": n_redacted,
    }
    return columns, counts


class Preprocessor(FrameTransformerMixin, BaseEstimator):
    """Normalise, redact, identify the language of and lemmatise survey comments.

    Parameters
    ----------
    text_col : str, default "text"
        The column of comments.
    redact : bool, default True
        Replace personal data by typed placeholders (``[EMAIL]``, ``[PHONE]``,
        ``[ID]``, ``[CARD]``, ``[IBAN]``, ``[URL]``, ``[PLATE]``, ``[ADDRESS]``,
        ``[NAME]``); see :mod:`textnps.preprocess.pii`.
    max_chars : int or None, default 5000
        Longer comments are cut at a word boundary and flagged ``truncated``.
    language : str or None, default None
        Force every comment to one language (``sv``, ``da``, ``nb``, ``nn``,
        ``en``) instead of detecting it.
    language_prior : bool, default True
        Use the survey's dominant language (learned in ``fit``) to settle short,
        ambiguous comments (da/nb/nn); a floored prior whose weight fades with
        length, so a real minority language stays visible.
    prior_strength : float, default 1.0
        Weight of the survey prior for one-word comments (it fades like 1/n
        with the number of words n; each language's prior share is floored at
        0.1 so that a minority language stays visible).
    prior_sample : int, default 2000
        Comments (evenly spaced over the frame) ``fit`` looks at to learn the
        prior (only those of 5+ words count, unless there are none).
    compounds, negation : bool, default True
        Append compound parts after the whole lemma; mark negation scopes ``neg_``.
    negation_window : int, default 2
        Content words a negator covers.
    tokenizer : {"regex", "spacy"}, default "regex"
        ``"spacy"`` tokenises with ``spacy.blank(lang)`` through ``nlp.pipe``;
        the regex gives the same lemmas on survey comments, ten times faster
        (see :mod:`textnps.preprocess.tokens`).
    chunk_size : int, default 5000
        Rows processed at a time (memory stays bounded; results do not depend on it).
    batch_size : int, default 1000
        spaCy ``nlp.pipe`` batch size.
    n_jobs : int, default 1
        Processes working on chunks at once (``-1``: all cores). Language
        detection already runs in parallel threads inside lingua.
    progress : bool, default True
        Show a progress bar on stderr when there is more than one chunk.

    Attributes
    ----------
    language_prior_ : dict
        Share of each language among the fitted survey's comments of 5+ words.
    dominant_language_ : str
        The most common of them; comments too short to tell (``und``) are
        lemmatised as this language.
    feature_names_in_ : ndarray of str
        The columns of the DataFrame given to ``fit`` (not set for a Series or list).

    ``transform`` changes nothing in the estimator: how many rows were of each kind
    travels with the frame it returns; :func:`preprocess_summary` reads it.

    Columns added by ``transform``
    ------------------------------
    lang : str
        ``sv``, ``da``, ``nb``, ``nn``, ``en``, ``other`` or ``und`` (too short to tell).
    lang_score : float
        Probability of ``lang`` (0-1; 0 for ``und``): lingua's with the survey prior, or, for the
        comments the first-pass word-frequency guess settles (:mod:`textnps.preprocess.langguess`), its own.
    text_clean : str
        Normalised comment with personal data redacted: the only text later
        stages may store or show.
    lemmas : str
        Space-separated lowercase lemmas, stop words removed, compound parts
        after the whole lemma (``kundtjänst kund tjänst``), ``neg_<lemma>`` in a
        negation scope; ``""`` for non-answers.
    informative : bool
        False for non-answers (``nej``, ``vet ikke``, ``-``, only emoji ...).
    truncated : bool
        The comment was longer than ``max_chars``.
    n_redacted : int
        Personal data items replaced in the comment.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["Kundtjänsten var inte bra", "Ved ikke"]})
    >>> out = Preprocessor(progress=False).fit_transform(df)
    >>> out[["lang", "lemmas", "informative"]].values.tolist()
    [['sv', 'kundtjänst kund tjänst neg_bra', True], ['da', '', False]]
    """

    def __init__(
        self,
        *,
        text_col: str = "text",
        redact: bool = True,
        max_chars: int | None = 5000,
        language: str | None = None,
        language_prior: bool = True,
        prior_strength: float = 1.0,
        prior_sample: int = 2000,
        compounds: bool = True,
        negation: bool = True,
        negation_window: int = 2,
        tokenizer: str = "regex",
        chunk_size: int = 5000,
        batch_size: int = 1000,
        n_jobs: int = 1,
        progress: bool = True,
    ):
        self.text_col = text_col
        self.redact = redact
        self.max_chars = max_chars
        self.language = language
        self.language_prior = language_prior
        self.prior_strength = prior_strength
        self.prior_sample = prior_sample
        self.compounds = compounds
        self.negation = negation
        self.negation_window = negation_window
        self.tokenizer = tokenizer
        self.chunk_size = chunk_size
        self.batch_size = batch_size
        self.n_jobs = n_jobs
        self.progress = progress

    _parameter_constraints = {
        "text_col": [str],
        "redact": ["boolean"],
        "max_chars": [_COUNT, None],
        "language": [StrOptions(set(_LANGS)), None],
        "language_prior": ["boolean"],
        "prior_strength": [Interval(numbers.Real, 0, None, closed="left")],
        "prior_sample": [_COUNT],
        "compounds": ["boolean"],
        "negation": ["boolean"],
        "negation_window": [_COUNT],
        "tokenizer": [StrOptions({"regex", "spacy"})],
        "chunk_size": [_COUNT],
        "batch_size": [_COUNT],
        "n_jobs": [Interval(numbers.Integral, None, -1, closed="right"), _COUNT],
        "progress": ["boolean"],
    }
    _frame_from = "a survey export"
    _frame_advice = "Name the comment column with text_col=."

    def _output_columns(self, columns: list[str]) -> list[str]:
        if not columns:  # fitted on a Series or a list
            columns = [self.text_col]
        kept = [f"{c}_original" if c in OUTPUT_COLUMNS and c != self.text_col else c for c in columns]
        return kept + [c for c in OUTPUT_COLUMNS if c not in kept]

    def _texts(self, X, *, where: str, reset: bool = False) -> pd.Series:
        if isinstance(X, str):
            raise InputError("Preprocessor expects a DataFrame (or a Series/list of comments), got a single string. Wrap it in a list.")
        if isinstance(X, pd.DataFrame):
            self._check_frame(X, where=where, required=[self.text_col], reset=reset)
            return X[self.text_col]
        if isinstance(X, pd.Series):
            return X
        if isinstance(X, (list, tuple, np.ndarray)):
            return pd.Series(list(X), dtype=object)
        raise InputError(f"Preprocessor expects a pandas DataFrame with a {self.text_col!r} column; got {type(X).__name__}.")

    def _config(self) -> dict:
        return {
            "max_chars": self.max_chars, "redact": self.redact, "language": self.language,
            "language_prior": self.language_prior, "prior_strength": float(self.prior_strength),
            "compounds": self.compounds, "negation": self.negation, "negation_window": int(self.negation_window),
            "batch_size": int(self.batch_size), "tokenizer": self.tokenizer,
        }

    # -- estimator API ---------------------------------------------------------------
    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X, y=None):
        """Learn the survey's language prior from up to ``prior_sample`` comments (evenly spaced)."""
        if not isinstance(X, pd.DataFrame):
            self.__dict__.pop("feature_names_in_", None)
        texts = self._texts(X, where="fit", reset=True)
        n = len(texts)
        if self.language is not None:
            self.language_prior_ = {c: float(c == self.language) for c in _LANGS}
        elif n == 0:
            self.language_prior_ = uniform_prior()
        else:
            positions = prior_positions(n, self.prior_sample)
            sample = [_as_text(v)[0] for v in texts.iloc[positions]]
            # normalised and redacted as transform does (and remembered for it); languages are told from the start
            clean = [strip_placeholders(remember(t, self.max_chars).redacted) if t else "" for t in sample]
            n_words = [len(t.split()) for t in clean]
            # Only comments that count for the prior need detecting (all of them when none is long).
            keep = [t for t, k in zip(clean, n_words) if k >= 5] or clean
            codes, _ = detect_languages(keep, prior=None)
            self.language_prior_ = learn_language_prior(codes, [len(t.split()) for t in keep])
        self.dominant_language_ = max(self.language_prior_, key=self.language_prior_.get)
        self.n_fit_rows_ = n
        return self

    def transform(self, X) -> pd.DataFrame:
        """Return a copy of *X* with the columns listed in the class docstring added.

        The counts of row kinds are in the returned frame's ``attrs`` (see :func:`preprocess_summary`).
        """
        check_is_fitted(self, "language_prior_")
        texts = self._texts(X, where="transform")
        frame = X.copy() if isinstance(X, pd.DataFrame) else pd.DataFrame({self.text_col: texts})
        clashes = [c for c in OUTPUT_COLUMNS if c in frame.columns and c != self.text_col]
        if clashes:
            # The caller's own column of that name (e.g. a 'lang' in the export) is kept, renamed.
            renamed = {c: f"{c}_original" for c in clashes}
            warnings.warn(
                f"The input already has column(s) {clashes}, which Preprocessor adds; yours are kept as "
                f"{list(renamed.values())}.",
                UserWarning,
                stacklevel=2,
            )
            frame = frame.rename(columns=renamed)
        columns, counts = self._run(texts)
        for name in OUTPUT_COLUMNS:
            frame[name] = columns[name]
        frame["lang"] = frame["lang"].astype("str")
        frame["text_clean"] = frame["text_clean"].astype("str")
        frame["lemmas"] = frame["lemmas"].astype("str")
        frame["lang_score"] = frame["lang_score"].astype("float64")
        frame["informative"] = frame["informative"].astype("bool")
        frame["truncated"] = frame["truncated"].astype("bool")
        frame["n_redacted"] = frame["n_redacted"].astype("int64")
        frame.attrs[SUMMARY_ATTR] = {k: int(v) for k, v in counts.items()}
        return frame

    def iter_chunks(self, texts: Sequence) -> Iterator[tuple[dict, Counter]]:
        """Yield the added columns and counts for each ``chunk_size`` slice of *texts* (in order)."""
        check_is_fitted(self, "language_prior_")
        values = list(texts)
        chunks = [values[i : i + self.chunk_size] for i in range(0, len(values), self.chunk_size)] or [[]]
        args = (self._config(), self.language_prior_, self.dominant_language_)
        if self.n_jobs != 1 and len(chunks) > 1:
            from joblib import Parallel, delayed

            parallel = Parallel(n_jobs=self.n_jobs, return_as="generator")
            results = parallel(delayed(_process)(chunk, *args) for chunk in chunks)
        else:
            results = (_process(chunk, *args) for chunk in chunks)
        if self.progress and len(chunks) > 1:
            from tqdm.auto import tqdm

            results = tqdm(results, total=len(chunks), desc="preprocess", unit="chunk")
        yield from results

    def _run(self, texts: pd.Series) -> tuple[dict, Counter]:
        columns: dict[str, list] = {name: [] for name in OUTPUT_COLUMNS}
        counts: Counter = Counter()
        for cols, c in self.iter_chunks(texts.tolist()):
            for name in OUTPUT_COLUMNS:
                columns[name].extend(cols[name])
            counts.update(c)
        return columns, counts
