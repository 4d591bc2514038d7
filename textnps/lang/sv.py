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
    "decimal": ",",
    "section_findings": "Viktigaste resultaten",
    "finding_complaint": "Vanligaste klagomålet bland kritiker: {theme} ({pct} %)",
    "finding_strength": "Största styrkan bland förespråkare: {theme} ({pct} %)",
    "finding_impact": "Störst negativ påverkan på NPS: {theme} ({impact} poäng)",
    "finding_emerging": "Ökar: {theme} bland {category} ({before} % → {recent} % i {period})",
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
    "section_fix_first": "Åtgärda först",
    "fix_first_intro": (
        "Teman rangordnade efter hur många NPS-poäng klagomålen kostar: hur mycket högre NPS skulle vara "
        "om svaren som nämner temat negativt gav samma betyg som de andra. Andel: de kritiker som klagar "
        "på det. Trend: förändringen av den andelen under den senaste perioden, ↑/↓ när den är "
        "signifikant."
    ),
    "section_praise": "Styrkor att behålla",
    "praise_intro": (
        "Teman rangordnade efter hur många NPS-poäng berömmet ger: hur mycket lägre NPS skulle vara utan "
        "svaren som nämner temat positivt. Andel: de förespråkare som berömmer det."
    ),
    "finding_fix_first": (
        "Åtgärda först: {theme}, vars klagomål kostar {points} NPS-poäng ({pct} % av kritikerna)"
    ),
    "finding_praise": "Starkast beröm: {theme}, som ger {points} NPS-poäng ({pct} % av förespråkarna)",
    "method_fix_first": (
        "Åtgärda först och styrkor: påverkan av enbart de negativa (eller positiva) omnämnandena av ett "
        "tema, så att klagomål och beröm av samma tema aldrig tar ut varandra. Citaten kommer från "
        "kommentarer där temat har den polariteten, kortade till den sats som nämner det."
    ),
    "values": {"up": "upp", "down": "ned", "codebook": "kodbok", "discovery": "upptäckt", "fisher": "Fisher"},
    "columns": {
        "cost_points": "Kostnad (NPS-poäng)",
        "cost_ci_low": "Kostnad låg",
        "cost_ci_high": "Kostnad hög",
        "gain_points": "Vinst (NPS-poäng)",
        "gain_ci_low": "Vinst låg",
        "gain_ci_high": "Vinst hög",
        "pct_of_detractors": "% av kritikerna",
        "pct_of_promoters": "% av förespråkarna",
        "trend": "Trend",
        "trend_pp": "Trend (procentenheter)",
        "quotes": "Citat",
        "examples": "Exempel",
        "quote_1": "Citat 1",
        "quote_2": "Citat 2",
        "quote_3": "Citat 3",
        "example_1": "Exempel 1",
        "example_2": "Exempel 2",
        "example_3": "Exempel 3",
        "n_mentions_neg": "Negativa omnämnanden",
        "impact_neg": "Påverkan av negativa omnämnanden",
        "impact_ci_low_neg": "Påverkan negativa låg",
        "impact_ci_high_neg": "Påverkan negativa hög",
        "p_adjusted_neg": "p (BH) negativa",
        "significant_neg": "Signifikant negativa",
        "small_sample_neg": "Litet urval negativa",
        "n_mentions_pos": "Positiva omnämnanden",
        "impact_pos": "Påverkan av positiva omnämnanden",
        "impact_ci_low_pos": "Påverkan positiva låg",
        "impact_ci_high_pos": "Påverkan positiva hög",
        "p_adjusted_pos": "p (BH) positiva",
        "significant_pos": "Signifikant positiva",
        "small_sample_pos": "Litet urval positiva",
        "impact_se": "Påverkan standardfel",
        "nps_all": "NPS för alla",
        "nps_theme_ci_low": "NPS för temat låg",
        "nps_theme_ci_high": "NPS för temat hög",
        "pct_mentions": "Omnämnanden %",
        "direction": "Riktning",
        "mentions_before": "Omnämnanden före",
        "mentions_recent": "Omnämnanden senast",
        "n_before": "Svar före",
        "n_recent": "Svar senast",
        "note": "Anmärkning",
        "period_start": "Periodens början",
        "test": "Test",
        "z": "z",
        "label": "Etikett",
        "terms": "Termer",
        "share_detractor": "Andel kritiker",
        "share_passive": "Andel passiva",
        "share_promoter": "Andel förespråkare",
        "languages": "Språk",
        "coherence": "Sammanhang",
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
        "recent_periods": "Senaste period(er)",
        "diff_pp": "Förändring (procentenheter)",
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

#: Ord för jämförelsen mellan två mätomgångar (textnps.report.compare).
#: Rapportens anmärkningar (textnps.report.notes): vad som togs bort, kortades eller hoppades över.
REPORT_NOTES = {
    "classification_unavailable": "Temaklassificering är inte tillgänglig: inga teman redovisas.",
    "preprocessing_unavailable": (
        "Förbehandling är inte tillgänglig: kommentarerna visas inte (de är inte avidentifierade)."
    ),
    "unmatched_too_few": (
        "{n} kommentar(er) passade inte något tema i kodboken: för få för att grupperas i nya teman (det "
        "krävs {needed})."
    ),
    "unmatched_clustered": (
        "{n} kommentarer passade inte något tema i kodboken; de grupperades i {k} nya teman (new:...)."
    ),
    "truncated": (
        "{n} kommentar(er) längre än {max_chars} tecken kortades till den längden (markerade i "
        "'truncated' i tables/responses.csv); deras teman kommer från den kortade texten."
    ),
    "outside_window": (
        "{n} av {total} svar är daterade utanför perioden {window} och ingår inte i någon tabell."
    ),
    "undated_window": "{n} av {total} svar saknar datum och ingår inte (perioden {window} valdes).",
    "dropped_scores": "{n} av {total} rader togs bort eftersom {column} inte är ett NPS-betyg (0–10).",
    "mixed_encodings": (
        "{name} blandar teckenkodningar: {n} av {total} rader är inte UTF-8 och lästes som cp1252 "
        "(Windows), de andra som UTF-8. Kontrollera de raderna; exportera filen som UTF-8 igen för att "
        "undvika detta."
    ),
    "unknown_file_type": "Okänd filtyp {suffix}: {name} läses som CSV.",
}

COMPARE_LABELS = {
    "title": "NPS: jämförelse mellan mätomgångar",
    "section_nps": "NPS: förra och senaste omgången",
    "section_significant": "Signifikanta förändringar",
    "section_detractors": "Kritiker: teman i båda omgångarna",
    "section_promoters": "Förespråkare: teman i båda omgångarna",
    "section_new": "Nya teman (kluster i senaste omgången som inte liknar något sparat tema)",
    "section_segments": "Signifikanta förändringar per segment",
    "previous": "Förra",
    "current": "Senaste",
    "previous_wave": "Förra omgången",
    "current_wave": "Senaste omgången",
    "finding_nps": "NPS {previous} → {current} ({diff} poäng, {verdict})",
    "finding_change": "{theme} bland {category}: {before} % → {after} % ({diff} procentenheter, 95 % intervall "
                      "{low} till {high}; p (BH) {p})",
    "significant": "signifikant",
    "not_significant": "inte signifikant",
    "no_change": "Inget temas andel förändrades signifikant (falsk upptäcktsgrad {alpha}).",
    "plot_nps": "NPS per omgång (95 % intervall)",
    "plot_changes": "{category}: temats andel (%), förra → senaste (fetstil: signifikant)",
    "method": ("Båda omgångarna mäts med samma klassificerare och samma klustermodell, så ett tema behåller sitt id. "
               "Andelar avser svarande med kommentar i kategorin; förändringen har Newcombes intervall och ett "
               "z-test för två andelar, p-värden justerade med Benjamini-Hochberg. NPS-poäng = förändringen av "
               "temats påverkan på NPS."),
    "columns": {"wave": "Omgång", "n_previous": "Svar (förra)", "n_current": "Svar (senaste)",
                "nps_previous": "NPS (förra)", "nps_current": "NPS (senaste)", "diff": "Förändring",
                "pct_previous": "Andel % (förra)", "pct_current": "Andel % (senaste)",
                "diff_pp": "Förändring (procentenheter)", "nps_points": "NPS-poäng", "status": "Status",
                "label": "Etikett", "terms": "Termer",
                "pct_detractor_current": "Kritiker % (senaste)", "pct_promoter_current": "Förespråkare % (senaste)",
                "pct_detractor_previous": "Kritiker % (förra)", "pct_promoter_previous": "Förespråkare % (förra)",
                "mentions_previous": "Omnämnanden (förra)", "mentions_current": "Omnämnanden (senaste)",
                "diff_ci_low": "Förändring lägst", "diff_ci_high": "Förändring högst",
                "impact_previous": "Påverkan (förra)", "impact_current": "Påverkan (senaste)",
                "direction": "Riktning", "rising": "Ökar"},
}

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
