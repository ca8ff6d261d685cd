"""Who holds the people of a mention: the agent, a holder phrase ('held by X', 'from
Russian captivity'), or the subject, unless the people are the other side's in a swap,
held by an unnamed party, or only received or won back by the subject. Each rule
returns the holder with the rule that decided it (``slots`` re-exports ``holder_for``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from custody.extract.counterpart import (
    COUNTERPART_RULE,
    GIVEN_FOR_RE,
    HELD_BY_UNNAMED,
    NO_HOLDER,
    TAKEN_BY_UNNAMED,
    counterpart,
)
from custody.extract.gate import compile_gated
from custody.extract.holder_agent import Holder, actor_at, agent_at, agent_holder
from custody.extract.holder_cases import URGED_BEFORE_RE, brought_home, rescue
from custody.extract.lexicon import Lexicon
from custody.extract.phrases import ActorHit, Counted, Hit, SentenceFacts, may_stand_for
from custody.extract.phrases import authority_of as authority_of
from custody.extract.phrases import verbal_subject as verbal_subject
from custody.extract.regex import compile_fast
from custody.extract.text import Sentence, clause_edges

_PREP_BEFORE_RE = compile_fast(
    r"(?:\b(?:to|with|by|from|of|for|in|at|on|between|against|into|through|via|toward|towards|"
    r"than|about|over|under|after|before|across|near|inside|outside|among)\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+|(?:(?:north|south)-?)?(?:north|south|east|west)(?:ern)?\s+"
    r"|central\s+|occupied\s+|rebel-held\s+|government-held\s+)?$)",
    # ('crossed into neighbouring Lithuania', 'rebels in northwestern Syria freed')
    re.I,
)
_OBJECT_BEFORE_RE = compile_fast(
    r"\b(?:southern|northern|eastern|western|central|occupied|stormed|attacked|invaded|raided|entered|struck|hit|visited|left|reached|fled|accused|blamed|thanked|urged|asked|told|warned|condemned|against)\s+$",
    re.I,
)


# a country after a town and a comma, both after a preposition: 'in Baku, Azerbaijan'
_TOWN_COMMA_BEFORE_RE = re.compile(
    r"\b(?<!ccording )(?:to|in|from|at|near|of|outside|into)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*$"
)
_ADDRESSEE_RE = compile_fast(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+(?:on|upon)\s+(?:the\s+)?$",
    re.I,
)
_PRONOUN_SUBJ_RE = re.compile(
    r"\b(?:it|they|the group|the movement|the militia)\s+(?:\w+\s+){0,3}$", re.I
)


_EVENTS_IN_JAIL_RE = compile_fast(
    r"\b(?:killings?|deaths?|executions?|massacres?|abuses?|torture|conditions|riots?|"
    r"crimes?|role)\s*$",
    re.I,
)
_THANKED_FOR_RE = compile_fast(
    r"\bthank(?:s|ed|ing)?\b[^.;]{0,70}?\bfor\s+(?:his|her|their|the|its|our|my)\s+$", re.I
)
_OBTAINED_BEFORE_RE = compile_fast(
    r"\b(?:gain(?:s|ed)?|secur(?:es|ed|e|ing)|w(?:on|ins|in)|obtain(?:s|ed)?|achiev(?:es|ed)|"
    r"celebrat(?:es|ed)|welcom(?:es|ed)|hail(?:s|ed))\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)


def _unnamed_subject(lex: Lexicon, text: str, actors: list[ActorHit], lo: int, t: Hit) -> bool:
    """The custody word's subject is an unnamed captor ('Gunmen kidnapped', 'Unknown
    assailants seized'), not one a party's name goes with ('Al-Shabaab militants')."""
    m = lex.unnamed_subject.search(text, max(lo, t.start - 80), t.start)
    return m is not None and not any(m.start() <= a.start < t.start for a in actors)


_HELD_BY_SOMEONE_RE = re.compile(
    r"\s+(?:who\s+(?:were|had been|have been)\s+)?(?:held|kept|abducted|kidnapped|captured|seized)\s+(?:\w+\s+){0,2}?by\b"
)
_HELD_IN_RE = compile_fast(
    r"\b(?:held|detained|arrested|jailed|imprisoned|locked up)\s+(?:\w+\s+){0,2}?in\s+(?=[A-Z])"
)
_AGENT_AFTER_RE = re.compile(
    r"\s+(?:who\s+(?:were|are|had been|have been)\s+)?(?:still\s+)?(?:freed|released|held|kept|"
    r"captured|abducted|kidnapped|detained|seized|imprisoned|jailed)\s+by\s+(?:the\s+)?"
)
_HELD_IN_AFTER_RE = re.compile(
    # ('... for X, a former official jailed in Sweden': an appositive first)
    r"(?:,\s+(?:a|an|the)\s+[^,;.]{1,60}?)?"
    r"\s+(?:who\s+(?:was|were|is|are|had been|has been|have been)\s+)?(?:held|detained|jailed|"
    r"imprisoned)\s+in\s+(?:the\s+)?"
)
_HOLDER_NOUN_RE = (
    r"(?:captivity|custody|prisons?|jails?|detention(?: cent(?:re|er)s?| camps?| facilit(?:y|ies))?"
    r"|hands|military camps|cells|dungeons)"
)


def clause_span(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clauses around ``start:end``: from the start of the last clause that starts at
    or before ``start`` to the end of the first that ends at or after ``end``."""
    starts, ends = clause_edges(sent.text)
    i = bisect_right(starts, start) - 1
    j = bisect_left(ends, end)
    return starts[i] if i >= 0 else 0, ends[j] if j < len(ends) else len(sent.text)


