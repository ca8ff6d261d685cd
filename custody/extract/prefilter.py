"""The document prefilter: a cheap test that a document may be about custody at all.

Most news is not, and most of the time of a mixed stream goes into saying so. The test
looks for custody words anywhere, or a release/hold verb next to a counted group of
people, or 'released'/'freed' after a group of people or a name. Every word it looks
for is found in one pass of an Aho-Corasick automaton (ahocorasick_rs, over the bytes of
an ASCII text) when it is installed, else by substring tests; both give the same answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from custody.extract.lexicon import word_lists
from custody.extract.regex import alternation, compile_fast, inside_word, lower_of

_HANDS_RE = compile_fast(r"\bin \w+ hands\b")
# no '\b' in front: the engine then skips ahead to an 'r', 'f' or 'h' at C speed
# (twice as fast); the word boundary before is checked on each match instead
_WEAK_VERB_RE = re.compile(
    r"(?:releas\w*|freed|frees|free|holds|holding|held|returned|returns?|returning|handed|deport\w*|"
    r"captur(?:ed|es|ing)|seiz(?:ed|es|ing)|round(?:s|ed|ing)? up|lock(?:s|ed|ing)? up|hands over"
    r"|(?:took|taken|led|carried|whisked) away)"
    r"\b(?! up| talks)"
)
_PEOPLE_NOUNS = word_lists().prefilter_people  # (words.json)
# 'Ukrainians', 'Israelis', 'Chinese', 'farmers', 'Britons'
_PEOPLE_ENDINGS = ("ans", "is", "ese", "ers", "ons")
# the nouns as a trie ('p(?:eople|ersons|...)'): 're' tries a plain alternation word by
# word at every place; the patterns below only ask whether a match exists, so the order
# of the words does not matter
_PEOPLE = rf"(?:{alternation(_PEOPLE_NOUNS)}|[a-z]+(?:{'|'.join(_PEOPLE_ENDINGS)}))"
_LEAD = 300
"""Where a document's headline and lead end, about: 'N people freed' is read only there."""
_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty|a dozen|dozens)"
# A number starting at a word's start, found with the character before it: a pattern
# opening with a character class lets the engine skip at one test a character to the
# next non-word character, instead of trying the whole pattern at each.
_NUM_AFTER_RE = re.compile(rf"\W(?=[\dotfsenad])(?:{_NUM})\b")
# ('three of 17 missionaries', 'two of the 17 hostages': some of a group)
_COUNTED = rf"\b{_NUM}\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:[A-Za-z-]+\s+){{0,3}}{_PEOPLE}"
_COUNTED_PEOPLE_RE = re.compile(rf"{_COUNTED}\b(?!\s+trapped)")
_COUNTED_BEFORE_RE = re.compile(rf"{_COUNTED}\s+$")  # people right before the word
_NAME_FREED_RE = compile_fast(  # 'Evan Gershkovich was freed'
    # (an appositive between: 'X, held in Iran for two years, has been released')
    r"[A-Z][a-z]+(?:,[^,.;]{3,80},)?\s+(?:was|has been|had been)\s+(?:released|freed|set free|captured)\b"
)
_NAME_HELD_RE = re.compile(
    r"[A-Z][a-z]+\s+(?:has|have|had)\s+(?:now\s+|already\s+|still\s+)?been\s+held\s+(?:captive\s+|hostage\s+)?(?:in|by|since|without)\b"
)
# '42 fishermen who had been held in Indian jails returned home': people once held
# ('1,800 soldiers were still being held'): people held now
_COUNTED_HELD_RE = re.compile(
    rf"{_COUNTED}\s+(?:(?:who|that)\s+(?:had|have|has)\s+been\s+held"
    r"|(?:are|were|is|was)\s+(?:still\s+)?being\s+held)\b"
)
_EXECUTED_RE = re.compile(
    rf"\b(?:executed|hanged)\s+(?:at least\s+)?{_COUNTED}\b"
    # 'executed a man convicted of ...', 'hanged a Kurdish prisoner'
    r"|\b(?:executed|hanged)\s+(?:an?|two|three)\s+(?:[a-z-]+\s+){0,2}?(?:man|woman|men|women|"
    r"protester|protesters|prisoner|prisoners|dissident|activist|detainee|rapper|journalist|"
    r"wrestler|national|citizen|teenager|juvenile)\b"
)
_AUX_BEFORE_RE = compile_fast(r"\b(?:was|were|been|being|is|are)\s+$")
_PEOPLE_FREED_RE = re.compile(
    rf"\b{_PEOPLE}\s+(?:[a-z]+\s+){{0,5}}(?:was|were|been|being|is|are)\s+(?:released|freed|set free|captured|returned|deported)\b"
    # (a relative clause between: 'children who had been deported to Russia were returned')
    rf"|\b{_PEOPLE}\s+(?:who|whom|that)\s+(?:[A-Za-z]+\s+){{1,8}}(?:were|are)\s+(?:released|freed|set free|returned)\b"
)
_PEOPLE_APPOSED_FREED_RE = re.compile(
    rf"\b{_NUM}\s+(?:[a-z-]+\s+){{0,2}}{_PEOPLE}\b[^,.;]{{0,40}},[^.;]{{3,100}},\s+"
    r"(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:released|freed|set free)\b"
)
_ONE_ROLE = (
    r"(?:journalist|activist|blogger|businessman|aid worker|reporter|photographer|filmmaker|"
    r"academic|researcher|writer|soldier|sailor|pilot|student|tourist|priest|pastor|nun|doctor|"
    r"dissident|opposition|lawyer|teacher|citizen|national|American|British|French|German|couple|"
    r"laureate|veteran|contractor|engineer|missionary|diplomat|nurse|professor|scholar|marine|"
    r"executive|poet|musician|rapper|athlete)"
)
# 'American journalist still held in Syria', 'held by the Syrian government': one person or
# people held now
_ONE_HELD_RE = re.compile(
    rf"\b{_ONE_ROLE}s?\s+(?:(?:is|are|was|were|has been|have been|had been)\s+)?still\s+"
    r"(?:being\s+)?held\b"
    r"|\bheld\s+(?:captive\s+|hostage\s+)?by\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:government|authorities|regime|militants|rebels|forces)\b"
)
# 'The priest was released', and a headline's 'German priest freed in Mali'
_ONE_FREED_RE = re.compile(
    rf"\b{_ONE_ROLE}\s+(?:(?:was|is|has been|had been)\s+)?(?:released|freed|set free|rescued)\b"
)
_FREED_SOMEONE_RE = re.compile(
    # ('freed US Air Force veteran X': a unit or a country's words before the role)
    r"\b(?:released|releases|freed|frees|free)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?:(?:U\.S\.|US|UK|(?:[A-Z][a-z]+-)?[A-Z][a-z]+)\s+){0,3}"
    rf"{_ONE_ROLE}\b"
    r"|\b(?:released|freed)\s+(?:by|from)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:released|freed|frees|free)\s+[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?(?:(?:al|bin|de|van)[-\s])?[A-Z][a-z]"  # 'freed Romi Gonen'
)
_BODY_BEFORE_RE = re.compile(
    r"(?:['’]s bod(?:y|ies)|\bremains)\s+(?:(?:was|were|has been|have been)\s+)?$"
)
# a named person told as one of those freed: 'Among those released were A and B', 'A, a
# lawyer, was among those freed'
_AMONG_FREED_RE = re.compile(
    r"\b(?:[Aa]mong|[Oo]ne of) (?:those|the (?:people|prisoners|detainees|hostages|captives))"
    r" (?:released|freed|set free)\b(?: [a-z]+){0,3}? (?:was|were|is|are) (?:[a-z-]+ ){0,3}"
    r"(?:[A-Z][a-z]+ )+[A-Z]"
    r"|\b(?:was|were|is|are) (?:also )?among (?:those|the (?:people|prisoners|detainees|hostages"
    r"|captives)) (?:released|freed|set free)\b"
)
# words worth reading only after a counted group of people
_AFTER_PEOPLE_WORDS = (
    "came home",
    "come home",
    "coming home",
    "returned home",
    "taken from",
    "taken away",
    "are home",
    "back home",
    "surrendered",  # ('12 servicemen surrendered': a capture as a defence ministry tells it)
)
_FREED_WORDS = (
    "released",
    "freed",
    "frees",  # (a headline's present: 'Iran frees French tourist X')
    "free ",  # ('Taliban free Austrian tourist X')
    "releases",
    "set free",
    "captured",
    "seized",
    "returned",
    "deported",  # ('19,000 children have been deported')
    *_AFTER_PEOPLE_WORDS,
)
_WEAK_STEMS = (
    *("releas", "free", "hold", "held", "return", "handed", "captur", "seiz", "round", "lock"),
    "deport",  # 'Russia has deported more than 13,000 children'
    "hands over",  # a headline's present: 'X hands over five soldiers'
    # 'gunmen stopped two buses and took away 30 passengers'
    *("took away", "taken away", "led away", "carried away", "whisked away"),
)


