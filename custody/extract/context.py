"""Document-wide passes over mentions: dates shared by one scene, holders a
document names once, running totals dated at publication.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from custody.calendar import CALENDAR
from custody.extract import dates
from custody.extract.counterpart import HELD_BY_UNNAMED
from custody.extract.gate import compile_gated
from custody.extract.holder_agent import by_unnamed_group
from custody.extract.lexicon import Lexicon, load_lexicon
from custody.extract.mentions import Mention, SentenceFacts, clause_span, date_for
from custody.extract.newsday import escape  # (an escape is a happening of its own day)
from custody.extract.phrases import find_actors
from custody.extract.regex import compile_fast
from custody.extract.scene import scene_cues
from custody.extract.sides import side_of
from custody.extract.slots import COUNTERPART_RULE, starts_a_period, thing_released
from custody.extract.states import state_names


def document_holder(mentions: list[Mention], lex: Lexicon | None = None) -> None:
    """When every holder the text names is the same actor, it holds the rest too,
    unless the record's own clause names another party that may be its holder
    ('arrested in a U.S. sting operation', 'Eritrean troops abducted')."""
    named = {
        m.holder
        for m in mentions
        if m.holder and not m.holder_rule.startswith("places.json:captor")
    }
    if len(named) != 1:
        return
    lex = lex or load_lexicon()
    if all(_other_sides_captor(lex, m) for m in mentions if m.holder):
        return  # named only as the side holding the other people of a swap: not this side's
    holder = named.pop()
    # a batch a sentence tells as held by an unnamed armed group ('four hostages held by
    # armed insurgents') is not given a state the document names when another sentence
    # tells it again (the group may be the non-state party the document names)
    ruled = (
        {(m.type, m.count.value) for m in mentions if m.count and m.holder_rule == HELD_BY_UNNAMED}
        if holder in state_names(lex)
        else set()
    )
    # the holder's people are of one side of a swap: people called by the other side's
    # noun are not its ('Israel freed 369 prisoners' ... '59 hostages remain in Gaza')
    its_sides = {side_of(lex, m) for m in mentions if m.holder == holder} - {None}
    # 'In return, Israel freed 200': the holder named frees the other side's people
    countered = any(m.holder == holder and _IN_RETURN_RE.match(m.sentence.text) for m in mentions)
    for m in mentions:
        if (
            m.holder is None
            and not m.holder_rule.startswith("recipient:")
            and not m.holder_ruled_out()
            and not (m.count and (m.type, m.count.value) in ruled)
            and not _other_party_in_clause(lex, m, holder)
            and not (len(its_sides) == 1 and side_of(lex, m) not in {None} | its_sides)
            and not _of_the_holder(lex, m, holder)
            and not (m.aggregate and _BOTH_SIDES_RE.search(m.sentence.text))
            and not _swapped_for_its_people(m, mentions, holder)
            and not _deported_by_their_own_state(lex, m, holder)
            and not _handed_to(m, holder)
            and not (countered and m.type == "release")
            and not (holder in state_names(lex) and by_unnamed_group(m.sentence.text))
        ):
            m.holder, m.holder_rule = holder, f"holder:only-holder-in-document:{holder}"


_IN_RETURN_RE = re.compile(r"\s*(?:In return|In exchange)\b")


def _swapped_for_its_people(m: Mention, mentions: list[Mention], holder: str) -> bool:
    """'the release of 50 held in Gaza in exchange for 150 held in Israeli jails': the
    people swapped for those the holder holds are the other side's."""
    if m.count is None:
        return False
    text = m.sentence.text
    return any(
        o is not m
        and o.sentence.index == m.sentence.index
        and o.holder == holder
        and o.count is not None
        and _SWAPPED_FOR_RE.search(text, m.count.end, o.count.start) is not None
        for o in mentions
    )


_SWAPPED_FOR_RE = re.compile(r"\b(?:in exchange for|in return for|exchanged for|swapped for)\b")


