"""Question embeddings on ONNX Runtime: the same saved E5 model, its encoder layers with int8 weights.

:class:`assistant.query_encoder.NumpyE5Encoder` runs the model in float32 NumPy: about 25 ms per
question on this 2-core machine, most of the answer time. This encoder keeps its tokenizer and its
embedding step (the 250k-row table stays memory-mapped, read at the question's rows) and runs the 12
encoder layers as an ONNX graph built here from the same ``model.safetensors`` (no export through
torch), with the layers' weights quantized to int8 per output channel by ``onnxruntime.quantization``
(dynamic: activations are quantized per question). ``scripts/bench_encoder.py`` prints its speed and
its agreement with the float32 vectors and rankings.

The graph is built once per model directory, next to the model (``query_encoder.int8.onnx``, with
``query_encoder.json`` naming the size and time of the weights it was built from, the builder's version and
its own sha256) and rebuilt when any of them changes.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

import numpy as np

from .model_convert import file_sha256
from .query_encoder import NumpyE5Encoder, UnsupportedModel

log = logging.getLogger(__name__)

GRAPH_FILE = "query_encoder.int8.onnx"
GRAPH_INFO = "query_encoder.json"
PASSAGE_GRAPH_FILE = "passage_encoder.fp32.onnx"
PASSAGE_GRAPH_INFO = "passage_encoder.json"
DERIVED_FILES = (GRAPH_FILE, GRAPH_INFO, PASSAGE_GRAPH_FILE, PASSAGE_GRAPH_INFO)
"""Files built next to the model from its weights (not part of the conversion)."""
OPSET = 17
BUILDER_VERSION = 1  # bump when encoder_graph or the quantization changes: built graphs are rebuilt


def encoder_graph(encoder: NumpyE5Encoder):
    """The encoder layers as an ONNX model: input ``x`` (tokens × hidden, after the embedding LayerNorm),
    output ``pooled`` (the mean over tokens of the last layer, not normalized)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    hidden, heads = encoder.hidden, encoder.heads
    size = hidden // heads
    nodes, weights = [], []

    def const(name: str, value: np.ndarray) -> str:
        weights.append(numpy_helper.from_array(np.array(value), name))  # (ascontiguousarray makes 0-d 1-d)
        return name

    def node(op: str, inputs: list[str], output: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    qkv_shape = const("qkv_shape", np.array([0, 3, heads, size], dtype=np.int64))
    merged = const("merged_shape", np.array([0, hidden], dtype=np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(size), dtype=np.float32))
    half = const("half", np.array(0.5, dtype=np.float32))
    one = const("one", np.array(1.0, dtype=np.float32))
    root2 = const("root2", np.array(np.sqrt(2.0), dtype=np.float32))

    def linear(p: str, inp: str, name: str, w: np.ndarray, b: np.ndarray) -> str:
        product = node("MatMul", [inp, const(f"{p}{name}_w", w)], f"{p}{name}_mm")
        return node("Add", [product, const(f"{p}{name}_b", b)], f"{p}{name}")

    def layer_norm(p: str, inp: str, name: str, w: np.ndarray, b: np.ndarray) -> str:
        return node("LayerNormalization", [inp, const(f"{p}{name}_g", w), const(f"{p}{name}_beta", b)],
                    f"{p}{name}", axis=-1, epsilon=encoder.eps)

    x = "x"
    for i, layer in enumerate(encoder.layers):
        p = f"l{i}_"
        qkv = node("Reshape", [linear(p, x, "qkv", layer.qkv_w, layer.qkv_b), qkv_shape], f"{p}qkv4")
        qkv = node("Transpose", [qkv], f"{p}qkv_t", perm=[1, 2, 0, 3])  # (3, heads, n, size)
        q, k, v = (node("Gather", [qkv, const(f"{p}i{j}", np.array(j, dtype=np.int64))], f"{p}{name}", axis=0)
                   for j, name in enumerate("qkv"))
        kt = node("Transpose", [k], f"{p}kt", perm=[0, 2, 1])
        scores = node("Mul", [node("MatMul", [q, kt], f"{p}qk"), scale], f"{p}scores")
        probs = node("Softmax", [scores], f"{p}probs", axis=-1)
        context = node("Transpose", [node("MatMul", [probs, v], f"{p}ctx")], f"{p}ctx_t", perm=[1, 0, 2])
        context = node("Reshape", [context, merged], f"{p}ctx2")
        attended = node("Add", [linear(p, context, "out", layer.out_w, layer.out_b), x], f"{p}res1")
        x = layer_norm(p, attended, "ln1", layer.ln1_w, layer.ln1_b)
        up = linear(p, x, "up", layer.up_w, layer.up_b)  # exact-erf GELU, as the model was trained
        erf = node("Erf", [node("Div", [up, root2], f"{p}up_s")], f"{p}erf")
        gelu = node("Mul", [node("Mul", [up, half], f"{p}up_h"), node("Add", [erf, one], f"{p}erf1")], f"{p}gelu")
        down = node("Add", [linear(p, gelu, "down", layer.down_w, layer.down_b), x], f"{p}res2")
        x = layer_norm(p, down, "ln2", layer.ln2_w, layer.ln2_b)
    node("ReduceMean", [x], "pooled", axes=[0], keepdims=0)
    graph = helper.make_graph(
        nodes, "e5_encoder_layers",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["tokens", hidden])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, [hidden])],
        initializer=weights,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def _stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def build_graph(model_dir: Path, quantized: bool = True) -> Path:
    """``query_encoder.int8.onnx`` (``quantized``) or ``passage_encoder.fp32.onnx`` for the saved model in
    ``model_dir``, built unless already built from the same weights (their size and modification time, as
    ``.verified.json`` keeps them: no 235 MB hash at every start) by this builder, and intact (its sha256).
    Written to a temporary file and renamed, so a crash leaves no half-written graph. (onnx and the quantizer are
    imported only to build one: importing them takes 0.7 s of every app start.)"""
    model_dir = Path(model_dir)
    names = (GRAPH_FILE, GRAPH_INFO) if quantized else (PASSAGE_GRAPH_FILE, PASSAGE_GRAPH_INFO)
    out, info_path, weights = model_dir / names[0], model_dir / names[1], model_dir / "model.safetensors"
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    if (out.is_file() and info.get("builder_version") == BUILDER_VERSION and info.get("weights") == _stamp(weights)
            and info.get("graph_sha256") == file_sha256(out)):
        return out
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    encoder = NumpyE5Encoder(model_dir)
    with tempfile.TemporaryDirectory(dir=model_dir) as tmp:
        plain, int8 = Path(tmp) / "float.onnx", Path(tmp) / "int8.onnx"
        onnx.save(onnx.shape_inference.infer_shapes(encoder_graph(encoder)), plain)
        if quantized:
            quantize_dynamic(plain, int8, weight_type=QuantType.QInt8, per_channel=True,
                             extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        os.replace(int8 if quantized else plain, out)
    info = {"builder_version": BUILDER_VERSION, "weights": _stamp(weights), "graph_sha256": file_sha256(out),
            "quantization": "dynamic int8, per channel (onnxruntime.quantization)" if quantized else "none (float32)"}
    info_path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    log.info("built %s", out)
    return out


class OnnxE5Encoder(NumpyE5Encoder):
    """:class:`NumpyE5Encoder` with its encoder layers run by ONNX Runtime (int8 weights) on ``threads`` threads."""

    runtime = "onnx"
    quantized = True  # which graph: int8 for questions

    def __init__(self, model_dir: Path, max_seq_length: int = 512, threads: int = 1) -> None:
        import onnxruntime as ort

        super().__init__(model_dir, max_seq_length)
        graph = build_graph(self.path, quantized=self.quantized)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads  # EmbeddingSettings.query_threads
        options.inter_op_num_threads = 1
        if threads > 1:  # a spinning thread that finds the other core busy stalls the question (1.35x slower)
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # a damaged graph file: say which, the caller falls back
            raise UnsupportedModel(f"{graph}: cannot be loaded by ONNX Runtime ({exc})") from exc
    def _load_layers(self, w: dict[str, np.ndarray], count: int) -> list:
        return []  # the graph holds the layers' weights: no float32 copies

    def _pooled(self, x: np.ndarray) -> np.ndarray:
        return self.session.run(None, {"x": np.ascontiguousarray(x, dtype=np.float32)})[0]


class OnnxPassageEncoder(OnnxE5Encoder):
    """Passages for an index build: the encoder layers on ONNX Runtime in float32 (the same vectors as
    sentence-transformers, cosine ≥ 0.99999), one text per run and ``workers`` texts at once (ONNX Runtime
    releases the GIL), each run on one thread. A whole build takes 0.78× the time it takes with
    sentence-transformers' padded batches on two cores (``scripts/bench.py``), and needs no torch."""

    runtime = "onnx-float32"
    quantized = False

    def __init__(self, model_dir: Path, max_seq_length: int = 512, workers: int = 2, quantized: bool = False) -> None:
        self.quantized = quantized
        if quantized:
            self.runtime = "onnx-int8"
        super().__init__(model_dir, max_seq_length)
        self.workers = max(1, workers)

    def _encode(self, texts, prompt: str, progress: bool = False) -> np.ndarray:
        from concurrent.futures import ThreadPoolExecutor

        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        out = np.zeros((len(batch), self.hidden), dtype=np.float32)
        done = 0
        step = max(1, len(batch) // 10)

        def one(row: int) -> int:
            out[row] = self._embed(self.token_ids(prompt + batch[row]))
            return row

        with ThreadPoolExecutor(self.workers) as pool:
            for _ in pool.map(one, range(len(batch))):
                done += 1
                if progress and (done % step == 0 or done == len(batch)):
                    log.info("embedded %d of %d texts", done, len(batch))
        return out[0] if single else out

    def encode_document(self, texts, batch_size: int = 16, convert_to_numpy: bool = True,
                        normalize_embeddings: bool = True, show_progress_bar: bool = False) -> np.ndarray:
        return self._encode(texts, self.document_prompt, show_progress_bar)


__all__ = ["DERIVED_FILES", "OnnxE5Encoder", "OnnxPassageEncoder", "build_graph", "encoder_graph"]
