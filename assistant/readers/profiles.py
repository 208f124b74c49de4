"""The seed layouts' vocabulary as typed profiles, read from ``assistant/data/profiles.toml``."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict


class _Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProgressReportProfile(_Profile):
    item: str
    item_list: str
    indicators: str
    levels: list[str]
    colophon: list[str]
    status: str


class DepartmentPoliciesProfile(_Profile):
    heading: str
    draft: str


class ProgramDraftProfile(_Profile):
    kinds: list[str]
    direction: str
    name_header: str
    left_heading: str
    right_heading: str
    schedule_marks: list[str]
    schedule_header: str
    departments: list[str]


class StrategyReportProfile(_Profile):
    group: str
    report: str


class CommitteeReportProfile(_Profile):
    sheet: str
    group: str
    meeting_labels: list[str]
    header_columns: list[str]


class Profiles(_Profile):
    progress_report: ProgressReportProfile
    department_policies: DepartmentPoliciesProfile
    program_draft: ProgramDraftProfile
    strategy_report: StrategyReportProfile
    committee_report: CommitteeReportProfile


@lru_cache(maxsize=1)
def profiles() -> Profiles:
    text = resources.files("assistant.data").joinpath("profiles.toml").read_text(encoding="utf-8")
    return Profiles.model_validate(tomllib.loads(text))