def _of_the_holder(lex: Lexicon, m: Mention, holder: str) -> bool:
    """Whether the people's own phrase names them as an armed group's ('706 Houthi
    prisoners are now out of prison'): the group's own men, not people it held. (A
    state may hold its own nationals: only parties that are no country.)"""
    if m.count is None or holder in state_names(lex):
        return False
    low = holder.lower()
    phrase = m.sentence.text[m.count.start : m.count.end]
    return any(
        len(w) >= 4 and low.startswith(w.lower()) for w in _CAPITALISED_WORD_RE.findall(phrase)
    ) or any(a.actor == holder for a in find_actors(lex, phrase, {}))  # '63 RSF fighters'


def _deported_by_their_own_state(lex: Lexicon, m: Mention, holder: str) -> bool:
    """'250 Venezuelan migrants deported to a prison in El Salvador': a state deports no
    nationals of its own; the one the document names is not who moved them."""
    return (
        m.type == "transfer"
        and m.trigger is not None
        and m.trigger.text.lower().startswith("deported")
        and any(lex.demonym_country.get(n) == holder for n in m.nationality)
    )


_CAPITALISED_WORD_RE = re.compile(r"\b[A-Z][\w'’]+")


def _handed_to(m: Mention, holder: str) -> bool:
    """'Baku delivered 20 conscripts to Georgia': the people were freed to the party,
    which did not hold them."""
    if m.type != "release" or m.count is None:
        return False
    to = _TO_PARTY_RE.match(m.sentence.text, m.count.end, m.count.end + 80)
    return to is not None and to.group(1) == holder


_TO_PARTY_RE = re.compile(r"[^.;,]*?\bto\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")

_BOTH_SIDES_RE = re.compile(r"\b(?:from|of) (?:both|the two) sides\b")
"""A total of both sides' people ('900 prisoners from both sides'): no one holder."""


def _other_sides_captor(lex: Lexicon, m: Mention) -> bool:
    """The holder was found as the captor of the people's nationality, and that
    nationality's country holds others in turn: one side of a two-sided swap ('the
    Armenian side freed 12 Azerbaijanis' tells nothing of who holds the Armenians)."""
    if not m.holder_rule.startswith("holder:counterpart-of:"):
        return False
    country = lex.demonym_country.get(m.holder_rule.rsplit(":", 1)[1])
    return any(country in captors for captors in lex.captors.values())


_OTHER_GROUPS_RE = re.compile(
    r"\bother\s+(?:[\w-]+\s+)?(?:groups|factions|movements|militias|organi[sz]ations)\b", re.I
)


def _other_party_in_clause(lex: Lexicon, m: Mention, holder: str) -> bool:
    """Whether the clause a mention rests on names another party acting on the people:
    'captured by US forces', 'Eritrean troops abducted', 'in a U.S. sting operation',
    'other armed groups hold 15'."""
    if _OTHER_GROUPS_RE.search(m.sentence.text) or _WORLDWIDE_RE.search(m.sentence.text):
        return True  # 'other factions hold 50'; '361 journalists jailed worldwide': many states
    if _held_elsewhere(lex, m, holder):
        return True
    fronted = _IN_A_COUNTRY_RE.match(m.sentence.text)
    there = _party_at(lex, m.sentence.text, fronted.end()) if fronted else None
    if there is not None and there != holder:  # 'In Myanmar, 30 reporters remain in prison'
        return there in state_names(lex)  # (told of another state)
    clause = m.evidence[0].text if m.evidence else m.sentence.text
    if (
        m.type == "detention"
        and _STATE_ARREST_RE.search(m.sentence.text)
        and holder not in lex.demonym_country.values()
    ):
        return True  # 'police detained 100 Tigrayans': a state's arrest, not the rebels'

    for a in find_actors(lex, clause, {}):
        if a.actor == holder or a.actor in lex.mediation_only:
            continue
        if _AGENT_BEFORE_RE.search(clause, 0, a.start) or _acting_arm(m, clause, a.end):
            return True
    for adj in _ADJECTIVE_RE.finditer(clause):
        actor = lex.actor_adj.get(adj.group(1))
        if actor and actor != holder and _acting_arm(m, clause, adj.end(1)):
            return True
    return False


