"""Codebooks: the themes an analyst reports on, with seed terms per language.

A codebook is a YAML file::

    format_version: 1            # required; this textnps reads version 1
    name: nordic-cx              # required
    version: "1.0.0"             # the codebook's own version, free text
    description: ...             # optional
    themes:                      # required, a list
      - id: price                # required: lower case, digits, underscores
        labels: {sv: Pris, da: Pris, no: Pris, en: Price}   # optional
        description: price level, value for money, ...      # optional
        parent: null             # optional: id of a top-level theme (two levels)
        seeds:                   # required, per language: sv, da, no (= nb + nn), nb, nn, en
          sv:
            lemmas: [pris*, billig*, dyr]          # single words
            phrases: [valuta för pengarna]         # several words in a row
            patterns: ['\\d+ ?kr']                 # Python regular expressions
            judged: [kampanj*]                     # words that may only name a thing: they
                                                   # count only when judged (see below)
        exclude:                 # optional, per language: phrases that never count
          sv: [prisa sig lycklig]
        not_with: [delivery]     # optional: seeds in a clause that matches one of these
                                 # themes do not count (speed words about delivery
                                 # are not response_time)
        polarity:                # optional, per language: the theme's own sentiment words
          sv: {positive: [låg*], negative: [hög, höga, höjd*]}
    subthemes:                   # optional: finer reasons below the themes, a list
      - id: sales_contact        # required: as a theme id, and no theme's id
        parent: communication    # required: the theme it is listed under
        labels: {sv: Säljsamtal} # optional; description, seeds, exclude as for themes
        seeds: {sv: {phrases: [ringer och säljer]}}

Seed words may carry wildcards: ``word*`` (starts with), ``*word`` (ends with), ``*word*``
(contains), and ``*`` alone is any one word inside a phrase (see :mod:`textnps.themes.codebook.terms`).
Words are matched on the comment's lower-cased words and on its lemmas; patterns on its
lower-cased text. A comment matching a sub-theme also gets its parent theme.

``judged`` terms (words or phrases, same notation) name something a comment may only mention as
context: ``ringde kundtjänst`` says which department was called, ``kundtjänst svarar aldrig`` is
about speed. They count only when a sentiment word or negator (:mod:`textnps.lang`) stands within
five words of them in the same clause and is no seed of another theme there (the catch-all theme
``general`` aside): ``trevlig kundtjänst`` counts, ``kundtjänst svarade snabbt`` does not
(``snabbt`` judges the speed). The YAML key ``no`` is read as the language code, not as a boolean.

:func:`load_codebook` checks the whole file and reports *every* problem with its line: unknown keys
(with a close match), duplicate ids, themes without seeds, bad terms and patterns, unknown parents,
a format version it does not read.

``subthemes`` do not change the themes: :mod:`textnps.themes.codebook.subthemes` finds them by their
own seeds (a ``subthemes`` column besides ``themes``), and the codebook's :attr:`Codebook.fingerprint`
leaves the ``subthemes`` block out, so editing a sub-theme keeps the refiner trained for the themes.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from textnps._errors import InputError, close_match_hint
from textnps._resources import models_dir, shipped_models
from textnps.themes.codebook.terms import term_problem
from textnps.themes.codebook.yaml_nodes import NodeReader, kind

__all__ = ["Codebook", "Theme", "Seeds", "CodebookError", "load_codebook", "available_codebooks",
           "FORMAT_VERSION", "SEED_LANGUAGES"]

FORMAT_VERSION = 1
#: Language keys of ``seeds``/``exclude``; ``no`` counts for both nb and nn.
SEED_LANGUAGES = ("sv", "da", "no", "nb", "nn", "en")
LABEL_LANGUAGES = ("sv", "da", "no", "nb", "nn", "en")
_TOP_KEYS = ("format_version", "name", "version", "description", "themes", "subthemes")
_THEME_KEYS = ("id", "labels", "description", "parent", "seeds", "exclude", "not_with", "polarity")
_SUBTHEME_KEYS = ("id", "labels", "description", "parent", "seeds", "exclude")
_POLARITY_KEYS = ("positive", "negative")
_SEED_KEYS = ("lemmas", "phrases", "patterns", "judged")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
#: libyaml's loader when PyYAML has it (the same nodes and marks, ~20x faster than the pure-Python one).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: The shipped codebooks, ``<name>/codebook.yaml`` (the top-level models/ folder; see textnps/_resources.py).
_MODELS = models_dir()


class CodebookError(InputError):
    """A codebook file has problems; ``problems`` lists them, each with its line."""

    def __init__(self, source: str, problems: list[str]):
        self.problems = list(problems)
        n = len(problems)
        super().__init__(
            f"The codebook {source} has {n} problem{'s' if n != 1 else ''}:\n  " + "\n  ".join(problems)
        )


@dataclass(frozen=True)
class Seeds:
    """Seed terms of one theme in one language."""

    lemmas: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    #: words or phrases that count only where the comment judges them (see the module docstring)
    judged: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        return self.lemmas + self.phrases


@dataclass(frozen=True)
class Theme:
    """One theme of a codebook."""

    id: str
    labels: dict[str, str] = field(default_factory=dict)
    description: str = ""
    parent: str | None = None
    seeds: dict[str, Seeds] = field(default_factory=dict)
    exclude: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_with: tuple[str, ...] = ()
    #: ``{lang: {"positive": terms, "negative": terms}}``
    polarity: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def label(self, lang: str = "en") -> str:
        """The theme's label in *lang* (``nb``/``nn`` fall back to ``no``), else its id."""
        for key in (lang, "no" if lang in ("nb", "nn") else None, "en"):
            if key and key in self.labels:
                return self.labels[key]
        return self.id


