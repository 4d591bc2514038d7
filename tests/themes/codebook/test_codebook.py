"""The codebook loader: the default codebook, the YAML format, and every error with its line."""
from __future__ import annotations

import pytest

from textnps.themes.codebook.format import Codebook, CodebookError, load_codebook
from textnps.themes.codebook.terms import TermIndex, parse_term, term_problem, tokenize

DEFAULT_IDS = [
    "price", "staff_service", "response_time", "claims_cases", "delivery", "product", "digital",
    "communication", "billing", "returns", "terms", "ease", "trust", "general",
]

MINIMAL = """\
format_version: 1
name: mini
version: "2"
themes:
  - id: price
    labels: {sv: Pris, da: Pris, no: Pris, en: Price}
    seeds:
      sv: {lemmas: [pris*, dyr], phrases: [valuta för pengarna]}
      da: {lemmas: [pris*], patterns: ['\\d+ ?kr']}
      no: {lemmas: [pris*]}
  - id: price_increase
    parent: price
    seeds:
      sv: {lemmas: [prishöjning*]}
"""


def test_default_codebook_has_exactly_the_fourteen_ids():
    cb = load_codebook("nordic-cx")
    assert cb.ids == DEFAULT_IDS
    assert cb.name == "nordic-cx" and cb.version


@pytest.mark.parametrize("theme_id", DEFAULT_IDS)
def test_default_codebook_themes_have_seeds_and_labels_in_sv_da_no_en(theme_id):
    theme = load_codebook("nordic-cx")[theme_id]
    for lang in ("sv", "da", "no", "en"):
        assert theme.seeds[lang].terms, (theme_id, lang)
        assert theme.label(lang) != theme_id or lang == "en"
    assert theme.description


def test_load_from_file_folder_and_object(tmp_path):
    (tmp_path / "codebook.yaml").write_text(MINIMAL, encoding="utf-8")
    from_file = load_codebook(tmp_path / "codebook.yaml")
    from_folder = load_codebook(str(tmp_path))
    assert from_file.ids == from_folder.ids == ["price", "price_increase"]
    assert load_codebook(from_file) is from_file
    assert from_file.children("price") == ["price_increase"]
    assert from_file["price_increase"].parent == "price"
    assert from_file.labels("sv") == {"price": "Pris", "price_increase": "price_increase"}
    assert from_file.fingerprint == Codebook.from_yaml(MINIMAL).fingerprint


def test_yaml_key_no_is_norwegian_not_false():
    cb = Codebook.from_yaml(MINIMAL)
    assert "no" in cb["price"].seeds
    assert cb["price"].label("nb") == "Pris"


def test_seeds_keep_patterns_and_phrases():
    seeds = Codebook.from_yaml(MINIMAL)["price"].seeds
    assert seeds["sv"].phrases == ("valuta för pengarna",)
    assert seeds["da"].patterns == ("\\d+ ?kr",)


def test_name_not_found_suggests_close_match():
    with pytest.raises(Exception, match=r"Codebook 'nordic_cx' not found.*Did you mean 'nordic-cx'\?"):
        load_codebook("nordic_cx")


def _problems(text: str) -> list[str]:
    with pytest.raises(CodebookError) as info:
        Codebook.from_yaml(text, source="test.yaml")
    return info.value.problems


def test_unknown_key_reported_with_line_and_close_match():
    text = MINIMAL.replace("    labels:", "    lables:")
    with pytest.raises(CodebookError, match=r"line 6: unknown key 'lables' in theme #1.*Did you mean 'labels'\?"):
        Codebook.from_yaml(text, source="test.yaml")


def test_unknown_seed_language_and_seed_key():
    text = MINIMAL.replace("      no: {lemmas: [pris*]}", "      nor: {lemma: [pris*]}")
    (problem,) = _problems(text)
    assert problem.startswith("line 10: unknown key 'nor'")


def test_duplicate_ids_reported_with_both_lines():
    text = MINIMAL.replace("  - id: price_increase", "  - id: price")
    problems = _problems(text)
    assert any(p.startswith("line 11: duplicate theme id 'price' (first defined on line 5)") for p in problems)


def test_empty_seeds_reported():
    text = MINIMAL.replace("      sv: {lemmas: [prishöjning*]}", "      sv: {lemmas: []}")
    problems = _problems(text)
    assert "line 14: theme 'price_increase': seeds.sv is empty" in problems
    assert any("theme 'price_increase' has empty seeds" in p for p in problems)


