"""Classify a survey file into a file, chunk by chunk, with bounded memory, on every core.

What ``textnps classify`` does in memory (preprocess, fit the
:class:`~textnps.themes.codebook.classify.ThemeClassifier`, tag every
comment), streamed: one pass counts the rows (and checks ids are unique), one
collects the rows the models are fitted on (the Preprocessor's evenly spaced
prior sample, the classifier's seeded sample of ``max_train`` comments: the
rows the in-memory fit takes), and one preprocesses, tags and writes each
chunk on ``n_jobs`` processes. The output is the same.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from textnps._errors import InputError, close_match_hint
from textnps.preprocess.stream import ChunkWriter, csv_read_options, iter_file_chunks, ordered_map

__all__ = ["classify_file", "tagged_output"]

_PARQUET = {".parquet", ".pq"}


def _tag(chunk: pd.DataFrame, *, pre, model, text_col: str) -> tuple[pd.DataFrame, int]:
    return tagged_output(chunk, pre.transform(chunk), model, text_col)


def tagged_output(frame: pd.DataFrame, done: pd.DataFrame, model, text_col: str) -> tuple[pd.DataFrame, int]:
    """What ``textnps classify`` writes for *frame* (*done*: it preprocessed): every column, the comment
    redacted, ``themes``, ``subthemes`` and ``p_<id>``; and how many comments carry a theme."""
    tagged = model.transform(done)
    added = [c for c in ("themes", "subthemes") if c in tagged.columns] + [f"p_{t}" for t in model.theme_ids_]
    kept = frame.drop(columns=[c for c in added if c in frame.columns])
    kept[text_col] = done["text_clean"]  # the comment with personal data redacted, never the raw text
    return pd.concat([kept, tagged[added]], axis=1), int((tagged["themes"] != "").sum())


def classify_file(input_path, output_path, *, text_col: str, id_col: str | None = None, model=None,
                  codebook="nordic-cx", refiner="auto", chunk_size: int = 50_000, n_jobs: int = 1,
                  progress: bool = True, raw_csv: bool = False, random_state: int = 0):
    """Tag each comment of the CSV or Parquet file *input_path* into *output_path* (.csv or .parquet).

    *model* is a fitted ThemeClassifier (``textnps train``), or None to fit one on the survey as the
    in-memory path does. Returns ``(model, n_rows, n_tagged)``.
    """
    from textnps.preprocess import Preprocessor
    from textnps.preprocess.pipeline import prior_positions
    from textnps.themes.codebook.classify import ThemeClassifier
    from textnps.themes.codebook.weak_labels import training_rows

    input_path = Path(input_path)
    options = {} if input_path.suffix.lower() in _PARQUET else csv_read_options(input_path)
    read = partial(iter_file_chunks, input_path, chunk_size=chunk_size, **options)
    columns = [str(c) for c in next(iter_file_chunks(input_path, chunk_size=1, **options)).columns]
    for option, col in (("--text-col", text_col), ("--id-col", id_col)):
        if col is not None and col not in columns:
            raise InputError(f"{option} {col!r} is not a column of {input_path.name!r}; columns are {columns}."
                             + close_match_hint(col, columns))
    n, ids = 0, []
    for chunk in read(columns=[c for c in (text_col, id_col) if c is not None]):
        n += len(chunk)
        if id_col is not None:
            ids.append(pd.util.hash_pandas_object(chunk[id_col].astype(str), index=False).to_numpy())
    if ids and (repeated := n - len(np.unique(np.concatenate(ids)))):
        raise InputError(f"--id-col {id_col!r} has {repeated} repeated value(s); ids must be unique.")
    pre = Preprocessor(text_col=text_col, progress=False)
    prior_at = prior_positions(n, pre.prior_sample)
    train_at = training_rows(np.zeros(n, dtype=bool), ThemeClassifier().max_train, random_state) \
        if model is None else np.zeros(0, dtype=int)
    prior, train, start = [], [], 0
    for chunk in read():
        for rows, at in ((prior, prior_at), (train, train_at)):
            rows.append(chunk.iloc[at[(at >= start) & (at < start + len(chunk))] - start])
        start += len(chunk)
    pre.fit(pd.concat(prior))
    if model is None:
        model = ThemeClassifier(codebook=codebook, refiner=refiner, progress=progress, random_state=random_state)
        rows = pd.concat(train)
        model.fit(pd.concat(list(ordered_map(pre.transform, (rows.iloc[i:i + 5000] for i in range(0, len(rows), 5000)),
                                             n_jobs))) if len(rows) else pre.transform(rows))
    del prior, train
    model.set_params(progress=False)  # per chunk: the chunks' own bar shows progress
    n_tagged = 0
    with ChunkWriter(Path(output_path), raw_csv=raw_csv) as writer:
        work = ordered_map(partial(_tag, pre=pre, model=model, text_col=text_col), read(), n_jobs)
        for out, k in tqdm(work, total=-(-n // chunk_size), desc="classify", unit="chunk", disable=not progress):
            writer.write(out)
            n_tagged += k
    return model, n, n_tagged
