"""Deterministic synthetic corpora for scale tests, built from the real records' vocabulary.

``synthetic_records(real_records, n, seed=0)`` returns ``n`` valid :class:`~assistant.types.Record`
objects that look like the real corpus: the same document layouts, record types, label schemes,
sections, departments, cities and sentences, recombined. Nothing is invented word by word; every
sentence of a synthetic record is a real sentence (from a real record of the same record type) with
its city names swapped and its quantities re-drawn.

How one synthetic document is made (all choices come from one ``random.Random(seed)``):

* a real document is picked as the template (its kind, its records' labels, record types, numbers,
  pages and flags, in order); every template record gives one synthetic record, so labels are unique
  within a synthetic document exactly as they are in the real one (``取組項目01`` … ``取組項目65``);
  a 部の方針 label (``総務部「…」``) is made from a random 部 and a random real policy title, redrawn
  until unique in the document;
* a city is drawn from ``cities`` (default: the real records' cities) and written into the document
  title, the sentences and the sections in place of the real city names (full name and stem,
  e.g. 狛江市 / 狛江);
* the fiscal years are shifted by -2…+3 years (the 令和/平成 years in the document title follow);
* each record gets a random real title and section of its record type (for layouts whose sections
  carry the label's structure — strategy/committee reports, program-draft chapters — the template's
  section is kept), a random real department list of its type, and as many random real sentences of
  its type as the template record has, one per line;
* quantities (a number followed by 人, 件, 円, % …) are re-drawn digit by digit (same format);
  years, dates and item numbers are kept;
* short metadata fields (≤ 80 characters, e.g. 担当課, 推進部署, 指標 values) are drawn from the real
  values of the same field name; long prose fields are left out (their sentences are in ``text``).

Source files are named ``syn000042_<12 hex>.txt``; record ids are :func:`assistant.types.record_id`
of (source file, label, text), so ids and (source_file, label) keys are unique.

:func:`generate` also returns, per record, which real sentences (``pool`` positions) its text lines
come from and which real title it uses: ``scripts/bench_scale.py`` uses that to give a synthetic
passage an approximate vector without running the model on it.

All functions are pure: the output depends only on the arguments.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .jp import MULTIPLIER, era_to_western
from .passages import sentences
from .types import Record, RecordType, record_id, reiwa

# Layouts whose section path is tied to the label (keep the template's section there).
_KEEP_SECTION_TYPES = {RecordType.section, RecordType.review_sheet, RecordType.meeting_summary}
_SHORT_FIELD = 80
_YEAR_SHIFTS = (-2, -1, 0, 1, 2, 3)
# A quantity: digits (with , or .) followed by a counter or unit. Years (年), dates (月/日) and item
# numbers are not matched, so they stay as they are.
_QUANTITY = re.compile(
    rf"\d[\d,，.]*(?=\s*{MULTIPLIER}?\s*(?:人|件|円|%|％|回|枚|名|世帯|施設|か所|箇所|ヵ所|台|冊|団体|校|本|ポイント|時間))"
)
_ERA_YEAR = re.compile(r"(令和|平成)(元|\d{1,2})(?=年)")


@dataclass(frozen=True)
class Vocabulary:
    """What synthetic records are recombined from, gathered from real records (per record type)."""

    templates: tuple[tuple[Record, ...], ...]  # the real documents' records, in order, per source file
    pool: tuple[str, ...]  # every distinct real sentence, in corpus order
    sentences_by_type: dict[str, tuple[int, ...]]  # record type -> pool positions
    titles: tuple[str, ...]  # every distinct real title, in corpus order
    titles_by_type: dict[str, tuple[int, ...]]  # record type -> positions in ``titles``
    sections_by_type: dict[str, tuple[str, ...]]
    departments_by_type: dict[str, tuple[tuple[str, ...], ...]]
    policy_departments: tuple[str, ...]  # the 部 of 部の方針 records
    field_values: dict[str, tuple[str, ...]]  # field name -> its short real values
    cities: tuple[str, ...]


@dataclass(frozen=True)
class SyntheticCorpus:
    """Synthetic records plus where their text comes from (for approximate embeddings)."""

    records: list[Record]
    pool: tuple[str, ...]  # real sentences
    titles: tuple[str, ...]  # real titles
    sentence_ids: list[tuple[int, ...]]  # per record: pool position of each text line, in order
    title_ids: list[int]  # per record: position of its title in ``titles``


def _distinct(items) -> tuple:
    return tuple(dict.fromkeys(items))


def vocabulary(records: Sequence[Record]) -> Vocabulary:
    """Gather the recombinable parts of ``records`` (deterministic: corpus order)."""
    if not records:
        raise ValueError("synthetic records need at least one real record")
    by_file: dict[str, list[Record]] = {}
    for r in records:
        by_file.setdefault(r.source_file, []).append(r)
    pool = _distinct(s for r in records for s in sentences(r.text))
    pool_pos = {s: i for i, s in enumerate(pool)}
    titles = _distinct(r.title for r in records)
    title_pos = {t: i for i, t in enumerate(titles)}
    types = _distinct(str(r.record_type) for r in records)
    of_type = {t: [r for r in records if str(r.record_type) == t] for t in types}
    field_values: dict[str, list[str]] = {}
    for r in records:
        for key, value in r.fields.items():
            if value and len(value) <= _SHORT_FIELD:
                field_values.setdefault(key, []).append(value)
    return Vocabulary(
        templates=tuple(tuple(by_file[f]) for f in sorted(by_file)),
        pool=pool,
        sentences_by_type={
            t: _distinct(pool_pos[s] for r in rs for s in sentences(r.text)) for t, rs in of_type.items()
        },
        titles=titles,
        titles_by_type={t: _distinct(title_pos[r.title] for r in rs) for t, rs in of_type.items()},
        sections_by_type={t: _distinct(r.section for r in rs) for t, rs in of_type.items()},
        departments_by_type={t: _distinct(tuple(r.departments) for r in rs) for t, rs in of_type.items()},
        policy_departments=_distinct(
            r.departments[0] for r in records if r.record_type == RecordType.policy and r.departments
        ),
        field_values={k: _distinct(v) for k, v in field_values.items()},
        cities=_distinct(r.city for r in records),
    )


def _stem(city: str) -> str:
    return city[:-1] if len(city) > 2 and city[-1] in "市区町村" else city


def localize(text: str, real_cities: Sequence[str], city: str) -> str:
    """Write ``city`` wherever ``text`` names one of ``real_cities`` (full name first, then stem)."""
    for real in real_cities:
        if real == city:
            continue
        text = text.replace(real, city)
        stem, new_stem = _stem(real), _stem(city)
        if stem != real:
            text = text.replace(stem, new_stem)
    return text


def redraw_quantities(text: str, rng: random.Random) -> str:
    """Replace each quantity's digits by random ones, keeping its format (1,172,000 円 -> 8,305,417 円)."""

    def draw(m: re.Match[str]) -> str:
        out = []
        first = True
        for ch in m.group(0):
            if ch.isdigit():
                out.append(str(rng.randint(1, 9) if first else rng.randint(0, 9)))
                first = False
            else:
                out.append(ch)
        return "".join(out)

    return _QUANTITY.sub(draw, text)


