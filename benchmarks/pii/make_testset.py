"""Write benchmarks/pii/testset.csv: synthetic comments with planted personal data, and hard negatives.

Every sentence is made here from templates (nothing comes from real comments): person names (first
names, surnames, both; capitalised and, for a quarter of the sentences, the whole comment lower-cased),
street addresses, licence plates and spelled-out e-mail addresses in Swedish, Danish, Bokmål and a few
Nynorsk, plus sentences without personal data whose words look like it (``bo``, ``hans``, ``per``,
``kim``, places, prices, order numbers, acronyms). Names are picked by hand, some of them outside the
shipped name list, so that recall is not measured on the list alone.

Columns: ``id``, ``lang``, ``text``, ``spans`` (JSON list of ``[start, end, kind]``, kind one of
``name``, ``address``, ``plate``, ``email``). Fixed seed: the file is the same on every run.

Usage:  python benchmarks/pii/make_testset.py
"""
from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("testset.csv")
SEED = 11
FILLS = 6  # sentences made from each template

FIRST = {
    "sv": ["Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Anders", "Elin", "Gustav", "Linnea", "Björn", "Ingrid",
           "Sixten", "Tindra", "Per", "Åsa"],
    "da": ["Mette", "Jens", "Søren", "Kirsten", "Rasmus", "Lone", "Mads", "Pernille", "Henrik", "Freja", "Asger",
           "Bodil", "Kim", "Hans"],
    "nb": ["Ola", "Kari", "Ingrid", "Silje", "Øyvind", "Marit", "Knut", "Sigrid", "Eirik", "Nora", "Torstein",
           "Gudrun", "Per", "Hans"],
}
LAST = {
    "sv": ["Svensson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Bergström", "Holm", "Sjöberg", "Wallin",
           "Åkerlund"],
    "da": ["Hansen", "Nielsen", "Jensen", "Pedersen", "Kjærgaard", "Lund", "Madsen", "Thomsen", "Østergaard",
           "Bech"],
    "nb": ["Nordmann", "Hansen", "Olsen", "Haugen", "Johansen", "Berg", "Solberg", "Bakke", "Strand", "Fjeldheim"],
}
STREETS = {
    "sv": ["Storgatan 12", "Drottninggatan 5B", "Kungsvägen 3", "Sveavägen 44", "Järntorget 2", "Björkstigen 17",
           "Lilla Nygatan 8"],
    "da": ["Vesterbrogade 45", "Nørregade 12", "Strandvejen 100", "Gammel Kongevej 3", "Søndre Alle 9",
           "Rosenvænget 4", "Hovedgaden 21"],
    "nb": ["Karl Johans gate 22", "Storgata 5", "Drammensveien 12", "Thorvald Meyers gate 7", "Bygdøy allé 3",
           "Kirkeveien 64", "Strandgata 19"],
}
POSTCODES = {
    "sv": ["111 22 Stockholm", "411 05 Göteborg", "211 20 Malmö", "753 20 Uppsala"],
    "da": ["1620 København V", "8000 Aarhus C", "5000 Odense", "9000 Aalborg"],
    "nb": ["0154 Oslo", "5003 Bergen", "7011 Trondheim", "4006 Stavanger"],
}
EMAIL_FORMS = ["{u} (at) {d}.{t}", "{u}[at]{d}.{t}", "{u} at {d} dot {t}", "{u} {at} {d} {dot} {t}", "{u} @ {d} . {t}",
               "{u}(at){d}(dot){t}"]
AT = {"sv": ("snabel-a", "punkt", "se"), "da": ("snabel-a", "punktum", "dk"), "nb": ("krøllalfa", "punktum", "no")}
DOMAINS = ["firma", "posten", "mail", "foretag", "jobb", "hjem"]

