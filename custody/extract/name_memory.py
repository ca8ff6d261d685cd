"""What a document's earlier sentences teach about names: the short forms (a surname, a
first name) that stand for a full name told before."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.names import NameHit

_KIN_OF_RE = re.compile(
    r"\b(?:father|mother|son|daughter|brother|sister|husband|wife|parent|parents|uncle|aunt|"
    r"cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother)\s+of\b[^.;]{0,80}$"
)


def remember(lex: Lexicon, known: dict[str, str], hits: list[NameHit], text: str = "") -> None:
    """Learn the short forms of the full names of a sentence: each surname, and each first
    name (one first name of two people is no one's: its entry is left empty)."""
    for h in hits:
        parts = h.name.split()
        if h.rule.startswith("names:") and h.rule.split(":")[1] in _SHORT_RULES or len(parts) < 2:
            continue
        if not h.rule.startswith("names:kin-of") and not (
            text and parts[-1] in known and _KIN_OF_RE.search(text, max(0, h.start - 100), h.start)
        ):
            # (a relative's name keeps the family's for the first; so does a relative told as
            # someone's kin: 'X was the father of prisoner Sami X': X alone is still the father)
            known[parts[-1]] = h.name
        first = parts[0]
        if first in lex.not_name_words or first.lower() in lex.demonym or "." in first:
            continue
        if known.setdefault(first, h.name) not in (h.name, ""):
            known[first] = ""


_SHORT_RULES = ("surname-of", "first-name-of")


def surname_map(hits: list[NameHit]) -> dict[str, str]:
    out: dict[str, str] = {}
    for h in hits:
        parts = h.name.split()
        if len(parts) >= 2:
            out.setdefault(parts[-1], h.name)
    return out


def one_person(a: str, b: str) -> bool:
    """Whether two names tell one person: equal but for case, or one the other without
    its middle names ('Jamal Zawahreh', 'Jamal Hussein Zawahreh')."""
    x, y = a.lower().split(), b.lower().split()
    if x == y:
        return True
    if len(x) < 2 or len(y) < 2 or x[0] != y[0] or x[-1] != y[-1]:
        return False
    short, full = (x, y) if len(x) < len(y) else (y, x)
    at = 0
    for word in short:  # the short name's words, in order, among the full one's
        while at < len(full) and full[at] != word:
            at += 1
        at += 1
    return at <= len(full)


def fullest(names: list[str]) -> list[str]:
    """``names`` without those another, longer name of the list tells in full."""
    return [
        n
        for n in names
        if not any(len(o) > len(n) and one_person(n, o) for o in names if o is not n)
    ]
