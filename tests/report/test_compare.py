"""Wave comparison: intervals (by hand), theme matching across waves, new themes, small samples."""
from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from textnps._errors import InputError, ParameterError
from textnps.report._difference import newcombe_interval, proportion_difference
from textnps.report._labels import compare_labels
from textnps.report._matching import match_discovered, theme_similarity
from textnps.csvsafe import write_csv
from textnps.report.compare import CHANGE_COLUMNS, compare_waves

Z = 1.959963984540054


def wilson(x, n):
    p = x / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z / d * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return c - h, c + h


# --- the interval of a difference of shares ---------------------------------------------------

def test_newcombe_reproduces_the_published_example():
    """Newcombe (1998), table II, example (a): 56/70 - 48/80, method 10 gives 0.0524 to 0.3339."""
    low, high = newcombe_interval(56, 70, 48, 80)
    assert round(float(low), 4) == 0.0524 and round(float(high), 4) == 0.3339


@pytest.mark.parametrize("x1, n1, x2, n2", [(30, 100, 15, 100), (3, 40, 9, 35), (0, 50, 4, 60)])
def test_proportion_difference_by_hand(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1)
    l2, u2 = wilson(x2, n2)
    pooled = (x1 + x2) / (n1 + n2)
    z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    r = proportion_difference(x1, n1, x2, n2)
    assert float(r["diff_pp"]) == pytest.approx(100 * (p1 - p2))
    assert float(r["diff_ci_low"]) == pytest.approx(100 * (p1 - p2 - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)))
    assert float(r["diff_ci_high"]) == pytest.approx(100 * (p1 - p2 + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)))
    assert float(r["z"]) == pytest.approx(z)
    assert float(r["p_value"]) == pytest.approx(math.erfc(abs(z) / math.sqrt(2)))


def test_an_empty_sample_gives_no_interval():
    low, high = newcombe_interval(0, 0, 3, 10)
    assert np.isnan(low) and np.isnan(high)


# --- matching discovered themes across waves ---------------------------------------------------

#: per language: the terms of a price theme, an app theme, and a theme only the new wave has (invoices)
TERMS = {
    "sv": (["pris", "dyr", "höjning"], ["app", "inloggning", "krascha"], ["faktura", "dubbel", "debitera"]),
    "da": (["pris", "dyr", "prisstigning"], ["app", "login", "gå_ned"], ["regning", "dobbelt", "opkræve"]),
    "no": (["pris", "dyr", "prisøkning"], ["app", "innlogging", "krasje"], ["faktura", "dobbelt", "belaste"]),
}


def model(themes: dict, vocab: list) -> SimpleNamespace:
    """A fitted discoverer as match_discovered sees it: theme id -> {term: weight}."""
    h = np.array([[weights.get(t, 0.0) for t in vocab] for weights in themes.values()])
    ids = list(themes)
    return SimpleNamespace(components_={"all": h}, vocabulary_=np.array(vocab), theme_ids_={"all": ids},
                           themes_=pd.DataFrame({"theme_id": ids, "label": [" · ".join(w) for w in themes.values()],
                                                 "terms": [", ".join(w) for w in themes.values()]}))


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_theme_of_the_new_wave_keeps_the_id_of_the_saved_theme_it_matches(lang):
    price, app, invoice = TERMS[lang]
    saved = model({"t01": dict(zip(price, (1.0, 0.8, 0.5))), "t02": dict(zip(app, (1.0, 0.6, 0.4)))},
                  price + app + ["butik"])
    # the fresh fit orders its themes differently, on another vocabulary, with other weights
    fresh = model({"t01": dict(zip(app, (0.9, 0.7, 0.2))), "t02": dict(zip(invoice, (1.0, 0.5, 0.5))),
                   "t03": dict(zip(price, (0.7, 0.9, 0.3)))}, invoice + app + price)
    matches = match_discovered(saved, fresh).set_index("fresh_id")
    assert matches.loc["t01", "theme_id"] == "t02" and matches.loc["t01", "status"] == "matched"
    assert matches.loc["t03", "theme_id"] == "t01" and matches.loc["t03", "status"] == "matched"
    assert matches.loc["t02", "theme_id"] == "t03" and matches.loc["t02", "status"] == "new"
    assert matches.loc["t02", "cosine"] == 0.0
    assert matches.loc["t01", "saved_label"] == " · ".join(app)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_weak_resemblance_is_a_new_theme(lang):
    price, app, _ = TERMS[lang]
    saved = model({"t01": dict(zip(price, (1.0, 1.0, 1.0)))}, price)
    fresh = model({"t01": {price[0]: 0.3, app[0]: 1.0, app[1]: 1.0}}, price + app)
    cosine = float(theme_similarity(saved.components_["all"], saved.vocabulary_, fresh.components_["all"],
                                    fresh.vocabulary_)[0, 0])
    assert cosine == pytest.approx(0.3 / math.sqrt(3) / math.sqrt(2.09))
    assert match_discovered(saved, fresh)["status"].tolist() == ["new"]
    assert match_discovered(saved, fresh, threshold=0.05)["status"].tolist() == ["matched"]


