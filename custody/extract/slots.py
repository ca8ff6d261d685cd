"""Slots of a mention: who holds the people, who says so, when, where, through whom.

Each finder looks at the clause of the mention and returns the value with the
rule that produced it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from custody.extract import dates
from custody.extract.lexicon import Lexicon
from custody.extract.location import location_for as location_for
from custody.extract.phrases import ActorHit, Counted, Hit, SentenceFacts
from custody.extract.regex import compile_fast
from custody.extract.text import Sentence, clauses

_PREP_BEFORE_RE = compile_fast(
    r"(?:\b(?:to|with|by|from|of|for|in|at|on|between|against|into|through|via|toward|towards|"
    r"than|about|over|under|after|before|across|near|inside|outside|among)\s+(?:the\s+)?$)",
    re.I,
)


_ATTRIBUTION_DATE_RE = compile_fast(
    r"\b(?:said|says|announced|told \w+|stated|reported|confirmed|added)(?:\s+in\s+a\s+statement)?\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.I,
)


_DEMAND_VERB_RE = compile_fast(
    r"\b(?:urged|urges|demanded|demands|called on|calls on|called for|calls for|appealed to|pressed)\b",
    re.I,
)


_OBJECT_BEFORE_RE = compile_fast(
    r"\b(?:southern|northern|eastern|western|central|occupied|stormed|attacked|invaded|raided|entered|struck|hit|visited|left|reached|fled|accused|blamed|thanked|urged|asked|told|warned|condemned|against)\s+$",
    re.I,
)


_ADDRESSEE_RE = compile_fast(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+(?:on|upon)\s+(?:the\s+)?$",
    re.I,
)


_PRONOUN_SUBJ_RE = re.compile(
    r"\b(?:it|they|the group|the movement|the militia)\s+(?:\w+\s+){0,3}$", re.I
)


_RETURN_FOR_RE = re.compile(
    r"\b(?:in return for|in exchange for|for)\s+(?:the\s+)?(?:release of\s+)?[^,;]*$", re.I
)


# 'in exchange for arms dealer Viktor Bout', 'swapped for 90 prisoners': whoever the
# custody word, these people are the other side's
_COUNTERPART_BEFORE_RE = compile_fast(
    r"\b(?:in exchange for|in return for|(?:swap(?:ped)?|traded|exchanged?) for)\s+"
    r"(?:the\s+)?(?:[\w.’'-]+\s+){0,3}$",
    re.I,
)

# holder rules that say the holder is known NOT to be the one the text names nearby
NO_HOLDER = "holder:none:"
COUNTERPART_RULE = NO_HOLDER + "counterpart-of-exchange"


def swapped_for(text: str, start: int) -> bool:
    """Whether the people at ``start`` are given 'in exchange for' others (the other side's)."""
    return _COUNTERPART_BEFORE_RE.search(text, max(0, start - 60), start) is not None


_EVENTS_IN_JAIL_RE = compile_fast(
    r"\b(?:killings?|deaths?|executions?|massacres?|abuses?|torture|conditions|riots?|"
    r"crimes?|role)\s*$",
    re.I,
)
_THANKED_FOR_RE = compile_fast(
    r"\bthank(?:s|ed|ing)?\b[^.;]{0,70}?\bfor\s+(?:his|her|their|the|its|our|my)\s+$", re.I
)
_IN_ITS_ATTACK_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|during)\s+(?:the\s+)?")
_ATTACK_AFTER_RE = re.compile(
    r"['’]s?\s+(?:[\w,'’-]+\s+){0,5}?(?:attack|raid|assault|incursion|offensive|ambush|"
    r"cross-border attack|rampage)\b"
)
_NOUN_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+|a\s+|an\s+)?")
_OBTAINED_BEFORE_RE = compile_fast(
    r"\b(?:gain(?:s|ed)?|secur(?:es|ed|e|ing)|w(?:on|ins|in)|obtain(?:s|ed)?|achiev(?:es|ed)|"
    r"celebrat(?:es|ed)|welcom(?:es|ed)|hail(?:s|ed))\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
_CAPTURED_BEFORE_RE = re.compile(
    r"\b(?:abducted|kidnapped|detained|arrested|captured|seized|taken)\b[^,;]*$", re.I
)
_HELD_BY_SOMEONE_RE = re.compile(
    r"\s+(?:who\s+(?:were|had been|have been)\s+)?(?:held|kept|abducted|kidnapped|captured|seized)\s+(?:\w+\s+){0,2}?by\b"
)
_HELD_IN_RE = re.compile(
    r"\b(?:held|detained|arrested|jailed|imprisoned|locked up)\s+(?:\w+\s+)?in\s+(?=[A-Z])"
)
_AGENT_AFTER_RE = re.compile(
    r"\s+(?:who\s+(?:were|are|had been|have been)\s+)?(?:still\s+)?(?:freed|released|held|kept|"
    r"captured|abducted|kidnapped|detained|seized|imprisoned|jailed)\s+by\s+(?:the\s+)?"
)
_HOLDER_NOUN_RE = (
    r"(?:captivity|custody|prisons?|jails?|detention(?: cent(?:re|er)s?| camps?| facilit(?:y|ies))?"
    r"|hands|military camps|cells|dungeons)"
)


def clause_span(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    spans = clauses(sent)
    a = max((s for s, e in spans if s <= start), default=0)
    b = min((e for s, e in spans if e >= end), default=len(sent.text))
    return a, b


def _actor_at(actors: list[ActorHit], start: int) -> ActorHit | None:
    """The actor named at ``start`` ('the regime' also starts at 'regime')."""
    for a in actors:
        if a.start <= start < a.end:
            return a
    return None


_POSSESSIVE_RE = re.compile(r"['’]s\b\s*")


_DESCRIBING_WORD_RE = re.compile(r"(?:[a-z][\w-]*|of the)\s+")


def _agent_at(text: str, actors: list[ActorHit], start: int) -> ActorHit | None:
    """The agent named at ``start``, or after a few words describing it ('by the
    notorious street gang 400 Mawozo', 'by suspected rebels of the ADF'); of a
    possessive, the actor it owns ('by Yemen's Houthi rebels': the Houthis)."""
    a = _actor_at(actors, start)
    at = start
    while a is None and (word := _DESCRIBING_WORD_RE.match(text, at)) and word.end() - start < 45:
        at = word.end()
        a = _actor_at(actors, at)
    owns = _POSSESSIVE_RE.match(text, a.end) if a else None
    if owns:
        return next((b for b in actors if b.start == owns.end()), a)
    return a


_HOLDER_PREP_RE = re.compile(r"\b(?:from|in|of|out of|inside|into|under)\s+")
_ADJ_CAPTIVITY_RE = re.compile(
    rf"(?:the\s+)?(?P<adj>[A-Z][\w-]+)(?:'s|’s)?\s+(?:\w+\s+)?{_HOLDER_NOUN_RE}\b"
)
_NAMED_CAPTIVITY_RE = re.compile(
    rf"(?:the\s+)?[^,;]{{1,40}}?(?:'s|’s)?\s+(?:\w+\s+)?{_HOLDER_NOUN_RE}\b"
)


_HELD_BY_RE = re.compile(
    r"\b(?:held|controlled|kept|captured|abducted|kidnapped|detained|seized|imprisoned|jailed)(?:\s+(?!by\b)[\w'’-]+){0,4}?\s+by\s+(?:the\s+)?"
)
_HOLDER_NOUN_ANY_RE = re.compile(_HOLDER_NOUN_RE)
_NOUN_OF_RE = compile_fast(
    rf"\b(?:{_HOLDER_NOUN_RE}|facilities)\s+(?:of|in|across|throughout)\s+(?:the\s+)?"
)
_HELD_ADJECTIVE_RE = re.compile(r"[-‑](?:held|run)\b")


def _holder_phrase(
    lex: Lexicon, text: str, actors: list[ActorHit], lo: int, hi: int
) -> tuple[str, str] | None:
    """'held by X', 'from Russian captivity', 'in the occupation's prisons', 'controlled by Kyiv'."""
    window = text[lo:hi]
    controlled = _under_control(lex, text, actors, lo, hi)
    if controlled:
        return controlled
    for m in _HELD_BY_RE.finditer(window):
        a = _agent_at(text, actors, lo + m.end())
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:by-phrase:{a.rule}"
    for m in _HELD_IN_RE.finditer(window):
        # '52 people held in Belarus': a state holds those it jails on its soil
        a = _actor_at(actors, lo + m.end())
        if (
            a
            and a.actor not in lex.mediation_only
            and a.actor in lex.country_names.values()
            and a.actor in lex.named_actors  # not 'Afghanistan', where the Taliban hold people
        ):
            return a.actor, f"holder:held-in-country:{a.rule}"
    if not _HOLDER_NOUN_ANY_RE.search(window):
        return _held_adjective(text, actors, lo, hi)  # the patterns below all need such a noun
    for prep in _HOLDER_PREP_RE.finditer(window):
        # every 'from / in / of ...' is tried: one must not swallow the next
        if _EVENTS_IN_JAIL_RE.search(window, max(0, prep.start() - 25), prep.start()):
            continue  # 'his role in killings in Iranian jails': what happened there, not who holds
        adj = _ADJ_CAPTIVITY_RE.match(window, prep.end())
        if adj and adj.group("adj") in lex.actor_adj:
            return lex.actor_adj[adj.group("adj")], f"holder:captivity-adjective:{adj.group('adj')}"
        named = _NAMED_CAPTIVITY_RE.match(window, prep.end())
        if named:
            for a in actors:
                if (
                    lo + prep.end() <= a.start < lo + named.end()
                    and a.actor not in lex.mediation_only
                ):
                    return a.actor, f"holder:captivity-of:{a.rule}"
    for m in _NOUN_OF_RE.finditer(window):
        a = _actor_at(actors, lo + m.end())
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:captivity-of:{a.rule}"
    return _held_adjective(text, actors, lo, hi)


_UNDER_CONTROL_RE = re.compile(
    r"\bunder\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?(?=(?P<of>\S))|(?=(?P<owner>\S)[^,;]{0,30}?['’]s?\s+control\b))"
)


def _under_control(
    lex: Lexicon, text: str, actors: list[ActorHit], lo: int, hi: int
) -> tuple[str, str] | None:
    """'returned from areas under Kyiv's control', 'under the control of the RSF'."""
    for m in _UNDER_CONTROL_RE.finditer(text, lo, hi):
        a = _actor_at(actors, m.end())
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:under-control-of:{a.rule}"
    return None


_AUTHORITY_RE = re.compile(
    r"\b([A-Z][\w-]+)\s+(?:government|regime|authorities|army|military|forces|police|"
    r"security forces|troops|junta|courts?|President|Prime Minister|leader|prison service)\b"
)


def adjective_subject(lex: Lexicon, text: str, lo: int, trig: Hit) -> tuple[str, str] | None:
    """'The Cuban regime releases 553 prisoners': a state named by its adjective and an
    arm of it, as the subject of the custody word."""
    for m in _AUTHORITY_RE.finditer(text, lo, trig.start):
        actor = lex.actor_adj.get(m.group(1))
        before = text[max(0, m.start() - 30) : m.start()]
        if actor and not _PREP_BEFORE_RE.search(before) and actor not in lex.mediation_only:
            return actor, f"holder:subject:adjective:{m.group(1)}"
    return None


def _held_adjective(text: str, actors: list[ActorHit], lo: int, hi: int) -> tuple[str, str] | None:
    """'Hamas-held', 'Russian-run'."""
    for a in actors:
        if lo <= a.start < hi and _HELD_ADJECTIVE_RE.match(text[a.end : a.end + 5]):
            return a.actor, f"holder:held-adjective:{a.rule}"
    return None


def _subject_actor(
    lex: Lexicon, text: str, actors: list[ActorHit], lo: int, trig: Hit
) -> tuple[str, str] | None:
    best: ActorHit | None = None
    for a in actors:
        if a.end > trig.start or a.start < lo:
            continue
        if a.actor in lex.mediation_only and a.actor != "United States":
            continue
        before = text[max(0, a.start - 30) : a.start]
        verb_follows = (
            re.fullmatch(
                r"(?:['’]s\s+[\w ]{0,20})?\s*(?:\w+\s+){0,2}", text[a.end : trig.start] + " "
            )
            is not None
        )
        conjunction = re.search(r"\b(?:after|before|as|while|when|since|until)\s+$", before, re.I)
        if (
            _PREP_BEFORE_RE.search(before)
            and not _ADDRESSEE_RE.search(before)
            and not (conjunction and verb_follows)
        ):
            continue
        if _OBJECT_BEFORE_RE.search(before):
            continue
        best = a
    if best:
        return best.actor, f"holder:subject:{best.rule}"
    return None


Holder = tuple[str | None, str]
"""A holder (or None) and the rule that decided it ('' when nothing did)."""


def holder_for(
    lex: Lexicon,
    facts: SentenceFacts,
    c: Counted | None,
    t: Hit,
    lo: int,
    hi: int,
    span: tuple[int, int],
) -> Holder:
    """Who holds the people at ``span`` told by custody word ``t`` in clause ``lo:hi``:
    the agent, a holder phrase, or the subject, unless the people are the other side's
    in a swap, held by an unnamed party, or only received or won back by the subject."""
    text = facts.sentence.text
    actors = [
        a
        for a in facts.actors
        if not (span[0] <= a.start < span[1] and text[a.start : a.end] in lex.actor_adj)
    ]
    found = _agent_holder(lex, text, actors, t, span)
    if found:
        return found
    # the phrase right after the people first: '1,348 Russians in Ukrainian captivity
    # and 6,465 Ukrainians in Russian captivity'
    after = max(lo, span[1])
    phrase = after < hi and _holder_phrase(lex, text, actors, after, hi)
    if not phrase and not _OWN_CAPTIVITY_RE.match(text, span[1]):
        # not another batch's ('250 freed from Saudi prisons, and 220 others from prisons
        # in Marib'), nor across the subject ('While most are held by Hamas, Islamic
        # Jihad holds 30')
        phrase = _holder_phrase(lex, text, actors, _subject_clause_start(text, actors, t, lo), hi)
    if phrase:
        return phrase
    return _not_the_subject(lex, text, actors, t, lo, span) or _subject_holder(
        lex, text, actors, t, lo, span
    )


_OWN_CAPTIVITY_RE = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:from|in|out of)\s+(?:the\s+)?{_HOLDER_NOUN_RE}\b"
)


