"""Preprocess a survey file to a file, chunk by chunk, with bounded memory.

Files up to ``in_memory_max_bytes`` are read whole with ``textnps.io.read_table``
(every encoding and separator it knows); larger CSV and Parquet files are
streamed: one pass counts the rows, one collects the comments the language
prior is learned from (the same evenly spaced rows ``Preprocessor.fit`` would
take from the whole frame), and one transforms and writes each chunk. The
result is the same either way.
"""
from __future__ import annotations

import os
import warnings
from collections import Counter, deque
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from textnps._errors import InputError, close_match_hint, show_rows
from textnps.csvsafe import write_csv

__all__ = ["preprocess_file", "iter_file_chunks", "csv_read_options", "ordered_map", "ChunkWriter"]

_WORKER: dict = {}

_CSV = {".csv", ".txt", ".tsv", ".tab"}
_PARQUET = {".parquet", ".pq"}


def _csv_options(path: Path, sep: str | None, encoding: str | None) -> dict:
    from textnps.encodings import detect_encoding, mixes_encodings
    from textnps.io import detect_separator

    if sep and encoding:
        return {"sep": sep, "encoding": encoding, "dtype": str, "keep_default_na": False, "na_values": [""]}
    with open(path, "rb") as fh:
        head = fh.read(1 << 20)
    if len(head) == 1 << 20 and b"\n" in head:
        head = head[: head.rindex(b"\n")]
    if not encoding:
        encoding = detect_encoding(head)
        if mixes_encodings(head, encoding):
            encoding = "utf-8"  # with the cp1252 fallback of iter_file_chunks for the other lines
        elif encoding == "latin-1":
            encoding = "cp1252"  # cp1252 but for a few undefined bytes, which iter_file_chunks reads as latin-1
    sep = sep or detect_separator(head.decode(encoding, errors="replace"))
    return {"sep": sep, "encoding": encoding, "dtype": str, "keep_default_na": False, "na_values": [""]}


def csv_read_options(path, *, sep: str | None = None, encoding: str | None = None) -> dict:
    """``{"sep": ..., "encoding": ...}`` of a CSV file, detected once (to pass to every :func:`iter_file_chunks`)."""
    options = _csv_options(Path(path), sep, encoding)
    return {"sep": options["sep"], "encoding": options["encoding"]}


def iter_file_chunks(path, *, chunk_size: int = 20_000, columns=None, sep=None, encoding=None) -> Iterator[pd.DataFrame]:
    """Yield a CSV or Parquet file as DataFrames of at most *chunk_size* rows."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"No such file: {str(path)!r}.")
    suffix = path.suffix.lower()
    if suffix in _PARQUET:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_size, columns=columns):
            yield batch.to_pandas()
        return
    from textnps.encodings import CP1252_FALLBACK, LATIN1_FALLBACK

    options = _csv_options(path, sep, encoding)
    if options["encoding"].replace("-", "").lower() in ("utf8", "utf8sig"):
        # a line further down that is cp1252 (a file appended to by two systems) is read as cp1252, and counted
        options["encoding_errors"] = CP1252_FALLBACK
    elif options["encoding"] == "cp1252":  # the five bytes cp1252 leaves undefined are read as latin-1
        options["encoding_errors"] = LATIN1_FALLBACK
    yield from pd.read_csv(path, chunksize=chunk_size, usecols=columns, **options)


def _init_worker(fn) -> None:
    _WORKER["fn"] = fn


def _work(chunk):
    return _WORKER["fn"](chunk)


def ordered_map(fn, chunks, n_jobs: int = 1) -> Iterator:
    """``fn(chunk)`` for each chunk, in order, on *n_jobs* processes, with bounded memory.

    This process takes every *n_jobs*-th chunk and ``n_jobs - 1`` worker processes the others; at most
    two chunks per process are read ahead of the results. *fn* (say a ``functools.partial`` holding
    fitted models) is sent to each worker once. The workers are loky's (joblib's): fresh interpreters
    (a fork of this process, whose libraries run threads, can hang on a lock one of them held), which,
    unlike multiprocessing's spawn, need no ``if __name__ == "__main__"`` in the caller's script.
    """
    if n_jobs == 1:
        yield from (fn(chunk) for chunk in chunks)
        return
    from joblib.externals.loky import get_reusable_executor

    executor, pending = None, deque()
    try:
        for i, chunk in enumerate(chunks):
            if i % n_jobs == 0:  # this process's turn, while the workers do theirs (one chunk: no workers)
                pending.append(_Done(fn(chunk)))
            else:
                if executor is None:
                    executor = get_reusable_executor(n_jobs - 1, initializer=_init_worker, initargs=(fn,),
                                                     reuse=False)
                pending.append(executor.submit(_work, chunk))
            while pending and (pending[0].done() or len(pending) >= 2 * n_jobs):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        if executor is not None:
            executor.shutdown(wait=True)


class _Done:
    """A chunk this process did, queued in order with the workers' futures."""

    def __init__(self, result):
        self._result = result

    def done(self) -> bool:
        return True

    def result(self):
        return self._result


