"""Build textnps/lang/nordic_names.txt, the first names and surnames the redaction looks for.

The list is derived from names-dataset 3.3.1 (MIT licence, (c) Philippe Remy; first and last names by
country, counted from public profiles), which is too heavy to be a dependency: its wheel is 56 MB and
loading it takes 20 s and 1.9 GB of memory. Its top lists miss some of the most common names
("Ingrid", "Nora"), so the curated first names and surnames of Faker's sv_SE, da_DK and no_NO person
providers (Faker 40, MIT licence) are added, all of them. We keep, per country (SE, DK, NO), the 1,000 most common
first names of each gender and the 1,500 most common surnames, lower-cased, and drop entries that are
ordinary words rather than names: a word at least as frequent as zipf 4.0 in Swedish, Danish or Norwegian
text (wordfreq) unless it is among the 150 most common names of a country ("hans", "per", "bo" stay; they
are handled by the languages' NAME_WORDS). The result is about 60 kB and loads in a few milliseconds.

Run (needs ``pip install names-dataset==3.3.1 faker==40.63.0``, not dependencies of textnps)::

    python benchmarks/build_names.py
"""
from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "textnps" / "lang" / "nordic_names.txt"
COUNTRIES = ("SE", "DK", "NO")
N_FIRST, N_LAST, KEEP_RANK, MAX_ZIPF = 1000, 1500, 150, 4.0
_NAME = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")
#: Entries of the data set that are not names (country codes, words typed into a name field).
NOT_NAMES = frozenset({
    "dk", "se", "no", "sweden", "denmark", "norway", "norge", "sverige", "danmark", "förnamn", "efternamn",
    "fornavn", "efternavn", "etternavn", "hej", "hejsan", "hei", "frk", "fru", "herr", "hr",
    # companies and towns that the data set holds as surnames
    "falck", "matas", "saxo", "ørsted", "avesta", "kista", "falkenberg", "frogner", "askim", "thisted", "alm",
    "brand", "tryg", "codan", "gjensidige", "topdanmark", "lb", "gf",
    # English and Nordic words that start sentences or titles more often than they name someone
    "love", "ville", "my", "edit", "may", "will", "bill", "mark", "rose", "sky", "star", "king",
})


def build() -> dict[str, set[str]]:
    import wordfreq
    from names_dataset import NameDataset

    nd = NameDataset()
    ranks: dict[str, dict[str, int]] = {"first": {}, "last": {}}
    for country in COUNTRIES:
        by_gender = nd.get_top_names(n=N_FIRST, use_first_names=True, country_alpha2=country)[country]
        lists = {"first": [n for names in by_gender.values() for n in names[:N_FIRST]]}
        lists["last"] = nd.get_top_names(n=N_LAST, use_first_names=False, country_alpha2=country)[country]
        for kind, names in lists.items():
            seen: dict[str, int] = {}
            for rank, name in enumerate(names if kind == "last" else sorted(names, key=lambda n: min(
                    (i for g in by_gender.values() for i, m in enumerate(g) if m == n)))):
                seen.setdefault(name.lower(), rank)
            for name, rank in seen.items():
                ranks[kind][name] = min(rank, ranks[kind].get(name, rank))
    out: dict[str, set[str]] = {"first": set(), "last": set()}
    for kind, table in ranks.items():
        for name, rank in table.items():
            if not _NAME.fullmatch(name) or name in NOT_NAMES:
                continue
            zipf = max(wordfreq.zipf_frequency(name, lang) for lang in ("sv", "da", "nb"))
            if "-" not in name and zipf >= MAX_ZIPF and rank >= KEEP_RANK:
                continue
            out[kind].add(name)
    out["first"] |= {n for n, kind in _faker_names() if kind == "first"}
    out["last"] |= {n for n, kind in _faker_names() if kind == "last"}
    return out


def _faker_names() -> set[tuple[str, str]]:
    import importlib

    names = set()
    for locale in ("sv_SE", "da_DK", "no_NO"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, kind in (("first_names_male", "first"), ("first_names_female", "first"), ("last_names", "last")):
            names |= {(n.lower(), kind) for n in getattr(provider, attr) if _NAME.fullmatch(n.lower())}
    return {(n, k) for n, k in names if n not in NOT_NAMES}


def main() -> None:
    names = build()
    lines = [f"{name}\t{kind[0]}" for kind in ("first", "last") for name in sorted(names[kind])]
    OUT.write_text(
        "# First (f) and last (l) names of Sweden, Denmark and Norway, derived from names-dataset 3.3.1\n"
        "# (MIT licence, (c) Philippe Remy) by benchmarks/build_names.py: see there.\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    print(f"{OUT}: {len(names['first'])} first names, {len(names['last'])} surnames")


if __name__ == "__main__":
    main()
