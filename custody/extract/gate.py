"""Patterns searched only when the text holds a word every match needs.

``re`` tries a pattern that starts with '\\b', a look-behind or an optional part
at every character of the text, and most sentences hold no match. The words a
pattern cannot match without are read from the pattern itself (its parse tree:
a run of literal letters, one of the words of an alternation, the body of a
repeat that must come once), so a gate is never out of step with its pattern.
``compile_gated`` gives a pattern whose ``search``, ``finditer``, ``findall`` and
``sub`` first test those words on the lower-cased text, at C speed (``may_hold``);
``match`` and ``fullmatch`` are the plain pattern's. It finds exactly what
``re.compile`` finds; tests/test_gate.py checks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

from custody.extract.regex import contains_any, fewest_words, may_hold
from custody.recache import memo

MIN_LETTERS = 3
"""A gate word shorter than this is in nearly every sentence: no gate then."""
MAX_WORDS = 32
"""A gate of more words than this costs about what the pattern's own scan costs."""

_Words = frozenset[str] | None


@memo  # (kept with the patterns: reading a pattern's tree costs about what compiling it does)
def required_words(pattern: str, flags: int = 0, fold: bool = True) -> tuple[str, ...] | None:
    """ASCII words one of which the text of every match holds: in lower case, held by the
    lower-cased text (whatever the case of the pattern); with ``fold`` False, as the
    pattern writes them, held by the text itself (for a case-sensitive pattern only).
    None when the pattern tells none worth testing (fewer than ``MIN_LETTERS`` letters,
    more than ``MAX_WORDS`` words)."""
    try:
        tree = _sre_parser.parse(pattern, flags)
    except re.error:
        return None
    found = _seq(list(tree), fold)
    words = fewest_words(found) if found else ()  # a text holding 'sons' holds 'son'
    if not words or min(map(len, words)) < MIN_LETTERS or len(words) > MAX_WORDS:
        return None
    return words


def words_of(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """``required_words`` of a case-insensitive pattern, for a gate written by hand
    (``may_hold(text, words_of(P))`` before ``P``); a pattern that tells none is a
    mistake of the module that asks."""
    words = required_words(pattern, flags)
    if words is None:
        raise ValueError(f"no word every match of {pattern!r} needs")
    return words


def words_of_exact(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """``words_of`` for a case-sensitive pattern: the words as it writes them, held by the
    text itself."""
    words = required_words(pattern, flags, fold=False)
    if words is None:
        raise ValueError(f"no word every match of {pattern!r} needs")
    return words


def _better(a: _Words, b: _Words) -> _Words:
    """Of two sets of words a match needs one of, the one that refuses more texts:
    the longer shortest word, then the fewer words."""
    if not a:
        return b
    if not b:
        return a
    return max(a, b, key=lambda w: (min(map(len, w)), -len(w)))


def _seq(items: list[Any], fold: bool) -> _Words:
    """What a sequence needs: the best of its runs of literal letters and its items."""
    best: _Words = None
    run = ""
    for op, av in items:
        if op == _sre.LITERAL and av < 128:
            run += chr(av).lower() if fold else chr(av)
            continue
        if run:
            best, run = _better(best, frozenset([run])), ""
        if op in (_sre.AT, _sre.ASSERT_NOT):
            continue  # zero-width, needs nothing ('\b', '(?!...)')
        best = _better(best, _item(op, av, fold))
    return _better(best, frozenset([run])) if run else best


def _item(op: Any, av: Any, fold: bool) -> _Words:
    if op == _sre.SUBPATTERN:
        if not fold and av[1] & re.I:
            return None  # '(?i:...)': its letters may come in any case
        return _seq(list(av[-1]), fold)
    if op == _sre.ASSERT:  # a look-ahead or look-behind: its words are in the text too
        return _seq(list(av[1]), fold)
    if op == _sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            sub = _seq(list(branch), fold)
            if not sub:
                return None  # a branch that needs nothing: the whole needs nothing
            found |= sub
        return frozenset(found)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _seq(list(body), fold) if low >= 1 else None
    return None


class Gated:
    """A compiled pattern behind the gate of ``words`` (see the module's docstring):
    ``exact`` when the pattern is case-sensitive and the words are as it writes them
    (tested on the text itself, no lower-cased copy made)."""

    __slots__ = ("pattern_re", "words", "exact", "pattern", "flags", "match", "fullmatch")

    def __init__(self, compiled: re.Pattern[str], words: tuple[str, ...], exact: bool) -> None:
        self.pattern_re = compiled
        self.words = words
        self.exact = exact
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.match = compiled.match
        self.fullmatch = compiled.fullmatch

    def holds(self, text: str) -> bool:
        """May ``text`` hold a match? False only when it holds none of the words."""
        if self.exact:
            return contains_any(text, self.words)
        return may_hold(text, self.words)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern_re.search(text, *args) if self.holds(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.pattern_re.finditer(text, *args) if self.holds(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.pattern_re.findall(text, *args) if self.holds(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.pattern_re.sub(repl, text, count) if self.holds(text) else text


def compile_gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, behind a gate of the words every match needs when
    the pattern tells some (``required_words``); the plain pattern when it tells none."""
    compiled = re.compile(pattern, flags)
    exact = not compiled.flags & re.I
    words = required_words(pattern, compiled.flags, fold=not exact)
    if words is None:
        return compiled
    return Gated(compiled, words, exact)  # type: ignore[return-value]
