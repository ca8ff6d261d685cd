"""A mention's status and whether it is a running total: the cue tables of
``lexicons/cues.json`` read against the words around a custody word.

``detect_status`` tells what happened from what is planned, demanded, denied or
supposed; ``detect_aggregate`` tells a running total ('so far', 'since ...' with a
perfect tense, a death toll) from one happening.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from custody.calendar import CALENDAR
from custody.extract.gate import compile_gated
from custody.extract.lexicon import Lexicon
from custody.extract.objects import EACH_SIDE
from custody.extract.phrases import Counted, Hit, SentenceFacts
from custody.extract.regex import compile_fast, lowered

_IF_RE = compile_fast(r"\b(?:if|unless)\b", re.I)
_BELIEF_RE = compile_gated(
    r"\b(?:believed|thought|said|reported|feared|known|presumed|understood|estimated|claims?|claimed|claiming)\s+to\s+(?:be|have)\b",
    re.I,
)


_WILL_HAVE_RE = compile_gated(r"\bwill have\b")
# 'were the first to be freed', 'is the fifth American to be freed': a rank among
# those it happened to, no plan (the past verb before it tells the tense)
_RANK_TO_BE_RE = compile_gated(
    r"\b(was|were|is|are)\s+(?:among\s+)?the\s+(?:first|last|latest|only|final|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?to\s+be\b",
    re.I,
)


# a source's anonymity: 'an official, who asked not to be named, said 40 were freed' asks for
# nothing the record tells
_ANONYMITY_RE = compile_gated(
    r"\b(?:asked|asking|requested|requesting)\s+(?:not\s+to\s+be\s+(?:named|identified)"
    r"|to\s+remain\s+anonymous|anonymity)\b",
    re.I,
)


# a concessive clause tells another fact, not the custody word's: '64 soldiers came home,
# although the talks had been suspended in April'
_CONCEDED_RE = compile_fast(r"\b(?:although|though|despite|in spite of|whereas)\b[^;]*$", re.I)


def detect_status(lex: Lexicon, window: str, full_clause: str) -> tuple[str, str]:
    window = _BELIEF_RE.sub(" ", window)  # 'are believed to be held' is a report, not a plan
    window = _WILL_HAVE_RE.sub("have", window)  # '15 hostages will have come home': a tally
    window = _RANK_TO_BE_RE.sub(r"\1", window)  # 'were the first to be freed': they were
    window = _ANONYMITY_RE.sub(" ", window)  # 'who asked not to be named': no demand
    low = lowered(window)
    for status in ("denied", "hypothetical", "demanded", "planned"):
        any_re = lex.status_before_any.get(status)
        m = any_re.search(window, low) if any_re else None
        if m and status == "planned" and _IF_RE.search(full_clause):
            # 'they would free Lindqvist if Washington released ...': a condition, not a plan
            # ('had freed 113 ..., and offered to release 200 more if ...' stays what happened)
            return "hypothetical", "cues.json:hypothetical:if"
        if m and status == "planned" and _modifies_people(window, m):
            # '16 of the 33 captives due under the deal have been returned': the cue tells
            # of the people; the custody word's own tense tells what happened
            blank = window[: m.start()] + " " * len(m.group(0)) + window[m.end() :]
            return detect_status(lex, blank, full_clause)
        if m:
            later = _coordinated_after(lex, window, m, status)
            if later is not None:
                return later
            return status, f"cues.json:{status}:{m.group(0)}"
        for pattern in lex.status_around.get(status, []):
            m = pattern.search(full_clause)
            if m and not _CONCEDED_RE.search(full_clause, 0, m.start()):
                return status, f"cues.json:{status}:{m.group(0)}"
    return "occurred", ""


_AND_RE = compile_fast(r"\b(?:and|but)\b|;")


def _coordinated_after(
    lex: Lexicon, window: str, m: re.Match[str], status: str
) -> tuple[str, str] | None:
    """Another status's cue after ``m`` beyond an 'and' ('denied the charges and
    demanded his release'): the verb coordinated last governs the custody word."""
    if not _AND_RE.search(window, m.end()):
        return None
    for other in ("denied", "hypothetical", "demanded", "planned"):
        any_re = lex.status_before_any.get(other)
        if other == status or any_re is None:
            continue
        m2 = any_re.combined.search(window, m.end())  # (rare: no gate needed)
        if m2 and _AND_RE.search(window, m.end(), m2.start()):
            return other, f"cues.json:{other}:{m2.group(0)} (after '{m.group(0)}' and)"
    return None


