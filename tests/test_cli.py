"""The CLI contract: `ask --json` fields (read by evaluation runs outside this repo), batch mode, errors."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = {"id", "question", "answer", "abstained", "citations", "latency_ms"}  # read by outside evaluation runs
ADDED = {"nearby", "interpreted_question"}  # fields added since; the contract's own fields keep their meaning
CITATION = {"source_file", "label", "title", "section", "page", "score", "quote"}


def run(args, settings, index_dir=None, stdin=None):
    env = dict(os.environ, HF_HUB_OFFLINE="1", PLAN_INDEX_DIR=str(index_dir or settings.index_dir),
               PLAN_EMBEDDING__MODELS_DIR=str(settings.embedding.models_dir))
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, input=stdin)


def test_ask_json_contract(settings, published_index):
    proc = run(["ask", "--json", "what did we do on paperless in R3"], settings)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1  # nothing but the JSON line on stdout
    obj = json.loads(lines[0])
    assert set(obj) == CONTRACT | ADDED
    cited = {c["label"] for c in obj["citations"]}
    assert all(set(n) == set(obj["citations"][0]) and n["label"] not in cited for n in obj["nearby"])
    assert obj["id"] is None and obj["abstained"] is False
    assert obj["question"] == "what did we do on paperless in R3"
    assert isinstance(obj["latency_ms"], float)
    first = obj["citations"][0]
    assert set(first) == CITATION
    assert (first["source_file"], first["label"], first["page"]) == ("000_3dacb80f56827af3.txt", "取組項目08", 10)
    scores = [c["score"] for c in obj["citations"]]
    assert scores == sorted(scores, reverse=True)


def test_ask_batch(settings, published_index, tmp_path):
    batch = tmp_path / "questions.jsonl"
    rows = [
        {"id": "a", "question": "取組項目8の状況"},
        {"id": 7, "question": "調布市のペーパーレスは？"},
        {"id": "empty", "question": "   "},
    ]
    batch.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    proc = run(["ask", "--json", "--batch", str(batch)], settings)
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "7", "empty"]
    assert all(set(o) == CONTRACT | ADDED for o in out)
    assert out[0]["citations"][0]["label"] == "取組項目08" and not out[0]["abstained"]
    assert out[1]["abstained"] and "調布市" in out[1]["answer"]
    assert out[2]["abstained"] and out[2]["citations"] == [] and "空" in out[2]["answer"]
    assert proc.returncode == 1  # one question could not be asked


@pytest.mark.parametrize("question, message", [("", "質問が空です"), ("   ", "質問が空です"),
                                               ("あ" * 5000, "質問が長すぎます")])
def test_bad_questions_are_clear_errors(settings, published_index, question, message):
    proc = run(["ask", "--json", question], settings)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_missing_index_is_a_clear_error(settings, tmp_path):
    proc = run(["ask", "ペーパーレス"], settings, index_dir=tmp_path / "nothing")
    assert proc.returncode == 2
    assert "no published index" in proc.stderr and "Traceback" not in proc.stderr


def test_corpus_json_lists_every_record():
    proc = subprocess.run([sys.executable, "-m", "assistant", "corpus", "--json"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    counts = {}
    for r in records:
        counts[r["source_file"]] = counts.get(r["source_file"], 0) + 1
    seeds = {"000_3dacb80f56827af3.txt": 83, "001_d49a127c9747c6b0.txt": 42,
             "002_b30adf6a2737dba3.txt": 34, "003_352194a5035fd7a3.txt": 36, "004_ac35853668981a4b.txt": 6}
    assert {name: counts.get(name) for name in seeds} == seeds  # the seeds; the corpus may hold more
    fields = {"id", "source_file", "city", "document", "kind", "fiscal_year", "label", "number", "title", "section",
              "departments", "page", "text"}
    assert all(fields <= set(r) for r in records)


def test_corpus_table_has_counts():
    proc = subprocess.run([sys.executable, "-m", "assistant", "corpus"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    per_document = [int(m) for m in re.findall(r"^  \S+\.\w+: (\d+)$", proc.stdout, re.M)]
    total = int(re.search(r"^  total: (\d+)$", proc.stdout, re.M).group(1))
    assert "取組項目08" in proc.stdout and per_document and total == sum(per_document)


def test_ask_with_history_reads_a_follow_up(settings, published_index, tmp_path):
    proc = run(["ask", "--json", "--history", "R3年度にペーパーレスで何をした？", "担当部署は？"], settings)
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert obj["question"] == "担当部署は？"
    assert obj["interpreted_question"] == "令和3年度 取組項目08『5レスの推進』 担当部署は？"
    assert [c["label"] for c in obj["citations"]] == ["取組項目08"]
    assert "推進部署: 政策室／情報政策課／関係各課（職員課／市民課）" in obj["answer"]
    # the same turns in a batch, and the same question without its history: a new question
    batch = tmp_path / "dialogue.jsonl"
    rows = [{"id": "1", "question": "担当部署は？", "history": ["R3年度にペーパーレスで何をした？"]},
            {"id": "2", "question": "担当部署は？"},
            {"id": "3", "question": "小平市では？", "history": ["R3年度にペーパーレスで何をした？"]}]
    batch.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    proc = run(["ask", "--json", "--batch", str(batch)], settings)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out[0]["answer"] == obj["answer"] and out[0]["interpreted_question"] == obj["interpreted_question"]
    assert out[1]["interpreted_question"] == "担当部署は？" and "取組項目08" not in out[1]["answer"]
    assert out[2]["interpreted_question"] == "小平市 R3年度にペーパーレスで何をした？"
    assert out[2]["citations"][0]["label"] == "実施プログラム⑫"


def test_batch_history_must_be_a_list_of_questions(settings, published_index, tmp_path):
    batch = tmp_path / "bad.jsonl"
    batch.write_text(json.dumps({"id": "x", "question": "担当は？", "history": "R3"}) + "\n", encoding="utf-8")
    proc = run(["ask", "--json", "--batch", str(batch)], settings)
    assert proc.returncode == 2 and f"{batch}:1" in proc.stderr and "history" in proc.stderr


def test_chat_in_a_pseudo_terminal(settings, published_index):
    import pexpect
    env = dict(os.environ, HF_HUB_OFFLINE="1", PLAN_INDEX_DIR=str(settings.index_dir),
               PLAN_EMBEDDING__MODELS_DIR=str(settings.embedding.models_dir), PYTHONIOENCODING="utf-8")
    child = pexpect.spawn(sys.executable, ["-m", "assistant", "chat"], cwd=str(ROOT), env=env,
                          encoding="utf-8", timeout=240, dimensions=(50, 200))
    try:
        child.expect("質問> ")
        child.sendline("R3年度にペーパーレスで何をした？")
        child.expect(r"\[1\] 000_3dacb80f56827af3\.txt 取組項目08 5レスの推進 P\.10")
        child.expect("質問> ")
        child.sendline("担当部署は？")
        child.expect("（取組項目08『5レスの推進』について）")
        child.expect("推進部署: 政策室／情報政策課／関係各課（職員課／市民課）")
        child.expect("質問> ")
        child.sendline("/sources 1")
        child.expect("区分: 施策1 質の高い行政運営の推進")
        child.expect("セミセルフレジを導入")  # the item's full text, past what the answer quoted
        child.expect("質問> ")
        child.sendline("/new")
        child.expect("新しい話題にしました。")
        child.expect("質問> ")
        child.sendline("担当部署は？")
        child.expect("質問> ")
        assert "取組項目08『5レスの推進』について" not in child.before
        child.sendeof()
        child.expect("終了します。")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