_HOLDER_PREP_RE = re.compile(r"\b(?:from|in|of|out of|inside|into|under)\s+")
_ADJ_CAPTIVITY_RE = re.compile(
    rf"(?:(?:the|a|an)\s+)?(?P<adj>[A-Z][\w-]+)(?:'s|’s)?\s+(?:\w+\s+)?{_HOLDER_NOUN_RE}\b"
)
# 'of the Russian army's captivity'; not 'of Ukraine were freed from captivity'
_NAMED_CAPTIVITY_RE = re.compile(
    r"(?:the\s+)?(?:(?!\b(?:were|was|is|are|been|be|have|has|had|from|to|into)\b)[^,;]){1,40}?"
    rf"(?:'s|’s)?\s+(?:\w+\s+)?{_HOLDER_NOUN_RE}\b"
)


_HELD_BY_RE = compile_fast(
    r"\b(?:held|controlled|kept|captured|abducted|kidnapped|detained|seized|imprisoned|jailed)(?:\s+(?!by\b|after\b|following\b|through\b|thanks\b|with\b|and\b)[\w'’-]+){0,4}?"
    r"\s+by\s+(?:the\s+)?"
)
_TO_TERRITORY_RE = re.compile(
    r"\b(?:to|into)\s+(?:the\s+)?(?:territory|territories|areas?|land|parts?)\s+$"
)
_ITS_ARM_RE = re.compile(r"its\s+(?:own\s+)?(?:military|army|forces|troops|soldiers|police)\b")
_HOLDER_NOUN_ANY_RE = re.compile(_HOLDER_NOUN_RE)
_NOUN_OF_RE = compile_fast(
    rf"\b(?:{_HOLDER_NOUN_RE}|facilities)\s+(?:of|in|across|throughout)\s+(?:the\s+)?"
)
_HELD_ADJECTIVE_RE = re.compile(r"[-‑](?:held|run)\b")
_FREED_INTO_RE = re.compile(
    r"\b(?:released|freed|handed(?:\s+over)?|delivered|returned)\s+(?:[\w,]+\s+){0,4}?into\s+(?:the\s+)?(?:(?:custody|care|hands)\s+of\s+)?$"
)


