"""Norwegian Bokmål language data."""

#: NPS category names, as Norwegian CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritikere", "passive": "Passive", "promoter": "Ambassadører"}

#: Ord i rapporten (HTML/Excel) og diagrammene (``textnps.report``).
#: ``columns`` oversetter tabellenes kolonnenavn til overskrifter.
REPORT_LABELS = {
    "report_title": "NPS-rapport: kommentarer",
    "all": "Alle",
    "responses": "svar",
    "comments": "kommentarer",
    "generated": "Laget",
    "codebook": "Kodebok",
    "small_sample_note": "Merket * : færre enn {min_n} svar, tolk med forsiktighet.",
    "none": "Ingen funnet.",
    "decimal": ",",
    "section_findings": "Viktigste funn",
    "finding_complaint": "Vanligste klage blant kritikere: {theme} ({pct} %)",
    "finding_strength": "Største styrke blant ambassadører: {theme} ({pct} %)",
    "finding_impact": "Største negative betydning for NPS: {theme} ({impact} poeng)",
    "finding_emerging": "Øker: {theme} blant {category} ({before} % → {recent} % i {period})",
    "section_summary": "NPS-oversikt",
    "section_nps_over_time": "NPS over tid",
    "section_top_complaints": "Vanligste klager (kritikere)",
    "section_top_strengths": "Største styrker (ambassadører)",
    "section_passives": "Hva passive nevner",
    "section_impact": "Temaenes betydning for NPS",
    "section_heatmap": "Temaer per kategori",
    "section_trends": "Utvikling per tema",
    "section_emerging": "Voksende temaer",
    "section_segments": "Per segment",
    "section_method": "Metode",
    "method_text": (
        "Intervallene er 95 %-intervaller: Wilson for andeler, Wald for NPS. Betydning = NPS for alle "
        "svar minus NPS for svarene som ikke nevner temaet. Utviklingen sammenligner den siste "
        "perioden med de foregående (z-test for to andeler). P-verdiene er justert for at mange "
        "temaer testes samtidig (Benjamini-Hochberg)."
    ),
    "plot_nps_over_time": "NPS over tid (bånd: 95 % feilmargin)",
    "plot_top_complaints": "Vanligste klager blant kritikere",
    "plot_top_strengths": "Største styrker blant ambassadører",
    "plot_impact": "Temaenes betydning for NPS (poeng, 95 %-intervall)",
    "plot_heatmap": "Andel av hver kategori som nevner temaet (%)",
    "plot_trends": "Temaets andel over tid blant {category} (%)",
    "axis_share": "Andel av svarene (%)",
    "axis_nps": "NPS",
    "axis_impact": "NPS-poeng",
    "axis_period": "Periode",
    "section_fix_first": "Rett først",
    "fix_first_intro": (
        "Temaer rangert etter hvor mange NPS-poeng klagene koster: hvor mye høyere NPS ville vært om "
        "svarene som nevner temaet negativt, hadde gitt samme karakter som de andre. Andel: kritikerne "
        "som klager på det. Utvikling: endringen i den andelen i den siste perioden, ↑/↓ når den er "
        "signifikant."
    ),
    "section_praise": "Styrker å ta vare på",
    "praise_intro": (
        "Temaer rangert etter hvor mange NPS-poeng rosen gir: hvor mye lavere NPS ville vært uten svarene"
        " som nevner temaet positivt. Andel: ambassadørene som roser det."
    ),
    "finding_fix_first": "Rett først: {theme}, der klagene koster {points} NPS-poeng ({pct} % av kritikerne)",
    "finding_praise": "Mest ros: {theme}, som gir {points} NPS-poeng ({pct} % av ambassadørene)",
    "method_fix_first": (
        "Rett først og styrker: betydningen av et temas negative (eller positive) omtaler alene, så "
        "klager og ros av samme tema aldri utligner hverandre. Sitatene kommer fra kommentarer der temaet"
        " har den polariteten, forkortet til setningsleddet som nevner det."
    ),
    "values": {"up": "opp", "down": "ned", "codebook": "kodebok", "discovery": "oppdaget", "fisher": "Fisher"},
    "columns": {
        "cost_points": "Kostnad (NPS-poeng)",
        "cost_ci_low": "Kostnad lav",
        "cost_ci_high": "Kostnad høy",
        "gain_points": "Gevinst (NPS-poeng)",
        "gain_ci_low": "Gevinst lav",
        "gain_ci_high": "Gevinst høy",
        "pct_of_detractors": "% av kritikerne",
        "pct_of_promoters": "% av ambassadørene",
        "trend": "Utvikling",
        "trend_pp": "Utvikling (prosentpoeng)",
        "quotes": "Sitater",
        "examples": "Eksempler",
        "quote_1": "Sitat 1",
        "quote_2": "Sitat 2",
        "quote_3": "Sitat 3",
        "example_1": "Eksempel 1",
        "example_2": "Eksempel 2",
        "example_3": "Eksempel 3",
        "n_mentions_neg": "Negative omtaler",
        "impact_neg": "Betydning av negative omtaler",
        "impact_ci_low_neg": "Betydning negative lav",
        "impact_ci_high_neg": "Betydning negative høy",
        "p_adjusted_neg": "p (BH) negative",
        "significant_neg": "Signifikant negative",
        "small_sample_neg": "Lite utvalg negative",
        "n_mentions_pos": "Positive omtaler",
        "impact_pos": "Betydning av positive omtaler",
        "impact_ci_low_pos": "Betydning positive lav",
        "impact_ci_high_pos": "Betydning positive høy",
        "p_adjusted_pos": "p (BH) positive",
        "significant_pos": "Signifikant positive",
        "small_sample_pos": "Lite utvalg positive",
        "impact_se": "Betydning standardfeil",
        "nps_all": "NPS for alle",
        "nps_theme_ci_low": "NPS for temaet lav",
        "nps_theme_ci_high": "NPS for temaet høy",
        "pct_mentions": "Omtaler %",
        "direction": "Retning",
        "mentions_before": "Omtaler før",
        "mentions_recent": "Omtaler sist",
        "n_before": "Svar før",
        "n_recent": "Svar sist",
        "note": "Merknad",
        "period_start": "Periodens start",
        "test": "Test",
        "z": "z",
        "label": "Etikett",
        "terms": "Termer",
        "share_detractor": "Andel kritikere",
        "share_passive": "Andel passive",
        "share_promoter": "Andel ambassadører",
        "languages": "Språk",
        "coherence": "Sammenheng",
        "segment": "Segment",
        "period": "Periode",
        "category": "Kategori",
        "theme_id": "Tema-id",
        "theme": "Tema",
        "source": "Kilde",
        "rank": "Rangering",
        "n": "Svar",
        "n_responses": "Svar",
        "n_mentions": "Omtaler",
        "pct": "Andel %",
        "pct_ci_low": "Andel % lav",
        "pct_ci_high": "Andel % høy",
        "pct_neg": "Negative %",
        "pct_pos": "Positive %",
        "pct_mixed": "Blandede %",
        "n_detractors": "Kritikere",
        "n_passives": "Passive",
        "n_promoters": "Ambassadører",
        "pct_detractors": "Kritikere %",
        "pct_passives": "Passive %",
        "pct_promoters": "Ambassadører %",
        "nps": "NPS",
        "se": "Standardfeil",
        "moe": "Feilmargin",
        "ci_low": "Lav",
        "ci_high": "Høy",
        "nps_theme": "NPS for temaet",
        "nps_without": "NPS uten temaet",
        "impact": "Betydning",
        "impact_ci_low": "Betydning lav",
        "impact_ci_high": "Betydning høy",
        "p_value": "p",
        "p_adjusted": "p (BH)",
        "significant": "Signifikant",
        "small_sample": "Lite utvalg",
        "pct_recent": "Andel % siste",
        "pct_before": "Andel % før",
        "recent_periods": "Siste periode(r)",
        "diff_pp": "Endring (prosentpoeng)",
    },
}


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

