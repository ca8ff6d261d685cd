"""People given in exchange for others: the other side's in a swap ('freed three
Israelis in exchange for 90 Palestinian prisoners', 'swapped for Viktor Bout'), whoever
the custody word's subject is; and the holder rules that say who does not hold them."""

from __future__ import annotations

import re

from custody.extract.phrases import Hit
from custody.extract.regex import compile_fast

_RETURN_FOR_RE = re.compile(
    r"\b(?:in return for|in exchange for|for)\s+(?:the\s+)?(?:release of\s+)?[^,;]*$", re.I
)
GIVEN_FOR_RE = re.compile(r"\s(?:in (?:return|exchange) )?for (?:(?:about|some|nearly|over) )?\d")


# 'in exchange for arms dealer Viktor Bout', 'swapped for 90 prisoners', 'traded 470
# fighters with 221 soldiers': whoever the
# custody word, these people are the other side's
_COUNTERPART_BEFORE_RE = compile_fast(
    r"\b(?:in exchange for|in return for|(?:swap(?:ped)?|traded|exchanged?) for"
    # 'traded 470 fighters with 221 of its prisoners': the other side's people
    r"|(?:swap(?:s|ped|ping)?|trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))\s[^,;.]{1,50}?\s(?:for|with))\s+"
    r"(?:the\s+)?(?:[\w.’'-]+\s+){0,3}$",
    re.I,
)

# holder rules that say the holder is known NOT to be the one the text names nearby
NO_HOLDER = "holder:none:"
OWN_SUBJECT = "contrast-clause-with-a-subject-of-its-own"
"""(after NO_HOLDER) a clause with a subject of its own after another party's: another side"""
HELD_BY_UNNAMED = NO_HOLDER + "held-by-an-unnamed-group"
"""'14 passengers abducted by gunmen': people held by a party the text does not name."""
TAKEN_BY_UNNAMED = NO_HOLDER + "taken-by-an-unnamed-group"
"""'Gunmen kidnapped 12 villagers': people taken by a party the text does not name."""
COUNTERPART_RULE = NO_HOLDER + "counterpart-of-exchange"


def swapped_for(text: str, start: int) -> bool:
    """Whether the people at ``start`` are given 'in exchange for' others (the other side's)."""
    return _COUNTERPART_BEFORE_RE.search(text, max(0, start - 60), start) is not None


def counterpart(text: str, t: Hit, span: tuple[int, int]) -> bool:
    """People given in return in a swap ('freed three Israelis in exchange for 90')."""
    return bool(
        (t.end <= span[0] and _RETURN_FOR_RE.search(text[t.end : span[0]]))
        or swapped_for(text, span[0])
    )