TEMPLATES = {
    "sv": [
        "Jag pratade med {first} {last} och fick bra hjälp.",
        "Tack till {first} för snabb hjälp!",
        "{first} på kundtjänst var jättetrevlig.",
        "Min handläggare {first} {last} löste allt på en dag.",
        "Jag fick hjälp av {first} i butiken, toppen.",
        "Hälsningar {first} {last}",
        "Kontakta {last} om det är fel igen.",
        "Jag bor på {street}, {post} och paketet kom aldrig.",
        "Skicka fakturan till {street} tack.",
        "Bilen {plate} har fortfarande en buckla efter verkstaden.",
        "Mitt regnr är {plate_lower} om ni behöver det.",
        "Mejla mig på {email} om ni har frågor.",
        "{first} {last}, {street}, {post}",
    ],
    "da": [
        "Tak til {first} {last} for hjælpen.",
        "Jeg snakkede med {first} og hun var rigtig sød.",
        "{first} fra kundeservice var super hjælpsom.",
        "Min rådgiver {first} {last} ringede tilbage samme dag.",
        "Jeg talte med {first} i telefonen, meget venlig.",
        "Venlig hilsen {first} {last}",
        "Sagen blev lukket af {last} uden svar.",
        "Jeg bor på {street}, {post} og fik aldrig pakken.",
        "Send brevet til {street} tak.",
        "Bilen med nummerplade {plate} blev skadet.",
        "Min bil {plate_lower} holder stadig på værkstedet.",
        "Skriv til mig på {email} hvis der er spørgsmål.",
        "{first} {last}, {street}, {post}",
    ],
    "nb": [
        "Takk til {first} {last} for god hjelp.",
        "Jeg snakket med {first} og fikk svar med en gang.",
        "{first} på kundeservice var veldig hyggelig.",
        "Min rådgiver {first} {last} fulgte opp saken.",
        "Fikk hjelp av {first} i butikken, knallbra.",
        "Hilsen {first} {last}",
        "Saken ble avsluttet av {last} uten at jeg fikk beskjed.",
        "Jeg bor i {street}, {post} og pakken kom aldri.",
        "Send regningen til {street} takk.",
        "Bilen {plate} har fortsatt en bulk etter verkstedet.",
        "Skilt {plate_lower} står fortsatt på verkstedet.",
        "Send meg en e-post på {email} hvis noe er uklart.",
        "{first} {last}, {street}, {post}",
    ],
    "nn": [
        "Takk til {first} {last} for god hjelp.",
        "Eg snakka med {first} og fekk svar med ein gong.",
        "Eg bur i {street}, {post} og pakken kom aldri.",
        "Bilen {plate} står framleis på verkstaden.",
        "Send meg ein e-post på {email} viss noko er uklart.",
    ],
}
NEGATIVES = {
    "sv": ["Det är svårt att bo i stan med den här servicen.", "Jag betalade kr 123 för frakten.",
           "Order 12345 kom aldrig fram.", "ABC-analysen visade inget nytt.", "Per månad kostar det 299 kr.",
           "Hans kollega var otrevlig mot mig.", "I Lund finns ingen butik längre.", "Storm och regn försenade leveransen.",
           "Dag 3 kom paketet äntligen.", "Jag har väntat i 2 veckor på svar.", "Avgiften var SEK 123 utan förklaring.",
           "Jag köpte en BMW 320 av er.", "Leveransen till Stockholm tog 3 dagar.", "Vi fick åka hela vägen 2 gånger.",
           "Livet är för kort för dålig service.", "Telia och Tele2 är billigare.", "Bo kvar som kund? Nej tack.",
           "Klara besked och snabb leverans.", "Jag väntade vid gate 12 i en timme.", "Tack för snabb hjälp!",
           "Vi ses på Ikea i Kungens kurva.", "Kundnummer 4455667 fungerar inte.", "Frakten kostade 49 kr per paket.",
           "Allt gick bra, tack så mycket!", "Min man fick vänta i kön i 40 minuter."],
    "da": ["Jeg har svært ved at bo i lejligheden med den støj.", "Prisen var kr 123 om måneden.",
           "Ordre 12345 er stadig ikke leveret.", "Hans bil blev aldrig repareret.", "Det koster 50 kr per person.",
           "Kim og familie er tilfredse.", "Jeg bor i Lund, ikke i Aarhus.", "Dag 2 kom der endelig svar.",
           "Prisen var DKK 499 uden rabat.", "TV 2 viste en reportage om jer.", "Jeg kørte vejen 2 gange forgæves.",
           "Lange ventetider og dårlig service.", "Sommer eller vinter, altid lang kø.", "Tak for hurtig hjælp!",
           "Vi købte en BMW 320 gennem jer.", "Jeg fik strøm igen efter 3 dage.", "Pakken kom til Odense på 2 dage.",
           "Kundenummer 55667788 virker ikke.", "Det var en god oplevelse, tak.", "Bo i en lejlighed uden elevator er hårdt.",
           "Ventetiden var 45 minutter i telefonen.", "KR 12 345 var prisen for det hele.", "Jeg glæder mig til at se resultatet.",
           "Tak til alle i butikken.", "Hjælpen kom hurtigt, tak."],
    "nb": ["Det er dyrt å bo i byen med slike priser.", "Prisen var kr 123 per måned.", "Ordrenummer 12345 kom aldri.",
           "Hans kollega var frekk.", "Det koster 200 kr per person.", "Jeg bor i Lund ved Kristiansand.",
           "Strøm og nett på samme regning er greit.", "Dag 4 kom pakken endelig.", "Betalte NOK 599 uten forklaring.",
           "NRK 1 sendte en sak om dere.", "Jeg kjørte veien 2 ganger.", "Lange køer og dårlig service.",
           "Takk for rask hjelp!", "Kjøpte en BMW 320 hos dere.", "Vi ventet bak 10 andre i køen.",
           "Kundenummer 88776655 virker ikke.", "Sommer og vinter er like ille.", "Stein på stein, ingenting skjer.",
           "Alt gikk fint, tusen takk.", "Per i dag har jeg ikke fått svar.", "Vi bor på Storhaug i Stavanger.",
           "Bak i køen igjen etter 30 minutter.", "Takk til alle sammen.", "Levering tok 3 dager til Bergen."],
    "nn": ["Det er dyrt å bu i byen.", "Prisen var kr 123 per månad.", "Eg venta i 3 veker på svar.",
           "Takk for god hjelp!"],
}