def _subject_clause_start(text: str, actors: list[ActorHit], t: Hit, lo: int) -> int:
    """Where the clause of a custody word starts: for an active one, at the last comma
    before it that a named actor follows ('While most are held by Hamas, Islamic Jihad
    holds 30'); at a second reported clause ('... and that 31 were transferred'); else
    ``lo``."""
    comma = text.rfind(", ", lo, t.start) if t.voice == "active" else -1
    if comma >= 0 and any(comma < a.start < t.start for a in actors):
        return comma
    told = [m.start() for m in _AND_THAT_RE.finditer(text, lo, t.start)]
    return told[-1] if told else lo


# a second reported clause: 'said that 246 were returned from territory controlled by
# Kyiv and that 31 wounded prisoners were transferred'
_AND_THAT_RE = re.compile(r"\band\s+that\b")


def _agent_holder(
    lex: Lexicon, text: str, actors: list[ActorHit], t: Hit, span: tuple[int, int]
) -> Holder | None:
    """'freed by the Houthis', 'the release of 4,208 prisoners by a rebel force'."""
    m = re.match(r"(?:\s+[\w'’-]+){0,4}?\s+by\s+(?:the\s+)?", text[t.end : t.end + 80])
    if m:
        a = _agent_at(text, actors, t.end + m.end())
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:agent:{a.rule}"
    raid = _IN_ITS_ATTACK_RE.match(text, t.end) if t.type == "detention" else None
    a = _actor_at(actors, raid.end()) if raid else None
    if a and raid and _ATTACK_AFTER_RE.match(text, a.end) and a.actor not in lex.mediation_only:
        return a.actor, f"holder:in-its-attack:{a.rule}"  # 'captured in Hamas's October 7 attack'
    by = _NOUN_AGENT_RE.match(text, span[1]) if t.voice == "noun" and t.end <= span[0] else None
    if by:
        a = _agent_at(text, actors, by.end())
        if a is None or a.actor in lex.mediation_only:
            return None, NO_HOLDER + "agent-of-the-release-named-otherwise"
        return a.actor, f"holder:agent:{a.rule}"
    return None


