"""Theme discovery benchmark (issue 14): textnps vs scikit-learn LDA with the same k, on four real sets.

In ONE run on the Danish insurance reviews, the Danish shop reviews and the two Swedish sets in
``../shared/data`` (skipped with a message when absent), for each set:

* number of themes (and how many were fitted before near-duplicates were merged);
* the largest theme's share of the assigned comments (strongest theme), and the unassigned share;
* near-duplicate pairs (the merge criterion of :mod:`textnps.themes.discover.reasons`) and, as an
  independent check of what a reader sees, pairs of labels sharing two words;
* labels containing a word of the segment (company) column's values;
* NPMI of the top-10 terms, textnps vs LDA with textnps's number of themes, on the same lemmas
  (:mod:`textnps.themes.discover.quality`), and topic diversity;
* ARI between the strongest-theme assignments of two seeds, and between two fits on two different
  90 % subsamples assigning all comments;
* fit time (two seeds) and peak memory (tracemalloc, a separate fit); the themes, printed.

Scores: stars {1:1, 2:3, 3:5, 4:8, 5:10}; SweReC negative/neutral/positive 1/5/9; the Swedish
sentiment set negative/positive 1/10. The preprocessed frames are cached in ~/.cache/textnps-bench
(``--fresh-preprocess`` recomputes them). The BERTopic comparison of earlier versions is in the git
history and ``benchmarks/RESULTS.md``::

    .venv/bin/python benchmarks/bench_discover.py [--sets da_insurance ...] [--lda-stability] [--json out.json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
STARS = {1: 1, 2: 3, 3: 5, 4: 8, 5: 10}  # stars -> a 0-10 stand-in (5 promoter, 4 passive, 1-3 detractor)
#: name -> (file, label column, label -> score, segment column or None)
SETS = {
    "da_insurance": ("da_trustpilot_insurance.csv", "stars", STARS, "company"),
    "da_shops": ("da_trustpilot_shops.csv", "stars", STARS, "company"),
    "sv_sentiment": ("sv_reviews_sentiment.csv", "label", {"negative": 1, "positive": 10}, None),
    "sv_swerec": ("sv_reviews_swerec.csv", "label", {"negative": 1, "neutral": 5, "positive": 9}, None),
}
CACHE = Path.home() / ".cache" / "textnps-bench"


def load() -> str:
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def digest(texts) -> str:
    return hashlib.sha256("\x1f".join(texts).encode()).hexdigest()[:16]


def load_set(name: str) -> pd.DataFrame:
    """The raw set *name* of :data:`SETS` with ``text``, ``score`` (and ``segment``)."""
    file, label, mapping, segment = SETS[name]
    raw = pd.read_csv(DATA / file)
    out = pd.DataFrame({"text": raw["text"].fillna("").astype(str),
                        "score": raw[label].map(mapping).astype(float)})
    if segment:
        out["segment"] = raw[segment].fillna("").astype(str)
    return out


def preprocess(df: pd.DataFrame, *, cache: bool) -> tuple[pd.DataFrame, float, str]:
    from textnps.preprocess import Preprocessor

    file = CACHE / f"prep-{digest(df['text'].tolist())}.parquet"
    if cache and file.exists():
        return pd.read_parquet(file), float("nan"), "cached"
    before = load()
    t = time.perf_counter()
    out = Preprocessor(progress=False).fit_transform(df)
    seconds = time.perf_counter() - t
    if cache:
        CACHE.mkdir(parents=True, exist_ok=True)
        out.to_parquet(file)
    return out, seconds, before


def surface_of(frame) -> dict[str, str]:
    """Concept token -> the most used Danish lemma for it, so top terms are corpus tokens."""
    from collections import Counter

    from textnps.themes.discover import vectorize as _vectorize

    surfaces: Counter = Counter()
    _vectorize.to_concepts(frame["lemmas"], frame["lang"], _vectorize.concept_maps(), surfaces=surfaces)
    best: dict[str, tuple[int, str]] = {}
    for (token, _code, lemma), n in surfaces.items():
        if n > best.get(token, (0, ""))[0]:
            best[token] = (n, lemma)
    return {t: lemma for t, (_, lemma) in best.items()}


def textnps_topics(model, surfaces, *, weights: bool = False) -> list[list[str]]:
    """Each theme's top-10 terms as the model reports them (``terms``), or its 10 heaviest (*weights*)."""
    from textnps.themes.discover.nmf_select import top_term_ids

    out = []
    for group, h in model.components_.items():
        for ids in (top_term_ids(h, 10) if weights else model.top_terms_[group][:, :10]):
            terms = []
            for i in ids:
                tok = str(model.vocabulary_[i])
                neg = tok.startswith("neg_")
                base = tok[4:] if neg else tok
                base = surfaces.get(base, base)
                terms.append("neg_" + base if neg else base)
            out.append(terms)
    return out


