"""Generator of the bundled synthetic sample survey (fictional operator "Nordlys").

Run ``python -m textnps.datasets._generate`` to rewrite ``sample_survey.csv`` and
``sample_survey_truth.csv`` next to this file (``--n``, ``--seed`` and ``--out``
change the size, the seed and the folder). The output is byte-for-byte the same
for the same seed and size, on every platform and Python version: the only
source of randomness is :meth:`random.Random.random`, the one method whose
sequence Python promises never to change.

How a response is made:

1. a date (uniform over 2025-09-01 .. 2026-10-31), a market (SE/DK/NO) and a
   channel (store/webshop/phone);
2. an NPS category from the market's mix (worse after the new app of 2026-08),
   then a score within the category;
3. a comment language (sv for SE, da for DK, nb or ~10 % nn for NO, ~2 % en);
4. either a non-answer (~8 %), a theme-free remark, a general verdict alone, or
   1-3 themes drawn with weights that depend on the category, the channel and
   the month; every theme gets a polarity (the first one follows the category);
5. a comment assembled from hand-written fragments of those themes in that
   language (``_fragments/``), with connectors, typos, lower case, missing
   diacritics and now and then a fake e-mail, phone or national id number.

Wave 2 (:data:`WAVES`) is made the same way over 2026-11-01 .. 2027-01-31, with
the new app's effects drawn with wave 1's share instead of by date, 5 % of
promoters turned detractor and, for 20 % of detractors, a ``billing``
complaint added to the comment (the planted change).

The planted facts this produces are listed in :mod:`textnps.datasets`.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

from textnps.datasets._fragments import LANGUAGE_DATA
from textnps.datasets._noise import noise as _noise
from textnps.datasets._pii import national_id, email, phone

__all__ = ["DEFAULT_N", "DEFAULT_SEED", "WAVES", "Wave", "generate", "write", "main"]

DEFAULT_N = 3000
DEFAULT_SEED = 20260822

START = dt.date(2025, 9, 1)
END = dt.date(2026, 10, 31)
#: first day of the new app; digital complaints rise from here on
APP_LAUNCH = dt.date(2026, 8, 1)

MARKETS = {"SE": 0.40, "DK": 0.30, "NO": 0.30}
CHANNELS = {"store": 0.32, "webshop": 0.30, "phone": 0.38}
#: detractor / passive / promoter shares per market before the new app
CATEGORY_MIX = {
    "SE": (0.22, 0.38, 0.40),
    "DK": (0.19, 0.36, 0.45),
    "NO": (0.24, 0.38, 0.38),
}
#: after the app launch this share of promoters turns detractor
APP_SHIFT = 0.04
SCORES = {
    "detractor": {0: 9, 1: 4, 2: 6, 3: 8, 4: 10, 5: 27, 6: 36},
    "passive": {7: 47, 8: 53},
    "promoter": {9: 44, 10: 56},
}

NON_ANSWER_SHARE = 0.08
EMPTY_SHARE_OF_NON_ANSWERS = 0.45
THEMELESS_SHARE = 0.02
GENERAL_ONLY = {"detractor": 0.07, "passive": 0.12, "promoter": 0.15}
N_THEMES = {1: 0.55, 2: 0.33, 3: 0.12}
ENGLISH_SHARE = 0.02
#: the comment languages of each market (besides English)
MARKET_LANGUAGES = {"SE": {"sv": 1.0}, "DK": {"da": 1.0}, "NO": {"nb": 0.9, "nn": 0.1}}
PII_SHARE = 0.015

#: theme draw weights per category (without replacement)
THEME_WEIGHTS = {
    "detractor": {
        "price": 46, "response_time": 13, "staff_service": 11, "product": 10, "billing": 7,
        "communication": 7, "terms": 6, "trust": 6, "digital": 2, "delivery": 0.5, "returns": 2,
        "claims_cases": 1.5, "ease": 2,
    },
    "passive": {
        "response_time": 26, "price": 20, "staff_service": 11, "product": 9, "ease": 6,
        "digital": 3, "billing": 4, "communication": 5, "delivery": 0.5, "terms": 3, "trust": 2,
        "returns": 1.5, "claims_cases": 0.5,
    },
    "promoter": {
        "staff_service": 38, "ease": 22, "product": 17, "price": 8, "response_time": 7,
        "digital": 4, "delivery": 0.5, "trust": 5, "communication": 4, "billing": 1.5,
        "returns": 1, "terms": 1, "claims_cases": 0.5,
    },
}
#: in the webshop channel goods are shipped: delivery and returns come up there
WEBSHOP_WEIGHTS = {
    "detractor": {"delivery": 20, "returns": 4},
    "passive": {"delivery": 10, "returns": 3},
    "promoter": {"delivery": 9, "returns": 2},
}
#: after the app launch (digital complaints rise; little digital praise)
APP_WEIGHTS = {"detractor": {"digital": 50}, "passive": {"digital": 12}, "promoter": {"digital": 1}}
#: per category: the polarity of the first theme (None: a coin toss), and for each
#: further theme the chance of that polarity and of the opposite one (else mixed)
POLARITY_MIX = {"detractor": ("neg", 0.72, 0.22), "passive": (None, 0.50, 0.45), "promoter": ("pos", 0.76, 0.20)}
MIXED_SHARE = 0.04
EMOTICONS = {"promoter": [" :)", " :-)", " \N{THUMBS UP SIGN}", " \N{SMILING FACE WITH SMILING EYES}"],
             "detractor": [" :(", " \N{POUTING FACE}", " \N{THUMBS DOWN SIGN}"]}
#: non-answers that belong to no language
_WORDLESS = {"", "-", ".", "..", "x", "n/a"}
#: joiners after a theme-free remark
_AFTER_NEUTRAL = [". ", ". ", ", ", "! "]

class Rng:
    """Draws built on :meth:`random.Random.random` alone, so the stream is stable."""

    def __init__(self, seed: int):
        self._random = random.Random(seed)

    def random(self) -> float:
        return self._random.random()

    def chance(self, p: float) -> bool:
        return self._random.random() < p

    def below(self, n: int) -> int:
        return min(int(self._random.random() * n), n - 1)

    def choice(self, items):
        return items[self.below(len(items))]

    def weighted(self, weights: dict):
        x = self._random.random() * sum(weights.values())
        for item, weight in weights.items():
            x -= weight
            if x < 0:
                return item
        return item

    def sample_weighted(self, weights: dict, k: int) -> list:
        pool = dict(weights)
        picked = []
        for _ in range(min(k, len(pool))):
            item = self.weighted(pool)
            picked.append(item)
            del pool[item]
        return picked


_SLOT = re.compile(r"\{([^{}]*)\}")


def _expand(template: str, rng: Rng) -> str:
    """Fill every ``{a|b|c}`` slot of *template* (slots may nest), innermost first."""
    while (slot := _SLOT.search(template)) is not None:
        template = template[: slot.start()] + rng.choice(slot.group(1).split("|")) + template[slot.end() :]
    return template


def _say(rng: Rng, templates: list[str]) -> str:
    """One of *templates*, filled in."""
    return _expand(rng.choice(templates), rng)


@dataclass(frozen=True)
class Wave:
    """One survey wave: its dates, size, seed, file names and what is planted in it.

    ``app_share`` None: the new app's effects start on :data:`APP_LAUNCH` (wave 1);
    a number: each response is drawn under them with that chance, whatever its
    date (wave 2 keeps wave 1's share, so the app changes nothing between waves).
    ``invoice_share``: chance that a detractor's comment also complains about
    ``billing`` (the invoice system of wave 2); ``invoice_shift``: share of
    promoters that turn detractor with it.
    """

    number: int
    start: dt.date
    end: dt.date
    n: int
    seed: int
    first_id: int = 1
    app_share: float | None = None
    invoice_share: float = 0.0
    invoice_shift: float = 0.0

    @property
    def stem(self) -> str:
        return "sample_survey" if self.number == 1 else f"sample_survey_wave{self.number}"


#: share of wave 1's days after the app launch (92 of 426)
APP_SHARE = ((END - APP_LAUNCH).days + 1) / ((END - START).days + 1)
#: first day of wave 2 and of the new invoice system (billing complaints rise)
INVOICE_LAUNCH = dt.date(2026, 11, 1)
WAVES = {
    1: Wave(1, START, END, DEFAULT_N, DEFAULT_SEED),
    2: Wave(2, INVOICE_LAUNCH, dt.date(2027, 1, 31), 1500, DEFAULT_SEED + 6, first_id=DEFAULT_N + 1,
            app_share=APP_SHARE, invoice_share=0.20, invoice_shift=0.05),
}


def _date(rng: Rng, wave: Wave) -> dt.date:
    return wave.start + dt.timedelta(days=rng.below((wave.end - wave.start).days + 1))


def _category(rng: Rng, market: str, app: bool, wave: Wave) -> str:
    det, pas, pro = CATEGORY_MIX[market]
    if app:
        det, pro = det + APP_SHIFT, pro - APP_SHIFT
    det, pro = det + wave.invoice_shift, pro - wave.invoice_shift
    return rng.weighted({"detractor": det, "passive": pas, "promoter": pro})


def _language(rng: Rng, market: str) -> str:
    return "en" if rng.chance(ENGLISH_SHARE) else rng.weighted(MARKET_LANGUAGES[market])


def _theme_weights(category: str, channel: str, app: bool) -> dict:
    weights = dict(THEME_WEIGHTS[category])
    if channel == "webshop":
        weights.update(WEBSHOP_WEIGHTS[category])
    if app:
        weights.update(APP_WEIGHTS[category])
    return weights


def _polarities(rng: Rng, category: str, themes: list[str]) -> list[str]:
    main, p_main, p_other = POLARITY_MIX[category]
    if main is None:
        main = "neg" if rng.chance(0.55) else "pos"
    other = "pos" if main == "neg" else "neg"
    result = [main]
    for _ in themes[1:]:
        x = rng.random()
        result.append(main if x < p_main else other if x < p_main + p_other else "mixed")
    if rng.chance(MIXED_SHARE):
        result[0] = "mixed"
    return result


def _plan(rng: Rng, category: str, channel: str, app: bool, lang: str, wave: Wave) -> list[tuple[str, str]]:
    """The (theme, polarity) pairs of one informative comment (may be empty)."""
    if rng.chance(THEMELESS_SHARE):
        return []
    if rng.chance(GENERAL_ONLY[category]):
        polarity = {"detractor": "neg", "promoter": "pos"}.get(category)
        return [("general", polarity or ("mixed" if rng.chance(0.6) else "pos"))]
    weights = _theme_weights(category, channel, app)
    themes = rng.sample_weighted(weights, rng.weighted(N_THEMES))
    pairs = list(zip(themes, _polarities(rng, category, themes)))
    if app and category != "promoter":  # nobody but promoters likes the new app
        pairs = [(t, "neg" if t == "digital" else p) for t, p in pairs]
    if wave.invoice_share and category == "detractor" and "billing" not in themes \
            and rng.chance(wave.invoice_share):  # the new invoice system: one more complaint
        pairs.append(("billing", "neg"))
    data = LANGUAGE_DATA[lang]
    # a language without a 'mixed' fragment for a theme says it negatively
    return [(t, p if (t, p) in data.FRAGMENTS else "neg") for t, p in pairs]


def _fragment(rng: Rng, data, theme: str, polarity: str, app: bool) -> str:
    if theme == "digital" and polarity == "neg" and app and rng.chance(0.85):
        return _say(rng, data.FRAGMENTS["digital_app", "neg"])
    return _say(rng, data.FRAGMENTS[theme, polarity])


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _compose(rng: Rng, data, plan, category: str, app: bool) -> str:
    clauses: list[tuple[str, str]] = []
    if rng.chance(0.14):
        clauses.append(("", _say(rng, data.NEUTRAL)))
    clauses += [(pol, _fragment(rng, data, theme, pol, app)) for theme, pol in plan]
    if not plan:
        clauses.append(("", _say(rng, data.NEUTRAL)))
    closer = {"promoter": "CLOSERS_POS", "detractor": "CLOSERS_NEG"}.get(category)
    if closer and plan and plan[0][0] != "general" and rng.chance(0.12):
        clauses.append(("", _say(rng, getattr(data, closer))))
    if plan and rng.chance(0.05):
        clauses.append(("", _say(rng, data.NEUTRAL)))
    text = _capitalize(clauses[0][1])
    for (prev, _), (pol, clause) in zip(clauses, clauses[1:]):
        contrast = {prev, pol} == {"pos", "neg"}
        joiner = rng.choice(data.CONTRAST if contrast else data.AND if prev else _AFTER_NEUTRAL)
        if rng.chance(0.01):
            joiner = "\n"
        text += joiner + (_capitalize(clause) if joiner.rstrip(" ").endswith((".", "!", "\n")) else clause)
    if category in EMOTICONS and rng.chance(0.04):
        return text + rng.choice(EMOTICONS[category])
    return text + rng.choice(data.ENDINGS)


def _with_pii(rng: Rng, data, text: str, market: str) -> tuple[str, str]:
    kind = rng.weighted({"email": 0.4, "phone": 0.4, "national_id": 0.2})
    value = {"email": email, "phone": phone, "national_id": national_id}[kind](rng, market)
    clause = _say(rng, data.PII[kind]).replace("<value>", value)
    sep = rng.choice([". ", ", ", " - ", "! "])
    return text.rstrip(".! ") + sep + (_capitalize(clause) if sep in (". ", "! ") else clause), f"{kind}:{value}"


def _response(rng: Rng, market: str, date: dt.date, wave: Wave) -> tuple[dict, dict]:
    channel = rng.weighted(CHANNELS)
    app = date >= APP_LAUNCH if wave.app_share is None else rng.chance(wave.app_share)
    category = _category(rng, market, app, wave)
    score = rng.weighted(SCORES[category])
    lang = _language(rng, market)
    data = LANGUAGE_DATA[lang]
    truth = {"themes": "", "lang": lang, "non_answer": False, "pii": ""}
    if rng.chance(NON_ANSWER_SHARE):
        comment = "" if rng.chance(EMPTY_SHARE_OF_NON_ANSWERS) else rng.choice(data.NON_ANSWERS)
        truth.update(lang="" if comment.lower() in _WORDLESS else lang, non_answer=True)
    else:
        plan = _plan(rng, category, channel, app, lang, wave)
        comment = _noise(rng, _compose(rng, data, plan, category, app))
        if rng.chance(PII_SHARE):
            comment, truth["pii"] = _with_pii(rng, data, comment, market)
        truth["themes"] = ";".join(f"{t}:{p}" for t, p in plan)
    row = {"date": date.isoformat(), "market": market, "channel": channel, "score": score, "comment": comment}
    return row, truth


def generate(n: int | None = None, seed: int | None = None, *, wave: int = 1) -> tuple[list[dict], list[dict]]:
    """Return the survey rows and the truth rows of *n* synthetic responses of *wave* (1 or 2).

    *n* and *seed* default to the wave's own (:data:`WAVES`). Rows are sorted
    by date; ``response_id`` runs ``NL00001`` ... in that order (wave 2
    continues after wave 1: ``NL03001`` ...).
    """
    spec = WAVES[wave]
    rng = Rng(spec.seed if seed is None else seed)
    drawn = []
    for _ in range(spec.n if n is None else n):
        market = rng.weighted(MARKETS)
        date = _date(rng, spec)
        drawn.append((date, *_response(rng, market, date, spec)))
    drawn.sort(key=lambda item: item[0])  # stable: ties keep draw order
    survey, truth = [], []
    for i, (_, row, true) in enumerate(drawn, start=spec.first_id):
        rid = f"NL{i:05d}"
        survey.append({"response_id": rid, **row})
        truth.append({"response_id": rid, **true})
    return survey, truth


def _csv_bytes(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write(out: Path | str | None = None, *, n: int | None = None, seed: int | None = None,
          wave: int = 1) -> tuple[Path, Path]:
    """Write ``<stem>.csv`` and ``<stem>_truth.csv`` of *wave* into *out*.

    The stem is ``sample_survey`` for wave 1, ``sample_survey_wave2`` for wave 2.
    *out* defaults to this package's folder. Returns the two paths.
    """
    out = Path(out) if out is not None else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    survey, truth = generate(n, seed, wave=wave)
    stem = WAVES[wave].stem
    paths = out / f"{stem}.csv", out / f"{stem}_truth.csv"
    for path, rows in zip(paths, (survey, truth)):
        path.write_bytes(_csv_bytes(rows))
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m textnps.datasets._generate", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=None, help="number of responses (default: the wave's, 3000 and 1500)")
    parser.add_argument("--seed", type=int, default=None, help=f"random seed (default: the wave's, {DEFAULT_SEED} and "
                                                              f"{DEFAULT_SEED + 6})")
    parser.add_argument("--wave", type=int, choices=sorted(WAVES), default=None,
                        help="the wave to write (default: every wave)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: the package folder)")
    args = parser.parse_args(argv)
    for wave in [args.wave] if args.wave else sorted(WAVES):
        for path in write(args.out, n=args.n, seed=args.seed, wave=wave):
            print(path)


if __name__ == "__main__":
    main()
