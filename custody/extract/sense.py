"""Custody words in another sense: whether a custody word tied to people tells of
people held ('killed 36 people' is a casualty, 'rescuers freed 23 people trapped in
cars' a disaster, 'returned from Iran' migrants), and where such a mention lies in its
sentence (its people, its custody word, its clause), which ``mentions.py`` reads on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from custody.extract.held_now import AFTER_RELEASE_RE, no_holding_now
from custody.extract.lexicon import Lexicon
from custody.extract.phrases import Counted, Hit, SentenceFacts
from custody.extract.practice import a_practice
from custody.extract.regex import compile_fast, may_hold
from custody.extract.slots import clause_span
from custody.extract.told_before import ELLIPTIC_RULE, EQUAL_NUMBER_RULE

_FIRST_TO_BE_RE = compile_fast(
    r"\b(?:first|last|only|latest)\s+(?:[\w-]+\s+){0,3}to be\s+(?:released|freed|set free|handed over)$",
    re.I,
)
_REFUSED_RE = compile_fast(
    r"(?:\b(?:refused|refuses|refusing|declined|declines|failed|fails)\s+to"
    # a negated act did not happen: 'has not freed', 'by not freeing', 'has yet to release'
    # ('the 40 will not be released if ...' is what may happen: the status cues' call)
    r"|(?<!will )(?<!would )(?<!could )(?<!might )(?<!may )(?<!shall )"
    # ('did not agree to return them'; 'held without trial were freed': how they were held,
    # no negation)
    r"\b(?:not|never|yet\s+to|without)(?!\s+(?:only|just|least|charges?|trial)\b)"
    r"|(?<!wo)n't)\s+(?:\w+\s+)?(?:to\s+)?$"
    # 'ruling out any imminent release of': a release refused, none told
    r"|\brul(?:e|es|ed|ing)\s+out\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_NO_WORD_RE = re.compile(
    r"\bno\s+(?:word|sign|confirmation|evidence|indication|news|proof)\s+(?:that|of)\s+"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
_UNTIL_RE = re.compile(r"\s+(?:\w+\s+){0,3}?until\b")


_PROTESTED_DETENTION_RE = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|strike|striking)\s+(?:at|against|over)\s+(?:his|her|their|the)\s+"
    r"(?:(?:continued|continuing|ongoing|prolonged|indefinite|arbitrary|unjust|illegal|unlawful"
    r"|administrative)\s+){0,2}$"
)
_WITHOUT_CHARGE_RE = re.compile(r"(?i:\s+without\s+(?:charge|trial))")


_VEHICLE_RE = compile_fast(r"\b(?:plane|aircraft|flight|bus|buses|convoy|ship)\b", re.I)

_RENEWED_RE = re.compile(
    r"\b(?:renew\w*|extend\w*|prolong\w*|renewal of|extension of)\s+(?:\w+\s+){0,3}$", re.I
)

# people crossing back are freed only when their clause tells they were held or swapped
# ('soldiers held by the rebels crossed back', 'children taken to Russia crossed the border')
_HELD_BEFORE_RE = compile_fast(
    r"\b(?:held|detained|captive|captivity|captors|hostages?|prisoners?|POWs?|detainees|"
    r"taken|deported|abducted|kidnapped|captured|freed|released|returns?|returned|"
    r"repatriat\w*|swap\w*|exchange\w*|handed)\b",
    re.I,
)

_RETURNED_FROM_RE = re.compile(r"returned\s+(?:home\s+)?from\s+(?:[A-Z]|the\s+[A-Z])")
_SWAP_WORD_RE = compile_fast(
    r"\b(?:swap|exchange|release|freed|captivity|captors|abduct\w*|kidnap\w*"
    # 'returned from Ukrainian-controlled territory': from the other side of a front
    r"|controlled|(?:under|in) the control of)\b",
    re.I,
)
_CUSTODY_CONTEXT_RE = compile_fast(
    r"\b(?:custody|captivity|detention|prisons?|jails?|cells?|captives?|hostages?|detainees?|"
    r"prisoners?|penal colon(?:y|ies)|torture|martyrs of the prisoners|in captivity|interrogation"
    r"|captors|kidnappers|abductors|POWs|while\s+(?:being\s+)?(?:imprisoned|jailed|held|detained)"
    # 'died days after his arrest', 'passed away after he was jailed'
    r"|after\s+(?:his|her|their)\s+(?:arrest|detention|abduction|jailing|imprisonment)"
    r"|after\s+(?:being|he\s+was|she\s+was|they\s+were)\s+(?:arrested|detained|abducted|jailed"
    r"|imprisoned))\b",
    re.I,
)

_TAKEN_BESIDE_RE = compile_fast(
    r"\s(?:and|or)\s+(?:[\w,]+\s+){0,4}?(?:taken|kidnapped|abducted|seized|captured)\b", re.I
)


def _death_context_after(text: str, end: int) -> str:
    """The words after a death word that may tell of custody, up to a taking told beside
    the killing ('900 were killed and 150 were taken hostage', 'either killed or taken
    captive': the dead were not held)."""
    after = text[end : end + 40]
    beside = _TAKEN_BESIDE_RE.search(after)
    return after[: beside.start()] if beside else after


_DIED_AFTER_RE = compile_fast(
    r"\b(?:died|dies|passed away|death)\b[^.;]{0,60}?\bafter\s+(?:(?:he|she|they)\s+"
    r"(?:was|were|had been)\s+|(?:his|her|their)\s+)$",  # ('... after his arrest')
    re.I,
)
_AFTER_FREED_RE = re.compile(
    r"\s+(?:\w+\s+){0,3}?after\s+(?:(?:their|his|her)\s+release|being\s+(?:freed|released))\b"
)
_GENERIC_PEOPLE = frozenset({"people", "persons", "individuals", "men", "women", "others"})


def _killed_held(w: Where) -> bool:
    """Killings only people held undergo: a beheading; the execution of people the text
    names or counts ('the execution of five aid workers', 'executed three men accused of
    ...'), not a state's tally of 'people executed' over a time ('hanged 800 people last
    year')."""
    t, c = w.t, w.c
    low = t.text.lower()
    if low.startswith("behead"):
        return True
    if not low.startswith(("execut", "hanged", "put to death")):  # a hanging is an execution
        return False
    if c is None:
        return w.name is not None  # 'the executions of A, B and C'
    return c.noun.lower() not in _GENERIC_PEOPLE or not _TALLY_TIME_RE.search(w.text)


# a tally's time: a year, a span, 'so far' ('hanged more than 800 people last year')
_TALLY_TIME_RE = compile_fast(
    r"\b(?:(?:last|this|a|per|each|every|the\s+past|the\s+previous)\s+(?:year|month|decade)"
    r"(?!['’]s)|in\s+(?:19|20)\d\d|since|so\s+far|to\s+date|annually|yearly)\b",
    re.I,
)


_FREED_PEOPLE_RE = compile_fast(
    r"\b(?:hostages|prisoners|detainees|captives|civilians|soldiers|personnel)\s+"
    r"(?:(?:who\s+(?:were|had\s+been)\s+)?(?:released|freed))\s+by\b",
    re.I,
)
_TO_HOSPITAL_RE = re.compile(
    r"\s+(?:\w+\s+)?to\s+(?:a\s+|the\s+)?(?:(?!prison|jail)[\w-]+\s+){0,2}?(?:hospital|clinic|medical)\b",
    re.I,
)


@dataclass
class Where:
    """Where a mention lies in its sentence: its people, its custody word, its clause."""

    facts: SentenceFacts
    c: Counted | None
    t: Hit
    name: tuple[str, int, int, str] | None
    p_start: int
    p_end: int
    lo: int
    """Start of the mention's own clause (after 'who' for a named person's relative clause)."""
    hi: int
    clause_lo: int
    """Start of the clause around people and custody word, before that adjustment."""
    status: str = "occurred"
    """The status the clause's cues give (a deal's term is then marked planned)."""

    def __init__(
        self,
        facts: SentenceFacts,
        c: Counted | None,
        t: Hit,
        name: tuple[str, int, int, str] | None,
        p_start: int,
        p_end: int,
        lo: int,
        hi: int,
        clause_lo: int,
        status: str = "occurred",
    ) -> None:  # (written out, as phrases.Hit's is)
        self.facts = facts
        self.c = c
        self.t = t
        self.name = name
        self.p_start = p_start
        self.p_end = p_end
        self.lo, self.hi, self.clause_lo, self.status = lo, hi, clause_lo, status

    @property
    def text(self) -> str:
        return self.facts.sentence.text

    @property
    def clause(self) -> str:
        return self.text[self.lo : self.hi]


def where(
    facts: SentenceFacts, c: Counted | None, t: Hit, name: tuple[str, int, int, str] | None
) -> Where:
    text = facts.sentence.text
    p_start, p_end = (c.start, c.end) if c else (name[1], name[2]) if name else (t.start, t.end)
    lo, hi = clause_span(facts.sentence, min(p_start, t.start), max(p_end, t.end))
    clause_lo = lo
    if name and t.start >= p_end:
        rel = re.search(r"\b(?:who|whom)\b", text[p_end : t.start])
        if rel:
            lo = p_end + rel.start()  # 'Haidari, who went missing in 2022': its own clause
    return Where(facts, c, t, name, p_start, p_end, lo, hi, clause_lo)


_PICTURE_BEFORE_RE = re.compile(
    r"\b(?:photos?|photographs?|pictures?|images?|videos?|footage|cameras?)"
    r"(?:\s+(?!(?:that|who|which|showing|shows|show|of|where|as)\b)[\w-]+){0,5}\s+$",
    re.I,
)
"""A picture as the subject of 'captured' ('a photo circulating online captured X'); not
'a video showing troops that captured 12 gunmen'."""


_OPERATION_AFTER_RE = re.compile(r"\s+operations?\b")


def not_custody(lex: Lexicon, w: Where) -> bool:
    """Custody words in another sense, or people who are not the ones held."""
    text, t, c = w.text, w.t, w.c
    # a tally's own words: 'the number of martyrs of the prisoners movement rises to 77'
    tally = c.rules[0] if c is not None and c.rules and c.rules[0].startswith("number-of") else ""
    if _takers_not_held(lex, w):
        return True  # 'Four kidnappers were killed and two escaped': the captors, not held
    if (
        t.type == "death_in_custody"
        and not (
            _killed_held(w)  # 'two Canadians who were beheaded': held, then killed
            or _CUSTODY_CONTEXT_RE.search(c.noun if c else "")
            or _CUSTODY_CONTEXT_RE.search(tally)
            or _CUSTODY_CONTEXT_RE.search(_death_context_after(text, t.end))
            or (c is None and _CUSTODY_CONTEXT_RE.search(text[w.clause_lo : w.hi]))
        )
    ):
        return True  # 'killed 36 people': a casualty
    if t.type == "death_in_custody" and _AFTER_FREED_RE.match(text, t.end):
        return True  # 'two prisoners died shortly after their release': no longer held
    near = text[max(w.lo, t.start - 60) : t.end]
    if may_hold(near, ("to be",)) and _FIRST_TO_BE_RE.search(near):
        return True  # 'the first hostages to be released under the ceasefire': who they are
    if (
        (
            _REFUSED_RE.search(text[max(w.lo, t.start - 30) : t.start])
            and not _UNTIL_RE.match(text, t.end)  # 'were not freed until Monday': they were
        )
        # 'had received no word that he had been freed': not told done
        or _NO_WORD_RE.search(text, max(0, t.start - 60), t.start)
        or _OPERATION_AFTER_RE.match(text[t.end : t.end + 12])
    ):
        return True  # 'refused to transfer him', 'release and transfer operation of 887'
    if t.type == "detention" and (
        _PROTESTED_DETENTION_RE.search(text, max(0, t.start - 40), t.start)
        or _WITHOUT_CHARGE_RE.match(text, t.end)
    ):
        return True  # 'on hunger strike in protest at his detention without charge': his
        # being held, the strike's cause, not an arrest the report tells
    if c is not None and EQUAL_NUMBER_RULE in c.rules and t.type not in ("release", "transfer"):
        return True  # 'swapped 95 soldiers held captive for an equal number': a swap's side
    if t.type == "release" and _no_release(lex, w):
        return True
    if t.type == "detention" and _PICTURE_BEFORE_RE.search(text, max(w.lo, t.start - 60), t.start):
        return True  # 'a photo circulating online captured X': a picture, not an arrest
    if t.type == "holding" and no_holding_now(text, t, c, w.lo):
        return True
    if a_practice(text, w.clause_lo, t, c):
        return True  # 'kidnappers usually free them once a ransom is paid': a practice
    if t.type == "detention" and t.voice == "passive" and _HELD_SPAN_AFTER_RE.match(text, t.end):
        return True  # 'X, who had been detained for more than two years': how long, no arrest
    if t.type == "detention" and _DIED_AFTER_RE.search(text, max(0, t.start - 100), t.start):
        return True  # 'X passed away on Sunday after he was jailed': the death's background
    if t.type == "detention" and _DURATION_OF_RE.search(text, max(0, t.start - 40), t.start):
        return True  # 'after 38 years of detention': how long, not an arrest (event-record.md)
    if t.type == "detention" and _RENEWED_RE.search(text, max(0, t.start - 40), t.start):
        return True  # 'agreed not to renew his administrative detention': no new arrest
    if t.type == "detention" and c is not None and _BATCH_INCLUDED_RE.match(text):
        return True  # 'This batch included 333 prisoners arrested during the war': who the
        # freed are, parts of the batch told before, not an arrest the report tells
    if t.type == "detention" and _FREED_FROM_RE.search(text, max(0, t.start - 40), t.start):
        return True  # 'Palestinians freed from Israeli detention': where they were freed from
    if t.type == "detention" and _freed_people_described(w):
        return True  # 'the swap also covered four civilians captured in 2022': who the freed are
    return t.type == "transfer" and _no_custody_transfer(w)


_BATCH_INCLUDED_RE = re.compile(
    r"\s*(?:This|The|That|Today's|\w+day's)\s+(?:batch|group|round|release|exchange|swap|list)"
    r"\s+(?:also\s+)?(?:included|includes|include|comprised|comprises|consisted\s+of)\b"
)


_FREED_FROM_RE = re.compile(
    r"\b(?:freed|released|liberated|discharged|returned|rescued|escaped)\s+from\s+"
    r"(?:(?:the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_REDUCED_RELATIVE_RE = re.compile(r"(?:\s+(?:from|of|in)\s+[^,;:.()]{1,30}?)?\s+")
_FREED_BEFORE_RE = re.compile(r"\b(?:includ(?:ed|es|e|ing)|among\s+them)\b", re.I)


def _freed_people_described(w: Where) -> bool:
    """People counted in a release, then told by a bare participle of their capture
    ('freeing 1,236 prisoners, among them 1,111 detainees from Gaza arrested after the
    war began'; 'the swap also covered four civilians captured in 2022'): who the freed are,
    not an arrest of its own (a 'who were captured' clause is one: sentence.py)."""
    t, c, text = w.t, w.c, w.text
    if c is None or t.voice == "active" or " " in t.text.strip():
        return False
    if not _REDUCED_RELATIVE_RE.fullmatch(text, c.end, t.start):
        return False
    return _FREED_BEFORE_RE.search(text, w.lo, c.start) is not None or any(
        h.type in ("release", "transfer") and h.end <= c.start for h in w.facts.triggers
    )


_HELD_SPAN_AFTER_RE = re.compile(
    r"\s+for\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|some\s+)?(?:\d[\d,]*|a|an|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|years?)\b",
    re.I,
)


def _no_custody_transfer(w: Where) -> bool:
    """People moved who are no longer held, or something moved that is no people."""
    text, t = w.text, w.t
    if _FREED_PEOPLE_RE.search(w.clause) or AFTER_RELEASE_RE.search(w.clause):
        # 'the hostages released by Hamas had been transferred to Israel', 'the transfer of
        # 13 soldiers released by the SLM', '... transferred to Israel after their release':
        # free people moved, not a custody transfer
        return True
    if w.name is None and _TO_HOSPITAL_RE.match(text, t.end):
        # 'one detainee ... was transferred to a hospital': care after the release; a named
        # prisoner moved to a hospital ward ('X was transferred to the Y Medical Center') is held
        return True
    return (
        w.c is None
        and t.text.lower().startswith(("mov", "reloc"))
        and not _CUSTODY_CONTEXT_RE.search(w.clause)
        and not re.match(r"\s+(?:to|from|into|out of|back)\b", text[t.end : t.end + 10])
    )  # 'to move seven points clear': not people moved from one place to another


def _takers_not_held(lex: Lexicon, w: Where) -> bool:
    """Those who take people, killed or fled ('Four kidnappers were killed and two
    escaped', 'three bandits escaped with wounds'), unless the words after say they were
    held ('escaped from jail', 'died in police custody'), or counted as those who kidnap
    ('some 100 bandits kidnapped 40 villagers', 'the kidnapping by 30 gunmen')."""
    t, c = w.t, w.c
    if c is None or t.type not in ("death_in_custody", "release", "detention"):
        return False
    noun = c.noun
    if c.rules[1:2] == [ELLIPTIC_RULE]:  # 'and two escaped': the noun counted before it
        if t.type == "detention":
            return False  # 'three gunmen were killed, some 20 arrested': a gapped passive
        before = [o for o in w.facts.counted if o.end <= c.start]
        noun = before[-1].noun if before else ""
    if noun.lower() not in lex.taker_nouns:
        return False
    if t.type == "detention":  # 'some 100 bandits kidnapped 40 villagers': the takers
        return bool(
            _TAKING_RE.match(t.text)
            or (c.end <= t.start and not _PASSIVE_AUX_RE.match(w.text, c.end, t.start))
        )  # (not 'arrested 12 kidnappers', '15 kidnappers were arrested')
    if t.type == "release" and not _FLED_RE.match(t.text):
        return False  # 'police released the 12 bandits': freed from custody
    return not _CUSTODY_CONTEXT_RE.search(_death_context_after(w.text, t.end))


_FLED_RE = re.compile(r"(?:managed to )?(?:escap|fled|flee)", re.I)
_TAKING_RE = re.compile(r"(?:kidnap|abduct)", re.I)
_PASSIVE_AUX_RE = re.compile(
    r"(?:[^.;]*?\b(?:were|was|are|is|been|being|get|got)\s+)(?:[\w-]+ly\s+)?", re.I
)


def _no_release(lex: Lexicon, w: Where) -> bool:
    """A release word that frees no one held: migrants coming back, a rescue from a
    disaster, figures or a video released, an arrival with no plane or bus of prisoners."""
    text, t = w.text, w.t
    if (
        _RETURNED_FROM_RE.match(text, t.start)
        and not _CUSTODY_CONTEXT_RE.search(w.clause)
        and not _SWAP_WORD_RE.search(w.clause)
    ):
        return True  # '1.1 million Afghans returned from Iran and Pakistan': migrants, not captives
    if _INTO_CUSTODY_RE.match(text, t.end):
        return True  # 'returned them to detention centres in Tripoli': into custody, not out
    if (
        t.text[:5].lower() == "cross"
        and not _HELD_BEFORE_RE.search(w.clause)
        and not AFTER_CUSTODY_RE.match(text, t.end)
    ):
        return True  # '300 migrants crossed into Greece': a crossing, no one freed
    if _disaster_word(
        lex, text, min(w.lo, max(0, w.p_start - 30)), min(w.hi, max(w.p_end, t.end) + 40)
    ):
        return True  # 'rescuers freed 23 people trapped in cars': a disaster, not custody
    if lex.released_thing_before.search(
        text, max(0, t.start - 30), t.start
    ) or lex.released_thing_after.match(text, t.end):
        return True  # 'citing figures released by the prison service', 'released a video'
    # only a plane or bus that arrives with prisoners tells their release, or an arrival
    # 'after two years in Saudi detention'
    return (
        t.text.lower() in ("arrived", "landed")
        and not _VEHICLE_RE.search(text, 0, t.start)
        and not AFTER_CUSTODY_RE.match(text, t.end)
    )


AFTER_CUSTODY_RE = re.compile(
    r"[^.;]{0,70}?\bafter\s+(?:(?:being|having been)\s+(?:held|detained|jailed|imprisoned|"
    r"kidnapped|abducted)\b|[^.;]{0,40}?\b(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:captivity|custody|"
    r"detention|prison|jail|jails|prisons)\b)"
    r"|[^.;]{0,70}?\b(?:after|following)\s+(?:their|his|her)\s+(?:release|liberation)\b",
    re.I,
)
"""'... after two years in an Iranian jail', '... after being held for 18 months', '...
following their release on May 2': what ended before the arrival or return it follows
(triggers.json: release, the entry of arrivals)."""


_DURATION_OF_RE = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\w+teen|\w+ty)"
    r"\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:of|in)\s+(?:administrative\s+)?$",
    re.I,
)


