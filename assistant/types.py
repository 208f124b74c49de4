"""Typed data contracts passed between pipeline stages.

PlanDocument (a corpus file + its metadata) -> Record (one citable unit, e.g. an
action item) -> Passage (an indexable slice of a record) -> Evidence (a scored
record for a question) -> Answer (the composed, cited reply).
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from .jp import western_to_era


class DocumentKind(StrEnum):
    """The layouts: a profile per seed layout, and ``generic`` for everything else."""

    progress_report = "progress_report"  # 進捗状況報告書 (狛江市 000)
    department_policies = "department_policies"  # 部の方針 (狛江市 001)
    program_draft = "program_draft"  # 経営方針推進プログラム素案 (小平市 002)
    strategy_report = "strategy_report"  # 未来戦略会議 中間報告書 (狛江市 003)
    committee_report = "committee_report"  # 部会検討結果報告書 (府中市 004)
    generic = "generic"  # any numbered or headed document, read by the shared structural parser


class RecordType(StrEnum):
    action_item = "action_item"  # 取組項目
    indicator = "indicator"  # 指標
    policy = "policy"  # 部の方針 heading with its bullets
    program = "program"  # 実施/検討プログラム
    section = "section"  # a numbered chapter/section of prose
    review_sheet = "review_sheet"  # 見直し論点シート
    meeting_summary = "meeting_summary"  # 部会 group meeting summary


class DocumentMeta(BaseModel):
    """The metadata file that sits beside each corpus document (``<file>.meta.json``)."""

    model_config = ConfigDict(extra="forbid")

    source_file: str = Field(description="Corpus file name; citations and eval refer to it")
    city: str = Field(description="City as written in Japanese, e.g. 狛江市")
    title: str = Field(description="Document title as printed")
    kind: DocumentKind = Field(description="Layout kind, selects the reader")
    fiscal_years: list[int] = Field(description="Fiscal years covered, Western (令和3年度 = 2021)")
    published: str = Field(description="Date of publication as printed, e.g. 令和4年7月")
    page_source: str = Field(description="Where page numbers come from, or why there are none")
    url: str | None = Field(default=None, description="Public link to the original, if known")
    kind_detected: bool = Field(
        default=False, description="True when the layout was chosen by comparing readers' coverage, not given"
    )


class Record(BaseModel):
    """One citable unit of a document: an action item, indicator, policy, program or section."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable id: hash of source file + label + text")
    source_file: str
    city: str
    document: str = Field(description="Document title")
    kind: DocumentKind
    record_type: RecordType
    fiscal_years: list[int] = Field(description="Western fiscal years the record speaks of")
    label: str = Field(description="Label as a person cites it, e.g. 取組項目08, 実施プログラム⑫")
    number: int | None = Field(description="The item's number where it has one")
    title: str
    section: str = Field(description="Hierarchy path, ' > '-joined")
    departments: list[str] = Field(description="推進部署 / 担当課 / 関係課")
    page: int | None = Field(description="Page as the document states it; never invented")
    text: str = Field(description="Clean body, city-name OCR fixed; quoted to users")
    fields: dict[str, str] = Field(
        default_factory=dict, description="Named parts of the body (e.g. 現状や課題, R3年度の取組, values)"
    )
    flags: list[str] = Field(default_factory=list, description="e.g. 'no_status' where the status text is missing")

    @model_validator(mode="before")
    @classmethod
    def _drop_computed(cls, data: object) -> object:
        # A dumped record carries the computed ``fiscal_year``; accept it back.
        if isinstance(data, dict) and "fiscal_year" in data:
            data = {k: v for k, v in data.items() if k != "fiscal_year"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def fiscal_year(self) -> str:
        """Fiscal year(s) as a person writes them: 令和3年度, 令和3～6年度."""
        return format_fiscal_years(self.fiscal_years)

    @classmethod
    def create(cls, meta: DocumentMeta, *, label: str, text: str, **fields: object) -> Record:
        fiscal_years = fields.pop("fiscal_years", None) or list(meta.fiscal_years)
        return cls(
            id=record_id(meta.source_file, label, text),
            source_file=meta.source_file,
            city=meta.city,
            document=meta.title,
            kind=meta.kind,
            fiscal_years=fiscal_years,
            label=label,
            text=text,
            **fields,  # type: ignore[arg-type]
        )

    def citation_text(self) -> str:
        """How a person cites it: 狛江市 <document> 取組項目08『5レスの推進』(P.10)."""
        page = f"(P.{self.page})" if self.page is not None else ""
        document = self.document if self.document.startswith(self.city) else f"{self.city} {self.document}"
        title = "" if self.title in self.label else f"『{self.title}』"
        return f"{document} {self.label}{title}{page}"


def record_id(source_file: str, label: str, text: str) -> str:
    payload = json.dumps([source_file, label, text], ensure_ascii=False)
    return "r-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def reiwa(year: int) -> str:
    """2019 -> 令和元, 2021 -> 令和3; earlier years in 平成 (``jp.western_to_era``)."""
    return western_to_era(year)


def format_fiscal_years(years: list[int]) -> str:
    if not years:
        return ""
    years = sorted(years)
    if len(years) == 1:
        return f"{reiwa(years[0])}年度"
    first, last = reiwa(years[0]), reiwa(years[-1])
    last_num = last.removeprefix("令和").removeprefix("平成")
    if first[:2] == last[:2]:
        return f"{first}～{last_num}年度"
    return f"{first}～{last}年度"


class Passage(BaseModel):
    """An indexable slice of a record (long records are split); keeps the record's id."""

    model_config = ConfigDict(frozen=True)

    record_id: str
    ordinal: int
    text: str = Field(description="Text that is embedded and tokenized (with title and label)")


class Evidence(BaseModel):
    """A record retrieved for a question, with its scores."""

    record: Record
    score: float = Field(description="Fused score, higher is better")
    dense_score: float | None = None
    bm25_score: float | None = None
    sentence_score: float | None = Field(default=None, description="Similarity of the record's best sentence")
    sentence_scores: dict[int, float] = Field(
        default_factory=dict, description="Similarity of the question to each sentence of the record, by ordinal"
    )
    matched_terms: list[str] = Field(default_factory=list)
    legend: dict[str, str] = Field(default_factory=dict, description="The marks its document's legend explains "
                                   "(「（凡例）○：検討・準備　●：実施」: ○ -> 検討・準備), for a schedule printed in marks")


class Citation(BaseModel):
    """One cited source in the ``ask --json`` contract. Fields are stable."""

    source_file: str
    label: str
    title: str
    section: str
    page: int | None
    score: float
    quote: str


class AnswerResult(BaseModel):
    """The ``ask --json`` contract: one object per question. Fields are stable."""

    id: str | None = None
    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    latency_ms: float
    nearby: list[Citation] = Field(
        default_factory=list,
        description="Added field: retrieved items close to the question that the answer does not use (近い項目)",
    )
    interpreted_question: str | None = Field(
        default=None,
        description="Added field: the question as read in its conversation (a follow-up made self-contained); "
        "the question itself when it opens a topic",
    )
