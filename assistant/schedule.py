"""An item's schedule: the stage a plan prints for each fiscal year.

Implementation plans print when things happen as a schedule rather than in prose, in two shapes:

- a table with a column per year, read as cells keyed by their column: 「年度別計画 令和7年度：実施設計 年度別計画
  令和8年度：整備工事 年度別計画 令和9年度：運用開始」, or a cell a line (「スケジュール R6: 検討」「R7: 実施」), a 「→」
  in a cell meaning the stage before goes on;
- a line of steps, each starting with its year: 「工程：Ｒ７ 経費の算定 → Ｒ８ 条例改正 → Ｒ９ 新料金の適用」, a 「〜」
  after a year meaning from then on (「Ｒ８〜 順次導入」).

A "when" question about such an item is answered from it (:func:`asked_step`): the step of the year asked, else the
step whose stage has a word of the question (「新しい料金になるのはいつから？」: 新料金の適用), else, asked from when,
the first step that starts something (実施, 導入, 運用開始 …; not 実施設計), asked until when, the last.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pydantic import BaseModel, Field

from .jp import era_to_western
from .types import Record

# a fiscal year as a schedule prints it: 令和7年度, Ｒ７ (R7年度), 2025年度
_YEAR = (r"(?P<year>(?P<era>令和|平成)\s*(?P<n>元|\d{1,2})\s*年度?"
         r"|(?<![A-Za-z0-9])(?P<letter>[RH])\s*(?P<ln>元|\d{1,2})(?:\s*年度)?(?![\d.,])"
         r"|(?<![\d.,])(?P<west>(?:19|20)\d\d)\s*年度)")
# a cell keyed by its year column: 「令和7年度：実施設計」 (up to the next space; a figure is no stage)
_KEYED = re.compile(rf"{_YEAR}\s*[:：]\s*(?P<stage>[^\s:：]+)")
# a step of a line of steps: its year, 〜 (from then on), and its stage
_STEP = re.compile(rf"^\s*{_YEAR}\s*(?P<onward>[〜~～]|以降)?\s+(?P<stage>\S.*?)\s*$")
_ARROW = re.compile(r"\s*[→⇒]\s*")
# a cell saying the stage of the year before goes on
_GOES_ON = re.compile(r"^(?:[→⇒―ー－-]+|〃|同左|継続)$")
_LETTER_ERA = {"R": "令和", "H": "平成"}
# stages that start what the item does (a stage ending so): 「実施」「運用開始」「順次導入」「新料金の適用」, not 「実施設計」
_STARTS = re.compile(r"(?:開始|実施|導入|運用|稼働|供用|開設|開館|開所|適用|施行|スタート|本格実施|本格運用)$")


class Step(BaseModel):
    year: int = Field(description="The fiscal year (Western) the step is printed under")
    printed: str = Field(description="The year as printed: 令和9年度, R9")
    stage: str = Field(description="What is done that year, as printed (a 「→」 cell: the stage it continues)")
    meaning: str = Field(default="", description="A mark's meaning in its document's legend (● -> 実施)")
    goes_on: bool = Field(default=False, description="The cell is a 「→」: the stage of the year before goes on")
    onward: bool = Field(default=False, description="Printed with 〜: from this year on")


class Schedule(BaseModel):
    name: str = Field(default="", description="The schedule's heading as printed: 年度別計画, 工程")
    steps: list[Step]


def _year(m: re.Match[str]) -> tuple[int, str]:
    if m.group("era"):
        return era_to_western(m.group("era"), m.group("n")), re.sub(r"\s+", "", m.group("year"))
    if m.group("letter"):
        return era_to_western(_LETTER_ERA[m.group("letter")], m.group("ln")), f"{m.group('letter')}{m.group('ln')}"
    return int(m.group("west")), f"{m.group('west')}年度"


def _keyed(line: str) -> Schedule | None:
    cells = list(_KEYED.finditer(line))
    steps: list[Step] = []
    for m in cells:
        stage = m.group("stage")
        after = line[m.end():].lstrip()
        if re.search(r"\d", stage) or (after[:1].isdigit() and not _KEYED.match(after)):
            return None  # 「令和2年度:約 5,600万円」: a figure, a year-by-year list of values
        year, printed = _year(m)
        goes_on = bool(_GOES_ON.match(stage))
        if goes_on and not steps:
            return None
        steps.append(Step(year=year, printed=printed, stage=steps[-1].stage if goes_on else stage, goes_on=goes_on))
    return Schedule(name=_name(line, cells[0].start()) if cells else "", steps=steps)


_LINE_KEY = re.compile(r"^\s*([^\s:：]{1,12})\s*[:：]")


def _name(line: str, start: int) -> str:
    """The schedule's heading: the word right before its first cell, the column group's (「年度別計画 令和7年度：…」),
    else the key the line starts with (「スケジュール: ・… — 令和3年度: 調査 / …」)."""
    before = line[:start].split()
    if before and re.search(r"[ぁ-んァ-ヶ一-龥]", before[-1]):
        return before[-1].rstrip(":：")
    key = _LINE_KEY.match(line)
    return key.group(1) if key and not _KEYED.match(line.lstrip()) else ""


def _stepped(line: str) -> Schedule | None:
    head, _, rest = line.partition("→") if "→" in line else line.partition("⇒")
    if not rest:
        return None
    name, sep, first = re.split(r"([:：])", head, maxsplit=1) if re.search(r"[:：]", head) else ("", "", head)
    steps: list[Step] = []
    for part in [first, *_ARROW.split(rest)]:
        m = _STEP.match(part)
        if m is None:  # 「１法人（Ｒ５）→３法人（Ｒ８）」: figures with their years, no steps
            return None
        year, printed = _year(m)
        steps.append(Step(year=year, printed=printed, stage=m.group("stage"), onward=bool(m.group("onward"))))
    return Schedule(name=name.strip() if sep else "", steps=steps)


# a table's year column read as a line of its own: 「スケジュール R6: 検討」「令和5年度: 拡大」「実施年度 R7: ●」
_CELL_LINE = re.compile(rf"^\s*(?:(?P<group>[^\s:：]+)\s+)?{_YEAR}\s*[:：]\s*(?P<stage>[^\s:：]+)\s*$")


def _cell_lines(lines: list[str]) -> Schedule | None:
    """Year cells one per line (the first, or every one, after the name of their column group), in a run."""
    steps: list[Step] = []
    name = ""
    for line in lines:
        m = _CELL_LINE.match(line)
        if m is None or re.search(r"\d", m.group("stage")):
            if len(steps) >= 2:
                break
            steps, name = [], ""
            continue
        year, printed = _year(m)
        stage = m.group("stage")
        goes_on = bool(_GOES_ON.match(stage)) and bool(steps)
        if not steps:
            name = m.group("group") or ""
        steps.append(Step(year=year, printed=printed, stage=steps[-1].stage if goes_on else stage, goes_on=goes_on))
    return Schedule(name=name, steps=steps) if len(steps) >= 2 else None


def _rising(found: Schedule | None) -> bool:
    return found is not None and len(found.steps) >= 2 and all(
        a.year < b.year for a, b in zip(found.steps, found.steps[1:], strict=False))


@lru_cache(maxsize=20_000)
def _schedule(text: str) -> Schedule | None:
    lines = unicodedata.normalize("NFKC", text).splitlines()
    for line in lines:
        for found in (_keyed(line), _stepped(line)):
            if _rising(found):
                return found
    found = _cell_lines(lines)
    return found if _rising(found) else None


def schedule(record: Record, legend: dict[str, str] | None = None) -> Schedule | None:
    """The first schedule the item prints (two steps or more, their years rising), or None; a step printed as a mark
    its document's ``legend`` explains has that meaning (● -> 実施)."""
    found = _schedule(record.text)
    if found is None or not legend:
        return found
    return found.model_copy(update={"steps": [s.model_copy(update={"meaning": legend.get(s.stage, "")})
                                              for s in found.steps]})


