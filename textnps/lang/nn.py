"""Norwegian Nynorsk language data."""

#: NPS category names (Nynorsk).
CATEGORY_NAMES = {"detractor": "Kritikarar", "passive": "Passive", "promoter": "Ambassadørar"}

#: Words of the report: none of its own. Reports are written in Bokmål for Norwegian
#: (``lang="no"``; textnps.report.REPORT_LANGUAGES), and English fills every key here.
REPORT_LABELS: dict[str, object] = {}
COMPARE_LABELS: dict[str, object] = {}
#: No notes of its own: the report's notes are written in Bokmål (textnps.report.notes).
REPORT_NOTES: dict[str, str] = {}

#: Cross-lingual concepts for theme discovery (``textnps.themes``): lemmas of
#: this language that name the same customer-experience thing as the lemmas
#: listed under the same key in the other Nordic modules, so that Swedish,
#: Danish and Norwegian comments about it land in one theme. Only words whose
#: spelling differs between the languages are listed (``pris`` is already shared).
CONCEPTS = {
    'insurance': ('forsikring',),
    'damage': ('skade',),
    'case': ('sak',),
    'customer_service': ('kundeservice', 'kundesenter'),
    'customer': ('kunde',),
    'service': ('teneste',),
    'money': ('pengar',),
    'employee': ('medarbeidar', 'tilsett', 'personale'),
    'advisor': ('rådgjevar',),
    'call': ('ringje', 'ringe'),
    'conversation': ('samtale',),
    'answer': ('svar', 'svare'),
    'wait': ('vente', 'venta'),
    'waiting_time': ('ventetid',),
    'fast': ('rask', 'snøgg'),
    'slow': ('treg', 'langsam'),
    'good': ('bra', 'god'),
    'bad': ('dårleg',),
    'help': ('hjelp', 'hjelpe'),
    'helpful': ('hjelpsam',),
    'friendly': ('venleg',),
    'nice': ('hyggeleg', 'grei'),
    'polite': ('høfleg',),
    'easy': ('enkel', 'lett'),
    'difficult': ('vanskeleg', 'tungvint'),
    'error': ('feil',),
    'payment': ('betaling', 'betale'),
    'invoice': ('rekning',),
    'refund': ('tilbakebetaling',),
    'compensation': ('erstatning',),
    'deductible': ('eigendel', 'eigenandel'),
    'cancellation': ('oppseiing',),
    'company': ('selskap', 'firma'),
    'home': ('heim', 'heime'),
    'travel': ('reise',),
    'delivery': ('levering', 'levere'),
    'package': ('pakke',),
    'order': ('bestilling', 'bestille', 'ordre'),
    'website': ('nettstad', 'nettside'),
    'email': ('e-post', 'epost'),
    'week': ('veke',),
    'month': ('månad',),
    'never': ('aldri',),
    'always': ('alltid',),
    'recommend': ('tilrå', 'anbefale'),
    'satisfied': ('nøgd', 'fornøgd'),
    'disappointed': ('skuffa',),
    'question': ('spørsmål',),
    'premium': ('premie',),
    'increase': ('auke',),
    'offer': ('tilbod',),
    'message': ('melding', 'beskjed'),
    'promise': ('love', 'lovnad'),
    'professional': ('profesjonell',),
    'shop': ('butikk',),
    'delayed': ('forseinka',),
    'delay': ('forseinking',),
    # telecom and shop words (sample survey, webshops)
    'price_increase': ('prisauke', 'prisauking'),
    'buy': ('kjøpe', 'kjøp'),
    'function': ('fungere', 'verke'),
    'subscription': ('abonnement',),
    'operator': ('operatør',),
    'broadband': ('breiband', 'bredbånd'),
    'coverage': ('dekning',),
    'queue': ('kø',),
    'login': ('logge', 'innlogging'),
    'switch': ('byte', 'bytte'),
    'explain': ('forklare',),
}

#: How a negated lemma (``neg_bra``) is shown in theme labels: ``ikkje bra``.
NEGATION_WORD = 'ikkje'

#: Lemmas theme discovery leaves out of its terms (``textnps.themes``): verdicts and intensifiers
#: that say how a customer feels, not what about; a theme of them would group comments by mood.
DISCOVERY_GENERIC = frozenset(['aldri', 'alltid', 'alt', 'best', 'betre', 'elendig', 'fantastisk', 'fin', 'fint', 'flott', 'fornøgd', 'heil', 'heile', 'heilt', 'nøgd', 'ok', 'okay', 'okei', 'perfekt', 'super', 'topp', 'toppen', 'veldig', 'verkeleg', 'verre', 'verst'])

# --- preprocessing (textnps.preprocess) ---------------------------------------

#: spaCy has no Nynorsk pipeline: the Bokmål tokenizer fits, simplemma has nn
#: lemmas, and the Bokmål frequency list serves for compound parts.
SPACY_LANG = "nb"
FREQ_LANG = "nb"
LEMMATIZERS = ("simplemma",)
#: Lemmas the tables get wrong on survey words (looked up first): none known for this language.
LEMMA_EXCEPTIONS: dict[str, str] = {}

#: Nynorsk stop words (spaCy's Bokmål list is used as well).
STOP_WORDS = frozenset(
    "eg meg deg ho han dei dykk oss me vi kva korleis kvifor kven kvar kor noko nokon nokre "
    "ein eit ei berre òg og også at av for frå til med på i om som det den dei dette desse "
    "er var vore vere vera blei vart bli blir ha har hadde kan kunne skal skulle vil ville "
    "mykje litt heilt ganske veldig so så sjølv sin sitt sine seg".split()
)

