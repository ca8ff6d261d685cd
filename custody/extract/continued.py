"""A sentence with no custody word that goes on with the people of the one before ('...
were handed over to the Red Cross. They included 13 women and child captives.'): the
release or taking told before, of the people this sentence counts."""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from custody.calendar import CALENDAR
from custody.extract.each_side import EACH_AFTER_RE, each_split
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention, SentenceFacts, mention_for
from custody.extract.numbers import NUMBER_RE, WORD_COUNT, is_year, match_value
from custody.extract.objects import FRAGMENT_RULE, LIST_RULE
from custody.extract.phrases import Counted, Hit
from custody.extract.slots import date_for
from custody.extract.text import Sentence
from custody.record import Evidence

_FRAGMENT = (
    # 'On Saturday, another 17.', 'And a further 40 on Sunday.', '— On Sunday, another 14
    # Israelis.', 'Saturday — another 13 Israelis and four Thais, on the second day.',
    # 'Another 17 — 13 Israelis and four Thais — on Saturday.': another batch of the release
    # told before, its verb left out (a label or a phrase before it, an aside after it)
    r"(?:[-–—•*▪]\s*)?(?:(?:[Oo]n|[Ii]n|By|During|Then|Later|And)\b[^,;.—–]{0,30},\s+"
    r"|[A-Z0-9][^;:—–\n]{0,28}?(?::|\s[-–—])\s+){0,2}(?:[Aa]nd\s+|[Tt]hen\s+)?"
    rf"(?:[Aa]nother|[Aa] further)\s+(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_COUNT})"
    r"(?P<noun>(?:\s+[A-Za-z][\w'-]*){1,2})??(?:\s+(?:more|each|apiece))?"
    r"(?:\s+(?:on|in|during|the|a|last|over|later|earlier)\b[^,;.!?—–(]{0,30})?"
    r"(?:(?:,\s+|\s+[-–—]\s+|\s*\(|\s+and\s+)[^.!?]{0,70})?\s*[.!]?\s*$"
)
_FRAGMENT_RE = re.compile(_FRAGMENT)
_FOLLOWED_RE = re.compile(
    # 'Four more followed on Saturday.': another batch whose verb only says the series went on
    rf"(?:[-–—•*▪]\s*)?(?:(?:And|Then)\s+)?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_COUNT})\s+more"
    r"(?P<noun>(?:\s+[A-Za-z][\w'-]*){1,2})??\s+(?P<v>followed)\b[^,;.!?]{0,40}[.!]?\s*$",
    re.I,
)


def continues(text: str) -> bool:
    """Whether a sentence with no custody word goes on with the people of the one before
    ('They included ...', 'On Friday, another 12.')."""
    return CONTINUATION_RE.match(text) is not None or fragment(text)


CONTINUATION_RE = re.compile(
    r"^(?:They|These|Those|(?:The|This|That) (?:(?:latest|last|first|second|third|fourth|fifth|sixth|seventh|new|next|final|freed|released)\s+)?(?:group|batch|released|freed|returned)"
    r"(?:\s+of\s+(?:[\w-]+\s+)?(?:hostages|captives|prisoners|detainees|abductees))?|Among them)"
    r"\s+(?:included|includes|include|were|are|comprised|comprise)\b"
)


def continuation(
    lex: Lexicon,
    facts: SentenceFacts,
    prev: SentenceFacts,
    published: str | None,
    listed: bool = False,
) -> list[Mention]:
    """'... were handed over to the Red Cross. They included 13 women and child captives.'"""
    t = next(
        (
            h
            for kind in ("release", "detention", "transfer")
            for h in prev.triggers
            if h.type == kind
        ),
        None,
    )
    fragment = None if listed else _fragment_match(facts.sentence.text)
    if fragment is not None and _VERB_RE.search(_without_followed(fragment)):
        return []  # ('Saturday — another 17 died', 'another 20, officials said')
    if fragment is not None:
        c_another = _bare_count(facts, fragment.start("n")) if prev.counted else None
        if fragment.group("noun") and (
            c_another not in facts.counted or _VERB_IN_ITEM_RE.search(fragment.group("noun"))
        ):
            c_another = None  # ('On Sunday, another 14 Israelis.': people, and no verb)
        if c_another is not None and FRAGMENT_RULE not in c_another.rules:
            c_another.rules.append(FRAGMENT_RULE)
        base = _continued(lex, facts, prev, t, c_another, published) if t and c_another else None
        if base is not None:  # another batch, of its own day: not the day told before
            text = facts.sentence.text
            base.date, base.date_rule = date_for(facts, published, "occurred", 0, len(text), 0)
            base.place, base.facility = None, None
            sent, told = facts.sentence, facts.sentence.text.rstrip()
            base.evidence[-1] = Evidence(sent.start, sent.start + len(told), told)
        return _each_side(lex, prev, [base]) if base else []
    if t is None or not facts.counted:
        return []
    c = facts.counted[0]
    if any(o.value >= c.value for o in facts.counted[1:]):
        return []  # (several groups: not one batch and its parts, '183 prisoners, 42 of them')
    if not listed and any(p.value > c.value for p in prev.counted):
        return []  # '584 people in all ... They included 312 children': a part of them
    parts = _parts_by_nationality(facts.counted)
    if parts:  # 'The group included 13 Israelis, three Thais and a Russian': each part
        return [m for p in parts if (m := _continued(lex, facts, prev, t, p, published))]
    base = _continued(lex, facts, prev, t, c, published)
    return [base] if base else []


