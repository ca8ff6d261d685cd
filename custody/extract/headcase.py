"""Headlines written in Title Case, read as sentence case.

Many outlets capitalise every word of a headline ('Authorities Free 212 Opposition
Prisoners'). The custody words, people nouns and numbers of such a line then
look like a proper name and nothing is read in it. The document as read has those words
lower-cased: a word is lower-cased when the lexicons know it as a common word (custody
words, people nouns and their modifiers, function words, number words) or the article
itself writes it in lower case; names of parties, countries and places, months and
weekdays keep their capitals. Only case changes, so every offset stays the text's (the
evidence quotes the text as written: ``text.quoted_as_written``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from custody.extract.lexicon import Lexicon
from custody.extract.numbers import SCALES, TENS, UNITS
from custody.record import Document

_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_CAPITALISED_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z-]+")
_SMALL_WORDS = frozenset(
    "a an the of in on at to for by with from and or but as is are was were be after over "
    "into amid says said".split()
)
_KEEP = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


_LINE_RE = re.compile(r"[^\n]+")


def sentence_cased(lex: Lexicon, document: Document) -> Document:
    """The document as read: each line in Title Case with its common words lower-cased."""
    text = document.text
    lines = [m for m in _LINE_RE.finditer(text) if _title_case(m.group(0))]
    if not lines:
        return document
    common = _common_words(lex) | _lower_words(text)
    chars = list(text)
    for line in lines:
        kept = _proper_spans(lex, line.group(0))
        words = list(_CAPITALISED_RE.finditer(line.group(0)))
        for w in words[1:]:  # the first word is capitalised in sentence case too
            low = w.group(0).lower()
            if low in _KEEP or low not in common or any(a <= w.start() < b for a, b in kept):
                continue
            at = line.start() + w.start()
            chars[at] = chars[at].lower()
            for i in range(at + 1, at + len(low)):
                chars[i] = chars[i].lower()
    read = "".join(chars)
    return document if read == text else replace(document, text=read)


def _title_case(line: str) -> bool:
    """A headline in Title Case: short, no full stop at its end, and every word of four
    letters or more after the first capitalised (three at least)."""
    line = line.strip()
    if not line or len(line) > 200 or line.endswith(".") or ". " in line:
        return False
    long = [w for w in _WORD_RE.findall(line)[1:] if len(w) >= 4 and w.lower() not in _SMALL_WORDS]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _proper_spans(lex: Lexicon, line: str) -> list[tuple[int, int]]:
    """Where the line names a party, a country or a place: their words keep capitals."""
    spans = [(m.start(), m.end()) for m in lex.actor_re.finditer(line)]
    for name in _proper_names(lex):
        at = line.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = line.find(name, at + 1)
    return spans


@lru_cache(maxsize=4)
def _proper_names(lex: Lexicon) -> tuple[str, ...]:
    names = {*lex.place_names, *lex.country_names}
    return tuple(n for n in names if " " in n)  # one-word names are no common words anyway


@lru_cache(maxsize=4)
def _common_words(lex: Lexicon) -> frozenset[str]:
    """Words the lexicons write in lower case: custody words, people nouns, numbers."""
    words: set[str] = set()
    for trig in lex.triggers:
        words.update(re.findall(r"[a-z]{2,}", trig.pattern.pattern))
    for group in (lex.noun_categories, lex.modifiers, lex.function_words, lex.compound_heads):
        words.update(w for key in group for w in key.split())
    words.update(UNITS, TENS, SCALES, _SMALL_WORDS, ("dozen", "dozens", "hundreds", "thousands"))
    words.update(w for verb in lex.person_words.get("speech_verbs", ()) for w in verb.split())
    names = {w.lower() for n in (*lex.demonym, *lex.country_names) for w in n.split()}
    return frozenset(words - names)


def _lower_words(text: str) -> frozenset[str]:
    """Words the article itself writes in lower case."""
    return frozenset(_LOWER_WORD_RE.findall(text))
