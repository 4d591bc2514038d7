"""Text normalisation: repair what survey exports do to comments.

Each function takes a string and returns a string; :func:`normalize_text`
composes them in the order that works (emoji escapes before HTML tags, since
``<U+0001F60A>`` looks like a tag). Accents are never stripped: å ä ö æ ø
carry meaning.

Known limits: glued sentences are split only where the capitalised word is a
common sentence opener (a stop word such as ``Og``, ``Det``, ``Jeg``), so
brand names like ``PostNord`` stay whole; in all-lowercase exports the glue
cannot be seen and stays.
"""
from __future__ import annotations

import functools
import html
import re
import sys
import unicodedata

__all__ = [
    "fix_mojibake",
    "unescape_emoji",
    "strip_html",
    "remove_control_chars",
    "split_glued_sentences",
    "collapse_repeats",
    "truncate",
    "normalize_text",
    "normalize_and_truncate",
    "has_right_to_left",
]

MOJIBAKE_HINT = re.compile(r"[ÃÂâ][\x80-\xbf\u0152-\u2122]|Ã|â€")
_EMOJI_ESCAPE = re.compile(r"<U\+([0-9A-Fa-f]{4,8})>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>|<!--.*?-->", re.S)
_HTML_BREAK = re.compile(r"<(?:br|p|/p|div|/div|li)\b[^<>]{0,200}>", re.I)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
# Control (Cc) and format (Cf) characters, except the zero-width (non-)joiners
# U+200C/U+200D that emoji sequences and some scripts need.
_FORMAT_CHARS = (
    r"\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u08e2\u180e\u200b\u200e\u200f"
    r"\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U0001bca0-\U0001bca3"
    r"\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_CONTROL_RE = re.compile(r"[\x00-\x1f" + _FORMAT_CHARS + "]")
#: The control characters worth reporting: line breaks and tabs are ordinary in comments.
UNUSUAL_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f" + _FORMAT_CHARS + "]")
_WHITESPACE_CONTROLS = frozenset("\t\n\r\x0b\x0c\x85")
_RTL_RE = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]")
_LOWER = "a-zåäöæøéèüáíóúà"
_UPPER = "A-ZÅÄÖÆØÉÈÜÁÍÓÚÀ"
_GLUED = re.compile(rf"(?<=[{_LOWER}])([.!?]?)([{_UPPER}][{_LOWER}]*)\b")
_NO_SPACE_AFTER_STOP = re.compile(rf"(?<=[{_LOWER}{_UPPER}]{{2}})([.!?])(?=[{_UPPER}][{_LOWER}])")
_REPEATED_PUNCT = re.compile(r"([!?,;:])\1+|\.{4,}|(?<!\.)\.\.(?!\.)")
_SPACES = re.compile(r"\s+")
# Cheap scans that let most comments skip the costlier substitutions above.
_MAYBE_GLUED = re.compile(rf"(?:[{_LOWER}][.!?]?|[.!?])[{_UPPER}]")
_MAYBE_REPEATED = re.compile(r"([!?,;:.])\1")
_MAYBE_SPACES = re.compile(r"\s\s|[^\S ]")


# One UTF-8 character read as cp1252: a lead byte's character, then 1-3 continuation bytes' characters
# (0x80-0xBF in cp1252, where the five bytes it leaves undefined stay C1 controls).
_CONT = "\x80-\xbf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d" \
        "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_MOJIBAKE_CHAR = re.compile(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}")