def _parts_by_nationality(counted: list[Counted]) -> list[Counted]:
    """Counted people each of one nationality, all different: the parts of one batch by
    nationality, each a record of its own (docs/event-record.md, 'Totals and parts')."""
    nats = [tuple(c.nationality) for c in counted]
    if len(counted) < 2 or any(len(n) != 1 for n in nats) or len(set(nats)) < len(nats):
        return []
    return counted


def _continued(
    lex: Lexicon,
    facts: SentenceFacts,
    prev: SentenceFacts,
    t: Hit,
    c: Counted,
    published: str | None,
) -> Mention | None:
    """The release (or taking) of the sentence before, of the people ``c`` counts."""
    base = mention_for(lex, prev, None, t, published)
    if base is None or base.status != "occurred":
        return None
    base.count = c
    base.nationality = list(c.nationality)
    base.categories = list(c.categories)
    base.condition = "deceased" if c.deceased else base.condition
    base.rules["type"] += " (continued in the next sentence)"
    if base.aggregate and not lex.aggregate_any.search(facts.sentence.text):
        base.aggregate = False  # 'The latest batch included 183 ...': a batch of its own
        base.rules.pop("aggregate", None)
    sent = facts.sentence
    base.evidence.append(
        Evidence(sent.start + c.start, sent.start + c.end, sent.text[c.start : c.end])
    )
    base.sentence = sent
    return base


def _bare_count(facts: SentenceFacts, at: int) -> Counted | None:
    """The people a number at ``at`` counts in a sentence with no verb ('On Friday, another
    12.', 'Third round: 39 more.'): its counted group, or the bare number (its noun told
    before)."""
    c = next((o for o in facts.counted if o.start <= at < o.end), None)
    if c is not None:
        return c
    n = NUMBER_RE.match(facts.sentence.text, at)
    vq = match_value(n) if n else None
    if n is None or vq is None or is_year(n.group("digits") or ""):
        return None
    rules = [f"number:{n.group(0)}", FRAGMENT_RULE]
    return Counted(vq[0], "exact", at, n.end(), "people", rules=rules)


_DAY_LABEL = (
    rf"(?:{'|'.join(CALENDAR['weekdays'])}|{'|'.join(CALENDAR['months'])}"
    rf"|{'|'.join(m + '[.]?' for m in CALENDAR['month_abbreviations'])}"
    rf"|{'|'.join(CALENDAR['ordinals'][:10])}|day|week|round|phase|stage|batch|group|wave"
    r"|flight|\d{1,2})"
)
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"  # a live blog's entry: '14:30 GMT'
_LABEL = (
    rf"(?:[-•*▪]\s*)?(?:(?:{_TIME}|[^:\n]{{0,20}}?\b{_DAY_LABEL}\b[^:\n]{{0,20}}?)"
    r"(?::|\s[-–—])\s+)"
)
_LIST_LINE_RE = re.compile(
    # '- Friday, 24 November: 13 Israelis and ten Thais', 'Second round: another 39
    # prisoners', 'Day 3 - 17 hostages': a day's or round's label, then people
    rf"{_LABEL}(?:(?:another|a further|some|about|at least|more than|over|nearly"
    r"|the\s+(?:remaining|last|final))\s+)?"
    rf"(?=\d|(?:{WORD_COUNT})\b)",
    re.I,
)
_LABEL_RE = re.compile(_LABEL, re.I)


def list_line(text: str) -> bool:
    """Whether ``text`` may be a list's line (a day's or round's label, then a count)."""
    head = text[:48]
    return (
        len(text) <= 130
        and (":" in head or " -" in head or " –" in head or " —" in head)
        and _LIST_LINE_RE.match(text) is not None
    )