def _holder_phrase(
    lex: Lexicon, text: str, actors: list[ActorHit], lo: int, hi: int
) -> tuple[str, str] | None:
    """'held by X', 'from Russian captivity', 'in the occupation's prisons', 'controlled by Kyiv'."""
    window = text[lo:hi]
    controlled = _under_control(lex, text, actors, lo, hi)
    if controlled:
        return controlled
    for m in _HELD_BY_RE.finditer(window):
        if _TO_TERRITORY_RE.search(window, max(0, m.start() - 40), m.start()):
            continue  # 'brought back to the territory controlled by Ukraine': where they went
        a = agent_at(text, actors, lo + m.end())
        if a is None and _ITS_ARM_RE.match(text, lo + m.end()):
            # 'Israel confirmed the release of five detainees held by its military'
            a = next((b for b in actors if b.end <= lo + m.start()), None)
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:by-phrase:{a.rule}"
    for m in _HELD_IN_RE.finditer(window):
        # '52 people held in Belarus': a state holds those it jails on its soil
        a = actor_at(actors, lo + m.end())
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
        if _FREED_INTO_RE.search(window, max(0, prep.start() - 40), prep.end()):
            continue  # 'released into Iraqi custody': who receives them, not who held them
        adj = _ADJ_CAPTIVITY_RE.match(window, prep.end())
        if adj and adj.group("adj") in lex.actor_adj:
            return lex.actor_adj[adj.group("adj")], f"holder:captivity-adjective:{adj.group('adj')}"
        named = _NAMED_CAPTIVITY_RE.match(window, prep.end())
        if named:  # the actor nearest the noun: 'back in Israel after a year in Hamas captivity'
            for a in reversed(actors):
                if (
                    lo + prep.end() <= a.start < lo + named.end()
                    and a.actor not in lex.mediation_only
                ):
                    return a.actor, f"holder:captivity-of:{a.rule}"
    for m in _NOUN_OF_RE.finditer(window):
        if _FREED_INTO_RE.search(window, max(0, m.start() - 45), m.start()):
            continue  # 'released into the custody of the interior ministry': who receives them
        a = actor_at(actors, lo + m.end())
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
    for m in _UNDER_CONTROL_RE.finditer(text, lo, hi) if text.find("under", lo, hi) >= 0 else ():
        a = actor_at(actors, m.end())
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:under-control-of:{a.rule}"
    return None


_AUTHORITY_RE = re.compile(
    r"\b([A-Z][\w-]+)\s+(?:(?:federal|national|state|secret|riot|special|regional|[Dd]efen[cs]e|armed)\s+)?"
    r"(?:government|regime|authorities|army|military|[Ff]orces|police|"
    r"security forces|troops|junta|courts?|President|Prime Minister|leader|prison service|"
    r"[Ii]ntelligence(?:\s+(?:[Aa]gents|[Ss]ervices?|[Oo]fficers|[Mm]inistry))?|security services|border guards|"
    r"security agents|security officers|security personnel|police officers|policemen|soldiers|"
    r"coast guard|navy)\b"
)


def adjective_subject(lex: Lexicon, text: str, lo: int, trig: Hit) -> tuple[str, str] | None:
    """'The Cuban regime releases 553 prisoners': a state named by its adjective and an
    arm of it, as the subject of the custody word."""
    for m in _AUTHORITY_RE.finditer(text, lo, trig.start):
        actor = lex.actor_adj.get(m.group(1))
        before = text[max(0, m.start() - 30) : m.start()]
        if actor and not _PREP_BEFORE_RE.search(before) and _not_mediating(lex, text, actor, trig):
            return actor, f"holder:subject:adjective:{m.group(1)}"
    return authority_of(lex, text, lo, trig.start)  # 'The military rulers of Myanmar freed'


