"""Tallies told by 'the number of': a count of people held, freed or dead that a sentence
gives with no custody verb of its own ('The number of prisoners in its jails exceeded
9,500'), and the kind of happening such a tally counts whatever verb is near it ('the number
of freed captives rose to 56': releases; 'the number of its staff held by the group':
people held now). Read by ``sentence``."""

from __future__ import annotations

import re

from custody.extract.counts import tally_since
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention, SentenceFacts, mention_for, one_operations_arrests
from custody.extract.phrases import Counted, Hit
from custody.extract.regex import contains_any

_NUMBER_HINT_RE = re.compile(r"\b(?:number|total|tally|toll)\b")


def number_hint(low: str) -> bool:
    """'the number of', 'a total of', 'the toll': a tally may be stated here (``low``:
    the sentence lower-cased)."""
    return contains_any(low, ("number", "total", "tally", "toll")) and bool(
        _NUMBER_HINT_RE.search(low)
    )


def snapshots(lex: Lexicon, facts: SentenceFacts, published: str | None) -> list[Mention]:
    """'The number of prisoners in occupation jails exceeded 9,500': a tally with no custody verb."""
    out: list[Mention] = []
    for c in facts.counted:
        if not c.rules[0].startswith("number-of"):
            continue
        since = tally_since(lex, facts.sentence.text, c)
        type_ = (
            since
            or lex.tally_types.get(c.noun.lower())
            # 'put the number of detainees at 180 soldiers': the tally's own noun tells it
            or lex.tally_types.get(c.rules[0].rsplit(" ", 1)[-1].split(":")[-1].lower())
            or _told_kind(facts, c)
        )
        if type_ is None:
            continue
        rule = f"number-of:{c.noun.lower()}" + (" (told since a time)" if since else "")
        hit = Hit(type_, "intrans", c.start, c.end, c.noun, rule)
        m = mention_for(lex, facts, c, hit, published)
        if m is None:
            continue
        if type_ != "holding" and not one_operations_arrests(facts.sentence.text, c.start):
            m.aggregate = True
            m.rules["aggregate"] = "aggregate:number-of tally"
        out.append(m)
    return out


def _told_kind(facts: SentenceFacts, c: Counted) -> str | None:
    """A bare running total ('The release was the fourth, taking the total to 210') is a
    total of what the sentence's one custody word before it tells."""
    if c.noun != "people":
        return None
    kinds = {t.type for t in facts.triggers if t.end <= c.start}
    return next(iter(kinds)) if len(kinds) == 1 and kinds <= {"release", "detention"} else None


_DIED_IN_RE = re.compile(
    r"\b(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:died|been killed|were killed|perished)\b"
)
_FREED_TALLY_RE = re.compile(
    r"(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:the\s+)?"
    r"(?:freed|released|rescued|recovered|returned|repatriated|liberated)\b"
)
"""A tally whose people are named by how they were freed ('the number of freed
captives'), a participle before the noun."""
_HELD_NOW_RE = re.compile(
    r"\b(?:held|still held|being held|in (?:detention|custody|captivity)|behind bars)\b"
    r"|\b(?:they|it|he|she|we|group|militia|rebels|movement)\s+(?:(?:still|now)\s+)?"
    r"(?:holds?|(?:are|is)\s+holding)\b"  # ('the number of UN staff they hold')
)


def tally_trigger(lex: Lexicon, c: Counted, t: Hit) -> Hit:
    """'the number of martyrs ... rises to 68' is a death tally whatever verb is near."""
    if not c.rules[0].startswith("number-of"):
        return t
    np_text = c.rules[0].split(":", 1)[1].lower()
    if _DIED_IN_RE.search(np_text):
        # 'the number of prisoners who died in custody rose to 80': a toll of deaths
        return Hit("death_in_custody", "intrans", c.start, c.end, c.noun, "number-of:died")
    if t.type != "release" and _FREED_TALLY_RE.match(np_text):
        # 'the total number of recovered students to 56 out of 121 abducted': a tally
        # of people freed, whatever verb is near
        return Hit("release", "passive", c.start, c.end, c.noun, "number-of:freed")
    if (
        t.type != "holding"
        and _HELD_NOW_RE.search(np_text)
        and lex.tally_types.get(c.noun.lower()) != "death_in_custody"
    ):  # ('the number of deaths in detention' counts deaths)
        # 'bringing to 23 the number of its employees held by the group': who is held now
        return Hit("holding", "passive", c.start, c.end, c.noun, "number-of:held")
    kind = lex.tally_types.get(c.noun.lower())
    # (a custody word inside the phrase names the tally's kind, but 'deaths in custody'
    # counts deaths whatever custody word it holds)
    inside = t.text.lower() in np_text and kind != "death_in_custody"
    if kind in (None, "holding") or kind == t.type or inside:
        return t
    return Hit(kind, "intrans", c.start, c.end, c.noun, f"number-of:{c.noun.lower()}")
