"""Mentions: one counted or named group of people tied to one custody word.

A mention is what a single sentence says; ``merge.py`` turns mentions into
records. Each slot keeps the rule that filled it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from custody.extract.gate import compile_gated
from custody.extract.held_now import held_before
from custody.extract.lexicon import Lexicon
from custody.extract.location import place_start
from custody.extract.mention_status import status_at
from custody.extract.objects import DAY_AFTER_RE, EACH_SIDE, OBJECT_RULE, in_series, series_item
from custody.extract.own_forces import own_forces_back, own_people_told
from custody.extract.phrases import Counted, Hit, SentenceFacts, sentence_facts
from custody.extract.place_context import ANOTHER_CLAUSE_RE
from custody.extract.practice import a_rate
from custody.extract.regex import compile_fast, lowered
from custody.extract.sense import Where, freed_people, not_custody, where
from custody.extract.slots import (
    COUNTERPART_RULE,
    NO_HOLDER,
    carried_by,
    clause_span,
    date_for,
    holder_for,
    location_for,
    mediators_for,
    source_for,
)
from custody.extract.status import TOLL, detect_aggregate, swap_total
from custody.extract.text import Sentence
from custody.extract.told_before import DAY_PART_RULE, EQUAL_NUMBER_RULE
from custody.record import Evidence

__all__ = [
    "Mention",
    "SentenceFacts",
    "clause_span",
    "date_for",
    "mention_for",
    "sentence_facts",
]

_DEMANDER_RE = compile_fast(
    r"\b(?:demand\w*|call\w*\s+for|urg\w*|appeal\w*|press\w*\s+for|seek\w*|sought"
    # 'it will not be allowed before the release of X': a condition set is a demand
    r"|(?:not|never)\s+(?:be\s+)?(?:allow\w*|permit\w*)\b[^,;]{0,40}?\b(?:before|until|unless))"
    r"\b[^,;]{0,40}$",
    re.I,
)
# 'Of the five freed Iranians, two ... arrived in Doha': a sentence about part of a batch
# (parts told by who held them, 'Of the 16 released, 15 had been held in Russia', are records)
OF_THE_RE = re.compile(
    r"\s*Of\s+(?:the|those|these)\s+"
    # a group still held or yet to be freed is no batch told before: what happens to
    # some of them is news ('Of the 1,000 prisoners Israel agreed to free, 390 were
    # released'; 'Of those abducted, three escaped')
    r"(?!(?:[^,.;]|,(?=\d)){0,80}\b(?:agreed|to be|due|set to|slated|expected|scheduled|held|abducted|"
    r"kidnapped|taken|detained|captured|seized|arrested|jailed|imprisoned)\b)"
    r"(?:\w+\s+){0,4}?(?:\d[\d,]*|\w+)(?:\s+[^,]{0,60})?,"
    # how many of them are held now is a holding of its own, not a part ('Of the 251
    # taken, 59 remain in Gaza'); 'were detained in Gaza' tells the part's past
    r"(?![^.;]*\b(?:(?:are|is|remain(?:s|ed)?|still)\s+(?:being\s+)?(?:held|detained|jailed|imprisoned)"
    r"\s+(?:in|by)\b|remain(?:s|ed)?\s+in\s+[A-Z]))"
)
SUBSET_RE = compile_gated(
    r"(?:\bincluding|\bamong them|\bamong whom|\bamong those|\bof whom|\bof them|\bincluded|\bincludes"
    r"|\beach group including|\bsuch as)\s*(?:\w+\s+){0,2}$"
    # 'including several former prisoners and a minor': the last of a list of parts
    # (an uncounted group first: not 'including 13 Israelis, 10 Thais and 78 ...')
    r"|\b(?:including|among\s+them|among\s+whom)\s+(?:(?:several|some|many|dozens\s+of|scores"
    r"\s+of|hundreds\s+of)\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:and|as\s+well\s+as)\s+$",
    re.I,
)
_BODY_RE = compile_fast(r"\b(?:body|bodies|remains|coffin|corpse)\b", re.I)
_PUT_AT_RE = re.compile(r"\b(?:put|puts|putting|placed|places|estimated)\b[^.;]*\bat\s+$", re.I)
_OF_THOSE_TAKEN_RE = compile_fast(
    r"\bof (?:those|the (?:[\d,]+ )?\w+) (?:detained|arrested|abducted|kidnapped|held|jailed|taken|seized)\b",
    re.I,
)
_HEADLINE_PRESENT_RE = re.compile(r"(?:are|is) (?:detained|arrested|jailed|imprisoned)", re.I)


@dataclass
class Mention:
    type: str
    status: str
    count: Counted | None
    sentence: Sentence
    trigger: Hit | None
    holder: str | None = None
    holder_rule: str = ""
    names: list[str] = field(default_factory=list)
    nationality: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    condition: str | None = None
    aggregate: bool = False
    held_before: bool = False
    """A holding told in the pluperfect ('had been held'): merge.freed_after's cue."""
    date: str | None = None
    date_rule: str = ""
    place: str | None = None
    facility: str | None = None
    location_rule: str = ""
    intermediary: str | None = None
    mediators: list[str] = field(default_factory=list)
    source_actor: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    proposal: bool = False
    destination: str | None = None
    """For a release: the country the people were returned to ('returned to Ukraine')."""
    terms: list[Mention] = field(default_factory=list)
    """For a deal: one release per side."""
    sides: list[Mention] = field(default_factory=list)
    """For a deal: every release found to belong to it (for its date)."""
    told_in: set[int] = field(default_factory=set)
    """Indexes of the other sentences that tell the same happening (merged mentions)."""

    def sentence_indexes(self) -> set[int]:
        return {self.sentence.index, *self.told_in}

    def holder_ruled_out(self) -> bool:
        """No holder, and the nearby named one is known not to be it: nothing may fill it."""
        return self.holder_rule.startswith(NO_HOLDER)

    def received_by(self, party: str | None) -> bool:
        """Whether the text tells ``party`` received these people (so held none of them)."""
        return (
            party is not None and self.holder is None and self.holder_rule == f"recipient:{party}"
        )

    def one_side_of_two(self) -> bool:
        """One side's release of a swap told for both ('95 POWs each', '40 for 40')."""
        counted = self.count is not None and EACH_SIDE in self.count.rules
        return self.rules.get("count") == EACH_SIDE or counted

    def given_in_exchange(self) -> bool:
        """The other side's people in a swap ('in exchange for 90 prisoners')."""
        return self.holder_rule == COUNTERPART_RULE or self.holder_rule.startswith(
            "holder:counterpart:"
        )


