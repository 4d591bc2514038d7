"""Swedish language data."""

#: NPS category names, as Swedish CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritiker", "passive": "Passiva", "promoter": "Förespråkare"}

# The report's words live in their own module (this one holds the language's text data):
from textnps.lang import sv_report as _report  # noqa: E402

REPORT_LABELS, REPORT_NOTES, COMPARE_LABELS = _report.REPORT_LABELS, _report.REPORT_NOTES, _report.COMPARE_LABELS


#: Cross-lingual concepts for theme discovery (``textnps.themes``): lemmas of
#: this language that name the same customer-experience thing as the lemmas
#: listed under the same key in the other Nordic modules, so that Swedish,
#: Danish and Norwegian comments about it land in one theme. Only words whose
#: spelling differs between the languages are listed (``pris`` is already shared).
CONCEPTS = {
    'insurance': ('försäkring',),
    'damage': ('skada',),
    'case': ('ärende',),
    'customer_service': ('kundtjänst', 'kundservice'),
    'customer': ('kund',),
    'service': ('tjänst',),
    'money': ('pengar',),
    'employee': ('medarbetare', 'anställd', 'personal'),
    'advisor': ('rådgivare',),
    'call': ('ringa',),
    'conversation': ('samtal',),
    'answer': ('svar', 'svara'),
    'wait': ('vänta', 'väntan'),
    'waiting_time': ('väntetid',),
    'fast': ('snabb', 'snabbt'),
    'slow': ('långsam',),
    'good': ('bra', 'god'),
    'bad': ('dålig',),
    'help': ('hjälp', 'hjälpa'),
    'helpful': ('hjälpsam',),
    'friendly': ('vänlig',),
    'nice': ('trevlig',),
    'polite': ('artig',),
    'easy': ('enkel', 'lätt'),
    'difficult': ('svår', 'krånglig'),
    'error': ('fel',),
    'payment': ('betalning', 'betala'),
    'invoice': ('faktura', 'räkning'),
    'refund': ('återbetalning',),
    'compensation': ('ersättning',),
    'deductible': ('självrisk',),
    'cancellation': ('uppsägning',),
    'company': ('företag', 'bolag'),
    'home': ('hem', 'hemma'),
    'travel': ('resa',),
    'delivery': ('leverans', 'leverera'),
    'package': ('paket',),
    'order': ('beställning', 'beställa'),
    'website': ('hemsida', 'webbplats'),
    'email': ('mejl', 'e-post'),
    'week': ('vecka',),
    'month': ('månad',),
    'never': ('aldrig',),
    'always': ('alltid',),
    'recommend': ('rekommendera',),
    'satisfied': ('nöjd',),
    'disappointed': ('besviken',),
    'question': ('fråga',),
    'premium': ('premie',),
    'increase': ('höjning', 'höja'),
    'offer': ('erbjudande',),
    'message': ('meddelande',),
    'promise': ('lova', 'löfte'),
    'professional': ('professionell',),
    'shop': ('butik',),
    'delayed': ('försenad',),
    'delay': ('försening',),
    # telecom and shop words (sample survey, webshops)
    'price_increase': ('prishöjning',),
    'buy': ('köpa', 'köp'),
    'function': ('fungera',),
    'subscription': ('abonnemang',),
    'operator': ('operatör',),
    'broadband': ('bredband',),
    'coverage': ('täckning',),
    'queue': ('kö',),
    'login': ('logga', 'inloggning'),
    'switch': ('byta', 'byte'),
    'explain': ('förklara',),
}

#: How a negated lemma (``neg_bra``) is shown in theme labels: ``inte bra``.
NEGATION_WORD = 'inte'

#: Lemmas theme discovery leaves out of its terms (``textnps.themes``): verdicts and intensifiers
#: that say how a customer feels, not what about; a theme of them would group comments by mood.
DISCOVERY_GENERIC = frozenset(['aldrig', 'allt', 'alltid', 'bäst', 'bättre', 'dålig', 'fantastisk', 'fin', 'fint', 'grym', 'hel', 'hela', 'helt', 'jättebra', 'kanon', 'kass', 'missnöjd', 'mycket', 'nöjd', 'ok', 'okay', 'okej', 'perfekt', 'riktigt', 'super', 'superbra', 'sämre', 'sämst', 'toppen', 'usel', 'verkligen', 'väldigt', 'värdelös'])

