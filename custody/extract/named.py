"""Named people: 'journalist Lina Hamdan', 'X, the student abducted from Y'.

A named person joins the counted batch they are listed in, or makes a record
of their own with no count (pronouns: ``pronouns``).
"""

from __future__ import annotations

import re

from custody.extract.context import exchange_receiver
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import OF_THE_RE, Mention, SentenceFacts, mention_for
from custody.extract.name_identified import IDENTIFIED_AS_RE
from custody.extract.name_listing import listing
from custody.extract.name_triggers import APPOSITIVE_GAP_RE, RELATIVE_TRIGGER_RE, name_triggers
from custody.extract.named_doc import by_nationality, told_nationality
from custody.extract.named_held import held_by, taken_before
from custody.extract.names import NameHit, is_speaking, person_cues
from custody.extract.numbers import NUMBER_RE, match_value
from custody.extract.pairing_lists import relative_of_counted
from custody.extract.phrases import Counted, Hit
from custody.extract.regex import compile_fast
from custody.extract.slots import swapped_for

_LIST_CUE_RE = compile_fast(
    r"\b(?:among them|among whom|including|includ(?:ed|es)|such as)\b[^.;]*$|[–—:]\s*(?:[A-Z][^–—]*)?$",
    re.I,
)


_APPOSED_RE = re.compile(r"(?:\s+(?:on|last|this|early|late)\s+\w+(?:\s+\d{1,2})?)?,\s*")
_ONE_IDENTIFIED_RE = compile_fast(
    r"\b(?:the|a|an|one)\s+(?:[a-z-]+\s+)?(?!(?:was|were|is|are|has|have|had|been)\b)[a-z]+[a-rt-z],?\s+"
    r"(?:who\s+was\s+)?"
    r"(?:identified|named)\s+as\s+$",
    re.I,
)
# what the people of a batch went through, after the batch's count ('among 90 prisoners
# released', 'among three hostages handed over')
_BATCH_PARTICIPLE = (
    r"(?:released|freed|returned|liberated|rescued|detained|arrested|held"
    r"|handed\s+over|handed\s+back|exchanged|swapped|repatriated|pardoned|set\s+free"
    r"|imprisoned|jailed|abducted|kidnapped|captured)"
)
_AMONG_THOSE_RE = compile_fast(
    r"\b(?:among|from|one of) (?:those|the|(?:(?:more than|over|some|about|around|nearly|almost|at least) )?\d[\d,]*) (?:\w+\s+){0,3}?"
    rf"{_BATCH_PARTICIPLE}\b|\bfrom the liberated\b|\bamong (?:those|the) (?:released|freed|returned)\b"
    # 'Local media named several of the freed, including A, B and C'
    r"|\b(?:several|some|many|a few|most|dozens|scores) of (?:those|the) (?:\w+\s+){0,2}?"
    rf"{_BATCH_PARTICIPLE}\b(?=[^.;]{{0,20}}\b(?:including|such as|among them|among whom)\b)"
    # 'The first to be freed was X', 'the last to disembark was X': one of a batch
    r"|\b(?:first|last|next|second|third|youngest|oldest)\s+(?:of them\s+|one\s+)?to\s+(?:be\s+(?:released|freed|handed over|returned|set free)|disembark|step off|walk free|emerge|cross)\b[^.;]{0,60}?\b(?:was|were|is|came)\s+(?:[\w-]+\s+){0,5}$"
    # 'Also released after five years behind bars was blogger X': one of the batch told
    r"|^\W*also\s+(?:released|freed|pardoned|set free|handed over)\b[^.;]{0,100}?\b(?:was|were|is|are)\s+(?:[\w'’/-]+\s+){0,6}$",
    re.I,
)


_AMONG_SIZE_RE = re.compile(  # where the size of the batch a name is told among starts
    r"\b(?:among|from|one of)\s+(?:the\s+)?(?:(?:more than|over|some|about|around|nearly|almost"
    r"|at least)\s+)?(?=[\da-z])"
)
_IS_AMONG_THOSE_RE = re.compile(
    r"[^.;]{0,180}?\b(?:is|was|are|were)\s+(?:also\s+|reportedly\s+)?(?:among|one\s+of)\s+(?:those|the"
    # 'X and Y were among several Egyptian traders imprisoned by the RSF'
    r"|(?:several|many|other|dozens\s+of|hundreds\s+of|scores\s+of|thousands\s+of)"
    # 'X was among 90 Palestinian prisoners released by Israel': one of the batch counted
    r"|(?:the\s+)?(?:(?:more than|over|some|about|around|nearly|almost|at least)\s+)?(?:\d[\d,]*"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty))\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_BATCH_PARTICIPLE}|(?:confirmed|declared)\s+dead)\b"  # 'X is among six hostages confirmed dead'
    # 'Their mother, 40-year-old X, was also released': more of the batch told before
    r"|[^.;]{0,60}?\b(?:was|were)\s+also\s+(?:released|freed|set free|handed over)\b",
    re.I,
)