# ------------------------------------------------------------------ pairing


# ------------------------------------------------------------------ slots


_DESTINATION_RE = compile_fast(
    r"\b(?:returned|repatriated|brought back|sent back|flown(?=\s+(?:home|back)\b)|taken back|handed over|transferred|back)\s+(?:home\s+)?to\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_ANOTHER_COUNTRY_RE = re.compile(r"\s*(?:,|and|or)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_TO_AFTER_RE = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_ICRC_NAMES = ("Red Cross", "ICRC")
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:his|her|their|its)\s+$", re.I)


def _next_item(facts: SentenceFacts, c: Counted, text: str, hi: int) -> int:
    """Where the next item of a series after ``c`` starts ('..., followed by four more on
    Saturday'), or ``hi``."""
    later = (o.start for o in facts.counted if o.start > c.end and series_item(text, o))
    return min(later, default=hi)


_GAP_JOIN_RE = re.compile(r"\b(?:and|then|followed\s+by)\s+$")


def _gapped_after(c: Counted | None, t: Hit, text: str) -> bool:
    """A count told after its custody word and an 'and', its verb left out ('... and nine
    more on Tuesday'): another batch, whose day is told after it, not before."""
    return (
        c is not None
        and OBJECT_RULE in c.rules
        and c.start > t.end
        and _GAP_JOIN_RE.search(text[t.end : c.start]) is not None
        and (
            text[c.end : c.end + 6].lstrip().startswith("more")
            or DAY_AFTER_RE.match(text, c.end) is not None  # ('... and two on Tuesday')
        )
    )


