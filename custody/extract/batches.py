"""Which records tell one happening and which another: a count told as another batch
('two others', 'two more') is not one told before; a holding in the pluperfect of people
the report frees is no holding now; the Red Cross carrying people a party has freed is
that release, not a transfer of custody; one person counted ('an American', 'one of the
teachers') and named is one record."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.objects import FRAGMENT_RULE, LIST_RULE, own_day_after, series_item
from custody.extract.states import state_names

_ANOTHER_RE = re.compile(r"\b(?:more(?!\s+than)|others?|another|further|additional)\b", re.I)


def another_batch(before: Mention, m: Mention, first: int) -> bool:
    """'Two of them were freed in October. Two others were released in November': a
    count told later as another batch than one before ('two more', 'two others',
    'another two') is not that batch told again, unless the one before is the first
    sentence that tells a record (a headline or a lead sums up; 'two additional' may
    count from a batch it does not tell) or is itself told so ('frees two more
    hostages' over 'two more hostages were freed')."""
    if _list_line(m) and (_list_line(before) or _counted_as_another(m)):
        return True  # 'Friday: 13 Israelis. Saturday: another 13.': a batch a line
    if (
        m.count is not None
        and FRAGMENT_RULE in m.count.rules
        and (_counted_as_another(m) or m.sentence.text.startswith(" more", m.count.end))
    ):
        return True  # 'X freed 13 on Friday. On Saturday, another 13.' (even in a lead)
    if before.sentence.index == m.sentence.index:
        # ('freed 39 on the first day, another 39 on the second'): a series' items
        c, b = m.count, before.count
        return (
            c is not None
            and b is not None
            and c.start != b.start
            and (
                series_item(m.sentence.text, c)
                # ('13 Israelis on Friday, 13 more Israelis on Saturday'): each its own day
                or own_day_after(m.sentence.text, c)
                and own_day_after(m.sentence.text, b)
            )
        )
    if _counted_as_another(before) and _told_before_it(m):
        return True  # 'freed 10 more soldiers ... It had already handed over 10 on 4 May'
    if _ordinal(m) and not _counted_as_another(before):
        return True  # 'Iran freed a French national ... A second French citizen was freed'
    return (
        before.sentence.index != first
        and _counted_as_another(m)
        and not _counted_as_another(before)
    )


def _list_line(m: Mention) -> bool:
    return m.count is not None and LIST_RULE in m.count.rules


def _told_before_it(m: Mention) -> bool:
    """A release told in the pluperfect ('had already handed over 10 prisoners'): the
    batch before the one counted as 'more'."""
    t = m.trigger
    return (
        t is not None
        and _PLUPERFECT_BEFORE_RE.search(m.sentence.text, max(0, t.start - 24), t.start) is not None
    )


_PLUPERFECT_BEFORE_RE = re.compile(r"\bhad\s+(?:already\s+|earlier\s+|previously\s+)?$", re.I)


def _ordinal(m: Mention) -> bool:
    """One person counted by an ordinal ('a second hostage', 'a fifth detainee')."""
    c = m.count
    return c is not None and _ORDINAL_RE.match(m.sentence.text, c.start) is not None


_ORDINAL_RE = re.compile(
    r"(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I
)


def _counted_as_another(m: Mention) -> bool:
    c = m.count
    if c is None:
        return False
    text = m.sentence.text
    return (
        _ANOTHER_RE.search(text, max(0, c.start - 12), min(len(text), c.end + 1)) is not None
        or _ORDINAL_RE.match(text, c.start) is not None
        or _NTH_GROUP_RE.search(text, max(0, c.start - 30), c.start) is not None
    )


# 'the second group of 13 hostages': a batch after another, as 'thirteen more'
_NTH_GROUP_RE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|next)\s+(?:group|batch|round)\s+of\s+$", re.I
)


def freed_after(records: list[Mention]) -> list[Mention]:
    """'X had been held in Iran since April 2022', 'X was the last hostage held there' in
    a report of X's release: a holding told of someone the report frees is no holding now
    (a denied one stays: the denial is news); efforts 'to secure her release' told of
    someone the report frees are no demand now."""
    freed = _freed_names(records)
    counts = {
        r.count.value
        for r in records
        if r.type == "release" and r.status == "occurred" and r.count and not r.aggregate
    }
    return [
        r
        for r in records
        if not (
            (
                (r.type == "holding" and r.status == "occurred")
                or _demanded_of_one(r)
                or _planned_of_one(r)
            )
            and r.names
            and {n.lower() for n in r.names} <= freed
        )
        # 'The 90 had been held in Ofer prison before ...': the batch freed, held once
        and not (r.type == "holding" and r.held_before and r.count and r.count.value in counts)
    ]