_BY_AGENT_RE = re.compile(
    r"\bby\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+|(?:state|police|army|former|deputy|local)\s+){0,3}$"
)
"""A name right after 'by' and its title: who acted, not one of the people."""
_TO_RECIPIENT_RE = re.compile(
    r"\b(?:handed|turned|delivered|released)\s+(?:[\w-]+\s+){0,6}?to\s+(?:the\s+)?"
    r"(?!(?:International|Red|ICRC)\b)(?:(?-i:[A-Z])[\w.’'-]*\s+|(?:state|deputy|local)\s+){0,3}$"
)
"""'handed over by village elders to Mayor X', 'handed the captives to Governor Y': who
received them, not one of the people (unless X's: 'handed to X's family')."""


def name_mentions(
    lex: Lexicon,
    facts: SentenceFacts,
    names: list[NameHit],
    here: list[Mention],
    earlier: list[Mention],
    published: str | None,
) -> list[Mention]:
    """Named people: added to their batch, or records of their own with no count."""
    if not names:
        return []
    text = facts.sentence.text
    out: list[Mention] = []
    head: tuple[bool, list[Hit]] | None = None  # the reading of the list's first name
    sides: dict[int, bool] = {}  # id of a record in ``out`` -> its people given in exchange
    prev: NameHit | None = None  # the name before, when the list goes on ('A and B, who ...')
    prev_batch: Mention | None = None  # the batch the name before joined
    for h in names:
        if any(h.name in m.names for m in here + out):
            continue
        if _not_of_the_held(lex, text, h):
            continue
        if OF_THE_RE.match(text):
            ref = next((e for e in reversed(earlier) if e.count and e.count.value > 1), None)
            if ref is not None:
                ref.names.append(h.name)  # 'Of the five freed Iranians, two, A and B, ...'
                ref.rules.setdefault("names", h.rule)
                continue
        swapped = swapped_for(text, h.start)  # 'in swap for Alex Saab': the other side's man
        batch = None if swapped else _batch_for(lex, text, h, here, earlier)
        listed, aged = listing(lex, text, prev, h)
        if batch is None and (listed or aged) and prev_batch is not None:
            batch = prev_batch  # 'including politician A, philosopher B and blogger C'
        if batch is not None:
            batch.names.append(h.name)
            batch.rules.setdefault("names", h.rule)
        held = held_by(lex, facts, h, published) or taken_before(lex, facts, h, published)
        if held is not None:
            out.append(held)  # 'Hamas-held Gilad Shalit': held now
        prev, prev_batch = h, batch
        if head is not None and (
            h.rule == "names:list-after-name" or listed or (aged and batch is not None)
        ):
            swapped, triggers = head  # 'hostages A, B and C': B and C are read as A is
        else:
            triggers = [
                t
                for t in name_triggers(facts, h, batch is not None, swapped)
                if not _told_of_another(text, h, t, names, facts.counted)
            ]
            if not triggers and aged and head is not None:
                swapped, triggers = head  # 'freed A, 35, and B, 54, as well as C, 65': C too
            else:
                head = (swapped, triggers)
        for t in triggers:
            _name_record(
                lex, facts, h, t, (swapped, sides), here, earlier, out, published, len(names)
            )
    out = [m for m in out if not _joins_as_many(lex, m, earlier, facts.sentence.index)]
    starts = {h.name: h.start for h in names}
    for m in out:
        told_nationality(lex, m, starts.get(m.names[0], 0) if m.names else 0)
    return [part for m in out for part in by_nationality(lex, m, names)]