def _not_the_subject(
    lex: Lexicon, text: str, actors: list[ActorHit], t: Hit, lo: int, span: tuple[int, int]
) -> Holder | None:
    """People the sentence's subject does not hold: the other side's in a swap, held by
    someone unnamed, or whose release the subject thanks for, wins or receives."""
    counterpart = (
        t.end <= span[0] and _RETURN_FOR_RE.search(text[t.end : span[0]])
    ) or swapped_for(text, span[0])
    if counterpart:
        # 'freed three Israelis in exchange for 90 Palestinian prisoners': the other side's
        # captives, unless their holder is named right there ('... three hostages freed by Hamas')
        agent = _AGENT_AFTER_RE.match(text, span[1])
        a = _actor_at(actors, agent.end()) if agent else None
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:agent-of-counterpart:{a.rule}"
        return None, COUNTERPART_RULE
    if _HELD_BY_SOMEONE_RE.match(text, span[1]):
        # 'the army freed 200 civilians held by the paramilitary group': not the rescuer
        return None, NO_HOLDER + "held-by-an-unnamed-group"
    if t.voice == "noun" and _THANKED_FOR_RE.search(text, max(lo, t.start - 80), t.start):
        # 'He thanked the people of Iran for his release': those thanked helped, held not
        return None, NO_HOLDER + "thanked-for-the-release"
    if t.voice == "recipient" or (
        t.voice == "noun" and _OBTAINED_BEFORE_RE.search(text, max(lo, t.start - 40), t.start)
    ):
        # 'Ukraine received 757 bodies', 'Ukraine gained the release of five commanders':
        # the receiver is not the holder; its adversary is
        found = _subject_actor(lex, text, actors, lo, t)
        return None, f"recipient:{found[0]}" if found else ""
    return None


