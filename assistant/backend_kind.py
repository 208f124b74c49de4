"""Which backend holds an index's vectors (a leaf module: settings import it)."""

from enum import StrEnum


class BackendKind(StrEnum):
    FILES = "files"
    MILVUS = "milvus"
