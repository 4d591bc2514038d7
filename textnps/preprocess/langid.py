"""Language identification among sv, da, nb, nn and en, with a survey prior.

Built on lingua restricted to the five languages. The detectors are built
once per process and run in parallel (Rust threads): high-accuracy mode for
comments of up to 120 characters, low-accuracy (trigram) mode for longer ones,
read up to their first 250 characters (as accurate there, and 2-3 times
faster); repeated texts are detected once. Two things make it better than
lingua alone on survey comments:

* a **survey prior**: the share of each language among the survey's long
  comments (learned once, in ``Preprocessor.fit``) is combined with lingua's
  confidences, with a weight that shrinks as the comment grows. Short comments
  that lingua finds ambiguous between Danish, Bokmål and Nynorsk follow the
  survey; a long comment in a minority language keeps its own language, because
  lingua's confidence then dwarfs the prior (and the prior is floored).
* a **Danish/Norwegian word check**: when Danish and Bokmål/Nynorsk are the
  two best candidates, the words' frequencies in wordfreq's Danish and
  Norwegian lists (``kveld``, ``nettopp``, ``mye`` are Norwegian; ``aften``,
  ``netop``, ``meget`` Danish) add their log-likelihood ratio, which settles
  many sentences lingua's character n-grams find close (measured on the real
  sets: Danish 99.7 -> 99.9 %, NoReC 95.5 -> 96.6 %, and Norwegian comments in
  a Danish survey 88 -> 92 % on 5+ words).
* a cheap **other** check: comments whose words are mostly unknown to the
  Nordic and English frequency lists go through a wider detector (German,
  Finnish, Dutch, French, Spanish, Polish, ...) and become ``other`` when one
  of those wins; comments mostly in a non-Latin script are ``other`` at once.

Before lingua, a cheap **first pass** (:mod:`textnps.preprocess.langguess`) settles the comments
whose words leave no doubt (clear sv, da and en comments: about 70 % of a Danish survey); lingua
runs only on the others, and its detectors are built only when one is needed.

``und`` is for comments with fewer than 3 letters (``ok``, ``10``, emoji).
"""
from __future__ import annotations

import functools
import math
import re
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from concurrent.futures import Future

from textnps.lang import LANGUAGES
from textnps.preprocess.langguess import first_pass_guess

__all__ = ["LANG_CODES", "detect_languages", "learn_language_prior", "prefetch_detectors", "uniform_prior"]

#: Language codes ``lang`` can take.
_TARGETS = LANGUAGES
LANG_CODES = _TARGETS + ("other", "und")
_LINGUA_NAMES = {"sv": "SWEDISH", "da": "DANISH", "nb": "BOKMAL", "nn": "NYNORSK", "en": "ENGLISH"}
_OTHER_LINGUA = ("GERMAN", "FINNISH", "DUTCH", "FRENCH", "SPANISH", "POLISH", "ITALIAN", "PORTUGUESE", "ESTONIAN", "ICELANDIC")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]")
_WORD = re.compile(r"[^\W\d_]+")
#: Texts longer than this go through lingua's low-accuracy (trigram) mode,
#: which lingua documents as as accurate as the high mode on such lengths.
_HIGH_ACCURACY_MAX_CHARS = 120
#: Only the start of a long comment is needed to tell its language.
_DETECT_MAX_CHARS = 250


#: The detectors built (or being built) in this process, by kind: built once, by whichever thread asks
#: first (:func:`prefetch_detectors` or a detection); the others wait for it.
_built: dict[str, Future] = {}
_built_lock = threading.Lock()


def _detector(kind: str):
    """lingua's detector of *kind* (``high``, ``low`` or ``wide``), built once per process."""
    with _built_lock:
        future = _built.get(kind)
        owner = future is None
        if owner:
            future = _built[kind] = Future()
    if owner:
        try:
            future.set_result(_build_detector(kind))
        except BaseException as exc:
            future.set_exception(exc)
            with _built_lock:
                del _built[kind]  # the next caller tries again
            raise
    return future.result()


def prefetch_detectors(kinds: Sequence[str] = ("high", "wide")) -> threading.Thread:
    """Start building lingua's detectors of *kinds* in a background thread, and return the thread.

    Building them (lingua decoding its models, in Rust, without holding the GIL) is most of a short
    run's loading time; started first thing, it overlaps the imports, reading the file and the
    normalising and redacting, instead of waiting for the first comment lingua must see. A detection
    that needs a detector still being built waits for it; a failed build is raised there. The thread
    is a daemon, so that a run that never needs lingua does not wait for it at exit.
    """
    def build() -> None:
        for kind in kinds:
            try:
                _detector(kind)
            except Exception:  # raised again, in the caller's thread, when that detector is needed
                return

    thread = threading.Thread(target=build, name="textnps-lingua-prefetch", daemon=True)
    thread.start()
    return thread