@dataclass(frozen=True)
class Codebook:
    """A validated codebook. Build one with :func:`load_codebook` (or :meth:`from_yaml`)."""

    name: str
    version: str
    themes: tuple[Theme, ...]
    description: str = ""
    source: str = "<string>"
    text: str = field(default="", repr=False)
    #: finer reasons below the themes (each with a ``parent`` theme); see :mod:`textnps.themes.codebook.subthemes`
    subthemes: tuple[Theme, ...] = ()
    #: the YAML text without its ``subthemes`` block: what :attr:`fingerprint` hashes
    theme_text: str | None = field(default=None, repr=False)

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the YAML text without its ``subthemes`` block: a saved model records it to detect
        another codebook (sub-themes are found after the themes, so they do not change a model)."""
        text = self.text if self.theme_text is None else self.theme_text
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def __len__(self) -> int:
        return len(self.themes)

    def __iter__(self):
        return iter(self.themes)

    def __getitem__(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(f"No theme {theme_id!r} in codebook {self.name!r}." + close_match_hint(theme_id, self.ids))

    def _repr_html_(self) -> str:
        from textnps._repr import codebook_html

        return codebook_html(self)

    def children(self, theme_id: str) -> list[str]:
        return [t.id for t in self.themes if t.parent == theme_id]

    def labels(self, lang: str = "en") -> dict[str, str]:
        """``{theme_id: label}`` in *lang*."""
        return {t.id: t.label(lang) for t in self.themes}

    @classmethod
    def from_yaml(cls, text: str, *, source: str = "<string>") -> Codebook:
        """Parse and validate YAML *text*; raise :class:`CodebookError` listing every problem."""
        return _Reader(text, source).read()


def available_codebooks() -> list[str]:
    """Names of the codebooks shipped inside textnps (``nordic-cx``)."""
    return shipped_models()


def codebook_folder(codebook: Codebook) -> Path | None:
    """The folder a codebook was read from (where its trained artefacts live), or None for one parsed from a string."""
    if codebook.source in available_codebooks():
        return _MODELS / codebook.source
    path = Path(codebook.source)
    return path.parent if path.is_file() else None


def load_codebook(name_or_path) -> Codebook:
    """Load a codebook by name (``"nordic-cx"``), from a YAML file, or from a folder holding ``codebook.yaml``.

    A :class:`Codebook` is returned unchanged. Raises :class:`CodebookError`
    with every problem of the file, or :class:`InputError` when nothing is found.
    """
    if isinstance(name_or_path, Codebook):
        return name_or_path
    key = str(name_or_path)
    names = available_codebooks()
    if key in names:
        text = (_MODELS / key / "codebook.yaml").read_text(encoding="utf-8")
        return Codebook.from_yaml(text, source=key)
    path = Path(key).expanduser()
    if path.is_dir():
        path = path / "codebook.yaml"
    if not path.is_file():
        raise InputError(
            f"Codebook {key!r} not found: expected the name of a shipped codebook {names}, a YAML file, "
            f"or a folder with codebook.yaml." + close_match_hint(key, names)
        )
    return Codebook.from_yaml(path.read_text(encoding="utf-8"), source=str(path))


class _Reader(NodeReader):
    """Walks the YAML node tree (which keeps line numbers) and collects problems."""

    def read(self) -> Codebook:
        try:
            root = yaml.compose(self.text, Loader=_LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}: " if mark is not None else ""
            raise CodebookError(self.source, [f"{where}not valid YAML ({getattr(exc, 'problem', exc)})"]) from None
        top = self.mapping(root, _TOP_KEYS, "the top level")
        if top is None:
            raise CodebookError(self.source, self.problems or ["the file is empty: expected a mapping"])
        for key in ("format_version", "name", "themes"):
            if key not in top:
                self.problem(root, f"missing required key {key!r}")
        if "format_version" in top:
            node = top["format_version"][1]
            if self.scalar(node) != str(FORMAT_VERSION):
                self.problem(node, f"format_version is {self.scalar(node)!r}, but this textnps reads "
                                   f"format_version {FORMAT_VERSION}")
        themes = self.themes(top["themes"][1]) if "themes" in top else []
        self.check_parents(themes)
        subthemes, theme_text = (), None
        if "subthemes" in top:
            key, value = top["subthemes"]
            subthemes = tuple(self.subthemes(value, {t.id: t for t, _ in themes}))
            cut = self.text[:key.start_mark.index] + self.text[value.end_mark.index:]
            theme_text = cut.rstrip() + "\n"
        if self.problems:
            raise CodebookError(self.source, self.problems)
        return Codebook(
            name=self.text_of(top, "name"), version=self.text_of(top, "version", "0"),
            description=self.text_of(top, "description").strip(), source=self.source, text=self.text,
            themes=tuple(theme for theme, _ in themes), subthemes=subthemes, theme_text=theme_text,
        )

    # -- themes ------------------------------------------------------------
    def themes(self, node) -> list[tuple[Theme, object]]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"'themes' must be a list of themes (- id: ...), got {kind(node)}")
            return []
        if not node.value:
            self.problem(node, "'themes' is empty: a codebook needs at least one theme")
        out, seen = [], {}
        for i, theme_node in enumerate(node.value):
            theme = self.theme(theme_node, i)
            if theme is None:
                continue
            if theme.id in seen:
                self.problem(theme_node, f"duplicate theme id {theme.id!r} (first defined on line {seen[theme.id]})")
                continue
            seen[theme.id] = theme_node.start_mark.line + 1
            out.append((theme, theme_node))
        return out

    def subthemes(self, node, themes: dict) -> list[Theme]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"'subthemes' must be a list of sub-themes (- id: ...), got {kind(node)}")
            return []
        out, seen = [], {}
        for i, sub_node in enumerate(node.value):
            sub = self.theme(sub_node, i, noun="sub-theme", keys=_SUBTHEME_KEYS)
            if sub is None:
                continue
            if sub.id in themes or sub.id in seen:
                self.problem(sub_node, f"sub-theme id {sub.id!r} is already the id of a "
                                       f"{'theme' if sub.id in themes else 'sub-theme'}")
            elif sub.parent not in themes:
                self.problem(sub_node, f"sub-theme {sub.id!r} needs a 'parent' among the theme ids; got "
                                       f"{sub.parent!r}." + close_match_hint(str(sub.parent), list(themes)))
            else:
                seen[sub.id] = True
                out.append(sub)
        return out

    def theme(self, node, i: int, *, noun: str = "theme", keys=_THEME_KEYS) -> Theme | None:
        m = self.mapping(node, keys, f"{noun} #{i + 1}")
        if m is None:
            return None
        theme_id = self.scalar(m["id"][1]) if "id" in m else None
        where = f"{noun} {theme_id!r}" if theme_id else f"{noun} #{i + 1}"
        if theme_id is None:
            self.problem(node, f"{where} has no 'id'")
            return None
        if not _ID_RE.match(theme_id):
            self.problem(m["id"][1], f"{noun} id {theme_id!r} must be lower-case letters, digits and '_', "
                                     "starting with a letter")
        labels = {}
        if "labels" in m:
            lm = self.mapping(m["labels"][1], LABEL_LANGUAGES, f"the labels of {where}") or {}
            labels = {k: self.scalar(v) or "" for k, (_, v) in lm.items()}
        seeds = self.seeds(m["seeds"][1], where) if "seeds" in m else {}
        if "seeds" not in m:
            self.problem(node, f"{where} has no 'seeds': give seed terms in at least one language")
        elif not any(s.terms or s.patterns or s.judged for s in seeds.values()):
            self.problem(m["seeds"][1], f"{where} has empty seeds: give at least one lemma, phrase or pattern")
        exclude = {}
        if "exclude" in m:
            em = self.mapping(m["exclude"][1], SEED_LANGUAGES, f"the exclusions of {where}") or {}
            for lang, (_, value) in em.items():
                exclude[lang] = tuple(self.terms(value, f"{where}: exclude.{lang}"))
        parent = self.scalar(m["parent"][1]) if "parent" in m else None
        not_with = tuple(v for v, _ in self.string_list(m["not_with"][1], f"{where}: not_with")) if "not_with" in m else ()
        polarity = {}
        if "polarity" in m:
            pm = self.mapping(m["polarity"][1], SEED_LANGUAGES, f"the polarity words of {where}") or {}
            for lang, (_, value) in pm.items():
                words = self.mapping(value, _POLARITY_KEYS, f"the {lang} polarity words of {where}") or {}
                polarity[lang] = {k: tuple(self.terms(v, f"{where}: polarity.{lang}.{k}")) for k, (_, v) in words.items()}
        return Theme(id=theme_id, labels=labels, description=" ".join(self.text_of(m, "description").split()),
                     parent=parent, seeds=seeds, exclude=exclude, not_with=not_with, polarity=polarity)

    def seeds(self, node, where) -> dict[str, Seeds]:
        m = self.mapping(node, SEED_LANGUAGES, f"the seeds of {where}") or {}
        out = {}
        for lang, (key_node, value) in m.items():
            sm = self.mapping(value, _SEED_KEYS, f"the {lang} seeds of {where}")
            if sm is None:
                continue
            lists = {}
            for key in _SEED_KEYS:
                check = self.patterns if key == "patterns" else self.terms
                lists[key] = check(sm[key][1], f"{where}: seeds.{lang}.{key}") if key in sm else []
            if not any(lists.values()):
                self.problem(key_node, f"{where}: seeds.{lang} is empty")
            out[lang] = Seeds(*(tuple(lists[k]) for k in _SEED_KEYS))
        return out

    def terms(self, node, where) -> list[str]:
        out = []
        for term, item in self.string_list(node, where):
            bad = term_problem(term)
            if bad:
                self.problem(item, f"{where}: {bad}")
            else:
                out.append(term.lower())
        return out

    def patterns(self, node, where) -> list[str]:
        out = []
        for pattern, item in self.string_list(node, where):
            try:
                re.compile(pattern)
            except re.error as exc:
                self.problem(item, f"{where}: bad regular expression {pattern!r} ({exc})")
            else:
                out.append(pattern)
        return out

    def check_parents(self, themes: list[tuple[Theme, object]]) -> None:
        by_id = {t.id: t for t, _ in themes}
        for theme, node in themes:
            for other in theme.not_with:
                if other not in by_id or other == theme.id:
                    self.problem(node, f"theme {theme.id!r}: not_with names {other!r}, expected another theme id."
                                 + close_match_hint(other, list(by_id)))
            if theme.parent is None:
                continue
            if theme.parent == theme.id:
                self.problem(node, f"theme {theme.id!r} is its own parent")
            elif theme.parent not in by_id:
                self.problem(node, f"theme {theme.id!r} has unknown parent {theme.parent!r}."
                             + close_match_hint(theme.parent, list(by_id)))
            elif by_id[theme.parent].parent is not None:
                self.problem(node, f"theme {theme.id!r} has parent {theme.parent!r}, which has a parent itself; "
                                   "codebooks have two levels")
