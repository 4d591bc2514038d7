"""Norwegian Nynorsk language data."""

#: NPS category names (Nynorsk).
CATEGORY_NAMES = {"detractor": "Kritikarar", "passive": "Passive", "promoter": "Ambassadørar"}


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
}

#: How a negated lemma (``neg_bra``) is shown in theme labels: ``ikkje bra``.
NEGATION_WORD = 'ikkje'

# --- preprocessing (textnps.preprocess) ---------------------------------------

#: spaCy has no Nynorsk pipeline: the Bokmål tokenizer fits, simplemma has nn
#: lemmas, and the Bokmål frequency list serves for compound parts.
SPACY_LANG = "nb"
FREQ_LANG = "nb"
LEMMATIZERS = ("simplemma",)

#: Nynorsk stop words (spaCy's Bokmål list is used as well).
STOP_WORDS = frozenset(
    "eg meg deg ho han dei dykk oss me vi kva korleis kvifor kven kvar kor noko nokon nokre "
    "ein eit ei ikkje berre òg og også at av for frå til med på i om som det den dei dette desse "
    "er var vore vere vera blei vart bli blir ha har hadde kan kunne skal skulle vil ville "
    "mykje litt heilt ganske veldig so så sjølv sin sitt sine seg".split()
) - {"ikkje"}

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
COMPOUND_NON_PARTS = frozenset({"heime", "ute", "inne", "oppe", "nede", "fram", "over", "under", "etter", "mellom", "gjennom"})

PHONE_CUES = frozenset({"tlf", "telefon", "telefonnummer", "mobil", "mobilnummer", "ring", "sms"})
ID_CUES = frozenset({"fødselsnummer", "fødselsnr", "fnr", "personnummer", "d-nummer"})
