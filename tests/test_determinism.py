"""Results must not depend on Python's string-hash seed (set iteration order).

Each stage runs in a fresh interpreter with a different PYTHONHASHSEED; the
outputs must be identical, byte for byte.
"""
import os
import subprocess
import sys

SCRIPT = r"""
import sys, textnps
survey = textnps.load_sample_survey().iloc[::6]
clean = textnps.Preprocessor(progress=False).fit_transform(survey)
out = textnps.ThemeClassifier(progress=False).fit_transform(clean)
found = textnps.ThemeDiscoverer(progress=False, random_state=0).fit_transform(clean)
cols = ["lang", "lemmas", "text_clean", "informative", "themes", "discovered_themes"]
sys.stdout.write(out[cols[:5]].join(found[["discovered_themes"]]).to_csv())
"""


def run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_pipeline_output_does_not_depend_on_hash_seed():
    first, second = run("1"), run("2")
    assert first.count("\n") > 400
    assert first == second
