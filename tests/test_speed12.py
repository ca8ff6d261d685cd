"""Fast paths of the nineteenth session (docs/benchmark.md, helper `fast12`): each gives
what the plain way gives, on the gold texts and on made-up ones."""

from __future__ import annotations

import dataclasses
import importlib
import re
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from custody.extract.counted import Counted
from custody.extract.lexicon import load_lexicon
from custody.extract.text import sentences

counts = importlib.import_module("custody.extract.counts")

HERE = Path(__file__).parent
SETS = [HERE / "gold" / name for name in ("dev2", "holdout", "holdout2", "holdout3", "own")]
TEXTS = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]
SENTENCES = [s.text for t in TEXTS for s in sentences(t)]

PIECES = ["the ", "12 ", "three ", "Palestinian ", "prisoners ", "hostages ", "were ", "freed"]
PIECES += ["released ", "among them ", "2 women ", "and ", "387 men", ", ", ". ", "a Filipino "]
PIECES += ["İ", "ſ", "of whom ", "at least ", "the 11 had been held", "numbering 13", "x"]


def test_the_texts_are_at_hand() -> None:
    assert len(TEXTS) > 100 and len(SENTENCES) > 1500


def _as_found(found: list[Counted]) -> list[tuple[Any, ...]]:
    return [dataclasses.astuple(c) for c in found]


def _changed(found: list[Counted]) -> None:
    """What later passes do to a sentence's counts (parts.py, merge.py, sentence.py)."""
    for c in found:
        c.value += 1
        c.categories.append("changed")
        c.rules.append("changed")
        c.nationality.append("changed")
        c.noun = "changed"


def _same_as_plain(text: str) -> None:
    lex = load_lexicon()
    plain = _as_found(counts._find_counted(lex, text))
    first = counts.find_counted(lex, text)
    assert _as_found(first) == plain
    _changed(first)
    again = counts.find_counted(lex, text)  # the same sentence of the same document
    assert _as_found(again) == plain
    assert all(a is not b for a, b in zip(again, first, strict=True))
    _changed(again)
    assert _as_found(counts.find_counted(lex, text)) == plain


def test_a_sentence_asked_for_again_gives_its_counts_as_found() -> None:
    for text in SENTENCES:
        _same_as_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_a_made_up_sentence_asked_for_again_gives_its_counts_as_found(parts: list[str]) -> None:
    _same_as_plain("".join(parts))


def test_an_equal_sentence_of_another_document_is_read_again() -> None:
    lex = load_lexicon()
    text = "Gunmen freed 12 worshippers on Sunday."
    counts.find_counted(lex, text)
    other = "".join(list(text))  # equal, another string: another document's sentence
    assert other == text and other is not text
    assert _as_found(counts.find_counted(lex, other)) == _as_found(counts._find_counted(lex, text))
    assert counts._KEPT[text][0] is other  # kept as read from the later document


def test_a_count_is_copied_whole() -> None:
    # every field given a value other than its default: a field added to Counted and left
    # out of copy_counted fails here
    made: dict[str, Any] = {}
    for f in dataclasses.fields(Counted):
        kind = f.type if isinstance(f.type, str) else f.type.__name__  # (a class, compiled)
        made[f.name] = (
            (["a", "b"] if kind.startswith("list") else 7 if kind == "int" else True)
            if kind != "str"
            else f"{f.name}!"
        )
    original = Counted(**made)
    copy = counts.copy_counted(original)
    assert dataclasses.asdict(copy) == dataclasses.asdict(original)
    for f in dataclasses.fields(Counted):
        if isinstance(getattr(original, f.name), list):
            assert getattr(copy, f.name) is not getattr(original, f.name)


def _back_reference_as_one() -> tuple[list[str], list[str]]:
    """scene.json's back-reference cues, and the same with its cue told at a sentence's
    start ('^\\s*' + people + verb) and its cue told after a determiner joined into the one
    cue they were ('(?:^\\s*|the ...)' + people + verb): one loose cue, searched at every
    character, that ``Alternatives`` could not gate."""
    from custody.extract.scene import scene_cues

    cues = scene_cues().back_reference.patterns
    opening = "^\\s*"
    at_start, after = next(
        (a, b)
        for a in cues
        for b in cues
        if a.startswith(opening) and b != a and b.endswith(a[len(opening) :])
    )
    rest = at_start[len(opening) :]
    joined = f"(?:{opening}|{after[: -len(rest)]}){rest}"
    one = [joined if c == at_start else c for c in cues if c != after]
    return cues, one


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["They ", "The ", "both ", "men ", "\n"]), max_size=12))
def test_the_back_reference_cues_find_what_they_found_as_one(parts: list[str]) -> None:
    _same_back_reference("".join(parts))


def test_the_back_reference_cues_find_what_they_found_as_one_on_the_gold_sentences() -> None:
    for text in SENTENCES:
        _same_back_reference(text)


