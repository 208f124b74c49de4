"""PDF documents: ``assistant.pdf_text.pdf_lines`` and loading a PDF through ``load_document``.

The PDFs are generated here with reportlab from the seed texts in ``corpus/``:
each text line is drawn as one string in the built-in Japanese CID font
HeiseiKakuGo-W5, and the test decides where the page breaks go, so it knows on
which physical page each record's block starts.

What the round trip keeps and loses (pypdf 7.1):

* Characters: reportlab writes the CID font with the ``UniJIS-UCS2-H``
  encoding, i.e. the content stream holds UTF-16 code units, and pypdf decodes
  them back as such. Every character of the seed texts (all in the BMP: ①–⑳,
  ㉑–㉘, ～, ▼, ※, tabs …) comes back exactly, whether or not the font has a glyph
  for it; the font is not embedded, so how a viewer draws e.g. ㉑ is not checked
  (no renderer here). Characters outside the BMP cannot be written in UCS-2.
* Tabs survive because a line is one string; in a real PDF, table cells are
  separate strings and come back space-separated, not tab-separated.
* Blank lines do not survive: pypdf reports no vertical gaps. Record texts are
  therefore compared with blank lines removed; labels, titles, fields and the
  record count must be identical.
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfWriter
from reportlab.lib import pdfencrypt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from assistant.corpus import load_document
from assistant.pdf_text import pdf_lines
from assistant.readers import DocumentFormatError
from assistant.settings import get_settings
from assistant.structure.pages import page_marker
from assistant.types import Record

FONT = "HeiseiKakuGo-W5"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

CORPUS = get_settings().corpus_dir
PROGRESS = "000_3dacb80f56827af3"  # progress_report: pages from its 目次
POLICIES = "001_d49a127c9747c6b0"
PROGRAM = "002_b30adf6a2737dba3"  # program_draft
STRATEGY = "003_352194a5035fd7a3"
COMMITTEE = "004_ac35853668981a4b"  # committee_report


# --------------------------------------------------------------------------- helpers


def write_pdf(path: Path, pages: list[list[str]], **canvas_options: object) -> Path:
    """One PDF page per list of lines; each line drawn as one string (blank lines as gaps)."""
    pdf = canvas.Canvas(str(path), **canvas_options)
    for lines in pages:
        pdf.setFont(FONT, 8)
        y = 820.0
        for line in lines:
            if line:
                pdf.drawString(10, y, line)
            y -= 9.5
        pdf.showPage()
    pdf.save()
    return path


def chunks(lines: list[str], size: int) -> list[list[str]]:
    return [lines[i : i + size] for i in range(0, len(lines), size)]


def seed_lines(stem: str) -> list[str]:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").splitlines()


def seed_records(stem: str) -> list[Record]:
    return load_document(CORPUS / f"{stem}.txt")[1]


def pdf_document(tmp_path: Path, stem: str, pages: list[list[str]]) -> Path:
    """``<stem>.pdf`` with the seed's metadata (source_file = the PDF, same kind)."""
    pdf = write_pdf(tmp_path / f"{stem}.pdf", pages)
    meta = json.loads((CORPUS / f"{stem}.txt.meta.json").read_text(encoding="utf-8"))
    meta["source_file"] = pdf.name
    (tmp_path / f"{pdf.name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return pdf


def no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip())


def comparable(record: Record) -> dict[str, object]:
    """A record without its id, page and source file, blank lines removed from texts."""
    return {
        "label": record.label,
        "title": record.title,
        "record_type": record.record_type,
        "number": record.number,
        "section": record.section,
        "departments": record.departments,
        "fiscal_years": record.fiscal_years,
        "flags": record.flags,
        "text": no_blank_lines(record.text),
        "fields": {k: no_blank_lines(v) for k, v in record.fields.items()},
    }


def assert_same_records(pdf_records: list[Record], text_records: list[Record]) -> None:
    assert len(pdf_records) == len(text_records)
    assert [r.label for r in pdf_records] == [r.label for r in text_records]
    assert [r.title for r in pdf_records] == [r.title for r in text_records]
    for got, want in zip(pdf_records, text_records, strict=True):
        assert comparable(got) == comparable(want), want.label


