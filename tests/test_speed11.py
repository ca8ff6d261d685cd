"""Fast paths of the eighteenth session (docs/benchmark.md, helper `fast11`): each gives
what the plain way gives, on the gold texts and on made-up ones."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from custody.extract.lexicon import load_lexicon
from custody.extract.prefixes import may_start_at, start_ways, ways_at
from custody.extract.regex import PrefixIndex, lowered

prefixes = importlib.import_module("custody.extract.prefixes")
PLAIN_WAYS = prefixes.start_ways.__wrapped__
"""``start_ways`` without its cache (random patterns are not kept)."""
PLAIN_PREFIXES = prefixes._prefixes.__wrapped__

HERE = Path(__file__).parent
SETS = [HERE / "gold" / name for name in ("dev2", "holdout", "holdout2", "holdout3", "own")]
TEXTS = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]

MADE = [
    "Gunmen freed 20 worshippers; the men still in captivity were moved.",
    "Three days in custody ended when the prisoners in custody were released.",
    "Women in Kaduna jails and girls in Zamfara prisons remain held, hostages remain.",
    "The hostages are still alive. Captives remained, and abductees are believed to be in Gaza.",
    "Detainees currently in Ofer were freed. PRISONERS STILL IN CUSTODY WALKED FREE.",
    "The plane carrying the freed men landed; buses carrying 40 released prisoners arrived.",
    "They were allowed to go home; others have been killed, some have been released.",
    "Soldiers crossed into Ukraine after the swap. Sailors ſtill in cuſtody were freed.",
    "The men were taken into custody, and the rebels took 12 villagers away.",
    "Ten men have been kılled and two have been releaſed; others are ſtill held in Aleppo.",
    "",
]


def _custody_words(text: str, fast: bool) -> set[tuple[int, int, int]]:
    """Every custody word found where the index's places (or, ``fast``, its starts)
    let each pattern be tried."""
    lex = load_lexicon()
    low = lowered(text)
    assert low is not None
    index = lex.trigger_index
    found: set[tuple[int, int, int]] = set()
    for pos, candidates in index.starts(low) if fast else index.places(low):
        for i in candidates:
            m = lex.triggers[i].pattern.match(text, pos)
            if m:
                found.add((i, m.start(), m.end()))
    return found


def test_the_texts_are_at_hand() -> None:
    assert len(TEXTS) > 100


def test_custody_words_tried_at_their_starts_are_those_tried_at_every_place() -> None:
    tried = 0
    for text in MADE + TEXTS:
        if lowered(text) is None:
            continue
        slow = _custody_words(text, fast=False)
        assert _custody_words(text, fast=True) == slow, text[:80]
        tried += len(slow)
    assert tried > 1000


def test_the_starts_try_fewer_patterns() -> None:
    index = load_lexicon().trigger_index
    low = MADE[1].lower() + " " + MADE[2].lower()
    every = sum(len(c) for _, c in index.places(low))
    assert sum(len(c) for _, c in index.starts(low)) < every


def test_start_ways_read_look_behinds_and_longer_prefixes() -> None:
    ways = start_ways(r"(?:(?<=men )|(?<=[a-z]s ))(?:still )?in (?:custody|jail)", 16)
    assert ways is not None
    heads = ("in custody", "in jail", "still in custody", "still in jail")
    assert [h for _, h in ways] == [heads, heads]
    assert {b[:2] for b, _ in ways} == {(" ", "n"), (" ", "s\u017f")}  # ('ſ' is 's' under re.I)
    assert start_ways(r"\w+ed", 16) is None  # may start anywhere
    assert start_ways(r"(?:a|)b", 16) == (((), ("ab", "b")),)
    assert start_ways(r"(?:are|is) still(?= alive)|(?<=hostages )remain", 16) == (
        ((), ("are still", "is still")),
        ((" ", "s\u017f", "e", "g", "a", "t", "s\u017f", "o", "h"), ("remain",)),
    )


def test_ways_at_a_head_keep_what_the_text_may_hold() -> None:
    ways = start_ways(r"(?:(?<=men )|(?<=[a-z]s ))(?:still )?in (?:custody|jail)", 16)
    assert ways is not None
    at_in = ways_at(ways, "in c")
    assert at_in is not None and [h for _, h in at_in] == [("in custody",)]
    assert at_in[0][0][:2] == (" ", "ns\u017f")  # one way: the characters either allows
    plain = start_ways(r"released|(?<=were )freed", 16)
    assert plain is not None
    assert ways_at(plain, "rel") == (((), ("released",)),)
    assert ways_at(plain, "released") is None  # the head itself: nothing left to test
    assert ways_at(plain, "fr") == (((" ", "e", "r", "e", "w"), ("freed",)),)


def test_may_start_at() -> None:
    ways = start_ways(r"(?:(?<=men )|(?<=[a-z]s ))(?:still )?in (?:custody|jail)", 16)
    assert ways is not None
    low = "the men in custody, days in jail, in custody, women still in jail"
    fits = [at for at in range(len(low)) if may_start_at(ways, low, at)]
    assert fits == [8, 25, 52]  # ('in jail' after 'still' is no start: 'still ' is before it)
    pattern = re.compile(r"(?:(?<=men )|(?<=[a-z]s ))(?:still )?in (?:custody|jail)", re.I)
    assert [m.start() for m in pattern.finditer(low)] == fits
    assert not may_start_at(ways, "in custody", 0)  # nothing before: no look-behind fits


PIECES = [r"(?<=men )", r"(?<=[a-z]s )", r"(?<!days )", r"\b", r"(?<=were )", r"(?= held)"]
WORDS = ["in ", "held", "freed", "still ", "custody", "(?:a|an) ", "(?:jail|prison)s?", "x?"]
WORDS += [r"\s+", "(?:still )?", "(?:[A-Z][a-z]+ )?", "(?:are|is) ", "(?-i:[A-Z])"]


@st.composite
def _patterns(draw: st.DrawFn) -> str:
    branches = []
    for _ in range(draw(st.integers(1, 3))):
        lead = draw(st.lists(st.sampled_from(PIECES), max_size=2))
        if len(lead) == 2 and draw(st.booleans()):
            lead = [f"(?:{lead[0]}|{lead[1]})"]
        body = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
        branches.append("".join(lead + body))
    return "|".join(branches)


TEXT_WORDS = ["men", "women", "days", "were", "in", "still", "custody", "held", "freed", "a"]
TEXT_WORDS += ["jails", "Prison", "Kaduna", "are", "is", "x", "ſ", "\u212a", ",", "ıs"]


@settings(max_examples=200, deadline=None)
@given(_patterns(), st.lists(st.sampled_from(TEXT_WORDS), max_size=12), st.sampled_from(" -"))
def test_every_match_starts_where_a_way_fits(pattern: str, words: list[str], sep: str) -> None:
    ways = PLAIN_WAYS(pattern, 16)
    if ways is None:
        return
    text = sep.join(words)
    low = text.lower()
    if "\u0131" in low or "\u017f" in low:
        return  # ('ı' may match 'i': such a text is not asked, PrefixIndex.starts tries all)
    compiled = re.compile(pattern, re.I)
    for at in range(len(text) + 1):
        if compiled.match(text, at):
            assert may_start_at(ways, low, at), (pattern, text, at)


@settings(max_examples=100, deadline=None)
@given(_patterns(), st.lists(st.sampled_from(TEXT_WORDS), max_size=12))
def test_an_index_starts_hold_every_match(pattern: str, words: list[str]) -> None:
    found = PLAIN_PREFIXES(pattern, 8, re.I, "lower")  # (literal_prefixes)
    heads = None if found is None else set(found)
    if heads is None:
        return
    index = PrefixIndex([heads], word_start=False)
    index.ways = [PLAIN_WAYS(pattern, index.WAYS)]
    text = " ".join(words)
    low = text.lower()
    compiled = re.compile(pattern, re.I)
    starts = {at for at, _ in index.starts(low)}
    for at, _ in index.places(low):
        if compiled.match(text, at):
            assert at in starts, (pattern, text, at)


def test_state_names_are_the_country_names() -> None:
    from custody.extract.states import state_names

    lex = load_lexicon()
    names = set(lex.country_names.values())
    assert state_names(lex) == names and len(names) > 100
    for name in [*names, *lex.actor_alias.values(), "Hamas", "Gaza", ""]:
        assert (name in state_names(lex)) == (name in lex.country_names.values())
