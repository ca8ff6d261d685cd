"""From mentions to records: one record per happening, deals from swaps."""

from __future__ import annotations

import re
from bisect import bisect_right

from custody.extract import dates
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.phrases import SentenceFacts
from custody.extract.regex import compile_fast, lowered
from custody.extract.slots import mediators_for
from custody.extract.text import Sentence
from custody.record import Count, Event, Evidence, Location, People, Provenance, Term

_SWAP_RE = re.compile(
    r"\b(?:in return|in exchange|exchange[ds]?|swap(?:s|ped)?|traded|trade)\b", re.I
)
_DEAL_NAME_RE = re.compile(
    r"\b((?:(?:[\w-]+|U\.S\.-brokered)\s+)?(?:truce|ceasefire agreement|ceasefire deal|ceasefire|deal|agreement|accord|arrangement|understanding|agreements))\b",
    re.I,
)
_DEAL_CUE_RE = compile_fast(
    r"\b(?:mediat\w*|brokered|facilitated|agreed|agreement|deal|negotiat\w*|truce|accord|protocol|talks|auspices)\b",
    re.I,
)
_PROPOSAL_RE = re.compile(
    r"\b(?:proposal|proposed|would see|discuss(?:ing|ed)?|negotiat\w+|draft|offer)\b", re.I
)


def compatible(a: Mention, b: Mention) -> bool:
    if (a.type, a.status, a.aggregate) != (b.type, b.status, b.aggregate):
        return False
    if a.count is None or b.count is None or a.count.value != b.count.value:
        return False
    if a.holder and b.holder and a.holder != b.holder:
        return False
    if a.nationality and b.nationality and set(a.nationality) != set(b.nationality):
        return False
    if a.condition and b.condition and a.condition != b.condition:
        return False
    if a.rules.get("count") == b.rules.get("count") == EACH_SIDE and a.trigger is b.trigger:
        return False  # 'the two countries swapped 95 POWs each': one release a side
    if (
        (a.holder is None) != (b.holder is None)
        and any(_EXCHANGE_SIDE_RE.search(m.sentence.text) for m in (a, b))
        and a.sentence.index != b.sentence.index
    ):
        return False  # 'In return, 115 prisoners of war...' is the other side of the swap
    return True


EACH_SIDE = "count:each-of-the-two-sides"
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


def _person_match(a: Mention, b: Mention) -> bool:
    """One named person told twice: 'released an American citizen' + 'Reilly's release'."""
    if (a.type, a.status, a.aggregate) != (b.type, b.status, b.aggregate):
        return False
    one = [m for m in (a, b) if m.count is not None]
    if any(not m.count.article for m in one if m.count):
        return False
    named = [m for m in (a, b) if m.names]
    if any(_INSTEAD_RE.search(m.sentence.text) for m in one):
        return False  # 'a woman's body was handed over instead of X's': not X
    return (
        len(one) == 1
        and len(named) >= 1
        and (a.holder is None or b.holder is None or a.holder == b.holder)
    )


_INSTEAD_RE = re.compile(r"\b(?:instead of|rather than|in place of)\b", re.I)


def absorb(into: Mention, other: Mention) -> None:
    # new sets and lists: the two sides of one 'each' sentence are copies that may share
    # theirs (sentence._copy), and what one side absorbs is not the other's
    into.told_in = into.told_in | other.sentence_indexes()
    if into.holder is None and other.holder:
        into.holder, into.holder_rule = other.holder, other.holder_rule
    into.names = list(dict.fromkeys(into.names + other.names))
    into.nationality = list(dict.fromkeys(into.nationality + other.nationality))
    into.categories = list(dict.fromkeys(into.categories + other.categories))
    into.condition = into.condition or other.condition
    if into.date is None and other.date:
        into.date, into.date_rule = other.date, other.date_rule
    if into.place is None and into.facility is None and (other.place or other.facility):
        into.place, into.facility, into.location_rule = (
            other.place,
            other.facility,
            other.location_rule,
        )
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
    ):
        into.count = other.count  # headlines drop 'at least'; the body keeps it


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    merged: list[Mention] = []
    for m in mentions:
        target = next((r for r in merged if compatible(r, m)), None) or _told_side(merged, m)
        if target is None and (m.names or (m.count and m.count.article)):
            target = next((r for r in merged if _person_match(r, m)), None)
            if target is not None:
                target.count = None  # 'an American citizen' who is named: a person, not a count
        if target is None and m.count is None and m.names:
            target = next(
                (
                    r
                    for r in merged
                    if r.count is None
                    and (r.type, r.status) == (m.type, m.status)
                    and {n.lower() for n in r.names} & {n.lower() for n in m.names}
                ),
                None,
            )
        if target is None:
            merged.append(m)
        else:
            absorb(target, m)
    return _rounded_headlines(merged)


