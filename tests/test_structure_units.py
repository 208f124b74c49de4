"""Small exact cases for the structural layer: counters, nesting by first appearance, pages, helpers."""

from __future__ import annotations

import pytest

from assistant.jp import (
    circled,
    collapse_letter_spacing,
    counter_value,
    fiscal_years_named,
    join_wrapped,
    normalize_width,
    western_to_era,
)
from assistant.structure import parse_structure
from assistant.structure.departments import heading_departments, key_value, split_departments
from assistant.structure.numbering import match_counter


@pytest.mark.parametrize(
    ("line", "system", "label", "rest"),
    [
        ("第 １ 章　計画の概要", "chapter", "第1章", "計画の概要"),
        ("取組項目 08 5レスの推進", "keyword:取組項目", "取組項目08", "5レスの推進"),
        ("（２）窓口の改善", "paren", "(2)", "窓口の改善"),
        ("③ 定型業務の自動化", "circled", "③", "定型業務の自動化"),
        ("ウ　受益者負担", "katakana", "ウ", "受益者負担"),
        ("1-2-3 施策の展開", "hyphen3", "1-2-3", "施策の展開"),
        ("3-1. 戦略の検討", "hyphen2", "3-1", "戦略の検討"),
        ("施策1-1 子育て支援", "keyword:施策", "施策1-1", "子育て支援"),
        ("No. 5 市税の収納", "keyword:No.", "No.5", "市税の収納"),
        ("実施プログラム⑫", "keyword:実施プログラム", "実施プログラム⑫", ""),
        ("Ⅲ　見直しの基本的な考え方", "roman", "Ⅲ", "見直しの基本的な考え方"),
        ("第２　重点取組", "ordinal", "第2", "重点取組"),
        ("事業番号　１０１　　自主防災組織育成事業", "keyword:事業番号", "事業番号101", "自主防災組織育成事業"),
        ("別表１　個別の補助金等に対する意見一覧", "keyword:別表", "別表1", "個別の補助金等に対する意見一覧"),
        ("Ａ－２　「書かない窓口」の導入（市民課）", "code", "A-2", "「書かない窓口」の導入(市民課)"),
        ("改革の柱１　市民サービスの向上", "keyword:改革の柱", "改革の柱1", "市民サービスの向上"),
        ("第10款　教育費", "kan", "第10款", "教育費"),
        ("第２項　徴税費", "kou", "第2項", "徴税費"),
        ("⑵　内部事務の効率化", "paren", "(2)", "内部事務の効率化"),  # one character, as a PDF's text keeps it
        ("Ⅱ－２－①　公共施設の複合化", "mixed_code", "Ⅱ-2-①", "公共施設の複合化"),  # a card's code
        ("Ⅱ\u2212２　業務の効率化", "roman_code", "Ⅱ-2", "業務の効率化"),
        ("基本方針Ⅲ　持続可能な財政運営", "keyword:基本方針", "基本方針Ⅲ", "持続可能な財政運営"),
        ("提言２－１　市税等の収納率の向上", "keyword:提言", "提言2-1", "市税等の収納率の向上"),
    ],
)
def test_counters(line, system, label, rest):
    counter = match_counter(line)
    assert counter is not None
    assert (counter.system, counter.label, counter.rest) == (system, label, rest)


@pytest.mark.parametrize("line", ["2020年6月に策定", "30-34歳", "令和4年度の実績", "1,200件", "第2回の会議で決めた",
                                  "第3期", "Ⅱ型の施設", "基本方針1・2", "取組1～3の進捗"])
def test_not_counters(line):
    assert match_counter(line) is None