def shift_era_years(text: str, shift: int) -> str:
    """令和3年 -> 令和5年 for ``shift`` 2 (crossing into 平成 when needed)."""
    if not shift:
        return text

    def move(m: re.Match[str]) -> str:
        return reiwa(era_to_western(m.group(1), m.group(2)) + shift)

    return _ERA_YEAR.sub(move, text)


def source_file_name(seed: int, doc: int) -> str:
    digest = hashlib.sha256(f"synthetic:{seed}:{doc}".encode()).hexdigest()[:12]
    return f"syn{doc:06d}_{digest}.txt"


def _unique(label: str, seen: set[str]) -> str:
    out, n = label, 2
    while out in seen:
        out, n = f"{label} ({n})", n + 1
    return out


def _record(
    template: Record,
    vocab: Vocabulary,
    rng: random.Random,
    *,
    source_file: str,
    city: str,
    document: str,
    shift: int,
    seen: set[str],
) -> tuple[Record, tuple[int, ...], int]:
    kind = str(template.record_type)
    title_id = rng.choice(vocab.titles_by_type[kind])
    title = localize(vocab.titles[title_id], vocab.cities, city)
    if template.record_type == RecordType.policy and vocab.policy_departments:
        department = rng.choice(vocab.policy_departments)
        label = f"{department}「{title}」"
        for _ in range(8):  # redraw a title until the label is new in this document
            if label not in seen:
                break
            title_id = rng.choice(vocab.titles_by_type[kind])
            title = localize(vocab.titles[title_id], vocab.cities, city)
            label = f"{department}「{title}」"
        departments = [department]
        section = f"{department}の方針"
    else:
        label = template.label
        departments = list(rng.choice(vocab.departments_by_type[kind]))
        if template.record_type in _KEEP_SECTION_TYPES:
            section = template.section
        else:
            section = rng.choice(vocab.sections_by_type[kind])
    label = _unique(localize(label, vocab.cities, city), seen)
    seen.add(label)
    section = localize(section, vocab.cities, city)

    available = vocab.sentences_by_type[kind]
    count = min(max(1, len(sentences(template.text))), len(available))
    ids = tuple(rng.sample(available, count))
    lines = [redraw_quantities(localize(vocab.pool[i], vocab.cities, city), rng) for i in ids]
    text = "\n".join(lines)
    fields = {}
    for key, value in template.fields.items():
        if len(value) <= _SHORT_FIELD and vocab.field_values.get(key):
            fields[key] = redraw_quantities(localize(rng.choice(vocab.field_values[key]), vocab.cities, city), rng)
    record = Record(
        id=record_id(source_file, label, text),
        source_file=source_file,
        city=city,
        document=document,
        kind=template.kind,
        record_type=template.record_type,
        fiscal_years=[y + shift for y in template.fiscal_years],
        label=label,
        number=template.number,
        title=title,
        section=section,
        departments=departments,
        page=template.page,
        text=text,
        fields=fields,
        flags=list(template.flags),
    )
    return record, ids, title_id