#: Ord til sammenligningen av to målinger (textnps.report.compare).
#: Rapportens merknader (textnps.report.notes): hva som ble fjernet, forkortet eller hoppet over.
REPORT_NOTES = {
    "classification_unavailable": "Temaklassifisering er ikke tilgjengelig: ingen temaer vises.",
    "preprocessing_unavailable": (
        "Forbehandling er ikke tilgjengelig: kommentarene vises ikke (de er ikke anonymisert)."
    ),
    "unmatched_too_few": (
        "{n} kommentar(er) passet ikke til noe tema i kodeboken: for få til å grupperes i nye temaer (det"
        " krever {needed})."
    ),
    "unmatched_clustered": (
        "{n} kommentarer passet ikke til noe tema i kodeboken; de ble gruppert i {k} nye temaer "
        "(new:...)."
    ),
    "truncated": (
        "{n} kommentar(er) på mer enn {max_chars} tegn ble forkortet til den lengden (merket i "
        "'truncated' i tables/responses.csv); temaene deres kommer fra den forkortede teksten."
    ),
    "outside_window": (
        "{n} av {total} svar er datert utenfor perioden {window} og er ikke med i noen tabell."
    ),
    "undated_window": (
        "{n} av {total} svar har ingen dato og er ikke med (perioden {window} ble valgt)."
    ),
    "dropped_scores": (
        "{n} av {total} rader ble fjernet fordi {column} ikke er en NPS-karakter (0–10)."
    ),
    "mixed_encodings": (
        "{name} blander tegnkodinger: {n} av {total} linjer er ikke UTF-8 og ble lest som cp1252 "
        "(Windows), de andre som UTF-8. Sjekk de radene; eksporter filen som UTF-8 på nytt for å unngå "
        "dette."
    ),
    "unknown_file_type": "Ukjent filtype {suffix}: {name} leses som CSV.",
}