def _not_of_the_held(lex: Lexicon, text: str, h: NameHit) -> bool:
    """Who speaks ('Governor Uba Sani said ...'), not X ('... instead of X's'), or the
    agent ('were received by Governor X', 'freed by Colonel Y'), or the recipient ('handed
    over to Mayor X')."""
    return (
        is_speaker(lex, text, h)
        or _INSTEAD_OF_RE.search(text, max(0, h.start - 60), h.start) is not None
        or _BY_AGENT_RE.search(text, max(0, h.start - 50), h.start) is not None
        or (
            text.find(" to ", max(0, h.start - 90), h.start) >= 0
            and _TO_RECIPIENT_RE.search(text, max(0, h.start - 90), h.start) is not None
            and not text.startswith(("'s", "’s"), h.end)
        )
        or _FREES_A_COUNT_RE.match(text, h.end) is not None
    )


_FREES_A_COUNT_RE = re.compile(
    r",?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:pardoned|freed|released|ordered\s+the"
    r"\s+release\s+of)\s+(?:(?:about|some|more\s+than|over|nearly|at\s+least)\s+)?\d"
)
"""'the head of the council, General X, had pardoned 1,200 prisoners': X frees them."""


_ONES_RELATIVE_RE = re.compile(r",\s*(?:\d{1,3},\s*)?who\s+(?:was|is|has|had)\s+(?:\w+\s+){0,2}")


_CULPRIT_RE = re.compile(
    r"\b(?:convicted|accused|charged|sentenced|tried|indicted|blamed|responsible|ordered|"
    r"oversaw|carried out|took part)\b"
)


def _told_of_another(
    text: str, h: NameHit, t: Hit, names: list[NameHit], counted: list[Counted]
) -> bool:
    """'A, an EU diplomat, and B, a Swedish national arrested in Iran, landed': a custody
    word in the appositive or relative clause of a name set between (or of people counted
    between: 'alongside two Canadians who were beheaded') tells of that one."""
    if relative_of_counted(text, h.end, t, counted):
        return True
    if t.type == "death_in_custody" and _CULPRIT_RE.search(text, h.end, t.start):
        return True  # 'X was convicted over the mass execution of prisoners': who killed
    return t.start > h.end and any(
        h.end <= o.start
        and o.end <= t.start
        and (
            APPOSITIVE_GAP_RE.fullmatch(text, o.end, t.start)
            # (not 'A and B, who were arrested': both)
            or _ONES_RELATIVE_RE.fullmatch(text, o.end, t.start)
        )
        is not None
        for o in names
        if o is not h
    )


def _joins_as_many(lex: Lexicon, m: Mention, earlier: list[Mention], index: int) -> bool:
    """'Three hostages were freed on Sunday. A, B and C were handed over to the Red
    Cross': as many people named as a batch of the same happening just counted are that
    batch's people (its holder theirs when it tells none)."""
    if m.count is not None or len(m.names) < 2 or m.given_in_exchange():
        return False
    batch = next(
        (
            e
            for e in reversed(earlier[-8:])
            if e.count
            and e.count.value == len(m.names)
            and not e.aggregate
            and (e.type, e.status) == (m.type, m.status)
            and 0 < index - e.sentence.index <= 2
        ),
        None,
    )
    if batch is None:
        return False
    if not _same_people(lex, m, batch):
        return False  # 'French nationals A and B' after '2 nationals of a European country'
    batch.names.extend(n for n in m.names if n not in batch.names)
    batch.rules.setdefault("names", "names:as-many-as-the-batch")
    if batch.holder is None and m.holder and not batch.holder_ruled_out():
        batch.holder, batch.holder_rule = m.holder, m.holder_rule  # the named words tell it
    return True