def _subject_holder(
    lex: Lexicon, text: str, actors: list[ActorHit], t: Hit, lo: int, span: tuple[int, int]
) -> Holder:
    """The subject of an active custody word, or of one before the people: an actor,
    a state's adjective and arm ('the Cuban regime'), or what a pronoun stands for."""
    if t.start >= span[1] and t.voice != "active":
        return None, ""
    found = _subject_actor(lex, text, actors, lo, t) or adjective_subject(lex, text, lo, t)
    if found:
        return found
    pm = _PRONOUN_SUBJ_RE.search(text[lo : t.start])
    if pm:
        first = next(
            (a for a in actors if a.start < lo + pm.start() and a.actor not in lex.mediation_only),
            None,
        )
        if first:
            return first.actor, f"holder:pronoun:{first.rule}"
    return None, ""


def source_for(lex: Lexicon, facts: SentenceFacts, lo: int = 0) -> str | None:
    """Who says so. In a clause of its own that has a reporting verb ('..., while Hamas
    said it held 125'), that clause's speaker; else the sentence's."""
    text = facts.sentence.text
    m = _ACCORDING_TO_RE.search(text)
    if m:
        a = _actor_at(facts.actors, m.end())
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
            and not _BY_THE_BEFORE_RE.search(text[max(0, a.start - 8) : a.start])
        ]  # 'The M23, which is backed by Rwanda, said': Rwanda backs, the M23 says
        if before:
            return before[-1].actor
    return None