def run_textnps(frame, seed):
    from textnps.themes.discover.discoverer import ThemeDiscoverer

    before = load()
    t, cpu = time.perf_counter(), time.process_time()
    model = ThemeDiscoverer(random_state=seed, progress=False).fit(frame)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    labels = model.transform(frame)["discovered_theme"].to_numpy()
    return model, labels, (seconds, cpu), before


def run_lda(docs, k, seed):
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer

    before = load()
    t = time.perf_counter()
    vec = CountVectorizer(analyzer=str.split, min_df=2, max_df=0.5, max_features=5000)
    x = vec.fit_transform(docs)
    lda = LatentDirichletAllocation(n_components=k, random_state=seed, n_jobs=1).fit(x)
    seconds = time.perf_counter() - t
    vocab = vec.get_feature_names_out()
    topics = [[str(vocab[i]) for i in np.argsort(-row)[:10]] for row in lda.components_]
    return topics, lda.transform(x).argmax(axis=1), seconds, before


def resample_masks(n: int, seed: int) -> list[np.ndarray]:
    """Two different 90% subsamples of n rows."""
    rng = np.random.default_rng(seed)
    return [rng.random(n) < 0.9 for _ in range(2)]


def resample_textnps(frame, keep, halves, seed) -> float:
    """ARI between the assignments of all comments by models fitted on two different subsamples."""
    from textnps.themes.discover.discoverer import ThemeDiscoverer

    sub = frame[keep]
    models = [ThemeDiscoverer(random_state=seed, progress=False).fit(sub[m]) for m in halves]
    labels = [m.transform(sub)["discovered_theme"] for m in models]
    print(f"  textnps resample: {[m.n_themes_ for m in models]} themes", flush=True)
    return round(adjusted_rand_score(*labels), 4)


def resample_lda(docs, k, halves, seed) -> float:
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer

    labels = []
    for m in halves:
        part = [d for d, keep in zip(docs, m) if keep]
        vec = CountVectorizer(analyzer=str.split, min_df=2, max_df=0.5, max_features=5000).fit(part)
        lda = LatentDirichletAllocation(n_components=k, random_state=seed).fit(vec.transform(part))
        labels.append(lda.transform(vec.transform(docs)).argmax(axis=1))
    return round(adjusted_rand_score(*labels), 4)


def concept_corpus(model, frame, keep):
    """The comments as the model sees them: concept tokens of its vocabulary (informative rows *keep*)."""
    from textnps.themes.discover import vectorize as V

    vocab = set(model.vocabulary_)
    docs = V.to_concepts(frame["lemmas"], frame["lang"], model.concept_maps_)
    return [[t for t in V.analyze(d) if t in vocab] for d, k in zip(docs, keep) if k]


def lda_same_vocabulary(model, corpus, k, seed):
    """LDA with *k* topics on the counts of the model's own vocabulary over *corpus*: top-10 by weight,
    and the 10 of the 15 heaviest that co-occur best (the rule textnps's ``terms`` follow)."""
    import scipy.sparse as sp
    from sklearn.decomposition import LatentDirichletAllocation

    from textnps.themes.discover.quality import coherent_terms

    vocab = list(model.vocabulary_)
    index = {t: i for i, t in enumerate(vocab)}
    rows = [r for r, doc in enumerate(corpus) for _ in doc]
    cols = [index[t] for doc in corpus for t in doc]
    x = sp.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(corpus), len(vocab)))
    t = time.process_time()
    lda = LatentDirichletAllocation(n_components=k, random_state=seed, n_jobs=1).fit(x)
    cpu = time.process_time() - t
    order = np.argsort(-lda.components_, axis=1, kind="stable")
    plain = [[vocab[i] for i in row[:10]] for row in order]
    filtered = [[vocab[i] for i in coherent_terms(x, row[:15].tolist(), 10)] for row in order]
    return plain, filtered, cpu


def detractor_catch_all(model, frame) -> dict:
    """The largest detractor theme: its share of the detractors (strongest theme), and the largest
    share of the detractors carrying one theme (``share_detractor``)."""
    from textnps.themes.discover.reasons import nps_categories

    det = (nps_categories(frame["score"]) == "detractor") & frame["informative"].to_numpy()
    top = model.transform(frame)["discovered_theme"].to_numpy()[det]
    counts = pd.Series(top[top != ""]).value_counts()
    carried = model.themes_["share_detractor"].astype(float)
    return {"largest_detractor_theme_share": round(float(counts.iloc[0] / det.sum()), 4) if len(counts) else 0.0,
            "largest_detractor_theme": str(counts.index[0]) if len(counts) else "",
            "largest_share_detractor_carried": round(float(carried.max()), 4) if carried.notna().any() else None}


