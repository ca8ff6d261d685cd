"""Faster scans that find what the plain patterns find (docs/benchmark.md, tenth
session): the number pattern behind the first letters of a number word, the name runs
searched without the parts that open in lower case, the count 'the N' given its scan;
eleventh session: the elliptic count ('9,100 remain detained') given its scan; twelfth
session: the sentence ends of a text with no '!' or '?' found by the scan for a full stop,
the clause boundaries after a space behind the first letters of their branches."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from custody.extract.regex import compile_scan

numbers = importlib.import_module("custody.extract.numbers")
names = importlib.import_module("custody.extract.names")
told_before = importlib.import_module("custody.extract.told_before")
text_module = importlib.import_module("custody.extract.text")

HERE = Path(__file__).parent
SETS = [HERE / "gold" / name for name in ("dev2", "holdout", "holdout2", "holdout3", "own")]
TEXTS = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]
OWN = [
    "Hamas freed three hostages and a dozen others; the other two hundred and five remain.",
    "Al-Akhras and Mohammed al-Assad, Abu Ali and Khalid bin-Salman were held; the 11 were freed.",
    "Twenty-one, thirty, Eleven, fourteen, a thousand and 1,200 prisoners; Ten Seven NINETEEN.",
    "Often, 12 more of them remain in Gaza; 9,100 remained detained and twenty-one were freed.",
    "Why? 'Free them!' He asked... Then: “Now?!” (Yes.) [No!] 3 were freed. 'Done.’ B.",
]


def test_the_gold_texts_are_at_hand() -> None:
    assert len(TEXTS) > 100


@pytest.mark.parametrize("text", TEXTS + OWN, ids=lambda t: t[:20])
def test_the_scans_find_what_the_plain_patterns_find(text: str) -> None:
    plain = compile_scan(numbers.NUMBER_RE.pattern.replace(numbers._OPENING, ""), re.I)
    for t in (text, text.lower()):
        found = [(m.span(), m.groupdict()) for m in numbers.NUMBER_RE.finditer(t)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(t)]
    assert [m.span() for m in numbers._NUMBER_LOW_RE.finditer(text.lower())] == [
        m.span() for m in plain.finditer(text.lower())
    ]
    assert [m.span(1) for m in names.name_runs(text)] == [
        m.span(1) for m in names.NAME_RE.finditer(text)
    ]
    the_n = re.compile(told_before._THE_N_RE.pattern)
    assert [m.span() for m in told_before._THE_N_RE.finditer(text)] == [
        m.span() for m in the_n.finditer(text)
    ]


def test_name_runs_without_lower_case_parts_find_what_name_re_finds() -> None:
    text = "Officials named Sami Al-Akhras and Omar Ben-Ali, then Mohammed al-Assad."
    assert [m.group(1) for m in names.name_runs(text.replace("al-", "Al-"))] == [
        m.group(1) for m in names.NAME_RE.finditer(text.replace("al-", "Al-"))
    ]
    assert "Mohammed al-Assad" in [m.group(1) for m in names.name_runs(text)]


@pytest.mark.parametrize("text", TEXTS + OWN, ids=lambda t: t[:20])
def test_the_elliptic_count_finds_what_it_finds_without_its_scan(text: str) -> None:
    elliptic = told_before._ELLIPTIC_RE
    assert elliptic.pattern.startswith("(?=[")
    plain = re.compile(elliptic.pattern.split(")", 1)[1], re.I)  # without the look-ahead
    for t in (text, text.lower()):
        found = [(m.span(), m.groupdict()) for m in elliptic.finditer(t)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(t)]


@pytest.mark.parametrize("text", TEXTS + OWN, ids=lambda t: t[:20])
def test_the_sentence_ends_are_the_plain_patterns(text: str) -> None:
    for t in (text, text.replace("!", ".").replace("?", "."), text.replace("!", "?")):
        found = [(m.start(), m.end(), m.end(1)) for m in text_module._END_RE.finditer(t)]
        assert text_module._sentence_ends(t) == found


def test_the_clause_boundaries_are_the_plain_patterns() -> None:
    gated = text_module._CLAUSE_RE
    plain = re.compile(gated.pattern.replace(r"\s(?=[.–—wia])(?:", r"\s(?:"))
    assert plain.pattern != gated.pattern
    extra = [
        "Freed as the talks went on, as 200 walk out — while others .. wait; in return, as a sign",
        "Held in exchange for cash – as many as 200, whereas as its result, as their captors said",
    ]
    for sent in [s.text for t in TEXTS for s in text_module.sentences(t)] + extra:
        assert [m.span() for m in gated.finditer(sent)] == [m.span() for m in plain.finditer(sent)]