def absorb_parts(records: list[Mention], new_batch: re.Pattern[str]) -> list[Mention]:
    """Smaller counts of released people told after a batch, of the same side and the
    same people, with no day of their own, are parts of it (by place, unit or category:
    '37 were released in Ramallah and five in East Jerusalem', 'including 13 sailors'),
    until they add up to it; a sentence that tells another batch ('13 more', 'later')
    starts one. The parts' names and categories go to the batch."""
    out: list[Mention] = []
    taken: dict[int, int] = {}  # id(batch) -> people of it told in parts so far
    for m in sorted(records, key=_first_start):
        batch = None if not _may_be_part(m, new_batch) else _batch_of(m, out, taken)
        if batch is None:
            out.append(m)
            continue
        assert m.count is not None
        taken[id(batch)] = taken.get(id(batch), 0) + m.count.value
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
        m.type == "release"
        and m.status == "occurred"
        and not m.aggregate
        and m.count is not None
        and m.count.qualifier == "exact"  # 'around 530' of 537: another source's figure
        and not any(new_batch.search(e.text) for e in m.evidence)
        # one named person is news of their own, unless told as one of a batch
        and not (m.names and m.count.value == 1 and not _AMONG_RE.search(m.sentence.text))
    )


_AMONG_RE = re.compile(r"\b(?:among|including|included|includes|include)\b", re.I)


def _batch_of(m: Mention, earlier: list[Mention], taken: dict[int, int]) -> Mention | None:
    assert m.count is not None
    for b in reversed(earlier):
        if (
            (b.type, b.status, b.aggregate) == ("release", "occurred", False)
            and b.count is not None
            and taken.get(id(b), 0) + m.count.value <= b.count.value
            and m.count.value < b.count.value
            and not m.sentence_indexes()
            & b.sentence_indexes()  # one sentence's counts: _breakdowns
            and (m.holder is None or b.holder is None or m.holder == b.holder)
            # parts by nationality are records of their own (the batch is their total)
            and (not m.nationality or set(m.nationality) == set(b.nationality))
            and ((m.holder and m.holder == b.holder) or m.nationality)
            and (m.condition == "deceased") == (b.condition == "deceased")
            and (m.date is None or m.date == b.date)
        ):
            return b
    return None


def _rounded_headlines(records: list[Mention]) -> list[Mention]:
    """'... exchange of nearly 900 detainees' over a body that says 887: a headline
    rounds the figure the article gives; it is the same happening, with the body's count."""
    out: list[Mention] = []
    for r in records:
        body = None
        if r.sentence.index == 0 and r.count is not None and r.count.qualifier != "exact":
            body = next(
                (
                    b
                    for b in records
                    if b is not r
                    and b.sentence.index > 0
                    and b.count is not None
                    and (b.type, b.status) == (r.type, r.status)
                    and not (r.holder and b.holder and r.holder != b.holder)
                    and _rounds_to(r.count.value, r.count.qualifier, b.count.value)
                ),
                None,
            )
        if body is None:
            out.append(r)
            continue
        kept = body.count
        absorb(body, r)
        body.count = kept
        body.aggregate = body.aggregate or r.aggregate
    return out