_HELD_IN_AFTER_NAME_RE = re.compile(
    r",?\s+who\s+(?:was|had been|has been|is|had|has)\s+(?:\w+\s+){0,5}?"
    r"(?:held|jailed|imprisoned|detained|sentence|in prison)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?"
)


_WORLDWIDE_RE = compile_gated(
    r"\b(?:worldwide|world-wide|globally|around the world|across the world)\b"
)
_IN_A_COUNTRY_RE = re.compile(r"(?:In|Inside|Across)\s+(?:neighbouring\s+|neighboring\s+)?")


def _held_elsewhere(lex: Lexicon, m: Mention, holder: str) -> bool:
    """'X, who was serving a life sentence in Sweden': another country held the named
    person."""
    text = m.sentence.text
    for name in m.names:
        at = text.find(name)
        held = _HELD_IN_AFTER_NAME_RE.match(text, at + len(name)) if at >= 0 else None
        if held is None:
            continue
        there = _party_at(lex, text, held.end())
        if there is not None and there != holder:
            return True
    return False


def _party_at(lex: Lexicon, text: str, at: int) -> str | None:
    """The party named right at ``at`` ('... in Sweden': Sweden), if any."""
    there = find_actors(lex, text[at : at + 40], {})
    return there[0].actor if there and there[0].start == 0 else None


def _acting_arm(m: Mention, clause: str, at: int) -> bool:
    """'Eritrean troops abducted': a party's forces at ``at``, not only telling of it
    ('Lebanon's army said'); a release's rescuers ('Somali troops free') hold no one."""
    arm = _FORCE_AFTER_RE.match(clause, at)
    return arm is not None and m.type != "release" and not _SAID_AFTER_RE.match(clause, arm.end())


# a state's own arm arresting people ('police detained', 'security forces arrested')
_STATE_ARREST_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|when|after)\s+)(?:the\s+)?(?:police|security forces|authorities)"
    r"\s+(?:also\s+|later\s+|then\s+|have\s+|had\s+|has\s+)?(?:detained|arrested|rounded up)\b",
    re.I,
)
_SAID_AFTER_RE = re.compile(r"[\s,]*(?:\w+\s+){0,2}?(?:said|says|told|reported|stated)\b")


_AGENT_BEFORE_RE = re.compile(
    r"\b(?:held|kept|captured|arrested|detained|seized|abducted|kidnapped|taken|jailed|"
    r"imprisoned|sentenced|convicted)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$"
)
_ADJECTIVE_RE = re.compile(r"\b([A-Z][\w.]*\w\.?)(?=[\s-])")
# a party's acting arm: 'Eritrean troops', 'HTS-led security forces', 'a U.S. sting operation'
_FORCE_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:-led|-backed)?\s+(?:[a-z]+\s+)?(?:forces|troops|army|military|police|"
    r"soldiers|commandos|security|authorities|intelligence|agents|gunmen|fighters|"
    r"operation|sting|raid)\b"
)


def aggregate_dates(mentions: list[Mention], published: str | None) -> None:
    """A running total of releases stands as of publication."""
    if not published:
        return
    for m in mentions:
        if (
            m.aggregate
            and m.date is None
            and m.status == "occurred"
            and m.type in ("release", "detention", "death_in_custody")
        ):
            if m.type != "release" and not re.search(r"\bsince\b", m.sentence.text, re.I):
                continue
            if re.search(r"\bbetween\b|\b(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b", m.sentence.text):
                continue
            if not _AS_OF_NOW_RE.search(m.sentence.text):
                continue  # 'Over one week, Hamas freed 105': a past total, not today's
            m.date, m.date_rule = published, "date:running-total-as-of-publication"


