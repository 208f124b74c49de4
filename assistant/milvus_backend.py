"""The Milvus backend: one collection per index version, published by moving a collection alias.

A version's collection holds one entity per passage and one per sentence::

    pk INT64 | kind (0 passage, 1 sentence) | rec (record position) | ordinal (passage number or the sentence's
    place in its record) | record_id | city | source_file | fiscal_years[] | departments[]
    | dense FLOAT_VECTOR (COSINE; HNSW above ``approximate_above`` passages, exact FLAT below)
    | sparse SPARSE_FLOAT_VECTOR (IP): the passage's BM25 weight per term of *our* fugashi vocabulary

A question's BM25 score for a passage is the inner product of its term weights (1 per question word, the
synonym weight per synonym) with the passage's sparse vector, so Milvus ranks by exactly the scores the
files backend computes; Japanese tokenization stays ours. Each ranked list is one search (a record counts
at its best passage or sentence), its filter a Milvus expression over the scalar fields. The three lists are fused by the retriever (a weighted, record-level RRF with the question's
own boosts), as for the files backend.

The alias ``<prefix>_current`` names the published collection; publishing is one ``alter_alias`` (atomic),
rollback points it back. The version's records, passages and dictionaries (the files a version directory
holds) are stored zlib-compressed in the collection ``<prefix>_bundles`` too, with a row per publish (the
history), so a machine that has only the Milvus address restores a version into its ``index/versions/``.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import shutil
import time
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .backend import BackendKind, Scope, VersionContent, by_score, text_key
from .errors import BuildError
from .index_store import (
    MANIFEST,
    IndexProblem,
    LoadedIndex,
    Manifest,
    check_version_name,
    load_version,
    read_manifest,
    verify_files,
    versions_dir,
    write_version,
)
from .sentence_index import SentenceIndex
from .settings import Settings
from .types import Passage, Record

log = logging.getLogger(__name__)

PASSAGE, SENTENCE = 0, 1
VOCABULARY = "vocab.json"
NO_TERMS = {2**32 - 2: 1e-9}  # a sentence entity's sparse vector: Milvus stores none empty; no query has this term
MAX_ARRAY = 256  # fiscal years or departments of one record
MAX_TEXT = 4096  # bytes of a city, file name or department
CHUNK = 60_000  # characters of base64 per bundle row (a VARCHAR holds 65,535 bytes)
HNSW_M, HNSW_EF_CONSTRUCTION = 32, 80  # as the files backend's FAISS HNSW
T = TypeVar("T")


def _pymilvus():
    try:
        import pymilvus
    except ImportError as exc:
        raise IndexProblem("the milvus backend needs pymilvus: pip install -e '.[milvus]' (or PLAN_BACKEND=files)") from exc
    return pymilvus


def _literal(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _list(values) -> str:
    return "[" + ", ".join(_literal(v) if isinstance(v, str) else str(int(v)) for v in values) + "]"


def expression(scope: Scope, kind: int) -> str:
    """The Milvus filter for a scope (the same rule as ``Filters.allows``; departments already resolved
    from the filter's words to the corpus's names)."""
    f = scope.filters
    clauses = [  # (the filter's field, when set: the clause over these values)
        (f.cities, "city in {}", f.cities),
        (f.source_files, "source_file in {}", f.source_files),
        (f.fiscal_years, "array_contains_any(fiscal_years, {})", f.fiscal_years),
        (f.departments, "array_contains_any(departments, {})", scope.departments),
        (f.record_ids, "record_id in {}", f.record_ids),
        (f.exclude_ids, "record_id not in {}", f.exclude_ids),
    ]
    parts = [f"kind == {kind}"] + [clause.format(_list(values)) for given, clause, values in clauses if given]
    return " and ".join(parts)


def grpc_options(keepalive_seconds: float) -> dict[str, int]:
    """The channel's keepalive: a ping every ``keepalive_seconds`` while a call is open, none when idle."""
    return {"grpc.keepalive_time_ms": int(keepalive_seconds * 1000), "grpc.keepalive_permit_without_calls": 0}