def test_bad_regex_reported():
    with pytest.raises(CodebookError, match=r"line 9: theme 'price': seeds.da.patterns: bad regular expression '\(kr'"):
        Codebook.from_yaml(MINIMAL.replace("'\\d+ ?kr'", "'(kr'"))


@pytest.mark.parametrize("term, message", [
    ("pr*is", "'\\*' may only begin or end a word"),
    ("p*", "wildcard word 'p\\*' needs at least 2 letters"),
    ("* dagar", "may not begin or end with the any-word"),
])
def test_bad_terms_reported(term, message):
    with pytest.raises(CodebookError, match=message):
        Codebook.from_yaml(MINIMAL.replace("[pris*, dyr]", f"['{term}', dyr]"))


def test_unknown_parent_with_close_match_and_two_levels_only():
    with pytest.raises(CodebookError, match=r"line 11: theme 'price_increase' has unknown parent 'prise'.*'price'"):
        Codebook.from_yaml(MINIMAL.replace("parent: price", "parent: prise"))
    three = MINIMAL + "  - id: sub_sub\n    parent: price_increase\n    seeds:\n      sv: {lemmas: [x1]}\n"
    with pytest.raises(CodebookError, match="which has a parent itself; codebooks have two levels"):
        Codebook.from_yaml(three)


def test_not_with_must_name_another_theme():
    text = MINIMAL.replace("    parent: price\n", "    parent: price\n    not_with: [delivery]\n")
    with pytest.raises(CodebookError, match="not_with names 'delivery', expected another theme id"):
        Codebook.from_yaml(text)


def test_version_mismatch_reported():
    with pytest.raises(CodebookError, match="line 1: format_version is '2', but this textnps reads format_version 1"):
        Codebook.from_yaml(MINIMAL.replace("format_version: 1", "format_version: 2"))


def test_every_problem_is_reported_at_once():
    text = MINIMAL.replace("format_version: 1", "format_version: 9").replace("    labels:", "    lables:")
    text = text.replace("parent: price", "parent: nope")
    problems = _problems(text)
    assert len(problems) == 3
    with pytest.raises(CodebookError, match=r"The codebook test.yaml has 3 problems:"):
        Codebook.from_yaml(text, source="test.yaml")


def test_invalid_yaml_and_missing_keys():
    with pytest.raises(CodebookError, match=r"line \d+: not valid YAML"):
        Codebook.from_yaml("themes: [a, b\nname: x")
    with pytest.raises(CodebookError, match="missing required key 'format_version'"):
        Codebook.from_yaml("name: x\nthemes:\n  - id: a\n    seeds:\n      sv: {lemmas: [b]}\n")
    with pytest.raises(CodebookError, match="'themes' must be a list of themes"):
        Codebook.from_yaml("format_version: 1\nname: x\nthemes: {a: 1}\n")


def test_bad_theme_id():
    with pytest.raises(CodebookError, match="theme id 'Price' must be lower-case"):
        Codebook.from_yaml(MINIMAL.replace("- id: price\n", "- id: Price\n"))


@pytest.mark.parametrize("term, tokens, found", [
    ("leverans*", "leveranstiden var lång", True),       # sv prefix
    ("*faktura", "slutfaktura kom", True),               # suffix
    ("*pris*", "kampanjpriset var bra", True),           # infix
    ("valuta för pengarna", "god valuta för pengarna", True),
    ("inden for * dage", "svar inden for to dage", True),  # da, any word
    ("kundeservice", "kundeservicen", False),            # exact is exact
    ("hjelp*", "fikk god hjelp", True),                  # nb
])
def test_term_index_finds_terms(term, tokens, found):
    index = TermIndex()
    index.add(term, "x")
    assert bool(index.find(tokenize(tokens))) is found


def test_terms_keep_accents_and_punctuation_tokens():
    assert tokenize("Får man, e-mail?") == ["får", "man", ",", "e-mail", "?"]
    assert parse_term("*pris*") == (("infix", "pris"),)
    assert term_problem("far") is None


