"""Fast paths of the seventeenth session (docs/benchmark.md, helper `fast10`): each gives
what the plain call gives, on the gold texts and on made-up ones."""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from custody.record import Document

text_mod = importlib.import_module("custody.extract.text")

HERE = Path(__file__).parent
SETS = [HERE / "gold" / name for name in ("dev2", "holdout", "holdout2", "holdout3", "own")]
TEXTS = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]

SPACES = [chr(c) for c in text_mod._UNICODE_SPACES]
PIECES = ["Gunmen freed 20 worshippers", " ", "1", ",", "968", "prisoners", "\n", ".", "—"]
PIECES += ["’", "é", "İ", "Σ", "x", "\u200b", "\u00ad", *SPACES]


def _doc(text: str) -> Document:
    return Document(id="t", text=text)


def _plain_spaces_by_translation(document: Document) -> Document:
    """What ``plain_spaces`` gave before its scan: the whole text translated."""
    read = document.text.translate(text_mod._UNICODE_SPACES)
    return document if read == document.text else replace(document, text=read)


def test_the_texts_are_at_hand() -> None:
    assert len(TEXTS) > 100 and any(not t.isascii() for t in TEXTS)


def test_spaces_are_read_as_by_the_whole_translation() -> None:
    made = [
        "Kidnappers freed 1\u00a0968 prisoners on Monday.",
        "Kidnappers freed 1\u2009968 prisoners\ton Monday.",
        "Kidnappers freed 12 prisoners on Monday’s night.",  # beyond ASCII, no odd space
        "Kidnappers freed 12 prisoners on Monday.",
        "Kidnappers\u3000freed\u205f12\u202fprisoners\u1680on\u200aMonday.",
        "",
    ]
    for text in made + TEXTS:
        doc = _doc(text)
        got = text_mod.plain_spaces(doc)
        assert got == _plain_spaces_by_translation(doc)
        assert (got is doc) == (text.translate(text_mod._UNICODE_SPACES) == text)
    read = text_mod.plain_spaces(_doc(made[0])).text
    assert read == "Kidnappers freed 1 968 prisoners on Monday."


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_made_up_texts(pieces: list[str]) -> None:
    doc = _doc("".join(pieces))
    assert text_mod.plain_spaces(doc) == _plain_spaces_by_translation(doc)
