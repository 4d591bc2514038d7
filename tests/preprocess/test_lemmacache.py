"""The lemma tables cached on disk give the lemmas of the packages' own tables; a damaged cache is reported and rebuilt,
a stale one is not read."""
from __future__ import annotations

import functools

import pytest

from textnps.lang import get
from textnps.preprocess import lemmacache, tokens

WORDS = {
    "sv": ["kundtjänsten", "tog", "priserna", "försäkringen", "snabbt", "bilarna", "hjälpte", "väntade"],
    "da": ["kundeservicen", "priserne", "forsikringen", "hurtigt", "bilerne", "hjalp", "ventede", "svarede"],
    "nb": ["kundeservicen", "prisene", "forsikringen", "raskt", "bilene", "hjalp", "ventet", "svarte"],
}


def _clear():
    lemmacache.spacy_lemma_table.cache_clear()
    lemmacache.simplemma_lemmatizer.cache_clear()
    tokens._lemmatize.cache_clear()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTNPS_CACHE_DIR", str(tmp_path / "cache"))
    _clear()
    yield tmp_path / "cache"
    _clear()


@functools.lru_cache(maxsize=None)
def _spacy_table(spacy_lang: str):
    from spacy.lookups import load_lookups

    return load_lookups(spacy_lang, ["lemma_lookup"]).get_table("lemma_lookup")


def _reference(word: str, lang: str) -> dict[str, str]:
    """Each lemmatiser's answer through the packages' normal loading path."""
    import simplemma

    out = {"simplemma": simplemma.lemmatize(word, lang=lang)}
    if "spacy" in get(lang).LEMMATIZERS:
        out["spacy"] = _spacy_table(get(lang).SPACY_LANG).get(word)
    return out


def _cached(word: str, lang: str) -> dict[str, str]:
    out = {"simplemma": lemmacache.simplemma_lemmatizer().lemmatize(word, lang)}
    if "spacy" in get(lang).LEMMATIZERS:
        found = lemmacache.spacy_lemma_table(get(lang).SPACY_LANG).get(word.encode())
        out["spacy"] = found.decode() if found is not None else None
    return out


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_cached_tables_give_the_lemmas_of_the_normal_path(cache, lang):
    expected = [_reference(w, lang) for w in WORDS[lang]]
    assert [_cached(w, lang) for w in WORDS[lang]] == expected  # cold: decoded, then written
    assert any(p.name.startswith("simplemma-") and p.name.endswith(f"-{lang}.tbl") for p in cache.iterdir())
    _clear()
    assert [_cached(w, lang) for w in WORDS[lang]] == expected  # warm: read from the cache
    assert any(e["simplemma"] != w for e, w in zip(expected, WORDS[lang]))  # the words do get lemmatised