_ACCORDING_TO_RE = compile_fast(r"\baccording to (?:the\s+)?", re.I)
_BY_THE_BEFORE_RE = compile_fast(r"\bby\s+(?:the\s+)?$")


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
    return text.endswith(("'s", "’s"), start, end) or bool(_POSSESSIVE_RE.match(text, end))


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


_BLOCKED_BEFORE_DATE = {
    # 'held ... until the beginning of the month': a snapshot's date
    "holding": _blocked_before("before|after|from|by|prior to"),
    "detention": _blocked_before("until|before|after|from|by|prior to"),
    "": _blocked_before("since|until|before|after|from|by|prior to"),
}
"""A date right after these words is not the happening's date ('freed after May 3')."""


_PUT_OFF_RE = re.compile(
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
    usable = [
        h
        for h in hits
        if not (
            blocked.search(text[max(0, lo + h.start - 30) : lo + h.start].rstrip() + " ")
            and not _possessive_date(text, lo + h.start, lo + h.end)
        )
        and not (  # a running total 'since July 2024': where its period starts, not its date
            type_ == "aggregate"
            and text[lo + h.start : lo + h.end].lower().startswith("since")
            and not re.match(r",?\s+when\b", text[lo + h.end :])  # 'since April 2023, when ...'
        )
        and not _ATTRIBUTION_DATE_RE.search(text[max(0, lo + h.start - 40) : lo + h.start])
        and not (
            type_ == "aggregate"
            and re.search(r"\bsince\b[^,;]*$", text[max(0, lo + h.start - 60) : lo + h.start], re.I)
        )
        and not (  # 'a woman abducted in Niamey in January remains missing', 'hostages
            # taken in the October 7 attack were freed': the capture's date
            type_ in ("holding", "release", "aggregate")
            and _CAPTURED_BEFORE_RE.search(text, max(0, lo + h.start - 45), lo + h.start)
        )
    ]
    if not usable:
        return None, ""
    best = min(usable, key=lambda h: abs(lo + h.start - anchor))
    return best.value, best.rule


# where the brokers' names end: a clause, or who says so ('mediated by Saudi Arabia,
# U.S. and Saudi officials said')
_MEDIATION_STOP_RE = re.compile(
    r"(?<!\bU\.S)(?<!\bU\.N)[;.](?!\w)|\bwhile\b|\bafter\b"
    r"|,\s*(?=(?:[\w.'’-]+\s+){0,5}(?:said|say|says|told|reported)\b)"
)


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
    for m in re.finditer(
        r"\b(?:mediat\w*|brokered|facilitated|coordinated|auspices|mediators?)\b(?:\s+(?:efforts\s+)?(?:by|of|from))?",
        text,
        re.I,
    ):
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
                and not re.search(r"\b(?:in|at|to)\s+$", text[max(0, a.start - 4) : a.start])
                and (a.actor != "ICRC" or (with_icrc and sponsor))
            ):  # 'UN-brokered talks in Switzerland': where they met, not who brokered;
                # the ICRC only 'under the auspices of' or 'facilitated by', never thanked
                out.append(a.actor)
        # 'Qatari and Egyptian mediators', 'U.S.-brokered'
        pre = text[max(0, m.start() - 40) : m.start()]
        pre = re.sub(
            r".*\b(?:in|at|on|by)\s+", "", pre
        )  # 'reached in Switzerland on 20 March under the'
        for word in re.findall(r"([A-Z][\w.]+)(?:[-\s]|$)", pre):
            actor = lex.actor_adj.get(word) or lex.actor_alias.get(word)
            if actor and actor in lex.mediation_only and actor not in out and actor != "ICRC":
                out.append(actor)
    return out
