"""How the counted people of one sentence relate to each other: the parts of a total
('24 hostages: 13 Israelis, 10 Thais and a Filipino'), one batch told in parts ('four
soldiers and a police officer'), and people of a batch told before ('including 15
foreigners', 'Among those released were ...').

``breakdowns`` and ``subsets`` return the ids of counted groups that are no records of
their own; the sentence pass (``sentence``) skips them.
"""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import OF_THE_RE, SUBSET_RE, Mention
from custody.extract.objects import series_item
from custody.extract.phrases import Counted, Hit
from custody.extract.regex import compile_fast

_EACH_SIDE_RE = re.compile(r"\beach\b", re.I)


def subsets(text: str, pairs: list[tuple[Counted, Hit]], counted: list[Counted]) -> set[int]:
    """Counted people that are part of a group counted before ('including 15 foreigners')."""
    subsets: set[int] = set()
    among_the = _AMONG_THOSE_RE.match(text) or OF_THE_RE.match(text)
    back_reference = among_the is not None
    # 'Among the 369 prisoners released were 36 ...', 'Of the 250 prisoners freed on
    # Thursday, 40 ...': a count in the group is the batch itself (counted keeps none other)
    group_end = among_the.end() if among_the else -1
    told = (  # '..., said those released include 600 ...'
        _THOSE_FREED_INCLUDE_RE.search(text) if "nclud" in text else None
    )
    after = told.end() if told else len(text)
    among = _WERE_AMONG_RE.search(text) if "among" in text else None
    for k, (c, t) in enumerate(pairs):
        if (
            # 'Of the five freed Iranians, two ... arrived in Doha': a part of them
            (back_reference and c.start >= group_end and not _held_now_apart(text, group_end, c, t))
            or (  # '12 medics were among them': in the clause of 'were among'
                among is not None
                and c.end <= among.start()
                and not _CLAUSE_BREAK_RE.search(text, c.end, among.start())
                and not _own_batch_in_a_total(text, t, among)
            )
            or (  # '16 Americans were among those abducted, along with one Canadian'
                among is not None
                and c.start >= among.end()
                and _ALONG_WITH_RE.fullmatch(text, among.end(), c.start) is not None
            )
            or c.start >= after
            # 'the last 12 members of a group of 17 missionaries': the group they are of
            or _GROUP_OF_BEFORE_RE.search(text, max(0, c.start - 40), c.start) is not None
            or (  # 'three of the released men were brothers, ... before the students
                # regained freedom': some of those freed, told with another verb
                t.type == "release"
                and t.start >= c.end
                and _OF_THE_FREED_RE.search(text, c.start, c.end) is not None
                and _COPULA_RE.search(text, c.end, t.start) is not None
            )
            or (is_subset(text, c, counted) and not _own_happening(c, t, pairs))
            # 'most of those freed had been held on charges, and 13 of them for ten years':
            # the custody word names the group ('those freed'), some of whom are counted
            or (
                c.noun == "them"
                and t.end <= c.start
                and _THOSE_BEFORE_RE.search(text, max(0, t.start - 8), t.start) is not None
            )
            or (
                k
                and id(pairs[k - 1][0]) in subsets
                and not (
                    t.start >= c.end and t.start - c.end < 30
                )  # '..., and 78 prisoners have walked free'
                and _LIST_GAP_RE.fullmatch(text, pairs[k - 1][0].end, c.start)
            )
        ):
            subsets.add(id(c))
    return subsets


_THOSE_BEFORE_RE = re.compile(r"\b(?:those|the)\s+$", re.I)


def _held_now_apart(text: str, group_end: int, c: Counted, t: Hit) -> bool:
    """'Among those pardoned were two women, according to a rights group, which says 1,150
    prisoners remain behind bars': a count of its own clause, the subject of a holding
    verb, is who is held now, not a part of those freed."""
    return (
        t.type == "holding"
        and t.start >= c.end
        and _CLAUSE_BREAK_RE.search(text, group_end, c.start) is not None
    )


# between two items of a list of parts: 'including 130 members of the Armed Forces, 55 ...'
_LIST_GAP_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*(?:,\s*)?(?:and\s+)?"
)


def _own_batch_in_a_total(text: str, t: Hit, among: re.Match[str]) -> bool:
    """'The 49 freed on Saturday are among the 5,000 prisoners returned since 2022': people
    with a custody word of their own before 'among' a running total are a batch of their
    own, not a part of the total."""
    return t.end <= among.start() and _RUNNING_RE.search(text, among.end()) is not None