def holding_status(window: str, status: str, rule: str) -> tuple[str, str]:
    """A holding is a snapshot of people held now: a plan its clause tells is about them,
    not to hold them ('six of the 70 captives still held are due out on Friday'), unless the
    holding itself is what is planned ('will be kept in custody')."""
    if status == "planned" and not _HOLD_PLANNED_RE.search(window):
        return "occurred", "holding: a plan about people held is no plan to hold them"
    return status, rule


_HOLD_PLANNED_RE = compile_fast(
    r"\b(?:will|would|to|shall)\s+(?:\w+\s+)?(?:be\s+)?(?:held|kept|detained|jailed|"
    r"imprisoned|remain|stay|hold|keep|detain)\b",
    re.I,
)


_MODIFIER_CUES = frozenset(("due", "expected", "scheduled", "slated", "earmarked", "eligible"))
"""Planned cues that can stand after a noun as its modifier ('the prisoners due for
release', 'the captives expected in the first phase')."""
_BEFORE_MODIFIER_RE = compile_fast(r"[a-z]\s+$")
_PREDICATE_BEFORE_RE = compile_fast(
    r"\b(?:is|are|was|were|be|been|being|am|not|now|still|also|and|or|as|who|which|that)\s+$",
    re.I,
)
_OWN_PAST_RE = compile_fast(
    r"\b(?:(?:have|has|had)\s+(?:now\s+|so far\s+|all\s+|already\s+|also\s+)?been|were|was)"
    r"\s+(?:\w+ly\s+)?[\w-]+\b"
)


def _modifies_people(window: str, m: re.Match[str]) -> bool:
    """The planned cue after a noun (no verb before it), and a finite past or perfect
    after it in the window ('... due under the deal have been returned': the clause's
    own verb), or another verb it governs ('a strike scheduled to coincide with ...')."""
    word = m.group(0).split()[0].lower() if m.group(0).strip() else ""
    before = window[max(0, m.start() - 12) : m.start()]
    return (
        word in _MODIFIER_CUES
        and bool(_BEFORE_MODIFIER_RE.search(before))
        and not _PREDICATE_BEFORE_RE.search(before)
        and bool(_OWN_PAST_RE.search(window, m.end()) or _OTHER_VERB_RE.match(window, m.end()))
    )


_OTHER_VERB_RE = re.compile(
    r"\s+to\s+(?!be\b|(?:free|release|return|hand|swap|exchange|transfer|come|go|walk|leave"
    r"|arrive|get|bring|reach|receive|deport|repatriate|rejoin|reunite)\w*\b)[a-z]+\b"
)


_PERFECT_BEFORE_RE = compile_fast(
    # 'have been freed', 'has facilitated the release of': a perfect before the custody word
    r"\b(?:has|have|had)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+|[a-z]+ed\s+(?:the\s+|to\s+)?)?$",
    re.I,
)
_PERFECT_WORD_RE = re.compile(r"(?:has|have|had)\b", re.I)
_PRESENT_RELEASE_RE = re.compile(
    r"(?:frees|releases|returns|repatriates|brings\s+(?:home|back))", re.I
)
"""A headline's present tense ('Ukraine returns 1,138 POWs since March'): what has been done."""
_HAD_BEFORE_RE = compile_fast(r"\bhad\s+(?:\w+\s+)?$")
TOLL = "aggregate:death toll in a perfect tense"


_HELD_WORD_RE = re.compile(
    r"\b(?:detained|arrested|held|jailed|imprisoned|kidnapped|abducted|captured|missing|in captivity"
    r"|in custody|in detention|behind bars)\b",
    re.I,
)
"""The people's own custody told after the custody word: a 'since' after it tells how
long they were held ('freed a couple detained in Kabul since February'). The same word
told before the custody word was tried ('a couple held since May were freed'): dev and
the blind quarter lost records."""


