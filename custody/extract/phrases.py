"""Phrase finders inside one sentence: custody words, actors, and the facts of a
sentence (with its counted people, from ``counted.py``).

Every finder returns offsets relative to the sentence text and the name of
the rule or lexicon entry that fired, so records can explain themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from custody.documents.datelines import dateline_end
from custody.extract.counted import QUALIFIERS, Counted
from custody.extract.counts import find_counted
from custody.extract.lexicon import Lexicon
from custody.extract.regex import _ODD_FOLDS, compile_fast, contains_any, lowered
from custody.extract.substrings import Substrings
from custody.extract.text import Sentence

__all__ = [
    "QUALIFIERS",
    "ActorHit",
    "Counted",
    "Hit",
    "SentenceFacts",
    "find_actors",
    "find_counted",
    "find_triggers",
    "resolve_context",
    "sentence_facts",
    "triggers_by_sentence",
]


@dataclass
class Hit:
    type: str
    voice: str
    start: int
    end: int
    text: str
    rule: str

    # (written out: mypyc compiles this one, where the one dataclasses writes is run as
    # Python at each: docs/benchmark.md, fifteenth session)
    def __init__(self, type: str, voice: str, start: int, end: int, text: str, rule: str) -> None:
        self.type = type
        self.voice = voice
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule


@dataclass
class ActorHit:
    actor: str
    start: int
    end: int
    text: str
    rule: str

    def __init__(self, actor: str, start: int, end: int, text: str, rule: str) -> None:
        self.actor, self.start, self.end, self.text, self.rule = actor, start, end, text, rule


_ARTICLE_BEFORE_RE = compile_fast(r"\b(?:the|their|his|her|its|our)\s+$", re.I)
_NOUN_AFTER_RE = re.compile(r"\s+[a-z][\w-]*\s+(?!by\b|in\b|on\b|at\b|from\b|during\b)")
# the people told before are the ones freed: '... arrived in Ramallah after their release'
_AFTER_OWN_RELEASE_RE = compile_fast(r"\b(?:after|following|upon)\s+their\s+$", re.I)
_DETERMINER_RE = compile_fast(
    r"\b(?:the|a|an|their|his|her|its|our|this|these|those|whose|any|every|further|immediate|swift|safe)\s+(?:[\w-]+\s+)?$|['’]s\s+$"
    r"|\bin\s+(?:prisoner\s+|POW\s+|hostage\s+)?$",  # 'freed X in prisoner swap
    re.I,
)


_FREES_BEFORE_RE = compile_fast(r"\b(?:frees|freed|free|releases|released|release)\s+$", re.I)
_WORD_AFTER_RE = re.compile(r"\s+[A-Za-z][\w-]*\s+(?!by\b|in\b|on\b|at\b|from\b|during\b|for\b)")
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w'’-]*\s+$")
_LOWER_WORD_BEFORE_RE = re.compile(r"\b[a-z][\w'’-]*\s+$")
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")
_IN_BEFORE_RE = re.compile(r"(?<![\w'’-])[Ii]n $")


def triggers_by_sentence(lex: Lexicon, text: str, sents: list[Sentence]) -> list[list[Hit]]:
    """Custody words of every sentence, found in one pass over the document."""
    starts = [s.start for s in sents]
    out: list[list[Hit]] = [[] for _ in sents]
    for h in find_triggers(lex, text, starts):
        i = bisect_right(starts, h.start) - 1
        if i < 0:
            continue
        sent = sents[i]
        if sent.start <= h.start and h.end <= sent.end:
            h.start -= sent.start  # (the hits are this call's own: moved, not copied)
            h.end -= sent.start
            out[i].append(h)
    return out


_NO_OBJECT_AFTER_RE = re.compile(
    r"\s*(?:$|[,.;:]|(?:in|on|at|after|by|from|near|as|when|following|over|overnight)\b)"
)


def find_triggers(lex: Lexicon, text: str, starts: list[int] | None = None) -> list[Hit]:
    """Custody words in ``text``; ``starts`` are sentence starts when ``text`` is a
    whole document (a word's context then stops at its sentence)."""
    hits = _trigger_matches(lex, text)
    if not hits:
        return hits
    kept_hits: list[Hit] = []
    for h in hits:
        floor = starts[bisect_right(starts, h.start) - 1] if starts else 0
        if _a_custody_word_here(lex, text, h, hits, floor):
            kept_hits.append(h)
    # the longest match at a place wins ('transferred to the Red Cross' is a release)
    kept_hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in kept_hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept


def _trigger_matches(lex: Lexicon, text: str) -> list[Hit]:
    """Every match of a custody word's pattern, where the index says one may start."""
    hits: list[Hit] = []
    low = lowered(text)
    index = lex.trigger_index
    for pos, candidates in index.starts(low) if low is not None else index.places_in_text(text):
        for i in candidates:
            trig = lex.triggers[i]
            m = trig.pattern.match(text, pos)
            if m:
                hits.append(Hit(trig.type, trig.voice, m.start(), m.end(), m.group(0), trig.source))
    for trig in lex.trigger_always:
        for m in trig.pattern.finditer(text):
            hits.append(Hit(trig.type, trig.voice, m.start(), m.end(), m.group(0), trig.source))
    return hits


def _a_custody_word_here(lex: Lexicon, text: str, h: Hit, hits: list[Hit], floor: int) -> bool:
    """Whether the match ``h`` (of ``hits``, in the sentence from ``floor``) tells custody
    where it stands; its voice is set by its context on the way."""
    before = text[max(floor, h.start - 40) : h.start]
    if (
        before.endswith(("in ", "In "))
        and _IN_BEFORE_RE.search(before[-4:])
        and h.text.lower().startswith(("exchange", "return"))
    ):
        return False  # 'in exchange', 'in return' (not a name's end: 'Aung Shin returned')
    if (
        (h.voice == "noun" or h.text.endswith(("ing", "ings")))
        and text.startswith(":", h.end)
        and h.start - floor <= 40
    ):
        return False  # a headline's topic before a colon: 'Nigeria kidnapping: 20 freed'
    if h.text[:1].isupper() and h.start > floor and _CAPITAL_BEFORE_RE.search(before):
        return False  # inside a proper name: 'National Liberation Army
    if (
        h.text[:1].isupper()
        and _LOWER_WORD_BEFORE_RE.search(before)
        and _CAPITAL_AFTER_RE.match(text, h.end)
    ):
        return False  # a name's first word mid-sentence: 'the Bring Back Our Girls campaign'
    if (
        h.voice == "active"
        and h.text.lower() in ("set free", "let go")
        and _NO_OBJECT_AFTER_RE.match(text, h.end)
    ):
        h.voice = "passive"  # '12 worshippers set free in Kaduna': its participle
    elif (
        h.type == "release"
        and _AFTER_OWN_RELEASE_RE.search(before)
        and not any(floor <= o.start < h.start for o in hits)
    ):  # (after another custody word, 'their release' is its people's: pronouns.py)
        h.voice = "intrans"  # '110 prisoners reached Ramallah after their release': freed
    elif h.voice == "active" and _DETERMINER_RE.search(before):
        h.voice = "noun"  # 'the releases came as ...', 'their release'
    elif (
        h.type == "release"
        and h.voice in ("active", "passive")
        and (lex.own_people.match(text, h.end))
    ):
        h.voice = "recipient"  # 'Ukraine returned 207 of its defenders': it got them back
    elif (
        h.voice == "passive"
        and h.type in ("detention", "holding")
        and (
            (_ARTICLE_BEFORE_RE.search(before) and _NOUN_AFTER_RE.match(text, h.end))
            or (_FREES_BEFORE_RE.search(before) and _WORD_AFTER_RE.match(text, h.end))
        )
    ):
        return False  # 'the detained journalist', 'frees detained Australian X': an adjective
    return True


def find_actors(lex: Lexicon, text: str, context: dict[str, str]) -> list[ActorHit]:
    out: list[ActorHit] = []
    # the country of a wire dateline ('PORT-AU-PRINCE, Haiti, Aug 2, 2023 - A gang ...')
    # is where the story was filed, no party to it
    for m in actor_matches(lex, text, _dateline_end(text)):
        if m.group("cs"):
            name = lex.actor_alias.get(m.group("cs"))
            rule = f"actors:{m.group('cs')}"
        else:
            key = m.group("ci").lower()
            name = lex.actor_alias.get(key) or context.get(key)
            rule = f"actors:{key}" if key in lex.actor_alias else f"context:{key}"
        if name and not (
            lex.not_the_state_before.match(text, m.end()) and name in lex.country_names.values()
        ):  # 'a Haiti gang': where the gang is, not the state
            out.append(ActorHit(name, m.start(), m.end(), m.group(0), rule))
    return out


_DATELINE_MARKS = ("-", "–", "—", "(")
"""What every wire dateline holds: its dash, or the brackets of its outlets and date."""


def _dateline_end(text: str) -> int:
    """``dateline_end(text)``, asked only of a sentence that may open with a dateline (a
    capital first, a dash or a bracket in it): most sentences cannot, and the datelines'
    reader is Python, not compiled."""
    if not text[:1].isupper() or not contains_any(text, _DATELINE_MARKS):
        return 0
    return dateline_end(text)


def actor_matches(lex: Lexicon, text: str, start: int = 0) -> list[re.Match[str]]:
    """``lex.actor_re.finditer(text, start)``: the pattern tried only where one of its
    aliases starts in the lower-cased text (one automaton's pass, ``lex.actor_places``),
    not at every capital and every letter an alias in any case may start with. A text
    whose lower case moves its offsets, or holding a letter re.IGNORECASE matches to
    another ASCII one ('ı'), is searched as written (tests/test_substrings.py)."""
    index = lex.actor_places
    low = lowered(text) if index is not None else None
    if index is None or low is None or (not text.isascii() and contains_any(text, _ODD_FOLDS)):
        return list(lex.actor_re.finditer(text, start))
    found: list[re.Match[str]] = []
    end = start
    for pos, _ in index.places(low):
        if pos >= end:
            m = lex.actor_re.match(text, pos)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def resolve_context(lex: Lexicon, doc_text: str) -> dict[str, str]:
    """Ambiguous aliases ('the regime', 'the militia') resolved for this document."""
    resolved: dict[str, str] = {}
    found = _context_cues(lex).found_in(doc_text)
    for alias, cues in lex.context.items():
        actors = {actor for cue, actor in cues.items() if cue in found}
        if len(actors) == 1:
            resolved[alias] = actors.pop()
    return resolved


@lru_cache(maxsize=4)
def _context_cues(lex: Lexicon) -> Substrings:
    """Every cue of the ambiguous aliases, each looked for once ('Assad' is a cue of several
    aliases), all in one pass over the document."""
    return Substrings(c for cues in lex.context.values() for c in cues)


@dataclass
class SentenceFacts:
    """What one sentence holds; its actors are found only when a rule asks for them."""

    sentence: Sentence
    counted: list[Counted]
    triggers: list[Hit]
    lex: Lexicon | None = None
    context: dict[str, str] = field(default_factory=dict)
    found_actors: list[ActorHit] | None = None

    def __init__(
        self,
        sentence: Sentence,
        counted: list[Counted],
        triggers: list[Hit],
        lex: Lexicon | None = None,
        context: dict[str, str] | None = None,
        found_actors: list[ActorHit] | None = None,
    ) -> None:  # (written out, as Hit's is)
        self.sentence, self.counted, self.triggers, self.lex = sentence, counted, triggers, lex
        self.context = {} if context is None else context
        self.found_actors = found_actors

    @property
    def actors(self) -> list[ActorHit]:
        if self.found_actors is None:
            assert self.lex is not None
            self.found_actors = find_actors(self.lex, self.sentence.text, self.context)
        return self.found_actors


def sentence_facts(
    lex: Lexicon, sent: Sentence, context: dict[str, str], triggers: list[Hit] | None = None
) -> SentenceFacts:
    """What a sentence holds; ``triggers`` when already found for the whole document."""
    if triggers is None:
        triggers = find_triggers(lex, sent.text)
    return SentenceFacts(sent, find_counted(lex, sent.text), triggers, lex, context)


_FOR_BEFORE_RE = compile_fast(r"\bfor\s+(?:the\s+)?$", re.I)
_TO_BETWEEN_RE = re.compile(r"\s+to\s+")
_WITH_BEFORE_RE = compile_fast(r",\s+with\s+$", re.I)


def verbal_subject(text: str, before: str, a: ActorHit, trig: Hit) -> str | None:
    """Whether actor ``a``, after a preposition (``before`` its words), is the subject of
    custody word ``trig`` all the same: 'for' ('The deal calls for the Taliban to free
    1,000 soldiers': an infinitive right after it) or 'with' ('..., with Ukraine
    transferring an equal number': a participle right after it); None otherwise."""
    if _FOR_BEFORE_RE.search(before):
        return "for" if _TO_BETWEEN_RE.fullmatch(text, a.end, trig.start) else None
    if (
        _WITH_BEFORE_RE.search(before)
        and not text[a.end : trig.start].strip()
        and trig.text.lower().endswith("ing")
    ):
        return "with"
    return None


_AUTHORITY_OF_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[a-z]+\s+)?(?:rulers|government|authorities|junta|regime|leadership)"
    r"\s+of\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:to|with|by|from|of|for|in|at|on|against)\s+$", re.I)


def authority_of(lex: Lexicon, text: str, lo: int, end: int) -> tuple[str, str] | None:
    """'The military rulers of Myanmar have ordered the release of ...': a state named by
    its rulers or government 'of' it, as the subject before ``end``."""
    for m in _AUTHORITY_OF_RE.finditer(text, lo, end):
        country = lex.country_names.get(m.group(1))
        if country and not _PREPOSITION_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            return country, f"holder:subject:authority-of:{m.group(1)}"
    return None


_IN_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|into|near)\s+(?:the\s+)?$", re.I)


def may_stand_for(lex: Lexicon, text: str, a: ActorHit) -> bool:
    """Whether a pronoun may stand for actor ``a`` as the one who acts: not a mediating
    state, nor a place ('a meeting in Sweden where they planned to release')."""
    return a.actor not in lex.mediation_only and not _IN_PLACE_BEFORE_RE.search(
        text, max(0, a.start - 8), a.start
    )