def test_nesting_follows_first_appearance_and_bare_counters_must_continue():
    text = """第1章 総論

1 目的
本計画の目的を定める。

(1) 背景
人口が減少している。

(3) これは番号が飛んだ本文の行です
2 期間
令和5年度から5年間とする。

第2章 各論

1 窓口
窓口を改善する。
"""
    root = parse_structure(text.splitlines()).root
    outline = [(n.label, [a.label for a in n.ancestors()], len(n.body)) for n in root.walk() if n.heading]
    assert outline == [
        ("第1章", [], 0),
        ("1", ["第1章"], 1),
        ("(1)", ["第1章", "1"], 2),  # the body and the "(3)" line that does not continue (1)
        ("2", ["第1章"], 1),
        ("第2章", [], 0),
        ("1", ["第2章"], 1),
    ]


def test_page_footers_set_pages_and_are_not_content():
    text = "1 はじめに\n本文です。\n- 1 -\n2 つぎに\n本文です。\n- 2 -\n"
    structure = parse_structure(text.splitlines())
    assert structure.lines.has_pages
    assert [(n.label, n.page) for n in structure.root.walk() if n.heading] == [("1", 1), ("2", 2)]
    assert all(line.text != "- 1 -" for line in structure.lines.lines)


def test_a_short_page_between_centred_page_numbers_is_a_page():
    """Bare page numbers count only eight lines or more apart (a table's numbers are not pages), unless both are
    printed centred: a cover's lead paragraph may be a page of its own."""
    pad = " " * 30
    text = (f"1 趣旨\n本計画の趣旨を定める。\n{pad}1\n2 期間\n令和6年度から4年間とする。\n{pad}2\n3 推進体制\n"
            + "本部を置く。\n" * 9 + f"{pad}3\n")
    structure = parse_structure(text.splitlines())
    assert [(n.label, n.page) for n in structure.root.walk() if n.heading] == [("1", 1), ("2", 2), ("3", 3)]
    # the same numbers at the margin: the first, six lines before the second, is not taken for a page number
    flush = parse_structure(text.replace(pad, "").splitlines())
    assert [(n.label, n.page) for n in flush.root.walk() if n.heading] == [("1", 2), ("2", 2), ("3", 3)]


def test_a_running_header_is_no_heading():
    """A PDF's pages headed by the same line (the plan's name): the line is furniture, not a heading over the
    items (and its text in no unit); a line that heads one page only stays."""
    pages = [["計画の概要", "", "1 趣旨", "本計画の趣旨を定める。"], ["実施計画 取組個票", "", "2 期間", "令和6年度から4年間とする。"],
             ["実施計画 取組個票", "", "3 体制", "本部を置く。"], ["実施計画 取組個票", "", "4 公表", "毎年度公表する。"]]
    raw = [line for n, page in enumerate(pages, 1) for line in [f"\f{n}", *page]]
    structure = parse_structure(raw)
    assert [(n.label, n.page) for n in structure.root.walk() if n.heading] == [("1", 1), ("2", 2), ("3", 3), ("4", 4)]
    assert [line.text for line in structure.lines.lines if "計画" in line.text] == ["計画の概要", "本計画の趣旨を定める。"]


def test_a_header_naming_the_chapter_and_a_footer_beside_the_page_number_are_furniture():
    """Each page headed by the plan's name with the current chapter's beside it (a different chapter on some pages),
    and ended by the page number beside the plan's short name, mirrored left and right: neither is a heading (「４
    行財政改革推進計画」 would read as a unit 4). A sentence that begins by naming a chapter (「第２章で整理した…」)
    is no heading either, and 「１　人口の動向」 is one (人 begins a word, not a count of people)."""
    pages = [["すずらん市行財政改革推進計画　　　　第１章　計画の策定", "第１章　計画の策定", "１　人口の動向",
              "人口は減少している。", "行財政改革推進計画　１"],
             ["すずらん市行財政改革推進計画　　　　第１章　計画の策定", "２　財政の状況", "市税は横ばいである。",
              "２　行財政改革推進計画"],
             ["すずらん市行財政改革推進計画　　　　第２章　改革の取組", "第２章　改革の取組", "第１章で整理した課題を踏まえる。",
              "１　窓口の改善", "待ち時間を減らす。", "行財政改革推進計画　３"]]
    raw = [line for n, page in enumerate(pages, 1) for line in [f"\f{n}", *page]]
    structure = parse_structure(raw)
    assert [(n.label, n.title, n.page) for n in structure.root.walk() if n.heading] == [
        ("第1章", "計画の策定", 1), ("1", "人口の動向", 1), ("2", "財政の状況", 2), ("第2章", "改革の取組", 3),
        ("1", "窓口の改善", 3)]
    assert not any("推進計画" in line.text for line in structure.lines.lines)
    assert match_counter("１ 人が参加した") is None and match_counter("１ 人口の動向").rest == "人口の動向"


