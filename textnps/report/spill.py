"""Processed chunks kept on disk while the others are processed, so memory does not grow with the survey.

The streamed ``analyze`` (:mod:`textnps.report.streaming`) processes chunk after chunk on
several processes; keeping every processed chunk in memory until the last one is done made the
main process grow by about 0.5 KB a response while the workers were still alive. :func:`spilled`
writes each processed chunk to a Parquet file in a temporary folder (a pickle for a chunk Parquet
cannot hold, say an ``id`` column mixing numbers and text), and reads them back, in order, once
the workers are gone. The folder is removed afterwards, also when a chunk fails.
"""
from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

__all__ = ["Spill", "spilled", "SPILL_PREFIX"]

#: The name of each temporary folder starts so (``textnps-chunks-XXXX`` in the system's temporary folder).
SPILL_PREFIX = "textnps-chunks-"


class Spill:
    """A temporary folder of processed chunks (a context manager: the folder is removed on leaving, also on error)."""

    def __init__(self, where=None):
        self._folder = tempfile.TemporaryDirectory(prefix=SPILL_PREFIX, dir=where)
        self._paths: list[Path] = []

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        self._folder.cleanup()

    def add_all(self, results: Iterable[tuple[pd.DataFrame, Counter]]) -> Counter:
        """Write the frame of each ``(frame, counts)`` of *results* to the folder as it comes; the counts summed."""
        counts = Counter()
        for part, part_counts in results:
            self._paths.append(_write(part, Path(self._folder.name) / f"chunk-{len(self._paths):06d}"))
            counts += part_counts
            del part
        return counts

    def frame(self) -> pd.DataFrame | None:
        """The frames written, concatenated in order (None when there were none)."""
        return pd.concat([_read(p) for p in self._paths]) if self._paths else None


def spilled(results: Iterable[tuple[pd.DataFrame, Counter]], *, where=None) -> tuple[pd.DataFrame | None, Counter]:
    """``(frame, counts)``: the frames of *results* (``(frame, counts)`` pairs) concatenated in order, and their counts
    summed; each frame waits in a file of a temporary folder (in *where*, default the system's) until *results* is
    exhausted. ``frame`` is None when there were none."""
    with Spill(where) as spill:
        counts = spill.add_all(results)
        return spill.frame(), counts


def _write(frame: pd.DataFrame, stem: Path) -> Path:
    path = stem.with_suffix(".parquet")
    try:  # pyarrow's errors are ValueError (ArrowInvalid), TypeError, NotImplementedError subclasses
        frame.to_parquet(path, index=True)
        if _read(path).dtypes.equals(frame.dtypes):
            return path
    except (ImportError, TypeError, ValueError, NotImplementedError):
        pass
    path.unlink(missing_ok=True)
    path = stem.with_suffix(".pkl")
    with open(path, "wb") as fh:  # written and read by this process only, within one call
        pickle.dump(frame, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _read(path: Path) -> pd.DataFrame:
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    with open(path, "rb") as fh:
        return pickle.load(fh)
