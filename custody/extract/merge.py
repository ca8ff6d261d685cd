"""From mentions to records: one record per happening (the deal records made from
them are ``deals``)."""

from __future__ import annotations

import datetime as dt
import re

from custody.extract.batches import another_batch, person_match
from custody.extract.counterpart import OWN_SUBJECT, swapped_for
from custody.extract.gate import compile_gated
from custody.extract.lexicon import load_lexicon
from custody.extract.mentions import Mention
from custody.extract.name_memory import fullest, one_person
from custody.extract.objects import LIST_RULE
from custody.extract.related import link_to_another_article
from custody.extract.rounded import rounded_headlines
from custody.record import Count, Event, Location, People, Provenance, Term


def compatible(a: Mention, b: Mention) -> bool:
    if (a.type, a.status, a.aggregate) != (b.type, b.status, b.aggregate):
        return False
    if a.count is None or b.count is None or a.count.value != b.count.value:
        return False
    if a.holder and b.holder and a.holder != b.holder:
        return False
    if a.received_by(b.holder) or b.received_by(a.holder):
        return False  # '103 Ukrainians came home, while Russia received 103 of its soldiers'
    if a.nationality and b.nationality and set(a.nationality) != set(b.nationality):
        return False
    if a.condition and b.condition and a.condition != b.condition:
        return False
    if _own_date(a) and _own_date(b) and _days_apart(a.date or "", b.date or "", _lined(a, b)):
        return False  # two batches of one size on two days ('Jan. 19: three'; 'Feb. 1: three')
    if (
        a.place
        and b.place
        and _places_apart(a.place, b.place)
        and not (a.sentence.index != b.sentence.index and (all_n(a) or all_n(b)))
    ):
        return False  # 'a man in Hebron ...', 'a girl in Enugu ...': two happenings
    if a.one_side_of_two() and b.one_side_of_two() and a.trigger is b.trigger:
        return False  # 'the two countries swapped 95 POWs each': one release a side
    if (
        a.sentence.index == b.sentence.index
        and a.trigger is not b.trigger
        and any(m.holder_rule.endswith(OWN_SUBJECT) for m in (a, b))
    ):
        return False  # 'X freed 20 soldiers and the government released 20 fighters': two sides
    if _two_sides_of_one_sentence(a, b):
        return False  # 'X got back 120 soldiers and 120 POWs were handed over in return'
    if (
        (a.holder is None) != (b.holder is None)
        # (the unnamed batch is the one told 'in return': a named one is that party's)
        and any(_told_in_return(m) and not _told_again(m) for m in (a, b) if m.holder is None)
        and a.sentence.index != b.sentence.index
        and not (_given_for(a) and _given_for(b))  # both given 'in exchange for': one side
    ):
        return False  # 'In return, 115 prisoners of war...' is the other side of the swap
    return True


_ALL_BEFORE_RE = re.compile(r"\b[Aa]ll\s+(?:of\s+)?(?:the\s+)?$")


def all_n(m: Mention) -> bool:
    """Whether ``m`` counts its people as 'All 12 captives', 'all the 30 prisoners': the whole
    of a batch told before, wherever the sentence says they went."""
    c = m.count
    return c is not None and bool(
        _ALL_BEFORE_RE.search(m.sentence.text, max(0, c.start - 12), c.start)
    )


def _two_sides_of_one_sentence(a: Mention, b: Mention) -> bool:
    """Two counts of one sentence, each with a custody word of its own, one of them told
    'in return' or 'in exchange': the two sides of a swap."""
    return (
        a.sentence.index == b.sentence.index
        and a.trigger is not None
        and b.trigger is not None
        and a.trigger.start != b.trigger.start
        and _EXCHANGE_SIDE_RE.search(a.sentence.text) is not None
    )


def _told_in_return(m: Mention) -> bool:
    """People told after 'in return' or 'in exchange' ('In return, 115 prisoners of war
    were handed over'): the other side of a swap; not those told before it ('50 hostages
    would be freed in exchange for 150 prisoners')."""
    cue = _EXCHANGE_SIDE_RE.search(m.sentence.text)
    return cue is not None and (m.count is None or cue.start() < m.count.start)