_RUNNING_RE = re.compile(r"\b(?:since|so far|to date|in total|altogether)\b", re.I)


def _own_happening(c: Counted, t: Hit, pairs: list[tuple[Counted, Hit]]) -> bool:
    """'detained 141 journalists, 59 of whom remain imprisoned', 'holds 23 detainees, 16 of
    whom were captured in September': some of a batch told with a custody word of their own
    right after them, of another kind than the batch's, are a record of their own (how
    many are held now, when they were taken), not a part of the batch (as with OF_THE_RE)."""
    if c.noun != "them" or not 0 <= t.start - c.end <= 12:
        return False
    return t.type == "holding" or any(b.type != t.type for a, b in pairs if a.end <= c.start)


_FREED = r"(?:released|freed|returned|exchanged|repatriated|swapped|handed over)"
_OF_THE_FREED_RE = re.compile(
    r"\bof\s+(?:the|those)\s+(?:newly\s+)?(?:released|freed|rescued|liberated|returned)\b"
)
"""'two of the freed hostages', 'three of the released male students': some of people
already freed, no batch of their own."""
_GROUP_OF_BEFORE_RE = re.compile(r"\b(?:of|from)\s+(?:a|the)\s+(?:larger\s+)?group\s+of\s+$", re.I)
"""'12 members of a group of 17', 'part of a larger group of 150': the group's size."""
_COPULA_RE = re.compile(r"\b(?:were|was|are|is)\b")
_THOSE_FREED_INCLUDE_RE = re.compile(
    rf"\b(?:those|the(?:\s+[\w-]+)?)\s+{_FREED}(?:\s+(?!group\b|batch\b)[\w-]+)?"
    r"\s+(?:include|included|includes)\b",
    re.I,
)
"""'The returned prisoners include ...', '..., said those released include ...': people
of a batch told before; the counts after it are parts of it, not batches ('the freed
group included 14 foreigners: six ...' tells the group's own make-up)."""
_AMONG_THOSE_RE = re.compile(
    rf"^[\"“‘']?Among\s+(?:them|those|the\s+(?:[\w-]+\s+){{0,2}}?(?:{_FREED}|prisoners|detainees|hostages|captives)\b"
    # 'Among the Ukrainians brought home were ...': whoever 'the ...' are, up to its verb
    r"|the\s[^,.;]{0,60}?(?=\s(?:were|was|are|is)\b))",
    re.I,
)
"""'Among those released were ...': every count of the sentence is a part."""
_GROUP_NOUNS = r"(?:prisoners|detainees|hostages|captives|inmates|people|soldiers|returnees)"
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
_WERE_AMONG_RE = re.compile(
    r"\b(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+"
    rf"(?:them|those|the\s+(?:[\w,-]+\s+){{0,3}}?(?:{_FREED}|{_GROUP_NOUNS})"
    # 'The two were among 58 hostages still held': a group counted without 'the'
    rf"|(?:(?:some|about|around|nearly|more than|over)\s+)?(?:\d[\d,]*|{_COUNT_WORD})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUNS})\b",
    re.I,
)
_ALONG_WITH_RE = re.compile(r"[^.;,]{0,50},?\s+(?:along with|together with|as well as)\s+")
_CLAUSE_BREAK_RE = re.compile(
    r";|\b(?:though|although|but|while|whereas|said|says|told|how many|unclear)\b", re.I
)
"""'pardoned 4,100 prisoners ..., though it was unclear how many were among them'."""
"""'60 marines and 45 border guards were among those returned', '40 journalists were
among the 3,200 inmates freed': the counts before it are parts of a batch."""


_RUN_GAP_RE = re.compile(
    # '21 prisoners of war (POWs) and 9 civilians': an abbreviation in brackets
    r"(?:\s+(?:of|from|in|with)\s+[^,;.\d]{0,40}?)?(?:\s*\([^()\d]{1,30}\))?"
    # 'a Catholic priest, Father X, and two seminarians': the first one's name between
    r"(?:,\s+(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*(?=,))?"
    r"\s*(?:,\s*|and\s+|,\s*and\s+|as well as\s+)"
)
_RUN_AND_RE = re.compile(r"\band\b|\bas well as\b")