def test_a_form_row_gives_the_number_and_title_of_its_cells():
    """「取組番号 | １－１ | 取組名 | …」 (a 個票's first row, the hyphen a PDF's minus sign): the number as its cell
    prints it and the title from the cell after its key; 「No. | 3」 keeps the key in the label."""
    text = ("取組番号\t１\u2212１\t取組名\t「書かない窓口」の導入\t区分\t新規\n所管課\t市民課\n現状と課題\t待ち時間が長い。\n"
            "取組番号\t１\u2212２\t取組名\tＬＩＮＥの活用\t区分\t拡充\n所管課\t広報課\n現状と課題\t登録者が少ない。\n")
    root = parse_structure(text.splitlines()).root
    assert [(n.label, n.title) for n in root.walk() if n.heading] == [
        ("1-1", "「書かない窓口」の導入"), ("1-2", "LINEの活用")]
    assert normalize_width("１\u2212１") == "1-1"
    keyed = parse_structure(["No.\t3\t窓口の改善\t市民課", "待ち時間を短くする。"]).root
    assert [(n.label, n.title) for n in keyed.walk() if n.heading] == [("No.3", "窓口の改善")]


def test_a_unit_said_to_go_on_takes_the_lines_after_it():
    """「提言２－３（続き）」 over a table split in two, 「（Ⅱ－２－①　前ページからの続き）」 over a card's last row at the top
    of the next page: no new unit, the lines after it are the named unit's, even after another unit began."""
    lines = ["提言２－３　使用料の見直し", "算定基準を作る。", "提言２－３（続き）", "引上げ\t21施設",
             "Ⅱ－２－①　施設の複合化", "設計を見直した。", "Ⅱ－２－②　指定管理", "３施設で開始した。",
             "（Ⅱ－２－①　前ページからの続き）", "今後の方向性\t工事に着手する。"]
    root = parse_structure(lines).root
    units = [n for n in root.walk() if n.heading]
    assert [(n.label, n.title) for n in units] == [("提言2-3", "使用料の見直し"), ("Ⅱ-2-①", "施設の複合化"),
                                                   ("Ⅱ-2-②", "指定管理")]
    assert [[b.text for b in n.body] for n in units] == [
        ["算定基準を作る。", "引上げ\t21施設"], ["設計を見直した。", "今後の方向性\t工事に着手する。"], ["３施設で開始した。"]]


def test_a_row_of_check_boxes_is_no_heading_and_a_field_heading_is_no_item():
    """「■拡充　□現状維持」 ticks a box; 【現状と課題】 under 【No.1】 is a field of that item, not its sibling (the
    numbered and the unnumbered 【…】 headings are two systems)."""
    text = ("【No.1】窓口の改善\n【現状と課題】\n待ち時間が長い。\n【今後の方向性】\n■拡充　□現状維持　□廃止\n"
            "【No.2】手続の電子化\n【現状と課題】\n紙の申請が多い。\n【今後の方向性】\n□拡充　■現状維持　□廃止\n")
    root = parse_structure(text.splitlines()).root
    assert [(n.label, sorted(n.fields)) for n in root.walk() if n.heading] == [
        ("【No.1】", ["今後の方向性", "現状と課題"]), ("【No.2】", ["今後の方向性", "現状と課題"])]