def theme_quality(model, frame, segments) -> dict:
    """Largest theme's share of assigned comments, near-duplicate pairs, labels naming a company/segment."""
    import re

    from textnps.themes.discover import reasons, vectorize as V
    from textnps.themes.discover.manner import FRIENDLY_TOKEN
    from textnps.themes.discover.nmf_select import project

    top = model.transform(frame)["discovered_theme"]
    assigned = top[top != ""]
    docs = V.to_concepts(frame["lemmas"], frame["lang"], model.concept_maps_)
    x = V.tfidf(docs, list(model.vocabulary_), model.idf_)
    x = x[np.flatnonzero(np.diff(x.indptr) > 0)]
    skip = np.isin(model.vocabulary_, model.domain_terms_)
    join = model.vocabulary_ == FRIENDLY_TOKEN
    # of one polarity: a reason's two polarities are kept apart on purpose (paired_with)
    pairs = sum(len(reasons.duplicate_pairs(h, project(x, h), skip=skip, side=model.polarity_[g], join=join))
                for g, h in model.components_.items())
    pairs_any = sum(len(reasons.duplicate_pairs(h, project(x, h), skip=skip, join=join)) for h in model.components_.values())
    words = [set(lab.split(" · ")) | set(re.findall(r"\w+", lab)) for lab in model.themes_["label"]]
    alike = sum(len(words[i] & words[j]) >= 2 for i in range(len(words)) for j in range(i + 1, len(words)))
    names = {w for v in segments for w in re.findall(r"\w+", str(v).lower()) if len(w) > 2} if segments is not None else set()
    named = [lab for lab, ws in zip(model.themes_["label"], words) if ws & names]
    return {"largest_share": round(float(assigned.value_counts(normalize=True).iloc[0]), 4) if len(assigned) else 0.0,
            "unassigned": round(float((top == "").mean()), 4), "near_duplicate_pairs": pairs,
            "near_duplicate_pairs_any_polarity": pairs_any,
            "labels_sharing_two_words": int(alike), "labels_with_segment_name": len(named), "named_labels": named,
            "segment_words_checked": len(names)}


def peak_memory_fit(frame, seed) -> float:
    """Peak memory (MiB, tracemalloc: Python and NumPy allocations) of one fit, traced apart from the timed fit."""
    import tracemalloc

    from textnps.themes.discover.discoverer import ThemeDiscoverer

    tracemalloc.start()
    ThemeDiscoverer(random_state=seed, progress=False).fit(frame)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return round(peak / 2**20, 1)


def print_themes(model) -> None:
    cols = ["theme_id", "label", "n", "share_detractor", "share_passive", "share_promoter", "coherence", "polarity",
            "paired_with"]
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(model.themes_[cols].round(3).to_string(index=False), flush=True)


