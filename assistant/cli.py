"""``python -m assistant``: a thin layer over the library. JSON goes to stdout, logs to stderr."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path

from .types import DocumentKind

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

log = logging.getLogger("assistant")


class UserError(Exception):
    """An error the user can fix; printed without a traceback, exit code 2."""


def _settings():
    from .settings import get_settings

    return get_settings()


# -- corpus ---------------------------------------------------------------
def cmd_corpus(args: argparse.Namespace) -> int:
    from .corpus import load_corpus

    settings = _settings()
    if args.report:
        return _print_report(settings, Path(args.report), args)
    if args.self_retrieval:
        return _print_self_retrieval(settings)
    loaded = load_corpus(settings.corpus_dir, settings=settings.ingest)
    if args.json:
        for r in loaded.records:
            sys.stdout.write(r.model_dump_json() + "\n")
    else:
        print(f"{'label':<28} {'page':>4}  title")
        current = None
        for r in loaded.records:
            if r.source_file != current:
                current = r.source_file
                print(f"\n== {r.source_file}  {r.city} {r.document}")
            page = "" if r.page is None else str(r.page)
            flags = f"  [{','.join(r.flags)}]" if r.flags else ""
            print(f"{r.label:<28} {page:>4}  {r.title}{flags}")
        print("\nrecords per document:")
        for source, n in sorted(Counter(r.source_file for r in loaded.records).items()):
            print(f"  {source}: {n}")
        print(f"  total: {len(loaded.records)}")
    for error in loaded.errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if loaded.errors else 0


def _print_self_retrieval(settings) -> int:
    """Per document of the published index: how many records their own title and first sentence find."""
    from .gate import self_retrieval
    from .pipeline import Assistant

    assistant = Assistant(settings)
    results = self_retrieval(assistant, assistant.index.records, settings.eval.self_retrieval_k)
    for r in results:
        missing = f"  not found: {', '.join(r.missing)}" if r.missing else ""
        print(f"{r.source_file:40} {r.total - len(r.missing):>4}/{r.total:<4} {r.rate:6.1%}{missing}")
    return 0


def _print_report(settings, document: Path, args: argparse.Namespace) -> int:
    """The parse report of one document: with its metadata file if it has one, else by layout detection."""
    from .corpus import meta_path, parse_file
    from .formats import document_lines
    from .ingest import detect_layout, parse_document
    from .types import DocumentMeta

    if not document.is_file():
        raise FileNotFoundError(f"document not found: {document}")
    if meta_path(document).exists() and not args.kind:
        parsed = parse_file(document, settings.ingest)
    else:
        meta = DocumentMeta(source_file=document.name, city=args.city or "", title=document.stem,
                            kind=DocumentKind(args.kind or "generic"), fiscal_years=[], published="", page_source="")
        lines = document_lines(document)
        parsed = parse_document(lines, meta, settings.ingest) if args.kind else detect_layout(
            lines, meta, settings.ingest)
    print(parsed.report.model_dump_json(indent=2) if args.json else parsed.report.text())
    return 0


# -- model / build / index ------------------------------------------------
def cmd_model(args: argparse.Namespace) -> int:
    from .embeddings import load_passage_encoder, load_query_encoder
    from .model_convert import ensure_model

    settings = _settings()
    path = ensure_model(settings, full_verify=True)
    # builds the encoders' ONNX graphs when those are the ones used
    encoder = load_query_encoder(settings)
    log.info("questions are embedded by the %s runtime", getattr(encoder, "runtime", "sentence-transformers"))
    encoder = load_passage_encoder(settings)
    log.info("passages are embedded by the %s runtime", getattr(encoder, "runtime", "sentence-transformers"))
    print(path)
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from .backend import open_backend
    from .update import build_and_publish

    settings = _settings()
    current = open_backend(settings).current() if args.if_missing else None
    if current:
        log.info("index %s is published; nothing to build", current)
        return 0
    outcome = build_and_publish(settings, force=args.force, progress=not args.no_progress,
                                vectors_from=args.vectors_from)
    print(outcome.summary(), file=sys.stderr)
    return 0 if outcome.published else 1


def cmd_index(args: argparse.Namespace) -> int:
    from .backend import open_backend
    from .update import rollback

    settings = _settings()
    if args.action == "rollback":
        version = rollback(settings, args.version)
        print(f"published {version}")
        return 0
    backend = open_backend(settings)
    current = backend.current()
    for m in backend.versions():
        mark = "*" if m.version == current else " "
        forced = " (forced)" if m.published_forced else ""
        print(f"{mark} {m.version}  records={m.counts.get('records')}  model={m.model}  {m.created_at}{forced}")
    return 0


# -- ask ----------------------------------------------------------------------
def _filters(args: argparse.Namespace):
    from .retrieve import Filters

    return Filters(
        cities=args.city or [],
        source_files=args.document or [],
        fiscal_years=args.year or [],
        departments=args.department or [],
    )


def _questions(args: argparse.Namespace) -> list[tuple[str | None, str, list[str] | None]]:
    if args.batch:
        out = []
        path = Path(args.batch)
        if not path.exists():
            raise UserError(f"batch file not found: {path}")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                history = row.get("history")
                if history is not None and (not isinstance(history, list)
                                            or not all(isinstance(h, str) for h in history)):
                    raise UserError(f"{path}:{n}: \"history\" must be a list of earlier questions (strings)")
                out.append((None if row.get("id") is None else str(row["id"]), str(row["question"]), history))
            except (json.JSONDecodeError, KeyError, AttributeError) as exc:
                raise UserError(f"{path}:{n}: expected {{\"id\": ..., \"question\": ...}} ({exc})") from exc
        return out
    if not args.question:
        raise UserError("give a question, or --batch FILE.jsonl")
    return [(None, " ".join(args.question), args.history)]


def cmd_ask(args: argparse.Namespace) -> int:
    from .pipeline import Assistant, QuestionError, clean_question
    from .types import AnswerResult

    questions = _questions(args)
    settings = _settings()
    if not args.batch:  # a bad question fails before the model loads
        try:
            clean_question(questions[0][1], settings.answer.max_question_chars)
        except QuestionError as exc:
            raise UserError(str(exc)) from exc
    assistant = Assistant(settings)
    filters = _filters(args)
    status = 0
    for qid, question, history in questions:
        try:
            result = assistant.ask(question, k=args.k, filters=filters, id=qid, history=history)
        except QuestionError as exc:
            if not args.batch:
                raise UserError(str(exc)) from exc
            result = AnswerResult(id=qid, question=question, answer=str(exc), abstained=True, citations=[], latency_ms=0.0)
            status = 1
        if args.json:
            sys.stdout.write(result.model_dump_json() + "\n")
            sys.stdout.flush()
        else:
            print(format_answer(result))
    return status


def format_answer(result) -> str:
    """An answer for the terminal: the text, then the citations and the 近い項目."""
    lines = [result.answer, ""]
    for i, c in enumerate(result.citations, start=1):
        page = f" P.{c.page}" if c.page is not None else ""
        lines.append(f"  [{i}] {c.source_file} {c.label} {c.title}{page}  (score {c.score:.4f})")
    if result.nearby:
        lines.append("  近い項目（回答には使っていません）:")
        for c in result.nearby:
            page = f" P.{c.page}" if c.page is not None else ""
            lines.append(f"   - {c.source_file} {c.label} {c.title}{page}")
    return "\n".join(lines) + "\n"


def cmd_chat(args: argparse.Namespace) -> int:
    from .pipeline import Assistant
    from .terminal_chat import run_chat

    return run_chat(Assistant(_settings()), _filters(args))


# -- eval / add / serve ----------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import run_eval_cli

    return run_eval_cli(_settings(), split=args.split, qa_file=args.qa, dialogues_file=args.dialogues,
                        alone=args.turns_alone)


def cmd_add(args: argparse.Namespace) -> int:
    from .update import accept_document, add_document

    if args.accept:
        outcome = accept_document(_settings(), args.file)
        print(outcome.summary(), file=sys.stderr)
        return 0
    outcome = add_document(
        _settings(), Path(args.file), city=args.city, title=args.title, year=args.year, kind=args.kind,
        published=args.published, meta_file=Path(args.meta) if args.meta else None, force=args.force,
    )
    print(outcome.summary(), file=sys.stderr)
    return 0 if outcome.published else 1


def cmd_serve(args: argparse.Namespace) -> int:
    from .app.launch import serve

    print(f"Starting the app: http://{args.host}:{args.port}/staff (職員用)  "
          f"http://{args.host}:{args.port}/public (市民向け)", file=sys.stderr, flush=True)
    return serve(args.port, args.host)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("corpus", help="list every record of the corpus, or the parse report of one document")
    s.add_argument("--json", action="store_true", help="one JSON object per record (or the report as JSON)")
    s.add_argument("--report", metavar="FILE", help="print the parse report of FILE (any document) instead")
    s.add_argument("--kind", choices=[k.value for k in DocumentKind], help="with --report: force this reader")
    s.add_argument("--city", help="with --report: the document's city (selects city-specific OCR fixes)")
    s.add_argument("--self-retrieval", action="store_true",
                   help="per document of the published index: the share of records found by their own title and "
                   "first sentence (what the gate requires of a new document)")
    s.set_defaults(func=cmd_corpus)

    s = sub.add_parser("model", help="convert (if needed) and verify the embedding model; print its path")
    s.set_defaults(func=cmd_model)

    s = sub.add_parser("build", help="build a candidate index, evaluate it, publish it if the eval passes")
    s.add_argument("--force", action="store_true", help="publish even if the eval gate fails (recorded)")
    s.add_argument("--if-missing", action="store_true", help="do nothing when an index is already published")
    s.add_argument("--no-progress", action="store_true")
    s.add_argument("--vectors-from", type=Path, metavar="INDEX_DIR",
                   help="reuse the vectors of this files-backend index's published version (moving an index to "
                        "Milvus without embedding it again)")
    s.set_defaults(func=cmd_build)

    s = sub.add_parser("index", help="list index versions or roll back")
    s.add_argument("action", choices=["list", "rollback"])
    s.add_argument("version", nargs="?", help="version to publish (default: the previous one)")
    s.set_defaults(func=cmd_index)

    s = sub.add_parser("ask", help="answer a question from the documents")
    s.add_argument("question", nargs="*")
    s.add_argument("--k", type=int, default=None, help="number of records to retrieve (default 5)")
    s.add_argument("--json", action="store_true", help="one JSON object per question on stdout")
    s.add_argument("--batch", help="JSONL file of {\"id\", \"question\"} (and \"history\": earlier questions)")
    s.add_argument("--history", action="append", metavar="Q",
                   help="an earlier question of the same conversation, oldest first (repeatable): the question "
                   "is read as a follow-up of these")
    s.add_argument("--city", action="append", help="filter: city (repeatable)")
    s.add_argument("--document", action="append", help="filter: corpus file name (repeatable)")
    s.add_argument("--year", action="append", type=int, help="filter: fiscal year, Western (repeatable)")
    s.add_argument("--department", action="append", help="filter: department (repeatable)")
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("chat", help="a chat in the terminal: follow-up questions, /new, /sources N")
    s.add_argument("--city", action="append", help="filter: city (repeatable)")
    s.add_argument("--document", action="append", help="filter: corpus file name (repeatable)")
    s.add_argument("--year", action="append", type=int, help="filter: fiscal year, Western (repeatable)")
    s.add_argument("--department", action="append", help="filter: department (repeatable)")
    s.set_defaults(func=cmd_chat)

    s = sub.add_parser("eval", help="run the Q&A set against the published index")
    s.add_argument("--split", choices=["test", "dev", "all", "both"], default="test",
                   help="both: every case, with dev and test metrics side by side")
    s.add_argument("--qa", help="Q&A file (default eval/qa.jsonl)")
    s.add_argument("--dialogues", help="dialogue file (default eval/dialogues.jsonl)")
    s.add_argument("--turns-alone", action="store_true",
                   help="answer every dialogue turn on its own, without its conversation (a comparison)")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("add", help="add a document (text, PDF or HTML) to the corpus and run the gated build")
    s.add_argument("file")
    s.add_argument("--city")
    s.add_argument("--title")
    s.add_argument("--year", type=int, action="append", help="fiscal year, Western (repeatable)")
    s.add_argument("--kind", choices=[k.value for k in DocumentKind],
                   help="force a layout (default: detected; 'generic' = the structural parser)")
    s.add_argument("--published", default="", help="date of publication as printed")
    s.add_argument("--meta", help="a metadata JSON file instead of the flags")
    s.add_argument("--force", action="store_true", help="publish even if the eval gate refuses (recorded)")
    s.add_argument("--accept", action="store_true",
                   help="publish FILE, a document the gate refused that waits in corpus/pending/, after review")
    s.set_defaults(func=cmd_add)

    s = sub.add_parser("serve", help="start the Streamlit app")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument("--host", default="localhost", help="address to listen on (0.0.0.0 to serve a network)")
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr, format="%(levelname)s %(message)s"
    )
    for noisy in ("faiss", "faiss.loader", "sentence_transformers", "httpx", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from .errors import BuildError
    from .index_store import IndexProblem
    from .readers import DocumentFormatError

    try:
        return args.func(args)
    except (UserError, IndexProblem, BuildError, DocumentFormatError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
