"""Danish language data."""

#: NPS category names, as Danish CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritikere", "passive": "Passive", "promoter": "Promotorer"}

# The report's words live in their own module (this one holds the language's text data):
from textnps.lang import da_report as _report  # noqa: E402

REPORT_LABELS, REPORT_NOTES, COMPARE_LABELS = _report.REPORT_LABELS, _report.REPORT_NOTES, _report.COMPARE_LABELS


#: Cross-lingual concepts for theme discovery (``textnps.themes``): lemmas of
#: this language that name the same customer-experience thing as the lemmas
#: listed under the same key in the other Nordic modules, so that Swedish,
#: Danish and Norwegian comments about it land in one theme. Only words whose
#: spelling differs between the languages are listed (``pris`` is already shared).
CONCEPTS = {
    'insurance': ('forsikring',),
    'damage': ('skade',),
    'case': ('sag',),
    'customer_service': ('kundeservice', 'kundecenter'),
    'customer': ('kunde',),
    'service': ('tjeneste', 'ydelse'),
    'money': ('penge',),
    'employee': ('medarbejder', 'ansat', 'personale'),
    'advisor': ('rådgiver',),
    'call': ('ringe', 'opkald'),
    'conversation': ('samtale',),
    'answer': ('svar', 'svare'),
    'wait': ('vente', 'venten'),
    'waiting_time': ('ventetid',),
    'fast': ('hurtig', 'hurtigt'),
    'slow': ('langsom',),
    'good': ('god', 'godt'),
    'bad': ('dårlig',),
    'help': ('hjælp', 'hjælpe'),
    'helpful': ('hjælpsom',),
    'friendly': ('venlig',),
    'nice': ('flink', 'sød'),
    'polite': ('høflig',),
    'easy': ('nem', 'let'),
    'difficult': ('svær', 'besværlig', 'bøvlet'),
    'error': ('fejl',),
    'payment': ('betaling', 'betale'),
    'invoice': ('regning',),
    'refund': ('tilbagebetaling', 'refusion'),
    'compensation': ('erstatning',),
    'deductible': ('selvrisiko',),
    'cancellation': ('opsigelse', 'opsige'),
    'company': ('selskab', 'firma', 'virksomhed'),
    'home': ('hjem', 'hjemme'),
    'travel': ('rejse',),
    'delivery': ('levering', 'levere'),
    'package': ('pakke',),
    'order': ('bestilling', 'bestille', 'ordre'),
    'website': ('hjemmeside',),
    'email': ('mail', 'e-mail'),
    'week': ('uge',),
    'month': ('måned',),
    'never': ('aldrig',),
    'always': ('altid',),
    'recommend': ('anbefale',),
    'satisfied': ('tilfreds',),
    'disappointed': ('skuffet',),
    'question': ('spørgsmål',),
    'premium': ('præmie',),
    'increase': ('stigning', 'forhøjelse'),
    'offer': ('tilbud',),
    'message': ('besked', 'meddelelse'),
    'promise': ('love', 'løfte'),
    'professional': ('professionel',),
    'shop': ('butik',),
    'delayed': ('forsinket',),
    'delay': ('forsinkelse',),
    # telecom and shop words (sample survey, webshops)
    'price_increase': ('prisstigning', 'prisforhøjelse'),
    'buy': ('købe', 'køb'),
    'function': ('fungere', 'virke'),
    'subscription': ('abonnement',),
    'operator': ('operatør',),
    'broadband': ('bredbånd',),
    'coverage': ('dækning',),
    'queue': ('kø',),
    'login': ('logge', 'login'),
    'switch': ('skifte',),
    'explain': ('forklare',),
}

#: How a negated lemma (``neg_bra``) is shown in theme labels: ``ikke bra``.
NEGATION_WORD = 'ikke'

