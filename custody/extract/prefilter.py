"""The document prefilter: a cheap test that a document may be about custody at all.

Most news is not, and most of the time of a mixed stream goes into saying so. The test
looks for custody words anywhere, or a release/hold verb next to a counted group of
people. The words are found in one pass of an Aho-Corasick automaton (pyahocorasick)
when it is installed, else by substring tests; both give the same answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from custody.extract.lexicon import word_lists
from custody.extract.regex import aho_corasick, compile_fast, inside_word

_HANDS_RE = compile_fast(r"\bin \w+ hands\b")
# no '\b' in front: the engine then skips ahead to an 'r', 'f' or 'h' at C speed
# (twice as fast); the word boundary before is checked on each match instead
_WEAK_VERB_RE = re.compile(
    r"(?:releas\w*|freed|frees|holds|holding|held|returned|handed)\b(?! up| talks)"
)
_PEOPLE = (
    r"(?:people|persons|prisoners|detainees|hostages|captives|soldiers|servicemen|civilians|women|"
    r"children|men|journalists|workers|nationals|citizens|students|pupils|sailors|crew|members|"
    r"officers|activists|fishermen|villagers|residents|[a-z]+(?:ans|is|ese|ers))"
)
_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty|a dozen|dozens)"
_NUM_START_RE = re.compile(rf"\b(?=[\dotfsenad])(?:{_NUM})\b")
_COUNTED_PEOPLE_RE = re.compile(rf"\b{_NUM}\s+(?:[a-z-]+\s+){{0,2}}{_PEOPLE}\b(?!\s+trapped)")
_NAME_FREED_RE = compile_fast(  # 'Evan Gershkovich was freed'
    r"[A-Z][a-z]+\s+(?:was|has been|had been)\s+(?:released|freed|set free)\b"
)
_AUX_BEFORE_RE = compile_fast(r"\b(?:was|were|been|being|is|are)\s+$")
_PEOPLE_FREED_RE = re.compile(
    rf"\b{_PEOPLE}\s+(?:[a-z]+\s+){{0,3}}(?:was|were|been|being|is|are)\s+(?:released|freed|set free)\b"
)
_FREED_SOMEONE_RE = re.compile(
    r"\b(?:released|freed|frees)\s+(?:the\s+)?(?:journalist|activist|blogger|businessman|aid worker|"
    r"dissident|opposition|lawyer|teacher|citizen|national|American|British|French|German)\b"
    r"|\b(?:released|freed)\s+(?:by|from)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:released|freed|frees)\s+[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?(?:(?:al|bin|de|van)[-\s])?[A-Z][a-z]"  # 'freed Romi Gonen'
)


def may_be_custody(text: str) -> bool:
    """Cheap test that a document may be about custody at all: most news is not.
    Custody words anywhere, or a release/hold verb next to a counted group of people."""
    low = text.lower()
    strong, prison, hands, verbs = _scan(low) or _scan_by_substrings(low)
    if strong:
        return True
    if prison and low.count("prison") > low.count("took no prison"):
        return True
    if hands and _HANDS_RE.search(low):
        return True
    return _near_verbs(text, low, verbs)


def _scan_by_substrings(low: str) -> tuple[bool, bool, bool, list[int]]:
    """What _scan finds, with substring searches and a regular expression (no automaton)."""
    if any(word in low for word in word_lists().custody_words):
        return True, False, False, []
    verbs = [m.end() for m in _WEAK_VERB_RE.finditer(low) if not inside_word(low, m.start())]
    return False, "prison" in low, " hands" in low, verbs


_WEAK_STEMS = ("releas", "freed", "frees", "hold", "held", "returned", "handed")
_STRONG, _PRISON, _HANDS, _WEAK = range(4)


@lru_cache(maxsize=1)
def _automaton() -> Any:
    """All the words the test looks for, in one automaton; None without pyahocorasick."""
    return aho_corasick(
        [
            *((word, (_STRONG, word)) for word in word_lists().custody_words),
            ("prison", (_PRISON, "prison")),
            (" hands", (_HANDS, " hands")),
            *((stem, (_WEAK, stem)) for stem in _WEAK_STEMS),
        ]
    )


def _scan(low: str) -> tuple[bool, bool, bool, list[int]] | None:
    """(a strong custody word, 'prison', ' hands', where each release/hold verb ends),
    from one pass over ``low``; None when the automaton is not available."""
    auto = _automaton()
    if auto is None:
        return None
    prison = hands = False
    verbs: list[int] = []
    for end, (kind, word) in auto.iter(low):
        if kind == _STRONG:
            return True, prison, hands, verbs
        if kind == _PRISON:
            prison = True
        elif kind == _HANDS:
            hands = True
        else:
            at = end - len(word) + 1
            if inside_word(low, at):
                continue  # 'unreleased'
            m = _WEAK_VERB_RE.match(low, at)
            if m:
                verbs.append(m.end())
    verbs.sort()
    return False, prison, hands, verbs


def _near_verbs(text: str, low: str, verbs: list[int]) -> bool:
    for v in verbs:
        num = _NUM_START_RE.search(low, v, v + 40)
        if num and _COUNTED_PEOPLE_RE.match(low, num.start()):
            return True
    for word in ("released", "freed", "set free"):
        at = low.find(word)
        while at >= 0:
            if _AUX_BEFORE_RE.search(low, max(0, at - 12), at) and (
                _PEOPLE_FREED_RE.search(low, max(0, at - 80), at + len(word) + 1)
                or _NAME_FREED_RE.search(text, max(0, at - 40), at + len(word) + 1)
            ):
                return True
            if _FREED_SOMEONE_RE.match(text, at):
                return True
            at = low.find(word, at + 1)
    return False
