"""A small classified survey the report tests build themselves (known answers)."""
from __future__ import annotations

import numpy as np
import pandas as pd

#: comments that try to inject markup or spreadsheet formulas
SCRIPT = "<script>document.title='pwned'</script> för dyrt!"
IMG = '<img src="x" onerror="document.title=\'pwned\'">appen kraschar'
FORMULA = '=HYPERLINK("http://example.com","klicka")'


def classified_survey(n: int = 1200, seed: int = 0) -> pd.DataFrame:
    """A classified survey over 12 months in 3 markets: price is the top complaint,
    digital rises among detractors in the last 3 months."""
    rng = np.random.default_rng(seed)
    dates = pd.Timestamp("2025-11-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    score = rng.choice(np.arange(11), n, p=[.05, .03, .04, .05, .06, .07, .1, .12, .13, .17, .18])
    detractor = score <= 6
    late = dates >= pd.Timestamp("2026-08-01")
    price = rng.random(n) < np.where(detractor, 0.5, 0.15)
    digital = rng.random(n) < np.where(detractor & late, 0.45, 0.04)
    staff = rng.random(n) < np.where(score >= 9, 0.5, 0.1)
    themes, texts = [], []
    for p, d, s, sc in zip(price, digital, staff, score):
        parts = ([f"price:{'neg' if sc <= 6 else 'pos'}"] if p else []) + (["digital:neg"] if d else []) \
            + (["staff_service:pos"] if s else [])
        themes.append(";".join(parts))
        words = (["för dyrt" if sc <= 6 else "bra pris"] if p else []) + (["appen loggar ut mig"] if d else []) \
            + (["trevlig personal"] if s else [])
        texts.append(", ".join(words).capitalize() or "Inget att tillägga")
    texts[:3] = [SCRIPT, IMG, FORMULA]
    themes[:3] = ["price:neg", "digital:neg", "price:neg"]
    score[:3] = [0, 1, 2]
    return pd.DataFrame({
        "id": [f"R{i:05d}" for i in range(n)], "score": score, "date": dates, "text": texts, "text_clean": texts,
        "empty_comment": False, "themes": themes, "segment": rng.choice(["SE", "DK", "NO"], n),
    })