def test_helpers():
    assert circled(12) == "⑫" and circled(36) == "㊱" and counter_value("㉑") == 21
    assert counter_value("ウ") == 3 and counter_value("十二") == 12 and counter_value("Ⅳ") == 4 and counter_value("ⅱ") == 2
    assert western_to_era(2019) == "令和元" and western_to_era(2018) == "平成30"
    assert fiscal_years_named("令和３年度とR4年度、2025年度") == [2021, 2022, 2025]
    assert collapse_letter_spacing("第1章 計 画 の 概 要") == "第1章計画の概要"  # the counter still reads 第1章
    assert collapse_letter_spacing("出席者 鹿野 恭佑") == "出席者 鹿野 恭佑"
    assert join_wrapped("使用料・手数料の\n適正化") == "使用料・手数料の適正化"
    assert join_wrapped("ICT\n活用の推進") == "ICT 活用の推進" and join_wrapped("市民課\n総務課") == "市民課総務課"
    # a figure wrapped before its unit or a kana goes on without a space; a number before a title keeps it
    assert join_wrapped("（目標20\n人）") == "（目標20人）" and join_wrapped("めざします。５\nつの施策") == "めざします。５つの施策"
    assert join_wrapped("基本方針1\n市民サービスの向上") == "基本方針1 市民サービスの向上"


def test_departments():
    assert split_departments("政策室／情報政策課／関係各課（職員課／市民課）") == ["政策室", "情報政策課", "職員課", "市民課"]
    assert heading_departments("地域公共交通の見直し（交通政策課）") == ("地域公共交通の見直し", ["交通政策課"])
    assert heading_departments("窓口の改善（担当：市民課・総務課）") == ("窓口の改善", ["市民課", "総務課"])
    assert heading_departments("DXの推進（オンライン申請）") == ("DXの推進（オンライン申請）", [])
    assert key_value("【担当課】デジタル推進室、行政経営課") == ("担当課", "デジタル推進室、行政経営課")
    # a 「担当課」 box drawn beside a heading, on its line in a PDF's text
    assert heading_departments("窓口サービスの利便性向上 担当課 市民課／情報政策課") == (
        "窓口サービスの利便性向上", ["市民課", "情報政策課"])
    assert heading_departments("担当課 の 見直し") == ("担当課 の 見直し", [])
    assert key_value("〔所管〕行政経営課") == ("所管", "行政経営課") and key_value("【取組内容】") is None


def test_ocr_fixes_apply_to_their_city_only():
    from assistant.readers import get_reader
    from assistant.types import DocumentKind, DocumentMeta

    lines = ["1 泊江地区の整備", "泊江地区の道路を整備します。"]

    def read(city: str) -> str:
        meta = DocumentMeta(source_file="x.txt", city=city, title="t", kind=DocumentKind.generic,
                            fiscal_years=[2023], published="", page_source="")
        record = get_reader(DocumentKind.generic)(lines, meta)[0]
        return record.title + "|" + record.text

    assert read("狛江市") == "狛江地区の整備|狛江地区の道路を整備します。"
    assert read("みどり野市") == "泊江地区の整備|泊江地区の道路を整備します。"


def test_a_title_wrapped_in_a_narrow_column_and_a_department_value_going_on():
    """A column's heading whose end is indented under its title, more than the lines after (「施策１３ 移住・定住の促進と
    空き家バンク」 / 「      制度の活用」), is one title though short; a 担当課 value that ends in 「・」 goes on on the
    next line, inside a field (施策１３) or in the body (施策１４)."""
    from assistant.readers import generic
    from assistant.types import DocumentKind, DocumentMeta

    lines = ["  施策１３ 移住・定住の促進と空き家バンク", "      制度の活用", " 【主な成果】", " 相談会を４回開きました。",
             " 担当課：企画課・建設課・", " 住民課", "  施策１４ 窓口の改善", " 待ち時間を減らしました。", " 担当課：市民課・",
             " 情報政策室"]
    meta = DocumentMeta(source_file="t.txt", city="こはる野町", title="報告書", kind=DocumentKind.generic,
                        fiscal_years=[2024], published="", page_source="test")
    assert [(r.label, r.title, r.departments) for r in generic.read(lines, meta)] == [
        ("施策13", "移住・定住の促進と空き家バンク制度の活用", ["企画課", "建設課", "住民課"]),
        ("施策14", "窓口の改善", ["市民課", "情報政策室"])]
    flush = parse_structure([line.strip() for line in lines]).root  # no hanging indent: a short title is whole
    assert [n.title for n in flush.walk() if n.heading][:1] == ["移住・定住の促進と空き家バンク"]


