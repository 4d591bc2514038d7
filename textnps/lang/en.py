"""English language data."""

#: NPS category names.
CATEGORY_NAMES = {"detractor": "Detractors", "passive": "Passives", "promoter": "Promoters"}

# The report's words live in their own module (this one holds the language's text data):
from textnps.lang import en_report as _report  # noqa: E402

REPORT_LABELS, REPORT_NOTES, COMPARE_LABELS = _report.REPORT_LABELS, _report.REPORT_NOTES, _report.COMPARE_LABELS


# --- themes (textnps.themes) --------------------------------------------------

#: Cross-lingual concepts for theme discovery: only the Nordic spellings are mapped
#: (textnps.themes.discover.vectorize.CONCEPT_LANGUAGES), so English has none.
CONCEPTS: dict[str, tuple[str, ...]] = {}

#: How a negated lemma (``neg_good``) is shown in theme labels: ``not good``.
NEGATION_WORD = "not"

#: Lemmas theme discovery leaves out of its terms: none listed for English.
DISCOVERY_GENERIC: frozenset[str] = frozenset()

#: Clause words that glue to the word before them when line breaks are lost: none listed for English.
GLUED_WORDS: tuple[str, ...] = ()

# --- preprocessing (textnps.preprocess) ---------------------------------------

SPACY_LANG = "en"
FREQ_LANG = "en"
LEMMATIZERS = ("spacy", "simplemma")
#: Lemmas the tables get wrong on survey words (looked up first): none known for this language.
LEMMA_EXCEPTIONS: dict[str, str] = {}

STOP_WORDS = frozenset("also just really very quite get got would could etc eg ie".split())

#: Words spaCy lists as stop words that carry a comment's meaning: never stop words here.
KEEP_WORDS = frozenset(['well'])

NEGATORS = frozenset(
    {"not", "no", "never", "n't", "nothing", "none", "nobody", "without", "hardly", "cannot"}
    | {v + "n't" for v in ("do", "does", "did", "is", "was", "are", "were", "ca", "could", "would", "wo", "have", "has", "had", "should")}
    | {v + "n’t" for v in ("do", "does", "did", "is", "was", "are", "were", "ca", "could", "would", "wo")}
)
NEGATION_BREAKERS = frozenset({"but", "although", "though", "because", "when", "and", "or"})
NEGATION_EXCEPTIONS = frozenset({"only", "just", "least"})

NON_ANSWERS = frozenset(
    {
        "no", "nope", "none", "nothing", "n/a", "na", "nil", "no comment", "no comments", "nothing to add",
        "don't know", "dont know", "idk", "not sure", "no idea", "ok", "okay", "x", "xx", "xxx", "yes", "no thanks",
        "nothing else", "nothing special",
    }
)

COMPOUND_LINKS = ("",)
COMPOUND_NON_PARTS = frozenset()

PHONE_CUES = frozenset({"tel", "phone", "mobile", "call", "cell", "sms"})
ID_CUES = frozenset({"ssn", "id"})

# -- polarity (textnps.themes.codebook.polarity) ------------------------------------
# Words as seed terms: ``word``, ``word*`` (starts with), ``*word`` (ends with).
#: Words that make a clause positive.
POSITIVE_WORDS = frozenset("""
good great excellent perfect* amazing awesome fantastic wonderful superb satisfied happy pleased friendly helpful
polite competent professional efficient fast quick quickly easy easily simple smooth* cheap affordable recommend*
thanks thank reliable honest trustworthy clear nice love loved best better fine brilliant outstanding ok okay
""".split())
#: Words that make a clause negative.
NEGATIVE_WORDS = frozenset("""
bad worse worst terrible awful horrible poor* disappoint* dissatisfied unhappy angry rude unfriendly unhelpful
incompetent unprofessional slow* expensive overpriced problem* issue* broken defect* faulty wrong scam* fraud*
cheat* dishonest unreliable unclear complicated useless waste unfortunately delay* delayed annoying frustrat*
""".split())
#: Words that start a new clause: the polarity of what follows may differ.
CONTRAST_WORDS = frozenset({"but", "however", "although", "though", "whereas", "except", "otherwise", "despite"})
#: Word groups with a sentiment their words lack alone (no negators inside: they are handled apart).
POSITIVE_PHRASES = ("on time", "as promised", "next day", "value for money")
NEGATIVE_PHRASES = ("long time", "too expensive", "took forever", "again and again")

#: Words and phrases that turn a clause into a wish or a suggestion: the clause counts as negative.
WISH_PHRASES = ("should", "wish", "could be", "would be nice")


# -- personal data (textnps.preprocess.names, addresses, plates, emails) ---------------------------
#: Words right before a person's name ("thanks to Erik", "spoke with anna").
NAME_CUES = ("thanks", "thanks to", "thank you", "spoke to", "spoke with", "talked to", "talked with", "help from",
             "regards", "kind regards", "best regards", "hi", "hello", "dear", "advisor", "adviser", "agent",
             "colleague", "named", "called")
#: Ordinary English words that are also names in the name list.
NAME_WORDS = frozenset("bang blank frost storm list sand strand urban ninja august may mark bill rose will".split())
#: Words after which a capitalised surname is a place ("in Lund").
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "via"})
#: Endings of surnames the name list may miss.
SURNAME_ENDINGS = ("son",)
#: Endings of street names written as one word (rare in English).
STREET_SUFFIXES = ()
#: Street words written apart ("Baker Street 221" is not how English writes it, but "12 Baker Street" is not matched).
STREET_WORDS = frozenset({"street", "road", "avenue", "lane"})
#: Words that make the number before them a count, not a house number.
UNIT_WORDS = frozenset({"times", "time", "min", "minutes", "hours", "days", "weeks", "months", "years", "km",
                        "miles", "percent"})
#: UK licence plates ("AB12 CDE").
PLATE_FORMATS = (r"[A-Z]{2}\d{2} ?[A-Z]{3}",)
#: Words before a licence plate.
PLATE_CUES = frozenset({"plate", "registration", "reg"})
#: Words written for "@" and "." in e-mail addresses spelled out ("anna at firm dot com").
EMAIL_AT_WORDS = ("at",)
EMAIL_DOT_WORDS = ("dot",)