class _Scan(NamedTuple):
    """What one pass over the lower-cased text finds."""

    strong: bool  # a custody word
    prison: bool
    hands: bool  # ' hands'
    verbs: list[int]  # where each release/hold verb ends, in order
    freed: list[tuple[int, int]]  # (start, end) of each 'released', 'freed', 'set free'
    held: bool = False  # 'been held', 'being held', 'executed', 'hanged' (_held_or_executed)


def may_be_custody(text: str) -> bool:
    """Cheap test that a document may be about custody at all: most news is not.
    Custody words anywhere, or a release/hold verb next to a counted group of people."""
    low = lower_of(text)  # (kept: the extractor lowers the same document again)
    found = _scan(low) or _scan_by_substrings(low)
    if found.strong:
        return True
    if found.prison and low.count("prison") > low.count("took no prison"):
        return True
    if found.hands and _HANDS_RE.search(low):
        return True
    return (
        _counted_after_verb(low, found.verbs)
        or _freed_after(text, low, found.freed)
        or (found.held and _held_or_executed(text, low))
    )


def _held_or_executed(text: str, low: str) -> bool:
    """'A and B have been held in Iran since May 2022', 'Iran hanged two men on
    Saturday': a named person held, or counted people put to death (one substring
    test of the lower-cased text each, a pattern only where it stands)."""
    if ("been held" in low and _NAME_HELD_RE.search(text)) or (
        ("been held" in low or "being held" in low) and _COUNTED_HELD_RE.search(low)
    ):
        return True
    if ("still held" in low or "held by" in low) and _ONE_HELD_RE.search(text):
        return True
    return ("executed" in low or "hanged" in low) and _EXECUTED_RE.search(low) is not None


