"""Numbered units as questions name them, matched against the labels an index holds.

A label is read into counters: 「取組項目08」 -> 取組項目 8; 「(2) 6」 -> (bare 2, bare 6);
「見直し論点シート 5-2 グループ①」 -> (5-2, グループ 1). A question is read the same way (「事業12」, 「(2)の6番」,
"item 8", 「基本目標2の取組」), so references work for any numbering a document uses, not a fixed list of
label schemes. Keywords come from ``data/numbering_keywords.tsv`` and ``data/reference_words.tsv``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .data import data_rows
from .jp import CIRCLED, CIRCLED_CLASS, KATAKANA_ORDER, circled, compact, kanji_number, normalize_width
from .structure.numbering import keyword_labels, match_counter

BARE = "bare"
KANA = "kana"
"""The kind of an entry lettered in katakana in the syllabary's order (ア, イ, ウ …): 「ウ」 is the third."""
UNNAMED = frozenset({BARE, "hyphen", KANA})
"""The kinds no keyword names (「(2)」「5-2」「ウ」): entries, not units named as 取組項目 or グループ are."""


@dataclass(frozen=True, slots=True)
class LabelRef:
    kind: str  # a keyword as labels write it (取組項目, プログラム, 章 …), "hyphen", or "bare"
    value: str  # "8", "5-2"

    def text(self) -> str:
        if self.kind == KANA:
            return KATAKANA_ORDER[int(self.value) - 1]
        return f"{self.kind}{self.value}" if self.kind not in (BARE, "hyphen") else self.value

    def printed(self) -> str:
        """As a heading prints it: 「第10款」 for 款 10 (a unit numbered 第N…), else as :meth:`text`."""
        return f"第{self.value}{self.kind}" if self.kind in NUMBERED_FIRST else self.text()


@lru_cache(maxsize=1)
def _unit_words() -> list[tuple[str, str]]:
    """(regex fragment, kind as labels write it), longest first."""
    words = [(fragment, label or fragment) for fragment, label in keyword_labels().items()]
    words += [(row[0], row[1]) for row in data_rows("reference_words.tsv")]
    return sorted(words, key=lambda w: -len(w[0]))


@lru_cache(maxsize=1)
def _keyword_pattern() -> re.Pattern[str]:
    parts = [f"(?P<k{i}>{fragment})" for i, (fragment, _) in enumerate(_unit_words())]
    number = rf"(?P<n>\d{{1,3}}(?:\s*-\s*\d{{1,3}}){{0,2}}|[{CIRCLED_CLASS}])"
    return re.compile(rf"(?:{'|'.join(parts)})\s*(?:番号)?\s*{number}(?:\s*番目?|号)?", re.I)


@lru_cache(maxsize=1)
def _of_pattern() -> re.Pattern[str]:
    """「プログラムの㉙番」, 「取組項目の12番」: a keyword, の, then a circled number or a number counted by 番
    (「プログラムの2つ」 counts programs and names none)."""
    parts = [f"(?P<k{i}>{fragment})" for i, (fragment, _) in enumerate(_unit_words())]
    number = rf"(?P<n>[{CIRCLED_CLASS}]|\d{{1,3}}(?=\s*番(?!目)))"
    return re.compile(rf"(?:{'|'.join(parts)})\s*の\s*{number}(?:\s*番)?", re.I)

NUMBERED_FIRST = ("章", "節", "編", "款", "項")
"""Units numbered 第N…: a chapter, a section, a part, a budget's 款 and 項 (「第10款 第2項」)."""
_CHAPTER = re.compile(rf"第\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*({'|'.join(NUMBERED_FIRST)})")
_AFTER_CHAPTER = re.compile(r"\s*(\d{1,2})(?![\d.\-年月日%])")
_BEFORE_PAREN = re.compile(r"(?<![\d.\-(（])(\d{1,2})(?=\s*[(（]\s*\d{1,2}\s*[)）])")
_HYPHEN = re.compile(r"(?<![\d-])(\d{1,2}\s*-\s*\d{1,2}(?:\s*-\s*\d{1,2})?)(?![\d-])")
# 「C-3」「Ⅱ-1-2」 (Ⅱ is 「II」 once the width is normalised): a letter or a Roman numeral, a hyphen, a number; the
# letter is the unit's kind (「C-」), so 「C-3」 is no 「A-3」 and no 「3」
_LETTERED = re.compile(r"(?<![A-Za-z0-9.\-Ⅰ-Ⅻ])([A-Z]|I{1,3}|IV|VI{0,3}|IX|X|[Ⅰ-Ⅻ])\s*-\s*(\d{1,2}(?:\s*-\s*(?:\d{1,2}|"
                       rf"[{CIRCLED_CLASS}]))?)(?![\d\-年月日])")  # (a card's 「Ⅱ－２－①」 too)
