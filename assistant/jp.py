"""Japanese notation helpers, each defined once: era years, circled numbers, kana counters, width
normalisation and OCR letter-spacing.

Every other module (readers, the structural parser, query understanding) uses these.
"""

from __future__ import annotations

import re
import unicodedata

ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
"""Western year = base + era year (令和3 -> 2021)."""

ERA_YEAR = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年")
FISCAL_YEAR = re.compile(
    r"(?:(令和|平成)\s*(元|\d{1,2})|(?<![A-Za-z])R\s*(\d{1,2})|(?<!\d)((?:19|20)\d\d))\s*年度"
)

CIRCLED: dict[str, int] = (
    {chr(0x2460 + i): i + 1 for i in range(20)}
    | {chr(0x3251 + i): i + 21 for i in range(15)}
    | {chr(0x32B1 + i): i + 36 for i in range(15)}
)
"""① -> 1 … ⑳ -> 20, ㉑ -> 21 … ㉟ -> 35, ㊱ -> 36 … ㊿ -> 50."""
CIRCLED_CLASS = "".join(CIRCLED)
_NUMBER_TO_CIRCLED = {v: k for k, v in CIRCLED.items()}

KATAKANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
IROHA_ORDER = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_CJK = r"\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ー"
# a character of a Japanese word: kana or kanji; of a content word: kanji or katakana (not a particle's hiragana)
JAPANESE_CHAR = re.compile(r"[ぁ-んァ-ヶ一-龥]")
CONTENT_CHAR = re.compile(r"[ァ-ヶ一-龥]")
_LETTER_SPACED = re.compile(rf"(?:[{_CJK}][ \u3000]){{2,}}[{_CJK}]")
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \u3000](?=[{_CJK}])")


def era_to_western(era: str, number: str | int) -> int:
    """('令和', '3') -> 2021; '元' is year 1."""
    n = 1 if number in ("元", 1) else int(number)
    return ERA_BASE[era] + n


def western_to_era(year: int) -> str:
    """2021 -> 令和3, 2019 -> 令和元, 2018 -> 平成30."""
    for era, base in sorted(ERA_BASE.items(), key=lambda kv: -kv[1]):
        n = year - base
        if n >= 1:
            return f"{era}元" if n == 1 else f"{era}{n}"
    return str(year)


def first_era_year(text: str) -> int | None:
    """The first era year in the text as a Western year: 令和4年度 -> 2022."""
    match = ERA_YEAR.search(text)
    return era_to_western(match.group(1), match.group(2)) if match else None


def fiscal_years_named(text: str) -> list[int]:
    """Every fiscal year named as 令和N年度 / RN年度 / YYYY年度, sorted, without repeats."""
    years: set[int] = set()
    for era, n, r, western in FISCAL_YEAR.findall(normalize_width(text)):
        if era:
            years.add(era_to_western(era, n))
        elif r:
            years.add(2018 + int(r))
        else:
            years.add(int(western))
    return sorted(years)


_RELATIVE_YEAR = {"前年度": -1, "昨年度": -1, "前年": -1, "翌年度": 1, "次年度": 1, "来年度": 1}
_RELATIVE = re.compile("|".join(sorted(_RELATIVE_YEAR, key=len, reverse=True)))


def relative_fiscal_years(text: str, year: int) -> set[int]:
    """The years a text of fiscal year ``year`` names relative to it: 前年度 (and 昨年度, 前年) the year before,
    翌年度 (次年度, 来年度) the year after."""
    return {year + _RELATIVE_YEAR[m.group()] for m in _RELATIVE.finditer(text)}


_BASIS = re.compile(r"\s*(?:より|比|と比べ|に比べ|と比較|から)")


def relative_year_spans(text: str) -> list[tuple[int, int, int]]:
    """Where a text names a year relative to its own (前年度 -1, 翌年度 +1 …): (start, end, offset); not where it
    is the basis a change is measured from (「前年度より10時間の増」「前年度比」)."""
    return [(m.start(), m.end(), _RELATIVE_YEAR[m.group()]) for m in _RELATIVE.finditer(text)
            if not _BASIS.match(text, m.end())]


def circled(number: int) -> str:
    """1 -> ①, 21 -> ㉑, 50 -> ㊿; numbers above 50 stay plain."""
    return _NUMBER_TO_CIRCLED.get(number, str(number))