def detect_aggregate(lex: Lexicon, sentence_part: str, clause: str, t: Hit) -> str | None:
    """Running totals: 'so far', 'in total', 'bringing to', 'since ...' with a perfect tense."""

    def perfect() -> bool:  # asked only when it decides something: most clauses have no cue
        return bool(
            _PERFECT_BEFORE_RE.search(
                sentence_part[: t.start] if t.start < len(sentence_part) else ""
            )
        ) or bool(_PERFECT_WORD_RE.match(t.text) or _PRESENT_RELEASE_RE.fullmatch(t.text))

    if not lex.aggregate_any.search(clause) and not lex.aggregate_any.search(
        sentence_part[: t.start]
    ):
        patterns: list[re.Pattern[str]] = []
    else:
        patterns = lex.aggregate
    lo = len(sentence_part) - len(clause)  # where the clause starts in the sentence
    for pattern in patterns:
        src, at = clause, lo
        m = pattern.search(clause)
        if m is None and pattern.pattern in lex.aggregate_wide:
            src, at = sentence_part[: t.start], 0
            m = pattern.search(src)
        if m and not _no_total_here(lex, sentence_part, src, at, m, t, perfect):
            return f"cues.json:aggregate:{m.group(0)}"
    if t.type == "detention":
        for pattern in lex.aggregate_arrests:  # 'arrested 20,000 since October 2023'
            m = pattern.search(clause)
            if m:
                return f"cues.json:aggregate_arrests:{m.group(0)}"
    if (
        t.type == "death_in_custody"
        and t.text.lower() in ("died", "deaths")
        and perfect()
        and not _HAD_BEFORE_RE.search(sentence_part[: t.start])
    ):
        # 'at least 60 have died in custody': a toll; 'had died inside the facility': what happened
        return TOLL
    return None


def _no_total_here(
    lex: Lexicon,
    sentence_part: str,
    src: str,
    at: int,
    m: re.Match[str],
    t: Hit,
    perfect: Callable[[], bool],
) -> bool:
    """Whether the aggregate cue ``m`` (found in ``src``, which starts at ``at`` in the
    sentence) tells no running total for the custody word ``t``."""
    if _ranked(lex, src, m.start()):
        return True  # 'the largest group so far', 'the 58th exchange since ...': a batch
    if (
        at + m.end() <= t.start
        and m.group(0).lower() == "this year"
        and _TAKEN_JUST_BEFORE_RE.search(src, 0, m.start())
    ):
        return True  # 'two aid workers kidnapped early this year have been freed': when
        # they were taken, not a running total of the release after it
    if _OWN_SINCE_RE.match(m.group(0)) and not t.start <= at + m.start() < t.end:
        return True  # '52 pardoned on Thursday join 314 others released since July': the
        # running total of the participle before 'since', not of another custody word
    if m.group(0).lower() == "already" and _ON_A_DAY_RE.search(sentence_part, t.end):
        return True  # 'had already handed over 10 prisoners on December 4': a batch of its day
    if _RELATIVE_WORD_RE.search(sentence_part, max(t.end, at), at + m.start()):
        return True  # 'released 153 detainees who took part in military operations': the
        # relative clause tells who they are, not a running total of the release
    if _TIME_CLAUSE_BEFORE_RE.search(sentence_part, at + m.end(), t.start):
        return True  # 'has now freed seven in the last three days after the rebels released
        # three on Friday': the custody word tells the batch of its own time clause
    if (
        any(p.fullmatch(m.group(0)) for p in lex.aggregate_perfect)
        and t.type != "death_in_custody"
        and not perfect()
    ):
        return True  # 'held since 2014', 'released a total of 14 Israelis': no total
    # 'on hunger strike since May', 'freed a couple detained in Kabul since February':
    # how long they were held, not a running total
    return _PERIOD_CUE_RE.match(m.group(0)) is not None and (
        t.type == "hunger_strike"
        or _HELD_WORD_RE.search(sentence_part, max(t.end, at), at + m.start()) is not None
    )


_PERIOD_CUE_RE = re.compile(r"since\b|in recent\b", re.I)
"""Cues that tell a period: after a word of being held that follows the custody word, how
long the people were held ('freed 153 prisoners detained during the war in recent
years'), not a running total of the release."""


def _ranked(lex: Lexicon, text: str, cue_start: int) -> bool:
    """Whether the aggregate cue at ``cue_start`` closes a ranking of the happening
    ('the largest group so far'): cues.json aggregate_ranked, just before the cue."""
    before = text[max(0, cue_start - 50) : cue_start]
    return any(p.search(before) for p in lex.aggregate_ranked)