def test_match_threshold_is_checked():
    saved = model({"t01": {"pris": 1.0}}, ["pris"])
    with pytest.raises(ParameterError, match=r"'match_threshold' parameter must be in \(0, 1\]. Got 1.5"):
        match_discovered(saved, saved, threshold=1.5)


# --- compare_waves on classified frames --------------------------------------------------------

COMMENTS = {"sv": ("för dyrt", "appen kraschar", "trevlig personal"),
            "da": ("alt for dyrt", "appen går ned", "venligt personale"),
            "no": ("altfor dyrt", "appen krasjer", "hyggelig personale")}


def wave(lang: str, *, app_share: float, n_det: int = 200, small: int = 10) -> pd.DataFrame:
    """Detractors who complain about price and (a share of them) the app; promoters who praise staff."""
    price, app, staff = COMMENTS[lang]
    n_app = int(round(app_share * n_det))
    rows = [(2, f"{price}, {app}", "price:neg;digital:neg", "A") for _ in range(n_app)]
    rows += [(3, price, "price:neg", "A") for _ in range(n_det - n_app)]
    rows += [(10, staff, "staff_service:pos", "A") for _ in range(n_det)]
    rows += [(9, staff, "staff_service:pos", "tiny") for _ in range(small)]  # a segment too small to trust
    frame = pd.DataFrame(rows, columns=["score", "text", "themes", "segment"])
    return frame.assign(text_clean=frame["text"])


@pytest.fixture(scope="module", params=["sv", "da", "no"])
def result(request):
    lang = request.param
    return compare_waves(wave(lang, app_share=0.10), wave(lang, app_share=0.40), discover=False, progress=False,
                         lang=lang)


def test_the_planted_rise_and_only_it_is_significant(result):
    changes = result.tables["theme_changes"]
    assert list(changes.columns) == CHANGE_COLUMNS
    significant = result.tables["significant_changes"]
    assert set(zip(significant["segment"], significant["category"], significant["theme_id"])) == {
        ("(all)", "detractor", "digital"), ("A", "detractor", "digital")}
    row = changes[(changes["segment"] == "(all)") & (changes["theme_id"] == "digital")].iloc[0]
    assert (row["n_previous"], row["mentions_previous"], row["n_current"], row["mentions_current"]) == (200, 20, 200, 80)
    assert row["diff_pp"] == pytest.approx(30.0)
    l1, u1 = wilson(80, 200)
    l0, u0 = wilson(20, 200)
    assert row["diff_ci_low"] == pytest.approx(100 * (0.3 - math.sqrt((0.4 - l1) ** 2 + (u0 - 0.1) ** 2)))
    assert row["diff_ci_high"] == pytest.approx(100 * (0.3 + math.sqrt((u1 - 0.4) ** 2 + (0.1 - l0) ** 2)))
    assert row["direction"] == "up" and row["status"] == "kept"


def test_nps_points_are_the_change_of_the_themes_impact(result):
    row = result.tables["theme_changes"].query("segment == '(all)' and theme_id == 'digital'").iloc[0]
    # previous: 410 answers, NPS (210 - 200)/410; without the 20 app complainers (210 - 180)/390
    before = 100 * 10 / 410 - 100 * 30 / 390
    after = 100 * 10 / 410 - 100 * 90 / 330
    assert row["impact_previous"] == pytest.approx(before)
    assert row["nps_points"] == pytest.approx(after - before)


def test_the_nps_change_is_tested(result):
    change = result.tables["nps_change"].set_index("segment")
    assert change.loc["(all)", "diff"] == pytest.approx(0.0)
    assert not change.loc["(all)", "significant"]
    waves = result.tables["nps_waves"]
    assert list(waves.loc[waves["segment"] == "(all)", "wave"]) == ["previous", "current"]