@pytest.mark.parametrize("lang", sorted(WORDS))
@pytest.mark.parametrize("damage", ["truncate", "flip", "header", "empty"])
def test_damaged_cache_falls_back_to_the_build(cache, lang, damage):
    table = {w.encode(): w[:4].encode() for w in WORDS[lang]}
    calls = []

    def build():
        calls.append(1)
        return dict(table)

    assert lemmacache.cached_table(f"test-{lang}", build) == table
    path = cache / f"test-{lang}.tbl"
    data = path.read_bytes()
    assert lemmacache.cached_table(f"test-{lang}", build) == table and len(calls) == 1  # read back
    damaged = {
        "truncate": data[: len(data) // 2],
        "flip": data[:-3] + bytes([data[-3] ^ 0x01]) + data[-2:],
        "header": b"not a cache\n" + data.partition(b"\n")[2],
        "empty": b"",
    }[damage]
    path.write_bytes(damaged)
    with pytest.warns(lemmacache.CacheDamagedWarning, match=r"test-.*\.tbl is damaged .* rebuilt"):
        assert lemmacache.cached_table(f"test-{lang}", build) == table
    assert len(calls) == 2  # the damaged file was not used and the table built again
    assert path.read_bytes() == data  # and the cache rewritten


def test_unwritable_cache_still_lemmatises(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("TEXTNPS_CACHE_DIR", str(blocker / "cache"))  # a folder under a file cannot exist
    _clear()
    try:
        assert tokens.lemmatize("Priserna", "sv") == _reference("priserna", "sv")["simplemma"].lower()
    finally:
        _clear()


def test_encode_refuses_overlong_entries_and_round_trips():
    assert lemmacache._encode({b"a" * 70_000: b"c"}) is None
    table = {"kundtjänst".encode(): b"x", b"": b"y", b"a\nb": "kundeservice".encode(), b"\xff": b""}
    decoded = lemmacache._decode(lemmacache._encode(table))
    assert decoded == table and dict(decoded) == table and list(decoded) == list(table) and len(decoded) == 4
    assert decoded.get(b"missing") is None and decoded.get(b"missing", b"-") == b"-"
    assert b"" in decoded and "kundtjänst" not in decoded  # keys are bytes
    with pytest.raises(KeyError):
        decoded[b"kundtjanst"]  # no accent folding


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_lemma_table_finds_every_key_among_colliding_slots(lang):
    # 3,000 keys in 6,001 slots: many probe chains; every key and only those are found.
    table = {f"{w}{i}".encode(): f"{i}".encode() for i in range(375) for w in WORDS[lang]}
    decoded = lemmacache._decode(lemmacache._encode(table))
    assert all(decoded.get(k) == v for k, v in table.items())
    assert sum(decoded.get(f"{w}x{i}".encode()) is not None for i in range(375) for w in WORDS[lang]) == 0
    assert lemmacache._decode(lemmacache._encode({})) == {} and lemmacache._decode(lemmacache._encode({})).get(b"a") is None


def test_empty_or_absent_table_and_old_format_are_rebuilt(cache):
    calls = []

    def build():
        calls.append(1)
        return {b"kunde": b"kunde"}

    cache.mkdir(parents=True)
    old = b"textnps-lemma-cache 1 1 0\nkunde\nkunde\n"  # the earlier text format under the new name
    (cache / "old.tbl").write_bytes(old)
    with pytest.warns(lemmacache.CacheDamagedWarning):
        assert lemmacache.cached_table("old", build) == {b"kunde": b"kunde"}
    assert len(calls) == 1 and (cache / "old.tbl").read_bytes().startswith(b"textnps-lemma-table 2 ")


def test_stale_cache_of_another_package_version_is_not_read(cache, monkeypatch):
    # The package version is part of the file name: an upgrade builds its own file.
    built = []

    def fake_loader(lang):
        built.append(lang)
        return {"priserne".encode(): f"pris-{len(built)}".encode()}

    from simplemma.strategies.dictionaries import dictionary_factory

    monkeypatch.setattr(dictionary_factory, "_load_dictionary_from_disk", fake_loader)
    for version in ("1.0", "1.0", "2.0"):
        monkeypatch.setattr(lemmacache, "package_version", lambda package, v=version: v)
        lemmacache.simplemma_lemmatizer.cache_clear()
        lemmacache.simplemma_lemmatizer().lemmatize("priserne", "da")
    assert built == ["da", "da"]  # 1.0 built once then read back; 2.0 built afresh
    assert sorted(p.name for p in cache.iterdir()) == ["simplemma-1.0-da.tbl", "simplemma-2.0-da.tbl"]
    lemmacache.simplemma_lemmatizer.cache_clear()


def _clear_zipf():
    from textnps.preprocess import compounds

    compounds.zipf_table.cache_clear()
    compounds.common_zipf.cache_clear()


@pytest.mark.parametrize("lang", ["sv", "da", "nb"])
def test_cached_zipf_tables_equal_wordfreq(cache, lang):
    import math

    import wordfreq

    from textnps.preprocess import compounds

    reference = {w: math.log10(f) + 9.0 for w, f in wordfreq.get_frequency_dict(lang, wordlist="best").items()}
    _clear_zipf()
    try:
        cold = compounds.zipf_table(lang), compounds.common_zipf(lang)
        assert any(p.name.endswith(f"-{lang}-best-zipf.bin") for p in cache.iterdir())
        _clear_zipf()
        warm = compounds.zipf_table(lang), compounds.common_zipf(lang)
    finally:
        _clear_zipf()
    common = {w: z for w, z in reference.items() if z >= compounds.COMMON_ZIPF}
    for full, small in (cold, warm):
        assert full == reference and list(full) == list(reference)  # same values, bit for bit, same order
        assert small == common and 0 < len(small) <= len(reference)


@pytest.mark.parametrize("lang,words", [
    ("sv", ["kundtjänst", "leveranstid", "bilförsäkring", "leverans", "hemsida"]),
    ("da", ["leveringstid", "kundeservice", "bilforsikring", "tilfreds", "hjemmeside"]),
    ("nb", ["leveringstid", "kundeservice", "bilforsikring", "fornøyd", "nettside"]),
])
def test_compounds_from_the_common_table_equal_the_whole_list(lang, words, monkeypatch):
    from textnps.preprocess import compounds

    small = [compounds.split_compound(w, lang) for w in words]
    monkeypatch.setattr(compounds, "common_zipf", compounds.zipf_table)  # the whole list instead
    assert [compounds.split_compound(w, lang) for w in words] == small
    assert any(small)


@pytest.mark.parametrize("damage", ["truncate", "flip", "header", "empty"])
def test_damaged_float_cache_falls_back_to_the_build(cache, damage):
    table = {"kundtjänst": 3.5, "tid": 5.25, "": 1.0}
    calls = []

    def build():
        calls.append(1)
        return dict(table)

    assert lemmacache.cached_floats("floats", build) == table
    path = cache / "floats.bin"
    data = path.read_bytes()
    assert lemmacache.cached_floats("floats", build) == table and len(calls) == 1
    path.write_bytes({
        "truncate": data[: len(data) // 2],
        "flip": data[:-3] + bytes([data[-3] ^ 0x01]) + data[-2:],
        "header": b"not a cache\n" + data.partition(b"\n")[2],
        "empty": b"",
    }[damage])
    with pytest.warns(lemmacache.CacheDamagedWarning, match=r"floats\.bin is damaged"):
        assert lemmacache.cached_floats("floats", build) == table and len(calls) == 2
    assert path.read_bytes() == data
    assert lemmacache._encode_floats({"a\nb": 1.0}) is None


@pytest.mark.parametrize("lang", ["sv", "da", "nb"])
def test_spacy_stop_words_come_from_the_cache_without_importing_spacy(lang, cache):
    import os
    import subprocess
    import sys

    from spacy.util import get_lang_class

    from textnps.preprocess import stopwords

    spacy_lang = get(lang).SPACY_LANG
    stopwords.spacy_stop_words.cache_clear()
    try:
        assert stopwords.spacy_stop_words(spacy_lang) == frozenset(get_lang_class(spacy_lang).Defaults.stop_words)
    finally:
        stopwords.spacy_stop_words.cache_clear()
    assert list(cache.glob(f"spacy-*-{spacy_lang}-stop_words.tbl"))
    code = ("import sys; from textnps.preprocess.stopwords import spacy_stop_words; "
            f"n = len(spacy_stop_words({spacy_lang!r})); print(n, 'spacy' in sys.modules)")
    env = dict(os.environ, TEXTNPS_CACHE_DIR=str(cache))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(len(get_lang_class(spacy_lang).Defaults.stop_words)), "False"]