def test_an_item_numbered_by_a_code_does_not_end_its_table():
    """「R6-1」 (an item added in 令和6年度) in a table's No. column is an item's number, not the row that ends the table
    (the rows after it were lost into the item above); a 合計 row ends it."""
    lines = ["No.\t取組項目\t担当課", "1\t窓口の改善\t市民課", "R6-1\t生成AIの試行\t総務課", "2\t公用車の削減\t管財課",
             "合計\t3項目\t"]
    root = parse_structure(lines).root
    assert [(n.label, n.title) for n in root.walk() if n.heading] == [
        ("No.1", "窓口の改善"), ("No.R6-1", "生成AIの試行"), ("No.2", "公用車の削減")]


def test_a_group_row_across_an_item_table_is_the_rows_group_not_its_end():
    """「町民サービスの向上」 alone on a row across the table (its cells merged) between the header and the rows, and again
    between rows: the rows after it are printed under it (a field), and the table goes on."""
    lines = ["番号\t取組項目\t担当課", "町民サービスの向上", "1-1\t窓口の改善\t市民課", "1-2\t電子申請\t情報政策課",
             "効率的な行財政運営\t\t", "2-1\t事務の棚卸し\t企画課"]
    root = parse_structure(lines).root
    assert [(n.label, n.fields.get("区分")) for n in root.walk() if n.heading] == [
        ("1-1", "町民サービスの向上"), ("1-2", "町民サービスの向上"), ("2-1", "効率的な行財政運営")]


def test_a_slide_deck_s_divider_number_and_a_continued_heading():
    """A divider slide prints its large 「３」 apart from 「重点取組」 on a line of their own (no table's row); a title
    slide's tag and title in two cells (「重点取組３      ＡＩ・ＲＰＡ…」) gives the title width-normalised like any; 「４
    取組一覧（続き）」 over the next slide's rows is the same unit going on, not a new 4 (nor a second one)."""
    lines = ["１ 計画の概要", "５年間の計画です。", "２ 改革の基本方針", "本文です。", "    ３               重点取組", "",
             "  特に力を入れる３つの取組です。", "重点取組３      ＡＩ・ＲＰＡ等の活用", "作業時間を減らします。",
             "４ 取組一覧", "No.\t取組項目\t担当課", "1\t窓口の改善\t市民課", "４ 取組一覧（続き）",
             "No.\t取組項目\t担当課", "2\t公用車の削減\t管財課", "５ 推進体制", "本部で進めます。"]
    root = parse_structure(lines).root
    assert [(n.label, n.title) for n in root.walk() if n.heading] == [
        ("1", "計画の概要"), ("2", "改革の基本方針"), ("3", "重点取組"), ("重点取組3", "AI・RPA等の活用"), ("4", "取組一覧"),
        ("No.1", "窓口の改善"), ("No.2", "公用車の削減"), ("5", "推進体制")]
    table = ["No.\t取組項目", "１\t窓口の改善", "２\t公用車の削減"]  # a two-column table's rows stay its rows
    assert [(n.label, n.title) for n in parse_structure(table).root.walk() if n.heading] == [
        ("No.1", "窓口の改善"), ("No.2", "公用車の削減")]


