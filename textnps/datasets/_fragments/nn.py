"""Norwegian Nynorsk fragments of the synthetic sample (written for it, not taken from real comments)."""

FRAGMENTS = {
    ("price", "neg"): [
        "{altfor|for|svært|urimeleg} dyrt",
        "prisen er {for høg|altfor høg|ikkje grei lenger|urimeleg}",
        "de har auka prisen {igjen|to gonger i år|tre gonger på eitt år}",
        "prisauken {i januar|i vår|førre månad} var {heilt urimeleg|ikkje ok|for stor}",
        "{mobilabonnementet|breibandet|abonnementet} har blitt {mykje|altfor} dyrt",
        "{mykje|klart} billegare hos konkurrentane",
        "ikkje verdt pengane",
        "dyrt",
        "prisane {stig|går opp} heile tida",
        "ikkje spesielt billeg",
        "eg betaler altfor mykje for {data|breiband}",
    ],
    ("price", "pos"): [
        "{god|grei|rimeleg} pris{| på abonnementet}",
        "billeg{| samanlikna med andre}",
        "mykje for pengane",
        "prisen er {heilt grei|rimeleg}",
        "fekk {studentrabatt|familierabatt}, det set eg pris på",
    ],
    ("price", "mixed"): [
        "prisen er grei, men auken i januar var unødvendig",
    ],
    ("staff_service", "pos"): [
        "{hyggelege|hjelpsame|flinke|kunnige} tilsette{| i butikken| på kundeservice}",
        "{karen|jenta|dama} {i butikken|på telefonen|på kundeservice} var {utruleg |svært |kjempe}{hyggeleg|hjelpsam|flink}",
        "god mottaking{| i butikken}",
        "fekk gode råd om {nytt abonnement|kva telefon eg skulle velje}",
        "kundeservicen var {svært hjelpsam|veldig hyggeleg}",
        "dei tilsette tok seg tid til å forklare alt",
        "topp service i butikken {i Voss|i Førde|i Ålesund}",
    ],
    ("staff_service", "neg"): [
        "{uhøflege|frekke|uinteresserte} tilsette",
        "{karen|jenta} {i butikken|på telefonen} var {uhøfleg|sur|heilt uinteressert}",
        "elendig kundeservice",
        "kundeservicen er {ubrukeleg|ikkje særleg hjelpsam}",
        "ingen i butikken kunne svare på spørsmåla mine",
        "dei på kundeservice {bryr seg ikkje|høyrer ikkje etter}",
    ],
    ("response_time", "neg"): [
        "{lang|altfor lang|evig lang} {kø|telefonkø|ventetid}{| hos kundeservice}",
        "{venta|måtte vente} {40|45|nesten 60} minutt i telefonkøen",
        "{tek|tok} {evigheiter|fleire veker|ei veke} å få svar{| på e-post| på saka mi}",
        "svarer {aldri|ikkje} på {e-post|chatten}",
        "umogleg å kome gjennom til kundeservice",
        "{treg|sein} sakshandsaming",
        "saka har lege {i tre veker|sidan mars} utan at noko skjer",
    ],
    ("response_time", "pos"): [
        "{raskt|lynraskt|svært raskt} svar{| i chatten}",
        "kom gjennom med ein gong",
        "{kort|inga} ventetid",
        "saka vart løyst {same dagen|innan ein time}",
    ],
    ("response_time", "mixed"): [
        "raskt svar i chatten, men lang kø på telefonen",
    ],
    ("claims_cases", "neg"): [
        "{garantisaka|reklamasjonen} vart {avslått|avvist} utan forklaring",
        "dei nekta å ta {telefonen|ruteren} på garanti",
        "fekk ingen kompensasjon for brotet",
    ],
    ("claims_cases", "pos"): [
        "{garantisaka|reklamasjonen} vart godkjend og eg fekk {ny telefon|ny ruter}",
        "fekk kompensasjon for brotet utan diskusjon",
    ],
    ("delivery", "neg"): [
        "{pakken|telefonen|bestillinga} kom {ei veke|fire dagar|to veker} for seint",
        "leveringstida var altfor lang",
        "{transportøren|budfirmaet} {miste|rota bort} pakken",
        "pakken {hamna på feil hentestad|var øydelagd då han kom}",
        "{sein|forseinka} levering",
    ],
    ("delivery", "pos"): [
        "{rask|superrask|lynrask} levering",
        "{telefonen|pakken} kom {dagen etter|alt neste dag}",
        "levert {i tide|som lova}",
    ],
    ("product", "neg"): [
        "{dårleg|elendig|null} dekning {på hytta|på bygda|heime|i fjellet}",
        "breibandet {går ned|sluttar å verke} {heile tida|fleire gonger i veka}",
        "{nettet|sambandet} er {tregt|ustabilt}",
        "{ruteren|telefonen} {slutta å verke|vart øydelagd} etter {to veker|ein månad}",
        "samtalane {blir brotne|fell ut} heile tida",
        "får ikkje farten som vart lova",
    ],
    ("product", "pos"): [
        "{god|stabil|kjempegod} dekning{| overalt| òg på hytta}",
        "{raskt|stabilt|påliteleg} {breiband|nett|internett}",
        "nettet har aldri vore nede",
        "{god|fin} telefon",
        "nøgd med {breibandet|mobilabonnementet|fiberen}",
    ],
    ("product", "mixed"): [
        "god dekning i byen, men dårleg på hytta",
    ],
    ("digital", "neg"): [
        "{nettsida|heimesida} er {rotete|vanskeleg å finne fram på}",
        "vanskeleg å finne noko på mi side",
        "chatboten er ubrukeleg",
        "appen {er treg|manglar funksjonar}",
    ],
    ("digital_app", "neg"): [
        "den nye appen {krasjar heile tida|krasjar kvar gong eg opnar han|verkar ikkje}",
        "får ikkje logga inn i {den nye appen|appen} {etter oppdateringa|sidan oppdateringa}",
        "innlogging med BankID {verkar ikkje|heng seg} i den nye appen",
        "den nye appen er {mykje dårlegare|dårlegare} enn den gamle",
        "appen loggar meg ut {heile tida|kvar dag}",
        "feilmelding kvar gong eg prøver å logge inn",
    ],
    ("digital", "pos"): [
        "{god|oversiktleg} app",
        "{appen|mi side} fungerer bra",
        "fint at ein kan sjå forbruket i appen",
    ],
    ("digital", "mixed"): [
        "appen er bra når han verkar, men krasjar av og til",
    ],
    ("communication", "neg"): [
        "fekk {inga|inga som helst} informasjon om {brotet|flyttinga}",
        "dei lova å ringje tilbake, men {gjorde det aldri|høyrde aldri noko}",
        "inga oppfølging{| av saka mi}",
        "{uklar|rotete} informasjon{| om abonnementet}",
        "ulike svar kvar gong eg ringjer",
    ],
    ("communication", "pos"): [
        "{tydeleg|god} informasjon{| om brotet}",
        "fint at ein får sms når det er brot",
        "dei heldt meg informert heile vegen",
    ],
    ("billing", "neg"): [
        "feil på fakturaen{| igjen| fleire månader på rad}",
        "vart {trekt dobbelt|belasta to gonger}",
        "fekk {inkassovarsel|purring} sjølv om eg hadde betalt",
        "ventar framleis på tilbakebetalinga",
    ],
    ("billing", "pos"): [
        "oversiktleg faktura",
        "fint å kunne betale med {avtalegiro|eFaktura}",
    ],
    ("returns", "neg"): [
        "måtte betale returfrakta sjølv",
        "fekk ikkje {returnere|byte} {telefonen|laderen} sjølv om det var innanfor angreretten",
        "returlappen mangla",
    ],
    ("returns", "pos"): [
        "{bytet|returen} av {telefonen|laderen} gjekk fint",
        "gratis retur",
    ],
    ("terms", "neg"): [
        "{12|24} månader bindingstid er {for lenge|urimeleg}",
        "fekk ikkje seie opp {abonnementet|breibandet} sjølv om eg flytta",
        "oppseiingstida er for lang",
        "vilkåra er urimelege",
    ],
    ("terms", "pos"): [
        "inga bindingstid, takk for det",
        "{greie|rimelege} vilkår",
    ],
    ("trust", "neg"): [
        "{kjenner meg|kjende meg|vart} {lurt|snytt}",
        "seljaren {laug|lurte meg} for å få meg til å signere",
        "stoler ikkje på {dykk|Nordlys} lenger",
        "urettferdig mot oss lojale kundar",
    ],
    ("trust", "pos"): [
        "{påliteleg|seriøst|ærleg} selskap",
        "ein kan stole på {dykk|Nordlys}",
    ],
    ("ease", "pos"): [
        "{enkelt|lett|knirkefritt|ukomplisert}{| og greitt}",
        "{alt|bytet|flyttinga} gjekk {enkelt|knirkefritt|utan problem}",
        "{lett|enkelt} å {byte abonnement|bestille|kome i gang}",
        "alt var {så |svært }enkelt",
    ],
    ("ease", "neg"): [
        "{tungvint|knotete|altfor tungvint}{| å endre abonnement| å flytte breibandet}",
        "{alt|flyttinga} var {berre styr|eit mareritt}",
        "ikkje særleg enkelt",
        "burde vore {enklare|mykje enklare}",
    ],
    ("general", "pos"): [
        "{bra|kjempebra|topp|svært nøgd|nøgd}",
        "kan {varmt |}tilrå {dykk|Nordlys}",
        "har ingenting å klage på",
        "beste selskapet eg har hatt",
    ],
    ("general", "neg"): [
        "{dårleg|elendig|ikkje bra|misnøgd}",
        "vil ikkje tilrå {dykk|Nordlys} til nokon",
        "ikkje særleg nøgd",
    ],
    ("general", "mixed"): [
        "{verken bra eller dårleg|heilt ok|ok|det fungerer}",
        "{heilt ok|grei} men ikkje noko meir",
    ],
}

NEUTRAL = [
    "har vore kunde {i mange år|sidan 2018}",
    "eg har {mobil|breiband|mobil og breiband} hos dykk",
    "ringde {førre veke|i går} om {abonnementet mitt|telefonen min}",
]
CLOSERS_POS = ["{takk|tusen takk}", "berre hald fram"]
CLOSERS_NEG = ["vurderer å byte selskap", "det var siste gongen", "skjerp dykk"]
CONTRAST = [", men ", " men ", ". Men ", " - men "]
AND = [", ", ". ", " og ", ". ", "! "]
ENDINGS = ["", ".", ".", "!"]
NON_ANSWERS = ["-", ".", "nei", "ingen kommentar", "veit ikkje", "Veit ikkje", "ingenting å seie", "n/a"]
PII = {
    "email": ["send meg ein e-post på <value>", "e-posten min er <value>"],
    "phone": ["ring meg på <value>", "nummeret mitt er <value>"],
    "national_id": ["fødselsnummeret mitt er <value>"],
}
