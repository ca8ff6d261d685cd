"""Whether a 'held' tells people held now: not an event held ('a vigil was held'), a
captivity told of people freed now ('who was held for 471 days, returned home', 'had
been held in Russia'), people on their way home, or the one person a speaker is kin of
(read by ``sense.not_custody``)."""

from __future__ import annotations

import re

from custody.extract.phrases import Counted, Hit
from custody.extract.regex import compile_fast

AFTER_RELEASE_RE = re.compile(
    r"\b(?:after|following|upon|on)\s+(?:their|his|her)\s+(?:release|liberation|handover)\b"
    r"|\bafter\s+(?:being|they were|he was|she was)\s+(?:released|freed|handed over)\b"
)


_HAD_BEEN_RE = re.compile(  # ('who were believed to have been held by ...')
    r"\b(?:had|to\s+have)\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?(?:held|kept|detained|jailed|imprisoned)\b"
)


def held_before(text: str, t: Hit) -> bool:
    """'had been held' at the custody word: held until the story's time, maybe not now."""
    return _HAD_BEEN_RE.search(text, max(0, t.start - 20), t.start + 9) is not None


_WHO_HAD_BEEN_RE = re.compile(r"\b(?:who|whom|which|that)\s+had\b", re.I)
# the words of people on their way home or home now (not 'freed': '59 hostages held in Gaza
# will be freed' tells a plan)
_CAME_BACK = (
    r"returned home|walked free|arrived (?:home|back|at|in)|landed (?:at|in)|reunited with"
    r"|came home|back home"
)
_CAME_BACK_RE = re.compile(rf"\b(?:{_CAME_BACK})\b", re.I)
_FREED_WORD_RE = compile_fast(
    rf"\b(?:released|freed|swapped|exchanged|{_CAME_BACK}"
    r"|(?:after|following|upon|since) (?:their|his|her) release)\b",
    re.I,
)


_GATHERING_BEFORE_RE = re.compile(
    r"\b(?:ceremony|ceremonies|funeral|vigil|rally|meeting|conference|talks|festival|memorial"
    r"|service|event|election|session|hearing|summit|celebration|prayers?)\b"
    r"(?:\s+[\w'’-]+){0,5}\s+(?:was|were|will be|is|are|has been|had been|being)\s+$",
    re.I,
)


_GATHERING_AFTER_RE = re.compile(
    r"\s+(?:a|an|the|their|its|his|her|another|two|three|several)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:ceremony|ceremonies|funeral|vigil|rally|rallies|meeting|conference|talks|festival"
    r"|memorial|service|event|session|hearing|summit|celebration|prayers?|protest|march"
    r"|demonstration|sit-in|briefing)\b",
    re.I,
)


_PEOPLE_RIGHT_BEFORE_RE = re.compile(
    r"\b(?!(?:was|were|is|are|been|being|has|have|had|remains?|remained|still)\b)[a-z]+\s+$"
)
_KIN_OF_RE = re.compile(
    r"\b(?:father|mother|son|daughter|brother|sister|husband|wife|parents?|family|relatives?"
    r"|uncle|aunt|cousin|fianc[ée]e?|widow)\s+of\s+$",
    re.I,
)


def no_holding_now(text: str, t: Hit, c: Counted | None, lo: int) -> bool:
    """A 'held' of an event, or of people held once and free now."""
    if _GATHERING_BEFORE_RE.search(text, max(lo, t.start - 50), t.start) or (
        t.text.lower() == "held" and _GATHERING_AFTER_RE.match(text, t.end)
    ):  # 'a farewell ceremony for a soldier was held in Kyiv', 'families of the hostages
        # held a rally': an event held
        return True
    # 'who had been held since the fall of Mariupol', 'Of the 16 released, 15 had been
    # held in Russia': held once, free now ('Four others had been held since 2014' is
    # a story's past: they may be held still; merge.freed_after drops one the report frees)
    if _WAS_HELD_FOR_RE.search(text, max(0, t.start - 20), t.end + 40) and _FREED_WORD_RE.search(
        text
    ):  # 'X, who was held for 471 days, returned home': how long, of one freed now
        return True
    if _HAD_BEEN_HELD_FOR_RE.search(text, max(0, t.start - 20), t.end + 60):
        return True  # 'one of them had been held for four months': a captivity that ended
    if AFTER_RELEASE_RE.search(text, t.end) or (
        c is not None and _CARRYING_RE.search(text, max(0, c.start - 40), c.start)
    ):  # 'Two sailors held by the pirates flew home after their release', 'a plane carrying
        # 40 prisoners held in Riyadh landed': held once, free or on their way now
        return True
    if (
        t.text.lower() == "held"
        and _PEOPLE_RIGHT_BEFORE_RE.search(text, max(0, t.start - 30), t.start)
        and _CAME_BACK_RE.search(text, t.end)
    ):
        return True  # 'Four soldiers held in Gaza since 2023 arrived in Israel': held once
    if c is not None and c.article and _KIN_OF_RE.search(text, max(0, c.start - 30), c.start):
        return True  # 'said the mother of a soldier held since October': who speaks
    return held_before(text, t) and bool(
        _WHO_HAD_BEEN_RE.search(text, max(0, t.start - 30), t.start + 9)
        or _FREED_WORD_RE.search(text)
    )


_CARRYING_RE = re.compile(
    r"\b(?:carrying|transporting|ferrying|bringing)\s+(?:(?:some|about|around|at least|nearly"
    r"|more than|over|another|the)\s+)?$"
)
_WAS_HELD_FOR_RE = re.compile(
    r"\b(?:who|whom|that|he|she|they|I|we)\s+(?:was|were)\s+(?:\w+\s+)?held\b(?:\s+(?:\w+\s+){0,3}?"
    r"(?:since\b|for\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:(?:\d[\d,]*|a"
    r"|an|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\w+\s+)?)?"
    r"(?:days?|weeks?|months?|years?)\b)"
    r"|\s+(?:in|at|by)\b)",
    re.I,
)


_HAD_BEEN_HELD_FOR_RE = re.compile(
    r"\bhad\s+been\s+(?:\w+\s+)?held\b(?:\s+(?!since\b)[\w-]+){0,4}?\s+for\s+(?:more\s+than\s+|"
    r"nearly\s+|almost\s+|about\s+|over\s+)?(?:\d[\d,]*|a|an|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|several|many)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b",
    re.I,
)