def _not_mediating(lex: Lexicon, text: str, actor: str, trig: Hit) -> bool:
    """A state that often mediates holds the people its own arm arrests, when no
    go-between's word comes before ('Turkish police detained 37 people')."""
    if actor not in lex.mediation_only:
        return True
    return trig.type in ("detention", "release") and not _MEDIATES_RE.search(text, 0, trig.end)


def _held_adjective(text: str, actors: list[ActorHit], lo: int, hi: int) -> tuple[str, str] | None:
    """'Hamas-held', 'Russian-run'."""
    for a in actors:
        if lo <= a.start < hi and _HELD_ADJECTIVE_RE.match(text[a.end : a.end + 5]):
            return a.actor, f"holder:held-adjective:{a.rule}"
    return None


# a clause of its own before the custody word: a conjunction, then a subject of its own
_NEW_SUBJECT_RE = re.compile(
    r"\s(?:and|while|but|whereas)\s+(?!(?:then|later|also|subsequently|finally|on|in|at|after"
    r"|before|has|have|had|was|were|is|are|it|they|he|she|its|their|his|her)\b)"
    r"(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}\s+$"
)
# names listed before the 'and' of one subject: 'IDF, ISA and Border Police forces arrested'
_JOINT_SUBJECT_RE = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*,?")
# (not a reported clause's 'that': 'the Society said that Hamas conducted raids, detaining')
_RELATIVE_OPEN_RE = re.compile(
    r"\b(?:(?<!said )(?<!says )(?<!added )(?<!stated )(?<!reported )(?<!announced )"
    r"(?<!confirmed )(?<!noted )(?<!claimed )(?<!explained )(?<!stressed )that|which|who)"
    r"\s[^,;]*$"
)


def _whose_people(lex: Lexicon, text: str, a: ActorHit) -> bool:
    """'US citizens', 'UK nationals': a country's name right before people who are not its
    forces or fighters is whose people they are, not who acts ('Hamas fighters', 'Russian
    troops' act)."""
    noun = lex.noun_re.match(text, a.end + 1) if text[a.end : a.end + 1] == " " else None
    if noun is None or a.text.lower() in lex.demonym:
        return False
    low = noun.group(0).lower()
    return "soldiers" not in lex.noun_categories.get(low, ()) and (
        lex.noun_side.get(low) != "combatants"
    )


_ARMED_GROUP_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:separatists|rebels|militants|insurgents|jihadists|gunmen"
    r"|bandits|kidnappers|pirates|extremists|guerrillas|militiamen)\b"
)
_VERB_FOLLOWS_RE = re.compile(r"(?:['’]s\s+[\w ]{0,20})?\s*(?:\w+\s+){0,2}")
_CONJUNCTION_END_RE = re.compile(r"\b(?:after|before|as|while|when|since|until)\s+$", re.I)


