"""Renamed settings: the old keyword keeps working for one release, with a ``FutureWarning`` naming
the new one (no heavy import here: :mod:`textnps.io` and :mod:`textnps.stats` use it)."""
from __future__ import annotations

import functools
import warnings

from textnps._errors import ParameterError

__all__ = ["REMOVED_IN", "renamed_parameters"]

#: The release that removes the deprecated aliases of :func:`renamed_parameters`.
REMOVED_IN = "0.3"


def renamed_parameters(**renames: str):
    """Decorator: keyword ``old`` (each of *renames* ``old="new"``) still works, with a FutureWarning.

    Giving both the old and the new name raises :class:`ParameterError`.
    """
    def decorate(func):
        owner = func.__qualname__.replace(".__init__", "")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for old, new in renames.items():
                if old in kwargs:
                    if new in kwargs:
                        raise ParameterError(f"{owner} got both {old!r} and {new!r}; {old!r} is the old name of "
                                             f"{new!r}: give only {new!r}.")
                    warnings.warn(f"{owner}: the {old!r} parameter is renamed {new!r}; {old!r} will be removed in "
                                  f"textnps {REMOVED_IN}.", FutureWarning, stacklevel=2)
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)

        return wrapper

    return decorate
