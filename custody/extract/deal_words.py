"""The words of deals that several deal passes read: a release under an accord (the accord
told in its sentences, the next sentence, or as a state's concession), a deal's name, and a
swap's count that is one side's told loosely (custody/extract/deals.py)."""

from __future__ import annotations

import re

from custody.extract.gate import compile_gated
from custody.extract.mentions import Mention
from custody.extract.text import Sentence

_NOT_OF_THE_NAME = frozenset(
    ("of", "in", "under", "as", "to", "for", "by", "with", "on", "a", "an")
)


def deal_name(found: str) -> str:
    """A deal's name without the function word the name pattern may take before it
    ('in deal' -> 'deal', 'of agreements' -> 'agreements')."""
    first, _, rest = found.partition(" ")
    return rest if rest and first.casefold() in _NOT_OF_THE_NAME else found


# the next sentence takes the release up as its subject: 'The move came as part of a deal
# brokered by ...', 'The release took place as part of agreements with ...'
_TAKEN_UP_RE = re.compile(
    r"(?:The|This|That|Their|Its)\s+(?:[\w-]+\s+)?(?:move|release|releases|step|gesture|measure|pardons?|decision)\b"
)


def accord_told_next(r: Mention, sents: list[Sentence]) -> str | None:
    """The accord a release is part of, told in the sentence right after the release's
    own, which takes the release up as its subject; that sentence's text, or None."""
    nxt = max(r.sentence_indexes()) + 1
    if nxt >= len(sents) or not _TAKEN_UP_RE.match(sents[nxt].text):
        return None
    return sents[nxt].text if ACCORD_RE.search(sents[nxt].text) else None


# people freed for a state's concession: 'in exchange for the lifting of sanctions', 'in
# return for its removal from the list of sponsors of terrorism' (told anywhere in the
# release's sentences)
_CONCESSION = (
    r"\bin (?:exchange|return) for (?:the |its |their |a |an )?(?:[\w-]+\s+){0,2}?"
    r"(?:lifting|removal|exclusion|easing|unfreezing|delisting)\b"
)
CONCESSION_RE = re.compile(_CONCESSION, re.I)
ACCORD_RE = compile_gated(
    r"\b(?:agreement|deal|accord|truce|arrangement|understanding)s? under which\b"
    r"|\bunder (?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}(?:agreement|deal|accord|truce|arrangement|protocol|memorandum)s?\b"
    r"|\bin (?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:deal|swap|exchange|agreement|accord)\s+(?:brokered|mediated|facilitated|negotiated|sponsored|arranged)\b"
    # 'as part of a swap deal', 'as part of agreements with Washington', 'The measure is part
    # of the agreement signed ...'
    r"|\b(?:as|is|was|are|were) part of (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:deal|swap|exchange|agreement|accord|truce)s?\b"
    r"|\bimplementation of the\s+(?:[\w-]+\s+){0,3}(?:deal|agreement|accord|exchange)\b"
    r"|\b(?:exchange|swap|prisoner) deal\b"
    # 'a deal has been reached to free two citizens': the deal is told by what it frees
    r"|\b(?:deal|agreement|accord)\s+(?:has been|have been|was|had been|is)\s+(?:reached|struck|agreed|signed)\s+"
    r"(?:(?:on|in|late|early|last|this)\s+\w+\s+|\w+day\s+)?to\s+(?:free|release|secure)\b"
    # 'The deal, finalized by the administration, saw about 80 nationals repatriated': the deal
    # told as what freed them
    r"|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord)\b[^.;]{0,90}?"
    r"\b(?:saw|sees|freed|frees|secured|brought|brings)\b" + "|" + _CONCESSION,
    re.I,
)


def sides_told_as_one(total: Mention, found: list[Mention]) -> bool:
    """A swap's count read as both sides together ('Russia and Ukraine have exchanged 103
    prisoners', 'exchange over 100 prisoners') that is no more than one side's count of an
    exchange the document tells side by side ('103 Ukrainians for 103 Russians'), told before
    or among that exchange's sides: each side's count told loosely, not their sum."""
    if not total.aggregate or total.count is None:
        return False
    if not total.rules.get("aggregate", "").startswith(_SWAP_TOTAL):
        return False
    for deal in found:
        counts = [s.count.value for s in deal.sides if s.count is not None]
        told = [i for s in deal.sides for i in s.sentence_indexes()]
        if (
            len(counts) == 2
            and total.count.value <= min(counts)
            and max(total.sentence_indexes()) <= max(told)
        ):
            return True
    return False


_SWAP_TOTAL = "cues.json:swap_total"


__all__ = ["ACCORD_RE", "CONCESSION_RE", "accord_told_next", "deal_name", "sides_told_as_one"]
