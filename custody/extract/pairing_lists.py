"""People listed with the people counted before them ('freed 250 prisoners, 1,700
Palestinians detained in Gaza and 22 minors'), and a relative clause that tells of the
people counted just before it: the coordination tests of ``pairing``."""

from __future__ import annotations

import re

from custody.extract.phrases import Counted, Hit, SentenceFacts

COORD_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|plus\s+|&\s+)$", re.I)
_PARTICIPLE_PHRASE_THEN_COORD_RE = re.compile(
    r"(?:\s+[^.;,]{1,60}?)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?(?:bodies|remains)\s+of\s+)?"
)
_PHRASE_THEN_AS_WELL_AS_RE = re.compile(r"\s+[^.;,]{1,80}?,?\s+as well as\s+", re.I)
_COORD_BODIES_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:the\s+)?(?:bodies|remains)\s+of\s+", re.I
)


def listed_with(facts: SentenceFacts, previous: tuple[Counted, Hit], c: Counted) -> bool:
    """Whether people ``c`` are listed with the ones before them: 'and', a comma, 'as well
    as' between them, or only a participle phrase of the ones before ('freed 250 prisoners,
    1,700 Palestinians detained in Gaza and 22 minors': the 22 were freed too)."""
    gap = facts.sentence.text[previous[0].end : c.start]
    if COORD_RE.match(gap) or _COORD_BODIES_RE.fullmatch(gap):
        return True
    inside = [t for t in facts.triggers if previous[0].end < t.start and t.end <= c.start]
    if not inside and _PHRASE_THEN_AS_WELL_AS_RE.fullmatch(gap):
        return True  # '250 Palestinians serving life terms, as well as 1,700 ...'
    return (
        len(inside) == 1
        and inside[0].voice == "passive"
        and inside[0] is not previous[1]
        and not gap[: inside[0].start - previous[0].end].strip()
        and _PARTICIPLE_PHRASE_THEN_COORD_RE.fullmatch(gap, inside[0].end - previous[0].end)
        is not None
    )


_GROUPS_RELATIVE_RE = re.compile(r",?\s*(?:who|that)\s+(?:were|are|have been|had been)\s+$")


def relative_of_counted(text: str, start: int, t: Hit, counted: list[Counted]) -> bool:
    """'X was kidnapped in 2015 alongside two Canadians who were beheaded': the custody
    word of a relative clause tells of the people counted just before it, not of X
    (named before ``start``)."""
    return t.start > start and any(
        start <= c.start and _GROUPS_RELATIVE_RE.fullmatch(text, c.end, t.start) is not None
        for c in counted
    )