# --- preprocessing (textnps.preprocess) ---------------------------------------

#: spaCy blank pipeline, wordfreq list and lemmatisers (tried in order) for Swedish:
#: simplemma's Swedish lemmas beat spaCy's lookup table on survey verbs (tog -> ta);
#: spaCy's table catches what simplemma leaves unchanged (snabbt -> snabb).
SPACY_LANG = "sv"
FREQ_LANG = "sv"
LEMMATIZERS = ("simplemma", "spacy")
#: Lemmas the tables get wrong on survey words (looked up first): none known for this language.
LEMMA_EXCEPTIONS: dict[str, str] = {}

#: Stop words beyond spaCy's Swedish list: survey filler and chat abbreviations.
STOP_WORDS = frozenset(
    "bl.a bla osv mfl m.fl typ ju nog iaf dvs pga p.g.a t.ex tex etc kanske lite mycket väldigt "
    "riktigt helt ganska mkt ngt ngn nån nåt också även bara sen sedan fick får göra gör gjorde "
    "vara varit är var blev bli blir ha har hade".split()
)

#: Words spaCy lists as stop words that carry a comment's meaning: never stop words here.
KEEP_WORDS = frozenset(['bra', 'bäst', 'bättre', 'dålig', 'dåligt', 'enkel', 'enkelt', 'fel', 'god', 'goda', 'gott', 'kort', 'lite', 'liten', 'länge', 'lätt', 'lång', 'ny', 'nya', 'rätt', 'snabb', 'snabbt', 'stor', 'stora', 'sämre', 'sämst', 'tack'])

