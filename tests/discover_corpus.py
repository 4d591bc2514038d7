"""Tiny preprocessed corpora with planted themes in sv, da and nb, for the discovery tests.

Each comment is written directly as the Preprocessor would emit it (``lemmas``
with compound parts appended, ``text_clean``, ``lang``, ``informative``), so
the tests do not depend on the preprocessing stage.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

#: Planted theme -> language -> lemmas (compound parts after the compound).
THEMES = {
    "price": {
        "sv": "pris dyr premie höjning hög prishöjning pris höjning",
        "da": "pris dyr præmie stigning høj prisstigning pris stigning",
        "nb": "pris dyr premie økning høy prisøkning pris økning",
    },
    "staff": {
        "sv": "personal vänlig trevlig hjälpsam kundtjänst kund tjänst artig",
        "da": "personale venlig flink hjælpsom kundeservice kunde service høflig",
        "nb": "personale vennlig hyggelig hjelpsom kundeservice kunde service høflig",
    },
    "waiting": {
        "sv": "vänta väntetid telefon kö timme vecka svar svara",
        "da": "vente ventetid telefon kø time uge svar svare",
        "nb": "vente ventetid telefon kø time uke svar svare",
    },
}
#: Words that belong to no theme: each comment gets one, rare enough to be dropped.
FILLER = "sak sagt ting gang lidt lite litet nok mycket meget mye".split()
NON_ANSWER = {"sv": "vet inte", "da": "ved ikke", "nb": "vet ikke"}
SCORE_OF = {"price": 3, "staff": 10, "waiting": 5}


def planted_frame(*, n_per_cell: int = 20, seed: int = 0, n_mixed: int = 6, n_noise: int = 6,
                  n_non_answers: int = 3) -> pd.DataFrame:
    """Comments of each (theme, language), some about two themes, some about none.

    Columns: id, lang, score, text_clean, lemmas, informative, truth (the planted
    theme, "theme1+theme2" for mixed comments, "" for noise and non-answers).
    """
    rng = np.random.default_rng(seed)
    rows = []

    def words(theme, code, n):
        vocab = THEMES[theme][code].split()
        return list(rng.choice(vocab, size=n, replace=False))

    for theme in THEMES:
        for code in ("sv", "da", "nb"):
            for _ in range(n_per_cell):
                lem = words(theme, code, int(rng.integers(3, 6))) + [str(rng.choice(FILLER))]
                rows.append((code, SCORE_OF[theme], lem, theme))
    names = list(THEMES)
    for i in range(n_mixed):
        a, b = names[i % 3], names[(i + 1) % 3]
        code = ("sv", "da", "nb")[i % 3]
        rows.append((code, 6, words(a, code, 4) + words(b, code, 4), f"{a}+{b}"))
    for i in range(n_noise):
        code = ("sv", "da", "nb")[i % 3]
        rows.append((code, 8, [f"unik{i}ord", f"annat{i}", f"saker{i}"], ""))
    frame = pd.DataFrame(rows, columns=["lang", "score", "lemma_list", "truth"])
    frame["lemmas"] = frame["lemma_list"].map(" ".join)
    frame["text_clean"] = frame["lemmas"].map(lambda s: s.capitalize() + ".")
    frame["informative"] = True
    frame = frame.drop(columns="lemma_list")
    non = pd.DataFrame({"lang": ["sv", "da", "nb"][:n_non_answers], "score": 7,
                        "lemmas": [NON_ANSWER[c] for c in ("sv", "da", "nb")[:n_non_answers]],
                        "truth": "", "informative": False})
    non["text_clean"] = non["lemmas"]
    frame = pd.concat([frame, non], ignore_index=True)
    frame = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    frame.insert(0, "id", [f"r{i:03d}" for i in range(len(frame))])
    frame["score"] = frame["score"].astype("Int64")
    return frame


#: Eight planted themes for the automatic number of themes, each in sv/da/nb
#: words that the language modules' CONCEPTS merge (or that are spelled alike).
THEMES8 = {
    "price": {"sv": "pris dyr premie prishöjning höjning", "da": "pris dyr præmie prisstigning stigning",
              "nb": "pris dyr premie prisøkning økning"},
    "staff": {"sv": "personal vänlig trevlig hjälpsam artig", "da": "personale venlig flink hjælpsom høflig",
              "nb": "personale vennlig hyggelig hjelpsom høflig"},
    "waiting": {"sv": "vänta väntetid kö telefon svar", "da": "vente ventetid kø telefon svar",
                "nb": "vente ventetid kø telefon svar"},
    "delivery": {"sv": "leverans paket försenad försening beställning",
                 "da": "levering pakke forsinket forsinkelse bestilling",
                 "nb": "levering pakke forsinket forsinkelse bestilling"},
    "app": {"sv": "app logga inloggning fungera fel", "da": "app logge login fungere fejl",
            "nb": "app logge innlogging fungere feil"},
    "billing": {"sv": "faktura betala betalning räkning", "da": "regning betale betaling",
                "nb": "regning betale betaling"},
    "claims": {"sv": "skada ersättning självrisk ärende", "da": "skade erstatning selvrisiko sag",
               "nb": "skade erstatning egenandel sak"},
    "coverage": {"sv": "täckning bredband internet signal", "da": "dækning bredbånd internet signal",
                 "nb": "dekning bredbånd internet signal"},
}
#: Words about no theme that real comments are full of: verdicts, "customer", the company's name.
GENERIC = {"sv": "bra kund super", "da": "god kunde super", "nb": "bra kunde super"}
COMPANY = "Nordlys"


def eight_theme_frame(*, n_per_cell: int = 15, seed: int = 0) -> pd.DataFrame:
    """Comments about one of eight themes (``truth``), most also praising or naming the company.

    Columns: id, lang, score, text_clean, lemmas, informative, truth. The
    company's name is written with a capital inside sentences, as people do.
    """
    rng = np.random.default_rng(seed)
    rows = []
    names = list(THEMES8)
    for t, (theme, by_lang) in enumerate(THEMES8.items()):
        for code, words in by_lang.items():
            vocab = words.split()
            # unequal themes (the largest three times the smallest), a third of the comments touching another
            for _ in range(int(n_per_cell * (0.5 + t / (len(names) - 1)))):
                lem = list(rng.choice(vocab, size=int(rng.integers(2, min(4, len(vocab)) + 1)), replace=False))
                if rng.random() < 1 / 3:
                    lem.append(str(rng.choice(THEMES8[str(rng.choice(names))][code].split())))
                lem += [w for w in GENERIC[code].split() if rng.random() < 0.4]
                if rng.random() < 0.4:
                    lem.insert(int(rng.integers(1, len(lem) + 1)), COMPANY.lower())
                rows.append((code, lem, theme))
    frame = pd.DataFrame(rows, columns=["lang", "lemma_list", "truth"])
    frame["lemmas"] = frame["lemma_list"].map(" ".join)
    frame["text_clean"] = frame["lemma_list"].map(
        lambda ws: " ".join(COMPANY if w == COMPANY.lower() else w for w in ws).capitalize().replace(
            COMPANY.lower(), COMPANY) + ".")
    frame["informative"] = True
    frame["score"] = pd.array(rng.integers(0, 11, len(frame)), dtype="Int64")
    frame = frame.drop(columns="lemma_list").sample(frac=1.0, random_state=seed).reset_index(drop=True)
    frame.insert(0, "id", [f"e{i:03d}" for i in range(len(frame))])
    return frame


#: Surface words of planted reasons, per language; the lemmas come from the real lemmatiser. The two
#: staff reasons share only words discovery drops as verdicts (``trevlig``): they are distinct reasons.
REASONS = {
    "staff_a": {"sv": "trevlig hjälpsam personalen otroligt", "da": "venlig hjælpsom personalet utroligt",
                "nb": "hyggelig hjelpsom personalet utrolig"},
    "staff_b": {"sv": "trevlig hjälpsam bemötande rådgivare", "da": "venlig hjælpsom rådgiver betjening",
                "nb": "hyggelig hjelpsom rådgiver betjening"},
    "speed": {"sv": "snabb leverans paketet smidigt", "da": "hurtig levering pakken smidigt",
              "nb": "rask levering pakken greit"},
    "price_rise": {"sv": "höjde premien dyrare orimligt pengar", "da": "hævede præmien dyrere urimeligt penge",
                   "nb": "økte premien dyrere urimelig penger"},
}
#: What a promoter-heavy survey holds: planted reason -> (share of comments, score).
REASON_MIX = {"staff_a": (0.35, 10), "staff_b": (0.3, 9), "speed": (0.25, 10), "price_rise": (0.1, 2)}
#: A shop the survey is about and a person thanked, both in lower case: never in a theme.
SHOP, PERSON = "butikly", "erik"
THANKS = {"sv": "tack till", "da": "tak til", "nb": "takk til"}


#: A promoter-heavy survey whose detractors have three reasons, one of them the other side of a
#: promoters' reason (a fast reply / no reply): planted reason -> language -> surface words.
TWO_SIDED = {
    "staff": REASONS["staff_a"],
    "speed": REASONS["speed"],
    "staff_b": REASONS["staff_b"],
    "app": {"sv": "appen enkel inloggning översikt", "da": "appen nem login overblik",
            "nb": "appen enkel innlogging oversikt"},
    "reply_fast": {"sv": "snabbt svar mailet direkt", "da": "hurtigt svar mailen straks",
                   "nb": "raskt svar mailen straks"},
    "price_rise": REASONS["price_rise"],
    "reply_none": {"sv": "inget svar mailet väntat veckor", "da": "intet svar mailen ventet uger",
                   "nb": "ingen svar mailen ventet uker"},
    "fees": {"sv": "avgift fakturan gebyr extra", "da": "gebyr regningen ekstra afgift",
             "nb": "gebyr regningen ekstra avgift"},
}
TWO_SIDED_MIX = {"staff": (0.25, 10), "staff_b": (0.15, 9), "speed": (0.15, 10), "app": (0.14, 10),
                 "reply_fast": (0.06, 9), "price_rise": (0.09, 2), "reply_none": (0.08, 1), "fees": (0.08, 3)}


def two_sided_frame(code: str, *, n: int = 1200, seed: int = 0) -> pd.DataFrame:
    """:func:`reasons_frame` with :data:`TWO_SIDED`: 75 % promoters (five reasons), three detractor reasons.

    1,200 comments: ``sqrt(n_c) / 6.5`` themes per category (issue 14, third round) gives the 300
    detractors 3 themes and the 900 promoters 5; at 900 comments the detractors got 2 for 3 reasons."""
    return reasons_frame(code, n=n, seed=seed, mix=TWO_SIDED_MIX, reasons=TWO_SIDED)


def reasons_frame(code: str, *, n: int = 300, seed: int = 0, mix=None, reasons=None) -> pd.DataFrame:
    """A promoter-heavy survey in *code* (sv, da or nb) with the planted reasons of :data:`REASONS`.

    Columns: id, lang, score, segment (the shop), text_clean (lower case, as an all-lowercase
    export), lemmas (lemmatised word by word with the real lemmatiser), informative, truth. A
    third of the comments name the shop, a fifth thank a person by a lower-cased first name.
    """
    from textnps.preprocess.tokens import lemmatize

    rng = np.random.default_rng(seed)
    rows = []
    for reason, (share, score) in (mix or REASON_MIX).items():
        vocab = (reasons or REASONS)[reason][code].split()
        for _ in range(int(round(n * share))):
            words = list(rng.choice(vocab, size=int(rng.integers(3, len(vocab) + 1)), replace=False))
            if rng.random() < 1 / 3:
                words.insert(int(rng.integers(0, len(words) + 1)), SHOP)
            if rng.random() < 0.2:
                words += THANKS[code].split() + [PERSON]
            rows.append((" ".join(words), score, reason))
    frame = pd.DataFrame(rows, columns=["text_clean", "score", "truth"])
    frame["lemmas"] = frame["text_clean"].map(lambda t: " ".join(lemmatize(w, code) for w in t.split()))
    frame["lang"], frame["segment"], frame["informative"] = code, SHOP, True
    frame["score"] = frame["score"].astype("Int64")
    frame = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    frame.insert(0, "id", [f"q{i:03d}" for i in range(len(frame))])
    return frame


def own_theme(out: pd.DataFrame, truth: str) -> str:
    """The top theme of the comments planted as *truth* when it holds >= 90 % of them and >= 90 % of it is
    theirs ("" otherwise): the planted reason came out as a theme of its own."""
    mine = out.loc[out["truth"] == truth, "discovered_theme"]
    top = mine.value_counts().index[0]
    members = out.loc[out["discovered_theme"] == top, "truth"]
    return top if top and (mine == top).mean() >= 0.9 and (members == truth).mean() >= 0.9 else ""