def _rounds_to(headline: int, qualifier: str, value: int) -> bool:
    """Whether a headline's 'nearly 900' / 'more than 50' / 'about 1,000' is ``value`` rounded."""
    if value == headline or abs(value - headline) > max(2, headline // 10):
        return False
    if qualifier == "at_most":
        return value < headline
    if qualifier in ("more_than", "at_least"):
        return value > headline
    return qualifier == "about"


def deals(
    records: list[Mention],
    sents: list[Sentence],
    published: str | None = None,
    mediation: dict[int, list[str]] | None = None,
) -> list[Mention]:
    """Deal records: two sides releasing in one exchange, a named accord freeing people,
    or an exchange told with its broker."""
    releases = [
        r
        for r in records
        if r.type == "release"
        and r.count
        and not r.aggregate
        and (r.holder or r.proposal)
        and r.status in ("occurred", "planned")
    ]
    out = _two_sided(releases, sents)
    for deal in out:
        _deal_date(deal, sents, published)
        _deal_mediators(deal, mediation or {})
    if not out:
        out.extend(_under_an_accord(releases, sents, published, mediation or {}))
    if not out:
        out.extend(_brokered_exchange(records, sents, published, mediation or {}))
    return out


def _two_sided(releases: list[Mention], sents: list[Sentence]) -> list[Mention]:
    """Two sides releasing in one exchange told near each other, with a deal cue."""
    groups: dict[frozenset[str], Mention] = {}
    for i, a in enumerate(releases):
        for b in releases[i + 1 :]:
            if (a.holder == b.holder and not (a.proposal and b.proposal)) or a.status != b.status:
                continue
            # the two sides as close as any of their sentences come ('189 freed' in the title
            # and the lead, 'In return, 150 ...' five sentences on)
            ia, ib = min(
                ((i, j) for i in a.sentence_indexes() for j in b.sentence_indexes()),
                key=lambda p: abs(p[0] - p[1]),
            )
            lo_i, hi_i = min(ia, ib), max(ia, ib)
            if hi_i - lo_i > 4:
                continue
            joined = " ".join(x.text for x in sents[max(0, lo_i - 1) : hi_i + 3])
            if not (_SWAP_RE.search(joined) and _DEAL_CUE_RE.search(joined)):
                continue
            status = a.status
            name = _DEAL_NAME_RE.search(joined)
            own = " ".join(e.text for e in a.evidence + b.evidence)
            if status == "occurred" and _framework_only(own) and not _OWN_DEAL_RE.search(joined):
                continue  # releases delivered under a truce: the truce is not told here
            if status == "planned" and name and not _PROPOSAL_RE.search(joined):
                status = "occurred"  # planned releases under an agreed truce: the deal is in force
            key = frozenset({a.holder or "", b.holder or ""})
            if key in groups:
                deal = groups[key]
                deal.sides.extend([a, b])
                if deal.status != "occurred" and status == "occurred":
                    deal.status = status
                deal.evidence.extend(e for e in a.evidence + b.evidence if e not in deal.evidence)
                continue
            groups[key] = _deal(a, b, status, name.group(1) if name else None)
    return list(groups.values())


def _under_an_accord(
    releases: list[Mention],
    sents: list[Sentence],
    published: str | None,
    mediation: dict[int, list[str]],
) -> list[Mention]:
    """A release told as part of a named accord ('released under the agreement')."""
    out: list[Mention] = []
    for r in releases:
        # the accord may be named in any sentence the record rests on
        accord = next(
            (e.text for e in r.evidence if _ACCORD_RE.search(e.text)),
            r.sentence.text if _ACCORD_RE.search(r.sentence.text) else None,
        )
        if out or accord is None or (r.status == "occurred" and _framework_only(accord)):
            continue
        status = "planned" if r.status == "planned" and _PROPOSAL_RE.search(accord) else "occurred"
        name = _DEAL_NAME_RE.search(accord)
        single = _deal(r, None, status, name.group(1) if name else None)
        _deal_date(single, sents, published)
        _deal_mediators(single, mediation)
        out.append(single)
    return out


def _brokered_exchange(
    records: list[Mention],
    sents: list[Sentence],
    published: str | None,
    mediation: dict[int, list[str]],
) -> list[Mention]:
    """'The UAE said it mediated an exchange of 180 prisoners of war', 'there was an
    exchange, brokered by Turkey': an exchange told with its broker or as a deal of its
    own is a deal, whose terms are the releases told around it (or the exchange's total)."""
    for sent in sents:
        low = sent.text.lower()
        if not ("exchang" in low or "swap" in low or "trade" in low or "in return" in low):
            continue  # (a cheap test first: most sentences tell no exchange)
        if (
            not _SWAP_RE.search(sent.text)
            or _FRAMEWORK_RE.search(sent.text)
            or _PHASE_OF_RE.search(sent.text)
        ):
            continue  # (an exchange under a truce, or a phase of an accord, is told by the
            # accord's deal, if at all)
        if not (_OWN_DEAL_RE.search(sent.text) or mediation.get(sent.index)):
            continue
        near = [
            r
            for r in records
            if r.type == "release"
            and r.count is not None
            and r.status == "occurred"
            and any(sent.index - 1 <= i <= sent.index + 3 for i in r.sentence_indexes())
        ]
        sides = [r for r in near if not r.aggregate][:2] or near[:1]
        if not sides:
            continue
        deal = _deal(sides[0], sides[1] if len(sides) > 1 else None, "occurred", None)
        deal.rules["type"] = "deal:an exchange told with its broker"
        deal.evidence.insert(0, Evidence(sent.start, sent.end, sent.text))
        _deal_date(deal, sents, published)
        _deal_mediators(deal, mediation)
        return [deal]
    return []


_FRAMEWORK_RE = re.compile(r"\b(?:ceasefire|cease-fire|truce)\b", re.I)
_OWN_DEAL_RE = re.compile(
    r"\b(?:mediat\w*|brokered|facilitated|coordinated by|auspices|negotiated|(?:exchange|swap|prisoner) (?:deal|agreement)|separate (?:deal|agreement))\b",
    re.I,
)


def _framework_only(text: str) -> bool:
    """'Israel released 200 prisoners as part of the ceasefire agreement': releases
    delivered under a truce that the text does not tell (no terms, no broker, no swap
    deal of its own) make no deal record: the truce is the frame, not the news."""
    if _PHASE_OF_RE.search(text):
        return True  # 'released as part of the latest phase of the exchange agreement'
    return bool(_FRAMEWORK_RE.search(text)) and not _OWN_DEAL_RE.search(text)


_PHASE_OF_RE = re.compile(
    r"\b(?:phase|stage|round|batch|tranche)\s+(?:of|under)\s+(?:the|a|an|this|that)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord|truce|ceasefire|arrangement)\b",
    re.I,
)


_ACCORD_RE = compile_fast(
    r"\b(?:agreement|deal|accord|truce|arrangement|understanding)s? under which\b"
    r"|\bunder (?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}(?:agreement|deal|accord|truce|arrangement)s?\b"
    r"|\bin (?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:deal|swap|exchange|agreement|accord)\s+(?:brokered|mediated|facilitated|negotiated|sponsored|arranged)\b"
    r"|\bas part of (?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:deal|swap|exchange|agreement|accord|truce)\b"
    r"|\bimplementation of the\s+(?:[\w-]+\s+){0,3}(?:deal|agreement|accord|exchange)\b"
    r"|\b(?:exchange|swap|prisoner) deal\b",
    re.I,
)


_AGREED_RE = compile_fast(
    r"\b(?:agreed|agreement|reached|brokered|signed|struck|understanding|truce|accord|negotiated|deal)\b",
    re.I,
)


def _deal_date(deal: Mention, sents: list[Sentence], published: str | None) -> None:
    """When the deal was made: a date next to 'agreed' / 'reached' near its releases,
    else the day its releases happened."""
    sides = deal.sides or deal.terms
    near = sorted({s.sentence.index for s in sides})
    if not near or not deal.sentence.text:
        return
    lo, hi = max(0, near[0] - 2), min(len(sents), near[-1] + 3)
    best: tuple[int, str, str] | None = None
    for sent in sents[lo:hi]:
        for cue in _AGREED_RE.finditer(sent.text):
            strong = cue.group(0).lower() in ("agreed", "reached", "signed", "struck", "negotiated")
            for h in dates.resolve(sent.text, published):
                d = abs(h.start - cue.start()) + (0 if strong else 100)
                if d <= 160 and (best is None or d < best[0]):
                    best = (d, h.value, f"{h.rule} near '{cue.group(0)}'")
    if best:
        deal.date, deal.date_rule = best[1], f"deal-date:{best[2]}"
        return
    dated = [s.date for s in sides if s.date and s.status == "occurred"]
    if dated:
        deal.date, deal.date_rule = min(dated), "deal-date:day of its releases"


def _deal_mediators(deal: Mention, mediation: dict[int, list[str]]) -> None:
    """'The humanitarian mediation was carried out by the UAE', a sentence or two from the
    releases: the deal's mediators, not each release's."""
    near = sorted({i for s in deal.sides or deal.terms for i in s.sentence_indexes()})
    if not near:
        return
    for index in range(near[0] - 1, near[-1] + 4):
        for actor in mediation.get(index, ()):
            if actor not in deal.mediators:
                deal.mediators.append(actor)
                deal.rules.setdefault("mediators", f"mediation told in sentence {index + 1}")


def _deal(a: Mention, b: Mention | None, status: str, name: str | None) -> Mention:
    deal = Mention("deal", status, None, a.sentence, a.trigger)
    sides = (a,) if b is None else (a, b)
    deal.mediators = list(dict.fromkeys(m for s in sides for m in s.mediators))
    deal.evidence = list(dict.fromkeys(e for s in sides for e in s.evidence))
    deal.rules["type"] = (
        "deal:two sides released in one exchange" if b else "deal:release under a named accord"
    )
    deal.rules["terms"] = "the releases of each side"
    if name:
        deal.rules["deal"] = name
    deal.terms = list(sides)
    deal.sides = list(sides)
    return deal


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
    note("date", m.date, m.date_rule)
    note("location", m.place or m.facility, m.location_rule)
    note("intermediary", m.intermediary, m.rules.get("intermediary", ""))
    note("aggregate", m.aggregate or None, m.rules.get("aggregate", ""))
    terms: tuple[Term, ...] = ()
    deal_name = m.rules.get("deal") if m.type == "deal" else None
    if m.type == "deal":
        sides = m.terms
        terms = tuple(
            Term(
                holder=s.holder,
                count=Count(s.count.value, s.count.qualifier) if s.count else None,
                people=People(
                    nationality=tuple(s.nationality),
                    categories=tuple(s.categories),
                    condition=s.condition,
                ),
            )
            for s in sides
        )
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


__all__ = ["deals", "merge_mentions", "to_event"]


def with_deals(
    lex: Lexicon,
    records: list[Mention],
    text: str,
    sents: list[Sentence],
    published: str | None,
    context: dict[str, str],
) -> list[Mention]:
    """The records and the deal records made from them. A release told as what a
    deal provides ('the truce calls for 33 hostages to go free') is one of the
    deal's terms, not a record of its own."""
    found = deals(records, sents, published, _mediation(lex, text, sents, context))
    terms = {id(s) for d in found for s in d.terms if s.rules.get("status", "").startswith(_TERMS)}
    return [r for r in records if id(r) not in terms] + found


_TERMS = "cues.json:terms:"


_MEDIATION_CUE_RE = re.compile(r"mediat|brokered|facilitated|auspices")  # on lower-cased text


def _mediation(
    lex: Lexicon, text: str, sents: list[Sentence], context: dict[str, str]
) -> dict[int, list[str]]:
    """Who each sentence says brokered something ('The mediation was carried out by the
    United Arab Emirates'), for the deal told around it."""
    out: dict[int, list[str]] = {}
    starts = [s.start for s in sents]
    low = lowered(text)  # None when lower-casing would move the offsets
    scan = (
        _MEDIATION_CUE_RE.finditer(low)
        if low is not None
        else re.finditer(_MEDIATION_CUE_RE.pattern, text, re.I)
    )
    cued = {bisect_right(starts, m.start()) - 1 for m in scan}
    for index in sorted(i for i in cued if i >= 0):
        sent = sents[index]
        found = mediators_for(lex, SentenceFacts(sent, [], [], lex, context), with_icrc=True)
        if found:
            out[sent.index] = found
    return out
