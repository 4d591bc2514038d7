"""Decoding survey exports: the encoding of a file, and of each line when a file mixes them.

Nordic exports come as UTF-8 (with or without BOM), UTF-16 or Windows cp1252;
a file appended to by two systems can hold UTF-8 lines and cp1252 lines. Such
a file is decoded line by line (:func:`decode_lines`) with a warning counting
the cp1252 lines, and a streamed file by the codec error handler
:data:`CP1252_FALLBACK`. Nothing is replaced by ``\ufffd`` or dropped.
"""
from __future__ import annotations

import codecs
import warnings
from collections import Counter

from textnps._errors import InputError

__all__ = ["detect_encoding", "decode_export", "decode_lines", "mixes_encodings", "CP1252_FALLBACK",
           "LATIN1_FALLBACK", "cp1252_fallbacks"]


def detect_encoding(data: bytes) -> str:
    """The encoding of a CSV export: BOMs first, then UTF-8 if it decodes, else cp1252.

    cp1252 (Windows Western European, what Excel writes on Nordic Windows) is
    a superset of latin-1's printable range. ``"latin-1"`` means cp1252 does not
    decode every byte; the file is then read as cp1252 with only the five bytes
    cp1252 leaves undefined read as latin-1, so its ``” … –`` survive too.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode_lines(data: bytes) -> tuple[str, int, int]:
    r"""Decode *data* line by line: UTF-8 where a line is UTF-8, else cp1252 (latin-1 for its undefined bytes).

    Returns ``(text, n_lines, n_cp1252)``: the text, its number of lines, and
    how many of them were not UTF-8. An export appended to from two systems
    (one writing UTF-8, one Windows cp1252) is so read right on every line,
    where one encoding for the whole file would leave mojibake or fail.

    >>> decode_lines("för\n".encode("utf-8") + "får\n".encode("cp1252"))
    ('för\nfår\n', 2, 1)
    """
    lines = data.split(b"\n")  # 0x0A is a line feed in UTF-8 and cp1252 alike
    out, n_cp1252 = [], 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            n_cp1252 += 1
            out.append(line.decode("cp1252", errors=LATIN1_FALLBACK))
    n_lines = len(lines) - (lines[-1] == b"")
    return "\n".join(out), n_lines, n_cp1252


def decode_export(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str, int]:
    """The text of the export *data* (called *name* in messages), its encoding, and how many of its lines
    were read as cp1252 in a file that is otherwise UTF-8 (with a warning); *encoding* given: that one, strictly."""
    if encoding:
        try:
            return data.decode(encoding), encoding, 0
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"Could not decode {name!r} as {encoding!r}: {exc}") from exc
    encoding = detect_encoding(data)
    if not mixes_encodings(data, encoding):
        if encoding == "latin-1":  # cp1252 but for a few undefined bytes: keep cp1252's quotes and dashes
            return data.decode("cp1252", errors=LATIN1_FALLBACK), encoding, 0
        return data.decode(encoding), encoding, 0
    text, n_lines, n_cp1252 = decode_lines(data)
    warnings.warn(
        f"{name!r} mixes encodings: {n_cp1252:,} of {n_lines:,} lines are not UTF-8 and were read as cp1252 "
        "(Windows), the others as UTF-8. Check those rows; re-export the file as UTF-8 to avoid this.",
        UserWarning, stacklevel=4)
    return text, "utf-8+cp1252", n_cp1252


#: Name of the codec error handler that reads bytes that are not UTF-8 as cp1252 (for streamed files).
CP1252_FALLBACK = "textnps-cp1252-fallback"
_fallbacks = Counter()


#: Name of the codec error handler that reads the five bytes cp1252 leaves undefined as latin-1 does.
LATIN1_FALLBACK = "textnps-latin1-fallback"


def _cp1252_fallback(exc: UnicodeError):
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _fallbacks["n"] += 1
    return exc.object[exc.start:exc.end].decode("cp1252", errors=LATIN1_FALLBACK), exc.end


def _latin1_fallback(exc: UnicodeError):
    """The bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) as latin-1 reads them."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)
codecs.register_error(LATIN1_FALLBACK, _latin1_fallback)


def cp1252_fallbacks() -> int:
    """How many byte runs :data:`CP1252_FALLBACK` has read as cp1252 so far in this process."""
    return _fallbacks["n"]


def mixes_encodings(data: bytes, encoding: str) -> bool:
    """True when *data*, detected as *encoding*, is UTF-8 on some lines with non-ASCII text and cp1252 on others."""
    return encoding in ("cp1252", "latin-1") and any(
        not line.isascii() and _is_utf8(line) for line in data.split(b"\n"))


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