#: Lemmas theme discovery leaves out of its terms (``textnps.themes``): verdicts and intensifiers
#: that say how a customer feels, not what about; a theme of them would group comments by mood.
DISCOVERY_GENERIC = frozenset(['aldrig', 'alt', 'altid', 'bedre', 'bedst', 'dejlig', 'elendig', 'fantastisk', 'fin', 'fint', 'finte', 'flot', 'flotte', 'fremragende', 'go', 'godte', 'hel', 'hele', 'helt', 'kanon', 'mega', 'meget', 'ok', 'okay', 'perfekt', 'rigtig', 'rigtigt', 'skøn', 'super', 'tilfreds', 'top', 'topp', 'toppe', 'toppen', 'utilfreds', 'virkelig', 'værre', 'værst'])  # incl. lemmatiser slips of godt/top/fint

# --- preprocessing (textnps.preprocess) ---------------------------------------

#: spaCy blank pipeline, wordfreq list and lemmatisers (tried in order) for Danish.
SPACY_LANG = "da"
FREQ_LANG = "da"
LEMMATIZERS = ("spacy", "simplemma")
#: Lemmas the tables get wrong on survey words (looked up first).
LEMMA_EXCEPTIONS = {"lang": "lang", "lange": "lang", "langt": "lang", "priser": "pris", "priserne": "pris"}

#: Stop words beyond spaCy's Danish list: survey filler and chat abbreviations.
STOP_WORDS = frozenset(
    "bla osv mv fx f.eks pga p.g.a dvs bl.a jo nok vel altså lidt meget rigtig virkelig helt ret "
    "også bare så sig sin sine får fik gøre gør gjorde være været er var blev blive bliver "
    "have har havde kan kunne skal skulle vil ville".split()
)

#: Words spaCy lists as stop words that carry a comment's meaning: never stop words here.
KEEP_WORDS = frozenset(['bedre', 'bedst', 'god', 'gode', 'godt', 'kort', 'lang', 'lav', 'let', 'lille', 'længe', 'nem', 'nemt', 'ny', 'nye', 'stor', 'store', 'tak'])

NEGATORS = frozenset({"ikke", "ej", "aldrig", "ingen", "intet", "ingenting", "uden", "næppe", "ik"})
NEGATION_BREAKERS = frozenset({"men", "dog", "fordi", "da", "når", "og", "eller", "selvom"})
NEGATION_EXCEPTIONS = frozenset({"kun", "blot", "bare", "mindst", "alene"})

NON_ANSWERS = frozenset(
    {
        "nej", "nix", "ja", "ingen", "intet", "ingenting", "ingen kommentar", "ingen kommentarer",
        "intet at tilføje", "ikke noget", "ikke mere", "ikke andet", "intet andet", "ved ikke",
        "ved det ikke", "aner det ikke", "ingen anelse", "ingen mening", "intet svar", "ok", "okay",
        "x", "xx", "xxx", "nej tak", "ikke lige nu", "intet særligt", "ikke noget særligt",
    }
)

COMPOUND_LINKS = ("", "s", "e")
COMPOUND_NON_PARTS = frozenset({"hjemme", "ude", "inde", "oppe", "nede", "hen", "frem", "over", "under", "efter", "mellem", "gennem"}) | frozenset(['som', 'hed', 'lig', 'bar', 'ning', 'else', 'skab', 'dom', 'ende', 'ere', 'isme', 'ist']) | frozenset(['mod', 'god', 'sam', 'gav', 'ven', 'lighed', 'tyk', 'kende', 'give', 'tage', 'tag', 'ring', 'ens', 'sen', 'ung', 'ting', 'ille', 'sted'])  # derivational suffixes and verb prefixes are not parts; the rest: false splits seen on real reviews

PHONE_CUES = frozenset({"tlf", "tel", "telefon", "telefonnummer", "mobil", "mobilnummer", "ring", "ringe", "sms"})
ID_CUES = frozenset({"cpr", "cprnr", "cpr-nr", "cpr-nummer", "cprnummer", "personnummer"})

