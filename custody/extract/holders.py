"""Holders that the text gives only through the document: the side that took
people back ('returned to Ukraine'), the place they were held, or the other
side of a swap that the document names."""

from __future__ import annotations

import re
from functools import lru_cache

from custody.extract.context import counterpart_holder, place_holder, receiver_counterpart
from custody.extract.counterpart import HELD_BY_UNNAMED, TAKEN_BY_UNNAMED
from custody.extract.gate import compile_gated
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.our_people import our_people
from custody.extract.phrases import find_actors


def holders_from_document(lex: Lexicon, mentions: list[Mention], text: str) -> None:
    """Fill the holder of mentions that have none from what the document names."""
    doc_actors = _NamedIn(lex, text)
    for m in mentions:
        our_people(lex, m, text)  # '"Our people are back," Ukraine's president wrote'
        if m.holder is None and m.destination:
            m.holder_rule = f"recipient:{m.destination}"
        if m.holder is None and m.holder_rule.startswith("recipient:"):
            receiver_counterpart(lex, m, doc_actors)
        elif m.holder is None and m.type != "detention":
            _custodian_tells(lex, m) or place_holder(lex, m) or counterpart_holder(
                lex, m, doc_actors
            )
    for m in mentions:
        if m.holder is None and not m.holder_ruled_out():
            _own_political_prisoners(lex, m)
    _the_one_captor(lex, mentions, text)
    _the_one_releaser(lex, mentions, text)


def _own_political_prisoners(lex: Lexicon, m: Mention) -> None:
    """'the release of 135 Nicaraguan political prisoners': a country's political
    prisoners are held by that country's own state."""
    if m.type not in ("release", "holding", "transfer") or len(m.nationality) > 1:
        return
    if "political_detainees" not in m.categories:
        return
    if not m.nationality:  # '800 political prisoners remain behind bars in Venezuela'
        where = {
            a.actor
            for a in find_actors(lex, m.sentence.text, {})
            if a.actor in lex.country_names.values()
            and _IN_BEFORE_RE.search(m.sentence.text, max(0, a.start - 8), a.start)
        }
        if len(where) == 1:
            state = where.pop()
            m.holder, m.holder_rule = state, f"holder:political-prisoners-in:{state}"
        return
    country = lex.demonym_country.get(m.nationality[0])
    if country:
        m.holder, m.holder_rule = country, f"holder:own-political-prisoners:{m.nationality[0]}"


_UNNAMED = (HELD_BY_UNNAMED, TAKEN_BY_UNNAMED)


def _holder_told(mentions: list[Mention]) -> bool:
    """Whether a record has a holder, or is told taken or held by an unnamed group: then no
    party the text names elsewhere fills the others (a report that tells its own captors as
    'gunmen' names another happening's captor elsewhere)."""
    return any(m.holder or m.holder_rule in _UNNAMED for m in mentions)


_IN_BEFORE_RE = re.compile(r"\b(?:in|inside)\s+(?:the\s+)?$")


def _the_one_captor(lex: Lexicon, mentions: list[Mention], text: str) -> None:
    """'On Oct. 16, the missionaries were kidnapped by the 400 Mawozo gang': when the text
    names one party as the one that took people, and no record has a holder yet, that
    party holds those it frees or keeps (the record's own clause may name another)."""
    if _holder_told(mentions):
        return
    todo = [
        m
        for m in mentions
        if m.type in ("release", "holding")
        and not m.holder_ruled_out()
        and not m.holder_rule.startswith("recipient:")
    ]
    if not todo:
        return
    captors = {
        a.actor
        for a in find_actors(lex, text, {})
        if a.actor not in lex.mediation_only
        and (
            _TOOK_BY_BEFORE_RE.search(text, max(0, a.start - 60), a.start)
            or _TOOK_AFTER_RE.match(text, a.end)
        )
    }
    if len(captors) != 1:
        return
    captor = captors.pop()
    for m in todo:
        m.holder, m.holder_rule = captor, f"holder:the-one-captor-in-document:{captor}"