def _given_for(m: Mention) -> bool:
    """People given 'in exchange for' the others ('... in exchange for 252 Venezuelans')."""
    return m.given_in_exchange() or (
        m.count is not None and swapped_for(m.sentence.text, m.count.start)
    )


def _told_again(m: Mention) -> bool:
    """People counted with 'the' ('in exchange for the four soldiers'): those told before."""
    c = m.count
    return (
        c is not None
        and _THE_BEFORE_RE.search(m.sentence.text, max(0, c.start - 5), c.start) is not None
    )


_THE_BEFORE_RE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _own_date(m: Mention) -> bool:
    """Whether the mention's own sentence told its day (not a scene's day it took)."""
    return bool(m.date) and not m.date_rule.startswith("date:same-scene")


def _days_apart(a: str, b: str, lined: bool = False) -> bool:
    """Whether two record dates name different days: not a month and a day in it, nor
    two days in a row (a night's release is told on either), unless one of them is the
    day a line of a timeline or list opens with ('Nov. 24 — 13 Israelis', 'Nov. 25 —
    another 13'): a round a line, each its own day."""
    if a.startswith(b) or b.startswith(a):
        return False
    if len(a) == len(b) == 10:
        gap = dt.date.fromisoformat(a) - dt.date.fromisoformat(b)
        return abs(gap.days) > (0 if lined else 1)
    return True


def _lined(a: Mention, b: Mention) -> bool:
    """Whether either record's day is a timeline line's own (entry date, list line's day)."""
    return (
        a.date_rule.startswith("date:timeline-entry")
        or b.date_rule.startswith("date:timeline-entry")
        or (a.count is not None and LIST_RULE in a.count.rules)
        or (b.count is not None and LIST_RULE in b.count.rules)
    )


_EXCHANGE_SIDE_RE = re.compile(r"\b(?:in return|in exchange)\b", re.I)


def _told_side(merged: list[Mention], m: Mention) -> Mention | None:
    """'Russia freed 90 ... Ukraine returned 90 Russian POWs. In exchange, 90 prisoners
    were handed over': the unnamed 'in exchange' batch is the other side of the release
    told just before it; when the report has told that other side already (a record
    of the same count held by another party), it is that record."""
    if m.holder is not None or m.count is None or not _EXCHANGE_SIDE_RE.search(m.sentence.text):
        return None
    index = m.sentence.index
    alike = [
        r
        for r in merged
        if (r.type, r.status, r.aggregate) == (m.type, m.status, m.aggregate)
        and r.count is not None
        and r.count.value == m.count.value
        and r.holder is not None
        and max(r.sentence_indexes()) < index
    ]
    before = [r for r in alike if index - max(r.sentence_indexes()) == 1]
    if len(before) != 1:
        return None
    others = [r for r in alike if r.holder != before[0].holder]
    if len({r.holder for r in others}) != 1 or len(others) != 1:
        return None
    other = others[0]
    if m.nationality and other.nationality and set(m.nationality) != set(other.nationality):
        return None
    return other


def _territory(place: str) -> bool:
    """A country or a territory of places.json ('Gaza', 'the occupied West Bank'), which
    a town told for the same happening lies in."""
    lex = load_lexicon()
    if place in lex.country_names or place in lex.places.get("territories", ()):
        return True  # ('West Bank': 'West' is no direction there)
    words = place.split()
    while words and words[0] in lex.places["direction"]:
        words = words[1:]
        name = " ".join(words)  # ('occupied West Bank': 'West' opens the territory's name)
        if name in lex.country_names or name in lex.places.get("territories", ()):
            return True
    name = " ".join(words)
    return name in lex.country_names or name in lex.places.get("territories", ())


def _places_apart(a: str, b: str) -> bool:
    """Two towns, neither inside the other's name ('Hebron', 'Enugu'); a town and its
    territory ('Jenin', 'the West Bank') may be one happening told twice."""
    x, y = a.lower(), b.lower()
    return x not in y and y not in x and not _territory(a) and not _territory(b)


