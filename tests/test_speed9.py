"""Fast paths of the sixteenth session (docs/benchmark.md, helper `fast9`): each gives what
the plain call gives, on the gold texts and on made-up ones."""

from __future__ import annotations

import importlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from custody.documents.chrome import page_words
from custody.documents.datelines import dateline_end

regex = importlib.import_module("custody.extract.regex")
phrases = importlib.import_module("custody.extract.phrases")
prefilter = importlib.import_module("custody.extract.prefilter")

HERE = Path(__file__).parent
SETS = [HERE / "gold" / name for name in ("dev2", "holdout", "holdout2", "holdout3", "own")]
TEXTS = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]
LINES = [line for t in TEXTS for line in t.splitlines() if line.strip()]

PIECES = ["KYIV, ", "Gaza", " - ", " -- ", "–", "—", "(", ")", "Reuters", "May 2, 2024", " "]
PIECES += ["freed", "İ", "Σ", "ς", "al-Assad", "x", "-", "\n", ". ", "ẞ", "ǅ", "Ω"]


def test_the_texts_are_at_hand() -> None:
    assert len(TEXTS) > 100 and any(len(t) > 1000 for t in TEXTS) and len(LINES) > 1000


def test_a_long_text_kept_lowered_is_its_lower_case() -> None:
    # documents one after the other, some asked for twice, some of the same length
    same_length = ["A" * 1500, "b" * 1500, "A" * 1499 + "B"]
    texts = [t for t in TEXTS if len(t) > 1000] + same_length
    for text in texts + texts[::-1] + [t for t in texts for _ in range(2)]:
        assert regex.lower_of(text) == text.lower()
        assert regex.lowered(text) == (text.lower() if len(text.lower()) == len(text) else None)


def test_the_prefilter_decides_as_on_the_plain_lower_case() -> None:
    for text in TEXTS:
        low = text.lower()
        found = prefilter._scan(low) or prefilter._scan_by_substrings(low)
        plain = prefilter.may_be_custody(text)
        regex.lower_of("x" * 2000)  # another document lowered in between
        assert prefilter.may_be_custody(text) == plain
        assert found is not None


def test_a_dateline_is_looked_for_only_where_one_may_be() -> None:
    made = [
        "KYIV, May 25, 2025 (Meridian Wire) -- Ukraine said it freed 12 soldiers.",
        "Ramallah – Tuesday, 9 July 2024: the prisoners were freed overnight.",
        "KADUNA, Nigeria - Gunmen freed 20 worshippers on Sunday.",
        "CAIRO (Agency News / Wire - 16th October, 2020) A plane carrying 30 freed men landed.",
        "Gunmen freed 20 worshippers in Kaduna on Sunday.",
        "the so-called prisoners were freed (officials said).",
    ]
    for text in made + LINES:
        assert phrases._dateline_end(text) == dateline_end(text)
    assert phrases._dateline_end(made[0]) > 0 and phrases._dateline_end(made[4]) == 0


def test_a_related_line_is_read_only_where_one_may_open() -> None:
    words = page_words()
    made = ["Related: Talks resume", "Read more", "Most read", "More from World", "RELATED"]
    made += ["Read also: Gunmen kidnap 20", "Related stories", "Gunmen freed 20 worshippers."]
    found = [t for t in made + LINES if words.related_line(t) is not None]
    assert len(found) >= 4
    for text in made + LINES:
        if words.related_start.match(text) is None:  # (in_related_lists asks no more)
            assert words.related_line(text) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_made_up_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert phrases._dateline_end(text) == dateline_end(text)
    long = text * (1 + 1001 // max(1, len(text))) if text else "y" * 1001
    assert regex.lower_of(long) == long.lower()
    assert regex.lower_of(text) == text.lower()
    if page_words().related_start.match(text) is None:
        assert page_words().related_line(text) is None