def _freed_names(records: list[Mention]) -> set[str]:
    """The names (lower case) of the people the report tells freed."""
    return {
        n.lower()
        for r in records
        if r.type == "release" and r.status == "occurred"
        for n in r.names
    }


def _planned_of_one(r: Mention) -> bool:
    """A named person's release told as expected ('X, 28, was due to be freed'), in a
    report that tells it done: the same release, told before it happened."""
    return r.type == "release" and r.status == "planned" and r.count is None


def _demanded_of_one(r: Mention) -> bool:
    """An effort for one person's release ('worked hard to secure her release'), not a
    call on the holder ('demanded the return of X's body' stays a demand)."""
    return (
        r.type == "release"
        and r.status == "demanded"
        and r.count is None
        and _EFFORT_RE.search(r.rules.get("status", "")) is not None
    )


_EFFORT_RE = re.compile(
    r"\b(?:secure|work\w*|striv\w*|fight\w*|do\w*|press\w*|push\w*|campaign\w*|lobb\w*)\b", re.I
)


def carried_after_release(records: list[Mention]) -> list[Mention]:
    """'Seven hostages were handed to the Red Cross ... and are being transferred to the
    army': a transfer of as many people as a party freed, carried by the Red Cross, is
    that release's hand-over, not a move of people still held."""
    freed = [r for r in records if r.type == "release" and r.count is not None]
    return [
        r
        for r in records
        if not (
            r.type == "transfer"
            and r.intermediary == "ICRC"
            and r.count is not None
            and any(
                f.count is not None
                and f.count.value == r.count.value
                and (f.holder is None or r.holder is None or f.holder == r.holder)
                for f in freed
            )
        )
    ]


_INSTEAD_RE = re.compile(r"\b(?:instead of|rather than|in place of)\b", re.I)


def person_match(a: Mention, b: Mention) -> bool:
    """One named person told twice: 'released an American citizen' + 'Reilly's release'."""
    if (a.type, a.status, a.aggregate) != (b.type, b.status, b.aggregate):
        return False
    one = [m for m in (a, b) if m.count is not None]
    named = [m for m in (a, b) if m.names]
    # ('One of the teachers, X, died': one person of a sentence that names one)
    said = a.sentence.index == b.sentence.index and all(len(m.names) == 1 for m in named)
    if any(m.count.value != 1 or not (m.count.article or said) for m in one if m.count):
        return False  # ('a British couple' is two people, no named one)
    if any(_INSTEAD_RE.search(m.sentence.text) for m in one):
        return False  # 'a woman's body was handed over instead of X's': not X
    return (
        len(one) == 1
        and len(named) >= 1
        and (a.holder is None or b.holder is None or a.holder == b.holder)
    )


_JAIL_RE = re.compile(
    r"\b(?:prison|jail|detention|penal|colony|camp|penitentiary|interrogation|correctional)",
    re.I,
)


def handed_over_captives(lex: Lexicon, records: list[Mention]) -> list[Mention]:
    """A named captive 'transferred' to no jail ('on his way out X was transferred to
    another country's territory', 'the third, X, was transferred on his own'): the
    hand-over of a release, not a move of custody. Of someone the report frees, it is that
    release told again; of an armed group's captive (no state's), the release itself. An
    extradition, a deportation or a move between jails stays a transfer."""
    freed = _freed_names(records)
    out: list[Mention] = []
    for r in records:
        if not _carried(r):
            out.append(r)
        elif {n.lower() for n in r.names} <= freed:
            continue  # (its release is a record already)
        elif batch := _batch_short_of_names(records, r):
            batch.names = batch.names + r.names  # ('X was transferred on his own')
            batch.told_in = batch.told_in | r.sentence_indexes()
            batch.evidence = list(dict.fromkeys(batch.evidence + r.evidence))
        else:
            if r.holder and r.holder not in state_names(lex):
                r.type = "release"
                r.rules["type"] = (
                    r.rules.get("type", "") + " (a group's captive handed over: a release)"
                )
            out.append(r)
    return out


def _carried(r: Mention) -> bool:
    """A named person's uncounted transfer told by 'transferred', to no jail."""
    t = r.trigger
    return (
        r.type == "transfer"
        and r.count is None
        and bool(r.names)
        and t is not None
        and t.text.lower().startswith("transferred")
        and not (r.facility and _JAIL_RE.search(r.facility))
    )


def _batch_short_of_names(records: list[Mention], r: Mention) -> Mention | None:
    """The one batch freed by the captive's holder that names fewer people than it counts
    ('Hamas freed three hostages: A and B ... C was transferred separately'): C's."""
    batches = [
        b
        for b in records
        if b.type == "release"
        and b.status == "occurred"
        and not b.aggregate
        and b.count is not None
        and len(b.names) + len(r.names) <= b.count.value
        and b.names
        and (r.holder is None or b.holder == r.holder)
    ]
    return batches[0] if len(batches) == 1 else None