_COLON_RE = re.compile(r"\s*[:—–]\s*")


def _colon_parts(counted: list[Counted], text: str) -> set[int]:
    """'released 1,968 prisoners: 250 serving life sentences ..., and 1,718 Gaza residents':
    the counts after a colon that add up to the count before it are its parts. Parts of
    one nationality are categories of the batch; parts by nationality are records of
    their own, and the batch their total."""
    skip: set[int] = set()
    for k, total in enumerate(counted):
        rest = [c for c in counted[k + 1 :] if id(c) not in skip]
        if len(rest) < 2 or not _COLON_RE.fullmatch(text[total.end : rest[0].start]):
            continue
        parts: list[Counted] = []
        for part in rest:
            parts.append(part)
            if sum(c.value for c in parts) >= total.value:
                break
        if sum(c.value for c in parts) != total.value:
            continue
        # '10 Americans—five U.S. citizens and five permanent residents': a part with no
        # nationality of its own is of the total's; parts by nationality are records
        if len({tuple(c.nationality or total.nationality) for c in parts}) > 1:
            total.rules.append("aggregate:total-of-parts-by-nationality")
            continue
        for c in parts:
            skip.add(id(c))
            total.categories.extend(x for x in c.categories if x not in total.categories)
    return skip


def breakdowns(
    lex: Lexicon,
    pairs: list[tuple[Counted, Hit]],
    text: str,
    earlier: list[Mention],
    by_nationality: set[int],
) -> set[int]:
    """Coordinated counts of one batch: parts of a total already given ('39 prisoners,
    six women and 33 teenagers'), or one batch told in parts ('four soldiers and a police officer').
    Parts by nationality that add up to a total are records (their ids go to ``by_nationality``)."""
    skip: set[int] = set()
    counted = [c for c, _ in pairs]
    skip |= _colon_parts(counted, text)
    i = 0
    while i < len(counted):
        j = i + 1
        while (
            j < len(counted)
            and _RUN_GAP_RE.fullmatch(text[counted[j - 1].end : counted[j].start])
            and not series_item(text, counted[j])  # ('52 in the first round and 80 in the second')
        ):
            j += 1
        run = _total_then_parts(counted[i:j], text, skip, by_nationality)
        # ('24 Kagara Students, 14 Others Regain Freedom': a headline's parts, no 'and')
        if len(run) >= 2 and (
            _RUN_AND_RE.search(text[run[0].end : run[-1].start]) or run[-1].noun.lower() == "others"
        ):
            before = counted[i - 1] if i > 0 else None
            if not _two_clauses(run, pairs, text):
                _joined_run(lex, run, before, text, skip, by_nationality)
        i = j
    return skip


def _two_clauses(run: list[Counted], pairs: list[tuple[Counted, Hit]], text: str) -> bool:
    """'Russia returned 300 soldiers and 300 POWs were transferred in return': the first
    count is the object of a verb before it, the last the subject of another verb after
    it: two clauses, two batches, not one batch told in parts."""
    verb = {id(c): t for c, t in pairs}
    first, last = verb.get(id(run[0])), verb.get(id(run[-1]))
    return (
        first is not None
        and last is not None
        and first.end <= run[0].start
        and _RIGHT_AFTER_VERB_RE.fullmatch(text, first.end, run[0].start) is not None
        and last.start >= run[-1].end
    )


_RIGHT_AFTER_VERB_RE = re.compile(r"\s*(?:(?:at least|about|some|nearly|more than|over)\s+)?")


def _total_then_parts(
    run: list[Counted], text: str, skip: set[int], by_nationality: set[int]
) -> list[Counted]:
    """In a run of coordinated counts, a count followed by parts that add up to it: parts
    by nationality are records, parts by category stay in the total. Returns what is
    left of the run to read as one batch told in parts."""
    for k in range(1, len(run) - 1):
        if sum(c.value for c in run[k:]) == run[k - 1].value and not (
            # '..., two Germans, a French citizen and a Briton': 2 = 1 + 1 by chance;
            # a total is followed by its parts after a colon or a dash, not a comma
            len({tuple(c.nationality) for c in run[k:]}) > 1
            and not re.search(r"[:—–]", text[run[k - 1].end : run[k].start])
            and run[k - 1].nationality
        ):
            parts, total_np = run[k:], run[k - 1]
            if len({tuple(c.nationality or total_np.nationality) for c in parts}) > 1:
                # '24 hostages: 13 Israelis, 10 Thais and a Filipino': parts are records
                total_np.rules.append("aggregate:total-of-parts-by-nationality")
                by_nationality.update(id(c) for c in parts)
                return []
            for c in parts:  # '39 prisoners, six women and 33 teenagers': one batch
                skip.add(id(c))
                total_np.categories.extend(x for x in c.categories if x not in total_np.categories)
            return run[:k]
    return run


