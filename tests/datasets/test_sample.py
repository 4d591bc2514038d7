"""The bundled synthetic sample: generator, shipped files, loader and planted facts."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from textnps.datasets import (
    load_sample_survey,
    load_sample_truth,
    sample_survey_path,
    sample_truth_path,
)
from textnps.datasets import _generate as gen
from textnps.datasets._fragments import LANGUAGE_DATA
from textnps.datasets._pii import cpr_valid, fnr_control_digits, luhn_digit

THEME_IDS = {
    "price", "staff_service", "response_time", "claims_cases", "delivery", "product", "digital",
    "communication", "billing", "returns", "terms", "ease", "trust", "general",
}
APP_MONTHS = {"2026-08", "2026-09", "2026-10"}


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    """The shipped sample joined with its truth, one row per response."""
    survey = load_sample_survey()
    truth = load_sample_truth().rename(columns={"response_id": "id"})
    frame = survey.merge(truth, on="id", validate="one_to_one")
    frame["category"] = pd.cut(frame["score"].astype(int), [-1, 6, 8, 10], labels=["det", "pas", "pro"]).astype(str)
    frame["month"] = frame["date"].dt.strftime("%Y-%m")
    return frame


@pytest.fixture(scope="module")
def mentions(sample) -> pd.DataFrame:
    """One row per planted (theme, polarity) with the response's columns."""
    rows = sample.assign(pair=sample["themes"].str.split(";")).explode("pair")
    rows = rows[rows["pair"].fillna("") != ""]
    parts = rows["pair"].str.split(":", expand=True)
    return rows.assign(theme=parts[0], polarity=parts[1])


def nps(scores: pd.Series) -> float:
    scores = scores.astype(int)
    return 100 * ((scores >= 9).mean() - (scores <= 6).mean())


def ranking(mentions: pd.DataFrame, category: str, polarities: tuple[str, ...]) -> pd.Series:
    rows = mentions[(mentions["category"] == category) & mentions["polarity"].isin(polarities)]
    return rows["theme"].value_counts()


# --- generator -------------------------------------------------------------------------------

def test_generator_is_deterministic_for_a_seed(tmp_path):
    first = gen.write(tmp_path / "a", n=150, seed=7)
    again = gen.write(tmp_path / "b", n=150, seed=7)
    other = gen.write(tmp_path / "c", n=150, seed=8)
    for a, b, c in zip(first, again, other):
        assert a.read_bytes() == b.read_bytes()
        assert a.read_bytes() != c.read_bytes()


def test_shipped_files_equal_generator_output_for_default_seed():
    survey, truth = gen.generate(gen.DEFAULT_N, gen.DEFAULT_SEED)
    assert sample_survey_path().read_bytes() == gen._csv_bytes(survey)
    assert sample_truth_path().read_bytes() == gen._csv_bytes(truth)


def test_command_line_writes_both_files(tmp_path, capsys):
    gen.main(["--n", "40", "--seed", "3", "--out", str(tmp_path)])
    assert str(tmp_path / "sample_survey.csv") in capsys.readouterr().out
    survey = pd.read_csv(tmp_path / "sample_survey.csv", dtype=str, keep_default_na=False)
    assert list(survey.columns) == ["response_id", "date", "market", "channel", "score", "comment"]
    assert len(survey) == 40


@pytest.mark.parametrize("template, expected", [
    ("plain", {"plain"}),
    ("{a|b} c", {"a c", "b c"}),
    ("x{| y}", {"x", "x y"}),
    ("{a {x|y}|b}", {"a x", "a y", "b"}),
])
def test_expand_fills_every_slot(template, expected):
    rng = gen.Rng(1)
    assert {gen._expand(template, rng) for _ in range(200)} == expected


@pytest.mark.parametrize("lang", sorted(LANGUAGE_DATA))
def test_every_language_covers_every_theme_both_ways(lang):
    fragments = LANGUAGE_DATA[lang].FRAGMENTS
    needed = {(t, p) for t in THEME_IDS for p in ("pos", "neg")} | {("digital_app", "neg"), ("general", "mixed")}
    assert needed <= set(fragments)
    assert {t for t, _ in fragments} <= THEME_IDS | {"digital_app"}
    rng = gen.Rng(5)
    for templates in fragments.values():
        for template in templates:
            filled = {gen._expand(template, rng) for _ in range(20)}
            assert all(text and not set("{|}") & set(text) for text in filled), template


# --- fake personal data ----------------------------------------------------------------------

@pytest.mark.parametrize("nine, check", [("121212121", 2), ("811218987", 6)])
def test_luhn_digit_of_swedish_personnummer(nine, check):
    assert luhn_digit(nine) == check