_TO_RED_CROSS_RE = re.compile(
    r"[^;.]{0,60}?\bto (?:the )?(?:International Committee of the Red Cross|Red Cross|ICRC)\b"
)
_TO_A_SIDE_RE = re.compile(
    r"[^;.]{0,40}?\bto (?:the )?(?:[A-Z][\w-]+\s+){1,2}"
    r"(?:forces|authorities|side|army|troops|military|officials|delegation)\b"
)
_IN_RETURN_RE = re.compile(r"\s+in (?:return|exchange)\b(?!\s+for\b)")  # a swap's other side
IN_RETURN = " (given in return: a release)"
_SENTENCE_RE = re.compile(
    r"^[\s,]*(?:(?:a|an)\s+(?:[\w-]+\s+){0,4}?)?(?:(?:who|that)\s+(?:is|are|was|were)\s+|each\s+|all\s+)?serving\s+"
    r"(?:a\s+|their\s+|his\s+|her\s+)?(?:life|lengthy|long|\d+-year|[a-z]+-year)\s+sentences?\b"
)
_ADMINISTRATIVE_RE = compile_gated(r"^[^,;.\d]{0,60}?\b(?:in|under)\s+administrative\s+detention\b")
_BODIES_OF_RE = re.compile(r"\s+of\s+")


def _described_categories(
    lex: Lexicon, text: str, end: int, hi: int, c: Counted | None
) -> list[tuple[str, str]]:
    """Categories told right after the people: 'an Afghan serving a life sentence',
    '1,718 residents detained without charge', 'the bodies of 1,200 servicemen'."""
    out: list[tuple[str, str]] = []
    after = text[end:hi]
    if _SENTENCE_RE.search(after):
        out.append(("life_sentence", "category:serving-a-long-sentence"))
    if _ADMINISTRATIVE_RE.search(after):
        out.append(("administrative_detainees", "category:without-charge"))
    if c is not None and c.deceased:
        of = _BODIES_OF_RE.match(text, c.end)
        noun = lex.noun_re.search(text, of.end(), of.end() + 40) if of else None
        if noun:  # 'bodies of the fallen Ukrainian servicemen'
            out.extend(
                (cat, f"category:bodies-of:{noun.group(0)}")
                for cat in lex.noun_categories.get(noun.group(0).lower(), ())
            )
    return out


def mention_for(
    lex: Lexicon,
    facts: SentenceFacts,
    c: Counted | None,
    t: Hit,
    published: str | None,
    name: tuple[str, int, int, str] | None = None,
) -> Mention | None:
    """A mention of counted people ``c`` (or of one named person) tied to custody word ``t``:
    its status, people, running total, holder and slots, each with the rule that set it."""
    w = where(facts, c, t, name)
    if not_custody(lex, w):
        return None
    mention = _with_status(lex, w)
    if mention.type == "release" and mention.status != "occurred" and c and a_rate(w.text, c):
        return None  # 'will free 30 for each hostage', 'three a week': a rate, no batch
    mention.held_before = t.type == "holding" and held_before(w.text, t)
    if (
        mention.type == "holding"
        and _HEADLINE_PRESENT_RE.fullmatch(t.text)
        and w.facts.sentence.index == 0
        and not w.text.rstrip().endswith((".", "!", "?"))
    ):
        # a title's present tells what happened: '11 of its staff are detained by Houthis'
        mention.type = "detention"
        mention.rules["type"] += " (a title's present: a detention)"
    if (
        t.type == "holding"
        and name is not None
        and _HELD_SINCE_RE.match(w.text, t.end)
        and _CAPTIVE_SINCE_RE.search(t.text)
    ):
        # 'X has been held by the group since 2020', 'X, a captive since the 2019 raid': the
        # named person's taking, told by how long they are held (event-record.md: a detention)
        mention.type = "detention"
        mention.rules["type"] += " (a named person held since a time: taken then)"
    if mention.status == "hypothetical" and c is not None and c.article:
        return None  # 'allows the government to arrest and hold a suspect': anyone, no one
    _people(lex, w, mention)
    _aggregate(lex, w, mention)
    _destination(lex, w, mention)
    _holder(lex, w, mention)
    if mention.type == "transfer" and (
        _home_to_their_state(lex, w, mention)
        or (w.c is not None and EQUAL_NUMBER_RULE in w.c.rules)  # the other side of a swap
    ):
        # 'Baku transferred to Armenia ten servicemen', 'Kyiv transferred 40 Russian soldiers
        # to Russia': soldiers handed to their own state (or, unnamed, to another state
        # than the one handing them over) are freed, not moved between jails
        mention.type = "release"
        mention.rules["type"] = mention.rules.get("type", w.t.rule) + " (to their state: a release)"
    _slots(lex, w, mention, published)
    return mention


