"""The numbers Word shows before its list paragraphs, which are not in their text.

A Word file's headings are often numbered by automatic list numbering: the paragraph's text is 「窓口サービスの
向上」 and Word shows 「（１）窓口サービスの向上」 from the numbering part (``w:numbering``): a paragraph's ``w:numPr``
(or its style's) names a list instance (``w:num``) and a level; the instance points at a definition
(``w:abstractNum``) whose level gives the number format (``w:numFmt``), the text around the numbers (``w:lvlText``,
「（%2）」) and the start. As Word does, a definition keeps one counter per level across its instances, a deeper
level restarts when a shallower one advances, and an instance's ``w:startOverride`` restarts its level the first
time the instance is used. Headings are usually numbered through their styles: 見出し 1–3 carry the ``w:numPr``
(見出し 1 often without a level: the level is the one whose ``w:pStyle`` names the style), and the definition they
name may hold no levels but a ``w:numStyleLink`` to a list style, whose own definition (``w:styleLink``) has them.
``ListNumbers.prefix(paragraph)`` is the text Word shows before the paragraph's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .jp import circled

_KANJI = "〇一二三四五六七八九十"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_SUFFIX = {"tab": "\u3000", "space": " ", "nothing": ""}


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    suffix: str = "\u3000"
    style: str | None = None  # the paragraph style the level is tied to (w:pStyle)


@dataclass
class ListNumbers:
    """Counters of one document's lists, advanced paragraph by paragraph in document order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> level
    instances: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstract, overrides)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document) -> ListNumbers:  # noqa: ANN001 (a python-docx Document)
        from docx.oxml.ns import qn

        numbers = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return numbers
        linked: dict[str, str] = {}  # a list style -> the definition that holds its levels
        links: dict[str, str] = {}  # a definition that only points at a list style -> that style
        for abstract in root.findall(qn("w:abstractNum")):
            for tag, into in (("w:styleLink", linked), ("w:numStyleLink", links)):
                node = abstract.find(qn(tag))
                if node is not None and node.get(qn("w:val")):
                    key, value = (node.get(qn("w:val")), abstract.get(qn("w:abstractNumId")))
                    into.update({key: value} if into is linked else {value: key})
            levels: dict[int, _Level] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                level = _Level()
                for tag, attr in (("w:numFmt", "fmt"), ("w:lvlText", "text")):
                    node = lvl.find(qn(tag))
                    if node is not None:
                        setattr(level, attr, node.get(qn("w:val")) or "")
                start = lvl.find(qn("w:start"))
                level.start = _int(start.get(qn("w:val")) if start is not None else None, 1)
                style = lvl.find(qn("w:pStyle"))
                level.style = style.get(qn("w:val")) if style is not None else None
                suffix = lvl.find(qn("w:suff"))
                level.suffix = _SUFFIX.get(suffix.get(qn("w:val")) if suffix is not None else "tab", "\u3000")
                levels[_int(lvl.get(qn("w:ilvl")), 0)] = level
            numbers.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            link = num.find(qn("w:abstractNumId"))
            overrides = {}
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    overrides[_int(override.get(qn("w:ilvl")), 0)] = _int(start.get(qn("w:val")), 1)
            if link is not None:
                abstract = link.get(qn("w:val"))
                abstract = linked.get(links.get(abstract, ""), abstract)  # a list style's definition counts
                numbers.instances[num.get(qn("w:numId"))] = (abstract, overrides)
        return numbers

    def prefix(self, paragraph) -> str:  # noqa: ANN001 (a python-docx Paragraph)
        """The number Word shows before ``paragraph`` (with its separator), advancing the counters; "" for none."""
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id not in self.instances:
            return ""
        abstract, overrides = self.instances[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl is None:  # the level tied to the paragraph's style (見出し 1's numPr names no level), else the first
            styles = {paragraph.style.style_id} if paragraph.style is not None else set()
            ilvl = next((k for k, lv in levels.items() if lv.style in styles), 0)
        level = levels.get(ilvl)
        if level is None or level.fmt == "none":
            return ""
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for restart, start in overrides.items():
                counters[restart] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                shown = levels.get(k, _Level())
                text = text.replace(f"%{k + 1}", formatted_number(counters.get(k, shown.start), shown.fmt))
        return text + level.suffix if text else ""


def _num_pr(paragraph) -> tuple[str | None, int | None]:  # noqa: ANN001
    """The list instance and level of ``paragraph``, from its own properties or its styles'; the level None when
    none names it."""
    from docx.oxml.ns import qn

    for owner in (paragraph._p.pPr, *_style_ppr(paragraph)):
        num_pr = owner.find(qn("w:numPr")) if owner is not None else None
        if num_pr is None:
            continue
        num_id, ilvl = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        value = num_id.get(qn("w:val")) if num_id is not None else None
        return (None if value in (None, "0") else value), (_int(ilvl.get(qn("w:val")), 0) if ilvl is not None else None)
    return None, None


def _style_ppr(paragraph) -> list:  # noqa: ANN001
    """The paragraph properties of its style and the styles that style is based on (a Heading style's numbering)."""
    out, style = [], paragraph.style
    while style is not None and len(out) < 10:
        out.append(style.element.pPr)
        style = style.base_style
    return out


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def formatted_number(n: int, fmt: str) -> str:
    """``n`` in a list format named as Word names it (decimalFullWidth, decimalEnclosedCircle, aiueo …)."""
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 50:
        return circled(n)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2473 + n)
    if fmt in ("upperLetter", "lowerLetter") and 1 <= n <= 26:
        letter = chr(ord("A") + n - 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("aiueo", "aiueoFullWidth") and 1 <= n <= len(_AIUEO):
        return _AIUEO[n - 1]
    if fmt in ("iroha", "irohaFullWidth") and 1 <= n <= len(_IROHA):
        return _IROHA[n - 1]
    if fmt in ("japaneseCounting", "ideographTraditional", "ideographDigital", "japaneseDigitalTenThousand") and n <= 10:
        return _KANJI[n]
    if fmt == "bullet":
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out
