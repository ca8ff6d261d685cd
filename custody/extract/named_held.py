"""Named people the words right before them tell held or taken: 'Hamas-held Gilad Shalit'
(held now), 'released the detained deputy of the X party, Y' (Y was taken)."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention, SentenceFacts, mention_for
from custody.extract.names import NameHit
from custody.extract.phrases import Hit

_HELD_BEFORE_RE = re.compile(
    r"(?:\b(?P<holder>[\w]+)-|\bstill\s+)(?P<held>held)\s+(?:[\w-]+\s+){0,2}$"
)


def held_by(
    lex: Lexicon, facts: SentenceFacts, h: NameHit, published: str | None
) -> Mention | None:
    """'Hamas-held Gilad Shalit', 'rebel-held X': the person is held, by the actor named
    before 'held' when it is one."""
    text = facts.sentence.text
    m = _HELD_BEFORE_RE.search(text, max(0, h.start - 50), h.start)
    if m is None:
        return None
    hit = Hit("holding", "passive", m.start("held"), m.end("held"), "held", "names:held-before")
    held = mention_for(lex, facts, None, hit, published, (h.name, h.start, h.end, h.rule))
    if held is None:
        return None
    actor = m.group("holder") and lex.actor_alias.get(m.group("holder"))
    held.holder, held.holder_rule = (
        (actor, f"holder:held-by:{m.group('holder')}")
        if actor
        else (None, "holder:held-by-unnamed")
    )
    held.status, held.rules["status"] = "occurred", "names:held-before (held now)"
    return held


_TAKEN_BEFORE_RE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?P<taken>detained|arrested|abducted|kidnapped)\s+"
    r"(?P<role>[a-z]+)\b[^.;:]{0,60}$"
)


def taken_before(
    lex: Lexicon, facts: SentenceFacts, h: NameHit, published: str | None
) -> Mention | None:
    """'released the detained deputy of the X party, Y': the participle before the role
    of one freed tells that Y was taken (a detention of Y, day untold); 'called for the
    release of the detained journalist Y' tells only that Y is held."""
    text = facts.sentence.text
    m = _TAKEN_BEFORE_RE.search(text, max(0, h.start - 90), h.start)
    if m is None or m.group("role") not in lex.person_words["roles"]:
        return None
    if any(t.start <= m.start("taken") < t.end for t in facts.triggers):
        return None  # the custody word found already tells of it
    if not any(
        t.type == "release" and t.voice != "noun" and 0 <= m.start() - t.end <= 3
        for t in facts.triggers
    ):
        return None  # only one freed was taken: 'called for the release of the detained X' is held
    hit = Hit(
        "detention",
        "passive",
        m.start("taken"),
        m.end("taken"),
        m.group("taken"),
        "names:taken-before",
    )
    taken = mention_for(lex, facts, None, hit, published, (h.name, h.start, h.end, h.rule))
    if taken is None:
        return None
    taken.status, taken.rules["status"] = (
        "occurred",
        "names:taken-before (a participle: it happened)",
    )
    taken.date, taken.date_rule = None, ""  # the sentence's day is its main verb's
    return taken