_PAREN = re.compile(r"[(（]\s*(\d{1,2})\s*[)）]")
_CIRCLED = re.compile(rf"([{CIRCLED_CLASS}])")
# 「ア」「(イ)」「1(1)ウ」: a katakana standing alone (not in a word: 「3カ所」「アンケート」), one of the first twenty
_KANA_MARK = re.compile(rf"(?:^|(?<=[\s「『(（)）、の\d]))([{KATAKANA_ORDER[:20]}])(?=$|[\s」』)）.．、。はのにをがでもっ?？])")
_NTH = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:番目?|つ目)")
_LEADING = re.compile(r"^(\d{1,2})(?=\s|$)")


def _value(raw: str) -> str:
    raw = re.sub(r"\s+", "", raw)
    return str(CIRCLED[raw]) if raw in CIRCLED else str(int(raw)) if raw.isdigit() else raw


def _spans(text: str) -> list[tuple[int, int, LabelRef]]:
    text = normalize_width(text)
    pattern = _keyword_pattern()
    found: list[tuple[int, int, LabelRef]] = []

    def add(start: int, end: int, ref: LabelRef) -> None:
        if not any(a < end and start < b for a, b, _ in found):
            found.append((start, end, ref))

    for m in (*pattern.finditer(text), *_of_pattern().finditer(text)):
        kind = next(kind for i, (_, kind) in enumerate(_unit_words()) if m.group(f"k{i}") is not None)
        value = _value(m.group("n"))
        add(m.start(), m.end(), LabelRef("hyphen" if "-" in value else kind, value))
    for m in _CHAPTER.finditer(text):
        add(m.start(), m.end(), LabelRef(m.group(2), str(kanji_number(m.group(1)))))
        after = _AFTER_CHAPTER.match(text, m.end())  # 「第1章2」「第1章1(2)」: the section under the chapter
        if after:
            add(after.start(1), after.end(1), LabelRef(BARE, _value(after.group(1))))
    for m in _LETTERED.finditer(text):
        value = "-".join(_value(part) for part in m.group(2).split("-"))
        add(m.start(), m.end(), LabelRef(f"{unicodedata.normalize('NFKC', m.group(1))}-", value))
    for m in _HYPHEN.finditer(text):
        add(m.start(), m.end(), LabelRef("hyphen", _value(m.group(1))))
    for m in _BEFORE_PAREN.finditer(text):  # 「1(4)」: the heading 1, its entry (4) below
        add(m.start(1), m.end(1), LabelRef(BARE, _value(m.group(1))))
    for regex in (_PAREN, _CIRCLED, _NTH):
        for m in regex.finditer(text):
            add(m.start(), m.end(), LabelRef(BARE, _value(m.group(1))))
    for m in _KANA_MARK.finditer(text):
        add(m.start(1), m.end(1), LabelRef(KANA, str(KATAKANA_ORDER.index(m.group(1)) + 1)))
    return sorted(found, key=lambda f: f[0])


def find_refs(text: str) -> list[LabelRef]:
    """Every numbered unit named in the text, in order (「事業12」, 「(2)の6番」, "item 8", 「第3章」)."""
    return list(_cached_refs(text))


@lru_cache(maxsize=200_000)
def _cached_refs(text: str) -> tuple[LabelRef, ...]:
    """Labels and headings repeat across records (every item under 「方向性2」): each is read once."""
    return tuple(ref for _, _, ref in _spans(text))


def nested_refs(text: str) -> list[tuple[LabelRef, LabelRef, str]]:
    """Units named one directly under another, the inner one by a bare number (「第1章3」 -> (章1, 3); 「Group1の1(5)」
    -> (グループ1, 1) and (1, 5)), each pair with the words that name it."""
    text = normalize_width(text)
    spans = _spans(text)
    return [(outer, inner, text[start:end]) for (start, gap, outer), (after, end, inner) in zip(spans, spans[1:], strict=False)
            if inner.kind == BARE and re.fullmatch(r"\s*の?\s*", text[gap:after])]


def label_refs(label: str) -> list[LabelRef]:
    """The counters of a label, outermost first; a bare number part (「1」 in 「1 (2)」) counts too."""
    refs: list[LabelRef] = []
    for part in label.split():
        found = find_refs(part)
        if not found and _LEADING.match(normalize_width(part)):
            found = [LabelRef(BARE, str(int(normalize_width(part))))]
        refs += found
    return refs


def bracketed_refs(label: str) -> list[bool]:
    """For each counter of :func:`label_refs`, whether the label writes it in brackets (「1(1)①」: no, yes, no)."""
    out: list[bool] = []
    for part in label.split():
        spans = _spans(part)
        if not spans and _LEADING.match(normalize_width(part)):
            out.append(False)
        out += [normalize_width(part)[start] in "(（" for start, _, _ in spans]
    return out


