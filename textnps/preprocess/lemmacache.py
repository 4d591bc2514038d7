"""Lemma tables decoded once and cached on disk, so a fresh process does not decode them again.

simplemma ships its dictionaries lzma-compressed and front-coded, spacy-lookups-data as gzipped
JSON; decoding them costs about a second per language on every run. The first run writes each
decoded table of a language actually seen to ``$TEXTNPS_CACHE_DIR`` (default
``$XDG_CACHE_HOME/textnps`` or ``~/.cache/textnps``), keyed by the package version; later runs
read it back in a fraction of the time.

The cache file is data only (no pickle, nothing executed): a header line with the format, the
entry count and a CRC-32 of the body, then a hash table (open addressing) that is looked up as it
lies in memory (:class:`LemmaTable`): opening a table costs reading its file, not decoding its
800,000 entries, so a survey pays per word it looks up. A file that is missing is built; one that is
truncated or altered (wrong header, size or checksum) is reported (:class:`CacheDamagedWarning`),
never used, and rebuilt from the package; a stale one (another package version or cache format) is
never read, since both are part of the file's name and header. Files are written atomically
(temporary file and ``os.replace``). A cache that cannot be written (read-only disk) only costs
the speed-up.

wordfreq's Zipf tables (:mod:`textnps.preprocess.compounds`) are cached the same way by
:func:`cached_floats`, in a binary file: the same header, then the float64 values and the words.
"""
from __future__ import annotations

import functools
import os
import struct
import sys
import tempfile
import warnings
import zlib
from array import array
from collections.abc import Callable, Mapping
from pathlib import Path

__all__ = [
    "CacheDamagedWarning", "LemmaTable", "cache_dir", "cached_floats", "cached_table", "package_version",
    "simplemma_dictionary", "simplemma_lemmatizer", "spacy_lemma_table",
]

_MAGIC = b"textnps-lemma-table 2"
_FLOAT_MAGIC = b"textnps-float-cache 1"
_EMPTY = 0xFFFFFFFF
_RECORD = struct.Struct("<HH")  # key length, value length
_MAX_LEN = 0xFFFF