# -- polarity (textnps.themes.codebook.polarity) ------------------------------------
# Words as seed terms: ``word``, ``word*`` (starts with), ``*word`` (ends with).
#: Words that make a clause positive.
POSITIVE_WORDS = frozenset("""
god godt gode bedre bedst bedste super fin fint fine flot flotte fantastisk* perfekt* fremragende forrygende
glimrende suveræn* tilfreds tilfredse tilfredsstillende glad glade venlig* flink* sød søde hjælpsom* imødekommende
kompetent* dygtig* professionel* effektiv* hurtig hurtigt hurtige hurtigere lynhurtig* nem nemt nemme let lettere
enkel problemfri* smertefri* gnidningsfri* billig* billigt anbefal* tak trygt tryghed* pålidelig* seriøs* ærlig*
tydelig* behagelig* dejlig* skøn* positiv* top toppen topklasse* uovertruffen* imponer* godkendt korrekt grundig*
forstående høflig* engageret* kanon fornuftig* rimelig* ordentlig* elsker glæde* tilfredshed hjalp hjælpsomme
prompte fleksib* venlige ok okay *tilfreds imponeret* supergod* superflink* supersød* superhurtig* superservice
upåklagelig* fejlfri* velfungerende punktlig* lynhurtigt
""".split())
#: Words that make a clause negative.
NEGATIVE_WORDS = frozenset("""
dårlig* dårligt elendig* forfærdelig* frygtelig* katastrofe* katastrofal* værst* ubrugelig* useriøs* uvenlig*
uhøflig* arrogant* inkompetent* uprofessionel* nedladende skuffe* utilfreds* irriter* frustrer* sur sure vred
vrede desværre problem* fejl* forkert* defekt* ødelagt* mangelfuld* manglende mangler dyr dyrt dyre dyrere
langsom* langsommelig* besværlig* bøvl* snyd* svindel* svindl* fup* uærlig* skandale* lort* pinlig* uacceptabel*
uacceptabelt forsinket* forsinkelse* ventet venter ventede klage klager klagede klaget uklar* utydelig* svært
svær træg* sløj* sjusk* rod rodet kaos* ignorer* nægte* nægter nægtede afvis* afslag* ringeste skidt trist ked
advar* umulig* uforskammet* grådig* latterlig* tåbelig* håbløs* elendigt ubehagelig* uhørt* uduelig* amatør*
mistet tabt glemt glemte ligegyldig* ligeglad* hverken værre negativ* træls gebyr* prisstigning* steget hævet
beskadiget* knust* forsvundet* bortkommet* horribel* rædsom* sløv* uanstændig* skuffende uprofessionelt
""".split())
#: Words that start a new clause: the polarity of what follows may differ.
CONTRAST_WORDS = frozenset({"men", "dog", "derimod", "mens", "ellers", "bortset", "selvom", "omend", "imidlertid",
                            "trods", "dog"})
#: Word groups with a sentiment their words lack alone (no negators inside: they are handled apart).
POSITIVE_PHRASES = ("kan ikke andet end", "ikke andet end", "intet at udsætte", "ikke noget at udsætte", "intet at klage over", "ikke noget at klage over", "kan ikke klage", "til tiden", "i tide", "som lovet", "som aftalt", "dagen efter", "næste dag", "samme dag",
                    "pengene værd", "kan varmt anbefales", "tog sig tid", "god tid", "i orden", "let at", "nemt at")
NEGATIVE_PHRASES = ("lang tid", "for dyrt", "for dyr", "tog tid", "flere uger", "flere måneder", "flere gange",
                    "gang på gang", "igen og igen", "for sent", "alt for længe", "ikke modtaget", "aldrig modtaget")

#: Words and phrases that turn a clause into a wish or a suggestion (``kunne godt være billigere``):
#: a wish is a complaint, so the clause counts as negative whatever its other words say.
WISH_PHRASES = ("burde", "bør", "ønsker", "ønske", "ville ønske", "kunne godt", "kunne godt være", "gerne se", "savner", "savnede")

