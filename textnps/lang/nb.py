"""Norwegian Bokmål language data."""

#: NPS category names, as Norwegian CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritikere", "passive": "Passive", "promoter": "Ambassadører"}

# The report's words live in their own module (this one holds the language's text data):
from textnps.lang import nb_report as _report  # noqa: E402

REPORT_LABELS, REPORT_NOTES, COMPARE_LABELS = _report.REPORT_LABELS, _report.REPORT_NOTES, _report.COMPARE_LABELS


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
    'service': ('tjeneste',),
    'money': ('penger',),
    'employee': ('medarbeider', 'ansatt', 'personale'),
    'advisor': ('rådgiver',),
    'call': ('ringe',),
    'conversation': ('samtale',),
    'answer': ('svar', 'svare'),
    'wait': ('vente', 'venting'),
    'waiting_time': ('ventetid',),
    'fast': ('rask', 'raskt', 'kjapp', 'hurtig'),
    'slow': ('treg', 'langsom'),
    'good': ('bra', 'god'),
    'bad': ('dårlig',),
    'help': ('hjelp', 'hjelpe'),
    'helpful': ('hjelpsom',),
    'friendly': ('vennlig',),
    'nice': ('hyggelig', 'grei'),
    'polite': ('høflig',),
    'easy': ('enkel', 'lett'),
    'difficult': ('vanskelig', 'tungvint'),
    'error': ('feil',),
    'payment': ('betaling', 'betale'),
    'invoice': ('regning',),
    'refund': ('tilbakebetaling', 'refusjon'),
    'compensation': ('erstatning',),
    'deductible': ('egenandel',),
    'cancellation': ('oppsigelse',),
    'company': ('selskap', 'firma'),
    'home': ('hjem', 'hjemme'),
    'travel': ('reise',),
    'delivery': ('levering', 'levere'),
    'package': ('pakke',),
    'order': ('bestilling', 'bestille', 'ordre'),
    'website': ('nettside', 'hjemmeside'),
    'email': ('e-post', 'epost', 'mail'),
    'week': ('uke',),
    'month': ('måned',),
    'never': ('aldri',),
    'always': ('alltid',),
    'recommend': ('anbefale',),
    'satisfied': ('fornøyd',),
    'disappointed': ('skuffet',),
    'question': ('spørsmål',),
    'premium': ('premie',),
    'increase': ('økning', 'øke'),
    'offer': ('tilbud',),
    'message': ('beskjed', 'melding'),
    'promise': ('love', 'løfte'),
    'professional': ('profesjonell',),
    'shop': ('butikk',),
    'delayed': ('forsinket',),
    'delay': ('forsinkelse',),
    # telecom and shop words (sample survey, webshops)
    'price_increase': ('prisøkning', 'prisstigning'),
    'buy': ('kjøpe', 'kjøp'),
    'function': ('fungere', 'virke'),
    'subscription': ('abonnement',),
    'operator': ('operatør',),
    'broadband': ('bredbånd',),
    'coverage': ('dekning',),
    'queue': ('kø',),
    'login': ('logge', 'innlogging'),
    'switch': ('bytte',),
    'explain': ('forklare',),
}

#: How a negated lemma (``neg_bra``) is shown in theme labels: ``ikke bra``.
NEGATION_WORD = 'ikke'

#: Lemmas theme discovery leaves out of its terms (``textnps.themes``): verdicts and intensifiers
#: that say how a customer feels, not what about; a theme of them would group comments by mood.
DISCOVERY_GENERIC = frozenset(['aldri', 'alltid', 'alt', 'bedre', 'best', 'elendig', 'fantastisk', 'fin', 'fint', 'finte', 'flott', 'fornøyd', 'godte', 'hel', 'hele', 'helt', 'kjempebra', 'misfornøyd', 'ok', 'okay', 'okei', 'perfekt', 'skikkelig', 'super', 'topp', 'toppe', 'toppen', 'veldig', 'verre', 'verst', 'virkelig'])  # incl. lemmatiser slips of godt/top/fint

# --- preprocessing (textnps.preprocess) ---------------------------------------

#: spaCy blank pipeline, wordfreq list and lemmatisers for Bokmål (spaCy's nb
#: lookup table is nearly empty, so simplemma does the lemmas).
SPACY_LANG = "nb"
FREQ_LANG = "nb"
LEMMATIZERS = ("simplemma",)
#: Lemmas the tables get wrong on survey words (looked up first): none known for this language.
LEMMA_EXCEPTIONS: dict[str, str] = {}