def run_set(name, args) -> dict:
    """Every measure of issue 14 on the set *name*: textnps vs LDA with the same k."""
    from textnps.themes.discover.nmf_select import top_term_ids
    from textnps.themes.discover.quality import npmi_coherence, topic_diversity

    raw = load_set(name)
    frame, prep_s, prep_note = preprocess(raw, cache=not args.fresh_preprocess)
    print(f"\n## {name}: {len(frame)} comments; preprocess {prep_s:.1f} s ({prep_note})", flush=True)
    keep = frame["informative"].to_numpy() & frame["lemmas"].str.strip().ne("").to_numpy()
    corpus = [doc.split() for doc in frame.loc[keep, "lemmas"]]
    docs = frame.loc[keep, "lemmas"].tolist()
    s0, s1 = args.seeds
    model, lab0, sec, before = run_textnps(frame, s0)
    _, lab1, sec1, _ = run_textnps(frame, s1)
    print(f"  textnps: {model.n_themes_} themes, fit {sec[0]:.1f} s / {sec1[0]:.1f} s wall, "
          f"{sec[1]:.1f} / {sec1[1]:.1f} s CPU ({before})", flush=True)
    surfaces = surface_of(frame)
    topics, heaviest = textnps_topics(model, surfaces), textnps_topics(model, surfaces, weights=True)
    k = model.n_themes_
    own = concept_corpus(model, frame, keep)
    own_topics = [[str(model.vocabulary_[i]) for i in ids[:10]] for ids in np.vstack(list(model.top_terms_.values()))]
    own_heaviest = [[str(model.vocabulary_[i]) for i in ids] for h in model.components_.values()
                    for ids in top_term_ids(h, 10)]
    lda_plain, lda_filtered, lda_own_cpu = lda_same_vocabulary(model, own, k, s0)
    lda_topics, l0, lda_s, lda_before = run_lda(docs, k, s0)
    l1 = run_lda(docs, k, s1)[1] if args.lda_stability else None
    r = {"n_comments": len(frame), "n_themes": k, "n_fitted": k + sum(model.n_merged_.values()),
         "n_unstable": sum(getattr(model, "n_unstable_", {}).values()),
         "fit_seconds": [round(sec[0], 1), round(sec1[0], 1)], "fit_cpu_seconds": [round(sec[1], 1), round(sec1[1], 1)],
         "load_before": before,
         # like for like: the model's own vocabulary (concept tokens) as corpus, LDA fitted on the same counts
         "npmi_own": round(npmi_coherence(own_topics, own), 4),
         "npmi_own_heaviest": round(npmi_coherence(own_heaviest, own), 4),
         "npmi_lda_own": round(npmi_coherence(lda_plain, own), 4),
         "npmi_lda_own_filtered": round(npmi_coherence(lda_filtered, own), 4),
         "lda_own_cpu_seconds": round(lda_own_cpu, 1),
         # as before issue 14's second round: the Preprocessor's lemmas, LDA on its own lemma vocabulary
         "npmi": round(npmi_coherence(topics, corpus), 4), "npmi_heaviest": round(npmi_coherence(heaviest, corpus), 4),
         "npmi_lda": round(npmi_coherence(lda_topics, corpus), 4),
         "diversity": round(topic_diversity(topics), 4), "diversity_lda": round(topic_diversity(lda_topics), 4),
         "ari_seeds": round(adjusted_rand_score(lab0[keep], lab1[keep]), 4),
         "ari_seeds_lda": round(adjusted_rand_score(l0, l1), 4) if l1 is not None else None,
         "lda_fit_seconds": round(lda_s, 1),
         **detractor_catch_all(model, frame),
         **theme_quality(model, frame, raw["segment"].unique() if "segment" in raw else None),
         "pairs": [f"{a} + {b}" for a, b in zip(model.themes_["theme_id"], model.themes_["paired_with"]) if b and a < b],
         "labels": model.themes_["label"].tolist()}
    if not args.no_resample:
        halves = resample_masks(int(keep.sum()), s0)
        r["ari_resample"] = resample_textnps(frame, keep, halves, s0)
        if args.lda_stability:
            r["ari_resample_lda"] = resample_lda(docs, k, halves, s0)
    r["peak_mib"] = peak_memory_fit(frame, s0)
    print_themes(model)
    print({key: v for key, v in r.items() if key not in ("labels",)}, flush=True)
    return r


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=list(SETS),
                        help="data sets to run (default: all four, in one run)")
    parser.add_argument("--fresh-preprocess", action="store_true", help="preprocess again, not from the cache")
    parser.add_argument("--no-resample", action="store_true",
                        help="skip the resampling check (fits on two different 90%% subsamples)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--seeds", type=int, nargs=2, default=(0, 1))
    parser.add_argument("--lda-stability", action="store_true",
                        help="also refit LDA with the second seed and on the subsamples (three more LDA fits a set)")
    args = parser.parse_args(argv)
    missing = [n for n in args.sets if not (DATA / SETS[n][0]).is_file()]
    if missing:
        print(f"skipped: {', '.join(SETS[n][0] for n in missing)} absent (the real comments are only in the dev "
              "workspace)")
        return 0
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; "
          f"uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}", flush=True)
    results = {name: run_set(name, args) for name in args.sets}
    print(f"\nuptime after: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    print("\n| set | comments | themes (fitted) | largest share | largest detractor theme (share of detractors; "
          "carried by) | near-dup pairs | labels sharing 2 words | labels naming a segment | NPMI own vocab: textnps "
          "terms / heaviest / LDA / LDA filtered | NPMI lemmas: textnps / LDA | ARI seeds | ARI 90% subsamples | "
          "fit s wall (CPU) | peak MiB |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['n_comments']} | {r['n_themes']} ({r['n_fitted']}) | {r['largest_share']:.1%} | "
              f"{r['largest_detractor_theme_share']:.1%}; {r['largest_share_detractor_carried']:.1%} | "
              f"{r['near_duplicate_pairs']} | {r['labels_sharing_two_words']} | {r['labels_with_segment_name']} | "
              f"{r['npmi_own']} / {r['npmi_own_heaviest']} / {r['npmi_lda_own']} / {r['npmi_lda_own_filtered']} | "
              f"{r['npmi']} / {r['npmi_lda']} | {r['ari_seeds']} | {r.get('ari_resample', '-')} | "
              f"{r['fit_seconds'][0]} ({r['fit_cpu_seconds'][0]}), {r['fit_seconds'][1]} ({r['fit_cpu_seconds'][1]}) | "
              f"{r['peak_mib']} |")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