def _name_record(
    lex: Lexicon,
    facts: SentenceFacts,
    h: NameHit,
    t: Hit,
    side: tuple[bool, dict[int, bool]],
    here: list[Mention],
    earlier: list[Mention],
    out: list[Mention],
    published: str | None,
    listed: int,
) -> None:
    """The record of named person ``h`` told by custody word ``t``: one of the sentence's
    own named records, a batch just told before, or a record of its own in ``out``.
    ``side``: whether the person is given in exchange, and that of each record of ``out``;
    ``listed``: how many people the sentence names."""
    text = facts.sentence.text
    swapped, sides = side
    same = next(
        (o for o in out if o.trigger is t and o.count is None and sides[id(o)] == swapped), None
    )
    if same is not None:
        same.names.append(h.name)  # 'Hamdan and Sharabati remain in custody'
        return
    m = mention_for(lex, facts, None, t, published, (h.name, h.start, h.end, h.rule))
    if m is None:
        return
    freed = [o for o in here if o.type == "release" and o.count is not None]
    exchange_receiver(lex, m, freed[-1] if freed else None)
    told_nationality(lex, m, h.start)  # ('Israeli citizen X': not of a Palestinian batch)
    near = [
        e
        for e in reversed(earlier[-8:])
        if e.count
        and e.count.value > 1
        and not e.aggregate
        and (e.type, e.status) == (m.type, m.status)
        and _near_enough(m, e, facts.sentence.index - e.sentence.index)
        and _may_join(m, e)
    ]
    # the latest, unless another counts as many people as the sentence names ('three
    # hostages freed in exchange for 183 prisoners. A, B and C were handed over')
    recent = next((e for e in near if e.count and e.count.value == listed), None) or (
        near[0] if near else None
    )
    if (
        recent is not None
        and not RELATIVE_TRIGGER_RE.search(text[: t.start])
        and not m.given_in_exchange()
        # ('X was also kidnapped along with her husband': one more, not one of the batch)
        and not (h.end <= t.start and _ALSO_RE.search(text[h.end : t.start]))
        # ('A third hostage, X, was handed over' after 'two hostages were freed')
        and not _ONE_MORE_RE.search(text, max(0, h.start - 40), h.start)
    ):  # (a man swapped for that batch is not one of them)
        recent.names.append(h.name)
        return
    sides[id(m)] = swapped
    out.append(m)


_ALSO_RE = re.compile(r"\balso\s+(?:been\s+)?$")
_ONE_MORE_RE = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"|[Aa]nother|[Oo]ne more)\s+(?:[\w-]+\s+){0,2}?[a-z]+,?\s+$"
)


def is_speaker(lex: Lexicon, text: str, h: NameHit) -> bool:
    """'X said', 'X, a rights activist in Y, said', 'X's lawyer, Y': someone who speaks
    of, or for, the people in custody, not one of them."""
    return is_speaking(person_cues(lex), text, h) or bool(
        _SAID_AFTER_QUOTE_RE.search(text, max(0, h.start - 60), h.start)
        and not _WHO_WAS_FREED_RE.match(text, h.end)  # ('..., who was released from prison')
    )


_SAID_AFTER_QUOTE_RE = re.compile(
    r"[”\"]\s*(?:said|says|added|explained|recalled|told\s+\w+|wrote|writes|tweeted|posted|stated"
    r"|noted|insisted|claimed|announced|declared|stressed|warned)\s+(?:[a-z][\w-]*\s+){0,3}$"
)
"""'“...,” said Amanda X, 23', '“...,” wrote opposition leader Y': who says the quote, not one
of the people."""
_WHO_WAS_FREED_RE = re.compile(
    r",\s+who\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:released|freed|pardoned|rescued)\b"
)


def _same_people(lex: Lexicon, m: Mention, batch: Mention) -> bool:
    """Whether named record ``m`` may tell of people of ``batch``: not when the words
    before its first name give a nationality the batch has not ('French nationals A and
    B' after '2 nationals of a European country')."""
    text = m.sentence.text
    at = text.find(m.names[0]) if m.names else -1
    told = text[max(0, at - 40) : at] if at > 0 else ""
    said = {lex.demonym[w.lower()] for w in _CAPITAL_RE.findall(told) if w.lower() in lex.demonym}
    return (set(m.nationality) | said) <= set(batch.nationality)


_CAPITAL_RE = re.compile(r"[A-Z][a-z]+")


def _may_join(m: Mention, batch: Mention) -> bool:
    """A named person told just after a batch joins it unless the report gives the
    person's own happening another holder, nationality or day ('Hamas took 250 people on
    October 7 ... Colombian police detained Pedro Ruiz in June')."""
    if (
        m.holder
        and m.holder != batch.holder
        and not (batch.holder is None and _one_of_the_batch(m, batch))
    ):
        return False  # its own agent, and the batch has none or another
    if m.nationality and batch.nationality and set(m.nationality) != set(batch.nationality):
        return False  # 'Israeli citizen X was handed over' after '183 Palestinians freed'
    if _own_day(m.sentence.text) and not _own_day(batch.sentence.text):
        return False  # 'X was released ... on March 13' after a batch told with no such day
    return not (m.date and batch.date and m.date[:7] != batch.date[:7])


_ONE_OF_THE_RE = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree) of (?:the|those) ")


