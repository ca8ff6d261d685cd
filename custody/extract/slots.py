"""Slots of a mention: who holds the people, who says so, when, where, through whom.

Each finder looks at the clause of the mention and returns the value with the
rule that produced it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from custody.calendar import CALENDAR
from custody.extract import dates
from custody.extract.counterpart import COUNTERPART_RULE as COUNTERPART_RULE
from custody.extract.counterpart import NO_HOLDER as NO_HOLDER
from custody.extract.counterpart import swapped_for as swapped_for
from custody.extract.gate import compile_gated
from custody.extract.holder_agent import POSSESSIVE_RE, actor_at
from custody.extract.holder_slot import adjective_subject, clause_span, holder_for
from custody.extract.lexicon import Lexicon, load_lexicon
from custody.extract.location import location_for as location_for
from custody.extract.phrases import Hit, SentenceFacts
from custody.extract.regex import compile_fast, lower_of, may_hold

_ATTRIBUTION_DATE_RE = compile_fast(
    r"\b(?:said|says|announced|told \w+|stated|reported|confirmed|added|insisted|insists|stressed"
    r"|noted|denied|claimed|declared|warned|explained|argued)(?:\s+in\s+a\s+statement)?"
    r"\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.I,
)


_DEMAND_VERB_RE = compile_fast(
    r"\b(?:urged|urges|demanded|demands|called on|calls on|called for|calls for|appealed to|pressed)\b",
    re.I,
)


_CAPTURED_BEFORE_RE = re.compile(
    r"\b(?:abducted|kidnapped|detained|arrested|captured|seized|taken|killed|slain|murdered)\b[^,;]*$",
    re.I,
)


def source_for(lex: Lexicon, facts: SentenceFacts, lo: int = 0) -> str | None:
    """Who says so. In a clause of its own that has a reporting verb ('..., while Hamas
    said it held 125'), that clause's speaker; else the sentence's."""
    text = facts.sentence.text
    m = _ACCORDING_TO_RE.search(text)
    if m:
        a = actor_at(facts.actors, m.end())
        if a:
            return a.actor
    verbs = _speech_verbs(lex, text)
    own = [v for v in verbs if v >= lo]
    if lo and own and _CONTRAST_RE.match(text, lo):
        verbs = (*own, *(v for v in verbs if v < lo))
    for verb in verbs:
        before = [
            a
            for a in facts.actors
            if a.end <= verb
            and verb - a.end < 45
            and not _BY_THE_BEFORE_RE.search(text[max(0, a.start - 9) : a.start])
            and not _OTHER_SPEAKER_RE.search(text, a.end, verb)
        ]  # 'The M23, which is backed by Rwanda, said': Rwanda backs, the M23 says;
        # '... detained in Afghanistan, an official said': a place, not who says it;
        # '... fighting for Ukraine in Kursk, Russian media reported': another speaker
        if before:
            return before[-1].actor
    return None


def carried_by(text: str, word: str) -> bool:
    """Whether ``word`` (the Red Cross, the ICRC) is named in ``text`` other than as a
    voice only ('in a move welcomed by the ICRC', 'the ICRC welcomed the release')."""
    at = text.find(word)
    return at >= 0 and not _ONLY_COMMENTS_RE.search(text, max(0, at - 60), at + len(word) + 12)


_ONLY_COMMENTS_RE = re.compile(
    r"\b(?:welcomed|praised|hailed|urged|called)\s+by\s+the\s+[\w ]{0,40}?(?:Red Cross|ICRC)\b"
    r"|\b(?:Red Cross|ICRC)\s+(?:welcomed|welcomes|praised|hailed|urged|called)\b"
)
_ACCORDING_TO_RE = compile_gated(r"\baccording to (?:the\s+)?", re.I)
_OTHER_SPEAKER_RE = re.compile(r",\s+[^,]*[A-Za-z][^,]*$")
"""Words after the last comma before a reporting verb: its subject, not the party before."""
_BY_THE_BEFORE_RE = compile_fast(r"\b(?:by|in|into|to|from|inside|across)\s+(?:the\s+)?$")


@lru_cache(maxsize=64)
def _speech_verbs(lex: Lexicon, text: str) -> tuple[int, ...]:
    """Where the reporting verbs ('said', 'told'), then the demand verbs ('urged'),
    of a sentence start: the same for every record told in it, so found once."""
    return (
        *(m.start() for m in lex.reporting_re.finditer(text)),
        *(m.start() for m in _DEMAND_VERB_RE.finditer(text)),
    )


_CONTRAST_RE = re.compile(r"\s*(?:while|whereas|but)\b", re.I)


def _possessive_date(text: str, start: int, end: int) -> bool:
    """'before Wednesday's releases': the date of the releases themselves."""
    return text.endswith(("'s", "’s"), start, end) or bool(POSSESSIVE_RE.match(text, end))


def told_on(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the day something was said ('said on Monday')."""
    return _ATTRIBUTION_DATE_RE.search(text[max(0, start - 40) : start]) is not None


def _blocked_before(words: str) -> re.Pattern[str]:
    # 'until May 3', 'prior to the events of October 7', 'since the start of the month'
    return compile_fast(
        rf"\b(?:{words})\s+(?:the\s+)?(?:(?:events?|start|beginning|outbreak)\s+of\s+"
        rf"(?:the\s+)?)?(?:month\s+of\s+)?$",
        re.I,
    )


_BLOCKED_WORDS = {
    # 'held ... until the beginning of the month': a snapshot's date
    "holding": "before|after|from|by|prior to",
    "detention": "until|before|after|from|by|prior to",
    "": "since|until|before|after|from|by|prior to",
}
_BLOCKED_BEFORE_DATE = {k: _blocked_before(v) for k, v in _BLOCKED_WORDS.items()}
"""A date right after these words is not the happening's date ('freed after May 3')."""
# a release dated by the words 'since' or 'until' read into the date ('since March 5'):
# when a span began or ends, not the day of the release ('since April 2023, when they
# swapped ...' is that day)
_SINCE_IN_DATE_RE = re.compile(r"(?:since|until)\b", re.I)
_WHEN_AFTER_RE = re.compile(r",?\s+when\b")
_IN_SINCE_CLAUSE_RE = re.compile(r"\bsince\b[^,;]*$", re.I)
_WHICH_CLAUSE_RE = re.compile(
    r",\s+which\s+(?:was|were|is|are|had been|has been)\s+[a-z]+\s+(?:[a-z]+\s+)?$"
)


_PUT_OFF_RE = compile_gated(
    r"\b(?:delayed|postponed|put off|called off|cancell?ed|halted|suspended|held up)\b", re.I
)


def date_for(
    facts: SentenceFacts,
    published: str | None,
    status: str,
    lo: int,
    hi: int,
    anchor: int,
    type_: str = "release",
) -> tuple[str | None, str]:
    text = facts.sentence.text
    # a plan put off was for a day already past: 'delayed the release scheduled for Saturday'
    planned = status == "planned" and not _PUT_OFF_RE.search(text, lo, hi)
    hits = dates.resolve(text[lo:hi], published, planned=planned)
    blocked = _BLOCKED_BEFORE_DATE.get(type_, _BLOCKED_BEFORE_DATE[""])
    since = _SINCE_IN_DATE_RE if type_ in ("release", "transfer", "aggregate") else None
    usable = [
        h
        for h in hits
        if not (
            (
                blocked.search(text[max(0, lo + h.start - 30) : lo + h.start].rstrip() + " ")
                or (  # ('the largest swap since 2020, when 1,000 were freed': the 1,000's)
                    since is not None
                    and since.match(text, lo + h.start)
                    and not (_WHEN_AFTER_RE.match(text, lo + h.end) and anchor > lo + h.end)
                )
            )
            and not _possessive_date(text, lo + h.start, lo + h.end)
        )
        and not (  # a running total 'since July 2024': where its period starts, not its date
            # (nor a holding's: 'held since September 2020' is held now)
            type_ in ("aggregate", "holding")
            and text[lo + h.start : lo + h.end].lower().startswith("since")
            and not re.match(r",?\s+when\b", text[lo + h.end :])  # 'since April 2023, when ...'
        )
        and not _ATTRIBUTION_DATE_RE.search(text[max(0, lo + h.start - 40) : lo + h.start])
        and not _in_since_clause(text, lo + h.start, lo + h.end, anchor, type_)
        # 'X, who had been detained since March, was found dead on Tuesday': the custody
        # word's relative clause ends before the date, which is the main verb's
        and not (
            h.start + lo > anchor
            and _RELATIVE_AT_RE.search(text, max(0, anchor - 40), anchor)
            and "," in text[anchor : lo + h.start]
        )
        # 'the airport, which was closed on August 9, 2016': the date of a thing described
        and not (
            h.start + lo > anchor
            and _WHICH_CLAUSE_RE.search(text, max(0, lo + h.start - 60), lo + h.start)
        )
        and not (  # 'a woman abducted in Niamey in January remains missing', 'hostages
            # taken in the October 7 attack were freed': the capture's date
            type_ in ("holding", "release", "aggregate")
            and (
                _CAPTURED_BEFORE_RE.search(text, max(0, lo + h.start - 45), lo + h.start)
                or (type_ != "aggregate" and _taking_told_before(facts, lo + h.start))
            )
        )
    ]
    if not usable:
        return _entry_date(text, published, planned, lo)
    best = min(usable, key=lambda h: abs(lo + h.start - anchor))
    return best.value, best.rule


_RELATIVE_AT_RE = re.compile(r",\s+(?:who|whom)\s+[^,;]*$")


def _taking_told_before(facts: SentenceFacts, at: int) -> bool:
    """Whether the custody word nearest before the date at ``at``, with no comma or
    semicolon between, is a taking: 'X, who was kidnapped by militants in Mali in April
    2021, has been freed' (the kidnapping's date, not the release's)."""
    before = [t for t in facts.triggers if t.end <= at and at - t.start <= 90]
    if not before:
        return False
    nearest = max(before, key=lambda t: t.start)
    text = facts.sentence.text
    return (
        nearest.type == "detention"
        and nearest.voice != "noun"
        and not any(ch in text[nearest.end : at] for ch in ",;")
    )


def _in_since_clause(text: str, start: int, end: int, anchor: int, type_: str) -> bool:
    """A date inside a 'since' clause is when a period began, no happening's day: 'died in
    Israeli prisons since the war began in October 2023' (a toll), 'the largest return since
    the invasion began in February 2022' (a release: the clause after its verb, not 'held
    since February were released on Friday'); 'since April 2023, when ...' is that day."""
    if type_ not in ("aggregate", "death_in_custody", "release", "transfer"):
        return False
    since = _IN_SINCE_CLAUSE_RE.search(text, max(0, start - 60), start)
    if since is None or _WHEN_AFTER_RE.match(text, end):
        return False
    return type_ in ("aggregate", "death_in_custody") or since.start() > anchor


_WEEKDAY = f"(?:{'|'.join(CALENDAR['weekdays'])})"
_ENTRY_DATE_RE = re.compile(
    rf"\s*(?:[-•*▪]\s*)?(?:(?:{_WEEKDAY},?\s+)?"
    r"(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
    rf"|(?P<weekday>{_WEEKDAY})|(?P<month>[A-Z][a-z]{{2,8}}\.?\s+\d{{4}}))\s*(?::|\s[-–—])\s"
)
"""A timeline's entry: 'Jan. 25: Four soldiers were handed over', '25 January - ...',
'- Friday, Nov. 24: ...' (a bullet, a weekday before the day), 'Saturday — ...', 'April
2014: ...' (a month's)."""


def _entry_date(text: str, published: str | None, planned: bool, lo: int) -> tuple[str | None, str]:
    """The day a timeline entry opens with, for the clauses after it."""
    entry = _ENTRY_DATE_RE.match(text)
    if entry is None or entry.end() > lo:
        return None, ""
    told = entry.group("day") or entry.group("weekday") or entry.group("month")
    hits = dates.resolve(told, published, planned=planned)
    if not hits:
        return None, ""
    return hits[0].value, f"date:timeline-entry:{hits[0].rule}"


# where the brokers' names end: a clause, or who says so ('mediated by Saudi Arabia,
# U.S. and Saudi officials said')
_MEDIATION_STOP_RE = re.compile(
    r"(?<!\bU\.S)(?<!\bU\.N)[;.](?!\w)|\bwhile\b|\bafter\b"
    r"|,\s*(?=(?:[\w.'’-]+\s+){0,5}(?:said|say|says|told|reported)\b)"
)


_MEDIATION_WORDS = (
    "mediat",
    "brokered",
    "facilitated",
    "coordinated",
    "auspices",
    "help of",
    "intermediar",
    "thank",
)


_MEDIATED_RE = re.compile(
    r"\b(?:mediat\w*|brokered|facilitated|coordinated|auspices|mediators?|with the help)\b"
    r"(?:\s+(?:efforts\s+)?(?:by|of|from))?",
    re.I,
)
_PLACE_PREP_END_RE = re.compile(r"\b(?:in|at|to)\s+$")
# ('Qatari, Egyptian and', 'Qatar and Turkey's')
_CAPITALISED_WORD_RE = re.compile(r"([A-Z][\w.]+)(?:['’]s)?(?:[-\s,]|$)")


def mediators_for(
    lex: Lexicon,
    facts: SentenceFacts,
    with_icrc: bool = False,
    span: tuple[int, int] | None = None,
) -> list[str]:
    """Who brokered ('mediated by Qatar', 'Qatari and Egyptian mediators'). The ICRC carries
    out releases (the intermediary); only a deal counts it among its sponsors."""
    text = facts.sentence.text
    out: list[str] = []
    # not the brokering of an earlier clause's happening ('released 21 girls in a deal
    # brokered by Switzerland, and in May 2017 another 82 were handed over')
    lo = span[0] if span else 0
    if not may_hold(text, _MEDIATION_WORDS):
        return out
    for m in _MEDIATED_RE.finditer(text):
        if m.end() <= lo and any(t.end <= m.start() for t in facts.triggers):
            continue  # (a framing 'Under the truce brokered by Qatar, ...' covers every clause)
        region_end = m.end() + 90
        stop = _MEDIATION_STOP_RE.search(text, m.end(), region_end)
        region = (m.end(), stop.start() if stop else region_end)
        sponsor = m.group(0).lower().startswith(("auspices", "facilitated"))
        for a in facts.actors:
            if (
                region[0] <= a.start < region[1]
                and a.actor in lex.mediation_only
                and a.actor not in out
                and not _PLACE_PREP_END_RE.search(text[max(0, a.start - 4) : a.start])
                and (a.actor != "ICRC" or (with_icrc and sponsor))
            ):  # 'UN-brokered talks in Switzerland': where they met, not who brokered;
                # the ICRC only 'under the auspices of' or 'facilitated by', never thanked
                out.append(a.actor)
        # 'Qatari and Egyptian mediators', 'U.S.-brokered'
        # 'reached in Switzerland on 20 March under the': what follows the last preposition
        pre = after_the_last_preposition(text[max(0, m.start() - 40) : m.start()])
        cuts = [c.end() for c in _NOT_THE_BROKERS_RE.finditer(pre)]  # (not the parties of
        pre = pre[cuts[-1] :] if cuts else pre  # 'a deal between A and B that was mediated')
        for found in _CAPITALISED_WORD_RE.finditer(pre):
            word = found.group(1)
            if lex.noun_re.match(pre, found.end()):
                continue  # the people's nationality ('in exchange for U.S. detainees, with ...')
            actor = lex.actor_adj.get(word) or lex.actor_alias.get(word)
            if actor and actor in lex.mediation_only and actor not in out and actor != "ICRC":
                out.append(actor)
    # 'after the UAE acted as an intermediary', 'thanked Qatar and Oman for helping negotiate'
    low = lower_of(text)
    acted = _ACTED_AS_RE.finditer(text) if " as " in low and _may_act_as(low) else ()
    thanked = _THANKED_FOR_RE.finditer(text) if "thank" in low else ()
    for m in [*acted, *thanked]:
        for a in facts.actors:
            if m.start(1) <= a.start < m.end(1) and a.actor in lex.mediation_only:
                if a.actor not in out and a.actor != "ICRC":
                    out.append(a.actor)
    return out


_ACTED_AS_RE = re.compile(
    r"(?:^|\b(?:after|when|once|as|while|and)\b|[,;])\s*([^,;]{1,60}?)\s+(?:acted|served|stepped in)"
    r"\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:intermediary|mediator|go-between)\b"
)


def _may_act_as(low: str) -> bool:
    return "intermediar" in low or "mediator" in low or "go-between" in low


_THANKED_FOR_RE = re.compile(
    r"\bthank(?:s|ed|ing)?\s+([^.;:]{1,60}?)\s+for\s+(?:(?:its|their|his|her)\s+)?"
    r"(?:help(?:ing)?\s+(?:to\s+)?|role\s+in\s+)?(?:mediat|negotiat|broker|facilitat)\w*"
)
_PREPOSITION_RE = re.compile(r"\b(?:in|at|on|by)\s+")
_NOT_THE_BROKERS_RE = re.compile(
    r"\b(?:that|which|who|between|with)\s+(?:(?:was|were|is|has been|had been)\s+)?"
)
"""What stands before a relative pronoun or 'between' ('a deal between Washington and Tehran
that was mediated by Doha') names the deal's parties, not who brokered it."""


def after_the_last_preposition(pre: str) -> str:
    """What ``re.sub(r".*\\b(?:in|at|on|by)\\s+", "", pre)`` leaves: the text after the last
    preposition and its spaces (that pattern's '.*' is tried from every start of a text
    with none, to its end and back). With a line break ('.' stops there) the pattern
    itself is used."""
    if "\n" in pre:
        return re.sub(r".*\b(?:in|at|on|by)\s+", "", pre)
    ends = [m.end() for m in _PREPOSITION_RE.finditer(pre)]
    return pre[ends[-1] :] if ends else pre


__all__ = [  # holder_slot's names are re-exported: the slots of a mention are read here
    "COUNTERPART_RULE",
    "NO_HOLDER",
    "adjective_subject",
    "clause_span",
    "date_for",
    "holder_for",
    "location_for",
    "mediators_for",
    "source_for",
    "swapped_for",
    "told_on",
]


def thing_released(text: str, t: Hit) -> bool:
    """'a file photo released by', 'released a video' (cues.json released_things)."""
    lex = load_lexicon()
    return bool(
        lex.released_thing_before.search(text, max(0, t.start - 30), t.start)
        or lex.released_thing_after.match(text, t.end)
    )


_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def starts_a_period(text: str, lo: int, hi: int, value: str, published: str | None) -> bool:
    """Whether the day ``value`` read in ``text[lo:hi]`` is told as where a period starts
    ('detained since October 7, 2023'): no day a later sentence's happening shares."""
    if "since" not in text[lo:hi].lower():
        return False
    return any(
        h.value == value
        and (
            _SINCE_IN_DATE_RE.match(text, lo + h.start) is not None
            or _SINCE_BEFORE_RE.search(text, max(0, lo + h.start - 12), lo + h.start) is not None
        )
        and _WHEN_AFTER_RE.match(text, lo + h.end) is None
        for h in dates.resolve(text[lo:hi], published, planned=False)
    )