def test_an_item_table_goes_on_over_a_page_break_and_a_cut_row_is_carried_over():
    """A 進捗管理表 printed over pages: a footnote, the page footer and the next page's running title between the rows,
    the header printed again; the row cut at the page foot goes on in the first row under it (its number cell empty:
    a title cut mid-word, a second department on a line of its own); a department name wrapped inside its narrow cell
    (「市民課・情報政」 over 「策室」) is one name. Nothing between the pages is lost."""
    header = "No.\t取組項目\t担当課\t令和６年度 取組実績"
    lines = ["１ 取組別の進捗状況", "各取組の実績です。", header,
             "１\t書かない窓口の導入\t市民課・情報政\n策室\t１２手続で運用を開始した。",
             "２\t公の施設における指定管\t資産経営課\t３施設の指定管理者を", "※１ 指定管理者：施設を管理する団体",
             "- 1 -", "第３次行財政改革実施計画進捗管理表", header,
             "\t理者制度の活用拡大\tスポーツ振興課\t公募により選定した。", "３\t未利用地の売却\t管財課\t３か所を売却した。"]
    root = parse_structure(lines).root
    rows = [n for n in root.walk() if n.heading and n.label.startswith("No.")]
    assert [(n.label, n.title, n.departments_hint) for n in rows] == [
        ("No.1", "書かない窓口の導入", ["市民課・情報政策室"]),
        ("No.2", "公の施設における指定管理者制度の活用拡大", ["資産経営課\nスポーツ振興課"]),
        ("No.3", "未利用地の売却", ["管財課"])]
    assert rows[1].fields["令和6年度 取組実績"] == "３施設の指定管理者を公募により選定した。"
    section = next(n for n in root.walk() if n.label == "1")
    assert [b.cells[0] for b in section.body] == [
        "各取組の実績です。", "※１ 指定管理者：施設を管理する団体", "- 1 -", "第３次行財政改革実施計画進捗管理表"]


def test_a_second_row_of_an_item_and_a_group_row_after_it_stay_in_the_item_table():
    """An appendix table of items whose second indicator is a row of its own, the number and title cells merged over
    both (empty in the second row): the row's cells go on in the item above, and the table goes on (before, it ended
    there and the items after it were lost); a group row right after such a row is a row of the table, not a heading.
    Department names wrapped after their separator (「情報政策課・」 over 「市民課」) are one cell's names. A paragraph
    that begins by naming a unit as its subject (「基本方針１では、…」) is no heading, and the rows of a table that numbers
    none (「発言者 | 発言内容」) have headings between them."""
    header = "No.\t取組項目\t担当課\t指標名\t実績値"
    lines = ["別表１ 取組項目別進捗状況一覧", header, "基本方針１ デジタル化の推進",
             "１\t行政手続のオンライン化\t情報政策課・\n市民課\t手続数\t118手続",
             "２\tＡＩ・ＲＰＡの活用\t行政経営課\t適用業務数\t14業務", "\t\t\t削減時間\t4,350時間",
             "基本方針２ 効率的な行政運営", "３\t事務事業の見直し\t行政経営課\t見直し事業数\t68事業",
             "（１）基本方針別の状況", "基本方針１では、２項目のうち２項目が順調となりました。"]
    root = parse_structure(lines).root
    rows = [n for n in root.walk() if n.heading and n.label.startswith("No.")]
    assert [(n.label, n.title, n.departments_hint) for n in rows] == [
        ("No.1", "行政手続のオンライン化", ["情報政策課・市民課"]), ("No.2", "AI・RPAの活用", ["行政経営課"]),
        ("No.3", "事務事業の見直し", ["行政経営課"])]
    assert rows[1].fields["指標名"] == "適用業務数、削減時間" and rows[1].fields["実績値"] == "14業務、4,350時間"
    assert rows[2].fields["区分"] == "基本方針２ 効率的な行政運営"
    labels = [n.label for n in root.walk() if n.heading]
    assert "(1)" in labels and not [label for label in labels if label.startswith("基本方針")]  # 「…では、」: text
    minutes = ["発言者\t発言内容", "１ 開会", "事務局\tただいまから開会します。", "委員長\tよろしくお願いします。",
               "２ 議題", "委員長\t議題に入ります。"]
    assert [(n.label, n.title) for n in parse_structure(minutes).root.walk() if n.heading] == [("1", "開会"), ("2", "議題")]