# --------------------------------------------------------------------------- pdf_lines


def test_lines_with_a_marker_before_each_page(tmp_path: Path) -> None:
    pages = [
        ["グループ①", "記録者\t山本宏太\t場所\t市役所", "", "実施プログラム\t㉑\t㉘ ⑳ ～ ▼ ※ ■ ・"],
        ["<p>【計画】</p> 5-2", "一\r\n二", "三\r四"],
        ["\f99 is text, not a marker"],
    ]
    lines = pdf_lines(write_pdf(tmp_path / "small.pdf", pages))
    assert lines == [
        page_marker(1),
        "グループ①",
        "記録者\t山本宏太\t場所\t市役所",
        "",  # the blank line survives: layout mode keeps vertical gaps
        "実施プログラム\t㉑\t㉘ ⑳ ～ ▼ ※ ■ ・",
        page_marker(2),
        "<p>【計画】</p> 5-2",
        "一",
        "二",
        "三",
        "四",
        page_marker(3),
        "",  # a form feed inside page text is a line break: no line can look like a marker
        "99 is text, not a marker",
    ]


def _label_pages(path: Path, *ranges: tuple[int, int, str, int]) -> Path:
    writer = PdfWriter(clone_from=path)
    for first, last, style, start in ranges:
        writer.set_page_label(first, last, style=style, start=start)
    writer.write(path)
    return path


def test_plain_integer_page_labels_are_used(tmp_path: Path) -> None:
    pdf = _label_pages(write_pdf(tmp_path / "labels.pdf", [["一"], ["二"], ["三"]]), (0, 2, "/D", 5))
    assert [line for line in pdf_lines(pdf) if line.startswith("\f")] == [page_marker(n) for n in (5, 6, 7)]


@pytest.mark.parametrize(
    "ranges",
    [
        [(0, 1, "/r", 1), (2, 2, "/D", 1)],  # roman front matter, then 1: not all plain integers
        [(0, 1, "/D", 1), (2, 2, "/D", 1)],  # numbering restarts: 1, 2, 1
        [(1, 2, "/D", 1)],  # unlabelled cover: pypdf reads 1, 1, 2
    ],
    ids=["roman", "restart", "unlabelled-cover"],
)
def test_other_page_labels_fall_back_to_physical_numbers(tmp_path: Path, ranges: list) -> None:
    pdf = _label_pages(write_pdf(tmp_path / "labels.pdf", [["一"], ["二"], ["三"]]), *ranges)
    assert [line for line in pdf_lines(pdf) if line.startswith("\f")] == [page_marker(n) for n in (1, 2, 3)]


def test_page_without_text_keeps_its_marker_and_warns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pdf = write_pdf(tmp_path / "gap.pdf", [["一"], [], ["三"]])
    with caplog.at_level(logging.WARNING, logger="assistant.pdf_text"):
        assert pdf_lines(pdf) == [page_marker(1), "一", page_marker(2), page_marker(3), "三"]
    assert "page(s) 2" in caplog.text


def test_a_landscape_page_stored_turned_is_read_as_a_viewer_shows_it(tmp_path: Path) -> None:
    """A landscape appendix merged into a portrait report: its page is stored portrait with /Rotate 90 and its text
    drawn turned back (so a viewer shows it upright). pypdf's layout text has nothing of it; it is read as shown, its
    lines top to bottom, and the portrait pages around it as before."""
    from pypdf import PdfReader
    from pypdf.generic import NameObject, NumberObject

    path = tmp_path / "rotated.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0), invariant=1)
    pdf.setFont(FONT, 12)
    pdf.drawString(72, 770, "１ 報告の趣旨")
    pdf.showPage()
    pdf.setFont(FONT, 12)
    pdf.saveState()
    pdf.transform(0, 1, -1, 0, 595.0, 0)  # landscape user space (842 wide, 595 high), turned onto the portrait page
    pdf.drawString(72, 540, "別表１ 取組項目別進捗状況一覧")
    pdf.drawString(72, 510, "行政手続のオンライン化を進めた。")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.pages[1][NameObject("/Rotate")] = NumberObject(90)
    writer.write(path)
    assert not PdfReader(path).pages[1].extract_text(extraction_mode="layout").strip()
    assert [line for line in pdf_lines(path) if line.strip()] == [
        page_marker(1), "１ 報告の趣旨", page_marker(2), "別表１ 取組項目別進捗状況一覧", "行政手続のオンライン化を進めた。"]


