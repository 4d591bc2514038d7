"""Which refiner a :class:`~textnps.themes.codebook.classify.ThemeClassifier` applies, and how one is
learned from the comments an analyst coded.

``refiner="auto"`` finds the one shipped next to the codebook (``<folder>/refiner/``), a folder
or a fitted :class:`~textnps.themes.codebook.refiner.ThemeRefiner` (bare, or wrapped in
:class:`sklearn.frozen.FrozenEstimator` so that :func:`sklearn.base.clone` keeps it: what
``ThemeClassifier.load`` does) is checked against the codebook, and ``"learn"`` trains one.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from sklearn.frozen import FrozenEstimator
from sklearn.utils.validation import check_is_fitted

from textnps._errors import InputError, ParameterError
from textnps.preprocess.vocabulary import private_terms
from textnps.themes import persist
from textnps.themes.codebook.coding import parse_themes
from textnps.themes.codebook.format import Codebook, available_codebooks, codebook_folder, load_codebook
from textnps.themes.codebook.frame import text_column
from textnps.themes.codebook.refiner import ThemeRefiner, refiner_frame
from textnps.themes.codebook.refiner_prior import PRIOR_KIND, PRIOR_VERSION, PriorRefiner
from textnps.themes.codebook.refiner_themes import adapt_refiner
from textnps.themes.codebook.seed_clauses import seed_clause_texts
from textnps.themes.codebook.words import proper_nouns

__all__ = ["MIN_CODED_FOR_REFINER", "REFINER_FOLDER", "check_refiner", "codebook_refiner", "learn_refiner",
           "load_refiner", "refiner_from_state", "resolve_refiner", "teach_polarity"]

#: Folder, next to a codebook's ``codebook.yaml``, of the refiner trained for it.
REFINER_FOLDER = "refiner"
#: ``refiner="learn"`` needs at least this many coded comments.
MIN_CODED_FOR_REFINER = 50


def codebook_refiner(codebook: Codebook) -> ThemeRefiner | None:
    """The refiner shipped next to *codebook* (``<folder>/refiner/``), or None.

    A codebook with no refiner beside it that bears a shipped codebook's name (an edited copy of
    ``nordic-cx.yaml`` anywhere) gets the shipped one's. A refiner trained with another text of the
    codebook is kept for the themes whose definitions are unchanged
    (:mod:`~textnps.themes.codebook.refiner_themes`), and a warning names the themes left to their
    seeds; it is None (with a warning) when it knows none of them.
    """
    folder = codebook_folder(codebook)
    if (folder is None or not (folder / REFINER_FOLDER / persist.MODEL_FILE).is_file()) \
            and codebook.name in available_codebooks():
        folder = codebook_folder(load_codebook(codebook.name))
    if folder is None or not (folder / REFINER_FOLDER / persist.MODEL_FILE).is_file():
        return None
    refiner = ThemeRefiner.load(folder / REFINER_FOLDER)
    if refiner.codebook_fingerprint_ == codebook.fingerprint:
        return refiner
    where = str(folder / REFINER_FOLDER)
    refiner, kept, unrefined = adapt_refiner(refiner, codebook)
    if refiner is None:
        warnings.warn(f"The refiner in {where!r} was trained with another text of codebook {codebook.name!r} and "
                      "knows none of its themes as they are now, so it is not used: the themes come from the "
                      "seeds alone. Retrain it on comments coded with this codebook (ThemeClassifier(refiner="
                      "'learn'), `textnps train --refiner learn`), or delete the folder.", UserWarning, stacklevel=4)
        return None
    left = (f"{', '.join(unrefined)} {'comes' if len(unrefined) == 1 else 'come'} from the seeds alone (new or "
            "changed themes); retrain it (`textnps train --refiner learn`) to refine those too"
            if unrefined else "that is all of them")
    warnings.warn(f"Codebook {codebook.name!r} ({codebook.source}) was edited: the refiner in {where!r} still "
                  f"decides the {len(kept)} themes whose definitions are unchanged; {left}.", UserWarning,
                  stacklevel=4)
    return refiner


def check_refiner(refiner: ThemeRefiner, codebook: Codebook, *, where: str) -> ThemeRefiner:
    """*refiner*, after checking it is fitted for *codebook* (same themes, same codebook text)."""
    check_is_fitted(refiner, "coef_")
    if refiner.codebook_fingerprint_ is not None and refiner.codebook_fingerprint_ != codebook.fingerprint:
        raise InputError(
            f"The refiner given as {where} was trained with another codebook than {codebook.name!r} version "
            f"{codebook.version} ({codebook.source}); refiners fit the seeds they were trained with. "
            "Use refiner='auto' (the one shipped with the codebook, if any) or None."
        )
    if list(refiner.theme_ids_) != list(codebook.ids):
        raise InputError(f"The refiner given as {where} has the themes {list(refiner.theme_ids_)}, but codebook "
                         f"{codebook.name!r} has {list(codebook.ids)}.")
    return refiner


def resolve_refiner(refiner, codebook: Codebook) -> ThemeRefiner | None:
    """The fitted refiner that the setting *refiner* names for *codebook* (None for None; not for "learn")."""
    if refiner is None:
        return None
    if isinstance(refiner, str) and refiner == "auto":
        return codebook_refiner(codebook)
    if isinstance(refiner, FrozenEstimator):
        refiner = refiner.estimator
    if isinstance(refiner, (ThemeRefiner, PriorRefiner)):
        try:
            check_is_fitted(refiner, "coef_")
        except Exception:
            raise ParameterError(
                "The 'refiner' parameter of ThemeClassifier is an unfitted ThemeRefiner (sklearn.base.clone "
                "unfits a bare one): give a fitted one wrapped in sklearn.frozen.FrozenEstimator, a folder, "
                "'auto', 'learn' or None."
            ) from None
        return check_refiner(refiner, codebook, where="refiner")
    where = f"refiner={str(refiner)!r}"
    return check_refiner(load_refiner(Path(refiner)), codebook, where=where)


def refiner_from_state(state: dict):
    """The refiner of a saved *state*: a :class:`ThemeRefiner`, or a :class:`PriorRefiner` with its prior."""
    if isinstance(state, dict) and state.get("kind") == PRIOR_KIND:
        return PriorRefiner.from_state(state, refiner_from_state(state["prior"]))
    return ThemeRefiner.from_state(state)


def load_refiner(path: Path):
    """The refiner saved in folder *path* (either kind)."""
    if persist.read_model_info(path).get("kind") == PRIOR_KIND:
        return refiner_from_state(persist.load_model(path, kind=PRIOR_KIND, version=PRIOR_VERSION))
    return ThemeRefiner.load(path)


def learn_refiner(classifier, X, Y: np.ndarray, codes: list, *, prior: bool = True):
    """A refiner learned from the coded comments *X* (codes *Y*), on top of the zero-shot *classifier* just fitted.

    With *prior* and a refiner shipped with the codebook (:func:`codebook_refiner`), the codes update it
    (:class:`~textnps.themes.codebook.refiner_prior.PriorRefiner`); otherwise a new
    :class:`ThemeRefiner` learns from the codes alone.
    """
    seeds, hits, proba = classifier.zero_shot(X)
    clauses = seed_clause_texts(text_column(X, "text_clean"), text_column(X, "lang"), hits, len(classifier.theme_ids_))
    frame = refiner_frame(text_column(X, "lemmas"), seeds, proba, classifier.theme_ids_, langs=text_column(X, "lang"),
                          clauses=clauses)
    exclude = proper_nouns(text_column(X, "text_clean")) | private_terms([], text_column(X, "text_clean"))
    shipped = codebook_refiner(classifier.codebook_) if prior else None
    if shipped is not None and list(shipped.theme_ids_) == list(classifier.theme_ids_):
        return teach_polarity(classifier, PriorRefiner(shipped).fit(frame, Y, exclude=exclude), X, codes, hits)
    refiner = ThemeRefiner(random_state=classifier.random_state).fit(frame, Y, codebook=classifier.codebook_,
                                                                     exclude=exclude)
    return teach_polarity(classifier, refiner, X, codes, hits)


def teach_polarity(classifier, refiner: ThemeRefiner, X, codes, hits=None) -> ThemeRefiner:
    """Fit *refiner*'s polarity on the ``id:polarity`` pairs of *codes* (one cell per row of *X*).

    Codes without polarities teach nothing; *refiner* is returned as it is.
    """
    ids = classifier.theme_ids_
    pairs = [(i, ids.index(t), pol) for i, cell in enumerate(codes)
             for t, pol in (parse_themes(cell) or {}).items() if pol is not None and t in ids]
    if pairs:
        rows, ks, polarity = (np.array(v) for v in zip(*pairs))
        rule, overall, seeded = classifier.polarity_evidence(X, rows, ks, hits)
        lemmas = text_column(X, "lemmas")
        refiner.fit_polarity([lemmas[i] for i in rows], ks, rule, overall, seeded, polarity)
    return refiner