#: Stop words beyond spaCy's Bokmål list: survey filler and chat abbreviations.
STOP_WORDS = frozenset(
    "bl.a osv mv pga p.g.a dvs f.eks feks jo nok vel altså litt mye veldig virkelig helt ganske "
    "også bare så seg sin sine sitt får fikk gjøre gjør gjorde være vært er var ble bli blir "
    "ha har hadde kan kunne skal skulle vil ville".split()
)

#: Words spaCy lists as stop words that carry a comment's meaning: never stop words here.
KEEP_WORDS = frozenset(['bedre', 'best', 'bra', 'enkel', 'enkelt', 'god', 'gode', 'godt', 'kort', 'lang', 'lav', 'lenge', 'lett', 'liten', 'ny', 'nye', 'stor', 'store', 'takk', 'tid'])

NEGATORS = frozenset({"ikke", "ikkje", "ei", "aldri", "ingen", "intet", "ingenting", "uten", "neppe"})
NEGATION_BREAKERS = frozenset({"men", "dog", "fordi", "da", "når", "og", "eller"})
NEGATION_EXCEPTIONS = frozenset({"bare", "kun", "blott", "minst", "alene"})

NON_ANSWERS = frozenset(
    {
        "nei", "nix", "ja", "ingen", "intet", "ingenting", "ingen kommentar", "ingen kommentarer",
        "ingenting å tilføye", "ikke noe", "ikke noe mer", "ikke noe annet", "vet ikke", "vet ikkje",
        "aner ikke", "ingen anelse", "ingen mening", "ikke noe spesielt", "ok", "okei", "x", "xx", "xxx",
        "nei takk", "ikke nå",
    }
)

COMPOUND_LINKS = ("", "s", "e")
COMPOUND_NON_PARTS = frozenset({"hjemme", "ute", "inne", "oppe", "nede", "hen", "fram", "frem", "over", "under", "etter", "mellom", "gjennom"}) | frozenset(['som', 'het', 'lig', 'bar', 'ning', 'else', 'skap', 'dom', 'ende', 'ere', 'isme', 'ist']) | frozenset(['fort', 'best', 'sam', 'trans', 'god', 'set', 'sky', 'ille', 'sør', 'ung', 'sen', 'ting', 'ens', 'ring', 'form', 'tale', 'sette', 'vis'])  # derivational suffixes and verb prefixes are not parts; the rest: false splits seen on real reviews

PHONE_CUES = frozenset({"tlf", "tel", "telefon", "telefonnummer", "mobil", "mobilnummer", "ring", "ringe", "sms"})
ID_CUES = frozenset({"fødselsnummer", "fødselsnr", "fnr", "personnummer", "d-nummer"})

# -- polarity (textnps.themes.codebook.polarity) ------------------------------------
# Words as seed terms: ``word``, ``word*`` (starts with), ``*word`` (ends with).
#: Words that make a clause positive.
POSITIVE_WORDS = frozenset("""
bra bedre best beste super supert fin fint fine flott* fantastisk* perfekt* fremragende strålende utmerket*
fornøyd* glad glade vennlig* hyggelig* hjelpsom* imøtekommende kompetent* dyktig* profesjonell* effektiv* rask
raskt raske kjapp* hurtig hurtigt enkel enkelt lett problemfri* billig* anbefal* takk trygg trygt pålitelig*
seriøs* ærlig* tydelig* behagelig* deilig* positiv* topp imponer* god godt gode kjempebra kjempefornøyd*
rimelig* elsker smidig* høflig* engasjert* glimrende herlig* morsom* vakker* spennende interessant* vellykket
solid* sjarmerende nydelig* ok okay grei greit *fornøyd imponert* briljant* sterk sterkt fengende underholdende velsmakende
""".split())
#: Words that make a clause negative.
NEGATIVE_WORDS = frozenset("""
dårlig* elendig* forferdelig* fryktelig* katastrofe* katastrofal* verst* ubrukelig* useriøs* uvennlig* uhøflig*
arrogant* inkompetent* uprofesjonell* skuffe* misfornøyd* irriter* frustrer* sint sur dessverre problem* feil*
defekt* ødelagt* mangl* dyr dyrt dyre dyrere treg* tungvint* tungvindt* lurt svindel* svindl* uærlig* skandale*
pinlig* uakseptabel* forsinket* forsinkelse* ventet venter klage klager klaget uklar* vanskelig* kjedelig* svak*
slitsom* rot rotete kaos* ignorer* nekte* nektet avvis* avslag* trist lei advar* middelmådig* platt tam
forutsigbar* klisje* overfladisk* langdrøy* umulig* frekk* grådig* latterlig* håpløs* verre negativ* gebyr* prisøkning* økt
skadet* knust* forsvunnet* horribel* elendig*
""".split())
#: Words that start a new clause: the polarity of what follows may differ.
CONTRAST_WORDS = frozenset({"men", "derimot", "mens", "ellers", "bortsett", "likevel", "imidlertid", "tross", "dog"})
#: Word groups with a sentiment their words lack alone (no negators inside: they are handled apart).
POSITIVE_PHRASES = ("kan ikke annet enn", "ikke annet enn", "ingenting å utsette", "ingenting å klage på", "ikke noe å klage på", "kan ikke klage", "i tide", "til rett tid", "som lovet", "som avtalt", "dagen etter", "neste dag", "samme dag",
                    "verdt pengene", "i orden", "lett å")