def test_a_scanned_page_under_an_ocr_text_layer_is_read_by_where_its_characters_lie(tmp_path: Path) -> None:
    """A scan: the page one image, the text an invisible OCR layer placed a character at a time, with uneven gaps
    inside words and a baseline drifting across the line. Its rows are read whole, a word's characters as one word
    (layout text put spaces inside words: 「取 組項目」), and a table's cells far apart stay cells."""
    from PIL import Image

    scan = tmp_path / "scan.png"
    Image.new("L", (595, 842), 235).save(scan)
    path = tmp_path / "scanned.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0), invariant=1)
    pdf.drawImage(str(scan), 0, 0, width=595.0, height=842.0)

    def ocr(x: float, y: float, text: str, drift: float = 0.0) -> None:
        for k, ch in enumerate(text):  # each character on its own, gaps of 0 to 0.6 of a character
            words = pdf.beginText(x, y - drift * k)
            words.setTextRenderMode(3)
            words.setFont(FONT, 10)
            words.textOut(ch)
            pdf.drawText(words)
            x += 10 + (k % 3) * 3

    ocr(50, 780, "取組項目の一覧", drift=0.4)
    ocr(50, 750, "本町は、次の取組を進めます。", drift=0.2)
    ocr(50, 720, "1")
    ocr(80, 720, "窓口の改善")
    ocr(240, 720, "総務課")
    pdf.showPage()
    pdf.save()
    lines = pdf_lines(path)
    assert lines[0] == page_marker(1)
    assert [line.strip() for line in lines[1:] if line.strip()] == [
        "取組項目の一覧", "本町は、次の取組を進めます。", "1    窓口の改善                    総務課"]


# --------------------------------------------------------------------------- errors


