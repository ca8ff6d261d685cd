"""Where freed people were carried from: 'the group was taken from Khartoum to Wad Madani',
'the released persons were transported from Khartoum to Wad Madani'. A conveyance told
from one place to another starts where the people were freed or handed over; the place
they were carried to is only their destination (a transfer's place, not a release's)."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.location import place_named_at
from custody.extract.regex import may_hold

_FROM_RE = re.compile(
    r"\b(?:taken|transported|transferred|driven|bussed|bused|flown|moved|carried|evacuated)"
    r"\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?(?=[A-Z])"
)
_TO_AFTER_RE = re.compile(r"\s*,?\s+(?:on\s+to|to|into)\s+")


def conveyed_from(lex: Lexicon, text: str) -> tuple[str, str] | None:
    """(place, rule) of the first place freed people were carried from to another, in
    ``text``; None when the text tells no such conveyance."""
    if not may_hold(text, ("from",)):
        return None
    for m in _FROM_RE.finditer(text):
        found = place_named_at(lex, text, m.end())
        if found and _TO_AFTER_RE.match(text, found[2]):
            return found[0], f"place-phrase:carried-from-to:{found[1]}"
    return None


__all__ = ["conveyed_from"]
