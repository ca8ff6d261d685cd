"""Whose people a state frees: a state that frees or brings back soldiers or dead of its
own got them back; it held no one (mentions' holder)."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.sense import Where

_OWN_FORCES = frozenset(("soldiers", "prisoners_of_war"))


def own_forces_back(lex: Lexicon, w: Where, holder: str) -> bool:
    """'Ukraine has repatriated 757 fallen Ukrainian soldiers': a state freeing soldiers or dead
    of its own got them back (it holds its own political prisoners: 'Belarus freed 52 ...')."""
    c = w.c
    if w.t.type != "release" or c is None or not (c.deceased or _OWN_FORCES & set(c.categories)):
        return False
    if (  # 'Ukraine returns bodies of 212 fallen soldiers': its own dead, brought home
        c.deceased
        and not c.nationality
        and _FALLEN_RE.search(w.text, c.start, c.end)
        and _BRINGS_BACK_RE.match(w.t.text)
        and not _TO_SOMEONE_RE.match(w.text, c.end)
    ):
        return True
    return any(lex.demonym_country.get(n) == holder for n in c.nationality)


def own_people_told(lex: Lexicon, w: Where, holder: str) -> bool:
    """'Ukraine said 175 were freed, bringing to 5,757 the number of Ukrainians returned':
    a state that tells of its own nationals freed got them back (not 'Russia said it had
    freed 50 Russians': 'it' is who frees)."""
    c = w.c
    if w.t.type != "release" or c is None:
        return False
    if not any(lex.demonym_country.get(n) == holder for n in c.nationality):
        return False
    return any(
        a.actor == holder
        and a.end <= w.t.start
        and _SPEAKS_RE.match(w.text, a.end) is not None
        and _ITSELF_RE.search(w.text, a.end, w.t.start) is None
        for a in w.facts.actors
    )


# the actor is the subject of a verb of speech ('Ukraine said', 'Kyiv has announced')
_SPEAKS_RE = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|announced|reported)\b")
_ITSELF_RE = re.compile(r"\b(?:it|they|we)\b")
_FALLEN_RE = re.compile(r"\bfallen\b", re.I)
_BRINGS_BACK_RE = re.compile(r"(?:return|repatriat|br(?:ing|ought)\w*\s+(?:back|home))", re.I)
_TO_SOMEONE_RE = re.compile(
    r"[^.;]{0,40}?\bto\s+(?!(?:their|its|our|the)\s+(?:homeland|home|families|relatives|native))",
    re.I,
)
