"""Counted people a custody word does not govern, whatever the distance: who tells of
them ('..., a resident said'), what was not done ('instead of 28 bodies'), the agent
('surrounded by some 600 people'), another verb's object ('killing 270'), a number of
people left unknown ('it is unclear how many were taken'); the first tests of
``pairing._pair_score``."""

from __future__ import annotations

import re

from custody.extract.gate import compile_gated
from custody.extract.phrases import Counted, Hit
from custody.extract.regex import compile_fast
from custody.extract.told_before import ELLIPTIC_RULE

_OTHER_VERB_RE = compile_gated(
    r"\b(?:killed|kill|kills|killing|neutrali[sz]ed?|neutrali[sz]ing|eliminated|eliminating|wounded|wounding|injured|injuring|"
    r"displaced|evacuated|treated|employed|registered|trained|recruited|feeding|fed|vaccinated|housed|sheltering|"
    # the victims of a crime someone is jailed for: 'life imprisonment for the murder of an officer'
    r"(?:murder|killing|killings|assassination|stabbing|shooting|attacks?|assault)\s+(?:of|on)(?:\s+the)?)\s+"
    r"(?:(?:at least|more than|about|around|some|nearly|over|up to)\s+)?$",
    re.I,
)
# a count that its own verb of harm follows ('one officer was wounded'): not the people
# of a custody word before it
OWN_OTHER_VERB_AFTER_RE = re.compile(
    r"\s+(?:was|were|(?:had|has|have)(?:\s+not)?(?:\s+yet)?\s+been)\s+(?:\w+\s+)?[\"“]?(?:killed|wounded|"
    r"injured|hurt|shot dead|shot|recogni[sz]ed|designated|registered|sentenced|convicted|charged|"
    r"displaced|dismissed|suspended|fired|sacked|purged|presented|tried|prosecuted|indicted|"
    r"granted(?!\s+(?:an?\s+|the\s+)?(?:amnesty|pardons?|clemency|bail|parole|release|freedom)\b))\b"
)
"""The counted people's own verb, no custody word: 'Minsk pardoned 40 people, while 900
were sentenced' does not give the 900 the 'pardoned' before them."""
_ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s+$", re.I)
_INSTEAD_OF_RE = compile_gated(
    r"\b(?:[Ii]nstead of|rather than|in place of)\s+(?:the\s+)?(?:some\s+|about\s+|at least\s+)?$"
)
_BY_AGENT_RE = compile_fast(
    # (not 'followed by four more on Saturday': the next batch of a series)
    r"(?<!followed )\bby\s+(?:an?\s+(?:[\w-]+\s+)?(?:group|crowd|mob|band)\s+of\s+)?[\"“]?"
    r"(?:some\s+|about\s+|around\s+|at least\s+|more than\s+|nearly\s+|up to\s+)?$"
)
_HOW_MANY_RE = re.compile(r"\bhow many\b", re.I)
_WITH_KIN_RE = re.compile(r"\bwith\s+(?:his|her|their)\s+$", re.I)
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:said|says|told|added|recalled|explained)\b")
_SPEAKS_LATER_RE = re.compile(
    r"(?:\s+(?!(?:who|that|which|and|or|was|were|is|are|had|has|have)\b)[\w'’-]+){1,5}"
    r"\s+(?:said|says|told|added|recalled|explained)\b"
)


_TO_BE_DONE_RE = re.compile(
    r"\s+to\s+be\s+(?:jailed|imprisoned|sentenced|tried|charged|prosecuted|remanded|deported"
    r"|expelled|executed|questioned|interrogated)\b"
)


def not_its_people(text: str, c: Counted, t: Hit) -> bool:
    """Whether counted people ``c`` cannot be the people of custody word ``t``."""
    if c.article and (
        _SPEAKS_AFTER_RE.match(text, c.end)
        or (
            text[max(0, c.start - 2) : c.start].startswith(",")
            and _SPEAKS_LATER_RE.match(text, c.end)
        )
    ):
        return True  # 'released 14 of the victims, a resident said': who tells it (', a
        # lawyer working with them said' too)
    if c.article and _ACCORDING_TO_RE.search(text, max(0, c.start - 16), c.start):
        return True  # 'According to a resident, the gunmen kidnapped ...': who tells it
    if _INSTEAD_OF_RE.search(text[max(0, c.start - 25) : c.start]):
        return True  # 'instead of 28 bodies, it handed over four coffins': not what was done
    if t.type != "hunger_strike" and _BY_AGENT_RE.search(text[max(0, c.start - 25) : c.start]):
        return True  # 'surrounded by some 600 people': the agent, not the people held ('a
        # hunger strike by five prisoners': the strikers)
    if t.type == "death_in_custody" and _WITH_KIN_RE.search(text, max(0, c.start - 20), c.start):
        return True  # 'a mother, with her four sons, died in jail': the dead one's kin
    if _OTHER_VERB_RE.search(text[max(0, c.start - 25) : c.start]):
        return True  # 'neutralised 181 terrorists', 'killing 270': another verb's object
    if t.start >= c.end and (own := _TO_BE_DONE_RE.match(text, c.end)) and own.end() <= t.start:
        return True  # 'ordered 18 of them to be jailed pending trial and released 21': the
        # 18's own verb, not the custody word after it
    if _HOW_MANY_RE.search(text, min(c.end, t.end), max(c.start, t.start)):
        return True  # 'some 300 are missing, and it is unclear how many were taken': no count
    return False