def test_theme_polarity_words_are_read_and_checked():
    text = MINIMAL.replace("    labels: {sv: Pris, da: Pris, no: Pris, en: Price}\n",
                           "    labels: {sv: Pris, da: Pris, no: Pris, en: Price}\n"
                           "    polarity: {sv: {positive: [låg*], negative: [hög]}}\n")
    assert Codebook.from_yaml(text)["price"].polarity == {"sv": {"positive": ("låg*",), "negative": ("hög",)}}
    with pytest.raises(CodebookError, match=r"unknown key 'positiv' in the sv polarity words.*Did you mean 'positive'"):
        Codebook.from_yaml(text.replace("positive:", "positiv:"))


def test_judged_terms_are_read_and_checked():
    text = MINIMAL.replace("      no: {lemmas: [pris*]}", "      no: {lemmas: [pris*], judged: [tilbud, gode tilbud]}")
    assert Codebook.from_yaml(text)["price"].seeds["no"].judged == ("tilbud", "gode tilbud")
    with pytest.raises(CodebookError, match=r"seeds.no.judged: term 'til\*bud': '\*' may only begin"):
        Codebook.from_yaml(text.replace("judged: [tilbud,", "judged: ['til*bud',"))


def test_judged_terms_alone_are_seeds_enough():
    text = MINIMAL.replace("      sv: {lemmas: [prishöjning*]}", "      sv: {judged: [prishöjning*]}")
    assert Codebook.from_yaml(text)["price_increase"].seeds["sv"].judged == ("prishöjning*",)


@pytest.mark.parametrize("tokens", [
    "ett ord utan mening",          # sv: no term at all
    "kundtjänst kundtjänst",         # the same token twice: found twice, looked up once
])
def test_term_index_find_visits_only_tokens_that_start_a_term(tokens):
    index = TermIndex()
    index.add("kundtjänst*", "x")
    found = index.find(tokenize(tokens))
    assert [(s, e) for s, e, _ in found] == [(i, i + 1) for i, t in enumerate(tokenize(tokens)) if t == "kundtjänst"]
    assert index.hot(tokenize(tokens)) == ({"kundtjänst"} if "kundtjänst" in tokens else set())


@pytest.mark.parametrize("text, lang, tokens", [
    ("levering hurtigtmen dyr", "da", ["levering", "hurtigt", "men", "dyr"]),   # a lost line break
    ("snabb leveransmen dyr", "sv", ["snabb", "leverans", "men", "dyr"]),
    ("rask leveringog billig", "nb", ["rask", "levering", "og", "billig"]),
    ("vi kom sammen", "da", ["vi", "kom", "sammen"]),            # a real word ending in 'men' stays whole
    ("hurtigtmen", "und", ["hurtigtmen"]),                       # no language, no splitting
])
def test_tokenize_splits_glued_clause_words(text, lang, tokens):
    from textnps.themes.codebook.terms import tokenize_spans

    assert tokenize(text, lang) == tokens
    words, starts = tokenize_spans(text, lang)
    assert [text[s:s + len(w)] for w, s in zip(words, starts)] == words


def test_libyaml_loader_reads_the_shipped_codebook_as_the_pure_python_one(monkeypatch):
    import yaml

    from textnps.themes.codebook import format as fmt

    fast = load_codebook("nordic-cx")
    monkeypatch.setattr(fmt, "_LOADER", yaml.SafeLoader)
    slow = load_codebook("nordic-cx")
    assert fast == slow and len(fast.themes) == len(slow.themes) > 10


def test_tokenize_spans_remembers_results_but_each_call_gets_its_own_lists():
    from textnps.themes.codebook import terms

    for text, lang in [("Leveransen var snabbmen dyr, tyvärr.", "sv"), ("Pakken kom hurtigtog fint", "da"),
                       ("Prisen er for høy. Levering ok", "nb")]:
        tokens, starts = terms.tokenize_spans(text, lang)
        computed = terms._tokenize_spans(text, lang)  # offsets None: computed when asked for
        assert tuple(tokens) == computed[0] and computed[1] in (None, tuple(starts))
        assert terms._SPANS[(text.lower(), lang)] == (tuple(tokens), tuple(starts))
        tokens.append("x")
        starts.clear()
        again = terms.tokenize_spans(text, lang)
        assert again == (list(terms._SPANS[(text.lower(), lang)][0]), list(terms._SPANS[(text.lower(), lang)][1]))
        assert "x" not in again[0] and again[1]