def _scan_by_substrings(low: str) -> _Scan:
    """What _scan finds, with substring searches and a regular expression (no automaton)."""
    if any(word in low for word in word_lists().custody_words):
        return _Scan(True, False, False, [], [])
    verbs = [m.end() for m in _WEAK_VERB_RE.finditer(low) if not inside_word(low, m.start())]
    freed = []
    for word in _FREED_WORDS:
        at = low.find(word)
        while at >= 0:
            freed.append((at, at + len(word)))
            at = low.find(word, at + 1)
    held = any(word in low for word in _HELD_WORDS)
    return _Scan(False, "prison" in low, " hands" in low, verbs, freed, held)


_STRONG, _PRISON, _HANDS, _WEAK, _FREED, _HELD = 1, 2, 4, 8, 16, 32
_HELD_WORDS = ("been held", "being held", "executed", "hanged", "still held", "held by")


class _Automaton(NamedTuple):
    chars: Any  # ahocorasick_rs.AhoCorasick: any text
    ascii: Any  # ahocorasick_rs.BytesAhoCorasick: an ASCII text's bytes (no index mapping)
    kinds: list[int]  # by pattern index: what the word is (_STRONG | _WEAK ...)


@lru_cache(maxsize=1)
def _automaton() -> _Automaton | None:
    """All the words the test looks for, in one automaton; None without ahocorasick_rs."""
    try:
        import ahocorasick_rs
    except ImportError:
        return None
    kinds: dict[str, int] = {}
    for words, kind in (
        (word_lists().custody_words, _STRONG),
        (["prison"], _PRISON),
        ([" hands"], _HANDS),
        (_WEAK_STEMS, _WEAK),
        (_FREED_WORDS, _FREED),
        (_HELD_WORDS, _HELD),
    ):
        for word in words:
            kinds[word] = kinds.get(word, 0) | kind
    words = list(kinds)
    return _Automaton(
        ahocorasick_rs.AhoCorasick(words),
        ahocorasick_rs.BytesAhoCorasick([w.encode() for w in words]),
        [kinds[w] for w in words],
    )