def _with_status(lex: Lexicon, w: Where) -> Mention:
    """The mention with its status: what happened, or what is planned, demanded, denied,
    supposed; a proposal or a deal's term is marked as such."""
    t = w.t
    status, status_rule, window = status_at(lex, w)
    w.status = status
    mention = Mention(t.type, status, w.c, w.facts.sentence, t)
    mention.rules["type"] = f"{t.rule} '{t.text}'"
    if status_rule:
        mention.rules["status"] = status_rule
    proposal = lex.status_before_any.get("proposal")
    if status == "planned" and proposal and proposal.search(w.clause):
        mention.proposal = True  # a release only proposed is a deal's term, not a record of its own
    terms = lex.status_before_any.get("terms")
    term = terms.search(window, lowered(window)) if terms and status != "denied" else None
    if term:  # 'the truce calls for 33 hostages to go free': what the deal provides
        mention.status, mention.proposal = "planned", True
        mention.rules["status"] = f"cues.json:terms:{term.group(0)}"
    return mention


def _people(lex: Lexicon, w: Where, mention: Mention) -> None:
    """Names, nationality, categories and condition of the people."""
    c = w.c
    if w.name:
        mention.names.append(w.name[0])
        mention.rules["names"] = w.name[3]
    if c:
        mention.nationality = list(c.nationality)
        mention.categories = list(c.categories)
        if c.deceased:
            mention.condition = "deceased"
        elif c.alive:
            mention.condition = "alive"
    elif _BODY_RE.search(w.clause) and w.t.type == "release":
        mention.condition = "deceased"
    for cat, why in _described_categories(lex, w.text, w.p_end, w.hi, c):
        if cat not in mention.categories:
            mention.categories.append(cat)
            mention.rules.setdefault("categories", why)
    handover = mention.type == "transfer" and (
        _TO_RED_CROSS_RE.match(w.text, w.t.end, w.hi)
        or _TO_A_SIDE_RE.match(w.text, w.t.end, w.hi)
        or _IN_RETURN_RE.match(w.text, w.t.end)  # ('were transferred in return')
    )
    if handover:
        # 'Hamas transferred three Israeli prisoners to the Red Cross', '... before being
        # transferred to Israeli forces': a handover to the intermediary or the other side
        mention.type = "release"
        mention.rules["type"] = mention.rules.get("type", w.t.rule) + (
            " (to the Red Cross: a release)"
            if "Red Cross" in handover.group(0) or "ICRC" in handover.group(0)
            else IN_RETURN
            if handover.re is _IN_RETURN_RE
            else " (to a side's forces: a release)"
        )
    if mention.type == "transfer" and c is not None and freed_people(w.text, w.t, c):
        # 'the coalition transferred 117 released prisoners to Yemen': people already
        # freed are handed over or flown home, not moved from one jail to another
        mention.type = "release"
        mention.rules["type"] = mention.rules.get("type", w.t.rule) + " (freed people: a release)"
    if mention.type == "transfer" and mention.condition == "deceased":
        # 'Russia transferred to Ukraine 1,200 bodies': the dead handed back are
        # returned, not moved from one jailer to another
        mention.type = "release"
        mention.rules["type"] = (
            mention.rules.get("type", w.t.rule) + " (bodies handed over: a release)"
        )


