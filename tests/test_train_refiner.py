"""benchmarks/train_refiner.py: the rows it refuses to train on."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trainer():
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location("train_refiner", REPO / "benchmarks" / "train_refiner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_rows_must_not_be_evaluation_rows(trainer, tmp_path):
    evaluation = tmp_path / "labels.csv"
    pd.DataFrame({"file": ["a.csv"], "row": [3], "stars_or_label": ["5"], "themes": [""],
                  "text_sha1": ["0" * 40]}).to_csv(evaluation, index=False)
    trainer.check_disjoint(pd.DataFrame({"file": ["a.csv"], "row": [4]}), evaluation)
    with pytest.raises(SystemExit, match=r"1 training rows are also rows of .*labels.csv"):
        trainer.check_disjoint(pd.DataFrame({"file": ["a.csv", "a.csv"], "row": [3, 4]}), evaluation)


def test_main_exits_zero_without_data(trainer, tmp_path, capsys):
    assert trainer.main(["--data-dir", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_trains_on_every_coded_training_file_and_refuses_every_evaluation_set(trainer):
    names = {p.relative_to(REPO / "benchmarks").as_posix() for p in trainer.EVALUATION_SETS}
    assert names == {"devset/labels.csv", "heldout/labels.csv", "devset_no/labels.csv", "testset/labels.csv"}
    assert [p.name for p in (trainer.TRAINSET, trainer.DOMAINS)] == ["labels.csv", "labels_domains.csv"]
    assert trainer.DOMAINS.exists() and trainer.TRAINSET.exists()
    # the shipped training rows are none of the evaluation rows
    trainer.check_disjoint(pd.concat([trainer.bench.read_labels(trainer.TRAINSET),
                                      trainer.bench.read_labels(trainer.DOMAINS)]), *trainer.EVALUATION_SETS)
