"""What every textnps estimator shares: its settings checked against one declared table, DataFrame in
and DataFrame out, the columns seen in ``fit`` remembered, and renamed settings kept as aliases.

* :func:`validate_params` checks an estimator's ``_parameter_constraints`` (scikit-learn's
  :mod:`sklearn.utils._param_validation` table, run through ``sklearn.base._fit_context``) and
  raises :class:`~textnps._errors.ParameterError` naming the setting, the value received and
  what was expected, with a close match for a mistyped option.
* :class:`FrameEstimatorMixin` stores ``feature_names_in_`` in ``fit`` and, when ``transform``
  lacks a column the estimator reads that ``fit`` saw, shows the diff of the two column lists
  (as skrub's ``_check_input`` does). An optional column missing in ``fit`` is not silent: a
  warning says what changes without it.
* :class:`FrameTransformerMixin` adds ``get_feature_names_out`` and a ``set_output`` that
  accepts ``"pandas"`` (what these transformers always return), so they work in a
  :class:`~sklearn.pipeline.Pipeline` with ``set_output(transform="pandas")``.

Renamed settings keep working for one release through :func:`textnps._deprecate.renamed_parameters`.
"""
from __future__ import annotations

import difflib
import warnings

import numpy as np
import pandas as pd
from sklearn.base import TransformerMixin
from sklearn.utils._param_validation import InvalidParameterError, StrOptions, validate_parameter_constraints
from sklearn.utils.validation import check_is_fitted

from textnps._errors import InputError, ParameterError, close_match_hint

__all__ = ["FrameEstimatorMixin", "FrameTransformerMixin", "column_diff", "validate_params"]

def validate_params(estimator) -> None:
    """Raise :class:`ParameterError` for the first setting of *estimator* outside its ``_parameter_constraints``."""
    params = estimator.get_params(deep=False)
    owner = type(estimator).__name__
    for name, constraints in estimator._parameter_constraints.items():
        try:
            validate_parameter_constraints({name: constraints}, {name: params[name]}, caller_name=owner)
        except InvalidParameterError as error:
            value = params[name]
            options = [o for c in constraints if isinstance(c, StrOptions) for o in c.options]
            hint = close_match_hint(value, options) if isinstance(value, str) and options else ""
            raise ParameterError(f"{error}{hint}") from None


def column_diff(seen, given) -> str:
    """The lines that differ between column lists *seen* and *given*: ``- a`` only in *seen*, ``+ b`` only in *given*."""
    lines = difflib.ndiff([str(c) for c in seen], [str(c) for c in given])
    return "\n".join(line for line in lines if line[:1] in "+-")


class FrameEstimatorMixin:
    """Declared settings and the DataFrame a textnps estimator reads (mix in before ``BaseEstimator``)."""

    _parameter_constraints: dict = {}
    #: What makes the frame the estimator reads, and how to get it (named in the errors).
    _frame_from = "textnps.Preprocessor"
    _frame_advice = "textnps.Preprocessor adds them: run Preprocessor().fit_transform(df) first."

    def _validate_params(self) -> None:  # called by sklearn.base._fit_context
        validate_params(self)

    def _check_frame(self, X, *, where: str, required=(), optional=None, reset: bool = False) -> pd.DataFrame:
        """*X* after checking it is a DataFrame with the *required* columns.

        *optional* maps a column the estimator uses when present to what changes without it.
        With ``reset`` (``fit``) the columns are stored in ``feature_names_in_`` and each
        missing optional column warns; afterwards a column it reads that ``fit`` saw and *X*
        lacks raises an error showing the diff of the column lists.
        """
        owner = f"{type(self).__name__}.{where}"
        if not isinstance(X, pd.DataFrame):
            raise InputError(f"{owner} expects a pandas DataFrame (the output of {self._frame_from}); "
                             f"got {type(X).__name__}.")
        optional = dict(optional or {})
        columns = [str(c) for c in X.columns]
        seen = getattr(self, "feature_names_in_", None)
        if not reset and seen is not None:
            lost = [c for c in [*required, *optional] if c in seen and c not in columns]
            if lost:
                raise InputError(
                    f"{owner}: column(s) {lost} were there in fit but are missing here, so the results would "
                    f"not be comparable. Columns (- in fit only, + here only):\n{column_diff(seen, columns)}"
                )
        missing = [c for c in required if c not in columns]
        if missing:
            raise InputError(
                f"{owner} needs the columns {list(required)}; missing {missing}. "
                f"Columns: {columns}." + close_match_hint(missing[0], columns) + f" {self._frame_advice}"
            )
        if reset:
            self.feature_names_in_ = np.asarray(columns, dtype=object)
            self.n_features_in_ = len(columns)
            for column, consequence in optional.items():
                if column not in columns:
                    warnings.warn(f"{owner}: no {column!r} column, so {consequence}.", UserWarning, stacklevel=5)
        return X

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False  # a DataFrame of comments, not a numeric matrix
        tags.input_tags.string = True
        return tags


class FrameTransformerMixin(FrameEstimatorMixin, TransformerMixin):
    """A transformer that returns its input DataFrame with documented columns added."""

    def __init_subclass__(cls, **kwargs):
        # transform already returns a DataFrame with its own column names: scikit-learn must not rename them
        super().__init_subclass__(auto_wrap_output_keys=None, **kwargs)

    def _output_columns(self, columns: list[str]) -> list[str]:
        """The output columns for input *columns* (default: the input's, then the added ones)."""
        return columns + [c for c in self._added_columns() if c not in columns]

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """Columns of the frame ``transform`` returns for input columns *input_features* (default: those of fit)."""
        check_is_fitted(self)
        if input_features is None:
            input_features = getattr(self, "feature_names_in_", [])
        return np.asarray(self._output_columns([str(c) for c in input_features]), dtype=object)

    def set_output(self, *, transform=None):
        """Accept ``"pandas"`` (or ``"default"``/None): the output is always a pandas DataFrame."""
        if transform not in (None, "default", "pandas"):
            raise ParameterError(
                f"The 'transform' parameter of {type(self).__name__}.set_output must be 'pandas', 'default' or "
                f"None: it always returns a pandas DataFrame. Got {transform!r} instead."
            )
        return self