# a legend of marks: 「（凡例）○：検討・準備　●：実施」 (a line that says 凡例, or gives two marks or more)
_MARK = "○●◎◯△▲▽▼□■◇◆☆★"
_LEGEND_ENTRY = re.compile(rf"([{_MARK}])\s*[:：=＝]\s*([^\s{_MARK}、，,。)）]+)")


def legends(records: Iterable[Record]) -> dict[str, dict[str, str]]:
    """Each document's legend of marks, by source file: {○: 検討・準備, ●: 実施} (the first legend it prints)."""
    out: dict[str, dict[str, str]] = {}
    for r in records:
        if r.source_file in out:
            continue
        for line in unicodedata.normalize("NFKC", r.text).splitlines():
            entries = _LEGEND_ENTRY.findall(line)
            if entries and ("凡例" in line or len(entries) >= 2):
                out[r.source_file] = dict(entries)
                break
    return out


def holds_schedule(text: str) -> bool:
    """Whether ``text`` (a sentence) prints a schedule or one of its cells (「R7: 実施」): its dates are steps."""
    if _schedule(text) is not None:
        return True
    cell = _CELL_LINE.match(unicodedata.normalize("NFKC", text))
    return cell is not None and not re.search(r"\d", cell.group("stage"))


def _covers(steps: list[Step], n: int, year: int) -> bool:
    step = steps[n]
    if step.year == year:
        return True
    after = steps[n + 1].year if n + 1 < len(steps) else None
    return step.onward and step.year < year and (after is None or year < after)


