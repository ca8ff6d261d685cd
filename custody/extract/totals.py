"""Totals against their parts, over one document's records.

News gives a figure twice: as a headline total ("more than 6,000 freed") and as
the parts the body lists ("5,864 nationals ... and 180 foreigners"), or the
parts first and the sum after ("a Norwegian and three Indonesians ... all four
men"). The parts by nationality or holder are the records; the total that they
add up to is an ``aggregate`` (docs/event-record.md, "Totals and parts"). This
pass runs before ``merge.absorb_parts``: parts told apart by nationality or holder
(foreigners apart from the nationals beside them) first make their total an
aggregate, which no part then joins; parts by place, unit or category then join
their batch there.
"""

from __future__ import annotations

import re
from itertools import combinations

from custody.extract.mentions import Mention
from custody.extract.merge import absorb, all_n, compatible

_MAX_PARTS = 4


def mark_totals_of_parts(records: list[Mention]) -> None:
    """Mark as aggregate each counted record that other records of the same kind add
    up to, when those parts are told apart by nationality or holder; and each share of
    a group taken before ('2,100 villagers were abducted ... 1,240 of them have been rescued')."""
    _mark_shares_of_groups(records)
    marked: list[Mention] = []
    for total in records:
        if total.aggregate or total.count is None or total.type == "deal":
            continue
        if _whole_of_batches(total, records):
            total.aggregate = True
            total.rules["aggregate"] = "totals:all N freed, with batches of them told apart"
            marked.append(total)
            continue
        parts = _parts_of(total, records)
        if parts:
            total.aggregate = True
            total.rules["aggregate"] = "totals:sum of parts " + " + ".join(
                str(p.count.value) for p in parts if p.count is not None
            )
            marked.append(total)
    for total in marked:
        _fold_twin(total, records)


def _fold_twin(total: Mention, records: list[Mention]) -> None:
    """A total found by its parts that the report also gives as a running total ('41
    hostages released' in the headline, 'bringing the total released hostages to 41' in the
    body)
    is one record: the two were not merged while only one was an aggregate."""
    twin = next((r for r in records if r is not total and compatible(r, total)), None)
    if twin is None:
        return
    first, second = (twin, total) if records.index(twin) < records.index(total) else (total, twin)
    absorb(first, second)
    records.remove(second)


_NOW_FREE_RE = re.compile(
    r"[^.;]{0,80}?\b(?:(?:are|is)\s+(?:now\s+|all\s+|finally\s+)*(?:free|home|back|safe|out)"
    r"|(?:have|has)\s+(?:now\s+|all\s+)*(?:come|returned)\s+home|came\s+home)\b"
)
_THE_LAST_RE = re.compile(r"\b[Tt]he\s+last\s+$")


def _whole_of_batches(total: Mention, records: list[Mention]) -> bool:
    """'All 20 living hostages are home' (or 'the last 12') beside releases of some of them
    told apart ('seven were handed over in the morning, the remaining 13 hours later'): the
    whole group, freed in batches, is their running total."""
    c = total.count
    if c is None or (total.type, total.status) != ("release", "occurred"):
        return False
    text = total.sentence.text
    if not (all_n(total) or _THE_LAST_RE.search(text, max(0, c.start - 12), c.start)):
        return False
    if not _NOW_FREE_RE.match(text, c.end):
        return False  # ('All 12 were freed on Sunday': the batch of that day)
    return any(
        r is not total
        and r.count is not None
        and not r.aggregate
        and (r.type, r.status) == ("release", "occurred")
        and r.count.value < c.value
        and not (r.holder and total.holder and r.holder != total.holder)
        for r in records
    )