_TAKEN_JUST_BEFORE_RE = compile_fast(
    r"\b(?:kidnapped|abducted|detained|arrested|seized|captured|held|jailed|imprisoned|taken)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_MONTHS = "|".join(CALENDAR["months"])
_ON_A_DAY_RE = re.compile(
    rf"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:{_MONTHS})\s+\d{{1,2}}\b"
    rf"|\d{{1,2}}\s+(?:{_MONTHS}))|\bearlier\s+in\s+(?:{_MONTHS})\b"
)
"""One day or month told after the custody word ('on December 4', 'on Friday', 'earlier in
December')."""
_RELATIVE_WORD_RE = re.compile(r"\b(?:who|whom|whose)\b", re.I)
_OWN_SINCE_RE = re.compile(r"(?:[a-z]+ed|brought\s+(?:back|home))\s+since\b", re.I)
"""An aggregate cue of a custody participle and 'since' ('released since July'): the
running total of that participle only (cues.json aggregate)."""
_TIME_CLAUSE_BEFORE_RE = re.compile(r"\b(?:after|once|before)\s+(?:[\w'-]+\s+){0,5}$", re.I)
"""A time clause whose verb is the custody word: its happening is not the running total
told before it."""


_EACH_RE = compile_fast(r"\beach\b", re.I)
_EACH_AFTER_RE = re.compile(r"\s+each\b", re.I)


_OTHER_SIDE_RE = re.compile(r"\b(?:for|with)\s+$")
"""'swapped 40 for 40': the count after 'for' is the other side's."""


_SWAP_INVOLVING_RE = re.compile(
    r"\b(?:exchanges?|swaps?)\b[^.;]{0,90}?\b(?:(?:that|which)\s+)?(?:involving|involved)\s+"
    r"(?:(?:some|about|around|a total of|more than|at least|nearly|almost|over)\s+)?$"
)
_BOTH_SIDES_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:on|from|of|by)\s+both\s+sides\b")


def swap_total(
    lex: Lexicon, facts: SentenceFacts, c: Counted | None, t: Hit, lo: int, hi: int
) -> str | None:
    """'Russia and Ukraine swapped 190 prisoners', 'an exchange of 180 POWs between
    Russia and Ukraine', '206 POWs were exchanged': a swap's count, told without 'each'
    or a counterpart ('for 95 ...'), is both sides together (cues.json: swap_total)."""
    cues = lex.swap_total
    if c is not None and _BOTH_SIDES_AFTER_RE.match(facts.sentence.text, c.end):
        return "cues.json:swap_total:of-both-sides"  # 'freed 900 detainees on both sides'
    if (
        c is not None
        and "involv" in facts.sentence.text
        and _SWAP_INVOLVING_RE.search(facts.sentence.text, max(0, c.start - 120), c.start)
    ):
        return "cues.json:swap_total:involving"  # 'a swap involving 24 people': both sides
    if c is None or "trigger" not in cues or not cues["trigger"].match(t.text):
        return None
    text = facts.sentence.text
    if EACH_SIDE in c.rules or _EACH_AFTER_RE.match(text, c.end):
        return None  # 'about 200 prisoners each had been exchanged': one side's count
    gap = text[t.end : c.start] if c.start >= t.end else text[c.end : t.start]
    if len(c.nationality) == 1 or len(gap) > 25 or re.search(r"[,;:()]", gap):
        return None  # '175 Ukrainians': one side; the swap word must govern the count
    after = text[c.end : hi] if c.start > t.start else text[t.end : hi]
    if (
        is_each(text, t)
        or cues["one_side_after"].match(after)
        or _OTHER_SIDE_RE.search(text, max(0, c.start - 12), c.start)
    ):
        return None
    if cues["between"].search(text[lo:hi]):
        return "cues.json:swap_total:between"
    both = cues.get("both_sides")
    if both is not None and both.search(text, lo, t.start):
        return "cues.json:swap_total:two-sides"  # 'the warring parties completed the exchange'
    sides = {
        a.actor
        for a in facts.actors
        if lo <= a.start and a.end <= t.start and a.actor not in lex.mediation_only
    }
    if len(sides) >= 2:
        return "cues.json:swap_total:two-sides"
    if t.voice == "passive" and c.end <= t.start and not re.match(r"\s+by\b", text[t.end : hi]):
        return "cues.json:swap_total:passive"
    return None


def is_each(text: str, t: Hit) -> bool:
    return bool(_EACH_RE.search(text[max(0, t.start - 12) : t.start]))
