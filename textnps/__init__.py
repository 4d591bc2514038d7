"""textnps: ranked, trended themes from the comments of Nordic NPS surveys.

The public API is imported lazily, so ``import textnps`` stays fast and the
NLP stack (spaCy, lingua) loads only when a stage that needs it is used.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_API = {
    "read_survey": "textnps.io",
    "nps": "textnps.stats",
    "nps_category": "textnps.stats",
    "nps_summary": "textnps.stats",
    "nps_standard_error": "textnps.stats",
    "compare_nps": "textnps.stats",
    "Preprocessor": "textnps.preprocess",
    "preprocess_summary": "textnps.preprocess",
    "ThemeDiscoverer": "textnps.themes.discover.discoverer",
    "ThemeClassifier": "textnps.themes.codebook.classify",
    "ThemeRefiner": "textnps.themes.codebook.refiner",
    "Codebook": "textnps.themes.codebook.format",
    "load_codebook": "textnps.themes.codebook.format",
    "analyze": "textnps.report.analyze",
    "compare_waves": "textnps.report.compare",
    "load_sample_survey": "textnps.datasets",
    "TextNPSError": "textnps._errors",
    "InputError": "textnps._errors",
    "ParameterError": "textnps._errors",
    "ModelFileError": "textnps._errors",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str):
    if name in _API:
        value = getattr(importlib.import_module(_API[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'textnps' has no attribute {name!r}")


def __dir__():
    return __all__