def absorb(into: Mention, other: Mention) -> None:
    # new lists: the sides of an 'each' sentence are copies (sentence._copy) that may share
    told_once = len(into.sentence_indexes()) == 1
    into.told_in = into.told_in | other.sentence_indexes()
    if into.holder is None and other.holder:
        into.holder, into.holder_rule = other.holder, other.holder_rule
    into.names = fullest(list(dict.fromkeys(into.names + other.names)))
    into.nationality = list(dict.fromkeys(into.nationality + other.nationality))
    into.categories = list(dict.fromkeys(into.categories + other.categories))
    into.condition = into.condition or other.condition
    into.held_before = into.held_before or other.held_before
    if into.date is None and other.date:
        into.date, into.date_rule = other.date, other.date_rule
    if into.place is None and into.facility is None and (other.place or other.facility):
        into.place, into.facility, into.location_rule = (
            other.place,
            other.facility,
            other.location_rule,
        )
    elif (
        into.type == "release"
        and into.place
        and other.place
        and _territory(into.place)
        and not _territory(other.place)
    ):  # 'released three hostages in Gaza' + 'on a stage in Khan Younis': the town (arrests
        # across a territory are not all made in the town of some of them)
        into.location_rule = f"{other.location_rule} (a town of the territory {into.place!r})"
        into.place = other.place
    into.intermediary = into.intermediary or other.intermediary
    into.mediators = list(dict.fromkeys(into.mediators + other.mediators))
    into.source_actor = into.source_actor or other.source_actor
    into.evidence = list(dict.fromkeys(into.evidence + other.evidence))
    for k, v in other.rules.items():
        into.rules.setdefault(k, v)
    if (
        into.count
        and other.count
        and into.count.qualifier == "exact"
        and other.count.qualifier != "exact"
        and told_once
    ):
        into.count = other.count  # headlines drop 'at least'; the body keeps it (not once
        # a body sentence told it exact: 'ten soldiers', 'ten servicemen', 'more than ten')


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    merged: list[Mention] = []
    first = min((m.sentence.index for m in mentions), default=0)  # the headline, often
    for m in mentions:
        if link_to_another_article(m.sentence.text):
            continue
        target = next(
            (r for r in merged if compatible(r, m) and not another_batch(r, m, first)), None
        ) or _told_side(merged, m)
        if target is None and (m.names or (m.count and m.count.article)):
            target = next((r for r in merged if person_match(r, m)), None)
            if target is not None:
                target.count = None  # 'an American citizen' who is named: a person, not a count
        if target is None and m.count is None and m.names:
            target = next(
                (
                    r
                    for r in merged
                    if (r.count is None or not r.aggregate)
                    and (r.type, r.status) == (m.type, m.status)
                    and any(one_person(a, b) for a in r.names for b in m.names)
                    and not _once_before(r, m)
                ),
                None,
            )
        if target is None and m.count is None and m.names:
            target = _the_batch_told_again(merged, m)
        named = _named_before(merged, m, first) if target is None and m.count and m.names else None
        if named is None and target is None and m.count and not m.names:
            named = _named_then_counted(merged, m, first)
        if named is not None:  # 'Hostages A, B, C return' over 'The three freed were A, B, C'
            absorb(m, merged[named])
            merged[named] = m
        elif target is None:
            merged.append(m)
        else:
            absorb(target, m)
    return rounded_headlines(merged, absorb)


def _named_before(merged: list[Mention], m: Mention, first: int) -> int | None:
    """The index of a record told before of the same people by their names only (a
    headline's 'Hostages A, B and C return'), which the counted batch naming them takes in."""
    names = {n.lower() for n in m.names}
    return next(
        (
            i
            for i, r in enumerate(merged)
            if r.count is None
            and r.sentence.index == first
            and (r.type, r.status, r.aggregate) == (m.type, m.status, m.aggregate)
            and names & {n.lower() for n in r.names}
            and not (r.holder and m.holder and r.holder != m.holder)
            and not _once_before(r, m)
        ),
        None,
    )