def _same_back_reference(text: str) -> None:
    from custody.extract.scene import scene_cues

    cues, one = _back_reference_as_one()
    found = scene_cues().back_reference.search(text)
    plain = re.compile("|".join(one), re.I).search(text)
    assert (found is None) == (plain is None)
    assert found is None or plain is None or found.start() == plain.start()
    assert scene_cues().back_reference.scan is not None


def _plain_word_count() -> str:
    """``numbers.WORD_COUNT`` as it was written before it was a trie: the compound numbers,
    then the words the longest first."""
    from custody.extract.numbers import TENS, UNITS

    words = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
    units = "|".join(k for k in UNITS if UNITS[k] < 10)
    return rf"(?:(?:{'|'.join(TENS)})[- ](?:{units})|{words})"


def _patterns_with_word_counts() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the extractor's modules that holds ``WORD_COUNT``, and the same
    with the plain alternation in its place."""
    import pkgutil

    from custody.extract.numbers import WORD_COUNT

    package = importlib.import_module("custody.extract")
    path = getattr(package, "__path__", None) or sys.modules["custody.extract"].__path__
    found = []
    for info in pkgutil.iter_modules(path):
        module = importlib.import_module(f"custody.extract.{info.name}")
        for name, value in vars(module).items():
            compiled = getattr(value, "pattern_re", value)  # (a gated pattern's own)
            if isinstance(compiled, re.Pattern) and WORD_COUNT in compiled.pattern:
                plain = compiled.pattern.replace(WORD_COUNT, _plain_word_count())
                found.append((f"{info.name}.{name}", compiled, re.compile(plain, compiled.flags)))
    return found


def _found_by(pattern: re.Pattern[str], text: str) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


WORD_PIECES = ["twenty", "-", " ", "one", "seven", "teen", "ty", "nine", "ninety", "zero"]
WORD_PIECES += ["the ", "All ", "were ", "remain held", "freed in", "more", ", ", "often", "a "]
WORD_PIECES += ["dozen", "hundred and ", "thousand", "12", "T", "İ"]


def test_the_word_counts_are_the_plain_alternation_on_the_gold_sentences() -> None:
    patterns = _patterns_with_word_counts()
    assert len(patterns) >= 8  # (numbers, told_before, continued, objects, each_side)
    for text in SENTENCES + [s.lower() for s in SENTENCES]:
        for name, fast, plain in patterns:
            assert _found_by(fast, text) == _found_by(plain, text), (name, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=16))
def test_the_word_counts_are_the_plain_alternation(parts: list[str]) -> None:
    text = "".join(parts)
    for name, fast, plain in _PATTERNS:
        assert _found_by(fast, text) == _found_by(plain, text), (name, text)


_PATTERNS = _patterns_with_word_counts()


_POSSESSIVE = re.compile(r"(?<!\\)([*+?}])\+")
"""A possessive quantifier ('*+', '++', '?+', '{m,n}+'), not an escaped '+'."""


def _possessive_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the extractor's modules with a possessive run, and the same with
    the run greedy (the plain form it was written in)."""
    import pkgutil

    package = importlib.import_module("custody.extract")
    path = getattr(package, "__path__", None) or sys.modules["custody.extract"].__path__
    found = []
    for info in pkgutil.iter_modules(path):
        module = importlib.import_module(f"custody.extract.{info.name}")
        for name, value in vars(module).items():
            compiled = getattr(value, "pattern_re", value)
            if isinstance(compiled, re.Pattern) and _POSSESSIVE.search(compiled.pattern):
                plain = _POSSESSIVE.sub(r"\1", compiled.pattern)
                found.append((f"{info.name}.{name}", compiled, re.compile(plain, compiled.flags)))
    return found


def test_possessive_runs_find_what_greedy_ones_find_on_the_gold_sentences() -> None:
    patterns = _possessive_patterns()
    assert any(name == "named_doc._THE_N_RE" for name, _, _ in patterns)
    for text in SENTENCES:
        for name, fast, plain in patterns:
            assert _found_by(fast, text) == _found_by(plain, text), (name, text)
            assert _groups(fast.match(text)) == _groups(plain.match(text)), (name, text)


def _groups(m: re.Match[str] | None) -> tuple[Any, ...] | None:
    return None if m is None else (m.span(), m.groups())


THE_PIECES = ["The", "They", " two", " men", " French", "-", " ", ",", "—", ":", " A", " are "]
THE_PIECES += [" were ", " journalist", "the ", "an ", "B", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(THE_PIECES), max_size=14))
def test_possessive_runs_find_what_greedy_ones_find(parts: list[str]) -> None:
    text = "".join(parts)
    for name, fast, plain in _POSSESSIVE_PATTERNS:
        assert _groups(fast.match(text)) == _groups(plain.match(text)), (name, text)
        assert _found_by(fast, text) == _found_by(plain, text), (name, text)


_POSSESSIVE_PATTERNS = _possessive_patterns()
