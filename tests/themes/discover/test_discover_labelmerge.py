"""Two themes of one side whose labels say the same are one (issue 14: ``venlig betjening`` / ``høflig betjening``).

The survey each test builds holds, in sv, da and nb, 60 % promoters praising the staff's manner
with two synonyms ("venlig betjening", "høflig betjening") and the shop's words around them, 20 %
praising the delivery, and two detractor reasons sharing nothing but their side (long wait, no reply).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from textnps.preprocess.tokens import lemmatize
from textnps.themes.discover.discoverer import ThemeDiscoverer
from textnps.themes.discover.labelmerge import label_key
from textnps.themes.discover.manner import discovery_maps

LANGS = ["sv", "da", "nb"]
AROUND = {"sv": "i butiken expediten varje gång alltid", "da": "i butikken ekspedienten hver gang altid",
          "nb": "i butikken ekspeditøren hver gang alltid"}
#: reason -> language -> (phrase, score); "a" and "b" are one reason in two synonyms.
PLANTED = {
    "a": {"sv": ("vänligt bemötande", 10), "da": ("venlig betjening", 10), "nb": ("vennlig behandling", 10)},
    "b": {"sv": ("artigt bemötande", 9), "da": ("høflig betjening", 9), "nb": ("høflig behandling", 9)},
    "speed": {"sv": ("snabb leverans paketet", 10), "da": ("hurtig levering pakken", 10),
              "nb": ("rask levering pakken", 10)},
    "wait": {"sv": ("lång väntetid telefonkö", 3), "da": ("lang ventetid telefonkø", 3), "nb": ("lang ventetid telefonkø", 3)},
    "reply": {"sv": ("inget svar mailet", 1), "da": ("intet svar mailen", 1), "nb": ("ingen svar mailen", 1)},
}
MIX = {"a": 0.3, "b": 0.3, "speed": 0.2, "wait": 0.1, "reply": 0.1}


def synonym_frame(code: str, *, n: int = 1200, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    around, rows = AROUND[code].split(), []
    for reason, share in MIX.items():
        phrase, score = PLANTED[reason][code]
        for _ in range(int(n * share)):
            extra = list(rng.choice(around, size=int(rng.integers(1, 4)), replace=False)) if reason in "ab" else []
            rows.append((" ".join(phrase.split() + extra), score, reason))
    frame = pd.DataFrame(rows, columns=["text_clean", "score", "truth"])
    frame["lemmas"] = frame["text_clean"].map(lambda t: " ".join(lemmatize(w, code) for w in t.split()))
    frame["lang"], frame["informative"] = code, True
    frame["score"] = frame["score"].astype("Int64")
    return frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)


def _keys(model) -> list:
    vocab = set(model.vocabulary_.tolist())
    return [(label_key(lab, langs.split(",")[0], model.concept_maps_, vocab), side)
            for lab, langs, side in zip(model.themes_["label"], model.themes_["languages"], model.themes_["polarity"])]


def _key(label: str, code: str):
    maps = discovery_maps()
    table = maps[code]
    vocab = {table.get(lemmatize(w, code), lemmatize(w, code)) for w in label.split()}
    return label_key(label, code, maps, vocab)


@pytest.mark.parametrize("code,one,other", [
    ("sv", "vänligt bemötande", "artigt bemötande"), ("sv", "proffsigt bemötande", "professionellt bemötande"),
    ("da", "venlig betjening", "høflig betjening"), ("da", "ekspedienten butikken", "butikken ekspedienten"),
    ("nb", "vennlig behandling", "høflig behandling"), ("nb", "proff behandling", "profesjonell behandling"),
])
def test_synonyms_before_one_noun_say_the_same(code, one, other):
    assert _key(one, code) is not None and _key(one, code) == _key(other, code)


@pytest.mark.parametrize("code,one,other", [
    ("sv", "lång väntetid", "ingen väntetid"), ("sv", "snabbt bemötande", "vänligt bemötande"),
    ("sv", "skadan inte täckt", "skadan snabbt hanterad"), ("sv", "lång väntetid", "inget svar"),
    ("da", "lang ventetid", "ingen ventetid"), ("da", "hurtig betjening", "venlig betjening"),
    ("da", "skade ikke dækket", "skade hurtigt behandlet"), ("da", "lang ventetid", "ingen svar"),
    ("nb", "lang ventetid", "ingen ventetid"), ("nb", "rask behandling", "vennlig behandling"),
    ("nb", "skade ikke dekket", "skade raskt behandlet"), ("nb", "lang ventetid", "ingen svar"),
])
def test_distinct_reasons_sharing_a_noun_keep_their_own_key(code, one, other):
    assert _key(one, code) != _key(other, code)


def test_loose_terms_and_single_words_are_no_key():
    maps = discovery_maps()
    assert label_key("pris · dyr · höjning", "sv", maps, {"pris", "dyr", "höjning"}) is None
    assert label_key("priset", "sv", maps, {"pris"}) is None


@pytest.fixture(scope="module", params=LANGS)
def fits(request):
    frame = synonym_frame(request.param)
    return frame, ThemeDiscoverer(merge_threshold=None, progress=False).fit(frame), ThemeDiscoverer(progress=False).fit(frame)


def test_planted_synonyms_split_by_nmf_come_out_as_one(fits):
    """Without merging, two praise themes carry labels with the same words; with it, no two themes of
    one side say the same, and the distinct reasons (delivery, waiting, no reply) keep their themes."""
    frame, plain, merged = fits
    plain_keys = [k for k in _keys(plain) if k[0] is not None]
    assert len(plain_keys) > len(set(plain_keys))  # two themes labelled alike
    keys = [k for k in _keys(merged) if k[0] is not None]
    assert len(keys) == len(set(keys))
    assert merged.n_merged_["all"] >= 1 and merged.n_themes_ < plain.n_themes_
    out = merged.transform(frame)
    for reason in ("speed", "wait", "reply"):
        top = out.loc[out["truth"] == reason, "discovered_theme"].value_counts()
        theirs = out.loc[out["discovered_theme"] == top.index[0], "truth"]
        assert top.iloc[0] / top.sum() >= 0.9 and (theirs == reason).mean() >= 0.9