def _fill(rng: random.Random, template: str, lang: str) -> tuple[str, list[list]]:
    src = "nb" if lang == "nn" else lang
    values = {
        "first": ("name", rng.choice(FIRST[src])),
        "last": ("name", rng.choice(LAST[src])),
        "street": ("address", rng.choice(STREETS[src])),
        "post": ("address", rng.choice(POSTCODES[src])),
        "plate": ("plate", _plate(rng, src)),
        "plate_lower": ("plate", _plate(rng, src).lower()),
        "email": ("email", _email(rng, src)),
    }
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{(\w+)\}", template):
        text += template[pos : m.start()]
        kind, value = values[m.group(1)]
        spans.append([len(text), len(text) + len(value), kind])
        text += value
        pos = m.end()
    text += template[pos:]
    return text, _merge(text, spans)


def _merge(text: str, spans: list[list]) -> list[list]:
    """Adjacent spans of one kind ("Erik Svensson", "Storgatan 12, 111 22 Stockholm") are one item."""
    merged: list[list] = []
    for span in spans:
        if merged and merged[-1][2] == span[2] and re.fullmatch(r"[ ,]*", text[merged[-1][1] : span[0]]):
            merged[-1][1] = span[1]
        else:
            merged.append(list(span))
    return merged


def _plate(rng: random.Random, lang: str) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    if lang == "sv":
        tail = rng.choice("0123456789" + "ABCDEFGHJKLMNPRSTUWXYZ")
        return "".join(rng.choice(letters) for _ in range(3)) + " " + f"{rng.randint(10, 99)}{tail}"
    if lang == "da":
        return rng.choice(["AB", "CD", "EK", "XY", "BV", "HT"]) + f" {rng.randint(10, 99)} {rng.randint(100, 999)}"
    return rng.choice(["EL", "EK", "EV", "DN", "BR", "KH"]) + f" {rng.randint(10000, 99999)}"


def _email(rng: random.Random, lang: str) -> str:
    at, dot, tld = AT[lang]
    form = rng.choice(EMAIL_FORMS)
    user = rng.choice(FIRST[lang]).lower().replace("ø", "o").replace("å", "a").replace("ö", "o").replace("ä", "a")
    return form.format(u=user, d=rng.choice(DOMAINS), t=tld, at=at, dot=dot)


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for lang, templates in TEMPLATES.items():
        for template in templates:
            for _ in range(FILLS if lang != "nn" else 2):
                text, spans = _fill(rng, template, lang)
                rows.append({"lang": lang, "text": text, "spans": spans})
                if rng.random() < 0.25:  # a lower-cased export
                    rows.append({"lang": lang, "text": text.lower(), "spans": spans})
        rows += [{"lang": lang, "text": t, "spans": []} for t in NEGATIVES[lang]]
    return [{"id": i + 1, **row} for i, row in enumerate(rows)]


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "lang", "text", "spans"])
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "spans": json.dumps(row["spans"], ensure_ascii=False)})
    print(f"{OUT}: {len(rows)} sentences, {sum(len(r['spans']) for r in rows)} planted items")


if __name__ == "__main__":
    main()
