"""Danish language data."""

#: NPS category names, as Danish CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritikere", "passive": "Passive", "promoter": "Promotorer"}

#: Ord i rapporten (HTML/Excel) og dens diagrammer (``textnps.report``).
#: ``columns`` oversætter tabellernes kolonnenavne til overskrifter.
REPORT_LABELS = {
    "report_title": "NPS-rapport: kommentarer",
    "all": "Alle",
    "responses": "svar",
    "comments": "kommentarer",
    "generated": "Oprettet",
    "codebook": "Kodebog",
    "small_sample_note": "Markeret * : færre end {min_n} svar, fortolk med forsigtighed.",
    "none": "Ingen fundet.",
    "section_summary": "NPS-oversigt",
    "section_nps_over_time": "NPS over tid",
    "section_top_complaints": "Hyppigste klager (kritikere)",
    "section_top_strengths": "Største styrker (promotorer)",
    "section_passives": "Hvad passive nævner",
    "section_impact": "Temaernes betydning for NPS",
    "section_heatmap": "Temaer pr. kategori",
    "section_trends": "Udvikling pr. tema",
    "section_emerging": "Voksende temaer",
    "section_segments": "Pr. segment",
    "section_method": "Metode",
    "method_text": (
        "Intervallerne er 95 %-intervaller: Wilson for andele, Wald for NPS. Betydning = NPS for alle "
        "svar minus NPS for de svar, der ikke nævner temaet. Udviklingen sammenligner den seneste "
        "periode med de foregående (z-test for to andele). P-værdierne er justeret for, at mange "
        "temaer testes på én gang (Benjamini-Hochberg)."
    ),
    "plot_nps_over_time": "NPS over tid (bånd: 95 % fejlmargin)",
    "plot_top_complaints": "Hyppigste klager blandt kritikere",
    "plot_top_strengths": "Største styrker blandt promotorer",
    "plot_impact": "Temaernes betydning for NPS (point, 95 %-interval)",
    "plot_heatmap": "Andel af hver kategori, der nævner temaet (%)",
    "plot_trends": "Temaets andel over tid blandt {category} (%)",
    "axis_share": "Andel af svarene (%)",
    "axis_nps": "NPS",
    "axis_impact": "NPS-point",
    "axis_period": "Periode",
    "columns": {
        "segment": "Segment",
        "period": "Periode",
        "category": "Kategori",
        "theme_id": "Tema-id",
        "theme": "Tema",
        "source": "Kilde",
        "rank": "Rang",
        "n": "Svar",
        "n_responses": "Svar",
        "n_mentions": "Omtaler",
        "pct": "Andel %",
        "pct_ci_low": "Andel % lav",
        "pct_ci_high": "Andel % høj",
        "pct_neg": "Negative %",
        "pct_pos": "Positive %",
        "pct_mixed": "Blandede %",
        "n_detractors": "Kritikere",
        "n_passives": "Passive",
        "n_promoters": "Promotorer",
        "pct_detractors": "Kritikere %",
        "pct_passives": "Passive %",
        "pct_promoters": "Promotorer %",
        "nps": "NPS",
        "se": "Standardfejl",
        "moe": "Fejlmargin",
        "ci_low": "Lav",
        "ci_high": "Høj",
        "nps_theme": "NPS for temaet",
        "nps_without": "NPS uden temaet",
        "impact": "Betydning",
        "impact_ci_low": "Betydning lav",
        "impact_ci_high": "Betydning høj",
        "p_value": "p",
        "p_adjusted": "p (BH)",
        "significant": "Signifikant",
        "small_sample": "Lille stikprøve",
        "pct_recent": "Andel % seneste",
        "pct_before": "Andel % før",
        "diff_pp": "Ændring (procentpoint)",
        "example_1": "Eksempel",
        "example_2": "Eksempel",
        "example_3": "Eksempel",
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
}

#: How a negated lemma (``neg_bra``) is shown in theme labels: ``ikke bra``.
NEGATION_WORD = 'ikke'

# --- preprocessing (textnps.preprocess) ---------------------------------------

#: spaCy blank pipeline, wordfreq list and lemmatisers (tried in order) for Danish.
SPACY_LANG = "da"
FREQ_LANG = "da"
LEMMATIZERS = ("spacy", "simplemma")

#: Stop words beyond spaCy's Danish list: survey filler and chat abbreviations.
STOP_WORDS = frozenset(
    "bla osv mv fx f.eks pga p.g.a dvs bl.a jo nok vel altså lidt meget rigtig virkelig helt ret "
    "også bare så sig sin sine får fik gøre gør gjorde være været er var blev blive bliver "
    "have har havde kan kunne skal skulle vil ville".split()
)

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
COMPOUND_NON_PARTS = frozenset({"hjemme", "ude", "inde", "oppe", "nede", "hen", "frem", "over", "under", "efter", "mellem", "gennem"})

PHONE_CUES = frozenset({"tlf", "tel", "telefon", "telefonnummer", "mobil", "mobilnummer", "ring", "ringe", "sms"})
ID_CUES = frozenset({"cpr", "cprnr", "cpr-nr", "cpr-nummer", "cprnummer", "personnummer"})
