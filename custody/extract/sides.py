"""The two sides of a swap a record's people are of (people.json 'side'): an armed
group's captives, a state's prisoners, fighters and suspects."""

from __future__ import annotations

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.told_before import ELLIPTIC_RULE


def side_of(lex: Lexicon, m: Mention) -> str | None:
    """The side of a swap the people's noun names (people.json 'side'), if any; for a
    number told without its noun ('Of the hostages, 59 remain'), the noun before it."""
    if m.count is None:
        return _named_side(lex, m)
    noun = m.count.noun
    if ELLIPTIC_RULE in m.count.rules:
        told = list(lex.noun_re.finditer(m.sentence.text, 0, m.count.start))
        noun = told[-1].group(0) if told else noun
    return lex.noun_side.get(noun.lower())


def _named_side(lex: Lexicon, m: Mention) -> str | None:
    """'A third hostage, X': a named person told as an armed group's captive is of that
    side of a swap (the captives'; a 'prisoner X' may be told beside fighters held by
    the same state, so that side is left to the counted)."""
    text = m.sentence.text
    at = text.find(m.names[0]) if m.names else -1
    if at < 0:
        return None
    nouns = list(lex.noun_re.finditer(text, max(0, at - 30), at))
    if not nouns or text[nouns[-1].end() : at].strip(" ,") not in ("", "of"):
        return None
    side = lex.noun_side.get(nouns[-1].group(0).lower())
    return side if side == "captives" else None


def sides_differ(lex: Lexicon, a: Mention, b: Mention) -> bool:
    """Whether two mentions' people are of the two sides of a swap ('released 110
    prisoners, hours after three hostages were handed over')."""
    sa, sb = side_of(lex, a), side_of(lex, b)
    return sa is not None and sb is not None and sa != sb