_INTO_CUSTODY_RE = re.compile(
    r"(?:\s+(?:them|him|her))?\s+to\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:detention\s+(?:centres?|centers?|camps?|facilit(?:y|ies))|prisons?|jails?|custody)\b"
)


def _disaster_word(lex: Lexicon, text: str, lo: int, hi: int) -> bool:
    """A word of a disaster (cues.json not_custody) in ``text[lo:hi]``; not one capitalised
    inside the sentence, a name's ('under the Flood of the Free deal', 'Al-Aqsa Flood')."""
    at = lo
    while (m := lex.not_custody.search(text[at:hi])) is not None:
        if not (m.group(0)[:1].isupper() and at + m.start() > 0):
            return True
        at += max(m.end(), 1)
    return False


_CAPTURE_CLAUSE_RE = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"  # 'citizens of the UAE'
    r"\s*(?:,|--|—|–)?\s*(?:who|that)\s+(?:have\s+|has\s+)?(?:also\s+|all\s+)?"
    r"(?:been\s+|were\s+|was\s+)(?:also\s+|all\s+|first\s+)?"
)
_CONTACT_CLAUSE_RE = re.compile(r"\s+(?:whom\s+|that\s+)?(?:they|it|he|she)\s+(?:had\s+)?")
# (an armed group's or a gang's taking; 'two citizens it had detained in the border area'
# tells a state's custody, not a capture of its own)
_TAKEN_RE = re.compile(r"(?:kidnap|abduct|seiz|captur|took)", re.I)
_REASON_AFTER_RE = re.compile(r"\s+for\s+(?:allegedly\s+|illegally\s+)?[a-z]+ing\b")


