"""Lemma tables decoded once and cached on disk, so a fresh process does not decode them again.

simplemma ships its dictionaries lzma-compressed and front-coded, spacy-lookups-data as gzipped
JSON; decoding them costs about a second per language on every run. The first run writes each
decoded table of a language actually seen to ``$TEXTNPS_CACHE_DIR`` (default
``$XDG_CACHE_HOME/textnps`` or ``~/.cache/textnps``), keyed by the package version; later runs
read it back in a fraction of the time.

The cache file is plain UTF-8 text (no pickle, nothing executed): a header line with the entry
count and a CRC-32 of the body, then one key line and one value line per entry. A file that is
missing, truncated or altered (wrong header, count or checksum) is ignored and the table is
decoded from the package as before, then the cache is rewritten atomically (temporary file and
``os.replace``). A cache that cannot be written (read-only disk) only costs the speed-up.

wordfreq's Zipf tables (:mod:`textnps.preprocess.compounds`) are cached the same way by
:func:`cached_floats`, in a binary file: the same header, then the float64 values and the words.
"""
from __future__ import annotations

import functools
import os
import tempfile
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path

__all__ = ["cache_dir", "cached_floats", "cached_table", "package_version", "simplemma_lemmatizer", "spacy_lemma_table"]

_MAGIC = b"textnps-lemma-cache 1"
_FLOAT_MAGIC = b"textnps-float-cache 1"


def cache_dir() -> Path:
    """The folder of the cached tables (``TEXTNPS_CACHE_DIR`` overrides the default)."""
    explicit = os.environ.get("TEXTNPS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "textnps"


def _encode(table: dict[bytes, bytes]) -> bytes | None:
    lines = []
    for key, value in table.items():
        if b"\n" in key or b"\n" in value:
            return None  # not representable in the line format: the table is simply not cached
        lines.append(key)
        lines.append(value)
    body = b"\n".join(lines) + b"\n" if lines else b""
    return b"%s %d %d\n" % (_MAGIC, len(table), zlib.crc32(body)) + body


def _checked_body(data: bytes, magic: bytes) -> tuple[int, bytes] | None:
    """The entry count and body of a cache file whose header and checksum are right, else None."""
    head, sep, body = data.partition(b"\n")
    parts = head.rsplit(b" ", 2)
    if not sep or len(parts) != 3 or parts[0] != magic:
        return None
    try:
        count, crc = int(parts[1]), int(parts[2])
    except ValueError:
        return None
    return (count, body) if zlib.crc32(body) == crc else None


def _decode(data: bytes) -> dict[bytes, bytes] | None:
    checked = _checked_body(data, _MAGIC)
    if checked is None:
        return None
    count, body = checked
    lines = body.split(b"\n")
    if lines[-1] != b"" or len(lines) != 2 * count + 1:
        return None
    table = dict(zip(lines[0:-1:2], lines[1:-1:2]))
    return table if len(table) == count else None


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # no writable cache: every run decodes the package's table, as without the cache


def cached_table(name: str, build: Callable[[], dict[bytes, bytes]]) -> dict[bytes, bytes]:
    """The table cached as *name*, or ``build()`` (then cached) if the cache is absent or damaged."""
    return _cached(cache_dir() / f"{name}.txt", build, _encode, _decode)


def _cached(path: Path, build: Callable, encode: Callable, decode: Callable):
    try:
        table = decode(path.read_bytes())
    except OSError:
        table = None
    if table is not None:
        return table
    table = build()
    data = encode(table)
    if data is not None:
        _write_atomically(path, data)
    return table


def _encode_floats(table: dict[str, float]) -> bytes | None:
    if any("\n" in key for key in table):
        return None
    body = array("d", table.values()).tobytes() + "\n".join(table).encode()
    return b"%s %d %d\n" % (_FLOAT_MAGIC, len(table), zlib.crc32(body)) + body


def _decode_floats(data: bytes) -> dict[str, float] | None:
    checked = _checked_body(data, _FLOAT_MAGIC)
    if checked is None or len(checked[1]) < 8 * checked[0]:
        return None
    count, body = checked
    values = array("d")
    values.frombytes(body[: 8 * count])
    try:
        keys = body[8 * count :].decode().split("\n") if count else []
    except UnicodeDecodeError:
        return None
    table = dict(zip(keys, values.tolist()))
    return table if len(keys) == count == len(table) else None


def cached_floats(name: str, build: Callable[[], dict[str, float]]) -> dict[str, float]:
    """Like :func:`cached_table` for a table of words and floats (wordfreq's Zipf values).

    Stored as the raw float64 values followed by the words, one a line: reading it back costs
    one ``dict(zip(...))``, not a decode of the package's list (bit-identical values).
    """
    return _cached(cache_dir() / f"{name}.bin", build, _encode_floats, _decode_floats)


def package_version(package: str) -> str:
    """The installed version of *package*: part of each cache file's name, so an upgrade rebuilds it."""
    from importlib.metadata import version

    return version(package)


@functools.lru_cache(maxsize=None)
def spacy_lemma_table(spacy_lang: str) -> dict[bytes, bytes]:
    """spaCy's ``lemma_lookup`` table of *spacy_lang* (spacy-lookups-data), UTF-8 keys and values."""

    def build() -> dict[bytes, bytes]:
        from spacy.lookups import load_language_data
        from spacy.util import registry

        raw = load_language_data(registry.lookups.get(spacy_lang)["lemma_lookup"])
        return {str(k).encode(): str(v).encode() for k, v in raw.items()}

    name = f"spacy-lookups-data-{package_version('spacy-lookups-data')}-{spacy_lang}-lemma_lookup"
    return cached_table(name, build)


class _CachedDictionaryFactory:
    """simplemma's dictionary factory, its decoded dictionaries read through :func:`cached_table`."""

    def __init__(self):
        self._dicts: dict = {}

    def get_dictionary(self, lang: str):
        if lang not in self._dicts:
            from simplemma.strategies.dictionaries.dictionary_factory import (
                MappingStrToByteString,
                _load_dictionary_from_disk,
            )

            name = f"simplemma-{package_version('simplemma')}-{lang}"
            self._dicts[lang] = MappingStrToByteString(cached_table(name, lambda: _load_dictionary_from_disk(lang)))
        return self._dicts[lang]


@functools.lru_cache(maxsize=None)
def simplemma_lemmatizer():
    """A ``simplemma.Lemmatizer`` with simplemma's default strategy, its dictionaries cached."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_CachedDictionaryFactory()))
