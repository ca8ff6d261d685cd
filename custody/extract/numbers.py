"""Numbers as news writes them: digits, words, 'a dozen', '8 thousand'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from custody.extract.regex import alternation, compile_scan, lowered

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_SIMPLE = "(?:{})".format(
    alternation(
        [*UNITS, *TENS]
        + [
            f"{tens}{between}{unit}"
            for tens in TENS
            for between in "- "
            for unit in UNITS
            if UNITS[unit] < 10
        ]
    )
)
WORD_COUNT = _SIMPLE
"""A number under a hundred written in words ('seven', 'thirty-one', 'thirty one'), as a
trie of the words (``regex.alternation``): what the plain alternation of the compound
numbers, then the words the longest first, finds, the engine testing one letter at a
place where the plain one tried every word (tests/test_speed12.py compares them)."""
_WORDNUM = rf"(?:(?:a|one|{_SIMPLE})\s+hundred(?:\s+and)?(?:\s+{_SIMPLE})?|{_SIMPLE})"
_DIGITS = r"\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
"""(South Asian outlets group by lakhs and crores: '1,00,000' is 100,000.)"""

# the look-ahead lets the engine skip, at one test a character, every place
# where no number can start (about three times faster on news text)
_FIRST = "".join(sorted({w[0] for w in [*UNITS, *TENS, "a"]}))

# and a word may open a number only with the first three letters of one, or 'a ' ('a
# dozen'): 'the', 'and', 'said' are refused there, before the alternatives are tried
_OPENING = rf"(?=\d|a\s|{'|'.join(sorted({w[:3] for w in [*UNITS, *TENS]}))})"

NUMBER_RE = compile_scan(
    rf"\b(?=[\d{_FIRST}]){_OPENING}(?:(?P<digits>{_DIGITS})(?:\s+(?P<scale>thousand|million))?"
    rf"|(?P<dozen>(?:a|one|(?P<dozens>{_SIMPLE}))\s+dozen)"
    r"|(?P<ascale>a\s+(?:thousand|million))"
    rf"|(?P<words>{_WORDNUM})(?:\s+(?P<wscale>thousand|million))?)\b",
    re.IGNORECASE,
)
_NUMBER_LOW_RE = compile_scan(NUMBER_RE.pattern)
"""NUMBER_RE without re.IGNORECASE, for lower-cased text: over twice as fast a scan."""


def find_numbers(text: str, low: str | None = None) -> Iterator[re.Match[str]]:
    """What ``NUMBER_RE.finditer(text)`` finds, found on the lower-cased text
    (``low``, when at hand); each match is then taken from ``text`` itself, so
    its groups read as the text writes them."""
    if low is None:
        low = lowered(text)
    if low is None:  # lower-casing would move the offsets
        yield from NUMBER_RE.finditer(text)
        return
    for found in _NUMBER_LOW_RE.finditer(low):
        m = NUMBER_RE.match(text, found.start())
        if m is not None:
            yield m


_WORD_SPLIT_RE = re.compile(r"[\s-]+")


def word_value(words: str) -> int | None:
    """'thirty-nine' -> 39, 'two hundred and five' -> 205."""
    total = 0
    current = 0
    for w in _WORD_SPLIT_RE.split(words.lower()):
        if w in ("and", ""):
            continue
        if w == "a":
            current = 1
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
    return total + current


def is_year(digits: str | None) -> bool:
    """Is a NUMBER_RE match's ``digits`` a year ('2023'), not a count?"""
    if not digits or len(digits) != 4:
        return False
    return digits.startswith(("19", "20")) and digits.isdigit()


_HALF_BEFORE_RE = re.compile(r"\bhalf\s+$", re.I)
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")


def match_value(m: re.Match[str]) -> tuple[int, bool] | None:
    """The value of a NUMBER_RE match, and whether it is 'a dozen' (about): 'two dozen'
    is 24, 'half a dozen' 6."""
    if m.group("dozen"):
        times = word_value(m.group("dozens")) if m.group("dozens") else 1
        if times is None:
            return None
        if not m.group("dozens") and _HALF_BEFORE_RE.search(
            m.string, max(0, m.start() - 6), m.start()
        ):
            return 6, True
        return 12 * times, True
    if m.group("ascale"):  # 'a million', 'half a million'
        scaled = SCALES[m.group("ascale").split()[-1].lower()]
        if _HALF_BEFORE_RE.search(m.string, max(0, m.start() - 6), m.start()):
            return scaled // 2, False
        return scaled, False
    if m.group("digits"):
        raw = m.group("digits").replace(",", "")
        if len(raw) > 1 and raw.startswith("0"):
            return None  # '2, 000' cut by a stray space, '007': no count
        scale = m.group("scale")
        if not scale and _DOT_THOUSANDS_RE.fullmatch(raw):
            return int(raw.replace(".", "")), False  # '1.968 prisoners': grouped as in Europe
        try:
            number = float(raw)
        except ValueError:
            return None
        if scale:
            number *= SCALES[scale.lower()]
        if number != int(number):
            return None
        return int(number), False
    value = word_value(m.group("words"))
    if value is None:
        return None
    if m.group("wscale"):
        value *= SCALES[m.group("wscale").lower()]
    return value, False