class MilvusSearch:
    """The three ranked lists of one version, each one search in its collection."""

    def __init__(self, backend: MilvusBackend, collection: str, vocabulary: Mapping[str, int], manifest: Manifest
                 ) -> None:
        self.backend = backend
        self.collection = collection
        self.vocabulary = vocabulary
        self.passage_count = manifest.counts.get("passages", 0)
        self.sentence_count = manifest.counts.get("sentences", 0)
        self.hnsw = manifest.dense_kind == "hnsw"

    def _search(self, data, field: str, metric: str, scope: Scope, kind: int, limit: int) -> dict[int, float]:
        """The ``limit`` best entities the scope allows, then each record at its best (as the files backend
        does: a grouped search, ``group_by_field``, measured 3-4x slower on Milvus Lite for the same lists)."""
        if not scope.mask.any():
            return {}
        params: dict[str, Any] = {"metric_type": metric, "params": {}}
        if field == "dense" and self.hnsw:
            params["params"]["ef"] = max(self.backend.config.hnsw_ef, limit)
        hits = self.backend.call(
            "search", lambda c: c.search(self.collection, data=[data], anns_field=field, limit=min(limit, 16_384),
                                         filter=expression(scope, kind), output_fields=["rec"],
                                         search_params=params))
        best: dict[int, float] = {}
        for hit in hits[0]:
            pos = int(hit["entity"]["rec"])
            if pos not in best:
                best[pos] = float(hit["distance"])
        return by_score(best)

    def dense(self, vector: np.ndarray, scope: Scope, wanted: int) -> dict[int, float]:
        return self._search(vector.astype(np.float32).tolist(), "dense", "COSINE", scope, PASSAGE, 4 * wanted)

    def sentences(self, vector: np.ndarray, scope: Scope, wanted: int) -> dict[int, float]:
        if not self.sentence_count:
            return {}
        return self._search(vector.astype(np.float32).tolist(), "dense", "COSINE", scope, SENTENCE, 8 * wanted)

    def keyword(self, weights: dict[str, float], scope: Scope, wanted: int) -> dict[int, float]:
        query = {int(self.vocabulary[t]): float(w) for t, w in weights.items() if t in self.vocabulary and w}
        if not query:
            return {}
        return self._search(query, "sparse", "IP", scope, PASSAGE, 8 * wanted)

    def ranked(self, vector: np.ndarray, weights: dict[str, float], scope: Scope, wanted: int, *,
               sentences: bool = True) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
        """Three searches, one after the other: a Milvus Lite server answers one request at a time (sent from
        three threads they took 49 ms against 41 ms for the three in turn), so sending them together gains
        nothing there."""
        return (self.dense(vector, scope, wanted), self.sentences(vector, scope, wanted) if sentences else {},
                self.keyword(weights, scope, wanted) if weights else {})

    def sentence_scores(self, positions: list[int], vector: np.ndarray) -> dict[int, dict[int, float]]:
        if not positions or not self.sentence_count:
            return {}
        rows = self.backend.call("query", lambda c: c.query(
            self.collection, filter=f"kind == {SENTENCE} and rec in {_list(positions)}",
            output_fields=["rec", "ordinal", "dense"], limit=16_384))
        out: dict[int, dict[int, float]] = {pos: {} for pos in positions}
        query = vector.reshape(-1).astype(np.float32)
        for row in rows:
            out[int(row["rec"])][int(row["ordinal"])] = float(np.asarray(row["dense"], dtype=np.float32) @ query)
        return out

    def known_vectors(self, records: list[Record], passages: list[Passage]) -> dict[str, np.ndarray]:
        keys, texts = SentenceIndex.units(records)
        sentence_text = dict(zip(keys, texts, strict=True))
        known: dict[str, np.ndarray] = {}
        for row in self.backend.rows(self.collection, ["kind", "rec", "ordinal", "dense"]):
            if row["kind"] == PASSAGE and row["ordinal"] < len(passages):
                text = passages[row["ordinal"]].text
            else:
                text = sentence_text.get((row["rec"], row["ordinal"]))
            if text is not None:
                known[text_key(text)] = np.asarray(row["dense"], dtype=np.float32)
        return known


