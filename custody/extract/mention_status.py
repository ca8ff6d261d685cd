"""A mention's status, read in the words that govern its custody word: the clause
without the relative clauses about the people, what a reporting participle tells,
the tense of the swap a noun is the other side of (``status.detect_status`` reads
the cue tables)."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.phrases import Hit
from custody.extract.regex import compile_fast
from custody.extract.sense import Where
from custody.extract.status import detect_status, holding_status
from custody.extract.told_before import ELLIPTIC_RULE


def status_at(lex: Lexicon, w: Where) -> tuple[str, str, str]:
    """The status of the mention ``w`` tells, the rule that set it, and the window of
    words it was read in: what happened, or what is planned, demanded, denied, supposed."""
    t = w.t
    window = w.text[w.lo : max(w.p_end, t.end)]
    rel = _RELATIVE_PAST_RE.search(w.text, w.lo, t.start)
    if rel:  # 'will review the cases of 2,400 people who were detained': what happened to them
        window = w.text[rel.start() : max(w.p_end, t.end)]
    elif w.c is not None and ELLIPTIC_RULE in w.c.rules and t.start >= w.c.end:
        # 'Of the 1,000 prisoners Israel agreed to free, 390 were released': the number
        # and its own verb tell what happened to them, not the group's clause before
        window = w.text[w.c.start : max(w.p_end, t.end)]
    elif (t.voice == "noun" or t.text.endswith("ing")) and _IN_EXCHANGE_FOR_RE.search(
        w.text, max(0, t.start - 50), t.start
    ):
        # 'will hand over 600 prisoners in exchange for the release of 300' (or 'in return
        # for Riyadh releasing 300'): the swap's other side, in the tense of the clause that
        # tells the swap
        window = w.text[: max(w.p_end, t.end)]
    elif told := _told_from(w.text, w.lo, t.start):
        # 'made the announcement on Tuesday, saying forces arrested 200': what was told
        # has its own tense
        window = w.text[told : max(w.p_end, t.end)]
    status, status_rule = detect_status(lex, window, window if rel else _own_clause(w.clause, t))
    if status == "demanded" and (
        t.type in ("holding", "death_in_custody")
        or (t.type == "detention" and _RELEASE_ASKED_RE.search(w.text, w.lo, t.start))
    ):
        # 'the court demanded a report on 23 prisoners held in Baku', 'appealed for the
        # release of X, abducted in May', 'called for an inquiry into the death in custody of
        # X': the demand is about people held (or dead), not to hold them (or for a death)
        status, status_rule = "occurred", "a demand about people held is no demand to hold them"
    if t.type == "holding":
        status, status_rule = holding_status(window, status, status_rule)
    if t.type == "hunger_strike" and _ENDING_STRIKE_RE.search(
        w.text, max(0, t.start - 40), t.start
    ):
        # 'agreed to end his 140-day hunger strike': the strike is what happened; ending it
        # is the plan
        status, status_rule = "occurred", "hunger strike being ended: it was under way"
    return status, status_rule, window


_ENDING_STRIKE_RE = re.compile(
    r"\b(?:end|ends|ended|ending|stop|stops|stopped|suspend|suspends|suspended|break|broke|"
    r"halt|halted|call off|called off)\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)

_RELEASE_ASKED_RE = re.compile(r"\b(?:release|freedom|return|freeing)\s+of\b", re.I)
_SAYING_RE = compile_fast(r",\s+(?:saying|adding|stating)\s+(?:that\s+)?", re.I)


def _told_from(text: str, lo: int, at: int) -> int:
    """Where the words a reporting participle tells start (', saying that ...'), when one
    stands between ``lo`` and ``at``; else 0."""
    found = 0
    if text.find("ing", lo, at) >= 0:
        for m in _SAYING_RE.finditer(text, lo, at):
            found = m.end()
    return found


# a custody verb in the past of a relative clause: its own tense, not the main clause's
_RELATIVE_PAST_RE = compile_fast(
    r"\b(?:who|whom|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:were|was|been)\s+(?:\w+ly\s+|also\s+)?$",
    re.I,
)


_RELATIVE_PASSIVE_RE = re.compile(
    r"\b(?:whose\s+[\w-]+|who|which)\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?\w+"
)


def _own_clause(clause: str, t: Hit) -> str:
    """The clause without the relative clauses that tell of the people, not of the custody
    word ('The 620 prisoners whose release was delayed were freed': freed, not delayed)."""
    if "wh" not in clause:
        return clause
    return _RELATIVE_PASSIVE_RE.sub(
        lambda m: m.group(0) if t.text in m.group(0) else " " * len(m.group(0)), clause
    )


_IN_EXCHANGE_FOR_RE = compile_fast(  # (a gerund's subject: 'in return for Riyadh releasing')
    r"\b(?:in exchange for|in return for)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){0,2}$", re.I
)