#: Words that negate what follows them (their scope gets ``neg_`` lemmas).
#: ``utan`` is left out: in ``inte bara X utan Y`` it means "but", not "without".
NEGATORS = frozenset({"inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "knappast"})

#: Words that end a negation scope (a new clause starts).
NEGATION_BREAKERS = frozenset({"men", "fast", "eftersom", "då", "när", "och", "eller"})

#: Words right after a negator that cancel it (``inte bara snabb`` is not a negation of ``snabb``).
NEGATION_EXCEPTIONS = frozenset({"bara", "endast", "enbart", "minst", "blott"})

#: Whole answers that say nothing (compared after lowercasing and stripping punctuation).
NON_ANSWERS = frozenset(
    {
        "nej", "nä", "nix", "ja", "inget", "ingen", "inga", "ingenting", "inget särskilt", "inget speciellt",
        "ingen kommentar", "inga kommentarer", "inget att tillägga", "inget mer", "inget mer att säga",
        "vet ej", "vet inte", "ingen aning", "inget att säga", "inget svar", "ok", "okej", "x", "xx", "xxx",
        "inget övrigt", "nej tack", "inte just nu", "ingen åsikt",
    }
)

#: Linking elements between the parts of a compound (``leverans|tid``, ``kvalitet|s|brist``).
COMPOUND_LINKS = ("", "s")

#: Words never taken as a part of a compound (adverbs/prefixes whose split misleads).
COMPOUND_NON_PARTS = frozenset({"hemma", "bort", "fram", "till", "över", "under", "efter", "mellan", "genom", "utom"}) | frozenset(['sam', 'het', 'lig', 'bar', 'ning', 'else', 'skap', 'dom', 'ande', 'ende', 'are', 'ism', 'ist']) | frozenset(['fort', 'miss', 'god', 'för', 'förs', 'till', 'til', 'sam', 'själv', 'sid', 'fara', 'rar', 'lösa', 'lös', 'ring', 'ens', 'sen', 'ung', 'ting', 'lägga', 'känna', 'sätta', 'stad'])  # derivational suffixes and verb prefixes are not parts; the rest: false splits seen on real reviews

#: Words that, just before a number, mark it as a phone number or a personal ID.
PHONE_CUES = frozenset({"tel", "tfn", "telefon", "telefonnummer", "mobil", "mobilnummer", "ring", "ringa", "sms"})
ID_CUES = frozenset({"personnummer", "personnr", "pnr", "samordningsnummer"})

# -- polarity (textnps.themes.codebook.polarity) ------------------------------------
# Words as seed terms: ``word``, ``word*`` (starts with), ``*word`` (ends with).
#: Words that make a clause positive.
POSITIVE_WORDS = frozenset("""
bra bättre bäst bästa jättebra superbra toppen topp super utmärkt* perfekt* fantastisk* underbar* suverän*
strålande grym grymt grymma nöjd nöjda nöjdare trevlig* vänlig* hjälpsam* tillmötesgående kunnig* kompetent*
proffsig* professionell* smidig* enkel enkelt enkla lätt snabb snabbt snabba snabbare effektiv* billig* prisvärd*
rekommender* tack tacksam* glad glada gärna härlig* kanon* positiv* fin fint fina trygg tryggt pålitlig* seriös*
tydlig* god gott goda bekväm* lyhörd* engagerad* omtänksam* förstående korrekt noggrann* snygg* imponer* ärlig*
duktig* proffs smärtfri* problemfri* gillar gillade älskar rimlig* schysst* schyst* kul roligt nöjdhet bäste
hjälpte välkomnande välskött* ok okej okay *nöjd *nöjda tillfreds* imponerad* klockren* enastående fenomenal* bekymmersfri* omgående prisvärt
felfri* punktlig* välfungerande beröm
""".split())
#: Words that make a clause negative.
NEGATIVE_WORDS = frozenset("""
dålig* dåligt sämre sämst* usel* uselt kass kasst katastrof* värdelös* oseriös* otrevlig* ovänlig* oförskämd*
nonchalant* arrogant* inkompetent* okunnig* oproffsig* oprofessionell* besviken* besvikelse* missnöjd* irriter*
frustrer* arg arga förbannad* tyvärr problem* fel felet felaktig* trasig* sönder defekt* dyr dyrt dyra dyrare
långsam* krånglig* krångel* strul* besvärlig* lurad* lura lurar lurade lurat bedrag* svindl* bluff* oärlig*
skandal* skräp* hemsk* fruktansvärd* förfärlig* pinsam* oacceptabel* försenad* försening* väntade väntat väntar
klagomål* otydlig* oklar* svårt svår svåra trög* seg segt slarv* saknas saknade saknar fattas struntar strunta*
ignorer* vägrar vägrade obegriplig* onödig* tråkig* ledsen ledsna ohjälpsam* otillgänglig* undvik* varning
varna* överpris* ocker* oförmåga bristfällig* brist* avslag* nekad* nekade ljög ljuger lögn* skämt ovilja
inkompetens dröjde dröjer borttappad* förlorad* tappade tappat kaos* fiasko* sur sura snål* snåla negativ* jobbig* jobbigt prishöjning* höjt höjde höjning* otillfreds*
skadad* skadat krossad* försvunnen försvann försvunnit bedrövlig* horribel* vidrig* oproffsigt
""".split())
#: Words that start a new clause: the polarity of what follows may differ.
CONTRAST_WORDS = frozenset({"men", "fast", "dock", "däremot", "medan", "annars", "förutom", "utom", "trots", "bortsett"})
#: Word groups with a sentiment their words lack alone (no negators inside: they are handled apart).
POSITIVE_PHRASES = ("kan inte annat än", "inte annat än", "inget att anmärka", "inget att klaga på", "kan inte klaga", "inga klagomål", "i tid", "i tide", "som utlovat", "som lovat", "som avtalat", "dagen efter", "nästa dag",
                    "samma dag", "värt pengarna", "valuta för pengarna", "kan rekommenderas", "tog sig tid",
                    "lätt att", "hela vägen")
NEGATIVE_PHRASES = ("lång tid", "för dyrt", "för dyr", "tog tid", "flera veckor", "flera månader", "flera gånger",
                    "om och om igen", "gång på gång", "för sent", "alldeles för länge", "aldrig kom", "inte kommit")

#: Words and phrases that turn a clause into a wish or a suggestion (``kunde gärna vara billigare``):
#: a wish is a complaint, so the clause counts as negative whatever its other words say.
WISH_PHRASES = ("borde", "bör", "önskar", "önskade", "önskvärt", "skulle önska", "kunde gärna", "får gärna", "saknar", "saknade")

#: Clause words that lost line breaks glue to the word before them (``leveringmen``): the themes'
#: tokenizer splits them off again when the glued token is no word (textnps.themes.codebook.terms).
GLUED_WORDS = ("men", "och")


# -- personal data (textnps.preprocess.names, addresses, plates, emails) ---------------------------
#: Words right before a person's name ("tack till Erik", "pratade med anna"): a lower-case name
#: (lower-cased exports) is only taken for a name after one of these, or next to another name.
NAME_CUES = ("tack", "tack till", "tack vare", "pratade med", "pratat med", "prata med", "talade med", "talat med",
             "samtal med", "hjälp av", "hjälp från", "fick hjälp av", "kontakt med", "hälsningar", "hälsning",
             "mvh", "med vänlig hälsning", "hej", "hejsan", "handläggare", "handläggaren", "rådgivare",
             "rådgivaren", "min rådgivare", "säljare", "säljaren", "kollega", "kollegan", "som heter", "heter", "hette")
#: Ordinary Swedish words that are also names in the name list ("bo" = live, "dag" = day, "hans" = his):
#: redacted only when written with a capital inside a sentence or next to another name.
NAME_WORDS = frozenset(
    "dag hans liv per bo lund dam berg bak sanna kim strand vik borg ström storm sand ek kista urban svärd valen "
    "stava damm häll lejon palm lill bang kock blom holm björk björn hagen frost dalen list falk meta lind blixt "
    "backe malm skytte kaj bonde sanden tell fröjd ninja stig august maj klara finn bror post inga mina max".split()
)
#: Words after which a capitalised surname is a place ("i Lund", "från Berg").
PLACE_PREPOSITIONS = frozenset({"i", "på", "från", "till", "vid", "mot", "genom", "utanför", "nära"})
#: Endings of surnames the name list may miss ("Bergqvistsson"), taken after a first name.
SURNAME_ENDINGS = ("sson", "qvist", "kvist", "ström", "berg", "gren", "lund", "holm", "dahl", "stedt", "blad")
#: Endings of street names written as one word ("Storgatan 12", "Kungsvägen 3").
STREET_SUFFIXES = ("gatan", "gata", "vägen", "väg", "gränd", "gränden", "torget", "torg", "backen", "stigen",
                   "allén", "allé", "leden", "esplanaden", "promenaden", "plan", "kajen")
#: Street words written apart ("Karl Johans gate 22"), after a capitalised or genitive word.
STREET_WORDS = frozenset({"gata", "gatan", "väg", "vägen", "allé", "torg", "gränd"})
#: Words that make the number before them a count, not a house number ("vägen 2 gånger").
UNIT_WORDS = frozenset({"gång", "gånger", "min", "minuter", "timmar", "timme", "dagar", "dag", "veckor", "vecka",
                        "månader", "år", "km", "mil", "kr", "kronor", "sek", "procent", "st", "mm", "cm", "meter"})
#: Swedish licence plates ("ABC 123", "MLB 84K"; the letters I, Q and V are not used).
PLATE_FORMATS = (r"[A-HJ-PR-UW-Z]{3} ?\d{2}[A-HJ-NP-UW-Z0-9]",)
#: Words before a licence plate: after one, a plate in lower case counts too ("regnr abc123").
PLATE_CUES = frozenset({"regnr", "reg.nr", "reg", "registreringsnummer", "registreringsnr", "bilnummer", "skylt",
                        "nummerplåt", "nummerplåten"})
#: Words written for "@" and "." in e-mail addresses spelled out ("anna snabel-a firma punkt se").
EMAIL_AT_WORDS = ("at", "snabel-a", "snabela")
EMAIL_DOT_WORDS = ("dot", "punkt")