_NO_OBJECT_AFTER_RE = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:since|from|to|in|on|at|after|by|during|under|over|through|via)\b"
)
AUX_WORD_RE = compile_fast(r"(?:were|was|are|is|have|has|had)\b", re.I)  # (pairing.py too)
PASSIVE_AUX_AT_END_RE = compile_fast(r"\b(?:were|was|have been|has been|had been)\s+$")


def own_clause_before(text: str, t: Hit, gap: str) -> bool:
    """Whether a passive custody word closes a clause of its own before the people after
    ``gap``: 'two were killed and three others were arrested'; 'some 300 were freed, but
    about 1,100 others remain behind bars' (after 'but', its auxiliary may be in the word)."""
    aux = PASSIVE_AUX_AT_END_RE.search(text, max(0, t.start - 20), t.start) is not None
    if _AND_RE.search(gap):
        return aux
    return _BUT_RE.search(gap) is not None and (aux or AUX_WORD_RE.match(t.text) is not None)


_AND_RE = re.compile(r"\band\b")
_BUT_RE = re.compile(r"\bbut\b")


def participle_of(text: str, o: Counted, t: Hit) -> bool:
    """A bare participle right after other people ('5,000 prisoners returned since') tells
    of them only."""
    return (
        t.voice == "passive" and not text[o.end : t.start].strip() and not AUX_WORD_RE.match(t.text)
    )


def own_bare_participle(text: str, c: Counted, t: Hit, gap: str) -> bool:
    """'among more than 4,000 brought back since 2022', '4,000 prisoners brought back from
    Russia': a bare participle right after the people, with no object after it, describes
    them (a recipient's word, 'Kyiv brought back 4,000', has its people after it)."""
    return not gap.strip() and (
        c.rules[1:2] == [ELLIPTIC_RULE] or _NO_OBJECT_AFTER_RE.match(text, t.end) is not None
    )


def held_group_after(text: str, c: Counted, t: Hit, gap: str) -> bool:
    """'N of the M hostages still held in Gaza are alive': a bare participle or 'still in'
    right after the group of M tells that they are held (a reduced relative; the main
    verb, after it, tells of the N)."""
    return (
        t.type == "holding"
        and t.voice == "passive"
        and not gap.strip()
        and not AUX_WORD_RE.match(t.text)
        and bool(_OF_THE_N_BEFORE_RE.search(text, max(0, c.start - 60), c.end))
    )


# the group of 'N of the M people': 'of the' and the M right before the people's end
_OF_THE_N_BEFORE_RE = re.compile(r"\bof\s+the\s+(?:\d[\d,]*|[a-z]+)\s+[^,;.]{1,30}$")


_ARRIVED_AFTER_RE = re.compile(
    r"\s+(?:(?:have|has|had|finally|safely|later|then)\s+){0,2}"
    r"(?:arrived|landed|touched down|flew (?:home|back|in)|returned home|came home|reached|"
    r"crossed (?:back )?(?:over |in)?to|stepped off|disembarked|boarded|"
    r"(?:were|was) (?:\w+ )?(?:welcomed|greeted|met|received) (?:by|at|in)\b)\b"
)
_FREED_WORDS = ("freed", "released", "liberated")


def arrived_freed(text: str, c: Counted, t: Hit) -> float | None:
    """'Twelve freed hostages landed in Paris', 'a plane carrying the 39 freed hostages
    touched down': people a release word describes, who then arrive, tell their release
    (an arrival alone frees no one: sense._no_release)."""
    if not (c.start < t.start and t.end <= c.end and t.text.lower() in _FREED_WORDS):
        return None
    return 30.0 if _ARRIVED_AFTER_RE.match(text, c.end) else None


RELEASES_INCLUDED_RE = re.compile(
    r"^\s+(?:included|includes|include|involved|involves|involve)\s+"
    r"(?:(?:some|about|around|at least|more than|nearly|over)\s+)*$"
)
"""'The releases included 50 prisoners': the released are those counted (a swap that
'included two civilians' tells a part of its batch)."""
