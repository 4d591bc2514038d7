"""``textnps train``: learn a codebook classifier from comments an analyst has coded."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer

from textnps.cli._app import command, say
from textnps.cli.classify import REFINER_HELP, describe_refiner, preprocess, read_comments, refiner_option


@command("train")
def train_(
    coded: Annotated[Path, typer.Argument(help="Coded comments: CSV, Excel, Parquet or JSON lines.")],
    text_col: Annotated[str, typer.Option(help="Column of comments.")] = ...,
    labels_col: Annotated[str, typer.Option(
        help='Column of codes: theme ids joined by ";" (e.g. "price;staff_service"); "-" or "none" = coded, '
             "no theme; an empty cell = not coded.")] = ...,
    codebook: Annotated[str, typer.Option(help="Shipped codebook name, or a codebook YAML file or folder.")] = ...,
    out: Annotated[Path, typer.Option(help="Folder to write the model to (model.json, arrays.npz, codebook.yaml).")] = ...,
    refiner: Annotated[str, typer.Option(help=REFINER_HELP + " 'learn' updates the shipped refiner with the coded "
                                             "comments (at least 50; the shipped model is the prior), 'learn-new' "
                                             "trains a new one on the codes alone.")] = "auto",
    progress: Annotated[bool, typer.Option(help="Progress bars on stderr.")] = True,
) -> None:
    """Train on the coded rows (and the seeds on the uncoded ones); save the model folder."""
    from textnps.preprocess.vocabulary import MIN_COMMENTS
    from textnps.themes.codebook.classify import ThemeClassifier
    from textnps.themes.codebook.evaluate import theme_scores

    frame = read_comments(coded, text_col, labels_col=labels_col)
    pre = preprocess(frame, text_col, progress)
    model = ThemeClassifier(codebook=codebook, labels_col=labels_col, refiner=refiner_option(refiner),
                            progress=progress).fit(pre)
    model.save(out)
    if model.codebook_.source != "<string>" and Path(model.codebook_.source).is_file():
        shutil.copyfile(model.codebook_.source, Path(out) / "codebook.yaml")
    else:
        (Path(out) / "codebook.yaml").write_text(model.codebook_.text, encoding="utf-8")
    coded_rows = pre[pre[labels_col].notna()]
    scores = theme_scores(coded_rows[labels_col], model.transform(coded_rows)["themes"], themes=model.theme_ids_)
    typer.echo(scores.to_string(float_format=lambda v: f"{v:.2f}"))
    n_uncoded = int(pre[labels_col].isna().sum())
    if model.n_train_:
        say(f"Trained on {model.n_coded_} coded and {model.n_train_ - model.n_coded_} uncoded comments "
            f"(scores above are on the training rows, so optimistic), with {describe_refiner(model)}; wrote {out}")
    else:
        say(f"{model.n_coded_} coded and {n_uncoded} uncoded comments are too few to learn a model of this survey "
            f"(its vocabulary needs words seen in at least {MIN_COMMENTS} comments), so the themes come from the codebook's seeds "
            f"alone, with {describe_refiner(model)}; wrote {out}. Code more comments for a trained model.")