def _parts_of(total: Mention, records: list[Mention]) -> list[Mention] | None:
    assert total.count is not None
    candidates = [
        r
        for r in records
        if r is not total
        and _people_in(r)
        and not r.aggregate
        and (r.type, r.status) == (total.type, total.status)
        and (r.condition == "deceased") == (total.condition == "deceased")
        and _people_in(r) < total.count.value
        and not (r.holder and total.holder and r.holder != total.holder)
    ]
    if len(candidates) < 2 or len(candidates) > 12:
        return None
    for size in range(2, min(_MAX_PARTS, len(candidates)) + 1):
        for parts in combinations(candidates, size):
            values = [_people_in(p) for p in parts]
            if _adds_up(total, sum(values)) and _told_apart(total, parts):
                return list(parts)
    return None


def _people_in(r: Mention) -> int:
    """How many people a record tells: its count, or one for one named person with none
    ('freed Norwegian Kjartan Sekkingstad' is a part of 'four foreigners')."""
    if r.count is not None:
        return r.count.value
    return 1 if len(r.names) == 1 else 0


def _adds_up(total: Mention, value: int) -> bool:
    """Whether parts summing to ``value`` make the total's figure, read with its qualifier."""
    assert total.count is not None
    figure, qualifier = total.count.value, total.count.qualifier
    if value == figure:
        return qualifier in ("exact", "about", "at_least", "at_most")
    slack = max(2, figure // 20)
    if qualifier in ("more_than", "at_least"):
        return figure < value <= figure + slack
    if qualifier == "at_most":
        return figure - slack <= value < figure
    if qualifier == "about":
        return abs(value - figure) <= slack
    return False


def _told_apart(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """Parts that are records of their own: each of another nationality or holder, and
    all of them people the total may hold ('two Poles' is not 'a French and a Briton')."""
    # foreigners are told apart from the nationals counted beside them
    rest = ("nationals",) if any(_foreign(p) for p in parts) else ()
    keys = [(tuple(sorted(p.nationality)) or _foreign(p) or rest, p.holder) for p in parts]
    if not all(k[0] or k[1] for k in keys) or len(set(keys)) != len(keys):
        return False
    told = {n for p in parts for n in p.nationality}
    return not total.nationality or told <= set(total.nationality)


def _foreign(p: Mention) -> tuple[str, ...]:
    return ("foreign",) if "foreign_nationals" in p.categories else ()


_PERFECT_BEFORE_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so far\s+|since\s+)?(?:been\s+)?$", re.I
)
_PERFECT_WORD_RE = re.compile(r"(?:has|have)\s", re.I)
_GROUP_TAKEN = ("detention", "holding")


def _mark_shares_of_groups(records: list[Mention]) -> None:
    """'The militants abducted 2,100 villagers. The office said 1,240 of them have
    been rescued': people told as a share of a group taken or held before ('of them'), freed in
    a perfect tense, are a running total of that group's releases."""
    for r in records:
        if r.aggregate or r.type != "release" or r.count is None or r.count.noun != "them":
            continue
        t = r.trigger
        text = r.sentence.text
        if (
            t is None
            or t.start < r.count.end
            or not (_PERFECT_WORD_RE.match(t.text) or _PERFECT_BEFORE_RE.search(text, 0, t.start))
        ):
            continue
        group = _group_before(r, records)
        if group is not None:
            r.aggregate = True
            r.rules["aggregate"] = (
                f"totals:a share of the {group.count.value if group.count else ''} taken before"
            )


def _group_before(r: Mention, records: list[Mention]) -> Mention | None:
    """The group taken or held that 'of them' refers to: the last counted record told in
    the two sentences before, if a detention, holding or running total of the same kind
    larger than the share."""
    assert r.count is not None
    before = [
        o for o in records if o.count is not None and 0 < r.sentence.index - o.sentence.index <= 2
    ]
    last = max(
        before, key=lambda o: (o.sentence.index, o.count.start if o.count else 0), default=None
    )
    if last is None or last.count is None:
        return None
    # ('A total of 122 have been returned since 2020. 105 of them ...': a share of a total)
    if last.type not in _GROUP_TAKEN and not (last.aggregate and last.type == r.type):
        return None
    return last if last.count.value > r.count.value else None