def _subject_actor(
    lex: Lexicon, text: str, actors: list[ActorHit], lo: int, trig: Hit
) -> tuple[str, str] | None:
    best: ActorHit | None = None
    for a in actors:
        if a.end > trig.start or a.start < lo:
            continue
        if a.actor in lex.mediation_only and (
            a.actor == "ICRC"  # (it carries people between sides, never holds them)
            or (
                a.actor != "United States"
                and a.text.lower() not in lex.party_aliases
                and not _acts_itself(text, a, trig)
            )
        ):
            continue
        before = text[max(0, a.start - 30) : a.start]
        verb_follows = _VERB_FOLLOWS_RE.fullmatch(text[a.end : trig.start] + " ") is not None
        conjunction = _CONJUNCTION_END_RE.search(before)
        if (
            _PREP_BEFORE_RE.search(before)
            and not _ADDRESSEE_RE.search(before)
            and not (conjunction and verb_follows)
            and verbal_subject(text, before, a, trig) is None
        ):
            continue
        if _OBJECT_BEFORE_RE.search(before) or _TOWN_COMMA_BEFORE_RE.search(before):
            continue  # ('a visit to Baku, Azerbaijan that ...': where, not who)
        if _whose_people(lex, text, a):
            continue  # ('Sixteen US citizens were among those abducted': their country)
        if a.actor in lex.country_names.values() and _ARMED_GROUP_AFTER_RE.match(text, a.end):
            continue  # ('Cameroon separatists free 12 students': where the group fights)
        if _SAID_THAT_RE.search(text, a.end, trig.start):
            continue  # ('officials from X's government said that Y's officers detained'): who tells
        new = _NEW_SUBJECT_RE.search(text, a.end, trig.start)
        if new and not _JOINT_SUBJECT_RE.fullmatch(text, a.end, new.start()):
            continue  # ('X freed 706 prisoners and Saudi-led forces freed 181'): another's
        if (
            _RELATIVE_OPEN_RE.search(text, max(0, a.start - 60), a.start)
            and "," in text[a.end : trig.start]
        ):
            continue  # ('The group, which has been fighting the SAF, intends to free'): its object
        best = a
    if best:
        before = text[max(0, best.start - 30) : best.start]
        if verbal_subject(text, before, best, trig) == "for":
            return best.actor, f"holder:asked-to-free:{best.rule}"  # (no demander)
        return best.actor, f"holder:subject:{best.rule}"
    return None


# words of a go-between: 'Qatar, which mediated the deal, said the 50 were freed'
_MEDIATES_RE = compile_fast(
    r"\b(?:mediat\w*|broker\w*|facilitat\w*|help\w*|efforts?|secur(?!ity\b)\w*|negotiat\w*|"
    r"thanks?|thanked|grateful|gratitude|welcom\w*|hail\w*|host\w*|via|through|behind)\b",
    re.I,
)
# the actor is the subject of the custody verb: 'Egypt arrested', 'Saudi Arabia said it freed'
_OWN_VERB_BETWEEN_RE = re.compile(
    r"\s+(?:(?:has|have|had|on \w+|\w+ly)\s+)*"
    r"|\s+(?:said|says|announced|confirmed|stated)(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|\w+day))?"
    r"\s+(?:that\s+)?(?:it|they)\s+(?:(?:has|have|had|would|will)\s+)?",
    re.I,
)


def _acts_itself(text: str, a: ActorHit, trig: Hit) -> bool:
    """A state that often mediates ('mediation_only') holds the people it frees or
    arrests itself when it is the active verb's subject with no go-between's word in the
    sentence: 'Saudi Arabia freed 200 Houthi prisoners', 'Egypt arrested 12 smugglers'."""
    return (
        trig.voice in ("active", "passive")  # ('Egypt arrested' may read as a participle)
        and _OWN_VERB_BETWEEN_RE.fullmatch(text, a.end, trig.start) is not None
        # (a go-between's word of its own clause: not 'Under a deal mediated by Oman, the
        # Houthis freed 887 and Saudi Arabia freed 181')
        and not _MEDIATES_RE.search(text, text.rfind(",", 0, a.start) + 1, trig.end)
    )


_GAP_BEFORE_RE = re.compile(r"(?:, |,? and |,? while |,? whereas )$")


def _gapped_subject(
    lex: Lexicon, text: str, actors: list[ActorHit], t: Hit, span: tuple[int, int]
) -> Holder | None:
    """'Hamas frees 3 hostages, Israel 90 prisoners', '... and Israel 183 prisoners': the
    second batch's own subject, its verb left out, right before its count after a comma,
    'and' or 'while'."""
    for a in actors:
        if (
            t.end < a.start
            and a.end <= span[0]
            and text[a.end : span[0]] == " "
            and _GAP_BEFORE_RE.search(text, max(0, a.start - 10), a.start) is not None
            and a.actor not in lex.mediation_only
            and text[a.start : a.end][:1].isupper()
        ):
            return a.actor, f"holder:gapped-subject:{a.rule}"
    return None


