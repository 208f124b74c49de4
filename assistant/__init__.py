"""Question answering over Japanese municipal plans, answered only from the documents, with citations."""

__version__ = "0.1.0"
