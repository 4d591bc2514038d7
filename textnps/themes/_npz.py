"""Reading ``arrays.npz`` without trusting it: every ``.npy`` header is checked before its data is read.

``np.load`` allocates the array a member's header declares before reading
it, so a 2.4 MB archive can ask for 2.4 GB; it also reads members compressed
with bzip2 or lzma. Here each member must be a stored or deflated ``.npy``
of numbers, booleans or strings (never objects, which need pickle), within
the limits below, with a header that matches the member's size; anything else
raises :class:`~textnps._errors.ModelFileError` naming the file and the member.
See :mod:`textnps.themes.persist` for the model format these arrays belong to.
"""
from __future__ import annotations

import math
import zipfile
import zlib
from pathlib import Path

import numpy as np
from numpy.lib import format as npy_format

from textnps._errors import ModelFileError

__all__ = ["read_arrays", "MAX_ARRAYS", "MAX_ARRAY_ELEMENTS", "MAX_ARRAY_BYTES", "MAX_TOTAL_BYTES", "MAX_RATIO"]

MAX_ARRAYS = 10_000
MAX_ARRAY_ELEMENTS = 50_000_000
MAX_ARRAY_BYTES = 256 * 2**20
MAX_TOTAL_BYTES = 2**30
MAX_RATIO = 200
_RATIO_FROM_BYTES = 4 * 2**20  # small members (padded string arrays) compress far better, harmlessly
_DTYPE_KINDS = "biufcUSM"  # what save_model writes: never objects (pickle) or raw void bytes


def read_arrays(file: Path) -> dict[str, np.ndarray]:
    """The arrays of ``arrays.npz``, each header checked against the limits before its data is read."""
    name = str(file)

    def refuse(problem: str):
        raise ModelFileError(f"The model file {name!r} {problem}. The file was damaged or tampered with; "
                             "save the model again.")

    arrays: dict[str, np.ndarray] = {}
    total = 0
    try:
        with zipfile.ZipFile(file) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ARRAYS:
                refuse(f"holds {len(infos):,} arrays, more than {MAX_ARRAYS:,} (MAX_ARRAYS)")
            for info in infos:
                key = info.filename[:-4] if info.filename.endswith(".npy") else None
                if not key or "/" in key:
                    refuse(f"holds {info.filename!r}, which is not a NumPy array (.npy)")
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    refuse(f"compresses {info.filename!r} with method {info.compress_type}; "
                           "NumPy writes stored or deflated members only")
                if (info.file_size > _RATIO_FROM_BYTES
                        and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                    refuse(f"has {info.filename!r} of {info.compress_size:,} bytes that unpacks to "
                           f"{info.file_size:,} bytes, more than {MAX_RATIO} times (MAX_RATIO)")
                with zf.open(info) as fp:
                    arrays[key] = _read_npy(fp, info, refuse)
                total += arrays[key].nbytes
                if total > MAX_TOTAL_BYTES:
                    refuse(f"holds more than {MAX_TOTAL_BYTES:,} bytes of arrays (MAX_TOTAL_BYTES)")
    except ModelFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        refuse(f"cannot be read as a NumPy .npz archive ({exc})")
    return arrays


def _read_npy(fp, info: zipfile.ZipInfo, refuse) -> np.ndarray:
    version = npy_format.read_magic(fp)
    if version == (1, 0):
        shape, fortran, dtype = npy_format.read_array_header_1_0(fp)
    elif version == (2, 0):
        shape, fortran, dtype = npy_format.read_array_header_2_0(fp)
    else:
        refuse(f"has {info.filename!r} in .npy format version {version}, expected 1.0 or 2.0")
    if dtype.hasobject or dtype.kind not in _DTYPE_KINDS:
        refuse(f"has {info.filename!r} of dtype {dtype} (objects would need pickle, which textnps never loads); "
               "expected numbers, booleans or strings")
    count = math.prod(shape)
    nbytes = count * dtype.itemsize
    if count > MAX_ARRAY_ELEMENTS or nbytes > MAX_ARRAY_BYTES:
        refuse(f"declares {info.filename!r} of shape {shape} and dtype {dtype} ({nbytes:,} bytes), more than "
               f"{MAX_ARRAY_ELEMENTS:,} elements or {MAX_ARRAY_BYTES:,} bytes (MAX_ARRAY_ELEMENTS, "
               "MAX_ARRAY_BYTES)")
    if fp.tell() + nbytes != info.file_size:
        refuse(f"declares {info.filename!r} of shape {shape} ({nbytes:,} bytes of data), but the member holds "
               f"{info.file_size - fp.tell():,} bytes")
    buffer = np.empty(nbytes, dtype=np.uint8)
    view, got = memoryview(buffer), 0
    while got < nbytes:
        n = fp.readinto(view[got:])
        if not n:
            refuse(f"ends inside {info.filename!r} (truncated)")
        got += n
    fp.read(1)  # reach the end of the member, where zipfile checks its CRC
    if not nbytes:
        return np.zeros(shape, dtype=dtype)
    return buffer.view(dtype).reshape(shape, order="F" if fortran else "C")