_TO_STATE_RE = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")


def _home_to_their_state(lex: Lexicon, w: Where, mention: Mention) -> bool:
    """Whether a transfer hands soldiers to their own state: 'to <country>' right after
    the verb or the people, the country theirs by nationality or, with none told, another
    state than the holder's, and the people soldiers."""
    if "soldiers" not in mention.categories:
        return False
    to = _TO_STATE_RE.match(w.text, w.t.end) or _TO_STATE_RE.match(w.text, w.p_end)
    country = lex.country_names.get(to.group(1)) if to else None
    if country is None or country == mention.holder:
        return False
    if mention.nationality:
        return all(lex.demonym_country.get(n) == country for n in mention.nationality)
    return mention.holder in lex.country_names.values()


_MADE_BEFORE_RE = re.compile(
    r"\b(?:made|make|makes|making|carried out|carry out|conducted|effected)\s+"
    r"(?:(?:at least|about|around|some|more than|over|nearly|a further|another)\s+)?$"
)
_PERIOD_RE = re.compile(
    r"\b(?:since|so far|to date|this (?:year|month|week)|last (?:year|month|week)|past|during|"
    r"over the|between|in (?:19|20)\d\d|weeks|months|years|daily|a day|per day|every day|"
    r"each day|in (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?! \d))",
    re.I,
)


_ONE_DAY_RE = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday"
    r"|on\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d)\b"
)
# the words of a person's taking told by how long they are held ('a captive since 2019', 'in
# prison since March'; 'has been held (in detention) since' stays a holding: it splits the sets)
_CAPTIVE_SINCE_RE = re.compile(
    r"(?:an?\s+(?:captive|hostage|prisoner)|in\s+(?:prison|jail))$", re.I
)
_HELD_SINCE_RE = re.compile(
    r"(?:\s+(?:captive|hostage))?(?:\s+(?:in|by|at|inside)\s+[^,.;]{1,40}?)?\s+since\s+(?:the\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|(?:19|20)\d\d\b)"
)
_MORE_RE = re.compile(r"\b(?:more|another|further|additional|other)\b(?! than)")


def one_operations_arrests(text: str, start: int) -> bool:
    """'security forces made 20 arrests on Sunday night': the arrests of one operation,
    a batch, unless the sentence tells a period ('made 3,000 arrests since May')."""
    return bool(
        _MADE_BEFORE_RE.search(text, max(0, start - 30), start) and not _PERIOD_RE.search(text)
    )


def _aggregate(lex: Lexicon, w: Where, mention: Mention) -> None:
    """A running total of what happened ('so far', 'the number of ... rose to', a swap's
    count for both sides)."""
    c, t = w.c, w.t
    if t.type == "holding" or w.status not in ("occurred", "denied"):
        return
    if c is None and w.name is not None or c is not None and c.rules[1:2] == [DAY_PART_RULE]:
        return  # one named person is no total ('In the same period, the U.S. freed X'), nor
        # a day's batch told as a part of one ('... since April, including 42 on Saturday')
    if c is not None and in_series(w.text, c, w.facts.counted):
        return  # 'Over the four days, Israel freed 39 on Friday, 39 on Saturday ...': batches
    agg = detect_aggregate(lex, w.text[: w.hi], w.clause, t)
    if agg == TOLL and c is not None and (c.article or _MORE_RE.search(w.text, c.start, c.end)):
        agg = None  # 'a prisoner has died in Ramon prison', 'two more hostages have died': deaths
    if (
        agg is None
        and c is not None
        and c.rules[0].startswith("number-of")
        and w.status == "occurred"
        and not _PUT_AT_RE.search(w.text, max(0, c.start - 90), c.start)
        and not one_operations_arrests(w.text, c.start)
        # ('the number of prisoners freed on Sunday reached 153': one day's batch)
        and not _ONE_DAY_RE.search(c.rules[0])
    ):  # ('put the number of abducted students at 333': one event's estimate)
        agg = "aggregate:the number of ... rose to"  # a tally of events is a running total
    if (
        agg is None
        and c is not None
        and c.rules[1:2] == ["people:elliptic (noun told before)"]
        and _OF_THOSE_TAKEN_RE.search(w.text)
    ):
        agg = "aggregate:a share of those taken ('of those detained, 489 have been released')"
    if agg is None and t.type == "transfer" and _deported_so_far(w.text, t):
        agg = "aggregate:people deported (counted up to now)"
    agg = agg or swap_total(lex, w.facts, c, t, w.lo, w.hi)
    if agg:
        mention.aggregate = True
        mention.rules["aggregate"] = agg


