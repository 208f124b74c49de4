"""👍/👎 feedback with an optional comment, appended to a local JSONL file for staff review."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path

_lock = threading.Lock()


def record_feedback(path: Path, *, page: str, question: str, answer: str, citations: list[str],
                    rating: int, comment: str = "") -> None:
    row = {
        "at": datetime.now(UTC).isoformat(),
        "page": page,
        "question": question,
        "answer": answer,
        "citations": citations,
        "rating": rating,
        "comment": comment[:2000],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock, path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