def test_a_plan_laid_out_as_a_staircase_of_columns_gives_a_unit_per_row():
    """A workbook whose header merges one title over its first columns (基本目標 in A, 施策 in B, 事業 in C, each level a
    column further right): a numbered row (「１－１ …」, its outline and 担当課 in the cells after it) is a heading, and
    so is a row that names a 事業 by its title alone, under the heading above it (before, 1-1 was a table's row and the
    事業 rows text of 1); its cells are its text under their columns' names, its 担当課 its offices; the same 事業 under
    two 施策 is told apart by them. A row of cells merged over the columns reads the same."""
    from assistant.readers import generic
    from assistant.types import DocumentKind, DocumentMeta

    meta = DocumentMeta(source_file="kaidan.xlsx", city="はやせ町", title="はやせ町実施計画", kind=DocumentKind.generic,
                        fiscal_years=[2025], published="令和7年4月", page_source="")
    header = "基本目標・施策・事業\t基本目標・施策・事業\t基本目標・施策・事業\t事業の概要\t担当課"
    lines = ["# 実施計画一覧", "はやせ町実施計画（令和7年度～令和9年度）", header,
             "１ 安心して暮らせるまち\t\t\tめざす姿：災害への備えが地域に根付いている。\t",
             "\t１－１ 防災対策の推進\t\t施策の方向：災害時に情報が届く体制を整えます。\t総務課",
             "\t\t自主防災組織の育成\t訓練や資機材の購入に補助金を交付します。\t総務課・危機管理室",
             "\t\t出前講座の実施\t自治会に出向いて備蓄を説明します。\t総務課",
             "\t１－２ 健康づくりの推進\t\t施策の方向：地域ぐるみの健康づくりを進めます。\t健康推進課",
             "\t\t出前講座の実施\t公民館で減塩の講座を開きます。\t健康推進課",
             "公共施設予約システムの導入\t\t\tスマートフォンから予約できるようにします。\t行政経営課"]
    records = generic.read(lines, meta)
    assert [(r.label, r.title, r.departments) for r in records] == [
        ("実施計画一覧", "実施計画一覧", []), ("1", "安心して暮らせるまち", []), ("1-1", "防災対策の推進", ["総務課"]),
        ("自主防災組織の育成", "自主防災組織の育成", ["総務課", "危機管理室"]),
        ("1-1 出前講座の実施", "出前講座の実施", ["総務課"]), ("1-2", "健康づくりの推進", ["健康推進課"]),
        ("1-2 出前講座の実施", "出前講座の実施", ["健康推進課"]),
        ("公共施設予約システムの導入", "公共施設予約システムの導入", ["行政経営課"])]
    assert "事業の概要：自治会に出向いて備蓄を説明します。" in records[4].text


