"""Gates before patterns (custody.extract.gate, the names' gates): a gated pattern finds
exactly what the plain one finds, on texts that hold its words and texts that do not."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.extract.gate import compile_gated, required_words, words_of
from custody.extract.lexicon import load_lexicon

names = importlib.import_module("custody.extract.names")

PATTERNS = [
    (r"\b(?:identified|named)\b", 0),
    (r"\bheld\s+(?:by|in)\s+(?:the\s+)?([A-Z]\w+)", 0),
    (r"(?<=\bthe )number of\b", re.I),
    (r"\b(?:in|at) (?:exchange|return) for\b", re.I),
    (r"(?:freed|released)(?: \w+){0,2} (?:prisoners?|detainees?)", re.I),
    (r"\b(?i:hamas)\b|\bRed Cross\b", 0),
]

WORDS = ["identified", "Identified", "named", "unnamed", "held", "by", "in", "the", "Hamas"]
WORDS += ["HAMAS", "Red", "Cross", "number", "Number", "of", "exchange", "for", "return", "at"]
WORDS += ["freed", "released", "two", "prisoner", "detainees", "Ofer", "x", "ı", "\u212a", "ſ"]


def test_required_words_read_from_the_pattern() -> None:
    assert required_words(r"\b(?:identified|named)\b") == ("identified", "named")
    assert required_words(r"\bheld\s+by\b") == ("held",)  # the longest run of letters
    assert required_words(r"\b(?i:Hamas)\b|\bRed Cross\b") == ("hamas", "red cross")
    assert required_words(r"(?:sons?|brothers?)\s+[A-Z]") == ("brother", "son")
    assert required_words(r"\b(?:a|the)\b") is None  # too short to refuse a sentence
    assert required_words(r"(?:held)?\s+\d+") is None  # nothing every match needs
    assert required_words(r"(?:held|\d+)\s+by") is None  # a branch needs nothing long
    assert required_words(r"(?:held|\d+) by") == (" by",)  # (the run after it)


def test_compile_gated_keeps_the_plain_pattern_when_no_word_is_needed() -> None:
    assert isinstance(compile_gated(r"\d+\s+\w+"), re.Pattern)
    assert not isinstance(compile_gated(r"\bheld\b"), re.Pattern)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=10), st.sampled_from([" ", ", ", "  "]))
def test_gated_patterns_find_what_the_plain_ones_find(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for pattern, flags in PATTERNS:
        plain, gated = re.compile(pattern, flags), compile_gated(pattern, flags)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        found = gated.search(text)
        assert (found and found.span()) == ((m := plain.search(text)) and m.span())
        assert gated.findall(text) == plain.findall(text)
        assert gated.sub("#", text) == plain.sub("#", text)


KIN_TEXTS = [
    "Hamas freed Ofer Kalderon, and his son Erez was freed too.",
    "the Bibas boys Ariel and Kfir were taken with their mother Shiri",
    "Keith Siegel's wife Aviva, 62, was released in November.",
    "He was held with his younger brother Eitan in Khan Younis.",
    "prisoners Son Ali and the grandson Omar were freed",
    "Israel freed 39 Palestinian prisoners from Ofer prison on Saturday.",
    "sisters Noa and Maya",
    "",
]


@pytest.mark.parametrize("text", KIN_TEXTS)
def test_the_kin_gate_holds_wherever_kin_is_named(text: str) -> None:
    cues = names.person_cues(load_lexicon())
    if cues.kin.search(text):
        assert cues.kin_gate.search(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["son", "Son", "sons", "brother", "Eitan", "Ariel", "and", "prisoners", "his"]
            + ["Bibas", "boys", "younger", "3-year-old", ",", "62", "person", "Kfir"]
        ),
        max_size=10,
    )
)
def test_the_kin_gate_on_any_word_sequence(words: list[str]) -> None:
    cues = names.person_cues(load_lexicon())
    text = " ".join(words)
    if cues.kin.search(text):
        assert cues.kin_gate.search(text)


NAME_WORDS = ["Omar", "al-Masri", "Al-Sayed", "O'Neil", "McCain", "bin", "Laden", "A.", "x"]
NAME_WORDS += ["Abu", "Ali", "de", "Souza", "Élan", "freed", "-", "Jean-Paul", "ibn-Saud", "3"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAME_WORDS), max_size=10), st.sampled_from([" ", ", ", "-"]))
def test_names_found_behind_their_first_letters_as_without(words: list[str], sep: str) -> None:
    text = sep.join(words)
    plain = re.compile(names.NAME_SOURCE)
    assert names.NAME_RE.pattern != plain.pattern  # behind a look-ahead of its first letters
    assert [m.span(1) for m in names.NAME_RE.finditer(text)] == [
        m.span(1) for m in plain.finditer(text)
    ]


def test_a_case_sensitive_pattern_is_gated_by_its_words_as_written() -> None:
    assert required_words(r"\bRed Cross\b", fold=False) == ("Red Cross",)
    assert required_words(r"\b(?i:hamas)\b|\bRed Cross\b", fold=False) is None
    gated = compile_gated(r"\bRed Cross\b")
    assert gated.exact and gated.search("the Red Cross said") and not gated.search("red cross")
    assert not compile_gated(r"(?i)\bred cross\b").exact  # (global flags read too)


def test_words_of_gives_a_hand_written_gate_its_words() -> None:
    assert words_of(r"\b(?:number|total)\b|\bbring", re.I) == ("bring", "number", "total")
    with pytest.raises(ValueError, match="no word every match"):
        words_of(r"\d+\s+of", re.I)


def _gold_sentences() -> list[str]:
    """The sentences of the development sets (tests/gold/*/, ../shared/gold/dev/; not the
    real articles, whose blind quarter is never read)."""
    from pathlib import Path

    from custody.extract.text import sentences

    here = Path(__file__).resolve().parent
    folders = [p for p in (here / "gold").iterdir() if p.is_dir()]
    folders.append(here.parent.parent / "shared" / "gold" / "dev")
    texts = [p.read_text(encoding="utf-8") for f in folders if f.is_dir() for p in f.glob("*.txt")]
    return [s.text for t in texts for s in sentences(t)]


def _module_gates() -> list[re.Pattern[str]]:
    """The gated patterns of the extraction's modules."""
    import pkgutil

    package = importlib.import_module("custody.extract")
    modules = [
        importlib.import_module(f"custody.extract.{m.name}")
        for m in pkgutil.iter_modules(package.__path__)
    ]
    found = {id(v): v for m in modules for v in vars(m).values() if type(v).__name__ == "Gated"}
    return list(found.values())


def test_the_gated_patterns_find_what_their_plain_patterns_find() -> None:
    """cues.json's lists searched cue by cue (status 'around', aggregate and its
    refinements) and the modules' gated patterns: on every sentence of the development
    sets, and on its first half (a clause), each finds what the same pattern without its
    gate finds."""
    lex = load_lexicon()
    cues = [*lex.aggregate, *lex.aggregate_ranked, *lex.aggregate_arrests]
    cues += [p for patterns in lex.status_around.values() for p in patterns]
    gated = [p for p in cues if type(p).__name__ == "Gated"]
    assert len(gated) > len(cues) // 2  # most cues tell the words they need
    modules = _module_gates()
    assert len(modules) > 20
    gated += modules
    texts = _gold_sentences()
    assert len(texts) > 1000
    texts += [t[: len(t) // 2] for t in texts]
    for p in gated:
        plain = re.compile(p.pattern, p.flags)
        for text in texts:
            found, want = p.search(text), plain.search(text)
            assert (found and found.span()) == (want and want.span()), (p.pattern, text)
