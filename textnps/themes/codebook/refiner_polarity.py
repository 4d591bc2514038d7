"""The polarity part of a :class:`~textnps.themes.codebook.refiner.ThemeRefiner`.

:meth:`PolarityModel.fit_polarity` learns each theme's polarity from the coded pairs (the
comment's common-word n-grams, and what its clauses say of the theme). The classifier asks it
only where the clauses are not clear: no sentiment word in them, or both signs. Clear clauses
keep deciding (``bra pris men usel kundtjänst`` stays price:pos, staff_service:neg).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from textnps._errors import InputError
from textnps.themes.codebook.fast_tfidf import tfidf_transform

__all__ = ["PolarityModel", "RULES"]

RULES = ("pos", "neg", "mixed", None)  # what the clauses can say of a theme


class PolarityModel:
    """Mixin of :class:`ThemeRefiner`: the polarity model over its word vocabulary (``_vectorizer``)."""

    @property
    def has_polarity(self) -> bool:
        return getattr(self, "polarity_coef_", None) is not None

    def _polarity_design(self, lemmas, ks, rule, overall, seeded):
        n = len(lemmas)
        signals = np.zeros((n, 2 * len(RULES) + 1 + len(self.theme_ids_)))
        at = np.arange(n)
        signals[at, [RULES.index(r) for r in rule]] = 1.0
        signals[at, [len(RULES) + RULES.index(o) for o in overall]] = 1.0
        signals[:, 2 * len(RULES)] = np.asarray(seeded, dtype=float)
        signals[at, 2 * len(RULES) + 1 + np.asarray(ks, dtype=int)] = 1.0
        words = tfidf_transform(self._vectorizer, list(lemmas))
        return sp.hstack([words, sp.csr_matrix(signals * float(self.signal_weight))]).tocsr()

    def fit_polarity(self, lemmas, ks, rule, overall, seeded, polarity):
        """Learn each theme's polarity from coded (comment, theme) pairs.

        One multinomial logistic regression over the comment's common-word
        n-grams and what the clauses say: the polarity of the clauses holding the
        theme's seeds (*rule*), of the whole comment (*overall*; each ``pos``,
        ``neg``, ``mixed`` or None), whether the seeds matched (*seeded*) and the
        theme (*ks*, its index). *polarity* is the coder's.
        """
        check_is_fitted(self, "coef_")
        polarity = np.asarray(polarity, dtype=object)
        unknown = sorted(set(polarity) - {"pos", "neg", "mixed"})
        if unknown:
            raise InputError(f"ThemeRefiner.fit_polarity: polarities must be pos, neg or mixed; got {unknown}.")
        if len(set(polarity)) < 2:
            self.polarity_coef_ = None
            return self
        model = LogisticRegression(C=float(self.C), max_iter=3000, random_state=self.random_state)
        model.fit(self._polarity_design(lemmas, ks, rule, overall, seeded), polarity)
        self.polarity_classes_ = np.asarray(model.classes_, dtype=str)
        self.polarity_coef_ = model.coef_ if len(model.classes_) > 2 else np.vstack([-model.coef_, model.coef_])
        self.polarity_intercept_ = (model.intercept_ if len(model.classes_) > 2
                                    else np.r_[-model.intercept_, model.intercept_])
        return self

    def predict_polarity(self, lemmas, ks, rule, overall, seeded) -> list[str]:
        """The learned polarity of theme ``ks[j]`` in comment ``lemmas[j]`` (see :meth:`fit_polarity`)."""
        check_is_fitted(self, "polarity_coef_")
        z = np.asarray(self._polarity_design(lemmas, ks, rule, overall, seeded) @ self.polarity_coef_.T)
        return list(self.polarity_classes_[np.argmax(z + self.polarity_intercept_, axis=1)])

    def _polarity_state(self) -> dict | None:
        return None if not self.has_polarity else {
            "classes": self.polarity_classes_, "coef": self.polarity_coef_.astype(np.float32),
            "intercept": self.polarity_intercept_}

    def _set_polarity_state(self, polarity: dict | None) -> None:
        self.polarity_coef_ = None if polarity is None else np.asarray(polarity["coef"], dtype=float)
        if polarity is not None:
            self.polarity_classes_ = np.asarray(polarity["classes"], dtype=str)
            self.polarity_intercept_ = np.asarray(polarity["intercept"], dtype=float)