def _redecode(match: re.Match) -> str:
    try:
        return match.group(0).encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return match.group(0)


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 read as Latin-1/cp1252 (``fÃ¶r`` -> ``för``, ``DÃ¥rlig`` -> ``Dårlig``).

    ftfy runs only when a mojibake signature is present, which keeps clean
    text fast and untouched. ftfy leaves a sequence alone when its badness
    heuristic finds it plausible text: ``Ã¥`` (``å``) reads as ``Ã`` + ``¥``
    after a capital letter (``DÃ¥rlig``, ``SÃ¥``), as does ``Ã…`` (``Å``).
    What ftfy leaves, where a mojibake signature remains, is re-decoded one
    character at a time: each run that is the cp1252 reading of one whole
    UTF-8 character becomes that character (a run that is not stays).
    """
    if not MOJIBAKE_HINT.search(text):
        return text
    import ftfy  # registers the sloppy-windows-1252 codec used by _redecode

    text = ftfy.fix_encoding(text)
    if MOJIBAKE_HINT.search(text):
        text = _MOJIBAKE_CHAR.sub(_redecode, text)
    return text


def unescape_emoji(text: str) -> str:
    """Turn literal escapes such as ``<U+0001F60A>`` into the character itself."""
    if "<U+" not in text:
        return text

    def repl(match: re.Match) -> str:
        cp = int(match.group(1), 16)
        if cp > sys.maxunicode or 0xD800 <= cp <= 0xDFFF:
            return match.group(0)
        return chr(cp)

    return _EMOJI_ESCAPE.sub(repl, text)


def strip_html(text: str) -> str:
    """Decode HTML entities (``&amp;`` -> ``&``) and drop tags (``<br>`` becomes a space)."""
    if "<" in text:
        text = _HTML_BREAK.sub(" ", text)
        text = _HTML_TAG.sub(" ", text)
    if "&" in text and _HTML_ENTITY.search(text):
        text = html.unescape(text)
    return text


def remove_control_chars(text: str) -> str:
    """Drop control and invisible format characters (bidi marks, zero-width spaces).

    Line breaks and tabs become spaces; the zero-width joiners that emoji
    sequences and some scripts need are kept.
    """
    if not _CONTROL_RE.search(text):
        return text
    return _CONTROL_RE.sub(lambda m: " " if m.group(0) in _WHITESPACE_CONTROLS else "", text)


def has_right_to_left(text: str) -> bool:
    """True when *text* contains Hebrew or Arabic-script letters."""
    return bool(_RTL_RE.search(text))


@functools.lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    from textnps.lang import LANGUAGES, get
    from textnps.preprocess.stopwords import spacy_stop_words

    words: set[str] = set()
    for code in LANGUAGES:
        words |= spacy_stop_words(get(code).SPACY_LANG)
        words |= get(code).STOP_WORDS
        words |= get(code).NEGATORS
    return frozenset(w for w in words if w.isalpha() and len(w) > 1)


def split_glued_sentences(text: str) -> str:
    """Restore sentence breaks lost with line breaks: ``igennemOg jeg`` -> ``igennem. Og jeg``.

    Also adds the missing space in ``OK.Slet`` -> ``OK. Slet``.
    """
    if not _MAYBE_GLUED.search(text):
        return text
    text = _NO_SPACE_AFTER_STOP.sub(r"\1 ", text)
    openers = _sentence_openers()

    def repl(match: re.Match) -> str:
        punct, word = match.group(1), match.group(2)
        if word.lower() not in openers:
            return match.group(0)
        return f"{punct or '.'} {word}"

    return _GLUED.sub(repl, text)


def collapse_repeats(text: str) -> str:
    """Collapse repeated punctuation (``!!!`` -> ``!``, ``.....`` -> ``...``) and whitespace."""

    def repl(match: re.Match) -> str:
        s = match.group(0)
        if s[0] == ".":
            return "..." if len(s) > 2 else "."
        return s[0]

    if _MAYBE_REPEATED.search(text):
        text = _REPEATED_PUNCT.sub(repl, text)
    if _MAYBE_SPACES.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()


def truncate(text: str, max_chars: int | None) -> tuple[str, bool]:
    """Cut *text* to at most *max_chars* characters at a word boundary; return (text, truncated)."""
    if max_chars is None or len(text) <= max_chars:
        return text, False
    cut = text[:max_chars]
    space = cut.rfind(" ")
    if space > max_chars * 0.8:
        cut = cut[:space]
    return cut.rstrip(), True


def normalize_text(text: str, *, max_chars: int | None = None) -> str:
    """Normalise one comment: mojibake, NFC, emoji escapes, HTML, control
    characters, glued sentences, repeated punctuation and whitespace, then
    truncation to *max_chars* (None: no limit).

    >>> normalize_text("Godt fÃ¸rst &amp; igennemOg jeg <U+0001F60A>!!!")
    'Godt først & igennem. Og jeg 😊!'
    """
    return normalize_and_truncate(text, max_chars)[0]


def normalize_and_truncate(text: str, max_chars: int | None) -> tuple[str, bool]:
    """:func:`normalize_text`, also saying whether the text was cut: ``(text, truncated)``.

    >>> normalize_and_truncate("Bra pris men lång väntetid", 12)
    ('Bra pris men', True)
    """
    text = fix_mojibake(text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = unescape_emoji(text)
    text = strip_html(text)
    text = remove_control_chars(text)
    text = split_glued_sentences(text)
    text = collapse_repeats(text)
    return truncate(text, max_chars)