class MilvusBackend:
    """Versions as Milvus collections; their files also under ``index_dir/versions/`` on this machine."""

    kind = BackendKind.MILVUS

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.config = settings.milvus
        self.index_dir = settings.index_dir
        self.alias = f"{self.config.prefix}_current"
        self.bundles = f"{self.config.prefix}_bundles"
        self._client = None
        self._marker: tuple[float, object] | None = None

    # -- connection -------------------------------------------------------
    @property
    def client(self):
        if self._client is None:
            MilvusClient = _pymilvus().MilvusClient  # noqa: N806
            for attempt in range(1, self.config.connect_attempts + 1):
                try:
                    self._client = MilvusClient(uri=self.config.uri, token=self.config.token or "",
                                                db_name=self.config.db_name, timeout=self.config.timeout_seconds,
                                                grpc_options=grpc_options(self.config.keepalive_seconds))
                    break
                except Exception as exc:  # noqa: BLE001 - any connection failure; a busy server's GOAWAY passes
                    if attempt == self.config.connect_attempts:
                        raise IndexProblem(f"cannot reach Milvus at {self.config.uri} ({_short(exc)}): is the server "
                                           "running? (PLAN_MILVUS__URI)") from exc
                    time.sleep(1.0)
        return self._client

    def call(self, what: str, request: Callable[[Any], T]) -> T:
        """One request; a Milvus or network failure becomes an ``IndexProblem`` naming the server."""
        try:
            return request(self.client)
        except IndexProblem:
            raise
        except Exception as exc:  # noqa: BLE001 - pymilvus raises MilvusException and grpc errors
            raise IndexProblem(f"Milvus at {self.config.uri}: {what} failed ({_short(exc)})") from exc

    def rows(self, collection: str, fields: list[str], expr: str = "") -> list[dict]:
        """Every row matching ``expr``, in pages (a query returns at most 16,384)."""
        def fetch(client):
            iterator = client.query_iterator(collection, batch_size=4096, filter=expr, output_fields=fields)
            out = []
            while True:
                page = iterator.next()
                if not page:
                    iterator.close()
                    return out
                out.extend(page)
        return self.call(f"reading {collection}", fetch)

    # -- names ------------------------------------------------------------
    def collection_of(self, version: str) -> str:
        """``v20261130T164105882547-1f86b2`` -> ``plan_v20261130T164105882547__1f86b2`` (a collection name has no
        hyphens; version names have no underscores, so the name says its version)."""
        return f"{self.config.prefix}_{version.replace('-', '__')}"

    def version_of(self, collection: str) -> str | None:
        head = f"{self.config.prefix}_"
        return collection[len(head):].replace("__", "-") if collection.startswith(head) else None

    def version_path(self, version: str) -> Path:
        path = versions_dir(self.index_dir) / version
        if not (path / MANIFEST).exists():
            self._restore(version, path)
        return path

    # -- write ------------------------------------------------------------
    def write(self, content: VersionContent, manifest_fields: dict) -> Path:
        DataType = _pymilvus().DataType  # noqa: N806
        version = manifest_fields["version"]
        name = self.collection_of(version)
        records, dim = content.records, int(content.passage_vectors.shape[1])
        _check_sizes(records)
        hnsw = len(content.passages) > content.approximate_above
        manifest_fields.update(backend=BackendKind.MILVUS, collection=name,
                               dense_kind="hnsw" if hnsw else "flat")

        def create(client) -> None:
            schema = client.create_schema(auto_id=False)
            schema.add_field("pk", DataType.INT64, is_primary=True)
            schema.add_field("kind", DataType.INT8)
            schema.add_field("rec", DataType.INT64)
            schema.add_field("ordinal", DataType.INT64)
            schema.add_field("record_id", DataType.VARCHAR, max_length=128)
            schema.add_field("city", DataType.VARCHAR, max_length=MAX_TEXT)
            schema.add_field("source_file", DataType.VARCHAR, max_length=MAX_TEXT)
            schema.add_field("fiscal_years", DataType.ARRAY, element_type=DataType.INT64, max_capacity=MAX_ARRAY)
            schema.add_field("departments", DataType.ARRAY, element_type=DataType.VARCHAR, max_capacity=MAX_ARRAY,
                             max_length=MAX_TEXT)
            schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
            schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
            index = client.prepare_index_params()
            if hnsw:
                index.add_index("dense", index_type="HNSW", metric_type="COSINE",
                                params={"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION})
            else:
                index.add_index("dense", index_type="FLAT", metric_type="COSINE")
            index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
            client.create_collection(name, schema=schema, index_params=index)

        self.call(f"creating collection {name}", create)
        try:
            self._insert(name, content)
            self.call(f"loading {name}", lambda c: c.load_collection(name))

            def write_files(directory: Path) -> None:
                (directory / VOCABULARY).write_text(json.dumps(dict(content.keyword.vocab), ensure_ascii=False),
                                                    encoding="utf-8")

            path = write_version(self.index_dir, records=records, passages=content.passages,
                                 synonyms=content.synonyms, english=content.english, manifest_fields=manifest_fields,
                                 write_files=write_files)
            self._upload(version, path)
        except BaseException:
            self._drop(version)
            raise
        return path

    def _insert(self, name: str, content: VersionContent) -> None:
        records = content.records
        position = {r.id: i for i, r in enumerate(records)}
        weights = content.keyword.document_weights()

        def scalars(pos: int) -> dict:
            r = records[pos]
            return dict(rec=pos, record_id=r.id, city=r.city, source_file=r.source_file,
                        fiscal_years=sorted(set(r.fiscal_years)), departments=list(dict.fromkeys(r.departments)))

        def rows():
            pk = 0
            for i, passage in enumerate(content.passages):
                pos = position[passage.record_id]
                yield dict(pk=pk, kind=PASSAGE, ordinal=i, dense=content.passage_vectors[i].tolist(),
                           sparse=weights[i] or NO_TERMS, **scalars(pos))
                pk += 1
            for (pos, n), vector in zip(content.sentence_keys, content.sentence_vectors, strict=True):
                yield dict(pk=pk, kind=SENTENCE, ordinal=n, dense=vector.tolist(), sparse=NO_TERMS, **scalars(pos))
                pk += 1

        batch: list[dict] = []
        for row in rows():
            batch.append(row)
            if len(batch) >= self.config.insert_batch:
                self.call(f"inserting into {name}", lambda c, b=batch: c.insert(name, b))
                batch = []
        if batch:
            self.call(f"inserting into {name}", lambda c, b=batch: c.insert(name, b))
        self.call(f"flushing {name}", lambda c: c.flush(name))

    # -- bundles: a version's files in Milvus -------------------------------
    def _ensure_bundles(self) -> None:
        DataType = _pymilvus().DataType  # noqa: N806
        def ensure(client) -> None:
            if client.has_collection(self.bundles):
                return
            schema = client.create_schema(auto_id=False, description="index version files and publish history")
            schema.add_field("pk", DataType.VARCHAR, is_primary=True, max_length=1024)
            schema.add_field("version", DataType.VARCHAR, max_length=256)
            schema.add_field("part", DataType.VARCHAR, max_length=512)
            schema.add_field("seq", DataType.INT64)
            schema.add_field("blob", DataType.VARCHAR, max_length=65_535)
            schema.add_field("placeholder", DataType.FLOAT_VECTOR, dim=2)  # Milvus wants a vector field
            index = client.prepare_index_params()
            index.add_index("placeholder", index_type="FLAT", metric_type="L2")
            client.create_collection(self.bundles, schema=schema, index_params=index)
            client.load_collection(self.bundles)

        self.call(f"creating {self.bundles}", ensure)

    def _upload(self, version: str, path: Path, only: str | None = None) -> None:
        self._ensure_bundles()
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.relative_to(path).parts[0] != "eval")
        for file in files:
            part = str(file.relative_to(path))
            if only is not None and part != only:
                continue
            blob = base64.b64encode(zlib.compress(file.read_bytes(), 6)).decode("ascii")
            chunks = [blob[i:i + CHUNK] for i in range(0, len(blob), CHUNK)] or [""]
            rows = [dict(pk=f"{version}/{part}/{n}", version=version, part=part, seq=n, blob=chunk,
                         placeholder=[0.0, 0.0]) for n, chunk in enumerate(chunks)]
            self.call("deleting old rows", lambda c, p=part: c.delete(
                self.bundles, filter=f"version == {_literal(version)} and part == {_literal(p)}"))
            for i in range(0, len(rows), 16):
                self.call(f"storing {part} of {version}", lambda c, b=rows[i:i + 16]: c.upsert(self.bundles, b))
        self.call(f"flushing {self.bundles}", lambda c: c.flush(self.bundles))

    def _restore(self, version: str, path: Path) -> None:
        """Write a version's files from Milvus into ``path`` (atomically), checking their checksums."""
        self._ensure_bundles()
        rows = self.rows(self.bundles, ["part", "seq", "blob"], f"version == {_literal(version)}")
        parts: dict[str, list[tuple[int, str]]] = {}
        for row in rows:
            if row["part"] != "published":
                parts.setdefault(row["part"], []).append((int(row["seq"]), row["blob"]))
        if MANIFEST not in parts:
            raise IndexProblem(f"no index version {version!r} in Milvus at {self.config.uri}")
        tmp = path.parent / f".tmp-{version}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            for part, chunks in parts.items():
                blob = "".join(chunk for _, chunk in sorted(chunks))
                file = tmp / part
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_bytes(zlib.decompress(base64.b64decode(blob)))
            verify_files(tmp, read_manifest(tmp))
            shutil.rmtree(path, ignore_errors=True)
            os.rename(tmp, path)
        except (ValueError, zlib.error) as exc:
            raise IndexProblem(f"index version {version} in Milvus at {self.config.uri} is damaged ({_short(exc)}): "
                               "rebuild or roll back") from exc
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        log.info("restored index version %s from Milvus into %s", version, path)

    # -- versions ---------------------------------------------------------
    def load(self, version: str, *, verify: bool = True) -> LoadedIndex:
        path = self.version_path(version)

        def open_search(path: Path, manifest: Manifest, records: list[Record], passages: list[Passage]) -> MilvusSearch:
            name = manifest.collection or self.collection_of(version)
            if not self.call("checking collections", lambda c: c.has_collection(name)):
                raise IndexProblem(f"index version {version}: its collection {name} is missing from Milvus at "
                                   f"{self.config.uri}; rebuild or roll back")
            expected = manifest.counts.get("passages", 0) + manifest.counts.get("sentences", 0)
            self.call(f"loading {name}", lambda c: c.load_collection(name))
            if verify:
                stored = self.call("counting", lambda c: c.query(name, filter="", output_fields=["count(*)"]))
                if int(stored[0]["count(*)"]) != expected:
                    raise IndexProblem(f"index version {version}: collection {name} holds {stored[0]['count(*)']} "
                                       f"entities, the manifest {expected}; rebuild or roll back")
            try:
                vocabulary = json.loads((path / VOCABULARY).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise IndexProblem(f"index file {path / VOCABULARY} cannot be read ({_short(exc)})") from exc
            return MilvusSearch(self, name, vocabulary, manifest)

        return load_version(path, verify=verify, search=open_search)

    def current(self) -> str | None:
        def target(client) -> str | None:
            if self.alias not in client.list_aliases().get("aliases", []):
                return None
            name = client.describe_alias(self.alias)["collection_name"]
            version = self.version_of(name)
            if version is None:
                raise IndexProblem(f"alias {self.alias} points at {name}, not a collection of prefix "
                                   f"{self.config.prefix!r}: publish or roll back again")
            return check_version_name(version, f"alias {self.alias}")
        return self.call("reading the published alias", target)

    def publish(self, version: str) -> None:
        name = self.collection_of(version)
        path = self.version_path(version)
        self._upload(version, path, only=MANIFEST)  # a forced publish notes it in the manifest

        def move(client) -> None:
            if not client.has_collection(name):
                raise IndexProblem(f"cannot publish {version}: collection {name} is missing from Milvus")
            client.load_collection(name)
            if self.alias in client.list_aliases().get("aliases", []):
                client.alter_alias(name, self.alias)
            else:
                client.create_alias(name, self.alias)
            stamp = time.time_ns()
            client.insert(self.bundles, [dict(pk=f"published/{stamp}", version=version, part="published",
                                              seq=stamp, blob="", placeholder=[0.0, 0.0])])
            client.flush(self.bundles)

        self.call(f"publishing {version}", move)
        self._marker = None

    def history(self) -> list[str]:
        self._ensure_bundles()
        rows = self.rows(self.bundles, ["version", "seq"], 'part == "published"')
        return [row["version"] for row in sorted(rows, key=lambda r: r["seq"])]

    def versions(self) -> list[Manifest]:
        self._ensure_bundles()
        names = set(self.call("listing collections", lambda c: c.list_collections()))
        rows = self.rows(self.bundles, ["version", "seq", "blob"], f"part == {_literal(MANIFEST)}")
        chunks: dict[str, list[tuple[int, str]]] = {}
        for row in rows:
            chunks.setdefault(row["version"], []).append((int(row["seq"]), row["blob"]))
        out = []
        for version, parts in chunks.items():
            try:
                text = zlib.decompress(base64.b64decode("".join(c for _, c in sorted(parts))))
                manifest = Manifest.model_validate_json(text)
            except (ValueError, zlib.error):
                log.warning("index version %s: its manifest in Milvus is damaged", version)
                continue
            if manifest.collection in names:
                out.append(manifest)
        return sorted(out, key=lambda m: m.created_at)

    def prune(self, keep: int) -> list[str]:
        current = self.current()
        manifests = self.versions()
        removable = [m.version for m in manifests if m.version != current]
        removed = removable[: max(0, len(manifests) - keep)]
        for version in removed:
            self._drop(version)
        return removed

    def _drop(self, version: str) -> None:
        name = self.collection_of(version)
        try:
            self.call(f"dropping {name}", lambda c: c.drop_collection(name) if c.has_collection(name) else None)
            if self.call("checking", lambda c: c.has_collection(self.bundles)):
                self.call("deleting version files", lambda c: c.delete(
                    self.bundles, filter=f'version == {_literal(version)} and part != "published"'))
        finally:
            shutil.rmtree(versions_dir(self.index_dir) / version, ignore_errors=True)

    def published_marker(self) -> object:
        """The published version, asked of Milvus at most every ``refresh_seconds``."""
        now = time.monotonic()
        if self._marker is None or now - self._marker[0] >= self.config.refresh_seconds:
            try:
                self._marker = (now, self.current())
            except IndexProblem as exc:
                log.warning("cannot check the published index: %s", exc)
                return self._marker[1] if self._marker else None
        return self._marker[1]


def _check_sizes(records: list[Record]) -> None:
    for r in records:
        if len(r.fiscal_years) > MAX_ARRAY or len(r.departments) > MAX_ARRAY:
            raise BuildError(f"{r.source_file} {r.label}: more than {MAX_ARRAY} fiscal years or departments")
        for what, value in (("city", r.city), ("file name", r.source_file), *(("department", d) for d in r.departments)):
            if len(value.encode("utf-8")) > MAX_TEXT:
                raise BuildError(f"{r.source_file} {r.label}: {what} longer than {MAX_TEXT} bytes")


def _short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:limit]}"