def _non_utf8_lines(path: Path) -> int:
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                n += 1
    return n


def _check_column(columns, name: str, role: str) -> None:
    cols = [str(c) for c in columns]
    if name not in cols:
        raise InputError(f"Column {name!r} ({role}) not found; the file has columns {cols}." + close_match_hint(name, cols))


def _redacted(out: pd.DataFrame, pre) -> pd.DataFrame:
    """*out* with its comment column replaced by ``text_clean`` (personal data redacted), as ``classify`` writes it;
    the raw comment is written only with ``redact=False``."""
    if pre.redact:
        out[pre.text_col] = out["text_clean"]
    return out


class ChunkWriter:
    """Writes chunks one after the other to a .csv (formula-safe unless raw_csv) or .parquet file.

    The chunks go to a hidden temporary file beside *path* (``.NAME.PID-XXXX.partial``), which becomes *path* only when
    the writer is closed after the last chunk: a run that fails or is stopped (an error, Ctrl-C, SIGTERM) leaves no
    half-written output that looks complete, and keeps the previous output of that name. Use it as a context
    manager (left with an error, the temporary file is removed), or call :meth:`close` / :meth:`abort`.
    """

    def __init__(self, path: Path, *, raw_csv: bool = False):
        self.path, self.first, self.parquet, self.raw_csv = Path(path), True, None, raw_csv
        self.is_parquet = self.path.suffix.lower() in _PARQUET
        if not self.is_parquet and self.path.suffix.lower() not in _CSV:
            raise InputError(f"Output {str(path)!r}: expected a .csv or .parquet file name.")
        self._partial: Path | None = None

    def __enter__(self) -> "ChunkWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def _target(self) -> Path:
        if self._partial is None:
            import secrets

            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f".{self.path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
            partial.open("xb").close()  # a new file, with the usual permissions (mkstemp's are owner-only)
            self._partial = partial
        return self._partial

    def write(self, frame: pd.DataFrame) -> None:
        target = self._target()
        if self.is_parquet:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self.parquet is None:
                self.parquet = pq.ParquetWriter(target, table.schema)
            else:
                table = table.cast(self.parquet.schema)
            self.parquet.write_table(table)
        else:
            write_csv(frame, target, raw=self.raw_csv, mode="w" if self.first else "a", header=self.first)
        self.first = False

    def close(self) -> None:
        """Finish the file and put it in place (nothing happens when no chunk was written)."""
        if self.parquet is not None:
            self.parquet.close()
            self.parquet = None
        if self._partial is not None:
            os.replace(self._partial, self.path)
            self._partial = None

    def abort(self) -> None:
        """Drop what was written: *path* keeps what it held before (if anything)."""
        if self.parquet is not None:
            try:
                self.parquet.close()
            finally:
                self.parquet = None
        if self._partial is not None:
            self._partial.unlink(missing_ok=True)
            self._partial = None