NEGATIVE_PHRASES = ("lang tid", "for dyrt", "for dyr", "tok tid", "flere uker", "flere måneder", "flere ganger",
                    "gang på gang")

#: Words and phrases that turn a clause into a wish or a suggestion (``kunne gjerne vært billigere``):
#: a wish is a complaint, so the clause counts as negative whatever its other words say.
WISH_PHRASES = ("burde", "bør", "ønsker", "skulle ønske", "kunne gjerne", "savner", "savnet")

#: Clause words that lost line breaks glue to the word before them (``leveringmen``): the themes'
#: tokenizer splits them off again when the glued token is no word (textnps.themes.codebook.terms).
GLUED_WORDS = ("men", "og")


# -- personal data (textnps.preprocess.names, addresses, plates, emails) ---------------------------
#: Words right before a person's name ("takk til Ola", "snakket med kari"): a lower-case name
#: (lower-cased exports) is only taken for a name after one of these, or next to another name.
NAME_CUES = ("takk", "takk til", "takket være", "snakket med", "snakka med", "snakke med", "pratet med", "prata med",
             "samtale med", "hjelp fra", "hjelp av", "fikk hjelp av", "kontakt med", "hilsen", "vennlig hilsen",
             "mvh", "hei", "saksbehandler", "saksbehandleren", "rådgiver", "rådgiveren", "min rådgiver", "selger",
             "selgeren", "kollega", "heter", "het", "ved navn")
#: Ordinary Norwegian words that are also names in the name list ("hans" = his, "bak" = behind,
#: "strøm" = electricity): redacted only when written with a capital inside a sentence or next to another name.
NAME_WORDS = frozenset(
    "dag hans liv bak per lykke sommer finn lange bo bakken strøm stein odd storm lund sand strand berg bakke haug "
    "sanne gro frost dalen putte tulle bue due bore list glans nes eng eik våge vik toll lie holt foss elg dale "
    "bratt stang hammer skar bryn mose hjelm hjort blank line tone stig kim even mai august post".split()
)
#: Words after which a capitalised surname is a place ("i Lund", "fra Berg").
PLACE_PREPOSITIONS = frozenset({"i", "på", "fra", "til", "ved", "mot", "gjennom", "utenfor", "nær"})
#: Endings of surnames the name list may miss ("Haugerudsen"), taken after a first name.
SURNAME_ENDINGS = ("sen", "ssen", "rud", "heim", "land", "stad", "vik", "dal", "berg", "haug", "seth", "mann")
#: Endings of street names written as one word ("Storgata 5", "Drammensveien 12").
STREET_SUFFIXES = ("gata", "gate", "gaten", "veien", "vegen", "vei", "veg", "plass", "plassen", "allé",
                   "torget", "torg", "stien", "bakken", "brygge", "kaia")
#: Street words written apart ("Karl Johans gate 22"), after a capitalised or genitive word.
STREET_WORDS = frozenset({"gate", "gata", "vei", "veg", "plass", "allé", "torg"})
#: Words that make the number before them a count, not a house number ("veien 2 ganger").
UNIT_WORDS = frozenset({"gang", "ganger", "min", "minutter", "timer", "time", "dager", "dag", "uker", "uke",
                        "måneder", "år", "km", "mil", "kr", "kroner", "nok", "prosent", "stk", "mm", "cm", "meter"})
#: Norwegian licence plates ("EL 12345", "AB 12345").
PLATE_FORMATS = (r"[A-Z]{2} ?\d{5}",)
#: Words before a licence plate: after one, a plate in lower case counts too ("skilt el12345").
PLATE_CUES = frozenset({"regnr", "reg.nr", "reg", "registreringsnummer", "skilt", "skiltet", "bilnummer",
                        "kjennemerke"})
#: Words written for "@" and "." in e-mail addresses spelled out ("ola krøllalfa firma punktum no").
EMAIL_AT_WORDS = ("at", "krøllalfa", "alfakrøll")
EMAIL_DOT_WORDS = ("dot", "punktum")