def test_small_segments_are_flagged_and_never_significant(result):
    changes = result.tables["theme_changes"]
    tiny = changes[changes["segment"] == "tiny"]
    assert len(tiny) and tiny["small_sample"].all() and not tiny["significant"].any()
    assert not changes.loc[changes["segment"] == "A", "small_sample"].any()
    assert result.tables["nps_change"].set_index("segment").loc["tiny", "small_sample"]


def test_comparison_saves_and_displays(result, tmp_path):
    out = result.save(tmp_path / "cmp")
    for name in ("compare.html", "compare.xlsx", "figures/nps_waves.png", "figures/theme_changes_detractor.png",
                 "tables/theme_changes.csv", "tables/nps_change.csv", "tables/significant_changes.csv"):
        assert (out / name).is_file(), name
    html = (out / "compare.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "digital" in html
    fragment = result._repr_html_()
    heading = compare_labels(result.lang)["compare"]["section_significant"]
    assert "<html" not in fragment and heading in fragment and heading in html


def test_csv_cells_that_could_start_a_formula_are_neutralised(tmp_path):
    write_csv(pd.DataFrame({"label": ["=HYPERLINK(1)", "ok"], "n": [-1, 2]}), tmp_path / "t.csv", index=False)
    back = pd.read_csv(tmp_path / "t.csv")
    assert back["label"].tolist() == ["'=HYPERLINK(1)", "ok"] and back["n"].tolist() == [-1, 2]


def test_alpha_is_checked():
    with pytest.raises(ParameterError, match="'alpha' parameter of compare_waves must be between 0 and 1. Got 2"):
        compare_waves(wave("sv", app_share=0.1), wave("sv", app_share=0.1), alpha=2, discover=False)


def test_plots_draw_on_the_given_axes_and_mark_the_significant_change(result):
    from matplotlib.figure import Figure

    from textnps.report.compare_plots import plot_theme_changes, plot_wave_nps

    ax = Figure().add_subplot()
    assert plot_theme_changes(result.tables["theme_changes"], category="detractor", ax=ax, lang=result.lang) is ax
    bold = [t.get_text() for t in ax.get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == ["digital"]
    words = compare_labels(result.lang)["compare"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [words["previous_wave"], words["current_wave"]]
    ax = plot_wave_nps(result.tables["nps_waves"])   # ax=None: a new pyplot figure
    assert len(ax.patches) == 2 * result.tables["nps_waves"]["segment"].nunique()
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def test_waves_classified_differently_are_refused():
    current = wave("no", app_share=0.1).drop(columns="themes")
    with pytest.raises(InputError, match="previous wave has a 'themes' column and the current wave has none"):
        compare_waves(wave("no", app_share=0.1), current, discover=False, progress=False)


@pytest.mark.parametrize("lang", ["sv", "da", "no"])
def test_a_new_theme_is_rising_only_when_its_share_rose_significantly(lang):
    from textnps.report.compare import _new_themes

    _, app, invoice = TERMS[lang]
    matches = pd.DataFrame({"group": "all", "fresh_id": ["t01", "t02", "t03"], "theme_id": ["t02", "t03", "t04"],
                            "status": ["matched", "new", "new"], "cosine": [0.9, 0.1, 0.0],
                            "label": [" · ".join(app), " · ".join(invoice), "x"], "saved_label": ["", "", ""],
                            "terms": [", ".join(app), ", ".join(invoice), "x"]})
    changes = pd.DataFrame({"segment": "(all)", "category": ["detractor", "promoter", "detractor"],
                            "theme_id": ["new:t03", "new:t03", "new:t04"], "status": "new",
                            "pct_previous": [1.0, 0.5, 2.0], "pct_current": [12.0, 0.4, 2.5],
                            "direction": ["up", "", ""]})
    fresh = SimpleNamespace(themes_=pd.DataFrame({"theme_id": ["t02", "t03", "t04"], "n": [50, 40, 9],
                                                  "examples": ["a", invoice[0], "c"]}))
    new = _new_themes(matches, changes, fresh).set_index("theme_id")
    assert list(new.index) == ["new:t03", "new:t04"]
    assert new.loc["new:t03", "rising"] and not new.loc["new:t04", "rising"]
    assert new.loc["new:t03", "pct_detractor_current"] == 12.0 and new.loc["new:t03", "n_current"] == 40
    assert new.loc["new:t03", "examples"] == invoice[0]