def generate(
    real_records: Sequence[Record], n: int, seed: int = 0, cities: Sequence[str] | None = None
) -> SyntheticCorpus:
    """``n`` synthetic records (see the module docstring), with their sentence provenance."""
    if n < 0:
        raise ValueError("n must be >= 0")
    vocab = vocabulary(real_records)
    city_choices = tuple(cities) if cities else vocab.cities
    rng = random.Random(seed)
    records: list[Record] = []
    sentence_ids: list[tuple[int, ...]] = []
    title_ids: list[int] = []
    doc = 0
    while len(records) < n:
        template = vocab.templates[rng.randrange(len(vocab.templates))]
        city = rng.choice(city_choices)
        shift = rng.choice(_YEAR_SHIFTS)
        source_file = source_file_name(seed, doc)
        document = shift_era_years(localize(template[0].document, vocab.cities, city), shift)
        seen: set[str] = set()
        for t in template:
            if len(records) >= n:
                break
            record, ids, title_id = _record(
                t, vocab, rng, source_file=source_file, city=city, document=document, shift=shift, seen=seen
            )
            records.append(record)
            sentence_ids.append(ids)
            title_ids.append(title_id)
        doc += 1
    return SyntheticCorpus(
        records=records, pool=vocab.pool, titles=vocab.titles, sentence_ids=sentence_ids, title_ids=title_ids
    )


def synthetic_records(
    real_records: Sequence[Record], n: int, seed: int = 0, cities: Sequence[str] | None = None
) -> list[Record]:
    """``n`` deterministic synthetic records recombined from ``real_records`` (same seed, same records)."""
    return generate(real_records, n, seed=seed, cities=cities).records


__all__ = [
    "SyntheticCorpus",
    "Vocabulary",
    "generate",
    "localize",
    "redraw_quantities",
    "shift_era_years",
    "source_file_name",
    "synthetic_records",
    "vocabulary",
]