def cache_dir() -> Path:
    """The folder of the cached tables (``TEXTNPS_CACHE_DIR`` overrides the default)."""
    explicit = os.environ.get("TEXTNPS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "textnps"


class LemmaTable(Mapping):
    """A read-only ``bytes -> bytes`` table looked up in its encoded form (see :func:`_encode`).

    Nothing is decoded up front: a look-up hashes the key (CRC-32), probes the slot array and
    compares one or two records, so opening a table of 800,000 lemmas costs reading the file.
    """

    def __init__(self, slots: array, data: bytes, base: int, count: int):
        # Records are read in place from *data* (the whole file), starting at offset *base*.
        self._slots, self._data, self._base, self._count = slots, data, base, count

    def get(self, key: bytes, default=None):
        slots, data, base = self._slots, self._data, self._base
        n = len(slots)
        i = zlib.crc32(key) % n
        while True:
            at = slots[i]
            if at == _EMPTY:
                return default
            klen, vlen = _RECORD.unpack_from(data, base + at)
            start = base + at + 4
            if data[start : start + klen] == key:
                return data[start + klen : start + klen + vlen]
            i = i + 1 if i + 1 < n else 0

    def __getitem__(self, key: bytes) -> bytes:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return isinstance(key, bytes) and self.get(key) is not None

    def __iter__(self):
        data, at, end = self._data, self._base, len(self._data)
        while at < end:
            klen, vlen = _RECORD.unpack_from(data, at)
            yield data[at + 4 : at + 4 + klen]
            at += 4 + klen + vlen

    def __len__(self) -> int:
        return self._count


def _encode(table: Mapping[bytes, bytes]) -> bytes | None:
    """The cache file of *table*: a header line, the slot array (uint32), then the records.

    Open addressing with linear probing over ``2 * len(table) + 1`` slots, each the offset of a
    record (key and value lengths as uint16, the key, the value) or ``0xFFFFFFFF`` when empty.
    """
    records = bytearray()
    n = 2 * len(table) + 1
    slots = array("I", [_EMPTY]) * n
    for key, value in table.items():
        if len(key) > _MAX_LEN or len(value) > _MAX_LEN:
            return None  # not representable: the table is simply not cached
        i = zlib.crc32(key) % n
        while slots[i] != _EMPTY:
            i = i + 1 if i + 1 < n else 0
        slots[i] = len(records)
        records += _RECORD.pack(len(key), len(value)) + key + value
    if len(records) >= _EMPTY:
        return None
    if sys.byteorder != "little":
        slots.byteswap()
    body = slots.tobytes() + bytes(records)
    return b"%s %d %d\n" % (_MAGIC, len(table), zlib.crc32(body)) + body


def _checked_header(data: bytes, magic: bytes) -> tuple[int, int] | None:
    """The entry count and the body's offset of a cache file whose header and checksum are right, else None."""
    end = data.find(b"\n", 0, 200)
    parts = data[:end].rsplit(b" ", 2) if end >= 0 else []
    if len(parts) != 3 or parts[0] != magic:
        return None
    try:
        count, crc = int(parts[1]), int(parts[2])
    except ValueError:
        return None
    return (count, end + 1) if zlib.crc32(memoryview(data)[end + 1 :]) == crc else None


def _checked_body(data: bytes, magic: bytes) -> tuple[int, bytes] | None:
    """Like :func:`_checked_header`, with the body itself."""
    checked = _checked_header(data, magic)
    return None if checked is None else (checked[0], data[checked[1] :])


def _decode(data: bytes) -> LemmaTable | None:
    checked = _checked_header(data, _MAGIC)
    if checked is None:
        return None
    count, start = checked
    n = 2 * count + 1
    if len(data) < start + 4 * n:
        return None
    slots = array("I")
    slots.frombytes(memoryview(data)[start : start + 4 * n])
    if sys.byteorder != "little":
        slots.byteswap()
    return LemmaTable(slots, data, start + 4 * n, count)


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


def cached_table(name: str, build: Callable[[], dict[bytes, bytes]]) -> Mapping[bytes, bytes]:
    """The table cached as *name* (a :class:`LemmaTable`), or ``build()`` (then cached) if the cache is absent or damaged."""
    return _cached(cache_dir() / f"{name}.tbl", build, _encode, _decode)


class CacheDamagedWarning(UserWarning):
    """A cache file failed its checks (header, size or checksum) and was rebuilt from the package."""


def _cached(path: Path, build: Callable, encode: Callable, decode: Callable):
    try:
        data = path.read_bytes()
    except OSError:
        data = None  # absent (or unreadable): built below
    if data is not None:
        table = decode(data)
        if table is not None:
            return table
        warnings.warn(
            f"The cache file {path} is damaged (wrong header, size or checksum); it is rebuilt from the "
            "package's own data. Nothing else is affected.",
            CacheDamagedWarning,
            stacklevel=3,
        )
    table = build()
    data = encode(table)
    if data is None:
        return table
    _write_atomically(path, data)
    decoded = decode(data)  # the same kind of table whether it came from the disk or the package
    return decoded if decoded is not None else table


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


#: The dictionary factory of the current :func:`simplemma_lemmatizer` (a ``Lemmatizer`` takes no attribute).
_factory: _CachedDictionaryFactory | None = None


def simplemma_dictionary(lang: str):
    """simplemma's dictionary of *lang* (word -> lemma; its words are the lexicon of the language), read
    through the dictionaries of :func:`simplemma_lemmatizer`, so it is decoded once."""
    simplemma_lemmatizer()  # sets _factory
    return _factory.get_dictionary(lang)


@functools.lru_cache(maxsize=None)
def simplemma_lemmatizer():
    """A ``simplemma.Lemmatizer`` with simplemma's default strategy, its dictionaries cached
    (its factory is ``_factory``, for :func:`simplemma_dictionary`)."""
    global _factory
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    _factory = _CachedDictionaryFactory()  # replaces the one of an earlier, cleared lemmatizer
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_factory))
