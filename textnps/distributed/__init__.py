"""textnps on Dask (``pip install "textnps[dask]"``): :func:`textnps.analyze` of a Dask DataFrame.

Preprocessing and classification run per partition on the cluster's
workers, with models fitted once on the rows the in-memory path fits on;
each partition returns only what the report needs, and the tables are
computed once from those rows (counts, never averages of partition
averages), so the report equals the single-machine one.

>>> import dask.dataframe as dd          # doctest: +SKIP
>>> report = analyze(dd.read_parquet("survey/"), progress=False)   # doctest: +SKIP
"""
from textnps.distributed.analyze import analyze_dask, transform_partitions
from textnps.distributed.session import dask_session, read_dask

__all__ = ["analyze_dask", "transform_partitions", "dask_session", "read_dask"]
