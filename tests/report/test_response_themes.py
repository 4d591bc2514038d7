"""``tables/response_themes.csv`` (one row per response and theme) and the model line of analyze (issue 16)."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from textnps.datasets import load_sample_survey
from textnps.report.notes import localize, note
from textnps.report.analyze import analyze
from textnps.report.response_themes import RESPONSE_THEME_COLUMNS, response_themes, themes_column
from textnps.themes.codebook.coding import format_themes
from textnps.themes.codebook.format import load_codebook

IDS = ["price", "staff_service", "delivery", "general"]
MARKET = {"sv": "SE", "da": "DK", "no": "NO"}

cells = st.dictionaries(st.sampled_from(IDS), st.sampled_from([None, "pos", "neg", "mixed"]), max_size=4).map(format_themes)


@given(st.lists(st.tuples(cells, st.sampled_from(["", "3"]), st.sampled_from(["refiner", "codebook"])), min_size=1,
                max_size=20))
def test_the_long_table_round_trips_to_the_themes_column(rows):
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(len(rows))], "score": 7, "category": "passive",
                          "themes": [r[0] for r in rows], "discovered_theme": [r[1] for r in rows],
                          "theme_source": [r[2] for r in rows], "subthemes": ["sales_contact:neg"] * len(rows)})
    long = response_themes(frame, parents={"sales_contact": "staff_service"})
    assert themes_column(long, frame["id"]).tolist() == frame["themes"].tolist()
    assert (long.loc[long["source"] == "subtheme", "parent"] == "staff_service").all()
    assert set(long.loc[long["source"] == "discovered", "theme_id"]) <= {"new:3"}
    assert not ((long["theme_id"] == "general") & (long["source"] == "refiner")).any()


@pytest.fixture(scope="module", params=["sv", "da", "no"])
def saved(request, tmp_path_factory):
    lang = request.param
    survey = load_sample_survey()
    survey = survey[survey["segment"] == MARKET[lang]].head(40)
    report = analyze(survey, lang=lang, progress=False, discover=False)
    return lang, report, report.save(tmp_path_factory.mktemp(f"report_{lang}"))


def test_the_saved_long_table_round_trips_to_responses_csv(saved):
    lang, report, folder = saved
    responses = pd.read_csv(folder / "tables" / "responses.csv", keep_default_na=False, dtype=str)
    long = pd.read_csv(folder / "tables" / "response_themes.csv", keep_default_na=False, dtype=str)
    assert list(long.columns) == list(RESPONSE_THEME_COLUMNS)
    assert themes_column(long, responses["id"]).tolist() == responses["themes"].tolist()
    n_pairs = sum(len([t for t in cell.split(";") if t]) for cell in responses["themes"])
    assert len(long[long["source"].isin(["refiner", "codebook"])]) == n_pairs > 0
    by_id = responses.set_index("id")
    assert (long["score"] == by_id.loc[long["id"], "score"].to_numpy()).all()
    assert (long["category"] == by_id.loc[long["id"], "category"].to_numpy()).all()
    # the shipped refiner decides the comments of its own languages, the codebook the others (English)
    langs = by_id.loc[long["id"], "lang"].to_numpy()
    refined = long["source"].to_numpy() == "refiner"
    assert set(langs[refined]) <= {"da", "nb", "nn", "sv"}
    assert "en" not in set(langs[refined])
    assert refined.any()
    general = long["theme_id"].to_numpy() == "general"   # the refiner leaves it to the seeds
    seeded = long["source"].to_numpy() == "codebook"
    assert (general | ~pd.Series(langs).isin(["da", "sv"]).to_numpy())[seeded].all()
    if lang == "no":
        assert {"nb", "nn"} & set(langs[seeded])
    subs = long[long["source"] == "subtheme"]
    assert (subs["parent"] != "").all()
    assert set(subs["theme_id"]) <= {s.id for s in load_codebook("nordic-cx").subthemes}


def test_analyze_says_which_model_it_used(saved):
    lang, report, folder = saved
    line = "codebook nordic-cx 1.3.0, refiner shipped (trained on 5,946 coded comments, for da/nb/nn/sv comments)"
    expected = note("model_refiner_shipped", name="nordic-cx", version="1.3.0", n=5946, langs="da/nb/nn/sv")
    assert localize(expected, lang) in report.tables["notes"]["note"].tolist()  # the report's language
    assert report.meta["codebook"] == line
    shown = localize(expected, lang).split(": ", 1)[1].rstrip(".")  # the header's model line, not English
    assert shown != line and report.meta["codebook_shown"] == shown
    assert shown in (folder / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["sv", "da", "nb"])
def test_analyze_applies_a_trained_model_folder_and_names_it(tmp_path, lang):
    from tests.themes.codebook.test_classify import preprocessed
    from textnps.themes.codebook.classify import ThemeClassifier

    texts = {"sv": ["för dyrt", "trevlig personal"], "da": ["for dyrt", "venligt personale"],
             "nb": ["for dyrt", "hyggelig personale"]}[lang] * 30
    frame = preprocessed(texts, lang, score=[2, 10] * 30, codes=["price:neg", "staff_service:pos"] * 30)
    model = ThemeClassifier(progress=False, refiner=None, labels_col="codes").fit(frame)
    model.save(tmp_path / "model")
    (tmp_path / "model" / "codebook.yaml").write_text(model.codebook_.text, encoding="utf-8")
    survey = frame.drop(columns="codes").assign(text=frame["text_clean"], empty_comment=False)
    report = analyze(survey, codebook=str(tmp_path / "model"), progress=False, discover=False)
    note = next(n for n in report.tables["notes"]["note"] if n.startswith("Themes: "))
    assert note.startswith(f"Themes: trained model {tmp_path / 'model'} (60 coded comments; codebook nordic-cx")
    assert note.endswith("(60 coded comments; codebook nordic-cx 1.3.0).")
    assert report.data["themes"].tolist()[:2] == ["price:neg", "staff_service:pos"]


@pytest.mark.parametrize("rows_per_piece", [1, 7, 39])
def test_the_response_files_written_in_pieces_are_the_files_written_whole(saved, tmp_path, rows_per_piece, monkeypatch):
    """``write_response_tables`` appends ``rows_per_piece`` responses at a time; the files are byte for byte the
    same as one piece (a formula-like comment, the first rows of a piece, the last short piece included)."""
    from textnps.report import response_themes as module
    from textnps.report.analyze import RESPONSE_COLUMNS

    lang, report, _ = saved
    data = report.data.copy()
    data.iloc[rows_per_piece % len(data), data.columns.get_loc("text_clean")] = "=HYPERLINK(\"x\") " + lang
    cols = [c for c in RESPONSE_COLUMNS if c in data.columns]
    parents = report.meta.get("subtheme_parents")
    whole, pieces = tmp_path / "whole", tmp_path / "pieces"
    whole.mkdir(), pieces.mkdir()
    module.write_response_tables(data, cols, whole, parents=parents, rows_per_piece=len(data))
    sizes = []
    real = module.response_themes
    monkeypatch.setattr(module, "response_themes", lambda frame, **kw: sizes.append(len(frame)) or real(frame, **kw))
    module.write_response_tables(data, cols, pieces, parents=parents, rows_per_piece=rows_per_piece)
    assert max(sizes) <= rows_per_piece and sum(sizes) == len(data)
    for name in ("responses.csv", "response_themes.csv"):
        assert (pieces / name).read_bytes() == (whole / name).read_bytes()
    assert b"'=HYPERLINK" in (pieces / "responses.csv").read_bytes()


def test_an_empty_survey_still_gets_both_headers(tmp_path):
    from textnps.report.response_themes import write_response_tables

    frame = pd.DataFrame({"id": pd.Series([], dtype=object), "score": pd.Series([], dtype="int64"),
                          "themes": pd.Series([], dtype=object)})
    write_response_tables(frame, ["id", "score", "themes"], tmp_path, rows_per_piece=5)
    assert (tmp_path / "responses.csv").read_bytes() == b"id,score,themes\r\n"
    assert (tmp_path / "response_themes.csv").read_bytes().startswith(b"id,score,theme_id")
    with pytest.raises(ValueError, match="rows_per_piece must be at least 1"):
        write_response_tables(frame, ["id"], tmp_path, rows_per_piece=0)
