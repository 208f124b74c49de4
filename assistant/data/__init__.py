"""Data files shipped with the package (glossary, municipalities, numbering systems …)."""

from __future__ import annotations

from importlib import resources


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, without blank lines and ``#`` comments."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