def asked_step(found: Schedule, years: Iterable[int], words: set[str], stage_words, until: bool, fallback: int = 2
               ) -> Step | None:
    """The step a question asks about: of the fiscal year it names (none printed for it: None), else the first
    whose stage has one of ``words`` (the question's words, two characters or more; ``stage_words`` gives a
    stage's); else, with ``fallback`` 1 or more, asked until when (``until``) the last, else the first that starts
    something (実施, 導入, 運用開始 …); with ``fallback`` 2, else the first."""
    steps = found.steps
    years = list(years)
    if years:
        return next((steps[n] for y in years for n in range(len(steps)) if _covers(steps, n, y)), None)
    own = [s for s in steps if not s.goes_on and {w for w in stage_words(f"{s.stage} {s.meaning}") if len(w) >= 2} & words]
    if own:
        return own[0]
    if fallback >= 1 and until:
        return steps[-1]
    starting = next((s for s in steps if not s.goes_on and (_STARTS.search(s.stage) or _STARTS.search(s.meaning))), None)
    if fallback >= 1 and starting is not None:
        return starting
    return steps[0] if fallback >= 2 else None


def describe(found: Schedule, step: Step, english: bool, head: str) -> str:
    """The step, its Western year and the whole schedule in one line, after ``head``: 「時期: 令和9年度 運用開始
    （2027年度）［年度別計画: 令和7年度 実施設計 → 令和8年度 整備工事 → 令和9年度 運用開始］」."""
    steps = found.steps
    since = next((s for s in reversed(steps[: steps.index(step)]) if not s.goes_on), None) if step.goes_on else None
    goes = "(continued)" if english else "（継続）"
    shown = {s.stage: f"{s.stage}（{s.meaning}）" if s.meaning else s.stage for s in steps}
    whole = " → ".join(f"{s.printed}{'〜' if s.onward else ''} {goes if s.goes_on else shown[s.stage]}" for s in steps)
    if english:
        going = f", continued from {since.printed}" if since else ""
        name = f"{found.name}: " if found.name else "schedule: "
        return f"{head}: {step.printed} {shown[step.stage]} (FY{step.year}{going}) [{name}{whole}]"
    going = f"、{since.printed}から継続" if since else ""
    name = f"{found.name}: " if found.name else ""
    return f"{head}: {step.printed}{'〜' if step.onward else ''} {shown[step.stage]}（{step.year}年度{going}）［{name}{whole}］"


__all__ = ["Schedule", "Step", "asked_step", "describe", "holds_schedule", "legends", "schedule"]