_TO_RE = re.compile(r"\b(?:to|into)\b")


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
    found = (
        agent_holder(lex, text, actors, t, span)
        or _participle_agent(lex, facts, actors, t, span)
        or _gapped_subject(lex, text, actors, t, span)
    )
    if found:
        return found
    # the phrase right after the people first: '1,348 Russians in Ukrainian captivity
    # and 6,465 Ukrainians in Russian captivity'
    after = max(lo, span[1])
    given = GIVEN_FOR_RE.search(text, after, hi)  # '50 hostages for 150 prisoners held by X'
    end = given.start() if given else hi
    # nor past other people told after them ('... after three hostages came back from Hamas captivity')
    end = next((c.start for c in facts.counted if after <= c.start < end and not c.article), end)
    if t.type == "transfer" and (to := _TO_RE.search(text, after, end)):
        end = to.start()  # 'deported 238 men to a prison in El Salvador': where they went
    phrase = after < end and _holder_phrase(lex, text, actors, after, end)
    if not phrase and not _OWN_CAPTIVITY_RE.match(text, span[1]) and not counterpart(text, t, span):
        # (nor, for the other side's people in a swap, the holder of the ones freed for
        # them: 'three hostages were released by Hamas in exchange for 183 prisoners')
        # not another batch's ('250 freed from Saudi prisons, and 220 others from prisons
        # in Marib'), nor across the subject ('While most are held by Hamas, Islamic
        # Jihad holds 30')
        phrase = _holder_phrase(lex, text, actors, _subject_clause_start(text, actors, t, lo), end)
    if phrase and not _place_of_the_subject(lex, text, actors, t, lo, phrase):
        return phrase
    if t.type == "release" and rescue(text, t, lo, hi):
        if _HELD_BY_SOMEONE_RE.match(text, span[1]):
            # 'police rescued 14 passengers abducted by gunmen': captors left unnamed
            return None, HELD_BY_UNNAMED
        return None, "holder:rescuer-is-no-holder"  # (the document may name the captor)
    found = _not_the_subject(lex, text, actors, t, lo, span) or _subject_holder(
        lex, text, actors, t, lo, span
    )
    if (
        found == (None, "")
        and _OWN_CAPTIVITY_RE.match(text, span[1])
        and _holder_phrase(lex, text, actors, 0, span[0])
    ):
        # '40 freed from Russian prisons, and 12 others from prisons in Donetsk': the
        # captivity named before is another batch's; this one's names no holder
        return None, NO_HOLDER + "own-captivity-of-no-named-holder"
    return found


def _participle_agent(
    lex: Lexicon, facts: SentenceFacts, actors: list[ActorHit], t: Hit, span: tuple[int, int]
) -> Holder | None:
    """'received 125 of its soldiers freed by the RSF': the agent of the people's own
    participle, right after them, when the custody word is another before them."""
    if t.end > span[0]:
        return None
    told = next(
        (
            p
            for p in facts.triggers
            if p.voice == "passive" and p.type == t.type and 0 < p.start - span[1] <= 1
        ),
        None,
    )
    return agent_holder(lex, facts.sentence.text, actors, told, span) if told else None