def _build_detector(kind: str):
    from lingua import Language, LanguageDetectorBuilder

    names = list(_LINGUA_NAMES.values())
    if kind == "wide":
        names += list(_OTHER_LINGUA)
    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in names))
    builder = builder.with_preloaded_language_models()
    if kind == "low":
        builder = builder.with_low_accuracy_mode()
    return builder.build()


#: lingua's answers kept per (detector, text), so that ``Preprocessor.fit_transform`` does not ask
#: lingua twice about the comments of the prior sample; emptied when it holds this many.
_MEMO_MAX = 50_000
_memo: dict[tuple[str, str], list] = {}


def _confidences(kind: str, texts: list[str]) -> list:
    """lingua's confidence values of each text, from the memo where lingua has already answered."""
    unique = dict.fromkeys(texts)
    found = {t: _memo[(kind, t)] for t in unique if (kind, t) in _memo}  # taken before the memo may be emptied
    todo = [t for t in unique if t not in found]
    if todo:
        values = _detector(kind).compute_language_confidence_values_in_parallel(todo)
        if len(_memo) + len(todo) > _MEMO_MAX:
            _memo.clear()
        if len(todo) <= _MEMO_MAX:
            _memo.update(((kind, t), v) for t, v in zip(todo, values))
        found.update(zip(todo, values))
    return [found[t] for t in texts]


@functools.lru_cache(maxsize=1)
def _lingua_to_code() -> dict:
    from lingua import Language

    return {getattr(Language, n): c for c, n in _LINGUA_NAMES.items()}


@functools.lru_cache(maxsize=None)
def _common_words(lang: str, min_zipf: float = 3.0) -> frozenset[str]:
    """Common words (Zipf >= 3) of *lang*'s or English's frequency list."""
    from textnps.lang import get
    from textnps.preprocess.compounds import COMMON_ZIPF, common_zipf, zipf_table

    tables = common_zipf if min_zipf >= COMMON_ZIPF else zipf_table
    own, en = tables(get(lang).FREQ_LANG), tables("en")
    return frozenset(w for table in (own, en) for w, z in table.items() if z >= min_zipf)


def _mostly_unknown(text: str, lang: str, *, max_words: int = 10) -> bool:
    """True when under 60 % of the first words are common (Zipf >= 3) in *lang* or English.

    English lists hold many German and Dutch function words (``der``, ``war``,
    ``hat``), hence the bar at common words and 60 %.
    """
    words = _WORD.findall(text[:150].lower())[:max_words]
    if len(words) < 2:
        return False
    common = _common_words(lang)
    return sum(w in common for w in words) < 0.6 * len(words)


#: Weight of the Danish/Norwegian word-frequency ratio (per log10 unit) and the
#: Zipf floor both lists are clipped at (wordfreq's Danish list stops at 3).
_DA_NO_WEIGHT = 0.1 * math.log(10)
_DA_NO_FLOOR = 3.0  # must not be below compounds.COMMON_ZIPF


def _danish_vs_norwegian(text: str) -> float:
    """Log-likelihood (nats) that *text* is Norwegian rather than Danish, from word frequencies."""
    from textnps.preprocess.compounds import common_zipf

    da, nb = common_zipf("da"), common_zipf("nb")  # rarer words count as the floor anyway
    floor = _DA_NO_FLOOR
    return _DA_NO_WEIGHT * sum(
        max(nb.get(w, 0.0), floor) - max(da.get(w, 0.0), floor) for w in _WORD.findall(text[:400].lower())[:40]
    )


def uniform_prior() -> dict[str, float]:
    """A prior that favours no language (what an unfitted survey gets)."""
    return {c: 1.0 / len(_TARGETS) for c in _TARGETS}


def learn_language_prior(
    codes: Sequence[str], n_words: Sequence[int], *, min_words: int = 5, smoothing: float = 1.0
) -> dict[str, float]:
    """Share of each language among comments of *min_words*+ words (add-*smoothing*).

    Falls back to all comments when none is long enough, and to a uniform
    prior when there is nothing at all.
    """
    counts = Counter(c for c, n in zip(codes, n_words) if n >= min_words and c in _TARGETS)
    if not counts:
        counts = Counter(c for c in codes if c in _TARGETS)
    total = sum(counts.values()) + smoothing * len(_TARGETS)
    if total <= 0:
        return uniform_prior()
    return {c: (counts.get(c, 0) + smoothing) / total for c in _TARGETS}