def _near_enough(m: Mention, batch: Mention, gap: int) -> bool:
    """A batch told in the two sentences before, or up to eight before when the named
    sentence gives the batch's own number ('One of the three hostages freed was X')."""
    return 0 < gap <= 2 or (0 < gap <= 8 and _one_of_the_batch(m, batch))


def _one_of_the_batch(m: Mention, batch: Mention) -> bool:
    """'Three captives are home ... One of the three freed by the rebels was X': the
    batch's own number, so its people (whichever agent the words tell, when the batch has
    none yet)."""
    if batch.count is None:
        return False
    found = _ONE_OF_THE_RE.search(m.sentence.text)
    if found is None:
        return False
    number = NUMBER_RE.match(m.sentence.text, found.end())
    got = match_value(number) if number else None
    return got is not None and got[0] == batch.count.value


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY_OF_MONTH_RE = re.compile(rf"\b(?:{_MONTHS}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTHS}(?!\w))")


def _own_day(text: str) -> bool:
    """Whether a sentence tells a calendar day ('on March 13', 'on 5 May')."""
    return _DAY_OF_MONTH_RE.search(text) is not None


def _batch_for(
    lex: Lexicon, text: str, h: NameHit, here: list[Mention], earlier: list[Mention]
) -> Mention | None:
    inside = [m for m in here if m.count and m.count.start <= h.start and h.end <= m.count.end]
    if inside:
        return inside[0]  # 'a priest, Father X, and two seminarians': one batch of three
    before = [m for m in here if m.count and m.count.end <= h.start]
    last = before[-1] if before else None
    if last is not None and last.count is not None:
        gap = text[last.count.end : h.start]
        if _LIST_CUE_RE.search(gap) or _APPOSED_RE.fullmatch(gap):
            return last  # ('freed three hostages, A, 29, B and C')
        if h.rule == "names:apposition-to-group" and len(gap) <= 30:
            return last  # 'freed two Americans, Ryan Corbett and ...'
        if h.rule == "names:list-after-name" and last.names:
            return last  # '... Ryan Corbett and William McKenty'
    after = next((m for m in here if m.count and m.count.start >= h.end), None)
    if (
        after is not None
        and after.count
        and _NAMES_THEN_APPOSED_COUNT_RE.fullmatch(text, h.end, after.count.start)
    ):
        return after  # 'A and B, two journalists working for X, were detained'
    if IDENTIFIED_AS_RE.search(text[: h.start]):
        # 'arrested a Palestinian, identified as X'; 'The freed captives were identified
        # as A, B and C': the people just counted
        if last is not None and last.count is not None and last.count.value >= 1:
            return last
        if _ONE_IDENTIFIED_RE.search(text[: h.start]):
            return None  # 'The driver, identified as X, was arrested': that one person
        return next(
            (
                m
                for m in reversed(earlier[-6:])
                if m.count and m.count.value > 1 and not m.aggregate
            ),
            None,
        )
    included = _THEY_INCLUDE_RE.match(text)
    if included and included.end() <= h.start and _people_subject(lex, included.group("who")):
        return _included_batch(lex, text[: h.start], included.group("who"), here, earlier)
    among = _AMONG_THOSE_RE.search(text[: h.start]) or _IS_AMONG_THOSE_RE.match(text, h.end)
    if among:  # 'Among those freed was X', 'X, a journalist, is among those detained'
        word = among.group(0).lower()
        types = (
            ("death_in_custody",)
            if word.endswith(" dead")
            else ("release",)
            # ('X, who has been held since 2012, was also freed': the last verb tells)
            if word.lstrip(" \"'“").startswith("also") or _ALSO_FREED_END_RE.search(word)
            else ("detention",)
            if re.search(r"detained|arrested|imprisoned|jailed|abducted|kidnapped|captured", word)
            else ("holding", "detention")  # 'Among those held was X' after an arrest: its people
            if "held" in word
            else ("release",)
        )
        pool = [m for m in earlier[-8:] + here if m.type in types and m.count]
        n = _among_size(among.group(0))  # 'among 16 people freed': that batch
        pool = [m for m in pool if n is not None and m.count and m.count.value == n] or pool
        # no batch counted: the named release told before ('Russia released X ... Also
        # among those released was Y': one release of the two)
        if types == ("release",) and n is None:
            pool = pool or [m for m in earlier[-8:] if m.type == "release" and m.names]
            # ('freed three ..., part of a deal to free 53. X was also freed': the three)
            pool = [m for m in pool if m.status == "occurred"] or pool
        return _of_their_nationality(lex, text[among.start() : h.start], pool)
    return None


