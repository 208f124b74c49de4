"""The one error a reader raises when a document does not match its layout."""

from __future__ import annotations


class DocumentFormatError(ValueError):
    """A document that cannot be read as its declared layout. Names file and line."""

    def __init__(self, source_file: str, line: int | None, message: str) -> None:
        self.source_file = source_file
        self.line = line
        self.message = message
        where = f"{source_file}:{line}" if line is not None else source_file
        super().__init__(f"{where}: {message}")