def _prior_weight(n_words: int, strength: float) -> float:
    # Full weight for one-word comments, fading like 1/n: a long comment's own
    # evidence wins. (Measured on the real sets: 2/n or a lower floor settle
    # more NoReC sentences but hide more Norwegian comments in a Danish survey.)
    return strength * min(1.0, 1.0 / max(n_words, 1))


def detect_languages(
    texts: Sequence[str],
    *,
    prior: Mapping[str, float] | None = None,
    prior_strength: float = 1.0,
    prior_floor: float = 0.1,
    min_letters: int = 3,
    first_pass: bool = True,
) -> tuple[list[str], list[float]]:
    """Language code (see :data:`LANG_CODES`) and its probability for each text.

    *prior* is a survey's language shares (:func:`learn_language_prior`);
    None means lingua alone (a uniform prior). Each language's prior share is
    floored at *prior_floor* (then renormalised), so that no language is ever
    ruled out by the survey: the floor is what keeps a minority language
    visible. Repeated texts are detected once. With *first_pass*, comments whose words settle the
    language (:func:`~textnps.preprocess.langguess.first_pass_guess`) skip lingua: only the others
    go to it (lingua's detectors are built on first need).
    """
    if prior is not None:
        floored = {c: max(float(prior.get(c, 0.0)), prior_floor) for c in _TARGETS}
        total = sum(floored.values())
        prior = {c: v / total for c, v in floored.items()}
    unique = list(dict.fromkeys(texts))
    results = dict(zip(unique, _detect_unique(unique, prior, prior_strength, min_letters, first_pass)))
    codes, scores = [], []
    for t in texts:
        c, s = results[t]
        codes.append(c)
        scores.append(s)
    return codes, scores


def _detect_unique(texts, prior, prior_strength, min_letters, first_pass=True):
    out: list[tuple[str, float] | None] = [None] * len(texts)
    short_idx, long_idx = [], []
    enough_letters = re.compile(r"[^\W\d_]" + r"(?:.*?[^\W\d_])" * (min_letters - 1), re.S)
    for i, text in enumerate(texts):
        head = text[:_DETECT_MAX_CHARS]
        if not enough_letters.search(head):
            out[i] = ("und", 0.0)
            continue
        if _NON_LATIN_LETTER.search(head) and len(_LATIN_LETTER.findall(head)) < 0.5 * len(_LETTER.findall(head)):
            out[i] = ("other", 1.0)
            continue
        if first_pass:
            out[i] = first_pass_guess(text)
            if out[i] is not None:
                continue
        (short_idx if len(text) <= _HIGH_ACCURACY_MAX_CHARS else long_idx).append(i)
    if not short_idx and not long_idx:
        return out
    to_code = _lingua_to_code()
    confidences: dict[int, dict[str, float]] = {}
    for kind, idx in (("high", short_idx), ("low", long_idx)):
        if not idx:
            continue
        values = _confidences(kind, [texts[i][:_DETECT_MAX_CHARS] for i in idx])
        for i, vals in zip(idx, values):
            confidences[i] = {to_code[v.language]: v.value for v in vals}
    # Comments whose words the Nordic/English lists mostly do not know: ask the wide detector.
    suspects = []
    for i, conf in confidences.items():
        if any(conf.values()) and _mostly_unknown(texts[i], max(conf, key=conf.get)):
            suspects.append(i)
    if suspects:
        wide = _confidences("wide", [texts[i][:_DETECT_MAX_CHARS] for i in suspects])
        for i, vals in zip(suspects, wide):
            top = vals[0]
            if top.language not in to_code and top.value > 0.5:
                out[i] = ("other", float(top.value))
                del confidences[i]
    prior = prior or uniform_prior()
    log_prior = {c: math.log(max(prior.get(c, 0.0), 1e-3)) for c in _TARGETS}
    for i, conf in confidences.items():
        if not any(conf.values()):
            out[i] = ("und", 0.0)
            continue
        w = _prior_weight(len(texts[i].split()), prior_strength)
        logp = {c: math.log(max(conf.get(c, 0.0), 1e-9)) + w * log_prior[c] for c in _TARGETS}
        first, second = sorted(logp, key=logp.get)[-2:]
        if "da" in (first, second) and ({first, second} & {"nb", "nn"}):
            logp["da"] -= _danish_vs_norwegian(texts[i])
        m = max(logp.values())
        z = sum(math.exp(v - m) for v in logp.values())
        best = max(logp, key=logp.get)
        out[i] = (best, math.exp(logp[best] - m) / z)
    return out
