"""Swedish language data."""

#: NPS category names, as Swedish CX teams write them.
CATEGORY_NAMES = {"detractor": "Kritiker", "passive": "Passiva", "promoter": "Förespråkare"}

#: Ord i rapporten (HTML/Excel) och dess diagram (``textnps.report``).
#: ``columns`` översätter tabellernas kolumnnamn till rubriker.
REPORT_LABELS = {
    "report_title": "NPS-rapport: kommentarer",
    "all": "Alla",
    "responses": "svar",
    "comments": "kommentarer",
    "generated": "Skapad",
    "codebook": "Kodbok",
    "small_sample_note": "Markerat * : färre än {min_n} svar, tolka med försiktighet.",
    "none": "Inga hittades.",
    "section_summary": "NPS-sammanfattning",
    "section_nps_over_time": "NPS över tid",
    "section_top_complaints": "Vanligaste klagomålen (kritiker)",
    "section_top_strengths": "Största styrkorna (förespråkare)",
    "section_passives": "Vad passiva nämner",
    "section_impact": "Temans påverkan på NPS",
    "section_heatmap": "Teman per kategori",
    "section_trends": "Trender per tema",
    "section_emerging": "Växande teman",
    "section_segments": "Per segment",
    "section_method": "Metod",
    "method_text": (
        "Intervallen är 95 %-intervall: Wilson för andelar, Wald för NPS. Påverkan = NPS för alla "
        "svar minus NPS för de svar som inte nämner temat. Trender jämför den senaste perioden med "
        "de tidigare (z-test för två andelar). P-värdena är justerade för att många teman testas "
        "samtidigt (Benjamini-Hochberg)."
    ),
    "plot_nps_over_time": "NPS över tid (band: 95 % felmarginal)",
    "plot_top_complaints": "Vanligaste klagomålen bland kritiker",
    "plot_top_strengths": "Största styrkorna bland förespråkare",
    "plot_impact": "Temans påverkan på NPS (poäng, 95 %-intervall)",
    "plot_heatmap": "Andel av varje kategori som nämner temat (%)",
    "plot_trends": "Temats andel över tid bland {category} (%)",
    "axis_share": "Andel av svaren (%)",
    "axis_nps": "NPS",
    "axis_impact": "NPS-poäng",
    "axis_period": "Period",
    "columns": {
        "segment": "Segment",
        "period": "Period",
        "category": "Kategori",
        "theme_id": "Tema-id",
        "theme": "Tema",
        "source": "Källa",
        "rank": "Rang",
        "n": "Svar",
        "n_responses": "Svar",
        "n_mentions": "Omnämnanden",
        "pct": "Andel %",
        "pct_ci_low": "Andel % låg",
        "pct_ci_high": "Andel % hög",
        "pct_neg": "Negativa %",
        "pct_pos": "Positiva %",
        "pct_mixed": "Blandade %",
        "n_detractors": "Kritiker",
        "n_passives": "Passiva",
        "n_promoters": "Förespråkare",
        "pct_detractors": "Kritiker %",
        "pct_passives": "Passiva %",
        "pct_promoters": "Förespråkare %",
        "nps": "NPS",
        "se": "Medelfel",
        "moe": "Felmarginal",
        "ci_low": "Låg",
        "ci_high": "Hög",
        "nps_theme": "NPS för temat",
        "nps_without": "NPS utan temat",
        "impact": "Påverkan",
        "impact_ci_low": "Påverkan låg",
        "impact_ci_high": "Påverkan hög",
        "p_value": "p",
        "p_adjusted": "p (BH)",
        "significant": "Signifikant",
        "small_sample": "Litet urval",
        "pct_recent": "Andel % senast",
        "pct_before": "Andel % tidigare",
        "diff_pp": "Förändring (procentenheter)",
        "example_1": "Exempel",
        "example_2": "Exempel",
        "example_3": "Exempel",
    },
}


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
}

#: How a negated lemma (``neg_bra``) is shown in theme labels: ``inte bra``.
NEGATION_WORD = 'inte'

# --- preprocessing (textnps.preprocess) ---------------------------------------

#: spaCy blank pipeline, wordfreq list and lemmatisers (tried in order) for Swedish.
SPACY_LANG = "sv"
FREQ_LANG = "sv"
LEMMATIZERS = ("spacy", "simplemma")

#: Stop words beyond spaCy's Swedish list: survey filler and chat abbreviations.
STOP_WORDS = frozenset(
    "bl.a bla osv mfl m.fl typ ju nog iaf dvs pga p.g.a t.ex tex etc kanske lite mycket väldigt "
    "riktigt helt ganska mkt ngt ngn nån nåt också även bara sen sedan fick får göra gör gjorde "
    "vara varit är var blev bli blir ha har hade".split()
)

#: Words that negate what follows them (their scope gets ``neg_`` lemmas).
NEGATORS = frozenset({"inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "utan", "knappast"})

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
COMPOUND_NON_PARTS = frozenset({"hemma", "bort", "fram", "till", "över", "under", "efter", "mellan", "genom", "utom"})

#: Words that, just before a number, mark it as a phone number or a personal ID.
PHONE_CUES = frozenset({"tel", "tfn", "telefon", "telefonnummer", "mobil", "mobilnummer", "ring", "ringa", "sms"})
ID_CUES = frozenset({"personnummer", "personnr", "pnr", "samordningsnummer"})
