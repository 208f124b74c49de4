"""Helpers shared by the layout reader tests (``tests/test_reader_*.py``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from assistant.corpus import load_document, meta_path, read_meta
from assistant.readers import DocumentFormatError
from assistant.text_clean import has_html
from assistant.types import DocumentMeta, Record

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def copy_document(tmp_path: Path, source: Path, text: str, name: str | None = None) -> Path:
    """A document with ``text`` and ``source``'s metadata (source_file adapted) in ``tmp_path``.

    ``name`` is the copy's file name; by default the same as ``source``'s.
    """
    name = name or source.name
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    meta = json.loads(meta_path(source).read_text(encoding="utf-8"))
    meta["source_file"] = name
    meta_path(target).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return target


def renamed_meta(source: Path, name: str = "x.txt") -> DocumentMeta:
    """``source``'s metadata for a document called ``name``, to feed a reader lines directly."""
    return read_meta(source).model_copy(update={"source_file": name})


def format_error(path: Path, load: Callable[[Path], object] = load_document) -> DocumentFormatError:
    """The DocumentFormatError that ``load`` raises on ``path`` (the test fails if none is raised)."""
    with pytest.raises(DocumentFormatError) as info:
        load(path)
    return info.value


def assert_format_error_names_file(path: Path) -> DocumentFormatError:
    """Loading ``path`` raises a DocumentFormatError naming the file, in its field and its message."""
    error = format_error(path)
    assert error.source_file == path.name
    assert path.name in str(error)
    return error


def assert_unique_labels_and_stable_ids(path: Path) -> None:
    """The document's labels are unique and two loads give the same ids in the same order."""
    first = load_document(path)[1]
    assert len({r.label for r in first}) == len(first)
    assert [r.id for r in load_document(path)[1]] == [r.id for r in first]


def assert_no_html(records: Iterable[Record]) -> None:
    """No record's text holds HTML markup."""
    for record in records:
        assert not has_html(record.text), record.label