COMPARE_LABELS = {
    "title": "NPS: sammenligning av målinger",
    "section_nps": "NPS: forrige og siste måling",
    "section_significant": "Signifikante endringer",
    "section_detractors": "Kritikere: temaer i begge målingene",
    "section_promoters": "Ambassadører: temaer i begge målingene",
    "section_new": "Nye temaer (klynger i siste måling som ikke ligner et lagret tema)",
    "section_segments": "Signifikante endringer per segment",
    "previous": "Forrige",
    "current": "Siste",
    "previous_wave": "Forrige måling",
    "current_wave": "Siste måling",
    "finding_nps": "NPS {previous} → {current} ({diff} poeng, {verdict})",
    "finding_change": "{theme} blant {category}: {before} % → {after} % ({diff} prosentpoeng, 95 % intervall "
                      "{low} til {high}; p (BH) {p})",
    "significant": "signifikant",
    "not_significant": "ikke signifikant",
    "no_change": "Ingen temaandel endret seg signifikant (falsk oppdagelsesrate {alpha}).",
    "plot_nps": "NPS per måling (95 % intervall)",
    "plot_changes": "{category}: temaets andel (%), forrige → siste (fet: signifikant)",
    "method": ("Begge målingene måles med samme klassifikator og samme klyngemodell, så et tema beholder sin id. "
               "Andeler er av svar med kommentar i kategorien; endringen har Newcombes intervall og en z-test "
               "for to andeler, p-verdier justert med Benjamini-Hochberg. NPS-poeng = endringen i temaets "
               "påvirkning på NPS."),
    "columns": {"wave": "Måling", "n_previous": "Svar (forrige)", "n_current": "Svar (siste)",
                "nps_previous": "NPS (forrige)", "nps_current": "NPS (siste)", "diff": "Endring",
                "pct_previous": "Andel % (forrige)", "pct_current": "Andel % (siste)",
                "diff_pp": "Endring (prosentpoeng)", "nps_points": "NPS-poeng", "status": "Status",
                "label": "Etikett", "terms": "Termer",
                "pct_detractor_current": "Kritikere % (siste)", "pct_promoter_current": "Ambassadører % (siste)",
                "pct_detractor_previous": "Kritikere % (forrige)", "pct_promoter_previous": "Ambassadører % (forrige)",
                "mentions_previous": "Omtaler (forrige)", "mentions_current": "Omtaler (siste)",
                "diff_ci_low": "Endring lav", "diff_ci_high": "Endring høy",
                "impact_previous": "Påvirkning (forrige)", "impact_current": "Påvirkning (siste)",
                "direction": "Retning", "rising": "Økende"},
}

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