#: Clause words that lost line breaks glue to the word before them (``leveringmen``): the themes'
#: tokenizer splits them off again when the glued token is no word (textnps.themes.codebook.terms).
GLUED_WORDS = ("men", "og")


# -- personal data (textnps.preprocess.names, addresses, plates, emails) ---------------------------
#: Words right before a person's name ("tak til Mette", "snakkede med jens"): a lower-case name
#: (lower-cased exports) is only taken for a name after one of these, or next to another name.
NAME_CUES = ("tak", "tak til", "takket være", "talte med", "snakkede med", "snakket med", "snakke med", "talt med",
             "samtale med", "hjælp fra", "hjælp af", "fik hjælp af", "kontakt med", "hilsen", "venlig hilsen",
             "mvh", "kh", "hej", "sagsbehandler", "sagsbehandleren", "rådgiver", "rådgiveren", "min rådgiver",
             "sælger", "sælgeren", "medarbejder", "medarbejderen", "kollega", "hedder", "hed", "ved navn")
#: Ordinary Danish words that are also names in the name list ("hans" = his, "bo" = live, "lange" = long):
#: redacted only when written with a capital inside a sentence or next to another name.
NAME_WORDS = frozenset(
    "hans dag liv lange bo sommer per vilde line lykke skov strand sand bakke bakken lund gade bang storm dam frost "
    "holm dalen bille munk hede bager bøje bonde putte skipper jæger bue krog busk lyster kloster vester stang linde "
    "skytte mose vibe øster bitte blank list rosen vig eng sus klit bæk enge sunde stien iver due bore hjort ravn "
    "silke kirk hammer stig tone strøm gro finn kim sine tage august find".split()
)
#: Words after which a capitalised surname is a place ("i Lund", "fra Holm").
PLACE_PREPOSITIONS = frozenset({"i", "på", "fra", "til", "ved", "mod", "gennem", "udenfor", "nær"})
#: Endings of surnames the name list may miss ("Kjærsgaard"), taken after a first name.
SURNAME_ENDINGS = ("sen", "gaard", "gård", "strup", "holm", "lund", "berg", "bjerg", "høj", "dahl", "mand")
#: Endings of street names written as one word ("Vesterbrogade 45", "Strandvejen 3").
STREET_SUFFIXES = ("gade", "gaden", "vej", "vejen", "allé", "plads", "pladsen", "stræde", "torv", "torvet",
                   "vænge", "vænget", "boulevard", "parken", "stien", "bakken", "have", "haven")
#: Street words written apart ("Gammel Kongevej" is one word; "H.C. Andersens Boulevard 2").
STREET_WORDS = frozenset({"gade", "vej", "allé", "plads", "boulevard", "stræde", "torv"})
#: Words that make the number before them a count, not a house number ("vejen 2 gange").
UNIT_WORDS = frozenset({"gang", "gange", "min", "minutter", "timer", "time", "dage", "dag", "uger", "uge",
                        "måneder", "år", "km", "kr", "kroner", "dkk", "procent", "stk", "mm", "cm", "meter"})
#: Danish licence plates ("AB 12 345").
PLATE_FORMATS = (r"[A-Z]{2} ?\d{2} ?\d{3}",)
#: Words before a licence plate: after one, a plate in lower case counts too ("nummerplade ab12345").
PLATE_CUES = frozenset({"regnr", "reg.nr", "reg", "registreringsnummer", "nummerplade", "nummerpladen", "plade",
                        "bilnummer"})
#: Words written for "@" and "." in e-mail addresses spelled out ("mette snabel-a firma punktum dk").
EMAIL_AT_WORDS = ("at", "snabel-a", "snabela")
EMAIL_DOT_WORDS = ("dot", "punktum", "prik")
