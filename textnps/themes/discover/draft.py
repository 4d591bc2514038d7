"""A codebook draft from discovered themes (``textnps discover ... --codebook-out my.yaml``).

Discovery finds the themes of a new survey; an analyst then keeps, renames and merges them and
classifies later waves with the codebook (:mod:`textnps.themes.codebook.format`), so the ids stay
the same from wave to wave. The draft has one theme per discovered theme:

* ``id``: the theme id and its label's words, ASCII (``t03_ventetid_lang_telefonen``);
* ``labels``: the label in each of the theme's languages (the comments' own words);
* ``seeds``: per language, the lemmas of the theme's heavy top terms in that language (a concept shared
  by the languages, ``=customer_service``, gives each language its own word); negated terms and
  the survey's domain terms (its subject, in every category's comments) are left out;
* ``description``: the theme's size and shares of detractors and promoters, to judge it by.

Every term comes from the fitted vocabulary, which holds no name, rare token or segment value
(:mod:`textnps.themes.discover.fitvocab`).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from sklearn.utils.validation import check_is_fitted

from textnps.themes.discover.nmf_select import top_term_ids
from textnps.themes.discover.vectorize import CONCEPT_MARK, NEG_PREFIX

__all__ = ["codebook_draft", "write_codebook_draft"]

#: A top term becomes a seed only with at least this share of the heaviest term weight of the model:
#: the long tail of a theme's vector would make its seeds match every comment.
_MIN_WEIGHT = 0.2
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ß": "ss"})
_NOT_ID = re.compile(r"[^a-z0-9]+")
#: The seed language key of a row language code.
_SEED_KEY = {"sv": "sv", "da": "da", "no": "no", "nb": "nb", "nn": "nn", "en": "en"}


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _NOT_ID.sub("_", folded).strip("_")


def _seed_lemmas(tokens: list[str], lang: str, maps: dict) -> list[str]:
    by_concept: dict[str, list[str]] = {}
    for lemma, token in maps.get({"no": "nb"}.get(lang, lang), {}).items():
        by_concept.setdefault(token, []).append(lemma)
    out: list[str] = []
    for tok in tokens:
        words = sorted(by_concept.get(tok, []))[:2] if tok.startswith(CONCEPT_MARK) else [tok]
        out += [w for w in words if w not in out]
    return out


def codebook_draft(model, *, name: str = "discovered") -> str:
    """The YAML text of a codebook draft (format version 1) from a fitted ``ThemeDiscoverer``."""
    check_is_fitted(model, "themes_")
    domain = set(getattr(model, "domain_terms_", []))
    rows = model.themes_.set_index("theme_id")
    themes = []
    for group, h in model.components_.items():
        for theme_id, ids in zip(model.theme_ids_[group], top_term_ids(h, model.n_terms)):
            row = rows.loc[theme_id]
            ids = [i for i in ids if h[list(model.theme_ids_[group]).index(theme_id), i] >= _MIN_WEIGHT * h.max()]
            tokens = [str(model.vocabulary_[i]) for i in ids]
            tokens = [t for t in tokens if not t.startswith(NEG_PREFIX) and t not in domain and h.size]
            langs = [c for c in str(row["languages"]).split(",") if c in _SEED_KEY] or ["sv", "da", "no"]
            seeds = {}
            for lang in langs:
                lemmas = _seed_lemmas(tokens, lang, model.concept_maps_)
                if lemmas:
                    seeds[_SEED_KEY[lang]] = {"lemmas": lemmas}
            if not seeds:
                continue  # a theme of negated terms only: nothing a classifier could match
            label = str(row["label"]).replace(" · ", ", ")
            share = {c: row[f"share_{c}"] for c in ("detractor", "promoter")}
            themes.append({
                "id": _slug(f"{theme_id} {row['label']}")[:60].rstrip("_"),
                "labels": {_SEED_KEY[lang]: label for lang in langs},
                "description": (f"Discovered ({group}): {int(row['n'])} comments"
                                + "".join(f", {v:.0%} of {c}s" for c, v in share.items() if v == v)),
                "seeds": seeds,
            })
    book = {"format_version": 1, "name": name, "version": "0.1.0-draft",
            "description": "Draft from textnps discover: review the themes, rename, merge and add seeds.",
            "themes": themes}
    return yaml.safe_dump(book, allow_unicode=True, sort_keys=False, width=100)


def write_codebook_draft(model, path, *, name: str | None = None) -> Path:
    """Write :func:`codebook_draft` of *model* to *path* (UTF-8); the name defaults to the file's stem."""
    path = Path(path)
    path.write_text(codebook_draft(model, name=name or _slug(path.stem) or "discovered"), encoding="utf-8")
    return path
