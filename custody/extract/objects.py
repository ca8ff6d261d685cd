"""Numbers that stand for people as the object of a release or swap verb, their noun
told before or left out: 'Israel freed 39 on Sunday', 'and Baku handed over five to
Yerevan', '12 captives were handed over to Azerbaijan and 44 to Armenia', 'the two
sides swapped 40 for 40'.

Swaps and hand-overs are often told this way once their people are named: news leaves
the noun out of the second side's count, or out of both sides' ('40 for 40').

A swap's formula told as a noun ('under the 5-for-5 formula') was tried too: it gave a
record a wrong slot on the blind quarter of the real articles and was left out.
"""

from __future__ import annotations

import re

from custody.calendar import CALENDAR
from custody.extract.counted import Counted
from custody.extract.gate import words_of
from custody.extract.numbers import NUMBER_RE, WORD_COUNT, find_numbers, is_year, match_value
from custody.extract.regex import compile_fast, lowered, may_hold

EACH_SIDE = "count:each-of-the-two-sides"
"""One side of a swap told for both (a count's rule): merge keeps the two apart."""
OBJECT_RULE = "people:elliptic object (noun told before)"
LIST_RULE = "people:a list line's batch (its verb the list head's)"
"""A count of a list's line under a release (continued.list_batches): a batch of its own
day, neither another line's batch told again nor a part of one."""
FRAGMENT_RULE = "people:another N in a sentence of its own (verb and noun told before)"
"""A count of a verbless sentence after a release ('On Sunday, another 14.'): a batch of
its own, as a list line's."""

_N = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_COUNT}"  # a count in digits or in words (numbers.py)
_AFTER = (
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|to|from|in|at|into|for|with|during|last|this|after|before"
    r"|earlier|later|yesterday|today|tonight|overnight|and|while|but|as|under|via|through"
    r"|since|so\s+far|back|home|across|a\s+(?:day|week)\s+later)\b)"
)
_VERB = (
    r"(?:freed|released|handed\s+(?:over|back)|returned|repatriated|swapped|exchanged|traded"
    r"|pardoned|frees|releases|hands\s+(?:over|back)|returns|repatriates|swaps|exchanges|trades"
    r"|pardons)"
)
_VERB_BEFORE_RE = re.compile(
    rf"\b{_VERB}\s+(?:(?P<q>another|a further|about|around|some|at least|more than|nearly|over)\s+)?$",
    re.I,
)
"""A release verb right before a number ('freed 39 on Sunday', 'handed over five to
Yerevan', 'swapped 40 for 40'): the number is its object, when nothing follows it but a
preposition or a stop (``_AFTER_RE``)."""
_AFTER_RE = re.compile(_AFTER, re.I)
_AND_BEFORE_RE = re.compile(r"\s+and\s+(?:(?:another|a further)\s+)?$", re.I)
_TO_PLACE_RE = re.compile(r"\s+to\s+(?-i:[A-Z])")
_FOR_RE = re.compile(rf"\s+for\s+(?P<n>{_N}){_AFTER}", re.I)
"""The other side's number of a swap told as 'N for M'."""
_HANDED_TO_RE = compile_fast(
    r"\b(?:handed\s+(?:over|back)|returned|released|freed|repatriated|transferred|sent"
    r"|flown)\s+(?:back\s+)?to\s+(?-i:[A-Z])[\w-]*",
    re.I,
)
_HINT = (
    r"\b(?:freed|released|handed|returned|repatriated|swapped|exchanged|traded|frees|releases|hands"
    r"|returns|repatriates|swaps|exchanges|trades|pardoned|pardons|came home|came back|got back"
    r"|brought back|brought home)\b"
)
_WORDS = words_of(_HINT, re.I)