#: Words spaCy lists as stop words that carry a comment's meaning: never stop words here.
KEEP_WORDS = frozenset(['best', 'betre', 'bra', 'enkel', 'enkelt', 'god', 'gode', 'godt', 'kort', 'lang', 'lenge', 'lett', 'liten', 'låg', 'ny', 'nye', 'stor', 'store', 'takk', 'tid'])

NEGATORS = frozenset({"ikkje", "ikke", "aldri", "ingen", "inga", "ingenting", "inkje", "utan", "neppe"})
NEGATION_BREAKERS = frozenset({"men", "fordi", "då", "når", "og", "eller"})
NEGATION_EXCEPTIONS = frozenset({"berre", "bare", "kun", "minst", "åleine"})

NON_ANSWERS = frozenset(
    {
        "nei", "ingen", "ingenting", "ingen kommentar", "ingen kommentarar", "ikkje noko", "ikkje noko meir",
        "veit ikkje", "veit ikke", "ingen anelse", "ok", "x", "xx", "nei takk",
    }
)

COMPOUND_LINKS = ("", "s", "e")
COMPOUND_NON_PARTS = frozenset({"heime", "ute", "inne", "oppe", "nede", "fram", "over", "under", "etter", "mellom", "gjennom"}) | frozenset(['sam', 'som', 'leg', 'heit', 'bar', 'ning', 'else', 'skap', 'dom', 'ande', 'ende', 'ar', 'isme', 'ist']) | frozenset(['fort', 'best', 'sam', 'trans', 'god', 'set', 'sky', 'ille', 'sør', 'ung', 'sen', 'ting', 'ens', 'ring', 'form', 'tale', 'sette', 'vis'])  # derivational suffixes and verb prefixes are not parts; the rest: false splits seen on real reviews

PHONE_CUES = frozenset({"tlf", "telefon", "telefonnummer", "mobil", "mobilnummer", "ring", "sms"})
ID_CUES = frozenset({"fødselsnummer", "fødselsnr", "fnr", "personnummer", "d-nummer"})

# -- polarity (textnps.themes.codebook.polarity) ------------------------------------
# Nynorsk shares most polarity words with Bokmål; these add the Nynorsk forms.
from textnps.lang.nb import NEGATIVE_WORDS as _NB_NEGATIVE  # noqa: E402
from textnps.lang.nb import POSITIVE_WORDS as _NB_POSITIVE  # noqa: E402

#: Words that make a clause positive.
POSITIVE_WORDS = _NB_POSITIVE | frozenset("fornøgd* grei greitt flink* hjelpsam* hyggeleg* spanande nøgd* venleg*".split())
#: Words that make a clause negative.
NEGATIVE_WORDS = _NB_NEGATIVE | frozenset("dårleg* vanskeleg* kjedeleg* uvenleg* skuffa* sein seint".split())
#: Words that start a new clause: the polarity of what follows may differ.
CONTRAST_WORDS = frozenset({"men", "derimot", "medan", "elles", "bortsett", "likevel", "imidlertid", "trass"})
from textnps.lang.nb import NEGATIVE_PHRASES, POSITIVE_PHRASES  # noqa: E402,F401  (shared with Bokmål)
WISH_PHRASES = ("burde", "bør", "ønskjer", "skulle ønskje", "kunne gjerne", "saknar", "sakna")

#: Clause words that lost line breaks glue to the word before them (``leveringmen``): the themes'
#: tokenizer splits them off again when the glued token is no word (textnps.themes.codebook.terms).
GLUED_WORDS = ("men", "og")

# -- personal data (textnps.preprocess.names, addresses, plates, emails) ---------------------------
# Nynorsk shares names, streets and plates with Bokmål; these add the Nynorsk forms.
from textnps.lang import nb as _nb  # noqa: E402

#: Words right before a person's name ("takk til Ola", "snakka med kari").
NAME_CUES = _nb.NAME_CUES + ("hjelp frå", "fekk hjelp av", "helsing", "venleg helsing", "sakshandsamar",
                             "rådgjevar", "rådgjevaren", "seljar", "seljaren", "heiter", "ved namn")
#: Ordinary Nynorsk words that are also names in the name list.
NAME_WORDS = _nb.NAME_WORDS | frozenset({"eg"})
#: Words after which a capitalised surname is a place ("i Lund", "frå Berg").
PLACE_PREPOSITIONS = _nb.PLACE_PREPOSITIONS | frozenset({"frå", "gjennom", "utanfor"})
#: Endings of surnames the name list may miss.
SURNAME_ENDINGS = _nb.SURNAME_ENDINGS
#: Endings of street names written as one word ("Storgata 5", "Strandvegen 12").
STREET_SUFFIXES = _nb.STREET_SUFFIXES
#: Street words written apart.
STREET_WORDS = _nb.STREET_WORDS
#: Words that make the number before them a count, not a house number.
UNIT_WORDS = _nb.UNIT_WORDS | frozenset({"gonger", "dagar", "veker", "månader", "minutt"})
#: Norwegian licence plates ("EL 12345").
PLATE_FORMATS = _nb.PLATE_FORMATS
#: Words before a licence plate.
PLATE_CUES = _nb.PLATE_CUES
#: Words written for "@" and "." in e-mail addresses spelled out.
EMAIL_AT_WORDS = _nb.EMAIL_AT_WORDS
EMAIL_DOT_WORDS = _nb.EMAIL_DOT_WORDS