def _place_of_the_subject(
    lex: Lexicon, text: str, actors: list[ActorHit], t: Hit, lo: int, phrase: Holder
) -> bool:
    """'The Taliban freed a U.S. citizen from an Afghan prison': the adjective of a country
    whose rulers are no named actor (actors.json) tells where the people were held, and the
    subject holds them (as 'held in Afghanistan' names no holder)."""
    return (
        phrase[1].startswith("holder:captivity-adjective:")
        and phrase[0] in lex.country_names.values()
        and phrase[0] not in lex.named_actors
        and _subject_actor(lex, text, actors, lo, t) is not None
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
_AND_THAT_RE = compile_gated(r"\band\s+that\b")


_SAID_THAT_RE = re.compile(r"\b(?:said|says|say|told\s+\w+|reported|added)\s+that\b")


_FROM_ACTOR_RE = re.compile(r"\s+from\s+(?:the\s+)?")


def _not_the_subject(
    lex: Lexicon, text: str, actors: list[ActorHit], t: Hit, lo: int, span: tuple[int, int]
) -> Holder | None:
    """People the sentence's subject does not hold: the other side's in a swap, held by
    someone unnamed, or whose release the subject thanks for, wins or receives."""
    if counterpart(text, t, span):
        # 'freed three Israelis in exchange for 90 Palestinian prisoners': the other side's
        # captives, unless their holder is named right there ('... three hostages freed by Hamas')
        agent = _AGENT_AFTER_RE.match(text, span[1])
        a = actor_at(actors, agent.end()) if agent else None
        if a and a.actor not in lex.mediation_only:
            return a.actor, f"holder:agent-of-counterpart:{a.rule}"
        jailed = _HELD_IN_AFTER_RE.match(text, span[1])  # '... for a Russian held in the US'
        a = actor_at(actors, jailed.end()) if jailed else None
        if a and a.actor in lex.country_names.values() and a.actor in lex.named_actors:
            return a.actor, f"holder:counterpart-held-in-country:{a.rule}"
        return None, COUNTERPART_RULE
    if t.end <= span[0] and _unnamed_subject(lex, text, actors, lo, t):
        # 'Gunmen kidnapped 12 villagers': no party named, none to be given
        return None, TAKEN_BY_UNNAMED
    if _HELD_BY_SOMEONE_RE.match(text, span[1]):
        # 'the army freed 200 civilians held by the paramilitary group': not the rescuer
        return None, HELD_BY_UNNAMED
    if t.voice == "noun" and _THANKED_FOR_RE.search(text, max(lo, t.start - 80), t.start):
        # 'He thanked the people of Iran for his release': those thanked helped, held not
        return None, NO_HOLDER + "thanked-for-the-release"
    given = _FROM_ACTOR_RE.match(text, span[1]) if t.voice == "recipient" else None
    a = actor_at(actors, given.end()) if given else None
    if a and a.actor not in lex.mediation_only:
        return a.actor, f"holder:received-from:{a.rule}"  # 'received five detainees from Israel'
    if (
        t.voice == "recipient"
        or brought_home(text, t, lo, span)
        or (t.voice == "noun" and _OBTAINED_BEFORE_RE.search(text, max(lo, t.start - 40), t.start))
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
    if (t.start >= span[1] or span[0] < t.start) and t.voice != "active":
        return None, ""  # (nor of one describing them: 'a plane carrying 39 freed hostages')
    if (
        t.type == "release"
        and t.text[:1] in "cCtT"
        and t.text.lower().startswith(("carr", "transport"))
    ):
        return None, ""  # 'a French military plane carrying 12 freed hostages': who flew them
    found = _subject_actor(lex, text, actors, lo, t) or adjective_subject(lex, text, lo, t)
    if found:
        return found
    # (of a passive or intransitive custody word the pronoun is the people: 'they were
    # handed over')
    pm = _PRONOUN_SUBJ_RE.search(text[lo : t.start]) if t.voice in ("active", "noun") else None
    if pm:
        told = [a for a in actors if a.start < lo + pm.start() and may_stand_for(lex, text, a)]
        if told and URGED_BEFORE_RE.search(text, max(0, lo + pm.start() - 30), lo + pm.start()):
            # 'South Korea welcomed North Korea's release of X, but urged it to free two
            # others': who is urged is not who urges (the party told first)
            # (or a lone party told in the possessive: 'praised North Korea's release of ...')
            urged = [a for a in told if a.actor != told[0].actor] or [
                a for a in told if text.startswith(("'s", "’s"), a.end)
            ]
            return (
                (urged[-1].actor, f"holder:pronoun-urged:{urged[-1].rule}") if urged else (None, "")
            )
        if told:
            return told[0].actor, f"holder:pronoun:{told[0].rule}"
    return None, ""