def capture_clause(text: str, people_end: int, h: Hit) -> bool:
    """Whether custody word ``h`` closes a relative clause right after the people ('five
    Thais who were captured in the October 7 attack') that tells more of the capture than
    its reason ('fishermen who were arrested for fishing illegally': why, not when)."""
    return bool(
        (
            _CAPTURE_CLAUSE_RE.fullmatch(text, people_end, h.start)
            # 'a German man they kidnapped in Niger in 2023': a clause with no 'who'
            or (
                _CONTACT_CLAUSE_RE.fullmatch(text, people_end, h.start)
                and _TAKEN_RE.match(h.text) is not None
            )
        )
        and not _REASON_AFTER_RE.match(text, h.end)
    )


_FREED_CARRIED_RE = re.compile(
    r"\b(?:released|freed|liberated)\s+(?!by\b|from\b|in\b|on\b)"
    r"|\bformer (?=(?:prisoners|detainees|captives|hostages)\b)"
)
_CAPTIVES_RE = re.compile(
    r"\b(?:hostages?|captives?|abductees?|kidnapped|abducted|kidnap victims?)\b", re.I
)


def freed_people(text: str, t: Hit, c: Counted) -> bool:
    """Whether the people a transfer word moves are freed ones: 'transferred 117 released
    prisoners', '1,056 former detainees' (handed over or flown home, not moved from one jail
    to another), or hostages handed or turned over to the police or the authorities (their
    captors' hands are no jail: 'twelve hostages were handed over to the authorities')."""
    if _FREED_CARRIED_RE.search(text, c.start, c.end):
        return True
    return (
        t.text.lower().startswith(("handed", "turned"))
        and _CAPTIVES_RE.search(text, c.start, c.end) is not None
    )