def _named_then_counted(merged: list[Mention], m: Mention, first: int) -> int | None:
    """The index of a headline's record of people told by their names only ('A and B
    released from Chinese detention') that a lead counts as many again, unnamed ('Two
    Canadian nationals have been released from Chinese detention')."""
    c = m.count
    if c is None or c.qualifier != "exact" or c.value < 2 or m.aggregate or first != 0:
        return None
    return next(
        (
            i
            for i, r in enumerate(merged)
            if r.count is None
            and r.sentence_indexes() == {first}
            and len(r.names) == c.value
            and (r.type, r.status, r.aggregate) == (m.type, m.status, m.aggregate)
            and not (r.holder and m.holder and r.holder != m.holder)
            and not (r.nationality and m.nationality and set(r.nationality) != set(m.nationality))
        ),
        None,
    )


_TOLD_AGAIN_RE = re.compile(
    r"\b(?i:the)\s+(?:newly\s+)?(?:freed|released|returned|exchanged|repatriated)\s+"
    r"(?P<who>[A-Z][\w-]+|prisoners|detainees|hostages|captives|inmates|soldiers|POWs|men|women)\b"
)


def _the_batch_told_again(merged: list[Mention], m: Mention) -> Mention | None:
    """'Buses carrying the freed Palestinians arrived ... Among them was X': people named
    in a sentence that tells again the one batch of that kind told before are its people."""
    again = _TOLD_AGAIN_RE.search(m.sentence.text)
    if again is None:
        return None
    who = again.group("who")
    # 'the freed Palestinians': the batch of that nationality ('Palestinians' -> 'Palestinian')
    demonym = who[:-1] if who[:1].isupper() and who.endswith("s") else None
    batches = [
        r
        for r in merged
        if (r.type, r.status) == (m.type, m.status)
        and r.count is not None
        and not r.aggregate
        and min(r.sentence_indexes()) < m.sentence.index
        and (not m.holder or not r.holder or m.holder == r.holder)
        and (not m.nationality or set(m.nationality) <= set(r.nationality))
        and (demonym is None or demonym in r.nationality)
    ]
    return batches[0] if len(batches) == 1 else None


def _once_before(a: Mention, b: Mention) -> bool:
    """'X was freed on Thursday ... X was freed once before, in 2011': one of the two
    tells an earlier happening of the same person (a year of its own, 'once before')."""
    return (
        any(_ONCE_BEFORE_RE.search(m.sentence.text) for m in (a, b))
        and a.sentence.index != b.sentence.index
    )


_ONCE_BEFORE_RE = re.compile(
    r"\b(?:once before|once already|(?:was|were|had been) (?:\w+ )?(?:previously|before)|"
    r"previously (?:freed|released|arrested|detained|jailed))\b",
    re.I,
)


def absorb_parts(
    records: list[Mention], new_batch: re.Pattern[str], sides: dict[str, str] | None = None
) -> list[Mention]:
    """Smaller counts of released people told after a batch, of the same side and people,
    with no day of their own, are parts of it ('37 were released in Ramallah and five in
    East Jerusalem', 'including 13 sailors') while one sentence's parts add up to no more
    than it (a batch is broken down by unit, then by place); a sentence that tells another
    batch ('13 more', 'later') starts one. The parts' names and categories go to it."""
    out: list[Mention] = []
    taken: dict[tuple[int, int], int] = {}  # (id(batch), sentence) -> its people told there
    own: dict[int, set[int]] = {}  # id(batch) -> its sentences before any part joined it
    for m in sorted(records, key=_first_start):
        batch = None if not _may_be_part(m, new_batch) else _batch_of(m, out, taken, own, sides)
        if batch is None:
            out.append(m)
            continue
        assert m.count is not None
        taken[(id(batch), m.sentence.index)] = (
            taken.get((id(batch), m.sentence.index), 0) + m.count.value
        )
        own.setdefault(id(batch), set(batch.sentence_indexes()))
        batch.told_in = batch.told_in | m.sentence_indexes()  # (new: see absorb)
        batch.names = list(dict.fromkeys(batch.names + m.names))
        batch.categories = list(dict.fromkeys(batch.categories + m.categories))
        batch.evidence = list(dict.fromkeys(batch.evidence + m.evidence))
        assert batch.count is not None
        batch.count.rules.append(f"has-part:{m.count.value} (merge.absorb_parts)")
    keep = {id(r) for r in out}
    return [r for r in records if id(r) in keep]


def _first_start(m: Mention) -> int:
    return min((e.start for e in m.evidence), default=0)