@pytest.mark.parametrize("cpr, valid", [("070761-4285", True), ("070761-4286", False)])
def test_cpr_modulus_11(cpr, valid):
    assert cpr_valid(cpr) is valid


def test_fodselsnummer_control_digits():
    assert fnr_control_digits("150765005") == (6, 5)


def _valid_id(value: str, market: str) -> bool:
    digits = value.replace("-", "")
    if market == "SE":
        weights = [2, 1] * 5
        total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights))
        return len(digits) == 10 and total % 10 == 0
    if market == "DK":
        return cpr_valid(value)
    return len(digits) == 11 and fnr_control_digits(digits[:9]) == (int(digits[9]), int(digits[10]))


def test_planted_personal_data_is_in_the_comments_and_valid(sample):
    planted = sample[sample["pii"] != ""]
    assert 20 <= len(planted) <= 80
    kinds = set()
    for _, row in planted.iterrows():
        kind, value = row["pii"].split(":", 1)
        kinds.add(kind)
        assert value in row["text"]
        if kind == "national_id":
            assert _valid_id(value, row["segment"]), value
        if kind == "email":
            assert re.fullmatch(r"[a-z._0-9]+@example\.(com|org|net)", value)
    assert kinds == {"email", "phone", "national_id"}


# --- loader ----------------------------------------------------------------------------------

