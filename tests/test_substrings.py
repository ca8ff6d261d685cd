"""Fast paths of the fifteenth session (docs/benchmark.md): each gives what the plain test
or pattern gives, on the gold texts and on made-up ones."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.extract.lexicon import load_lexicon
from custody.extract.substrings import LONG, Substrings

text_module = importlib.import_module("custody.extract.text")
phrases = importlib.import_module("custody.extract.phrases")

HERE = Path(__file__).parent
SETS = [HERE / "gold" / name for name in ("dev2", "holdout", "holdout2", "holdout3", "own")]
TEXTS = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]

PIECES = ["Assad", "assad", "put the", "number is", "Gaza", "ELN", " ", "x", "é", "’", "1", "0"]


def test_the_gold_texts_are_at_hand() -> None:
    assert len(TEXTS) > 100 and any(len(t) >= LONG for t in TEXTS)


@pytest.mark.parametrize("automaton", [True, False])
def test_substrings_find_what_the_substring_tests_find(automaton: bool) -> None:
    lex = load_lexicon()
    cues = phrases._context_cues(lex)
    if not automaton:
        cues = Substrings(cues.words)
        cues.automaton = None
    else:
        assert cues.automaton is not None
    for text in TEXTS + [t.lower() for t in TEXTS]:
        assert cues.found_in(text) == {w for w in cues.words if w in text}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=200))
def test_substrings_agree_on_made_up_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    words = ["Assad", "put the", "number is", "Gaza", "ELN", "é", "’1", "s"]
    found = Substrings(words)
    assert found.found_in(text) == {w for w in words if w in text}


def test_context_resolved_as_before() -> None:
    lex = load_lexicon()
    for text in TEXTS:
        cues = {c for cues in lex.context.values() for c in cues if c in text}
        plain: dict[str, str] = {}
        for alias, by_cue in lex.context.items():
            actors = {actor for cue, actor in by_cue.items() if cue in cues}
            if len(actors) == 1:
                plain[alias] = actors.pop()
        assert phrases.resolve_context(lex, text) == plain


DIGITS = ["1", "0", "9", " ", "\u00a0", "\u202f", ",", ".", "٣", "a", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DIGITS), max_size=30))
def test_spaced_digits_as_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = text_module._SPACED_DIGITS_RE.search(text) is not None
    assert text_module._spaced_digits(text) == plain
    assert text_module._spaced_digits(f"In all {text}.") == (
        text_module._SPACED_DIGITS_RE.search(f"In all {text}.") is not None
    )


def test_spaced_digits_on_the_gold_texts() -> None:
    made = ["the bodies of 1 000 dead", "in 2024 2025", "1 0000", "1 000,5", "1\u00a0000 ’"]
    for text in TEXTS + made:
        for t in (text, re.sub(r"[^\x00-\x7f]", " ", text)):  # (and the ASCII path)
            assert text_module._spaced_digits(t) == bool(text_module._SPACED_DIGITS_RE.search(t))


ACTOR_PIECES = ["Hamas", "hamas", "HAMAS", "Israel", "the Houthis", "houthi", "ELN", "eln"]
ACTOR_PIECES += ["Taliban", "-led", "-", " ", ", ", "x", "ı", "’", "Gaza", "Russia", "İ", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ACTOR_PIECES), max_size=25), st.integers(0, 12))
def test_actor_matches_as_finditer_on_made_up_texts(pieces: list[str], start: int) -> None:
    lex = load_lexicon()
    text = "".join(pieces)
    want = [(m.span(), m.groupdict()) for m in lex.actor_re.finditer(text, start)]
    got = [(m.span(), m.groupdict()) for m in phrases.actor_matches(lex, text, start)]
    assert got == want


def test_actor_matches_as_finditer_on_the_gold_texts() -> None:
    lex = load_lexicon()
    assert lex.actor_places is not None
    for text in TEXTS:
        for t in (text, text.replace("’", "'")):
            want = [(m.span(), m.groupdict()) for m in lex.actor_re.finditer(t)]
            assert [(m.span(), m.groupdict()) for m in phrases.actor_matches(lex, t)] == want


def test_titled_surnames_as_without_the_gate() -> None:
    name_subjects = importlib.import_module("custody.extract.name_subjects")
    lex = load_lexicon()
    titles = lex.person_words["honorifics"]
    for text in TEXTS + [
        "Officials said Mr Ansari, 68, was freed; Sgt. Musa and Col Dia too.",
        "Reverend Father Eze was abducted",
    ]:
        for sentence in text.split(". "):
            plain = [
                m.group(1)
                for m in name_subjects._SUBJECT_VERB_RE.finditer(sentence)
                if name_subjects.opens_clause(sentence, m.start())
            ] + [
                m.group(3) if m.group(2) in titles else m.group(2) or m.group(3)
                for m in name_subjects._TITLED_RE.finditer(sentence)
                if m.group(1) in titles
            ]
            assert name_subjects.surname_subjects(sentence, lex) == plain


def _written_out() -> list[type]:
    counted = importlib.import_module("custody.extract.counted")
    sense = importlib.import_module("custody.extract.sense")
    return [
        counted.Counted,
        counted._Phrase,
        phrases.Hit,
        phrases.ActorHit,
        phrases.SentenceFacts,
        text_module.Sentence,
        sense.Where,
    ]


@pytest.mark.parametrize("cls", _written_out(), ids=lambda c: c.__name__)
def test_written_out_inits_as_the_dataclass_ones(cls: type) -> None:
    """Each ``__init__`` written out (for mypyc) takes the fields in their order, with
    their defaults (a fresh list or dict for each instance), as the generated one would."""
    import dataclasses
    import inspect
    import types

    fields = [f for f in dataclasses.fields(cls) if f.init]
    if not isinstance(cls.__init__, types.FunctionType):
        pytest.skip("compiled: the same source, run natively")
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    if cls.__name__ == "_Phrase":  # (made empty only)
        assert params == []
    else:
        assert [p.name for p in params] == [f.name for f in fields]
    required = [
        object()
        for f in fields[: len(params)]
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    a, b = cls(*required), cls(*required)
    for f in fields:
        if f.default is not dataclasses.MISSING:
            assert getattr(a, f.name) == f.default
        elif f.default_factory is not dataclasses.MISSING:
            assert getattr(a, f.name) == f.default_factory()
            assert getattr(a, f.name) is not getattr(b, f.name)
    values = [object() for _ in params]
    made = cls(*values)
    assert [getattr(made, f.name) for f in fields[: len(values)]] == values
