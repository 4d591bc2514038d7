"""What pyproject.toml cannot say: the repository's top-level ``models/`` folder ships as ``textnps/models``.

``models/`` is the one copy of the shipped codebooks and their trained parts;
mapping the package ``textnps.models`` to it puts them in the wheel, where
``textnps._resources.models_dir`` finds them after a non-editable install.
Everything else is configured in pyproject.toml.
"""
from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["textnps", "textnps.*"], exclude=["textnps.models*"]) + ["textnps.models"],
    package_dir={"textnps.models": "models"},
)