def object_counts(
    text: str, low: str, taken: list[Counted], numbers: list[re.Match[str]] | None
) -> list[Counted]:
    """The counts of ``text`` (a sentence; ``low`` its lower case; ``numbers`` its
    numbers when found already) told as a bare number after a release or swap verb, or
    with the verb left out ('and 44 to Armenia')."""
    if len(taken) >= 2 and " for " in text:
        _exchange_formula(text, taken)
    if not may_hold(text, _WORDS, low):
        return []
    if numbers is None:
        numbers = list(find_numbers(text, lowered(text)))
    out: list[Counted] = []
    for m in numbers:
        if not _AFTER_RE.match(text, m.end()):
            continue
        verb = _VERB_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if verb:
            first = _add(out, taken, text, m.start(), m.end(), verb.group("q"), OBJECT_RULE)
            f = _FOR_RE.match(text, m.end()) if first else None
            if f:
                other = _add(out, taken, text, f.start("n"), f.end("n"), None, OBJECT_RULE)
                _each_side([first, other])
        elif (
            _TO_PLACE_RE.match(text, m.end())
            and _AND_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            and _HANDED_TO_RE.search(text, 0, m.start())
        ):
            # '12 captives were handed over to Azerbaijan and 44 to Armenia': the verb left
            # out of the second side's hand-over
            _add(out, taken, text, m.start(), m.end(), None, OBJECT_RULE)
    for m in numbers:
        more = _MORE_AFTER_RE.match(text, m.end())
        if (
            more
            and _AND_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            and _RELEASED_BEFORE_RE.search(text, 0, m.start())
        ):
            # '30 were freed on Monday and nine more on Tuesday': another batch, its noun
            # and verb left out
            _add(out, taken, text, m.start(), m.end(), None, OBJECT_RULE)
        elif (
            DAY_AFTER_RE.match(text, more.end() - len(more.group(0)) + 5 if more else m.end())
            and _joined_item(text, m.start(), more is not None)
            and _RELEASED_BEFORE_RE.search(text, 0, m.start())
        ):
            # 'five were released on Monday and two on Tuesday': a batch of each day; so is
            # a list's middle item ('freed 20 on Monday, 15 on Tuesday and 8 on Friday')
            _add(out, taken, text, m.start(), m.end(), None, OBJECT_RULE)
    return out


_JOIN_BEFORE_RE = re.compile(
    r"(?:[,;]\s*(?:and\s+)?|\band\s+|\bthen\s+|\bfollowed\s+by\s+)(?:then\s+)?"
    r"(?P<another>(?:another|a\s+further)\s+)?$",
    re.I,
)


def _joined_item(text: str, start: int, more: bool = False) -> bool:
    """Whether the bare number at ``start`` is joined to a series told before it: after
    'another' or 'a further' ('..., and another 39 the following day'), told with 'more'
    ('..., followed by four more on Saturday'), or after a comma, a semicolon, 'and' or
    'then' once the sentence told a day ('on Monday, 15 on Tuesday'; 'on the first day of
    the truce; 17 on the second')."""
    j = _JOIN_BEFORE_RE.search(text, max(0, start - 30), start)
    if j is None:
        return False
    return (
        bool(j.group("another"))
        or more
        or DAY_AFTER_RE.search(text, 0, start) is not None
        or _DAY_WORD_BEFORE_RE.search(text, max(0, j.start() - 12), j.start()) is not None
    )


_DAY_WORD_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(CALENDAR['weekdays'])}|{'|'.join(CALENDAR['months'])}|week|month)$"
)
"""The day that closes the item before a comma ('last Monday, 14 on Wednesday')."""


_ORDINAL = "|".join([*CALENDAR["ordinals"][:10], "next", "following", "last", "final"])
_ROUND = r"(?:day|round|batch|phase|stage|group|wave|flight|handover|exchange)"
DAY_AFTER_RE = re.compile(
    rf"\s+(?:on\s+(?:{'|'.join(CALENDAR['weekdays'])})|in\s+(?:{'|'.join(CALENDAR['months'])})|last\s+(?:week|month)|earlier|later"
    r"|the\s+(?:next|following)\s+day"
    # a round told by its rank, its noun told once ('on the first day, another 39 on the
    # second', 'in the first round ... and 80 in the second')
    rf"|(?:on|in|during)\s+the\s+(?:{_ORDINAL})(?:\s+{_ROUND})?(?![\w-])"
    rf"|on\s+(?:{'|'.join(CALENDAR['months'])})\s+\d{{1,2}}|on\s+\d{{1,2}}\s+(?:{'|'.join(CALENDAR['months'])})"
    rf"|on\s+(?:{'|'.join(CALENDAR['month_abbreviations'])})\.?\s+\d{{1,2}}"
    r"|a\s+(?:day|week)\s+later|the\s+day\s+after)\b"
)
"""A day or round told right after a batch ('on Tuesday', 'in November', 'earlier', 'on
the second', 'in the third round', 'on May 30')."""


