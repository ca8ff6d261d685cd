"""Fast paths of the seventeenth session (docs/benchmark.md, helper `fast10`): each gives
what the plain call gives, on the gold texts and on made-up ones."""

from __future__ import annotations

import importlib
import re
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from custody.documents.chrome import page_words
from custody.extract.lexicon import load_lexicon
from custody.extract.regex import alternation
from custody.record import Document

text_mod = importlib.import_module("custody.extract.text")
location = importlib.import_module("custody.extract.location")
related = importlib.import_module("custody.extract.related")

HERE = Path(__file__).parent
SETS = [HERE / "gold" / name for name in ("dev2", "holdout", "holdout2", "holdout3", "own")]
TEXTS = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]
LINES = [line for t in TEXTS for line in t.splitlines() if line.strip()]

SPACES = [chr(c) for c in text_mod._UNICODE_SPACES]
PIECES = ["Gunmen freed 20 worshippers", " ", "1", ",", "968", "prisoners", "\n", ".", "—"]
PIECES += ["’", "é", "İ", "Σ", "x", "\u200b", "\u00ad", *SPACES]
PIECES += ["Related", "READ", "ſee", "_", "“", "• ", "Most", "in", "Kelvin", "ıt", "up"]
PIECES += ["0", "5", "9", "000", "12", " 000", "٣", "1 000"]


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
    _related_opening_as_the_pattern(doc.text)
    assert text_mod._spaced_digits(doc.text) == _spaced_by_the_pattern(doc.text)


def _spaced_by_the_pattern(text: str) -> bool:
    return text_mod._SPACED_DIGITS_RE.search(text) is not None


def test_digits_set_apart_by_a_space_are_found_as_by_the_pattern() -> None:
    made = ["Kidnappers freed 1 000 hostages.", "freed 1 0000 of them", "in 2 024.", "at 1 000,"]
    made += ["freed 6 060", "freed 6 06", "1 000 000 and 12 345", "٣ ٠٠٠ hostages", "9 999x", ""]
    found = [t for t in made if text_mod._spaced_digits(t)]
    assert found == [made[0], made[4], made[6], made[7], made[8]]
    for text in made + TEXTS + LINES:
        assert text_mod._spaced_digits(text) == _spaced_by_the_pattern(text)


def _related_opening_as_the_pattern(text: str) -> None:
    words = page_words()
    letters = related._opening_letters(words.related_firsts)
    if words.related_start.match(text) is not None:
        assert related._may_open(text, letters)


def test_a_related_line_is_matched_only_where_its_first_letter_may_open_one() -> None:
    made = ["Related: Talks resume", "“Read more", "• Most read", "RELATED", "ſee also", "Up next"]
    made += ["Gunmen freed 20 worshippers.", "_related", "Kidnappers in Zamfara"]
    for text in made + LINES:
        _related_opening_as_the_pattern(text)
    letters = related._opening_letters(page_words().related_firsts)
    assert letters and not related._may_open("Gunmen freed 20 worshippers.", letters)
    assert related._may_open("“Read more", letters) and related._may_open("ſee also", letters)


def test_a_date_stamp_is_looked_for_only_in_a_text_holding_its_words() -> None:
    made = [
        " date 2023-04-30 Bandits have released 12 abducted farmers in Zamfara.",
        "Gunmen freed 20 worshippers.\n date 2024-01-02  Police said the 20 were freed.",
        "Gunmen freed 20 worshippers on the date 2024-01-02 set for the talks.",
        "Gunmen freed 20 worshippers. The date was not given.",
    ]
    for text in made + TEXTS:
        lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        if any(text_mod._STAMP_RE.match(text, at) for at in lines):
            assert text_mod.contains_any(text, text_mod._STAMP_WORDS)
    first = text_mod.sentences(made[0])[0]
    assert first.text.startswith("Bandits have released")
    assert [s.text for s in text_mod.sentences(made[1])][-1] == "Police said the 20 were freed."
    assert text_mod.sentences(made[2])[0].text == made[2]


def _longest_first(words: list[str]) -> str:
    """How location.py joined its lists before: escaped, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_place_and_facility_lists_as_tries_find_what_the_joined_lists_find() -> None:
    lex = load_lexicon()
    places = list(lex.places["places"])
    heads = list(lex.places["facility_heads"])
    lower_heads = [h for h in heads if h.islower()]
    made = ["Gunmen freed 20 worshippers in Gaza City and Gaza on Sunday.", "Ofer Prison", "x"]
    texts = made + TEXTS[:60] + [" ".join(places), " ".join(heads), "-".join(places[:40])]
    for words in (places, heads, lower_heads):
        for wrap in (r"(?:(?:north|south)\s+)?({})(?![\w-])", r"\b({})\s+of\s+[A-Z]", r"({})\b"):
            trie = re.compile(wrap.format(alternation(words)))
            joined = re.compile(wrap.format(_longest_first(words)))
            for text in texts:
                got = [(m.span(), m.group(1)) for m in trie.finditer(text)]
                assert got == [(m.span(), m.group(1)) for m in joined.finditer(text)]
    assert location._location_patterns(lex)[1].search("freed 20 worshippers in Gaza City.")