def _may_be_part(m: Mention, new_batch: re.Pattern[str]) -> bool:
    return (
        m.type in ("release", "detention")
        and m.status == "occurred"
        and not m.aggregate
        and m.count is not None
        and LIST_RULE not in m.count.rules  # (a list line's batch: a day of its own)
        # 'around 530' of 537: another source's figure; 'about 30 of them': a part
        and (m.count.qualifier == "exact" or _OF_THEM_RE.search(m.sentence.text) is not None)
        # arrests told region by region are as often operations of their own: only people
        # told as some of those arrested before, or in a town of a round-up, are a part
        and (
            m.type == "release"
            or _OF_THEM_RE.search(m.sentence.text) is not None
            or (m.place is not None and not _territory(m.place))
        )
        and (
            not any(new_batch.search(_others_of_the_same(e.text)) for e in m.evidence)
            # 'two women who were returned as part of the last exchange': of that batch
            or _AS_PART_OF_RE.search(m.sentence.text) is not None
        )
        # one named person is news of their own, unless told as one of a batch
        and not (m.names and m.count.value == 1 and not _AMONG_RE.search(m.sentence.text))
    )


def _others_of_the_same(text: str) -> str:
    """``text`` without an 'and M others to' that follows a count of its own sentence
    ('66 detainees to Ramallah and 15 others to Jerusalem'): others than those, sent
    elsewhere, not another batch than the one told before."""
    m = _AND_N_OTHERS_RE.search(text)
    if m is None or not re.search(r"\d", text[: m.start()]):
        return text
    return text[: m.start()] + text[m.end() :]


_AND_N_OTHERS_RE = re.compile(r"\band\s+(?:\d[\d,]*|[a-z]+)\s+others\s+to\b")
"""'... and 15 others to East Jerusalem': a part by destination ('and 220 others from
prisons in Marib' may be another holder's batch)."""
_AS_PART_OF_RE = re.compile(
    r"\bas part of (?:the|this|that|today's|Friday's|the latest|the last) (?:[\w-]+\s+)?"
    r"(?:exchange|swap|release|handover|deal)\b",
    re.I,
)
_AMONG_RE = re.compile(r"\b(?:among|including|included|includes|include)\b", re.I)
_OF_THEM_RE = compile_gated(
    r"(?:\d|\b[a-z]+)\s+(?:of them|of those"
    r"|of the (?:[\w-]+\s+){0,2}(?:arrested|detained|abducted|detainees|arrests))\b",
    re.I,
)
"""'About 30 of them were arrested in ...', 'At least 10 of the people arrested in ...':
people of a batch told before."""


def _combatants(m: Mention, sides: dict[str, str] | None) -> bool:  # people.json 'side'
    return bool(sides and m.count and sides.get(m.count.noun.lower()) == "combatants")


def _batch_of(
    m: Mention,
    earlier: list[Mention],
    taken: dict[tuple[int, int], int],
    own: dict[int, set[int]],
    sides: dict[str, str] | None = None,
) -> Mention | None:
    assert m.count is not None
    for b in reversed(earlier):
        if (  # ('Two of the kidnappers were arrested' after '5 miners kidnapped': not of them)
            _combatants(m, sides) == _combatants(b, sides)
            and (b.type, b.status) == (m.type, "occurred")
            # a period's tally of arrests is told by place and category too
            and (not b.aggregate or m.type == "detention")
            and b.count is not None
            and taken.get((id(b), m.sentence.index), 0) + m.count.value <= b.count.value
            and m.count.value < b.count.value
            and not m.sentence_indexes()
            & own.get(id(b), b.sentence_indexes())  # one sentence's counts: _breakdowns
            and (m.holder is None or b.holder is None or m.holder == b.holder)
            # parts by nationality are records of their own (the batch is their total)
            and (not m.nationality or set(m.nationality) == set(b.nationality))
            # (an arrest campaign is told by place and category, seldom side by side)
            and (  # ('230 soldiers and civilians ... 213 soldiers, 11 officers and 6 civilians')
                (m.holder and m.holder == b.holder)
                or (m.holder is None and m.categories and set(m.categories) <= set(b.categories))
                or m.nationality
                or m.type == "detention"
            )
            and (m.condition == "deceased") == (b.condition == "deceased")
            and (m.date is None or m.date == b.date or m.date_rule.startswith("date:same-scene-as"))
            # a town's arrests are a part of a round-up across its territory, not of a town's
            and (_OF_THEM_RE.search(m.sentence.text) or m.type == "release" or _round_up(b))
        ):
            return b
    return None


