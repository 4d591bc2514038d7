"""Damaged and tampered model folders fail with ModelFileError naming the file, for all three saved models.

Each model is fitted here on tiny sv/da/nb comments, saved, copied, and then
damaged one way: bad JSON, deep nesting, an unknown array reference, a missing
entry, an unknown parameter, a wrong dtype or shape, a pickled array, a
truncated zip, a decompression bomb, an unsafe token pattern ...
"""
from __future__ import annotations

import io
import json
import shutil
import zipfile

import numpy as np
import pandas as pd
import pytest
from numpy.lib import format as npy_format

from discover_corpus import planted_frame
from textnps._errors import ModelFileError
from textnps.themes import _npz, persist
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.discover.discoverer import ThemeDiscoverer
from textnps.themes.codebook.frame import refiner_frame
from textnps.themes.codebook.refiner import ThemeRefiner
from textnps.themes.codebook.terms import tokenize

COMMENTS = {
    "sv": (["musiken var för hög", "skön musik i butiken"], ["trevlig personal", "dyrt pris", "fakturan var fel"]),
    "da": (["musikken var for høj", "god musik i butikken"], ["venligt personale", "dyr pris", "regningen var forkert"]),
    "nb": (["musikken var for høy", "fin musikk i butikken"], ["hyggelig personale", "dyr pris", "fakturaen var feil"]),
}


def _coded_frame() -> pd.DataFrame:
    texts, codes, langs = [], [], []
    for i in range(60):
        lang = ("sv", "da", "nb")[i % 3]
        music, other = COMMENTS[lang]
        if i % 3 == 0:
            texts.append(music[i % 2] + f" nummer{i % 5}")
            codes.append("product")
        else:
            texts.append(other[i % 3] + f" nummer{i % 5}")
            codes.append("" if i % 2 else np.nan)
        langs.append(lang)
    lemmas = [" ".join(t for t in tokenize(x) if t[:1].isalnum()) for x in texts]
    return pd.DataFrame({"text_clean": texts, "lemmas": lemmas, "lang": langs, "informative": True, "codes": codes})


def _refiner() -> ThemeRefiner:
    themes = ["price", "staff_service", "product"]
    kinds = [("dyrt pris", [1, 0, 0]), ("trevlig personal", [0, 1, 0]), ("musiken var hög", [0, 0, 1]),
             ("venligt personale", [0, 1, 0]), ("dyr pris", [1, 0, 0]), ("musikken var for høy", [0, 0, 1])]
    lemmas = [kinds[i % 6][0] + f" ord{i % 4}" for i in range(60)]
    Y = np.array([kinds[i % 6][1] for i in range(60)])
    seeds = Y.astype(float) * (np.arange(60) % 2)[:, None]
    return ThemeRefiner(cv=3).fit(refiner_frame(lemmas, seeds, np.maximum(seeds * 0.9, 0.05), themes), Y)


#: kind -> (loader, an array entry whose shape the loader checks and the state key holding it)
LOADERS = {
    "classifier": (lambda p: ThemeClassifier.load(p, progress=False), "coef"),
    "refiner": (ThemeRefiner.load, "coef"),
    "discoverer": (ThemeDiscoverer.load, "idf"),
}


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("models")
    ThemeClassifier(progress=False, refiner=None, labels_col="codes").fit(_coded_frame()).save(root / "classifier")
    _refiner().save(root / "refiner")
    ThemeDiscoverer(n_themes=3, progress=False).fit(planted_frame(n_per_cell=8)).save(root / "discoverer")
    return {kind: root / kind for kind in LOADERS}


def _json(folder):
    return json.loads((folder / persist.MODEL_FILE).read_text(encoding="utf-8"))


def _write_json(folder, payload):
    (folder / persist.MODEL_FILE).write_text(json.dumps(payload), encoding="utf-8")


def _arrays(folder) -> dict:
    with np.load(folder / persist.ARRAYS_FILE, allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files}


def _ref(folder, key):
    """The arrays.npz key of the state entry *key*."""
    return _json(folder)["state"][key][persist._ARRAY_TAG]


def _replace_array(folder, key, value):
    arrays = _arrays(folder)
    arrays[_ref(folder, key)] = value
    np.savez_compressed(folder / persist.ARRAYS_FILE, **arrays)


def _edit_state(change):
    def tamper(folder, key):
        payload = _json(folder)
        change(payload["state"], key)
        _write_json(folder, payload)
    return tamper


def _first_ref(state):
    stack = [state]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if persist._ARRAY_TAG in item:
                return item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _unknown_ref(state, key):
    _first_ref(state)[persist._ARRAY_TAG] = "a999"


def _deep(depth):
    def tamper(folder, key):
        payload = _json(folder)
        payload["state"]["params"]["nested"] = "NESTED"
        text = json.dumps(payload).replace('"NESTED"', "[" * depth + "]" * depth)
        (folder / persist.MODEL_FILE).write_text(text, encoding="utf-8")
    return tamper


