"""What to fix first: ranked by the NPS points the negative mentions alone cost; praise in its own list;
quotes of the right polarity, cut to their clause, redacted, in the survey's language (sv, da, no)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from textnps import stats
from textnps.report.analyze import analyze
from textnps.report.fix_first import FIX_FIRST_COLUMNS, PRAISE_COLUMNS, fix_first, praise
from textnps.report.quotes import MAX_QUOTE_CHARS, Quoter
from textnps.report.tables import theme_impact

#: Comments of each kind in each language (made up for the tests).
WORDS = {
    "sv": {"price_neg": "Alldeles för dyrt, ni har höjt priset igen", "price_pos": "Bra pris",
           "digital": "appen kraschar hela tiden", "staff_pos": "Trevlig och kunnig personal",
           "staff_neg": "Otrevlig personal i butiken", "contact": "ring mig på 070-123 45 67 eller anna.berg@example.com",
           "filler": "Vi har varit kunder i många år och har flera abonnemang hos er sedan flytten",
           "english": "The price is far too high and keeps going up"},
    "da": {"price_neg": "Alt for dyrt, I har hævet prisen igen", "price_pos": "God pris",
           "digital": "appen går ned hele tiden", "staff_pos": "Venligt og kompetent personale",
           "staff_neg": "Uvenligt personale i butikken", "contact": "ring til mig på 21 43 65 87 eller jens@example.dk",
           "filler": "Vi har været kunder i mange år og har flere abonnementer hos jer siden flytningen",
           "english": "The price is far too high and keeps going up"},
    "no": {"price_neg": "Altfor dyrt, dere har økt prisen igjen", "price_pos": "God pris",
           "digital": "appen krasjer hele tiden", "staff_pos": "Hyggelige og kunnskapsrike ansatte",
           "staff_neg": "Uhøflige ansatte i butikken", "contact": "ring meg på 912 34 567 eller kari@example.no",
           "filler": "Vi har vært kunder i mange år og har flere abonnementer hos dere siden flyttingen",
           "english": "The price is far too high and keeps going up"},
}
CONTRAST = {"sv": "men", "da": "men", "no": "men"}


def survey(lang: str, n: int = 360, seed: int = 3) -> pd.DataFrame:
    """Price: the complaint of many detractors. Staff: praised by most promoters, criticised by a few detractors,
    so its pooled impact is positive while its complaints still cost points. Some detractors praise the price
    while the app fails them (``price:pos;digital:neg`` in one comment)."""
    w, rng = WORDS[lang], np.random.default_rng(seed)
    score = rng.choice(np.arange(11), n, p=[.06, .04, .05, .05, .06, .07, .09, .12, .12, .16, .18])
    rows = []
    for i, sc in enumerate(score):
        if sc <= 6:
            kind = ("price_neg", "price_neg", "price_neg", "mixed", "staff_neg", "none")[i % 6]
        elif sc >= 9:
            kind = ("staff_pos", "staff_pos", "staff_pos", "price_pos", "none")[i % 5]
        else:
            kind = ("price_pos", "none", "staff_pos")[i % 3]
        if kind == "price_neg":
            text, themes = w["price_neg"] + (f", {w['contact']}" if i % 4 == 0 else "") + ".", "price:neg"
            if i % 7 == 0:  # a long complaint: its quote is cut to the price clause, at most 300 characters
                text = (w["filler"] + ". ") * 4 + text
            if i % 11 == 0:
                text, themes = w["english"] + ".", "price:neg"
        elif kind == "mixed":
            text, themes = f"{w['price_pos']} {CONTRAST[lang]} {w['digital']}!", "price:pos;digital:neg"
        elif kind == "staff_neg":
            text, themes = w["staff_neg"] + ".", "staff_service:neg"
        elif kind in ("staff_pos", "price_pos"):
            text, themes = w[kind] + "!", {"staff_pos": "staff_service:pos", "price_pos": "price:pos"}[kind]
        else:
            text, themes = w["filler"] + ".", ""
        rows.append((f"R{i:04d}", int(sc), text, themes))
    frame = pd.DataFrame(rows, columns=["id", "score", "text", "themes"])
    frame["date"] = pd.Timestamp("2026-01-01") + pd.to_timedelta(np.arange(n) % 180, unit="D")
    return frame


@pytest.fixture(scope="module", params=["sv", "da", "no"])
def analysed(request):
    lang = request.param
    frame = survey(lang)
    return lang, frame, analyze(frame, lang=lang, progress=False, discover=False)


def _cost_by_hand(frame: pd.DataFrame, theme: str, polarity: str) -> float:
    """NPS of the responses without a *polarity* mention of *theme*, minus the NPS of all (the points they cost)."""
    hit = frame["themes"].str.contains(f"{theme}:{polarity}", regex=False)
    return stats.nps(frame.loc[~hit, "score"]) - stats.nps(frame["score"])


def test_fix_first_ranks_by_the_cost_of_the_negative_mentions_alone(analysed):
    lang, frame, report = analysed
    ff = report.tables["fix_first"]
    assert list(ff.columns) == FIX_FIRST_COLUMNS[1:]  # no segment column without segments
    assert ff["theme_id"].tolist()[:2] == ["price", "staff_service"] and ff["rank"].tolist()[:2] == [1, 2]
    for theme in ("price", "staff_service"):
        row = ff.set_index("theme_id").loc[theme]
        assert row["cost_points"] == pytest.approx(_cost_by_hand(frame, theme, "neg"))
        assert row["cost_ci_low"] < row["cost_points"] < row["cost_ci_high"]
    detractors = frame[frame["score"] <= 6]
    share = 100 * detractors["themes"].str.contains("price:neg").mean()
    assert ff.set_index("theme_id").loc["price", "pct_of_detractors"] == pytest.approx(share)
    # the pooled impact nets staff's praise against its complaints: positive, yet its complaints cost points
    impact = report.tables["theme_impact"].set_index("theme_id")
    assert impact.loc["staff_service", "impact"] > 0 > impact.loc["staff_service", "impact_neg"]
    assert impact.loc["staff_service", "impact_pos"] > 0
    assert ff.set_index("theme_id").loc["staff_service", "cost_points"] == pytest.approx(
        -impact.loc["staff_service", "impact_neg"])


def test_praise_has_its_own_list_ranked_by_the_points_it_adds(analysed):
    lang, frame, report = analysed
    pr = report.tables["praise"]
    assert list(pr.columns) == PRAISE_COLUMNS[1:]
    assert pr["theme_id"].iloc[0] == "staff_service" and pr["rank"].iloc[0] == 1
    assert pr.set_index("theme_id").loc["staff_service", "gain_points"] == pytest.approx(
        -_cost_by_hand(frame, "staff_service", "pos"))


def test_theme_impact_csv_has_the_split_columns(analysed, tmp_path):
    lang, frame, report = analysed
    report.save(tmp_path)
    table = pd.read_csv(tmp_path / "tables" / "theme_impact.csv")
    for side in ("neg", "pos"):
        for column in ("n_mentions", "impact", "impact_ci_low", "impact_ci_high", "p_adjusted", "significant",
                       "small_sample"):
            assert f"{column}_{side}" in table.columns
    price = table.set_index("theme_id").loc["price"]
    assert price["n_mentions_neg"] == frame["themes"].str.contains("price:neg").sum()
    assert price["n_mentions_pos"] == frame["themes"].str.contains("price:pos").sum()
    assert (tmp_path / "tables" / "fix_first.csv").exists() and (tmp_path / "tables" / "praise.csv").exists()
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "report.xlsx").sheetnames[:2] == ["fix_first", "praise"]


def _quotes(report) -> dict:
    """theme -> quotes shown for its complaints (fix first and the detractors' examples)."""
    out = {}
    ff = report.tables["fix_first"]
    for row in ff.to_dict("records"):
        out.setdefault(row["theme_id"], []).extend(q for q in (row["quote_1"], row["quote_2"], row["quote_3"]) if q)
    complaints = report.tables["top_complaints"]
    for row in complaints.to_dict("records"):
        out.setdefault(row["theme_id"], []).extend(q for q in (row["example_1"], row["example_2"]) if q)
    return out


def test_praise_is_never_a_complaint_quote_and_quotes_are_cut_redacted_and_in_the_survey_language(analysed):
    lang, frame, report = analysed
    w = WORDS[lang]
    quotes = _quotes(report)
    assert quotes["price"] and quotes["digital"]
    for theme, shown in quotes.items():
        for quote in shown:
            assert len(quote) <= MAX_QUOTE_CHARS
            assert w["price_pos"] not in quote, (theme, quote)    # the praise of the price is no complaint
            assert "@" not in quote and "67" not in quote.replace("[PHONE]", "")  # redacted
            assert w["english"] not in quote                      # a Nordic survey is quoted in its language
            assert w["filler"] not in quote                       # cut to the clause that mentions the theme
    # "Bra pris men appen kraschar": the app complaint is quoted from its own clause
    assert any(q.strip("….!").startswith(w["digital"]) for q in quotes["digital"])
    data = report.data.set_index("id")
    assert any("[PHONE]" in t or "[EMAIL]" in t for t in data["text_clean"])
    praise_quotes = report.tables["praise"].set_index("theme_id").loc["price", ["quote_1", "quote_2"]].tolist()
    assert all(w["price_pos"] in q and w["digital"] not in q for q in praise_quotes if q)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_quote_never_shows_the_opposite_of_what_it_is_quoted_for(lang):
    from textnps.themes.codebook.format import load_codebook

    w = WORDS[lang]
    quoter = Quoter(load_codebook("nordic-cx"))
    code = {"no": "nb"}.get(lang, lang)
    mixed = f"{w['price_pos']} {CONTRAST[lang]} {w['digital']}!"
    assert quoter.quote(mixed, "digital", polarity="neg", lang=code).lstrip("…") == w["digital"] + "!"
    assert quoter.quote(mixed, "price", polarity="pos", lang=code).rstrip("…") == w["price_pos"]
    assert quoter.quote(w["price_pos"] + "!", "price", polarity="neg", lang=code) is None
    long = (w["filler"] + ". ") * 8 + w["price_neg"] + "."
    cut = quoter.quote(long, "price", polarity="neg", lang=code)
    assert cut == w["price_neg"] + "." and len(long) > MAX_QUOTE_CHARS


def test_fix_first_validates_and_works_on_its_own():
    frame = survey("sv")
    own = fix_first(frame, min_n=5)
    assert own["theme_id"].iloc[0] == "price" and own["quote_1"].eq("").all()  # no text_clean: no quotes
    assert praise(frame, min_n=5)["theme_id"].iloc[0] == "staff_service"
    with pytest.raises(Exception, match="min_n"):
        fix_first(frame, min_n=0)
    impact = theme_impact(frame, min_n=5)
    assert {"impact_neg", "impact_pos", "significant_neg", "significant_pos"} <= set(impact.columns)