def test_loader_returns_canonical_columns(sample):
    survey = load_sample_survey()
    assert len(survey) == gen.DEFAULT_N
    for column in ("score", "text", "empty_comment", "date", "segment", "id", "channel"):
        assert column in survey.columns
    assert str(survey["score"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(survey["date"])
    assert set(survey["segment"]) == {"SE", "DK", "NO"}
    assert survey["id"].is_unique
    assert survey["date"].min() == pd.Timestamp("2025-09-01")
    assert survey["date"].max() <= pd.Timestamp("2026-10-31")
    assert survey["date"].dt.strftime("%Y-%m").nunique() == 14


def test_truth_has_one_row_per_response():
    truth = load_sample_truth()
    assert list(truth.columns) == ["response_id", "themes", "lang", "non_answer", "pii"]
    assert truth["non_answer"].dtype == bool
    assert truth["response_id"].is_unique and len(truth) == gen.DEFAULT_N


# --- planted facts ---------------------------------------------------------------------------

def test_themes_follow_the_codebook(sample, mentions):
    n_themes = sample["themes"].map(lambda s: len(s.split(";")) if s else 0)
    assert n_themes.between(0, 3).all() and (n_themes == 3).any()
    assert set(mentions["theme"]) == THEME_IDS
    assert set(mentions["polarity"]) == {"pos", "neg", "mixed"}
    general = sample["themes"].str.contains("general")
    assert (n_themes[general] == 1).all(), "general only when no other theme applies"


def test_overall_nps_and_market_spread(sample):
    assert 10 <= nps(sample["score"]) <= 25
    by_market = sample.groupby("segment")["score"].apply(nps)
    assert by_market.between(5, 30).all()
    assert by_market.max() - by_market.min() >= 5


@pytest.mark.parametrize("market", ["SE", "DK", "NO", None])
def test_price_is_the_top_complaint_of_detractors(mentions, market):
    rows = mentions if market is None else mentions[mentions["segment"] == market]
    counts = ranking(rows, "det", ("neg", "mixed"))
    assert counts.index[0] == "price"
    assert counts.iloc[0] >= 2 * counts.iloc[1]


def test_passives_talk_about_response_time_then_price(mentions):
    counts = ranking(mentions, "pas", ("neg", "mixed", "pos"))
    assert list(counts.index[:2]) == ["response_time", "price"]
    for market in ("SE", "DK", "NO"):
        top = ranking(mentions[mentions["segment"] == market], "pas", ("neg", "mixed", "pos"))
        assert set(top.index[:2]) == {"response_time", "price"}


def test_promoters_praise_staff_then_ease_and_product(mentions):
    counts = ranking(mentions, "pro", ("pos",))
    assert list(counts.index[:3]) == ["staff_service", "ease", "product"]
    for market in ("SE", "DK", "NO"):
        assert ranking(mentions[mentions["segment"] == market], "pro", ("pos",)).index[0] == "staff_service"


def test_digital_complaints_rise_after_the_new_app(sample):
    detractors = sample[sample["category"] == "det"]
    digital = detractors["themes"].str.contains("digital:(?:neg|mixed)", regex=True)
    share = digital.groupby(detractors["month"]).mean()
    after = share[share.index.isin(APP_MONTHS)]
    before = share[~share.index.isin(APP_MONTHS)]
    assert len(after) == 3 and len(before) == 11
    assert (before < 0.10).all(), before
    assert (after > 0.20).all() and after.min() > 2 * before.max(), after
    late = sample["month"].isin(APP_MONTHS)
    assert nps(sample.loc[~late, "score"]) - nps(sample.loc[late, "score"]) >= 3


def test_delivery_is_a_webshop_theme_and_claims_are_rare(sample, mentions):
    delivery = mentions[mentions["theme"] == "delivery"]
    assert (delivery["channel"] == "webshop").mean() > 0.75
    claims = sample["themes"].str.contains("claims_cases").mean()
    assert 0 < claims < 0.02


# --- languages and non-answers ---------------------------------------------------------------

@pytest.mark.parametrize("market, allowed", [("SE", {"sv", "en"}), ("DK", {"da", "en"}), ("NO", {"nb", "nn", "en"})])
def test_comment_languages_per_market(sample, market, allowed):
    langs = sample.loc[(sample["segment"] == market) & (sample["lang"] != ""), "lang"]
    assert set(langs) == allowed
    assert 0.005 <= (langs == "en").mean() <= 0.04
    if market == "NO":
        assert 0.05 <= (langs == "nn").mean() <= 0.15


def test_share_of_empty_and_non_answers(sample):
    non_answers = sample[sample["non_answer"]]
    assert 0.06 <= len(non_answers) / len(sample) <= 0.10
    assert (non_answers["themes"] == "").all()
    assert sample.loc[sample["empty_comment"], "non_answer"].all()
    assert 0.02 <= sample["empty_comment"].mean() <= 0.06
    assert {"-", "."} <= set(non_answers["text"])


def test_comments_are_noisy_like_real_ones(sample):
    worded = sample[~sample["non_answer"]]["text"]
    assert (worded.str[:1].str.islower()).mean() > 0.15  # written in lower case
    assert worded.str.contains("\n").any()  # line breaks survive the CSV
    assert worded.str.len().max() > 150 and worded.str.len().min() < 10
    swedish = sample[sample["lang"] == "sv"]["text"]
    assert swedish.str.contains("[åäö]", case=False).mean() > 0.3


def test_documented_numbers_match_the_shipped_file(sample):
    """The README's table quotes the shipped file; regenerating means updating it."""
    readme = (sample_survey_path().parent / "README.md").read_text(encoding="utf-8")
    by_market = sample.groupby("segment")["score"].apply(nps)
    quoted = f"+{nps(sample['score']):.1f} overall; " + ", ".join(
        f"{m} +{by_market[m]:.1f}" for m in ("DK", "SE", "NO"))
    assert quoted in readme
    assert f"{(sample['pii'] != '').sum()} comments:" in readme
    assert f"{100 * sample['non_answer'].mean():.1f} % ({100 * sample['empty_comment'].mean():.1f} % empty)" in readme


# --- wave 2 ----------------------------------------------------------------------------------

def _complaint_share(wave: int, theme: str) -> float:
    survey, truth = load_sample_survey(wave), load_sample_truth(wave)
    detractors = (survey["score"].astype(int) <= 6) & ~survey["empty_comment"]
    return float(truth.loc[detractors.to_numpy(), "themes"].str.contains(f"{theme}:neg").mean())


def test_wave_2_is_shipped_as_generated_and_follows_wave_1():
    survey, truth = gen.generate(wave=2)
    assert sample_survey_path(2).read_bytes() == gen._csv_bytes(survey)
    assert sample_truth_path(2).read_bytes() == gen._csv_bytes(truth)
    second = load_sample_survey(wave=2)
    assert len(second) == 1500 and second["id"].iloc[0] == "NL03001"
    assert second["date"].min() >= pd.Timestamp("2026-11-01") and second["date"].max() <= pd.Timestamp("2027-01-31")
    assert not set(second["id"]) & set(load_sample_survey(wave=1)["id"])


def test_wave_2_plants_a_rise_of_billing_complaints_and_a_lower_nps():
    assert _complaint_share(1, "billing") < 0.08 < 0.20 < _complaint_share(2, "billing")
    for theme in ("price", "digital", "response_time"):  # the rest stays as it was
        assert abs(_complaint_share(2, theme) - _complaint_share(1, theme)) < 0.05, theme
    assert nps(load_sample_survey(2)["score"]) < nps(load_sample_survey(1)["score"]) - 5


def test_unknown_wave_is_refused():
    from textnps._errors import ParameterError

    with pytest.raises(ParameterError, match=r"'wave' parameter must be one of \[1, 2\].*Got 3 instead"):
        load_sample_survey(wave=3)
