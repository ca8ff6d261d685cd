"""Whether a name goes on the list of the name before it: 'A and B', 'politician A,
blogger B', 'A and former Marine B', 'A, a 29-year-old Russian-Israeli, B' (named.py)."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.names import NameHit, person_cues


def listing(lex: Lexicon, text: str, prev: NameHit | None, h: NameHit) -> tuple[bool, bool]:
    """Whether ``h`` goes on the list of ``prev`` ('A and B', 'politician A, blogger B'),
    and whether it does after an age ('A, a 29-year-old Russian-Israeli, B')."""
    if prev is None:
        return False, False
    listed = _LIST_GAP_RE.fullmatch(text, prev.end, h.start) is not None or _role_listed(
        lex, text, prev.end, h.start
    )
    return listed, _AGED_LIST_GAP_RE.fullmatch(text, prev.end, h.start) is not None


_LIST_GAP_RE = re.compile(
    # 'A and B', 'A, B', 'A and Swedish-Iranian dual national B' (not 'A and his lawyer B')
    # ('A and former Marine B')
    r",?\s+(?:and|as\s+well\s+as)\s+(?!(?:his|her|their|its)\b)(?:[a-z-]+\s+){0,2}?(?:[A-Z][\w-]*\s+)?"
    r"(?:[a-z-]+\s+){0,3}|,\s+"
)
# the same after an age and a word or two, or a relative clause ('freed three hostages,
# A, a 29-year-old Russian-Israeli, B, 46, and C', 'include A, who ..., and B'): one
# batch's people
_AGED_LIST_GAP_RE = re.compile(
    r"(?:,\s*(?:(?:a|an)\s+)?\d{1,3}(?:-year-old)?(?:\s+[\w-]+){0,2}|,\s+who\s+[^;:()]{1,100}?)"
    # ('A, 28; B, 22; and C, 58': a list set apart by semicolons)
    r"(?:" + _LIST_GAP_RE.pattern + r"|;\s+(?:and\s+)?)"
)
_ROLE_GAP_RE = re.compile(r",?\s+(?:and\s+)?((?:[a-z-]+\s+){1,3})")


def _role_listed(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """'A, philosopher B and blogger C': the next name of a list after its own role words
    (names.json roles)."""
    gap = _ROLE_GAP_RE.fullmatch(text, start, end)
    return gap is not None and gap.group(1).split()[-1] in person_cues(lex).role_set