@dataclass(frozen=True)
class Scene:
    """A dated custody sentence, counted or not: 'freed all the detainees at dawn yesterday'."""

    index: int
    type: str
    date: str
    rule: str
    back_reference: bool = False


_PLUPERFECT_RE = compile_fast(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$")


def scenes_of(facts: SentenceFacts, published: str | None) -> list[Scene]:
    out: list[Scene] = []
    for t in facts.triggers:
        if (
            t.type not in ("release", "detention", "transfer")
            or t.voice == "noun"
            and t.type != "release"
        ):
            continue
        if _PLUPERFECT_RE.search(facts.sentence.text, max(0, t.start - 20), t.start):
            continue  # 'they had been kidnapped in February': background, not this scene
        if "/" in facts.sentence.text and scene_cues().caption.search(facts.sentence.text):
            break  # a photo's caption: when the picture was taken
        if t.type == "release" and thing_released(facts.sentence.text, t):
            continue  # 'a file photo released by the party on Aug. 12, 2018': no one freed
        lo, hi = clause_span(facts.sentence, t.start, t.end)
        value, rule = date_for(facts, published, "occurred", lo, hi, t.start, t.type)
        if value and (
            scene_cues().earlier_happening.search(facts.sentence.text)
            or starts_a_period(facts.sentence.text, lo, hi, value, published)
        ):
            continue  # 'the last swap was in September': another happening; 'since May 3'
            # begins a period, no one's day
        if value:
            if len(value) == 10 and _MULTI_DAY_RE.search(facts.sentence.text):
                value, rule = value[:7], rule + " (a several-day operation: the month)"
            back = bool(_BACK_REFERENCE_RE.match(facts.sentence.text))
            out.append(Scene(facts.sentence.index, t.type, value, rule, back))
    return out


_MONTH_ONLY = frozenset({"date:month-year"})
"""Scene dates not shared: a month and year told for another sentence's happening (on the
read sets, none of the 4 records given one was right; a bare month was right once in 3
and is kept)."""


SAME_DAY = "same-day"


def inherit_dates(
    mentions: list[Mention], scenes: list[Scene], live_days: tuple[tuple[int, str], ...] | None
) -> None:
    """An occurred happening with no date of its own, told right after a dated sentence
    about the same kind of happening, shares its day ('the prison service said soon afterwards')."""
    for m in mentions:
        if (
            (m.date and not m.date_rule.endswith(SAME_DAY))  # ('later in the day': of the day told)
            or m.status != "occurred"
            or m.aggregate
            or m.type not in ("release", "detention", "transfer")
        ):
            continue
        if _DATED_ELSEWHERE_RE.search(m.sentence.text) or _own_month(m) or escape(m):
            continue
        earlier = [
            s
            for s in scenes
            if (s.type == m.type or (m.type == "transfer" and s.type in ("detention", "release")))
            and not s.rule.endswith(SAME_DAY)
            and (
                0 <= m.sentence.index - s.index <= 3
                or (0 < s.index - m.sentence.index <= 3 and s.back_reference)
            )
        ]
        if not earlier and _SAME_EVENT_RE.match(m.sentence.text):
            # 'The repatriation, carried out with ...': the happening told a few sentences back
            earlier = [
                s for s in scenes if s.type == m.type and 0 < m.sentence.index - s.index <= 10
            ]
        if earlier:
            scene = max(earlier, key=lambda s: s.index)
            if scene.rule in _MONTH_ONLY:
                continue  # a month told for another sentence's happening says little of this one's
            m.date, m.date_rule = scene.date, f"date:same-scene-as:{scene.rule}"
        elif live_days:
            # the entry's day: the last day header above it, else the publication day
            at, day = next((a, d) for a, d in reversed(live_days) if a <= m.sentence.start)
            rule = "date:live-blog-day-header" if at else "date:live-blog-entry-of-the-day"
            m.date, m.date_rule = day, rule


_AS_OF_NOW_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+)?\w+(?:ed|en|n)\b|\bso far\b|\bto date\b|\bnow\b|\bbringing\b|\bbrings\b|\brisen\b|\brises?\s+to\b|\braises\s+to\b",
    re.I,
)


