"""Top complaints / strengths and theme impact against values computed by hand."""
import math

import pandas as pd
import pytest

from textnps._errors import InputError, ParameterError
from textnps.report.tables import passive_themes, theme_impact, theme_shares, top_complaints, top_strengths

# 10 responses; "price" is mentioned by 4 of them (scores 0, 0, 5, 10).
SCORES = [0, 0, 5, 10, 10, 10, 9, 8, 7, 0]
THEMES = ["price:neg", "price:neg;staff_service:neg", "price:mixed", "price:pos",
          "staff_service:pos", "", "", "", "", ""]

TEXTS = {
    "sv": ["Alldeles för dyrt", "Dyrt och otrevlig personal", "Priset är ok men", "Bra pris!",
           "Trevlig personal", "", "Toppen", "Helt ok", "Sådär", "Nej"],
    "da": ["Alt for dyrt", "Dyrt og uvenligt personale", "Prisen er ok men", "God pris!",
           "Venligt personale", "", "Super", "Helt fint", "Nja", "Nej"],
    "nb": ["Altfor dyrt", "Dyrt og uhøflige ansatte", "Prisen er grei men", "Bra pris!",
           "Hyggelige ansatte", "", "Topp", "Helt greit", "Tja", "Nei"],
}


def frame(lang="sv", **extra):
    texts = TEXTS[lang]
    return pd.DataFrame({"score": SCORES, "themes": THEMES, "text_clean": texts,
                         "empty_comment": [t == "" for t in texts], **extra})


def test_theme_impact_matches_hand_computation():
    row = theme_impact(frame(), min_n=1).set_index("theme_id").loc["price"]
    # all: 4 promoters (10, 10, 10, 9), 4 detractors (0, 0, 5, 0) of 10 -> NPS 0
    # price: 1 promoter, 3 detractors of 4 -> -50; without price: 3 promoters, 1 detractor of 6 -> 33.33
    assert row["nps_all"] == pytest.approx(0.0)
    assert row["nps_theme"] == pytest.approx(-50.0)
    assert row["nps_without"] == pytest.approx(100 / 3)
    assert row["impact"] == pytest.approx(-100 / 3)           # = 0.4 * (-50 - 33.33)
    se_t = 100 * math.sqrt((0.25 + 0.75 - 0.5**2) / 4)        # 43.30
    se_not = 100 * math.sqrt((0.5 + 1 / 6 - (1 / 3) ** 2) / 6)  # 30.43
    w, diff = 0.4, -50 - 100 / 3
    se = math.sqrt(w**2 * (se_t**2 + se_not**2) + diff**2 * w * (1 - w) / 10)
    assert row["impact_se"] == pytest.approx(se)                # 24.80
    assert row["impact_ci_low"] == pytest.approx(-100 / 3 - 1.959964 * se, rel=1e-6)
    assert row["impact_ci_high"] == pytest.approx(-100 / 3 + 1.959964 * se, rel=1e-6)
    z = diff / math.sqrt(se_t**2 + se_not**2)
    assert row["p_value"] == pytest.approx(2 * (1 - 0.5 * (1 + math.erf(abs(z) / math.sqrt(2)))))


def test_theme_impact_flags_small_samples_and_adjusts_p_values():
    out = theme_impact(frame())  # default min_n = 30: every theme is a small sample
    assert out["small_sample"].all()
    assert out["rank"].isna().all()
    assert (out["p_adjusted"] >= out["p_value"]).all()
    assert out.columns[:2].tolist() == ["theme_id", "source"]


def test_theme_impact_interval_covers_the_truth_in_simulation():
    """The delta-method interval should cover the true impact about 95 % of the time."""
    import numpy as np

    rng = np.random.default_rng(1)
    n, hits, truth = 400, 0, None
    # theme share 0.3; NPS among mentions -40 (p .2, d .6), among the rest +30 (p .5, d .2)
    truth = 0.3 * (-40 - 30)
    for _ in range(150):
        mention = rng.random(n) < 0.3
        u = rng.random(n)
        score = np.where(mention, np.select([u < 0.2, u < 0.4], [10, 8], 0), np.select([u < 0.5, u < 0.8], [10, 8], 0))
        df = pd.DataFrame({"score": score, "themes": np.where(mention, "price:neg", "")})
        row = theme_impact(df).iloc[0]
        hits += row["impact_ci_low"] <= truth <= row["impact_ci_high"]
    assert 0.90 <= hits / 150 <= 0.99


@pytest.mark.parametrize("lang", ["sv", "da", "nb"])
def test_top_complaints_ranks_and_shows_redacted_examples(lang):
    out = top_complaints(frame(lang), min_n=1)
    first = out.iloc[0]
    # 4 detractors, all commented; 3 mention price, 1 staff_service
    assert first["theme_id"] == "price" and first["rank"] == 1
    assert first["n_responses"] == 4 and first["n_mentions"] == 3
    assert first["pct"] == pytest.approx(75.0)
    assert first["pct_ci_low"] < 75 < first["pct_ci_high"]
    assert first["pct_neg"] == pytest.approx(200 / 3)
    # negative comments that mention only price come first
    assert first["example_1"] == TEXTS[lang][0]
    assert set(out["category"]) == {"detractor"}


def test_strengths_and_passives():
    strengths = top_strengths(frame(), min_n=1)
    assert strengths.iloc[0]["theme_id"] in {"price", "staff_service"}
    assert strengths.iloc[0]["pct_pos"] == pytest.approx(100.0)
    passives = passive_themes(frame(), min_n=1)
    assert passives["n_mentions"].sum() == 0 and passives["rank"].isna().all()


def test_shares_count_only_commented_responses():
    df = frame()
    df.loc[5, "score"] = 0  # an empty comment from a detractor does not dilute the share
    assert top_complaints(df, min_n=1).iloc[0]["n_responses"] == 4


def test_by_segment_adds_all_rows_first_and_flags_small_segments():
    df = frame(market=["SE", "DK"] * 5)
    out = top_complaints(df, segment="market", min_n=3)
    assert out["segment"].iloc[0] == "(all)"
    assert list(dict.fromkeys(out["segment"])) == ["(all)", "DK", "SE"]
    dk = out[out["segment"] == "DK"]
    assert dk["n_responses"].iloc[0] == 2 and dk["small_sample"].all() and dk["rank"].isna().all()
    impact = theme_impact(df, segment="market", min_n=1)
    assert set(impact["segment"]) == {"(all)", "DK", "SE"}


def test_no_examples_without_redacted_text():
    out = top_complaints(frame().drop(columns="text_clean"), min_n=1)
    assert (out["example_1"] == "").all()


@pytest.mark.parametrize("kwargs, message", [
    ({"confidence": 1.5}, "'confidence' parameter must be between 0 and 1. Got 1.5"),
    ({"min_n": 0}, "'min_n' parameter must be a positive whole number. Got 0"),
    ({"categories": ["detractors"]}, "'categories' parameter of theme_shares must be one of .* Did you mean 'detractor'"),
])
def test_bad_settings(kwargs, message):
    with pytest.raises(ParameterError, match=message):
        theme_shares(frame(), **kwargs)


def test_missing_columns_are_named():
    with pytest.raises(InputError, match=r"Column 'scor' \(the score column\) is not in the data.*Did you mean 'score'"):
        theme_impact(frame(), score="scor")
    with pytest.raises(InputError, match=r"Column 'market' \(the segment column\)"):
        top_complaints(frame(), segment="market")
    with pytest.raises(InputError, match="Expected a pandas DataFrame, got list"):
        theme_impact([1, 2])
