"""The agent of a custody word as its holder: 'freed by the Houthis', 'the release of 4,208
prisoners by a rebel force', 'captured in Hamas's October 7 attack', 'surrendered to a
Ukrainian brigade'; and the actor named at a place of the text (``actor_at``)."""

from __future__ import annotations

import re

from custody.extract.counterpart import NO_HOLDER, counterpart
from custody.extract.lexicon import Lexicon
from custody.extract.phrases import ActorHit, Hit

Holder = tuple[str | None, str]
"""A holder (or None) and the rule that decided it ('' when nothing did)."""


def actor_at(actors: list[ActorHit], start: int) -> ActorHit | None:
    """The actor named at ``start`` ('the regime' also starts at 'regime')."""
    for a in actors:
        if a.start <= start < a.end:
            return a
    return None


POSSESSIVE_RE = re.compile(r"['’]s\b\s*")


_DESCRIBING_WORD_RE = re.compile(
    r"(?!(?:in|at|near|off|from|outside|inside|on|across|along|during|after|for|since|until"
    # nor past the clause's verb ('held by the militants were confirmed dead by the army')
    r"|were|was|is|are|been|have|has|had|will|would"
    # nor into a relative clause ('by raiders who came over the frontier from Chad')
    r"|who|whom|whose|which|that)\s)(?:[a-z][\w-]*|of the"
    # 'by the Iran-backed militia X': its backers name no holder
    r"|[A-Z][\w.]*-(?:backed|led|linked|allied|aligned|affiliated|based|supported|sponsored))\s+"
)


def agent_at(text: str, actors: list[ActorHit], start: int) -> ActorHit | None:
    """The agent named at ``start``, or after a few words describing it ('by the
    notorious street gang 400 Mawozo', 'by suspected rebels of the ADF'); of a
    possessive, the actor it owns ('by Yemen's Houthi rebels': the Houthis)."""
    a: ActorHit | None = actor_at(actors, start)
    at = start
    while a is None and (word := _DESCRIBING_WORD_RE.match(text, at)) and word.end() - start < 45:
        at = word.end()
        a = actor_at(actors, at)
    owns = POSSESSIVE_RE.match(text, a.end) if a else None
    if owns:
        return next((b for b in actors if b.start == owns.end()), a)
    if a is not None:  # 'by the Philippines Abu Sayyaf militants': the place names the group
        return next((b for b in actors if b.start > a.end and not text[a.end : b.start].strip()), a)
    return a


# 'arrested by Houthi militants': a movement's adjective (not a country's) and its men
_GROUP_ADJECTIVE_RE = re.compile(r"([A-Z][\w-]+)\s+[a-z]+")
_IN_ITS_ATTACK_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|during)\s+(?:the\s+)?")
_ATTACK_AFTER_RE = re.compile(
    r"['’]s?\s+(?:[\w,'’-]+\s+){0,5}?(?:attack|raid|assault|incursion|offensive|ambush|"
    r"cross-border attack|rampage)\b"
)
_BY_UNNAMED_RE = re.compile(
    r"\b(?:captured|abducted|kidnapped|seized|taken|held)\s+by\s+(?:the\s+)?(?:armed\s+|unknown\s+)?"
    r"(?:militants|gunmen|insurgents|jihadists|bandits|kidnappers|abductors|captors|attackers)\b"
    r"(?!\s+(?:of|from|linked|loyal)\b)"
)


def by_unnamed_group(clause: str) -> bool:
    """Whether the clause tells its people taken or held by an armed group it does not name
    ('seized by gunmen who fled into the hills'): no state the document names took them."""
    return _BY_UNNAMED_RE.search(clause) is not None


_NOUN_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+|a\s+|an\s+)?")


# whom people surrendered to: their captor ('surrendered to a Ukrainian brigade')
_SURRENDERED_TO_RE = re.compile(r"\s+to\s+(?:the\s+|a\s+|an\s+)?")
_NUM = re.compile(r"\d")
_TOLD_DEAD_RE = re.compile(r"(?:reported|pronounced|declared|confirmed)\s+dead", re.I)
# a few words, then the custody word's agent; not a participle's ('returned to territory
# controlled by Ukraine': where they went), nor past a broker ('freed after mediation by
# Morocco', 'released in talks brokered by') or another verb's auxiliary ('a hostage killed
# in captivity was recovered by the army')
_BY_AFTER_RE = re.compile(
    r"(?:\s+(?!controlled\b|mediat|brokered\b|facilitated\b|coordinated\b|efforts\b|help\b"
    r"|was\b|were\b|is\b|are\b|been\b)"
    r"[\w'’-]+){0,4}?\s+by\s+(?:the\s+)?"
)


def agent_holder(
    lex: Lexicon, text: str, actors: list[ActorHit], t: Hit, span: tuple[int, int]
) -> Holder | None:
    """'freed by the Houthis', 'the release of 4,208 prisoners by a rebel force'."""
    m = _BY_AFTER_RE.match(text[t.end : t.end + 80])
    if m and _TOLD_DEAD_RE.fullmatch(t.text):
        m = None  # 'confirmed dead by the Israeli army': who tells it, not who held them
    surrendered = m is None and t.text.startswith("surrender")
    if surrendered:  # 'surrendered to a Ukrainian brigade'
        m = _SURRENDERED_TO_RE.match(text[t.end : t.end + 80])
    if m and not (t.end + m.end() <= span[0] and (counterpart(text, t, span) or _NUM.search(m[0]))):
        # (not the other side's people, told after: 'released by Hamas in exchange for 183',
        # nor others': 'the release of 32 ... by Azerbaijan and 2 ... by Armenia')
        a = agent_at(text, actors, t.end + m.end())
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:agent:{a.rule}"
        adj = _GROUP_ADJECTIVE_RE.match(text, t.end + m.end()) if a is None else None
        named = lex.actor_adj.get(adj.group(1)) if adj else None
        if adj and named and named not in lex.country_names.values():
            return named, f"holder:agent:adjective:{adj.group(1)}"
    if surrendered:  # the other side, which the document's one holder need not be
        side = m and lex.demonym_country.get(text[t.end + m.end() :].split(" ", 1)[0])
        return (side, f"holder:surrendered:{side}") if side else (None, NO_HOLDER + "surrendered")
    raid = _IN_ITS_ATTACK_RE.match(text, t.end) if t.type == "detention" else None
    a = actor_at(actors, raid.end()) if raid else None
    if a and raid and _ATTACK_AFTER_RE.match(text, a.end) and a.actor not in lex.mediation_only:
        return a.actor, f"holder:in-its-attack:{a.rule}"  # 'captured in Hamas's October 7 attack'
    by = _NOUN_AGENT_RE.match(text, span[1]) if t.voice == "noun" and t.end <= span[0] else None
    if by:
        a = agent_at(text, actors, by.end())
        if a is None or a.actor in lex.mediation_only:
            return None, NO_HOLDER + "agent-of-the-release-named-otherwise"
        return a.actor, f"holder:agent:{a.rule}"
    return None