_BACK_REFERENCE_RE = re.compile(
    r"^(?:Among (?:those|them|the)|The (?:freed|released|returned|group)|They|Those)\b"
)


_MULTI_DAY_RE = re.compile(
    r"\b(?:two|three|four|five|six|seven|\d)-day (?:operation|exchange|swap|release)\b|\bover (?:two|three|four|five|several) days\b",
    re.I,
)


_SAME_EVENT_RE = re.compile(
    r"^(?:The|This|That|Today's|Saturday's|Sunday's|Friday's)\s+(?:\w+\s+)?(?:repatriation|exchange|swap|release|handover|hand-over|operation)\b"
)


# a live blog's entry stamp, on its own line or heading the entry: '14:05', '14:05 GMT - ...'
_LIVE_STAMP_RE = re.compile(
    r"^\s*\[?\d{1,2}[:.]\d{2}\]?(?:\s*(?:GMT|UTC|local time|a\.m\.|p\.m\.|am|pm))?\s*(?:$|[-–—|]\s)",
    re.M,
)


def live_day(text: str, published: str | None) -> tuple[tuple[int, str], ...] | None:
    """A live blog (time-stamped entries) reports the publication day, or the day of the
    day header ('Saturday, 25 January 2025') an entry is under: (where, day) pairs."""
    if not published or len(_LIVE_STAMP_RE.findall(text)) < 3:
        return None
    days = [(0, published)]
    for h in _DAY_HEADER_RE.finditer(text):
        told = dates.resolve(h.group(0), published)  # the day and month, else the weekday
        found = [d for d in told if "month" in d.rule] or told
        if found and len(found[0].value) == 10 and found[0].value <= published:
            days.append((h.start(), found[0].value))
    return tuple(days)


# a live blog's day header, a line of its own: 'Saturday, 25 January 2025', 'Sunday, 26 January'
_DAY_HEADER_RE = re.compile(
    rf"^[ \t]*(?:(?:{'|'.join(CALENDAR['weekdays'])}),?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{'|'.join(CALENDAR['months'])})|(?:{'|'.join(CALENDAR['months'])})\s+\d{{1,2}})"
    r"(?:,?\s+\d{4})?[ \t]*$",
    re.M,
)


def _own_month(m: Mention) -> bool:
    """'detained the journalist in June' (the year unknown): a day of its own, not the
    scene's; a month in another clause ('whose video shocked the world in August') is not."""
    if m.trigger is None:
        return False
    lo, hi = clause_span(m.sentence, m.trigger.start, m.trigger.end)
    return bool(_OWN_MONTH_RE.search(m.sentence.text, lo, hi))


_OWN_MONTH_RE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\s+"
    rf"(?:{'|'.join(CALENDAR['months'])})\b"
)


_DATED_ELSEWHERE_RE = compile_fast(
    r"\b(?:19|20)\d\d\b|\bearlier\b|\blast\b|\bpreviously\b|\bago\b|\bfor (?:example|instance)\b"
    # 'comes eight months after the Taliban freed two Americans': another, earlier day
    r"|\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)\b|\bcom(?:es|e|ing)\s+(?:just\s+)?(?:after|before)\b"
    # 'the army said separately that its troops had captured 11': another happening
    r"|\bseparate(?:ly)?\b|\belsewhere\b|\bmeanwhile\b|\bin another\b"
    # a time of its own that no date rule reads: 'on the eve of the new year', 'during Eid'
    r"|\bon the eve of\b|\b(?:at|by) the (?:end|start|beginning) of\b"
    r"|\b(?:on|at|over|for) (?:New Year|Christmas|Easter|Orthodox Christmas)\b"
    r"|\bduring (?:Ramadan|Eid|the (?:holiday|holidays|festival))\b",
    re.I,
)