def ends_with_counter(label: str) -> bool:
    """「取組項目08」, 「(2) 6」: yes; 「Group1 表紙」, 「グループ① 会議録」: no (the label names a part of it)."""
    last = normalize_width(label).split()[-1] if label.split() else ""
    if re.fullmatch(r"\d{1,2}", last):
        return True
    spans = _spans(last)
    return bool(spans) and spans[-1][1] >= len(last)


def lettered(kind: str) -> bool:
    """Whether a kind is a letter's or a Roman numeral's (「C-」 of 「C-3」): equal to itself only (「II-」 is no 「I-」)."""
    return kind.endswith("-")


def same_kind(a: str, b: str) -> bool:
    """Two kinds of unit are one when equal, or keywords one of which ends or starts the other (プログラム ~
    実施プログラム); a bare or hyphenated number, a katakana and a letter's kind (「C-」) equal only themselves."""
    if a == b:
        return True
    if {a, b} & UNNAMED or lettered(a) or lettered(b):
        return False
    return a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a)


def compatible(question: LabelRef, label: LabelRef) -> bool:
    """Same value and the same kind (:func:`same_kind`)."""
    return question.value == label.value and same_kind(question.kind, label.kind)


def contradicts(question: list[LabelRef], label: list[LabelRef]) -> bool:
    """The question names units of the same kind as one of the label's, none with its number (「グループ3」
    against 「5-3 グループ①」; 「5-2と5-3」 does not contradict 「5-3 グループ①」)."""
    for lab in label:
        same_kind = [q for q in question if compatible(LabelRef(q.kind, lab.value), lab)]
        if same_kind and not any(q.value == lab.value for q in same_kind):
            return True
    return False


def another_unit(question: list[LabelRef], labels: list[list[LabelRef]]) -> bool:
    """The question names a unit of the same kind as the items discussed, and none of them (「グループ②は？」 after
    「5-3 グループ①」, 「取組項目09は？」 after 取組項目08): it asks of a sibling, not of them."""
    sharing = [lab for lab in labels if any(compatible(LabelRef(q.kind, x.value), x) for q in question for x in lab)]
    return bool(sharing) and all(contradicts(question, lab) for lab in sharing)


def _renumbered(span: str, value: str) -> str:
    """A unit's name as the text writes it, with another number (「Group1」 -> 「Group2」, 「グループ①」 -> 「グループ②」)."""
    number = re.search(rf"\d{{1,3}}(?:\s*-\s*\d{{1,3}}){{0,2}}|[{CIRCLED_CLASS}]", span[::-1])
    if number is None:
        return span
    end = len(span) - number.start()
    start = len(span) - number.end()
    old = span[start:end]
    written = circled(int(value)) if old in CIRCLED and value.isdigit() else value
    return f"{span[:start]}{written}{span[end:]}"


def without_refs(text: str) -> str:
    """``text`` without the units it names by a keyword or a hyphen (「取組項目22（保育施設の…）って」 ->
    「（保育施設の…）って」); a bare number (①, (2)) stays. (Found in the text's half-width form, one character for
    one, and cut from the text as written.)"""
    out, at = [], 0
    for start, end, ref in _spans(normalize_width(text)):
        if ref.kind != BARE:
            out.append(text[at:start])
            at = end + (start > 0 and text[start - 1].isspace() and text[end:end + 1].isspace())  # one space stays
    return "".join([*out, text[at:]])


def swap_refs(text: str, question: list[LabelRef]) -> str | None:
    """``text`` with each unit it names renumbered as the question's unit of the same kind (「グループ①ではどんな意見が
    出た？」 with グループ② -> 「グループ②ではどんな意見が出た?」); None when it names no unit of those kinds."""
    text = normalize_width(text)
    out, at, swapped = [], 0, False
    for start, end, ref in _spans(text):
        new = next((q for q in question if compatible(LabelRef(q.kind, ref.value), ref) and q.value != ref.value), None)
        if new is None:
            continue
        out += [text[at:start], _renumbered(text[start:end], new.value)]
        at, swapped = end, True
    return "".join([*out, text[at:]]) if swapped else None


def names_unit(question: list[LabelRef], unit: LabelRef, label: list[LabelRef]) -> bool:
    """The question names this record: ``unit`` (one of its references) is the label's last counter,
    and every other counter of the label (a parent printed in it: 「(2) 6」, 「5-2 グループ①」) is named too."""
    return bool(label) and compatible(unit, label[-1]) and all(
        any(compatible(q, lab) for q in question) for lab in label[:-1])