def _joined_run(
    lex: Lexicon,
    run: list[Counted],
    before: Counted | None,
    text: str,
    skip: set[int],
    by_nationality: set[int],
) -> None:
    """Counts joined by 'and': the parts of the count just before them, or one batch told
    in parts ('four soldiers and a police officer'), summed into the first."""
    total = sum(c.value for c in run)
    if (
        before is not None
        and before.value == total
        and len({tuple(c.nationality or before.nationality) for c in run}) > 1
    ):
        # '24 hostages: 13 Israelis, 10 Thais and a Filipino': the parts are records
        before.rules.append("aggregate:total-of-parts-by-nationality")
        by_nationality.update(id(c) for c in run)
    elif before is not None and before.value == total and before not in run:
        for c in run:
            skip.add(id(c))
            before.categories.extend(x for x in c.categories if x not in before.categories)
    elif _one_kind(lex, run) and not _EACH_SIDE_RE.search(text):
        first = run[0]
        first.value = total
        first.qualifier = "exact" if all(c.qualifier == "exact" for c in run) else first.qualifier
        first.end = run[-1].end
        first.rules.append("sum-of-coordinated:" + "+".join(str(c.value) for c in run))
        for c in run[1:]:
            skip.add(id(c))
            first.categories.extend(x for x in c.categories if x not in first.categories)


def _one_kind(lex: Lexicon, run: list[Counted]) -> bool:
    """Coordinated counts that can be parts of one batch: at most one nationality
    among them ('71 Ukrainian service members and four civilians'; a part without a
    nationality counts as one unless it names a category other than foreigners:
    '11 foreigners and three Filipinos' are two groups), all alive or all
    dead ('25 living hostages and the bodies of eight others' are two), and not of
    two sides of a swap ('19 hostages and 1,100 prisoners', people.json 'side')."""
    sides = [lex.noun_side.get(c.noun.lower()) for c in run]
    if len(set(sides) - {None}) > 1 or ("combatants" in sides and len(set(sides)) > 1):
        return False  # ('9,000 fighters and 40,000 women and children': two groups)
    nationalities = {
        tuple(sorted(c.nationality)) or ("foreign",)
        for c in run
        if c.nationality or not c.categories or "foreign_nationals" in c.categories
    }
    return len(nationalities) <= 1 and len({c.deceased for c in run}) == 1


_BATCH_SUBJECT_RE = re.compile(
    r"^(?:The|These|Those)\s+(?:\w+\s+){0,2}?(?:group|batch|prisoners|hostages|detainees|captives"
    # ('The authorities released two of them': a verb and its object, some of those told before)
    r"|returnees|(?:released|freed)(?!\s+(?:[\w-]+\s+){1,3}?of\s+(?:them|those|whom)\b))\b|^They\b"
    # 'The victims, including eight women, were ...': the people told before, whoever they
    # are, also as what someone said ('The army said the victims, including ..., were ...')
    r"|^(?:[^,;]*?\b(?:said|says|say|that)\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+){0,2}?"
    r"[a-z]+s,\s+(?:including|among them)\b"
)


_COUNTED_BEFORE_RE = re.compile(
    r"\b\d[\d,]*\s+(?:[a-z-]+\s+){0,2}(?:cases|arrests|people|persons|prisoners|detainees|citizens|"
    r"hostages|captives|civilians|soldiers|children|women|men)\b"
    # '145 were kidnapped, among them three teachers': a bare number told as taken
    r"|\b\d[\d,]*\s+(?:were|have been|had been)\s+(?:kidnapped|abducted|arrested|detained|"
    r"released|freed|taken)\b"
)


# a part told with a day of its own, of a total over a period told before it
_OWN_DAY_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d)|yesterday|today|last\s+(?:week|night))\b"
)
_TOTAL_BEFORE_RE = re.compile(r"\b(?:since|so far|to date|this year|in total|altogether)\b", re.I)