_VERB_IN_ITEM_RE = re.compile(r"\b(?!including\b)[a-z]{3,}(?:ed|ing)\b")  # ('16 more, including')
_BARE_END_RE = re.compile(
    r"(?:\s+more)?(?:\s*(?:[,.;:(—–-]|$)|\s+(?:on|in|at|to|from|during|over|last|this|and|the"
    r"|a|later|earlier|each)\b)"
)
"""What may follow a bare number of people (its noun told before): a stop, a day."""
_VERB_RE = re.compile(
    r"\b(?!including\b)[a-z]{3,}(?:ed|ing)\b|\b(?:is|are|was|were|be|been|has|have|had|will"
    r"|would|said|says|say|remain|remains|died|fled)\b"
)
"""A verb of a sentence's own: no verbless batch of the release told before."""


def list_batches(
    lex: Lexicon,
    facts: SentenceFacts,
    head: SentenceFacts,
    published: str | None,
    around: list[Sentence],
    told: list[Mention],
) -> list[Mention]:
    """A line of a list under a release ('Israel freed prisoners in four rounds. First
    round: 39 prisoners. Second round: another 39.'): a batch of that release, with its
    own day; its verb is the head's. A line that tells anything else (a verb of its own:
    'Killed: 1,200 people') is no item, nor one with no other item beside it in
    ``around`` (the sentences before and after it, or the head if it opens with a label of
    its own): a list has two lines at least."""
    text = facts.sentence.text.rstrip()
    m = _LIST_LINE_RE.match(text)
    if m is None or len(text) > 120 or not head.counted and not head.triggers:
        return []
    if not any(s is not facts.sentence and _LIST_LINE_RE.match(s.text) for s in around) and not (
        head.sentence.index == facts.sentence.index - 1 and _LABEL_RE.match(head.sentence.text)
    ):
        return []  # (nor a line under a head of the same label: 'Aug. 8: X freed 16 ...')
    c = _bare_count(facts, m.end()) if not _VERB_IN_ITEM_RE.search(text, m.end()) else None
    if c is None or c not in facts.counted and not _BARE_END_RE.match(text, c.end):
        return []  # (nor 'another 19 trucks of food': a number of things, not of people)
    counted = facts.counted if c in facts.counted else [c]
    for o in counted:
        o.rules.append(LIST_RULE)
    got = _by_nationality(lex, facts, head, published, counted, told)
    if got is None:
        got = continuation(lex, dc_replace(facts, counted=counted), head, published, listed=True)
    for base in got:  # each line its own batch: its own day, no place of another line's
        base.date, base.date_rule = date_for(facts, published, "occurred", 0, len(text), 0)
        base.place, base.facility = None, None
    return _each_side(lex, head, got)


def _each_side(lex: Lexicon, head: SentenceFacts, got: list[Mention]) -> list[Mention]:
    """A line's or a verbless sentence's batch told for each side ('May 24 — another 307
    each.'): one release a side, as the head's ('Each side freed 390 prisoners.')."""
    out: list[Mention] = []
    for m in got:
        c = m.count
        if c is not None and EACH_AFTER_RE.match(m.sentence.text, c.end):
            out.extend(each_split(lex, head, m))
        else:
            out.append(m)
    return out


def _by_nationality(
    lex: Lexicon,
    facts: SentenceFacts,
    head: SentenceFacts,
    published: str | None,
    counted: list[Counted],
    told: list[Mention],
) -> list[Mention] | None:
    """A line's groups each of one nationality, each told in the head by a release of its
    own ('Nov. 24 - Hamas freed 13 Israelis and Israel released 39 Palestinians.' then
    'Nov. 25 - another 13 Israelis and 39 Palestinians.'): each group that release's batch,
    its verb and holder (None when a group has no such release in the head)."""
    parts = _parts_by_nationality(counted)
    if not parts:
        return None
    heads = [
        m
        for m in told
        if m.sentence.index == head.sentence.index and m.trigger is not None and m.count
    ]
    own = [next((m for m in heads if m.nationality == c.nationality), None) for c in parts]
    if len({id(m.trigger) for m in own if m is not None}) < 2 or None in own:
        return None  # (one verb for all: the parts of one batch, read as before)
    got = [
        _continued(lex, facts, head, m.trigger, c, published)
        for c, m in zip(parts, own, strict=True)
        if m is not None and m.trigger is not None
    ]
    return [m for m in got if m is not None]


def fragment(text: str) -> bool:
    """Whether ``text`` is another batch told without a verb ('On Sunday, another 14.'):
    the release told before it may go on in the next such sentence."""
    return _fragment_match(text) is not None


def _fragment_match(text: str) -> re.Match[str] | None:
    if "nother" in text or "further" in text:
        return _FRAGMENT_RE.match(text)
    return _FOLLOWED_RE.match(text) if " followed" in text else None


def _without_followed(m: re.Match[str]) -> str:
    """The sentence of a verbless batch without the 'followed' that says it went on."""
    text = m.string
    return text[: m.start("v")] + text[m.end("v") :] if "v" in m.groupdict() else text