def _raw_npz(folder, members: dict[str, bytes], *, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(folder / persist.ARRAYS_FILE, "w", compression=method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _npy_header(shape, dtype="<f8") -> bytes:
    buffer = io.BytesIO()
    npy_format.write_array_header_1_0(buffer, {"descr": dtype, "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def _huge_header(folder, key):
    """A 40-byte member whose header declares a 2.4 GB array (what np.load would allocate)."""
    members = {f"{k}.npy": npy_format_bytes(v) for k, v in _arrays(folder).items()}
    members[f"{_ref(folder, key)}.npy"] = _npy_header((300_000_000,)) + b"\0" * 16
    _raw_npz(folder, members)


def npy_format_bytes(array) -> bytes:
    buffer = io.BytesIO()
    npy_format.write_array(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def _bomb(folder, key):
    """A member of 6 MB of zeros that deflates to a few kB (a ratio far above MAX_RATIO)."""
    members = {f"{k}.npy": npy_format_bytes(v) for k, v in _arrays(folder).items()}
    members[f"{_ref(folder, key)}.npy"] = npy_format_bytes(np.zeros(750_000))
    _raw_npz(folder, members)


def _short_member(folder, key):
    """A header that declares more data than the member holds."""
    members = {f"{k}.npy": npy_format_bytes(v) for k, v in _arrays(folder).items()}
    members[f"{_ref(folder, key)}.npy"] = _npy_header((10,)) + b"\0" * 40
    _raw_npz(folder, members)


def _bzip2(folder, key):
    members = {f"{k}.npy": npy_format_bytes(v) for k, v in _arrays(folder).items()}
    _raw_npz(folder, members, method=zipfile.ZIP_BZIP2)


def _stray_member(folder, key):
    members = {f"{k}.npy": npy_format_bytes(v) for k, v in _arrays(folder).items()}
    members["../evil.py"] = b"print('x')"
    _raw_npz(folder, members)


def _truncate(name):
    def tamper(folder, key):
        data = (folder / name).read_bytes()
        (folder / name).write_bytes(data[: len(data) // 2])
    return tamper


def _pickled(folder, key):
    arrays = _arrays(folder)
    arrays[_ref(folder, key)] = np.array([{"evil": 1}], dtype=object)
    np.savez(folder / persist.ARRAYS_FILE, allow_pickle=True, **arrays)


def _wrong_shape(folder, key):
    value = _arrays(folder)[_ref(folder, key)]
    _replace_array(folder, key, np.concatenate([value, value[..., :1]], axis=-1))


def _wrong_dtype(folder, key):
    value = _arrays(folder)[_ref(folder, key)]
    _replace_array(folder, key, np.full(value.shape, "x", dtype=str))


def _bad_float(state, key):
    state["params"]["bogus_float"] = {"__float__": "__import__('os')"}


TAMPERINGS = [
    ("bad json", _truncate(persist.MODEL_FILE), r"model\.json' is not valid JSON"),
    ("deep json", _deep(100_000), r"model\.json' is nested more than 32 levels deep"),
    ("nested json", _deep(40), r"model\.json' is nested more than 32 levels deep"),
    ("unknown array", _edit_state(_unknown_ref), r"model\.json' refers to array 'a999' at 'state\..*', which is not"),
    ("missing key", _edit_state(lambda s, k: s.pop(k)), r"model\.json' has no entry 'state\.(coef|idf)'"),
    ("unknown param", _edit_state(lambda s, k: s["params"].update(foo=1)),
     r"model\.json' has the unknown parameter 'foo'; Theme(Classifier|Refiner|Discoverer) takes \["),
    ("bad float", _edit_state(_bad_float), r"model\.json' has \{'__float__': .*\} at 'state\.params\.bogus_float'"),
    ("wrong shape", _wrong_shape, r"model\.json': entry '(coef|idf)' has shape \(\d+, \d+\)|has shape \(\d+,\)"),
    ("wrong dtype", _wrong_dtype, r"model\.json' does not hold a valid Theme\w+ state \(ValueError: could not convert"),
    ("pickled array", _pickled, r"arrays\.npz' has 'a\d+\.npy' of dtype object \(objects would need pickle"),
    ("truncated zip", _truncate(persist.ARRAYS_FILE), r"arrays\.npz' cannot be read as a NumPy \.npz archive"),
    ("huge header", _huge_header, r"arrays\.npz' declares 'a\d+\.npy' of shape \(300000000,\) and dtype float64 "
                                  r"\(2,400,000,000 bytes\), more than"),
    ("bomb", _bomb, r"arrays\.npz' has 'a\d+\.npy' of \d[\d,]* bytes that unpacks to 6,000,128 bytes, more than 200"),
    ("short member", _short_member, r"declares 'a\d+\.npy' of shape \(10,\) \(80 bytes of data\), but the member "
                                    r"holds 40 bytes"),
    ("bzip2", _bzip2, r"arrays\.npz' compresses 'a\d+\.npy' with method 12; NumPy writes stored or deflated"),
    ("stray member", _stray_member, r"arrays\.npz' holds '\.\./evil\.py', which is not a NumPy array"),
]


@pytest.mark.parametrize("kind", list(LOADERS))
@pytest.mark.parametrize(("how", "tamper", "match"), TAMPERINGS, ids=[t[0] for t in TAMPERINGS])
def test_tampered_model_fails_clearly(tmp_path, saved, kind, how, tamper, match):
    load, key = LOADERS[kind]
    folder = shutil.copytree(saved[kind], tmp_path / kind)
    load(folder)  # the untouched copy loads
    tamper(folder, key)
    with pytest.raises(ModelFileError, match=match) as info:
        load(folder)
    assert isinstance(info.value, ValueError) and str(folder) in str(info.value)


def _vectorizer_entry(kind):
    return {"classifier": ("word",), "refiner": ("features", "words")}[kind]


def _vectorizer_state(payload, kind):
    entry = payload["state"]
    for key in _vectorizer_entry(kind):
        entry = entry[key]
    return entry


@pytest.mark.parametrize("kind", ["classifier", "refiner"])
@pytest.mark.parametrize(("pattern", "match"), [
    ("(a+)+b", r"token_pattern '\(a\+\)\+b' has a quantified group inside a quantifier"),
    ("x" * 500, r"token_pattern 'x{60}' has 500 characters, more than the 200 allowed"),
    (12, r"token_pattern '12' is a int, expected a str"),
    ("([a-z]", r"token_pattern '\(\[a-z\]' is not a regular expression"),
    ("(a)(b)", r"token_pattern '\(a\)\(b\)' has more than one capturing group"),
])
def test_token_pattern_is_validated(tmp_path, saved, kind, pattern, match):
    load, _ = LOADERS[kind]
    folder = shutil.copytree(saved[kind], tmp_path / kind)
    payload = _json(folder)
    _vectorizer_state(payload, kind)["token_pattern"] = pattern
    _write_json(folder, payload)
    with pytest.raises(ModelFileError, match=match):
        load(folder)


@pytest.mark.parametrize(("entry", "value", "match"), [
    ("analyzer", "python", r"\.analyzer is 'python', expected one of \['word', 'char', 'char_wb'\]"),
    ("ngram_range", [1, 99], r"\.ngram_range is \[1, 99\], expected \[low, high\] with 1 <= low"),
    ("dtype", "object", r"\.dtype is 'object', expected one of \['float32', 'float64'\]"),
])
def test_vectorizer_values_are_validated(tmp_path, saved, entry, value, match):
    folder = shutil.copytree(saved["refiner"], tmp_path / "refiner")
    payload = _json(folder)
    _vectorizer_state(payload, "refiner")[entry] = value
    _write_json(folder, payload)
    with pytest.raises(ModelFileError, match=match):
        ThemeRefiner.load(folder)


def test_json_size_limit(tmp_path, saved, monkeypatch):
    folder = shutil.copytree(saved["discoverer"], tmp_path / "d")
    monkeypatch.setattr(persist, "MAX_JSON_BYTES", 100)
    with pytest.raises(ModelFileError, match=r"model\.json' is [\d,]+ bytes, more than the 100 a textnps model"):
        ThemeDiscoverer.load(folder)


def test_total_size_limit(tmp_path, saved, monkeypatch):
    folder = shutil.copytree(saved["classifier"], tmp_path / "c")
    monkeypatch.setattr(_npz, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(ModelFileError, match=r"arrays\.npz' holds more than 1,000 bytes of arrays"):
        ThemeClassifier.load(folder, progress=False)


def test_refiner_inside_a_classifier_is_checked_too(tmp_path):
    model = ThemeClassifier(progress=False, refiner="auto", labels_col="codes").fit(_coded_frame())  # nordic-cx's
    model.save(tmp_path / "m")
    payload = _json(tmp_path / "m")
    del payload["state"]["refiner"]["threshold"]
    _write_json(tmp_path / "m", payload)
    with pytest.raises(ModelFileError, match=r"model\.json' has no entry 'state\.refiner\.threshold'"):
        ThemeClassifier.load(tmp_path / "m", progress=False)


@pytest.mark.slow
def test_a_real_decompression_bomb_is_refused_before_it_is_unpacked(tmp_path, saved):
    """A ~2.4 MB arrays.npz holding a 2.4 GB array of zeros (what np.load would allocate and inflate)."""
    import resource

    folder = shutil.copytree(saved["discoverer"], tmp_path / "d")
    arrays = _arrays(folder)
    bomb = _ref(folder, "idf")
    with zipfile.ZipFile(folder / persist.ARRAYS_FILE, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key, value in arrays.items():
            if key != bomb:
                zf.writestr(f"{key}.npy", npy_format_bytes(value))
        with zf.open(f"{bomb}.npy", "w", force_zip64=True) as fp:
            fp.write(_npy_header((300_000_000,)))
            zeros = bytes(2**24)
            for _ in range(2_400_000_000 // len(zeros)):
                fp.write(zeros)
            fp.write(bytes(2_400_000_000 % len(zeros)))
    assert (folder / persist.ARRAYS_FILE).stat().st_size < 5 * 2**20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ModelFileError, match=r"unpacks to 2,400,000,128 bytes, more than 200 times"):
        ThemeDiscoverer.load(folder)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000  # kB: nothing big was allocated
