"""Department names: where a unit states them, and how a printed value splits into names."""

from __future__ import annotations

import re

from .blocks import header_role, header_roles, key_value

DEPARTMENT_SUFFIX = re.compile(r"(?:課|室|部|局|係|所|館|センター|本部|事務局|委員会|担当|グループ|チーム|園|署)$")
_GENERIC = re.compile(r"^(?:関係各課|関係課|各課|全課|全庁|各部|関係部署|各部署)$")
_SUFFIX_BRACKET = re.compile(r"^(?P<title>.*?)\s*[（(【〔\[](?P<inner>[^（()）【】〔〕\[\]]+)[）)】〕\]]\s*$")


def split_departments(raw: str) -> list[str]:
    """A printed department value -> names, in order, without repeats.

    Splits on 、・／/，and spaces outside brackets; 関係各課（A／B） gives A and B (a bare 関係各課 is kept).
    """
    parts, depth, current = [], 0, ""
    for char in raw.strip():
        depth += char in "（(【"
        depth -= char in "）)】"
        if char in "、・／/，,　 \n" and depth <= 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    names: list[str] = []
    for part in (p.strip() for p in parts):
        inner = re.match(r"^(.*?)[（(](.*)[）)]$", part)
        if inner:
            outer = inner.group(1).strip()
            if outer and not _GENERIC.match(outer):
                names.append(outer)
            names.extend(p.strip() for p in re.split(r"[／/、,・]", inner.group(2)))
        else:
            names.append(part)
    # a form's sub-labels are no names (「担当課 | 主管課 | 総務課」, 「関係課 | ―」)
    keys = header_roles()["department"]
    return list(dict.fromkeys(n for n in names if n and not keys.fullmatch(n) and not _NONE.fullmatch(n)))


_BROKEN_NAME = re.compile(r"[一-龥々ぁ-ゖァ-ヶー]$")
_NAME_GOES_ON = re.compile(r"^[一-龥々ぁ-ゖァ-ヶー]")
_SEPARATOR_AT_END = re.compile(r"[・／/、，,]$")


def unwrap_names(cell: str) -> str:
    """A table cell of department names wrapped by its width, its names whole: a line that ends a name part way
    (「市民課・情報政」 over 「策室」: no department suffix at its end, no separator) goes on on the next line; a line
    that ends with a name (「資産経営課」 over 「スポーツ振興課」) ends it."""
    out: list[str] = []
    for line in (part.strip() for part in cell.split("\n")):
        if not line:
            continue
        if out and ((_BROKEN_NAME.search(out[-1]) and _NAME_GOES_ON.match(line) and not (
                DEPARTMENT_SUFFIX.search(out[-1]) or _GENERIC.match(out[-1]))) or _SEPARATOR_AT_END.search(out[-1])):
            out[-1] += line  # (a line that ends with a separator, 「情報政策課・」 over 「市民課」, goes on too)
        else:
            out.append(line)
    return "\n".join(out)


_NONE = re.compile(r"[-－―—ー‐–]+|なし|無し")
"""A department cell that names none (「関係課　－」)."""


def looks_like_departments(text: str) -> bool:
    """True when the text is nothing but department names (政策課、職員課 / 総務課・契約課)."""
    text = text.strip()
    if not text or "。" in text or len(text) > 80:
        return False
    names = split_departments(text)
    return bool(names) and all(DEPARTMENT_SUFFIX.search(n) or _GENERIC.match(n) for n in names)


def is_department_key(key: str) -> bool:
    return header_role(key) == "department"


def heading_departments(title: str) -> tuple[str, list[str]]:
    """A title with a trailing department bracket -> (title without it, names).

    「地域公共交通の見直し（交通政策課）」, 「…（担当：企画課・財政課）」, 「…【安心安全課・道路交通課】」.
    """
    match = _SUFFIX_BRACKET.match(title)
    if not match:
        return trailing_departments(title)
    inner = match.group("inner").strip()
    keyed = key_value(inner)
    if keyed and is_department_key(keyed[0]):
        inner = keyed[1]
    if not looks_like_departments(inner):
        return title, []
    return match.group("title").strip(), split_departments(inner)


_TRAILING_KEY = re.compile(r"^(?P<title>.+?)\s+(?P<key>[^\s:：]{1,8})\s*[:：]?\s+(?P<names>\S.*)$")


def trailing_departments(title: str) -> tuple[str, list[str]]:
    """A heading followed on its line by a department key and names, as a PDF's text gives a 「担当課」 box drawn
    beside it: 「窓口サービスの利便性向上 担当課 市民課」 -> ('窓口サービスの利便性向上', ['市民課'])."""
    match = _TRAILING_KEY.match(title.strip())
    if not match or not is_department_key(match.group("key")) or not looks_like_departments(match.group("names")):
        return title, []
    return match.group("title").strip(), split_departments(match.group("names"))