def place_holder(lex: Lexicon, m: Mention) -> bool:
    """Known prisons name their keeper; hostages 'in Gaza' are held by Hamas."""
    facilities: dict[str, str] = lex.places.get("facility_holders", {})
    if m.facility:
        for key, actor in facilities.items():
            if key in m.facility:
                m.holder, m.holder_rule = actor, f"places.json:facility_holders:{key}"
                return True
    captors: dict[str, str] = lex.places.get("captor_by_place", {})
    if m.count and m.count.noun.lower() in (
        "hostages",
        "captives",
        "abductees",
        "hostage",
        "captive",
    ):
        for key, actor in captors.items():
            if key.startswith("_"):
                continue
            if re.search(rf"\b(?:in|inside|from)\s+(?:the\s+)?{re.escape(key)}\b", m.sentence.text):
                m.holder, m.holder_rule = actor, f"places.json:captor_by_place:{key}"
                return True
    return False


def receiver_counterpart(lex: Lexicon, m: Mention, doc_actors: Container[str]) -> None:
    """'Ukraine received the bodies of 1,000 people': held by Ukraine's adversary. When
    the people's nationality is told, by their captors ('the U.S. secured the release
    of 135 Nicaraguans', '175 Ukrainians brought back home')."""
    if m.nationality and counterpart_holder(lex, m, doc_actors):
        return
    receiver = m.holder_rule.split(":", 1)[1]
    demonym = next((d for d, c in lex.demonym_country.items() if c == receiver), None)
    candidates = [a for a in lex.captors.get(demonym or "", ()) if a in doc_actors]
    if len(candidates) == 1:
        m.holder, m.holder_rule = candidates[0], f"holder:adversary-of-receiver:{receiver}"


def counterpart_holder(lex: Lexicon, m: Mention, doc_actors: Container[str]) -> bool:
    """Who holds these people, from their nationality and who the document names: a
    batch's people only ('Russian arms dealer X' is who X is, not a side's captive)."""
    if m.count is None and m.names:
        return False
    for nat in m.nationality:
        candidates = [a for a in lex.captors.get(nat, ()) if a in doc_actors]
        if len(candidates) == 1:
            m.holder, m.holder_rule = candidates[0], f"holder:counterpart-of:{nat}"
            return True
    return False


def exchange_receiver(lex: Lexicon, m: Mention, freed: Mention | None) -> None:
    """'Russia returned 150 Ukrainians in exchange for 150 Russian servicemen': the
    side that gets its nationals back holds the people it gives in return. Only for
    ``m`` given in an exchange (COUNTERPART_RULE) with no holder yet."""
    if m.holder is not None or m.holder_rule != COUNTERPART_RULE or freed is None:
        return
    if freed.type != "release" or len(freed.nationality) != 1 or not freed.holder:
        return
    country = lex.demonym_country.get(freed.nationality[0])
    # only a known captor of those people: 'Palestine' gets Palestinians back from
    # Israel, but does not hold the Israelis Hamas frees
    holders = {c for nat in m.nationality for c in lex.captors.get(nat, ())}
    if (
        country
        and country != freed.holder
        and country in state_names(lex)
        and (
            country in holders
            if m.nationality
            else freed.holder in lex.captors.get(freed.nationality[0], ())
            # (and a known captor of someone: 'Palestine' holds none of the hostages)
            and any(country in captors for captors in lex.captors.values())
        )
    ):
        m.holder, m.holder_rule = country, f"holder:counterpart:gets-back-{freed.nationality[0]}"