_FREED_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:released|freed|rescued|set free|let go)\s+(?:(?:at least|about|some|only)\s+)?$"
)
_TAKEN_WORD_RE = re.compile(r"\b(?:abduct|kidnapp|seiz|captur|took|taken)\w*")


def is_subset(text: str, c: Counted, counted: list[Counted]) -> bool:
    """'including 15 foreign nationals' after a counted batch is part of that batch;
    so is 'at least 35 of whom' / '16 of them' after one."""
    if _OWN_DAY_AFTER_RE.match(text, c.end) and _TOTAL_BEFORE_RE.search(text, 0, c.start):
        return False  # 'have freed 1,200 since April, including 42 on Saturday': a batch
    earlier = (
        any(o.end <= c.start for o in counted if o is not c)
        or bool(_BATCH_SUBJECT_RE.match(text))
        or bool(
            _COUNTED_BEFORE_RE.search(text[: c.start])
        )  # '420 cases of arrest, among them 37 children'
    )

    if c.noun == "them":
        if _FREED_RIGHT_BEFORE_RE.search(text, max(0, c.start - 30), c.start) and (
            _TAKEN_WORD_RE.search(text, 0, c.start)
        ):  # 'gunmen who abducted 15 worshippers have released 10 of them': the ten freed
            return False
        return earlier or bool(re.search(r"\bof whom\b", text[c.start : c.end]))
    if earlier and not c.nationality and _in_dashes_after(text, c, counted):
        # (parts by nationality are records of their own: event-record.md)
        return True  # 'three captives—civilians A and B, and a soldier, C—were handed over'
    if earlier and _WITH_BEFORE_RE.search(text, max(0, c.start - 30), c.start):
        # '... freed 630 inmates, with at least 180 of the released being Taliban', '350
        # were released, with 50 militants among them': who some of the batch were
        return bool(_PART_AFTER_RE.match(text, c.end))
    return earlier and bool(
        SUBSET_RE.search(text[: c.start])
        or _INCLUDING_LIST_RE.search(text, max(0, c.start - 90), c.start)
        or _after_a_colon(text, c, counted)
    )


def _after_a_colon(text: str, c: Counted, counted: list[Counted]) -> bool:
    """'freed 75 prisoners: six officers and 69 privates': counts after a colon that closes
    a counted batch, each smaller than it, are its parts."""
    colon = text.rfind(":", 0, c.start)
    if colon < 0 or c.nationality or _CLAUSE_OF_ITS_OWN_RE.match(text, c.end):
        # (parts by nationality are records of their own, event-record.md; 'freed 40: 12
        # others are still held' is a clause of its own)
        return False
    return any(
        o.end <= colon
        and o.value > c.value
        and _COLON_AFTER_RE.fullmatch(text, o.end, colon + 1) is not None
        for o in counted
    )


_CLAUSE_OF_ITS_OWN_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:remain|remains|are|were|is|was|have|has|had|will|still)\b"
)
# between a batch and its colon: where from, a place or a time, no clause of its own
_COLON_AFTER_RE = re.compile(
    r"(?:\s+(?:were|was|have been|has been|had been)\s+[a-z]+)?"  # ('84 ... were freed from ...:')
    r"(?:\s+(?:from|of|in|on|at|to)\b[^,;:.]{0,60})?\s*:"
)


# a later item of an 'including' list whose first item is a number ('including 250
# serving life terms and about 1,700 people detained in Gaza')
_INCLUDING_LIST_RE = compile_fast(
    r"\b(?:including|among them|among whom|such as)\s+(?:about\s+|some\s+|nearly\s+)?"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,8}?(?:,\s*(?:and\s+)?|and\s+)$",
    re.I,
)


_WITH_BEFORE_RE = re.compile(r",\s+with\s+$")


def _in_dashes_after(text: str, c: Counted, counted: list[Counted]) -> bool:
    """Whether ``c`` stands inside a dash-set apposition that opens right after another
    counted group: who those people are, a part of them."""
    dash = max(text.rfind("—", 0, c.start), text.rfind("–", 0, c.start))
    return dash > 0 and any(
        o is not c and o.end <= dash and not text[o.end : dash].strip() for o in counted
    )


_PART_AFTER_RE = re.compile(r"\s+(?:among\s+(?:them|whom)|being)\b")