def _round_up(b: Mention) -> bool:
    """One round of arrests told across a territory ('in raids across the West Bank'); a
    period's tally, or a count told nowhere, is told by operations of their own."""
    return not b.aggregate and b.place is not None and _territory(b.place)


def _people_rules(m: Mention) -> list[tuple[str, str, str]]:
    """Where the people's nationality, categories and names were read: the rule that set
    them when one did, else the lexicon the people phrase of the evidence was read with."""
    c = m.count
    phrase = next((r for r in c.rules if r.startswith("people:")), "") if c else ""
    nationality = m.rules.get("nationality") or (
        f"countries.tsv:demonym in the people phrase ({phrase})"
        if c and c.nationality and set(c.nationality) <= set(m.nationality)
        else "countries.tsv:demonym told of these people in the evidence"
    )
    categories = m.rules.get("categories") or (
        f"people.json:nouns and modifiers of the people phrase ({phrase})"
        if c and c.categories and set(c.categories) <= set(m.categories)
        else "people.json:nouns and modifiers told of these people in the evidence"
    )
    names = m.rules.get("names") or "names.json:a person's name told with these people"
    return [
        ("people.nationality", ", ".join(m.nationality), nationality),
        ("people.categories", ", ".join(m.categories), categories),
        ("people.names", ", ".join(dict.fromkeys(m.names)), names),
    ]


def _term(side: Mention) -> Term:
    """One side of a deal: who frees how many of whom."""
    return Term(
        holder=side.holder,
        count=Count(side.count.value, side.count.qualifier) if side.count else None,
        people=People(
            nationality=tuple(side.nationality),
            categories=tuple(side.categories),
            condition=side.condition,
        ),
    )


def to_event(m: Mention) -> Event:
    prov: list[Provenance] = []

    def note(field: str, value: object, rule: str) -> None:
        if value not in (None, "", [], ()) and rule:
            prov.append(Provenance(field, str(value), rule))

    note("type", m.type, m.rules.get("type", ""))
    note("status", m.status, m.rules.get("status", "default:occurred"))
    note("holder", m.holder, m.holder_rule)
    count = None
    if m.count is not None:
        count = Count(m.count.value, m.count.qualifier)
        note("count", m.count.value, ", ".join(m.count.rules))
    for field, value, rule in _people_rules(m):
        note(field, value, rule)
    note("date", m.date, m.date_rule)
    note("location", m.place or m.facility, m.location_rule)
    note("intermediary", m.intermediary, m.rules.get("intermediary", ""))
    note(
        "mediators",
        ", ".join(m.mediators),
        m.rules.get("mediators") or "mediation phrase of the record's sentences (actors.json)",
    )
    note(
        "source_actor",
        m.source_actor,
        m.rules.get("source_actor") or "the party the evidence says tells it (actors.json)",
    )
    note("aggregate", m.aggregate or None, m.rules.get("aggregate", ""))
    deal_name = m.rules.get("deal")
    note("deal", deal_name if m.type != "deal" else None, m.rules.get("deal_rule", ""))
    terms = tuple(_term(s) for s in m.terms) if m.type == "deal" else ()
    return Event(
        type=m.type,
        status=m.status,
        holder=m.holder,
        count=count,
        people=People(
            nationality=tuple(m.nationality),
            categories=tuple(m.categories),
            names=tuple(dict.fromkeys(m.names)),
            condition=m.condition,
        ),
        date=m.date,
        location=Location(m.place, m.facility),
        intermediary=m.intermediary,
        mediators=tuple(m.mediators),
        deal=deal_name,
        terms=terms,
        aggregate=m.aggregate,
        source_actor=m.source_actor,
        evidence=tuple(sorted(set(m.evidence), key=lambda e: (e.start, e.end))),
        provenance=tuple(prov),
    )


__all__ = ["absorb_parts", "merge_mentions", "to_event"]
