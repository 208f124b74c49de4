"""Single-feature edits of the 進捗状況報告書 seed (000), each a change a next edition or another
extraction of the same report brings. The progress_report profile must read every one of them into
the same records as the original (same labels, titles, departments, pages and status text)."""

from __future__ import annotations

import re

from pdf_style import pdf_style


def toc_without_p(lines: list[str]) -> list[str]:
    """「取組項目 01 …\tP.8」 -> 「取組項目 01 …\t8」."""
    return [re.sub(r"\tP\.(\d+)$", r"\t\1", line) if line.startswith("取組項目 ") else line for line in lines]


def tantouka(lines: list[str]) -> list[str]:
    """推進部署 -> 担当課."""
    return [line.replace("推進部署", "担当課") for line in lines]


def spaced_indicator_table(lines: list[str]) -> list[str]:
    """The 指標 section laid out with spaces instead of tabs (a PDF extraction that keeps the layout)."""
    start = next(i for i, line in enumerate(lines) if line.strip() == "## 5. 指標")
    end = next(i for i, line in enumerate(lines) if line.startswith("## 6."))
    return lines[:start] + pdf_style(lines[start:end]) + lines[end:]


def section_number_without_dot(lines: list[str]) -> list[str]:
    """「## 4. 取組項目一覧」 -> 「## 4 取組項目一覧」 (and so for every numbered section)."""
    return [re.sub(r"^(#+ \d+)\. ", r"\1 ", line) for line in lines]


def next_year_status_heading(lines: list[str]) -> list[str]:
    """The status heading of the next edition: 「R3 年度の取組」 printed as 「令和4年度の取組状況」 style.

    Only the heading changes (the records' field name comes from the metadata's fiscal year)."""
    out = []
    for line in lines:
        line = re.sub(r"R3 年度の取組(?!状況)", "令和3年度の取組状況", line)
        line = line.replace("R3 年度 の 取 組 状 況", "令和3年度の取組状況")
        out.append(line)
    return out


def no_markdown(lines: list[str]) -> list[str]:
    """Headings without # and no ** emphasis, tabs kept."""
    return [re.sub(r"^\s*#{1,6}\s*", "", line).replace("**", "") for line in lines]


VARIANTS = {
    f.__name__: f
    for f in (toc_without_p, tantouka, spaced_indicator_table, section_number_without_dot,
              next_year_status_heading, no_markdown)
}


R4_PAPERLESS = "令和4年度は庁議資料の電子配布を全部局に広げ、コピー用紙の購入量を前年度比で約15%削減した。"


def next_year_edition(lines: list[str]) -> list[str]:
    """The same report one year later (written for the tests): 令和4年度 in the title, headings and year
    columns, R4 status headings, changed indicator values, and a new R4 sentence for 取組項目08."""
    out = []
    for line in lines:
        line = line.replace("令和3年度進捗状況報告書", "令和4年度進捗状況報告書").replace("令和4年7月", "令和5年7月")
        line = line.replace("令和3年度の主な取組状況", "令和4年度の主な取組状況")
        line = line.replace("本書にて令和3年度の進捗状況", "本書にて令和4年度の進捗状況")
        line = line.replace("令和3年度末現状値", "令和4年度末現状値")
        if line.startswith("R3 年度 の 取 組 状 況\t全庁的にペーパーレスの推進"):
            line = line.replace("R3 年度 の 取 組 状 況\t", f"R4 年度 の 取 組 状 況\t{R4_PAPERLESS}")
        line = re.sub(r"^R3(?= )", "R4", line)
        line = line.replace("<b>48.3 (72.2) ※1</b>", "<b>52.1 (74.0) ※1</b>").replace("<b>36.3</b>", "<b>47.9</b>")
        line = line.replace("R3 年度 の 取 組 状 況", "R4 年度 の 取 組 状 況").replace(
            "R3 年 度 の 取 組 状 況", "R4 年 度 の 取 組 状 況").replace("R3 年度の取組", "R4 年度の取組")
        out.append(line)
    return out
