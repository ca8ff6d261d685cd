"""Which of a list of words a long text holds, in one pass.

``word in text`` reads the text once a word: over a whole document (a few thousand
characters, often not ASCII, so each word is widened to the text's kind first) a list of
thirty words costs thirty reads. ``Substrings`` finds them all with one pass of an
Aho-Corasick automaton (``regex.WordAutomaton``), and gives what the substring tests
give; tests/test_regex.py checks it.
"""

from __future__ import annotations

from collections.abc import Iterable

from custody.extract.regex import WordAutomaton

LONG = 400
"""From this many characters on, one pass costs less than the substring tests of a
list of a dozen words or more; a shorter text is tested word by word."""


class Substrings:
    """``{w for w in words if w in text}``, as one automaton's pass over a long text
    (case as written: give lower-cased words and text for a test in any case)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(set(words))
        # ('' is in every text: the plain tests, which say so)
        self.automaton = WordAutomaton.of(self.words) if all(self.words) else None

    def found_in(self, text: str) -> set[str]:
        """The words ``text`` holds."""
        if self.automaton is None or len(text) < LONG:
            return {w for w in self.words if w in text}
        words = self.words
        return {words[i] for i, _, _ in self.automaton.matches(text)}