def kanji_number(text: str) -> int | None:
    """'十二' -> 12, '三' -> 3, '12' -> 12; None when it is not a number."""
    text = normalize_width(text)
    if text.isdigit():
        return int(text)
    if not text or any(c not in _KANJI_DIGITS and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _KANJI_DIGITS[char]
    return total + current


def counter_value(token: str) -> int | None:
    """The ordinal of a counter as printed: '3' -> 3, '③' -> 3, 'ウ' -> 3, '三' -> 3, 'c' -> 3, 'Ⅲ' -> 3."""
    token = token.strip()
    if token in CIRCLED:
        return CIRCLED[token]
    if len(token) == 1 and token in KATAKANA_ORDER:
        return KATAKANA_ORDER.index(token) + 1
    if len(token) == 1 and "a" <= token.lower() <= "z":
        return ord(token.lower()) - ord("a") + 1
    if len(token) == 1 and ("Ⅰ" <= token <= "Ⅻ" or "ⅰ" <= token <= "ⅻ"):  # a Roman numeral of one character
        return (ord(token) - ord("Ⅰ") if token <= "Ⅻ" else ord(token) - ord("ⅰ")) + 1
    return kanji_number(token)


def normalize_width(text: str) -> str:
    """Full-width ASCII (digits, Latin letters, brackets, punctuation) and ideographic spaces -> half-width;
    the one-character parenthesised and dotted numbers a PDF's text keeps (⑴ ⒉) -> 「(1)」「2.」; the minus
    sign (U+2212) -> 「-」.

    Unlike NFKC it leaves circled numbers, kana and CJK punctuation as they are.
    """
    out = []
    for char in text:
        code = ord(char)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif char == "\u3000":
            out.append(" ")
        elif 0x2474 <= code <= 0x249B:  # ⑴…⒇, ⒈…⒛
            out.append(unicodedata.normalize("NFKC", char))
        elif char == "\u2212":  # the minus sign a PDF's text gives for 「１－１」's full-width hyphen
            out.append("-")
        else:
            out.append(char)
    return "".join(out)


def nfkc(text: str) -> str:
    """NFKC, for matching only (turns ⑫ into 12: read circled numbers before calling it)."""
    return unicodedata.normalize("NFKC", text)


def collapse_letter_spacing(text: str) -> str:
    """OCR letter-spacing removed: 「計 画 の 概 要」 -> 「計画の概要」, 「第 １ 章」 kept for the caller.

    Only runs of three or more single CJK characters separated by single spaces are joined, so
    ordinary spaces between words or names (「鹿野 恭佑」) stay.
    """
    return _LETTER_SPACED.sub(lambda m: _CJK_GAP.sub("", m.group(0)), text)


_WRAP = re.compile(r"[ \t\u3000]*\n\s*")
_CJK_END = re.compile(rf"[{_CJK}、。）」』)]$")  # (a bracket closed after Japanese: 「（PPP/PFI）」 as normalised)
# what a figure goes on with: a kana (「つの施策」), a multiplier or a unit (「万人」「年間」「件）」)
_UNIT_START = re.compile(r"^(?:[ぁ-ゖ万億千百人年月日件回台本校館社戸冊部園店時分倍割歳名％%]|か所|箇所|手続|業務|施設|世帯|団体|種類|項目|事業|路線)")
_CJK_START = re.compile(rf"^[{_CJK}（「『(Ａ-Ｚａ-ｚ]")  # (a bracket opened, or a word in full-width letters, after Japanese)


def join_wrapped(text: str) -> str:
    """A value a cell or a paragraph wrapped onto several lines, on one line: joined without a space where both
    sides are Japanese (「使用料・手数料の」 + 「適正化」) or a Japanese line runs on into a figure (「勧め、」 + 「2年で」),
    or a figure runs on into Japanese (「５」 + 「つの施策」), with one elsewhere (「ICT」 + 「活用」 keeps its space)."""
    parts = [p.strip() for p in _WRAP.split(text.strip())]
    out = parts[0] if parts else ""
    for part in parts[1:]:
        if not part:
            continue
        joins = (_CJK_END.search(out) and (_CJK_START.search(part) or part[0].isdigit())) or (
            out[-1:].isdigit() and _UNIT_START.search(part))  # 「５」 + 「つの施策」, 「50.0」 + 「万人」, not 「基本方針1」 + 「市民…」
        out += part if joins else f" {part}"
    return out


def compact(text: str) -> str:
    """A text as matched against the documents: NFKC, lower case, no spaces (「ＲＰＡ 導入」 -> 「rpa導入」)."""
    return unicodedata.normalize("NFKC", text).lower().replace(" ", "").replace("\u3000", "")


def squash(text: str) -> str:
    """Every kind of white space removed (for comparing headings printed with odd spacing)."""
    return re.sub(r"\s+", "", text)


# A printed number with its multipliers: 「1,604」「約5,600万」「2千万」「1.5億」 (the unit follows).
MULTIPLIER = r"(?:[十百千]?[万億兆]|[十百千])"
NUMBER = rf"\d[\d,，.]*\s*{MULTIPLIER}?"
# The words a figure's unit is followed by, which are not part of it (「2千万円以上」: the unit is 円).
UNIT_STOP = r"以上|以下|以内|未満|程度|前後|超|増|減"


# Counters (助数詞) a count is printed with, and their spelling variants: 「46施設」「3か所」「12基」.
COUNTERS = {
    "か所": "か所|箇所|カ所|ヶ所|ヵ所|ケ所", "施設": "施設", "団体": "団体", "世帯": "世帯", "種類": "種類",
    "項目": "項目", "事業": "事業", "業務": "業務", "路線": "路線", "時間": "時間", "基": "基", "台": "台", "校": "校", "館": "館",
    "社": "社", "戸": "戸", "本": "本", "冊": "冊", "部": "部", "園": "園", "店": "店", "手続": "手続き|手続",
    "品目": "品目", "品": "品", "個": "個", "棟": "棟", "席": "席", "区画": "区画", "講座": "講座", "地区": "地区",
}
_COUNTER_NAMES = "|".join(sorted(COUNTERS, key=len, reverse=True))
# "how many": not 「いくつか」 (several, asks for no number) nor 「…していくつもり」 (いく + つもり: intends to go on)
HOW_MANY = r"(?:いくつ|幾つ)(?!か|もり)"
# 「何基」「いくつの施設」「施設は、現在いくつ」
_COUNT_ASKED = re.compile(
    rf"何\s*({_COUNTER_NAMES})|いくつの\s*({_COUNTER_NAMES})"
    rf"|({_COUNTER_NAMES})数?(?:は|が)?[、,]?\s*(?:現在|全部で|合計で|全体で|今|いま)?\s*(?:で)?\s*{HOW_MANY}"
)


# A number that names an edition, an article, a chapter or an anniversary, not an amount: 「第6次」「1期」「3号」
# 「5条」「市制施行100周年」.
ORDINAL_MARK = r"次|期|号|条|章|節|版|周年"
# The unit of a printed figure: %, a counter (「1,604件」, not 「1,604件約」), a duration, a katakana unit, or one
# kanji that is not a word following the unit (「円以上」 -> 円) nor an ordinal's mark (「6次」 is no figure).
FIGURE_UNIT = (rf"(?:%|％|年間|[かヵヶカケ]月|{'|'.join(COUNTERS.values())}|[ァ-ヶー]{{2,6}}"
               rf"|(?!{UNIT_STOP}|{ORDINAL_MARK})[一-龥])")


def counters_asked(text: str) -> list[str]:
    """The counted things a question asks the number of, as patterns of their printed spellings."""
    return list(dict.fromkeys(COUNTERS[next(g for g in m.groups() if g)]
                              for m in _COUNT_ASKED.finditer(without_indefinite_counts(text))))


# 「ご近所の何人かで」「何回かの説明会」: some people, a few times, not a question of how many (「何人か教えて」 is one);
# 「申請書を何枚も書かされて」「何度も足を運ぶ」: many, said with feeling, not asked
_INDEFINITE_COUNT = re.compile(r"何\s*[一-龥]{1,2}か(?=[でのがにはもと、,])|何\s*(?:[一-龥]{1,2}|[かヵヶカケ]所)も(?!の?\s*[？?]|\s*$)")


def without_indefinite_counts(text: str) -> str:
    """``text`` without the counts said as indefinites (「何人かで」), which ask for no number."""
    return _INDEFINITE_COUNT.sub(" ", text)


_ORDINAL = re.compile(r"第\s*(\d+|[〇一二三四五六七八九十百]+)\s*(回|期|次)")
_EN_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                     "eighth": 8, "ninth": 9, "tenth": 10}
_EN_ORDINAL = re.compile(
    rf"\b(\d+(?:st|nd|rd|th)|{'|'.join(_EN_ORDINAL_WORDS)})[\s-]+(?:[a-z☆\-]+\s+){{0,4}}?"
    r"(meeting|session|summit|forum|conference|phase|term|edition|plan)\b",
    re.I)
_EN_KIND = {"meeting": "回", "session": "回", "summit": "回", "forum": "回", "conference": "回",
            "phase": "期", "term": "期", "edition": "次", "plan": "次"}


def ordinals(text: str) -> list[str]:
    """第N回 / 第N期 / 第N次 a text names, in Arabic digits: 「第四次」 -> 第4次, and English ordinals
    ("6th summit" -> 第6回, "the fourth long-term plan" -> 第4次)."""
    normalized = unicodedata.normalize("NFKC", text)
    found = [f"第{kanji_number(n)}{kind}" for n, kind in _ORDINAL.findall(normalized)]
    found += [f"第{_EN_ORDINAL_WORDS.get(n.lower()) or int(n[:-2])}{_EN_KIND[word.lower()]}"
              for n, word in _EN_ORDINAL.findall(normalized)]
    return list(dict.fromkeys(found))