def _with_meta(pdf: Path, stem: str = COMMITTEE) -> Path:
    meta = json.loads((CORPUS / f"{stem}.txt.meta.json").read_text(encoding="utf-8"))
    meta["source_file"] = pdf.name
    (pdf.parent / f"{pdf.name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return pdf


def _load_error(pdf: Path) -> DocumentFormatError:
    with pytest.raises(DocumentFormatError) as info:
        load_document(_with_meta(pdf))
    assert info.value.source_file == pdf.name
    assert str(info.value).startswith(pdf.name)
    return info.value


def test_random_bytes_are_not_a_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "random.pdf"
    pdf.write_bytes(os.urandom(4096).replace(b"%PDF-", b"xxxxx"))
    assert "not a PDF" in _load_error(pdf).message


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_pdf(tmp_path: Path, keep: float) -> None:
    whole = write_pdf(tmp_path / "whole.pdf", chunks(seed_lines(COMMITTEE), 30)).read_bytes()
    pdf = tmp_path / "truncated.pdf"
    pdf.write_bytes(whole[: int(len(whole) * keep)])
    assert "cannot parse" in _load_error(pdf).message


def test_garbage_after_a_pdf_header(tmp_path: Path) -> None:
    pdf = tmp_path / "garbage.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(4096))
    assert "cannot parse" in _load_error(pdf).message


def test_empty_file(tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    pdf.write_bytes(b"")
    assert "empty" in _load_error(pdf).message


def test_blank_pages_have_no_text_layer(tmp_path: Path) -> None:
    error = _load_error(write_pdf(tmp_path / "blank.pdf", [[], [""], []]))
    assert "no text layer" in error.message and "OCR" in error.message


def test_image_only_pdf_has_no_text_layer(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    scan = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(scan).rectangle((20, 20, 380, 180), outline="black", width=5)
    pdf = canvas.Canvas(str(tmp_path / "scan.pdf"))
    pdf.drawImage(ImageReader(scan), 50, 400, width=400, height=200)
    pdf.showPage()
    pdf.save()
    error = _load_error(tmp_path / "scan.pdf")
    assert "no text layer" in error.message


def test_encrypted_pdf_needs_a_password(tmp_path: Path) -> None:
    encrypt = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", strength=128)
    pdf = write_pdf(tmp_path / "locked.pdf", [["見直し論点シート"]], encrypt=encrypt)
    assert "password" in _load_error(pdf).message


def test_encrypted_pdf_with_an_empty_user_password_opens(tmp_path: Path) -> None:
    encrypt = pdfencrypt.StandardEncryption("", ownerPassword="owner", strength=128)
    pdf = write_pdf(tmp_path / "restricted.pdf", [["見直し論点シート"]], encrypt=encrypt)
    assert pdf_lines(pdf) == [page_marker(1), "見直し論点シート"]


def test_encrypted_pdf_whose_cipher_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def decrypt(self: PdfReader, password: str) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    encrypt = pdfencrypt.StandardEncryption("", ownerPassword="owner", strength=128)
    pdf = write_pdf(tmp_path / "aes.pdf", [["一"]], encrypt=encrypt)
    monkeypatch.setattr(PdfReader, "decrypt", decrypt)
    error = _load_error(pdf)
    assert "encrypted" in error.message and "cryptography" in error.message


# --------------------------------------------------------------------------- documents


# A program block header: "実施プログラム<TAB>① …", also spaced "検討プログ ラム<TAB>㉕ …"
# (not the table captions, which have no second cell, nor the 記載例 legend's "No.").
_PROGRAM_HEADER = re.compile(r"^\s*(実\s*施|検\s*討)\s*プ\s*ロ\s*グ\s*ラ\s*ム\s*\t+(?!No\.)\S")


def test_program_draft_round_trip(tmp_path: Path) -> None:
    """002: front matter 30 lines a page, then every program block on a page of its own."""
    lines = seed_lines(PROGRAM)
    starts = [i for i, line in enumerate(lines) if _PROGRAM_HEADER.match(line)]
    front = chunks(lines[: starts[0]], 30)
    blocks = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    pdf = pdf_document(tmp_path, PROGRAM, front + blocks)

    meta, records = load_document(pdf)
    text_records = seed_records(PROGRAM)
    assert meta.source_file == pdf.name
    assert_same_records(records, text_records)

    programs = [r for r in records if r.record_type == "program"]
    assert len(programs) == len(starts) == 28
    # Blocks come in program order (①…⑳, then ㉑…㉘); block k is on page len(front) + k.
    assert [r.page for r in programs] == [len(front) + k for k in range(1, len(starts) + 1)]
    # Sections keep the page their 目次 states, not the page they land on here.
    sections = [(r.label, r.page) for r in records if r.record_type == "section"]
    assert sections == [(r.label, r.page) for r in text_records if r.record_type == "section"]
    assert all(page is not None for _, page in sections)


def test_committee_report_round_trip(tmp_path: Path) -> None:
    """004: 9 lines a page, so records start in the middle of pages."""
    per_page = 9
    lines = seed_lines(COMMITTEE)
    pdf = pdf_document(tmp_path, COMMITTEE, chunks(lines, per_page))

    _, records = load_document(pdf)
    assert_same_records(records, seed_records(COMMITTEE))

    def page_of(index: int) -> int:
        return index // per_page + 1

    expected: dict[str, int] = {}
    for i, line in enumerate(lines):
        if re.fullmatch(r"グループ[①-⑳]", line.strip()) and "見直し論点シート" not in lines[:i]:
            expected[f"{line.strip()} 会議録"] = page_of(i)
        if line.strip() == "見直し論点シート":
            row = next(c for c in (n.split("\t") for n in lines[i + 1 :]) if re.match(r"\d+-\d+", c[0]))
            group = row[-1].strip()
            if group.startswith("グループ"):  # a sheet's first page (its second page has no ver 情報)
                expected[f"見直し論点シート {row[0].strip()} {group}"] = page_of(i)
    assert len(expected) == len(records) == 6
    assert {r.label: r.page for r in records} == expected


def test_progress_report_keeps_its_table_of_contents_pages(tmp_path: Path) -> None:
    """000: pages come from the 取組項目一覧 / 目次, whatever page the item lands on in the PDF."""
    per_page = 20
    lines = seed_lines(PROGRESS)
    pdf = pdf_document(tmp_path, PROGRESS, chunks(lines, per_page))

    _, records = load_document(pdf)
    text_records = seed_records(PROGRESS)
    assert_same_records(records, text_records)
    own = lambda found: [r.page for r in found if "outside_profile" not in r.flags]  # noqa: E731
    assert own(records) == own(text_records)
    assert all(r.page is not None for r in records)  # the units outside the profile: the PDF page they are on

    by_label = {r.label: r for r in records}
    assert by_label["取組項目01"].page == 8 and by_label["指標No.1"].page == 5
    body = max(i for i, line in enumerate(lines) if re.match(r"^取組項目\s*01\t", line))
    assert body // per_page + 1 != 8  # the item really is on another physical page


@pytest.mark.parametrize("stem", [POLICIES, STRATEGY])
def test_other_layouts_round_trip(tmp_path: Path, stem: str) -> None:
    """001, 003: same records; every record gets the page of a real PDF page."""
    pages = chunks(seed_lines(stem), 25)
    _, records = load_document(pdf_document(tmp_path, stem, pages))
    assert_same_records(records, seed_records(stem))
    assert all(r.page is not None and 1 <= r.page <= len(pages) for r in records)
    assert [r.page for r in records if r.page is not None] != [1] * len(records)


def _columns_pdf(path: Path, left: list[str], right: list[str], heading: str) -> Path:
    """A landscape page: a heading across the top, two columns whose lines share one grid, a centred page number."""
    pdf = canvas.Canvas(str(path), pagesize=(842, 595))
    pdf.setFont(FONT, 10)
    pdf.drawString(40, 560, heading)
    for x, lines in ((40, left), (440, right)):
        for k, line in enumerate(lines):
            pdf.drawString(x, 530 - 17 * k, line)
    pdf.drawCentredString(421, 30, "- 1 -")
    pdf.showPage()
    pdf.save()
    return path


def test_a_page_in_two_columns_is_read_column_by_column(tmp_path: Path) -> None:
    left = ["（１）行政手続のオンライン化", *(f"申請のために来庁が必要な手続が多く、市民の負担になっています{n}。" for n in range(7)),
            "【担当】デジタル推進課"]
    right = ["（２）窓口の見直し", *(f"転入の届出では、平均で７枚の申請書への記入が必要となっています{n}。" for n in range(7)),
             "【担当】市民課"]
    lines = pdf_lines(_columns_pdf(tmp_path / "two.pdf", left, right, "基本方針１　市民サービスの向上"))
    assert [line.strip(" ") for line in lines if line.strip()] == [
        page_marker(1), "基本方針１　市民サービスの向上", *left, *right, "- 1 -"]


def test_a_table_without_ruling_lines_is_not_read_as_columns(tmp_path: Path) -> None:
    """Cells drawn at their columns, no lines: short cells are no text columns, the page keeps its layout text."""
    rows = [(str(n), f"取組{n}の推進", "市民課") for n in range(1, 11)]
    path = tmp_path / "table.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(842, 595))
    pdf.setFont(FONT, 10)
    for k, row in enumerate([("No.", "取組項目", "担当課"), *rows]):
        for x, cell in zip((40, 300, 600), row, strict=True):
            pdf.drawString(x, 540 - 17 * k, cell)
    pdf.showPage()
    pdf.save()
    lines = [" ".join(line.split()) for line in pdf_lines(path) if line.strip()]
    assert lines[1:4] == ["No. 取組項目 担当課", "1 取組1の推進 市民課", "2 取組2の推進 市民課"]


def _ruled_card(pdf: canvas.Canvas, x: float, top: float, rows: list[tuple[str, str]]) -> None:
    """A card of labelled rows drawn as a ruled two-column table."""
    for k, (key, value) in enumerate(rows):
        y = top - 20 * (k + 1)
        pdf.rect(x, y, 80, 20)
        pdf.rect(x + 80, y, 250, 20)
        pdf.drawString(x + 4, y + 6, key)
        pdf.drawString(x + 84, y + 6, value)


def test_ruled_cards_side_by_side_are_read_card_by_card(tmp_path: Path) -> None:
    """A landscape report printing two item cards side by side (their rows on one baseline): below the band across
    the page, the left card's rows and the text under it, then the right card's, then the footer (the full-width
    hyphen as the PDF's text gives it, a minus sign)."""
    path = tmp_path / "cards.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(842, 595))
    pdf.setFont(FONT, 10)
    pdf.drawString(40, 560, "基本方針１　市民サービスの向上　手続のデジタル化と情報発信の充実を進めます")
    _ruled_card(pdf, 40, 540, [("取組番号", "Ⅰ－１－①"), ("取組名", "オンライン化の拡大"), ("所管課", "デジタル推進課")])
    pdf.drawString(40, 450, "※手続数は年度末の数です。")
    _ruled_card(pdf, 440, 540, [("取組番号", "Ⅰ－１－②"), ("取組名", "書かない窓口"), ("所管課", "市民課")])
    pdf.drawString(400, 30, "－ ２ －")
    pdf.showPage()
    pdf.save()
    lines = [line.strip(" ") for line in pdf_lines(path) if line.strip()]
    assert lines == [page_marker(1), "基本方針１　市民サービスの向上　手続のデジタル化と情報発信の充実を進めます",
                     "取組番号\tⅠ−１−①", "取組名\tオンライン化の拡大", "所管課\tデジタル推進課", "※手続数は年度末の数です。",
                     "取組番号\tⅠ−１−②", "取組名\t書かない窓口", "所管課\t市民課", "− ２ −"]


def test_a_page_that_changes_from_one_column_to_two_and_back(tmp_path: Path) -> None:
    """A portrait 概要版 page: a heading and a lead across the page, two columns below whose lines share one grid,
    then a glossary box across the page under a short title alone on the left, then two columns again. Many rows
    cross the gutter, in bands: each band is read whole, each column band column by column, the title with its box."""
    path = tmp_path / "bands.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont(FONT, 10)
    y = 800
    lead = ["基本目標１　安全で安心して暮らせるまち",
            "めざす姿：災害や事故への備えが地域に根付き、町民が毎日を安心して過ごせるまちをめざします。",
            "５つの施策のうち２施策が順調に進む一方、消防団員の確保は遅れています。"]
    for line in lead:
        pdf.drawString(40, y, line)
        y -= 17
    left = ["施策１　地域防災力の強化", *(f"自主防災組織の訓練を町内の各地区で行いました{n}。" for n in range(8)), "担当課：防災安全室"]
    right = ["施策２　消防体制の充実", *(f"消防団の詰所の建替えと車両の更新を行いました{n}。" for n in range(8)), "担当課：総務課"]
    y -= 10
    for x, lines in ((40, left), (310, right)):
        for k, line in enumerate(lines):
            pdf.drawString(x, y - 17 * k, line)
    y -= 17 * len(left) + 30
    box = ["※１　個別避難計画：自力での避難が難しい人ごとに、避難先と避難を手伝う人を決めておく計画です。",
           "※２　機能別団員：特定の活動にだけ参加する消防団員で、町内の事業所の従業員にも呼びかけています。"]
    pdf.drawString(40, y, "■用語解説")
    for k, line in enumerate(box, 1):
        pdf.drawString(40, y - 17 * k, line)
    y -= 17 * (len(box) + 1) + 20
    left2 = ["施策３　交通安全の推進", *(f"通学路の合同点検で指摘された箇所を直しました{n}。" for n in range(8))]
    right2 = ["施策４　水道の安定供給", *(f"基幹管路の耐震化工事を計画どおり進めました{n}。" for n in range(8))]
    for x, lines in ((40, left2), (310, right2)):
        for k, line in enumerate(lines):
            pdf.drawString(x, y - 17 * k, line)
    pdf.drawCentredString(297, 30, "- 1 -")
    pdf.showPage()
    pdf.save()
    assert [line.strip(" ") for line in pdf_lines(path) if line.strip()] == [
        page_marker(1), *lead, *left, *right, "■用語解説", *box, *left2, *right2, "- 1 -"]


def test_a_slide_of_boxes_side_by_side_is_read_box_by_box(tmp_path: Path) -> None:
    """A 16:9 概要版 slide exported from PowerPoint: a title and a lead across the top, then three boxes side by side
    whose lines do not share baselines (each box's text centred on its own pitch), a diagram's short labels under
    one of them, and a footer. Few rows: each box is read whole, in order, the labels with their box (the footer's
    line, in the first box's column, ends it; the readers drop a footer repeated on every page)."""
    path = tmp_path / "slide.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(960, 540))
    pdf.setFont(FONT, 20)
    pdf.drawString(36, 500, "１　計画の概要")
    pdf.setFont(FONT, 14)
    pdf.drawString(36, 460, "この計画は、市の行財政運営を５年間で立て直すための道筋を示すものです。")
    boxes = [(48, 400, 22, ["（１）策定の趣旨", "・人口減少と高齢化が進み、市税収入の", "大きな伸びは見込めません。",
                            "・社会保障費は増える見通しです。"]),
             (351, 392, 26, ["（２）計画の期間", "・計画期間は、令和７年度から", "令和１１年度までの５年間です。",
                             "・毎年度、進捗を確認します。"]),
             (654, 404, 19, ["（３）計画の位置づけ", "・総合計画の実現を行財政運営の", "面から支える計画です。",
                             "・関連計画と連携して進めます。"])]
    for x, top, pitch, lines in reversed(boxes):  # drawn right to left, as stored
        for k, line in enumerate(lines):
            pdf.drawString(x, top - pitch * k, line)
    pdf.setFont(FONT, 11)
    for x, y, label in ((180, 280, "総合計画"), (180, 250, "支える")):  # a diagram under box (1)
        pdf.drawString(x, y, label)
    pdf.setFont(FONT, 10)
    pdf.drawString(36, 20, "第２次みずほ野市行財政経営プラン【概要版】")
    pdf.drawString(916, 20, "3")
    pdf.showPage()
    pdf.save()
    assert [line.strip(" ") for line in pdf_lines(path) if line.strip()] == [
        page_marker(1), "１　計画の概要", "この計画は、市の行財政運営を５年間で立て直すための道筋を示すものです。",
        *boxes[0][3], "総合計画", "支える", "第２次みずほ野市行財政経営プラン【概要版】", *boxes[1][3], *boxes[2][3], "3"]


def test_a_title_band_over_a_ruled_table_is_one_line(tmp_path: Path) -> None:
    """A slide with a ruled table: above it, a tag and a title of different sizes centred on one band (so their
    baselines differ by a few points) are one line, tag first, however the text between tables is read."""
    path = tmp_path / "band.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(960, 540))
    pdf.setFont(FONT, 28)
    pdf.drawString(170, 470, "公共施設の最適化")  # drawn first, larger: its top is above the tag's
    pdf.setFont(FONT, 20)
    pdf.drawString(38, 473, "重点取組２")
    pdf.setFont(FONT, 12)
    pdf.drawString(40, 420, "施設の総量を減らし、更新費用を抑えます。")
    rows = [("施設分類", "施設数"), ("学校教育系施設", "28"), ("その他", "26")]
    for k, (name, count) in enumerate(rows):
        y = 380 - 24 * k
        pdf.drawString(50, y - 16, name)
        pdf.drawString(250, y - 16, count)
    for k in range(len(rows) + 1):
        pdf.line(40, 380 - 24 * k, 340, 380 - 24 * k)
    for x in (40, 240, 340):
        pdf.line(x, 380, x, 380 - 24 * len(rows))
    pdf.showPage()
    pdf.save()
    assert [line.strip(" ") for line in pdf_lines(path) if line.strip()] == [
        page_marker(1), "重点取組２ 公共施設の最適化", "施設の総量を減らし、更新費用を抑えます。", "施設分類\t施設数",
        "学校教育系施設\t28", "その他\t26"]