def _the_one_releaser(lex: Lexicon, mentions: list[Mention], text: str) -> None:
    """'Syria released dozens of prisoners under the amnesty. 60 detainees were freed,
    the monitor said': when no record has a holder and the text names one party as the
    subject of a release with no count, that party freed the counted ones too."""
    if _holder_told(mentions):
        return
    todo = [
        m
        for m in mentions
        if m.type == "release"
        and not m.holder_ruled_out()
        and not m.holder_rule.startswith("recipient:")
    ]
    if not todo or not _FREED_MANY_SCAN.search(text):
        return
    # told by the first release's sentence at the latest: 'In September, the rebels freed
    # scores' after the release the report is about tells an earlier one, not its holder
    first = min(m.sentence.end for m in todo)
    releasers = {
        a.actor
        for a in find_actors(lex, text, {})
        if a.actor not in lex.mediation_only
        and a.start < first
        and _FREED_MANY_RE.match(text, a.end)
        and not _TIME_BEFORE_RE.search(text, max(0, a.start - 40), a.start)
    }
    if len(releasers) != 1:
        return
    releaser = releasers.pop()
    for m in todo:
        m.holder, m.holder_rule = releaser, f"holder:the-one-releaser-in-document:{releaser}"


_FREED_MANY_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:freed|released|pardoned|frees|releases|pardons)\s+"
    r"(?:dozens|hundreds|scores|thousands|several|a number)\s+of\b",
    re.I,
)
# a time of its own before the party: 'In September, the rebels freed scores of' (another release)
_TIME_BEFORE_RE = re.compile(
    r"\b(?:[Ii]n|[Ll]ast|[Ee]arlier(?:\s+this)?|[Ss]ince)\s+(?:\w+\s+)?(?:January|February|March"
    r"|April|May|June|July|August|September|October|November|December|year|month|week|\d{4}),?"
    r"\s+(?:the\s+)?$"
)
# the same, searched in the text only when it holds one of the words it needs
_FREED_MANY_SCAN = compile_gated(
    r"\b(?:freed|released|pardoned|frees|releases|pardons)\s+"
    r"(?:dozens|hundreds|scores|thousands|several|a\s+number)\s+of\b",
    re.I,
)


_TOOK = r"(?:kidnapped|abducted|seized|captured|taken (?:hostage|captive|prisoner)|held (?:hostage|captive))"
_TOOK_BY_BEFORE_RE = re.compile(  # (not across a line: 'abducted by Islamists\n\nMozambique:')
    rf"\b{_TOOK}\s+(?:[\w.,-]+\s+){{0,4}}?by[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?$", re.I
)
_TOOK_AFTER_RE = re.compile(
    r"\s+(?:(?:gunmen|fighters|militants|members|rebels|insurgents|jihadists|gang|group|militia)\s+)?"
    r"(?:kidnapped|abducted|seized|captured|took)\b",
    re.I,
)


def _custodian_tells(lex: Lexicon, m: Mention) -> bool:
    """'The Israel Prison Service said 643 prisoners were released': a party's prison
    service telling of a release or transfer tells its own act (an actors.json alias
    naming a prison service, jails or prisons)."""
    if m.type not in ("release", "transfer") or m.trigger is None or m.holder_ruled_out():
        return False
    pattern, actor_of = _custodians(lex)
    found = pattern.search(m.sentence.text, 0, m.trigger.start)
    if found is None:
        return False
    m.holder = actor_of.get(found.group(0).lower())
    if m.holder is None:
        return False
    m.holder_rule = f"holder:custodian-tells:{found.group(0)}"
    return True


@lru_cache(maxsize=4)
def _custodians(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    """The prison-service aliases as one pattern, and each (lower-cased) alias's actor."""
    actor_of = {a.lower(): actor for a, actor in lex.actor_alias.items() if _PRISON_RE.search(a)}
    names = sorted(actor_of, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names) or "(?!)", re.I), actor_of


_PRISON_RE = re.compile(r"\b(?:prisons?|jails?|penitentiary|penal)\b", re.I)


class _NamedIn:
    """'Russia' in named: does the document name this actor? Looked up only when asked."""

    def __init__(self, lex: Lexicon, text: str) -> None:
        self.lex = lex
        self.text = text
        self.seen: dict[str, bool] = {}

    def __contains__(self, actor: object) -> bool:
        if not isinstance(actor, str):
            return False
        if actor not in self.seen:
            names = _aliases_of(self.lex).get(actor, (actor,))
            self.seen[actor] = any(name in self.text for name in names)
        return self.seen[actor]


@lru_cache(maxsize=4)
def _aliases_of(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """actor -> the ways the text may name it (its case-sensitive aliases)."""
    out: dict[str, list[str]] = {}
    for alias, actor in lex.actor_alias.items():
        if alias[:1].isupper() and len(alias) > 2:
            out.setdefault(actor, [actor]).append(alias)
    return {k: tuple(v) for k, v in out.items()}