def _scan(low: str) -> _Scan | None:
    """What the test looks for, from one pass over ``low``; None when the automaton is
    not available."""
    auto = _automaton()
    if auto is None:
        return None
    if low.isascii():  # byte offsets are character offsets
        hits = auto.ascii.find_matches_as_indexes(low.encode(), overlapping=True)
    else:
        hits = auto.chars.find_matches_as_indexes(low, overlapping=True)
    kinds = auto.kinds
    prison = hands = held = False
    verbs: list[int] = []
    freed: list[tuple[int, int]] = []
    for index, start, end in hits:
        kind = kinds[index]
        if kind & _STRONG:
            return _Scan(True, prison, hands, verbs, freed)
        if kind & _FREED:
            freed.append((start, end))
        if kind & _PRISON:
            prison = True
        if kind & _HANDS:
            hands = True
        if kind & _HELD:
            held = True
        if kind & _WEAK and not inside_word(low, start):  # not 'unreleased'
            m = _WEAK_VERB_RE.match(low, start)
            if m:
                verbs.append(m.end())
    verbs.sort()
    return _Scan(False, prison, hands, verbs, freed, held)


def _counted_after_verb(low: str, verbs: list[int]) -> bool:
    """A counted group of people in the 40 characters after a release/hold verb."""
    for v in verbs:
        # The verb ends a word, so no number starts at ``v``: each one that starts in
        # the window has a non-word character before it, from ``v`` on.
        num = _NUM_AFTER_RE.search(low, v, v + 40)
        if num and _COUNTED_PEOPLE_RE.match(low, num.start() + 1):
            return True
    return False


def _freed_after(text: str, low: str, freed: list[tuple[int, int]]) -> bool:
    """'released', 'freed' or 'set free' after a group of people or a name and a
    passive ('were freed'), or before a person ('freed the journalist')."""
    for at, end in freed:
        if low.startswith(_AFTER_PEOPLE_WORDS, at):  # '49 defenders came home', 'taken from'
            if _counted_in(low, max(0, at - 61), at):
                return True
            continue
        if (
            _AUX_BEFORE_RE.search(low, max(0, at - 12), at)
            and (
                _PEOPLE_FREED_RE.search(low, max(0, at - 80), end + 1)
                or _NAME_FREED_RE.search(text, max(0, at - 40), end + 1)
                # (an appositive between: 'X, held in Iran for two years, has been released',
                # 'the 21 crew members of a ship, seized by X in 2023, were released')
                or (
                    "," in low[max(0, at - 16) : at]
                    and (
                        _NAME_FREED_RE.search(text, max(0, at - 130), end + 1)
                        or _PEOPLE_APPOSED_FREED_RE.search(low, max(0, at - 180), end + 1)
                    )
                )
            )
        ):
            return True
        if _FREED_SOMEONE_RE.match(text, at):
            return True
        if low.startswith("returned", at) and _BODY_BEFORE_RE.search(low, max(0, at - 30), at):
            return True  # "X's body returned by Russia", 'the remains of X were returned'
        if _AMONG_FREED_RE.search(text, max(0, at - 40), end + 60):
            return True  # 'Among those freed was X', 'X was among those released'
        if at < _LEAD and _ONE_FREED_RE.search(text, max(0, at - 40), end + 1):
            return True  # 'German priest freed in Mali', 'the journalist was released'
        if at < _LEAD and any(  # (in a headline or lead only: 'released' is everywhere)
            _COUNTED_BEFORE_RE.match(low, n, at) for n in _numbers_in(low, max(0, at - 51), at)
        ):
            return True  # 'the swap saw 95 Ukrainians freed'
    return False


def _counted_in(low: str, start: int, end: int) -> bool:
    """A counted group of people starting in ``low[start:end]`` (a number at a word's start,
    then the people: each number found first, at C speed)."""
    return any(_COUNTED_PEOPLE_RE.match(low, n) for n in _numbers_in(low, start, end))


def _numbers_in(low: str, start: int, end: int) -> list[int]:
    """Where the numbers that start in ``low[start:end]`` begin (found at C speed)."""
    found = [num.start() + 1 for num in _NUM_AFTER_RE.finditer(low, start, end)]
    return [0, *found] if start == 0 else found
