"""A mention's status and whether it is a running total: the cue tables of
``lexicons/cues.json`` read against the words around a custody word.

``detect_status`` tells what happened from what is planned, demanded, denied or
supposed; ``detect_aggregate`` tells a running total ('so far', 'since ...' with a
perfect tense, a death toll) from one happening.
"""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.phrases import Hit
from custody.extract.regex import compile_fast, lowered

_IF_RE = compile_fast(r"\b(?:if|unless)\b", re.I)
_BELIEF_RE = compile_fast(
    r"\b(?:believed|thought|said|reported|feared|known|presumed|understood|estimated|claims?|claimed|claiming)\s+to\s+(?:be|have)\b",
    re.I,
)


_WILL_HAVE_RE = re.compile(r"\bwill have\b")


def detect_status(lex: Lexicon, window: str, full_clause: str) -> tuple[str, str]:
    window = _BELIEF_RE.sub(" ", window)  # 'are believed to be held' is a report, not a plan
    window = _WILL_HAVE_RE.sub("have", window)  # '15 hostages will have come home': a tally
    low = lowered(window)
    for status in ("denied", "hypothetical", "demanded", "planned"):
        any_re = lex.status_before_any.get(status)
        m = any_re.search(window, low) if any_re else None
        if m and status == "planned" and _IF_RE.search(full_clause):
            # 'they would free Lindqvist if Washington released ...': a condition, not a plan
            # ('had freed 113 ..., and offered to release 200 more if ...' stays what happened)
            return "hypothetical", "cues.json:hypothetical:if"
        if m:
            return status, f"cues.json:{status}:{m.group(0)}"
        for pattern in lex.status_around.get(status, []):
            m = pattern.search(full_clause)
            if m:
                return status, f"cues.json:{status}:{m.group(0)}"
    return "occurred", ""


_PERFECT_BEFORE_RE = compile_fast(
    r"\b(?:has|have|had)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+)?$", re.I
)
_PERFECT_WORD_RE = re.compile(r"(?:has|have|had)\b", re.I)
_HAD_BEFORE_RE = compile_fast(r"\bhad\s+(?:\w+\s+)?$")


def detect_aggregate(lex: Lexicon, sentence_part: str, clause: str, t: Hit) -> str | None:
    """Running totals: 'so far', 'in total', 'bringing to', 'since ...' with a perfect tense."""

    def perfect() -> bool:  # asked only when it decides something: most clauses have no cue
        return bool(
            _PERFECT_BEFORE_RE.search(
                sentence_part[: t.start] if t.start < len(sentence_part) else ""
            )
        ) or bool(_PERFECT_WORD_RE.match(t.text))

    if not lex.aggregate_any.search(clause) and not lex.aggregate_any.search(
        sentence_part[: t.start]
    ):
        patterns: list[re.Pattern[str]] = []
    else:
        patterns = lex.aggregate
    for pattern in patterns:
        m = pattern.search(clause) or (
            pattern.search(sentence_part[: t.start])
            if pattern.pattern in lex.aggregate_wide
            else None
        )
        if not m:
            continue
        if (
            m.group(0).lower() in ("since", "this year")
            and t.type != "death_in_custody"
            and not perfect()
        ):
            continue
        if t.type == "hunger_strike" and m.group(0).lower().startswith("since"):
            continue  # 'on hunger strike since May': how long, not a running total
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
        return "aggregate:death toll in a perfect tense"
    return None