def test_prose_wrapped_at_its_column_is_one_line_of_the_record():
    """A PDF's paragraph wrapped at the column's width is read a line at a time; the record's text joins a line that
    runs to the column's edge and stops mid-phrase to the line it goes on on (so that a sentence is quoted whole), in
    the body and in a table's cell; a sentence's end, a short line, a 担当課： line, a bullet and a
    number starting the next line stay apart."""
    from assistant.readers import generic
    from assistant.types import DocumentKind, DocumentMeta

    meta = DocumentMeta(source_file="wrap.pdf", city="はやせ市", title="はやせ市行政改革推進計画", kind=DocumentKind.generic,
                        fiscal_years=[2024], published="令和6年4月", page_source="")
    lines = ["１ 計画の概要",
             "本表は、第３次行財政改革実施計画に掲げた１６の取組について、令和６年度の実績と評価を取りまとめました。評価は、",
             "各取組の担当課が自己評価を行い、推進本部で確認しました。",
             "担当課：行政経営課",
             "２ 窓口の改善",
             "転入や転出などの届出では、来庁者が複数の申請書に同じ内容を何度も記入する必要があり、",
             "繁忙期には待ち時間が６０分を超える日もある。",
             "短い見出し",
             "１６取組のうち",
             "・書かない窓口を導入する",
             "No.\t取組項目\t取組内容",
             "1\t電子申請の拡大\t市民の利用が多い手続から順に電子申請を導\n入し、来庁しなくてよい範囲を広げる。"]
    records = {r.label: r for r in generic.read(lines, meta)}
    assert records["1"].text.splitlines() == [
        "本表は、第３次行財政改革実施計画に掲げた１６の取組について、令和６年度の実績と評価を取りまとめました。評価は、"
        "各取組の担当課が自己評価を行い、推進本部で確認しました。", "担当課：行政経営課"]
    assert records["2"].text.splitlines() == [
        "転入や転出などの届出では、来庁者が複数の申請書に同じ内容を何度も記入する必要があり、繁忙期には待ち時間が６０分を超える日もある。",
        "短い見出し", "１６取組のうち", "・書かない窓口を導入する"]
    assert records["No.1"].fields["取組内容"] == "市民の利用が多い手続から順に電子申請を導入し、来庁しなくてよい範囲を広げる。"
    # a card's key cell wrapped after の, a figure cut at its decimal point (round 69-X): one key, one figure
    card = generic.read(["Ⅱ－２－①　施設の複合化", "令和６年度の\n実績\t旧南部公民館の解体を終え、縮減率は０．\n９％となった。"], meta)
    assert card[0].fields == {"令和6年度の実績": "旧南部公民館の解体を終え、縮減率は０．９％となった。"}


def test_a_sheet_named_by_its_number_and_its_own_heading_are_one_unit():
    """A workbook's sheet 「基本方針1」 (its name a heading) whose first rows are a print title and its own heading
    「基本方針1 デジタル技術を…」: one unit, titled by the heading, the print title in its text; the 総括 sheet's count
    table rows that begin 「基本方針1」 are no units."""
    lines = ["# 総括", "", "1 進捗の区分", "区分\t内容", "◎\t計画を上回って進んだ", "2 基本方針別の件数",
             "基本方針\t\t◎\t○\t計", "基本方針1\tデジタル技術を活用したサービス\t2\t4\t6", "合計\t\t2\t4\t6", "",
             "# 基本方針1", "", "進捗管理表（令和6年度実績）", "基本方針1 デジタル技術を活用したサービス",
             "（令和7年3月31日現在）", "No.\t取組項目\t担当課", "1\t電子申請の拡大\tデジタル推進課"]
    root = parse_structure(lines).root
    assert [(n.label, n.title) for n in root.walk() if n.heading] == [
        ("総括", "総括"), ("1", "進捗の区分"), ("2", "基本方針別の件数"), ("基本方針1", "デジタル技術を活用したサービス"),
        ("No.1", "電子申請の拡大")]
    unit = next(n for n in root.walk() if n.label == "基本方針1")
    assert [b.cells[0] for b in unit.body] == ["進捗管理表（令和6年度実績）", "（令和7年3月31日現在）"]


def test_a_field_line_wrapped_at_its_cells_width_is_joined_to_the_line_it_goes_on_on():
    from assistant.readers.generic import unwrapped

    cell = ("【取組内容】マイナンバーカードから申請書を作成する窓口支援シ\nステムを令和７年度に市民課の窓口に導入し、保険年金課と介護\n"
            "保険課の窓口に順次広げます。\n【目標】手続数 ６０手続（令和９年度）\n担当課：市民課")
    assert unwrapped(cell) == ("【取組内容】マイナンバーカードから申請書を作成する窓口支援システムを令和７年度に市民課の窓口に導入し、保険年金課と"
                               "介護保険課の窓口に順次広げます。\n【目標】手続数 ６０手続（令和９年度）\n担当課：市民課")