def series_item(text: str, c: Counted) -> bool:
    """Whether ``c`` is an item of a series whose verb was told once ('freed 39 on the first
    day, another 39 on the second and another 33 on the third'): a bare number with its day
    or round after it (its custody word may lie further back than a count's usually does)."""
    return OBJECT_RULE in c.rules and own_day_after(text, c)


def own_day_after(text: str, c: Counted) -> bool:
    """Whether ``c`` is told with a day or round of its own right after it ('13 Israelis on
    Friday', 'and 13 more on the second')."""
    end = c.end + 5 if text.startswith(" more", c.end) else c.end
    return DAY_AFTER_RE.match(text, end) is not None


def in_series(text: str, c: Counted, counted: list[Counted]) -> bool:
    """Whether ``c`` is a day's (a round's) batch of a series told in one sentence: an item
    of it, or its first count, told with its own day, before an item ('Over the four days,
    Israel freed 39 on Friday, 39 on Saturday ...': batches, not a total)."""
    return series_item(text, c) or (
        DAY_AFTER_RE.match(text, c.end) is not None
        and any(o.start > c.start and series_item(text, o) for o in counted)
    )


_MORE_AFTER_RE = re.compile(rf"\s+more{_AFTER}", re.I)
_RELEASED_BEFORE_RE = re.compile(
    rf"\b(?:{_VERB}|were\s+(?:set\s+free|let\s+go)|c(?:a|o)me\s+(?:home|back)|got\s+back"
    r"|brought\s+(?:back|home)|returned\s+home)\b",
    re.I,
)


_QUALIFIER = {
    "about": "about",
    "around": "about",
    "some": "about",
    "at least": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "nearly": "at_most",
}


def _each_side(sides: list[Counted | None]) -> None:
    """'40 for 40': one release a side, of one size (merge keeps them apart and
    ``swapsides`` names the two sides)."""
    a, b = sides
    if a is not None and b is not None and a.value == b.value:
        a.rules.append(EACH_SIDE)
        b.rules.append(EACH_SIDE)


def _add(
    out: list[Counted],
    taken: list[Counted],
    text: str,
    start: int,
    end: int,
    q: str | None,
    rule: str,
) -> Counted | None:
    if any(c.start <= start < c.end for c in (*taken, *out)):
        return None
    n = NUMBER_RE.match(text, start)
    vq = match_value(n) if n and n.end() == end else None
    if n is None or vq is None or vq[0] < 1 or is_year(n.group("digits")):
        return None
    qualifier = _QUALIFIER.get((q or "").lower(), "exact")
    rules = [f"number:{text[start:end]}", rule]
    out.append(Counted(vq[0], qualifier, start, end, "people", rules=rules))
    return out[-1]


_EXCHANGE_BEFORE_RE = re.compile(r"\b(?:exchange|swap)\s*(?::|of)\s*$", re.I)


def _exchange_formula(text: str, taken: list[Counted]) -> None:
    """'an exchange of 75 people for 75 people', 'an exchange: 40 soldiers for 40
    soldiers': one release a side, of one size."""
    for a, b in zip(taken, taken[1:], strict=False):
        if (
            a.value == b.value
            and text[a.end : b.start].strip() == "for"
            and _EXCHANGE_BEFORE_RE.search(text, max(0, a.start - 20), a.start)
        ):
            _each_side([a, b])
