"""Errors shown to users as a clear message (no traceback)."""


class BuildError(RuntimeError):
    """The corpus could not be turned into an index (e.g. a document failed to load)."""
