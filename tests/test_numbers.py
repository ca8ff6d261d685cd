"""Numbers as news writes them (custody.extract.numbers) and counted people
built on them (custody.extract.phrases.find_counted).

Expected values come from docs/event-record.md (Qualifiers): a bare number is
exact, 'a dozen' is 12 about, vague quantities and years are no count.
"""

from __future__ import annotations

import pytest

from custody.extract.lexicon import load_lexicon
from custody.extract.numbers import NUMBER_RE, is_year, match_value, word_value
from custody.extract.phrases import find_counted


def _first_value(text: str) -> tuple[int, bool] | None:
    m = NUMBER_RE.search(text)
    assert m is not None, f"no number found in {text!r}"
    return match_value(m)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13", 13),
        ("1,200", 1200),
        ("8,000", 8000),
        ("10,400", 10400),
        ("1,234,567", 1234567),
        ("8 thousand", 8000),
        ("130 thousand", 130000),
        ("1.5 million", 1500000),
        ("2 million", 2000000),
    ],
)
def test_digits_and_scales(text: str, value: int) -> None:
    assert _first_value(text) == (value, False)


def test_digits_with_commas_match_whole() -> None:
    m = NUMBER_RE.search("Israel holds over 10,400 prisoners")
    assert m is not None and m.group(0) == "10,400"


def test_fraction_is_not_a_head_count() -> None:
    # 2.5 people is not a count
    assert _first_value("2.5") is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one", 1),
        ("thirteen", 13),
        ("twenty", 20),
        ("thirty-nine", 39),
        ("thirty nine", 39),
        ("ninety-nine", 99),
        ("a hundred", 100),
        ("one hundred", 100),
        ("two hundred and five", 205),
        ("two hundred five", 205),
        ("three hundred and forty-two", 342),
        ("five thousand", 5000),
    ],
)
def test_word_numbers(words: str, value: int) -> None:
    assert word_value(words) == value
    m = NUMBER_RE.search(f"freed {words} prisoners")
    assert m is not None
    assert match_value(m) == (value, False)


def test_word_numbers_case_insensitive() -> None:
    assert _first_value("Thirty-Nine") == (39, False)


def test_unknown_word_is_none() -> None:
    assert word_value("umpteen") is None


@pytest.mark.parametrize("text", ["a dozen", "A dozen", "one dozen"])
def test_a_dozen_is_twelve_about(text: str) -> None:
    assert _first_value(text) == (12, True)


@pytest.mark.parametrize(
    ("text", "value"), [("two dozen", 24), ("Three dozen", 36), ("half a dozen", 6)]
)
def test_dozens_told_by_a_number_are_about_that_many(text: str, value: int) -> None:
    assert _first_value(text) == (value, True)


def test_number_is_whole_word() -> None:
    # 'someone' contains 'one', 'often' contains 'ten': neither is a number
    assert NUMBER_RE.search("someone often") is None


# ------------------------------------------------------------ counted people


def _counts(text: str) -> list[tuple[int, str]]:
    return [(c.value, c.qualifier) for c in find_counted(load_lexicon(), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas freed 13 Israeli hostages", (13, "exact")),
        ("Russia is holding more than 8,000 Ukrainians", (8000, "more_than")),
        ("some 8 thousand prisoners remain", (8000, "about")),
        ("at least 130 thousand detainees", (130000, "at_least")),
        ("thirty-nine Palestinian prisoners were freed", (39, "exact")),
        ("two hundred and five prisoners were freed", (205, "exact")),
        ("a dozen hostages were freed", (12, "about")),
        ("about 50 hostages", (50, "about")),
        ("around 50 hostages", (50, "about")),
        ("an estimated 50 hostages", (50, "about")),
        ("approximately 50 hostages", (50, "about")),
        ("over 50 hostages", (50, "more_than")),
        ("nearly 50 hostages", (50, "at_most")),
        ("almost 50 hostages", (50, "at_most")),
        ("up to 50 hostages", (50, "at_most")),
        ("fewer than 50 hostages", (50, "at_most")),
    ],
)
def test_counted_people_value_and_qualifier(text: str, expected: tuple[int, str]) -> None:
    assert expected in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 prisoners were freed in a swap",
        "the 2022 prisoner exchange",
        "since 2014 detainees have been held without trial",
    ],
)
def test_a_year_is_never_a_count(text: str) -> None:
    assert all(value < 1900 or value > 2100 for value, _ in _counts(text)), _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "dozens of prisoners were freed",
        "hundreds of detainees were freed",
        "thousands of prisoners remain",
        "several hostages were freed",
    ],
)
def test_vague_quantities_are_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "after 40 days in detention",
        "at 10:30 prisoners were freed",
        "90% of prisoners",
    ],
)
def test_ages_times_and_percentages_are_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    "text", ["a 17-year-old prisoner was freed", "a 17 year old prisoner was freed"]
)
def test_an_age_is_no_count_but_its_article_is_one_person(text: str) -> None:
    assert _counts(text) == [(1, "exact")]


# ------------------------------------------------------------ the tally gate

_TALLY_SENTENCES = [
    "The number of prisoners in the jails has risen to 9,600.",
    "Bringing to 1,000 the number of detainees freed since March.",
    "The detainees, whose number exceeds 1,200, were moved.",
    "A total of 33 hostages have been freed so far.",
    "The TOLL OF deaths in custody stood at 68 by Friday.",
    "The count of those detained reached 410.",
    "It rose to 250, bringing the total of released captives higher.",
    "Officials gave no total, only that 12 soldiers were freed.",
    "The tally climbed to 40 prisoners.",
]


def _texts_at_hand() -> list[str]:
    """Every sentence of the project's own annotated texts and examples, and a few written here."""
    from pathlib import Path

    from custody.extract.text import sentences

    root = Path(__file__).resolve().parent
    files = sorted((root / "gold").glob("*/*.txt")) + sorted(
        (root.parent / "examples").glob("*.txt")
    )
    texts = [s.text for f in files for s in sentences(f.read_text(encoding="utf-8"))]
    return texts + _TALLY_SENTENCES


def test_the_tally_gate_passes_every_sentence_that_gives_a_tally() -> None:
    """``may_count_a_tally`` is a cheap necessary condition: a sentence it refuses gets
    no 'number-of' count from ``find_counted`` (the slow search it spares)."""
    from custody.extract.counts import may_count_a_tally

    lex = load_lexicon()
    tallies = 0
    for text in _texts_at_hand():
        if any(c.rules[0].startswith("number-of") for c in find_counted(lex, text)):
            tallies += 1
            assert may_count_a_tally(text), text
    assert tallies >= 5  # the check saw tallies


@pytest.mark.parametrize(
    ("digits", "year"),
    [
        ("2023", True),
        ("1999", True),
        ("2,023", False),
        ("19.5", False),
        ("1850", False),
        ("202", False),
        (None, False),
    ],
)
def test_is_year(digits: str | None, year: bool) -> None:
    assert is_year(digits) is year


def test_a_count_grouped_by_dots_reads_as_thousands() -> None:
    from custody.extract.numbers import NUMBER_RE, match_value

    m = NUMBER_RE.search("Israel released 1.968 Palestinian prisoners")
    assert m is not None and match_value(m) == (1968, False)
    m = NUMBER_RE.search("some 2.5 million people")
    assert m is not None and match_value(m) == (2_500_000, False)
    m = NUMBER_RE.search("a rate of 1.75 percent")
    assert m is not None and match_value(m) is None
