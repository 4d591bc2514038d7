"""End to end: personal data planted in a survey reaches no output file of analyze, discover, classify or train.

The survey is made here (sv, da, no): names (capitalised and lower-cased), street addresses, licence
plates, spelled-out e-mails, a personnummer with ``+`` and a spaced IBAN, each in several comments so
that the rare-token rule alone could not hide them. Every file written is read back (CSV, HTML, the
XML inside report.xlsx, model.json, the arrays inside arrays.npz, YAML) and searched case-insensitively.
"""
from __future__ import annotations

import io
import zipfile

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from textnps.cli import app

runner = CliRunner()

PLANTED = {
    "sv": [("Jag pratade med Erik Svensson och han var toppen, bra service", "staff_service:pos"),
           ("pratade med erik svensson om priset, för dyrt", "price:neg"),
           ("Skicka fakturan till Storgatan 12, 111 22 Stockholm, fakturan var fel", "billing:neg"),
           ("Bilen ABC 123 fick vänta länge på verkstaden, dålig service", "staff_service:neg"),
           ("Bilen MLB 84K kom tillbaka snabbt, bra service", "staff_service:pos"),
           ("Mejla anna (at) firma.se om priset, för dyrt", "price:neg"),
           ("Min farfar 121212+1212 fick inget svar, dålig kundtjänst", "staff_service:neg"),
           ("Betala till SE45 5000 0000 0583 9825 7466 tack, dyrt pris", "price:neg")],
    "da": [("Tak til Mette Hansen for god service og hurtig hjælp", "staff_service:pos"),
           ("tak til mette for hjælpen, god service", "staff_service:pos"),
           ("Jeg bor på Vesterbrogade 45 og levering var langsom", "delivery:neg"),
           ("Bilen AB 12 345 blev skadet, dårlig service", "staff_service:neg"),
           ("Skriv til mette[at]firma.dk om prisen, for dyrt", "price:neg")],
    "no": [("Ola Nordmann ringte og var hyggelig, god service", "staff_service:pos"),
           ("Jeg bor i Karl Johans gate 22 og leveringen var treg", "delivery:neg"),
           ("Bilen EL 12345 står fortsatt på verkstedet, dårlig service", "staff_service:neg"),
           ("Send til ola at firma dot no, prisen er for høy", "price:neg")],
}
#: What must not be found (case-insensitive) in any output.
SECRETS = ["erik svensson", "svensson", "mette hansen", "nordmann", "storgatan 12", "vesterbrogade", "karl johans",
           "abc 123", "mlb 84k", "ab 12 345", "el 12345", "anna (at)", "mette[at]", "firma dot no", "121212+1212",
           "se45 5000", "5000 0000 0583"]
FILLERS = [("Bra pris och snabb leverans", "price:pos;delivery:pos"), ("För dyrt abonnemang", "price:neg"),
           ("Hurtig levering og god pris", "delivery:pos;price:pos"), ("Alt for dyrt", "price:neg"),
           ("Rask levering, fornøyd", "delivery:pos"), ("Kundeservice svarer aldri", "staff_service:neg"),
           ("Appen krasjer hele tiden", "digital:neg"), ("Hemsidan är krånglig", "digital:neg")]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("privacy")
    rows = [row for rows in PLANTED.values() for row in rows] * 3 + FILLERS * 6
    rng = np.random.default_rng(0)
    survey = pd.DataFrame({
        "id": [f"r{i}" for i in range(len(rows))],
        "score": rng.integers(0, 11, len(rows)),
        "date": pd.date_range("2026-01-01", periods=len(rows), freq="D").strftime("%Y-%m-%d"),
        "comment": [text for text, _ in rows],
        "themes": [code for _, code in rows],
    })
    path = root / "survey.csv"
    survey.to_csv(path, index=False)
    commands = [
        ["analyze", str(path), "--text-col", "comment", "--score-col", "score", "--date-col", "date",
         "--id-col", "id", "--out", str(root / "analyze"), "--no-progress"],
        ["discover", str(path), "--text-col", "comment", "--score-col", "score", "--id-col", "id",
         "--out", str(root / "discover"), "--no-progress"],
        ["classify", str(path), "--text-col", "comment", "--id-col", "id", "--out", str(root / "classify.csv"),
         "--no-progress"],
        ["train", str(path), "--text-col", "comment", "--labels-col", "themes", "--codebook", "nordic-cx",
         "--refiner", "learn", "--out", str(root / "model"), "--no-progress"],
    ]
    for command in commands:
        result = runner.invoke(app, command)
        assert result.exit_code == 0, (command[0], result.output)
    return root, path


def _texts(path) -> list[str]:
    """The readable content of an output file (its members for .xlsx, its arrays for .npz)."""
    if path.suffix == ".png":
        return []
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as zf:
            return [zf.read(name).decode("utf-8", "ignore") for name in zf.namelist()]
    if path.suffix == ".npz":
        with np.load(path, allow_pickle=False) as arrays:
            return [" ".join(map(str, arrays[key].ravel().tolist())) for key in arrays.files
                    if arrays[key].dtype.kind in "US"]
    return [path.read_bytes().decode("utf-8", "ignore")]


def test_every_command_wrote_its_files(outputs):
    root, _ = outputs
    for name in ("analyze/report.html", "analyze/report.xlsx", "analyze/tables/responses.csv",
                 "analyze/tables/top_complaints.csv", "discover/themes.csv", "classify.csv", "model/model.json",
                 "model/arrays.npz"):
        assert (root / name).is_file(), name
    assert list((root / "discover").rglob("model.json")), "the discoverer's model"


def test_no_output_file_holds_planted_personal_data(outputs):
    root, survey = outputs
    files = [p for p in root.rglob("*") if p.is_file() and p != survey]
    assert len(files) > 10
    leaks = [(str(p.relative_to(root)), secret) for p in files for text in _texts(p)
             for secret in SECRETS if secret in text.lower()]
    assert leaks == []


def test_the_secrets_are_in_the_input_so_the_search_can_fail(outputs):
    _, survey = outputs
    text = survey.read_text(encoding="utf-8").lower()
    assert all(secret in text for secret in SECRETS)


def test_the_placeholders_replace_them(outputs):
    root, _ = outputs
    cleaned = " ".join(pd.read_csv(root / "classify.csv", keep_default_na=False).astype(str).agg(" ".join, axis=1))
    for placeholder in ("[NAME]", "[ADDRESS]", "[PLATE]", "[EMAIL]", "[ID]", "[IBAN]"):
        assert placeholder in cleaned, placeholder
