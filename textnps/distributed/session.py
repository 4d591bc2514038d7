"""Reading a survey file as a Dask DataFrame, and the cluster ``textnps analyze --engine dask`` runs on."""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path

from textnps._errors import InputError, ParameterError

__all__ = ["dask_session", "read_dask", "require_dask"]

_PARQUET = {".parquet", ".pq"}
_DEFAULT_ROWS = 50_000


def require_dask():
    """``(dask.dataframe, distributed)``, or an error saying how to install them."""
    try:
        import dask.dataframe as dd
        import distributed
    except ImportError as exc:
        raise ParameterError(f"--engine dask needs Dask ({exc.name} is not installed): "
                             "pip install \"textnps[dask]\"") from None
    return dd, distributed


def read_dask(path, *, chunksize: int | None = None, folder=None):
    """The survey file *path* as a Dask DataFrame of about *chunksize* rows a partition.

    Parquet (a file or a folder of files) is read by Dask directly, so the
    workers read it themselves (put it where they can). A CSV is first
    converted, chunk by chunk on this machine, to Parquet pieces in *folder*:
    textnps's own CSV reading (separator and encoding detection, quoted line
    breaks, which Dask's byte-range splitting of a CSV would cut) then holds.
    """
    dd, _ = require_dask()
    path = Path(path)
    if not path.exists():
        raise InputError(f"No such file: {str(path)!r}.")
    if path.is_dir() or path.suffix.lower() in _PARQUET:
        return dd.read_parquet(path, split_row_groups=True)
    if folder is None:
        raise ParameterError("read_dask of a CSV needs folder=, where its Parquet pieces are written.")
    from textnps.preprocess.stream import csv_read_options, iter_file_chunks

    options = csv_read_options(path)
    pieces = []
    for i, chunk in enumerate(iter_file_chunks(path, chunk_size=chunksize or _DEFAULT_ROWS, **options)):
        piece = Path(folder) / f"part-{i:05d}.parquet"
        chunk.reset_index(drop=True).to_parquet(piece, index=False)
        pieces.append(str(piece))
    if not pieces:
        raise InputError(f"{str(path)!r} has no rows.")
    return dd.read_parquet(pieces)


@contextmanager
def dask_session(path, *, engine: str = "dask", scheduler: str | None = None, n_workers: int = 2,
                 chunksize: int | None = None):
    """Connect to *scheduler* (or start a ``LocalCluster`` of *n_workers* single-threaded workers) and yield
    the survey file *path* as a Dask DataFrame; the cluster (if started here) is closed afterwards."""
    if engine != "dask":
        raise ParameterError(f"The 'engine' option must be 'local' or 'dask'. Got {engine!r} instead.")
    _, distributed = require_dask()
    path = Path(path)
    if scheduler is not None and path.suffix.lower() not in _PARQUET and not path.is_dir():
        raise ParameterError(f"With --scheduler, give a Parquet file or folder the workers can read; {path.name!r} "
                             "is not Parquet (convert it first, e.g. with pandas: read_csv(...).to_parquet(...)).")
    with tempfile.TemporaryDirectory(prefix="textnps-dask-") as tmp:
        if scheduler is not None:
            client = distributed.Client(scheduler)
            cluster = None
        else:
            workers = max(2, n_workers) if n_workers != -1 else None
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
            client = distributed.Client(cluster)
        try:
            yield read_dask(path, chunksize=chunksize, folder=tmp)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