def preprocess_file(
    input_path,
    output_path,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    chunk_size: int = 20_000,
    in_memory_max_bytes: int = 200 * 2**20,
    sep: str | None = None,
    encoding: str | None = None,
    raw_csv: bool = False,
    **params,
) -> pd.DataFrame:
    """Preprocess *input_path* (CSV, Parquet, or any format ``read_table`` reads)
    into *output_path* (``.csv`` or ``.parquet``): every input column plus
    :data:`~textnps.preprocess.OUTPUT_COLUMNS`; the comment column holds the redacted ``text_clean`` (as
    ``textnps classify`` writes it), the raw comment only with ``redact=False``.

    *params* go to :class:`~textnps.preprocess.Preprocessor`. A CSV output is
    formula-safe (:mod:`textnps.csvsafe`) unless *raw_csv*. Returns the
    summary (``kind``, ``n``) of the whole file.
    """
    from textnps.preprocess.pipeline import Preprocessor, prior_positions
    from textnps.preprocess.summary import SUMMARY_ATTR, preprocess_summary, summary_frame

    input_path, output_path = Path(input_path), Path(output_path)
    if not input_path.is_file():
        raise InputError(f"No such file: {str(input_path)!r}.")
    pre = Preprocessor(text_col=text_col, chunk_size=chunk_size, **params)
    writer = ChunkWriter(output_path, raw_csv=raw_csv)
    suffix = input_path.suffix.lower()
    streaming = input_path.stat().st_size > in_memory_max_bytes and suffix in _CSV | _PARQUET
    if not streaming:
        from textnps.io import read_table

        frame, _ = read_table(input_path, sep=sep, encoding=encoding)
        _check_column(frame.columns, text_col, "text_col")
        if id_col is not None:
            _check_column(frame.columns, id_col, "id_col")
            dup = frame[id_col][frame[id_col].duplicated(keep=False)]
            if len(dup):
                raise InputError(
                    f"Column {id_col!r} (id_col) has {int(frame[id_col].duplicated().sum())} repeated value(s): "
                    f"{show_rows(list(dup.index), list(dup))}. Ids must be unique."
                )
        out = pre.fit_transform(frame)
        with writer:
            writer.write(_redacted(out, pre))
        return preprocess_summary(out)
    read = {"chunk_size": chunk_size, "sep": sep, "encoding": encoding}
    if suffix in _CSV:  # detect the format once, not on every pass over the file
        read.update(csv_read_options(input_path, sep=sep, encoding=encoding))
        sep, encoding = read["sep"], read["encoding"]
    header = next(iter_file_chunks(input_path, chunk_size=1, sep=sep, encoding=encoding))
    _check_column(header.columns, text_col, "text_col")
    if id_col is not None:
        _check_column(header.columns, id_col, "id_col")
    n = sum(len(c) for c in iter_file_chunks(input_path, columns=[text_col], **read))
    positions = prior_positions(n, pre.prior_sample)
    sample, start = [], 0
    for chunk in iter_file_chunks(input_path, columns=[text_col], **read):
        local = positions[(positions >= start) & (positions < start + len(chunk))] - start
        sample.extend(chunk[text_col].iloc[local].tolist())
        start += len(chunk)
    pre.fit(pd.DataFrame({text_col: pd.Series(sample, dtype=object)}))
    from textnps.encodings import cp1252_fallbacks

    counts: Counter = Counter()
    before = cp1252_fallbacks()
    with writer:
        chunks = iter_file_chunks(input_path, **read)
        for chunk in tqdm(chunks, total=-(-n // chunk_size), desc="preprocess", unit="chunk", disable=not pre.progress):
            out = pre.transform(chunk)
            writer.write(_redacted(out, pre))
            counts.update(out.attrs[SUMMARY_ATTR])
    if cp1252_fallbacks() > before:
        warnings.warn(f"{str(input_path)!r} mixes encodings: {_non_utf8_lines(input_path)} lines are not UTF-8 and "
                      "were read as cp1252 (Windows), the others as UTF-8. Re-export the file as UTF-8 to avoid this.",
                      UserWarning, stacklevel=2)
    return summary_frame(counts)