# 'deported to a maximum-security prison': one batch moved between jails, no tally
_TO_PRISON_RE = re.compile(
    r"\bto\s+(?:[\w'’.-]+\s+){0,5}?(?:prisons?|jails?|penal\s+colon|detention)\b", re.I
)


def _deported_so_far(text: str, t: Hit) -> bool:
    """'Russia has deported 19,000 children', '2.5 million people forcibly deported':
    people deported from their country are counted over the war, a running total
    (a death toll is one whatever its tense, too)."""
    low = t.text.lower()
    return "deport" in low and not _TO_PRISON_RE.search(text, t.start, t.end + 90)


def _destination(lex: Lexicon, w: Where, mention: Mention) -> None:
    """'returned to Ukraine': the country that took its people back, and their nationality."""
    told = w.clause
    dest = _DESTINATION_RE.search(told) if w.t.type == "release" else None
    to = _TO_AFTER_RE.match(w.text, w.c.end) if w.c and OBJECT_RULE in w.c.rules else None
    if to and dest:  # '... handed over to Azerbaijan and 44 to Armenia': the count's own
        dest, told = to, w.text
    if not dest or dest.group(1) not in lex.country_names:
        return
    more = _ANOTHER_COUNTRY_RE.match(told, dest.end())
    if more and more.group(1) in lex.country_names:
        return  # 'transferred to Ukraine and Lithuania': not one country taking its own back
    mention.destination = lex.country_names[dest.group(1)]
    if mention.nationality:
        return
    own = [d for d, cty in lex.demonym_country.items() if cty == mention.destination]
    c = w.c
    if own and (c is None or c.noun.lower() not in ("nationals", "citizens")):
        mention.nationality = own[:1]
        mention.rules["nationality"] = f"nationality:returned-to:{dest.group(1)}"


_BE_RE = re.compile(r"\b(?:were|was|are|is|been|be)\s", re.I)


def _holder(lex: Lexicon, w: Where, mention: Mention) -> None:
    """Who holds (or took) the people, as the mention's own clause tells it."""
    holder: str | None
    rule: str
    holder, rule = holder_for(lex, w.facts, w.c, w.t, w.lo, w.hi, (w.p_start, w.p_end))
    if holder is None and w.t.text.endswith(" out of") and w.p_end <= w.t.start:
        left = next((a for a in w.facts.actors if 0 < a.start - w.t.end <= 5), None)
        if left and left.actor not in lex.mediation_only:  # 'flew out of Iran': it held them
            holder, rule = left.actor, f"holder:left-the-country:{left.rule}"
    if holder and holder == mention.destination:
        holder, rule = (
            None,
            "",
        )  # 'Kyiv brought 6 children back to Ukraine': Ukraine did not hold them
    elif (
        holder
        and rule.startswith("holder:subject")
        and (own_forces_back(lex, w, holder) or own_people_told(lex, w, holder))
    ):
        # (in two steps: as a pair it raised a TypeError in a mypyc build)
        rule = f"recipient:its own soldiers or dead:{holder}"
        holder = None
    if (
        w.status == "demanded"
        and rule.startswith("holder:subject")
        and _DEMANDER_RE.search(w.text[w.lo : w.t.start])
    ):
        # 'Washington has demanded his release': the one who demands does not hold him
        mention.source_actor = holder
        holder, rule = None, ""
    if w.t.type == "death_in_custody" and w.c and w.c.rules[0] == "number-of:event-count:deaths":
        if rule.startswith("holder:subject"):  # 'a database listed 21 deaths in custody'
            holder, rule = None, ""  # who counts them holds no one
    if mention.rules.get("aggregate", "").startswith("cues.json:swap_total"):
        holder, rule = None, f"{NO_HOLDER}both-sides-of-a-swap"  # no one holder
    elif w.t.voice == "passive" and w.c is not None and OBJECT_RULE in w.c.rules:
        # '12 were handed over to Azerbaijan and 44 to Armenia': no subject holds the 44
        # (but 'Saudi Arabia freed 181': a bare participle after its subject is active)
        told = w.text[max(0, w.t.start - 25) : w.t.start] + w.t.text
        if _BE_RE.search(told) or not rule.startswith("holder:subject"):
            holder, rule = None, f"{NO_HOLDER}gapped-passive"
    mention.holder, mention.holder_rule = holder, rule