# from a name to the count set beside the list it ends: the list's other names, a comma
_NAMES_THEN_APPOSED_COUNT_RE = re.compile(
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s*\d{1,3})?)*"
    r"(?:,\s*\d{1,3})?,\s*(?:both\s+)?"
)
_ALSO_FREED_END_RE = re.compile(r"\balso\s+(?:released|freed|set free|handed over)$")


def _among_size(told: str) -> int | None:
    """The number of people a name is told among ('among 16 people freed': 16)."""
    at = _AMONG_SIZE_RE.search(told)
    n = NUMBER_RE.match(told, at.end()) if at else None
    vq = match_value(n) if n else None
    return vq[0] if vq else None


def _included_batch(
    lex: Lexicon, before: str, who: str, here: list[Mention], earlier: list[Mention]
) -> Mention | None:
    """'They reportedly include X', 'The freed Americans include A, B and C': people of a
    batch told before (``who``: the subject of 'include'; ``before``: the sentence up to
    the name)."""
    low = who.lower()
    kind = (
        "release"
        if re.search(r"freed|released|returned|rescued", low)
        else "detention"
        if re.search(r"detained|arrested|abducted|kidnapped", low)
        else None
    )
    pool = [
        m
        for m in earlier[-6:] + here
        if m.count and m.count.value > 1 and not m.aggregate and kind in (None, m.type)
    ]
    sides = {lex.noun_side[w] for w in low.split() if w in lex.noun_side}
    if len(sides) == 1:  # 'The released hostages include': the captives' side of a swap
        pool = [m for m in pool if m.count and lex.noun_side.get(m.count.noun.lower()) in sides]
    told = who  # 'The freed Americans': whose batch, before 'dual'
    if not any(w.lower() in lex.demonym for w in re.findall(r"[A-Z][a-z]+", told)):
        if len({m.holder for m in pool}) > 1:
            return None  # the two sides of a swap: whose people, the words do not say
        told = before
    return _of_their_nationality(lex, told, pool)


_THEY_INCLUDE_RE = compile_fast(
    r"\s*(?P<who>(?:They|Those|These)(?:\s+(?:freed|released|rescued|returned|detained|arrested"
    r"|abducted|kidnapped))?|The\s+[^,;.]{1,40}?)\s+(?:\w+ly\s+|also\s+)?"
    r"(?:include|included|includes)\b"
)


def _people_subject(lex: Lexicon, who: str) -> bool:
    """'Those freed', 'The freed Americans': a subject that names people ('They' may
    stand for anyone told before)."""
    return bool(
        lex.noun_re.search(who) or re.search(r"\b(?:freed|released|detained|arrested)\b", who)
    )


_BY_HOLDER_RE = re.compile(r"\b(?:freed|released|returned)\s+by\s+(?:the\s+)?([A-Z][\w-]+)")
_HOLDERS_ADJ_RE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?=(?:detention|prisons?|jails?|custody|captivity)\b)"
)


def _of_their_nationality(lex: Lexicon, told: str, pool: list[Mention]) -> Mention | None:
    """The latest batch of ``pool``; when the words before the name give a nationality
    ('the first to be freed was Israeli soldier X'), the latest of that nationality, or
    none."""
    held = {lex.actor_adj.get(w) for w in _HOLDERS_ADJ_RE.findall(told)} - {None}
    held |= {lex.actor_alias.get(w) for w in _BY_HOLDER_RE.findall(told)} - {None}
    if held:  # 'Among those freed from Israeli detention / by Russia was X': whose custody
        pool = [m for m in pool if m.holder in held] or pool
        told = _HOLDERS_ADJ_RE.sub(" ", told)
    said = {
        lex.demonym[w.lower()] for w in re.findall(r"[A-Z][a-z]+", told) if w.lower() in lex.demonym
    }
    if said:
        pool = [m for m in pool if said & set(m.nationality)]
    # a batch before a running total: 'Among those released was X' tells one release
    pool = [m for m in pool if not m.aggregate] or pool
    return pool[-1] if pool else None


_INSTEAD_OF_RE = compile_fast(
    r"\b(?:instead of|rather than|in place of)\s+(?:the\s+)?(?:(?:body|bodies|remains)\s+of\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