def asks_under(after: list[LabelRef], label: list[LabelRef]) -> bool:
    """The question names, after this label's unit, a unit of a kind the label has none of (「施策2・方向性1の
    基本事業2」 of the record 「施策2 方向性1」): it asks of a unit under the record, not of the record."""
    return any(ref.kind not in (BARE, "hyphen") and not any(compatible(LabelRef(ref.kind, lab.value), lab)
                                                           for lab in label)
               for ref in after)


def unit_words(text: str) -> list[str]:
    """Kinds of unit named without a number (「取組項目を全部」, "all indicators"), in order."""
    return [kind for _, _, kind in _unit_word_spans(text)]


def without_unit_words(text: str) -> str:
    """``text`` (width-normalized) without the unit words :func:`unit_words` finds (「財政運営の規律を守る基本事業には、
    どの取組項目が」 -> 「財政運営の規律を守るには、どのが」): what it says besides naming kinds of unit."""
    text = normalize_width(text)
    for start, end, _ in reversed(_unit_word_spans(text)):
        text = text[:start] + text[end:]
    return text


def _unit_word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each unit word :func:`unit_words` finds in ``text`` (width-normalized), in order."""
    found: list[tuple[int, int, str]] = []
    text = normalize_width(text)
    for fragment, kind in _unit_words():
        for m in re.finditer(fragment, text, re.I):
            overlaps = any(a < m.end() and m.start() < b for a, b, _ in found)
            followed = re.match(r"\s*(?:番号)?\s*[\d" + CIRCLED_CLASS + "]", text[m.end():])
            if not overlaps and not followed:
                found.append((m.start(), m.end(), kind))
    return sorted(found)


_WHICH_BEFORE = re.compile(r"(?:どんな|どの|どういった|どういう|\bwhich|\bwhat)\s*(?:\S{0,4}の)?\s*$", re.I)
_WHICH_AFTER = re.compile(r"^\s*(?:は|って|が|には|として)?\s*(?:何|なに|どれ)")  # (not 「目標に何を指摘した」)
_INTO = re.compile(r"^\s*(?:に(?!は)|へ|\b(?:does|do|is|are)\b.*\b(?:in|under)\b)")


_WHICH_NOUN = re.compile(r"(?:どんな|どの|どういった|どういう)\s*([一-龥々ァ-ヶー]+)(?![一-龥々ァ-ヶー])(?!\s*(?:に(?!は)|へ))"
                         r"|([一-龥々ァ-ヶー]+)\s*(?:は|って|が)?\s*どれ")


def asked_which(text: str) -> str | None:
    """What a question asks which of, as it names it, when it is no unit kind (:func:`asked_unit_kind`): a noun right
    after どんな, どの … or right before どれ (「どんな方針が掲げられていますか」 -> 方針, 「…とされた補助金はどれですか」 ->
    補助金); None when it asks none, or asks which holds something (「どの基本事業に位置づけられて」)."""
    m = _WHICH_NOUN.search(normalize_width(text))
    noun = (m.group(1) or m.group(2)) if m else None
    return None if noun in _NO_KIND else noun


# what 「どんな…」 asks of one thing, not which of several: 「⑦番目の施策はどんな内容ですか」
_NO_KIND = frozenset({"内容", "こと", "事", "もの", "物", "話", "感じ", "意味", "理由", "形", "状況", "様子", "点", "風"})


def asked_unit_kind(text: str) -> str | None:
    """The kind of unit a question asks which of: a unit word right after どんな, どの, which … or right before 何,
    どれ (「…に位置づけられている取組項目は何ですか」「どんな取組が入ってる？」 -> 取組項目, 取組); None when it asks
    of one unit or names no kind (「取組項目08は何？」 names a number: no unit word), or asks which unit holds
    something (「…取組は、どの基本事業に位置づけられていますか？」: the unit asked is where it is, not what is in it)."""
    text = normalize_width(text)
    for start, end, kind in reversed(_unit_word_spans(text)):
        after = text[end:]
        if (_WHICH_BEFORE.search(text[max(0, start - 12):start]) and not _INTO.match(after)) or _WHICH_AFTER.match(after):
            return kind
    return None


_HEADING_BRACKETS = "《》「」『』【】〈〉"


def heading_title(part: str) -> str:
    """A heading's title without its number, compacted: 「方向性1 財政規律の維持」 -> 財政規律の維持, 「《(1) 移住施策》」 ->
    移住施策, 「3-3. 施策の展開」 -> 施策の展開, 「ii 補助金等を取り巻く現状と課題」 -> 補助金等を取り巻く現状と課題; a heading
    without a number is its own title."""
    text = part.strip().strip(_HEADING_BRACKETS)
    counter = match_counter(text)  # any numbering system's counter: 第2章, (4), ⑤, ア, ii, 取組項目06 …
    return compact(counter.rest if counter is not None and counter.rest else text)