def _slots(lex: Lexicon, w: Where, mention: Mention, published: str | None) -> None:
    """Date, place, intermediary, mediators and source from the mention's own clause,
    and the clause itself as evidence."""
    text, t, lo, hi = w.text, w.t, w.lo, w.hi
    type_, status = t.type, w.status
    if status in ("occurred", "planned") or re.search(r"\d", w.clause):
        d_lo, d_hi = lo, hi
        if t.voice == "noun" and _POSSESSIVE_BEFORE_RE.search(text, max(0, t.start - 8), t.start):
            # 'in protest against his arrest': the clause's day is another happening's;
            # the arrest's own is told right after it ('his arrest on 5 February')
            d_lo, d_hi = t.start, min(hi, t.end + 40)
        elif place_start(text, type_, mention.count, lo, t.start) != lo:
            d_lo = t.start  # '66 women kidnapped last week have been freed': the taking's day
        elif w.c is not None and _gapped_after(w.c, t, text):
            d_lo = w.c.start  # '30 were freed on Monday and nine more on Tuesday': its own day
        if w.c is not None and len(w.facts.counted) > 1:
            d_hi = min(d_hi, _next_item(w.facts, w.c, text, d_hi))  # (not its day: the next's)
        mention.date, mention.date_rule = date_for(
            w.facts,
            published,
            status,
            d_lo,
            d_hi,
            t.start,
            "aggregate" if mention.aggregate else type_,
        )
    place_lo = place_start(text, type_, mention.count, lo, t.start)
    c = mention.count
    if c is not None and (
        mention.given_in_exchange()  # (not freed where the people they were swapped for were)
        # nor a total the batch brings to ('died in the Negev prison, bringing the number ...')
        or (mention.aggregate and ANOTHER_CLAUSE_RE.search(text, t.end, c.start))
    ):
        place_lo = max(place_lo, c.start)
    mention.place, mention.facility, mention.location_rule = location_for(
        lex,
        text,
        place_lo,
        hi,
        t.start,
        to_destination=type_ == "transfer",
        release_place=type_ == "release",
        release_or_arrest=type_ in ("release", "detention") and status == "occurred",
    )
    if type_ in ("release", "transfer") and any(carried_by(w.clause, n) for n in _ICRC_NAMES):
        mention.intermediary = "ICRC"
        mention.rules["intermediary"] = "actors:Red Cross"
    if type_ in ("release", "transfer"):  # an arrest or a death is not brokered
        mention.mediators = mediators_for(lex, w.facts, span=(lo, hi))
    mention.source_actor = mention.source_actor or source_for(lex, w.facts, lo)
    a, b = lo, hi
    a += len(text[a:b]) - len(text[a:b].lstrip())
    b -= len(text[a:b]) - len(text[a:b].rstrip())
    mention.evidence.append(
        Evidence(w.facts.sentence.start + a, w.facts.sentence.start + b, text[a:b])
    )
