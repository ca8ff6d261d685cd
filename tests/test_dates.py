"""Relative and explicit dates (custody.extract.dates.resolve).

Rules from docs/event-record.md (Dates): a date only when the year can be
known; a weekday is the last such day on or before publication (the next one
for planned events); 'overnight' and 'today' are the publication date;
'earlier this week', 'last week', 'last month' give YYYY-MM; a year alone
is null. With no publication date nothing without a written year resolves.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.extract.dates import resolve

SUN = "2023-11-26"  # a Sunday
WED = "2023-11-29"  # a Wednesday


def values(span: str, published: str | None, planned: bool = False) -> list[str]:
    return [h.value for h in resolve(span, published, planned)]


def test_calendar_assumptions() -> None:
    assert dt.date.fromisoformat(SUN).weekday() == 6
    assert dt.date.fromisoformat(WED).weekday() == 2


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("freed on Thursday", SUN, "2023-11-23"),
        ("freed on Friday", SUN, "2023-11-24"),
        ("freed on Saturday", SUN, "2023-11-25"),
        ("freed on Sunday", SUN, "2023-11-26"),  # on or before: the day itself
        ("freed on Monday", SUN, "2023-11-20"),
        ("freed on Wednesday", WED, "2023-11-29"),
        ("freed on Thursday", WED, "2023-11-23"),
        ("freed late on Tuesday", WED, "2023-11-28"),
    ],
)
def test_weekday_is_last_such_day_on_or_before_publication(
    span: str, published: str, expected: str
) -> None:
    assert values(span, published) == [expected]


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("are due to be released on Monday", SUN, "2023-11-27"),
        ("are due to be released on Thursday", SUN, "2023-11-30"),
        ("are due to be released on Friday", WED, "2023-12-01"),
        ("are due to be released on Tuesday", WED, "2023-12-05"),
        ("will be released next Monday", WED, "2023-12-04"),
    ],
)
def test_planned_weekday_is_the_next_one(span: str, published: str, expected: str) -> None:
    assert values(span, published, planned=True) == [expected]


@pytest.mark.parametrize(
    "span", ["were freed overnight", "were freed today", "freed earlier today"]
)
def test_overnight_and_today_are_publication_day(span: str) -> None:
    assert values(span, WED) == [WED]


def test_yesterday_is_the_day_before() -> None:
    assert values("were freed yesterday", "2024-03-01") == ["2024-02-29"]


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("freed earlier this week", WED, "2023-11"),
        ("freed last week", WED, "2023-11"),
        ("freed last week", "2023-12-03", "2023-11"),  # the week before 3 December
        ("freed last month", WED, "2023-10"),
        ("freed last month", "2024-01-15", "2023-12"),  # across the year
    ],
)
def test_week_and_month_spans_give_year_month(span: str, published: str, expected: str) -> None:
    assert values(span, published) == [expected]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (WED, "2023-11"),  # Wednesday -> the weekend before, in November
        ("2023-11-27", "2023-11"),  # Monday
        ("2023-12-01", "2023-11"),  # Friday
        ("2024-04-03", "2024-03"),  # March 30-31: March
        ("2024-09-02", None),  # August 31 - September 1: two months, no date
    ],
)
def test_last_weekend_is_the_month_it_falls_in(published: str, expected: str | None) -> None:
    """Two days, like 'last week': the month (the holdouts' annotation), none when the
    weekend spans two months."""
    assert values("were freed last weekend", published) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("were detained in April", "2024-06-10", "2024-04"),
        ("were detained in June", "2024-06-10", "2024-06"),  # the month of publication
        ("were detained in April", "2024-02-10", "2023-04"),  # later month: previous year
        ("were detained in December", "2024-01-05", "2023-12"),
    ],
)
def test_month_takes_year_from_publication(span: str, published: str, expected: str) -> None:
    assert values(span, published) == [expected]


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("freed on 24 August", SUN, "2023-08-24"),
        ("freed on August 24", SUN, "2023-08-24"),
        ("freed on 28 December", "2024-01-05", "2023-12-28"),
    ],
)
def test_day_and_month_take_year_from_publication(span: str, published: str, expected: str) -> None:
    assert values(span, published) == [expected]


@pytest.mark.parametrize("published", [SUN, None])
@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("freed on 24 November 2023", "2023-11-24"),
        ("freed on November 24, 2023", "2023-11-24"),
        ("freed on the 3rd of March 2022", "2022-03-03"),
        ("arrested in March 2022", "2022-03"),
        ("arrested in September, 2019", "2019-09"),
    ],
)
def test_explicit_dates_with_years(span: str, expected: str, published: str | None) -> None:
    assert values(span, published) == [expected]


def test_invalid_calendar_date_is_skipped() -> None:
    assert values("freed on 31 February 2023", SUN) == []


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("abducted two years ago tonight", "2025-10-07", "2023-10-07"),
        ("taken 2 years ago today", "2025-10-07", "2023-10-07"),
        ("kidnapped a year ago today", "2024-10-07", "2023-10-07"),
    ],
)
def test_years_ago_tonight(span: str, published: str, expected: str) -> None:
    assert values(span, published) == [expected]


def test_years_ago_without_today_has_no_day() -> None:
    # 'two years ago' alone does not say which day
    assert values("abducted two years ago", "2025-10-07") == []


@pytest.mark.parametrize(
    "span",
    [
        "freed on Thursday",
        "freed on 24 August",
        "freed on August 24",
        "detained in April",
        "freed last month",
        "freed last week",
        "freed earlier this week",
        "freed last weekend",
        "freed yesterday",
        "freed overnight",
        "freed today",
        "abducted two years ago tonight",
        "will be freed next Monday",
    ],
)
@pytest.mark.parametrize("planned", [False, True])
def test_never_a_date_without_publication_and_written_year(span: str, planned: bool) -> None:
    assert resolve(span, None, planned) == []


@pytest.mark.parametrize("span", ["arrested in 2022", "a 2019 prisoner swap", "since 2014"])
def test_a_year_alone_is_no_date(span: str) -> None:
    assert values(span, SUN) == []


def test_hits_carry_exact_offsets_and_rules() -> None:
    span = "Freed on Thursday after being detained in March 2022."
    hits = resolve(span, SUN)
    assert [h.value for h in hits] == ["2023-11-23", "2022-03"]
    for h in hits:
        assert 0 <= h.start < h.end <= len(span)
        assert h.rule.startswith("date:")
    assert "Thursday" in span[hits[0].start : hits[0].end]
    assert "March 2022" in span[hits[1].start : hits[1].end]


def test_no_date_words_no_hits() -> None:
    assert resolve("Hamas freed 13 Israeli hostages", SUN) == []


# ------------------------------------------------------------ properties


_DATE_WORDS = [
    "on",
    "Thursday",
    "Sunday",
    "last",
    "next",
    "week",
    "month",
    "weekend",
    "in",
    "April",
    "December",
    "24",
    "3rd",
    "of",
    "2023",
    "1999",
    "ago",
    "two",
    "years",
    "tonight",
    "today",
    "overnight",
    "yesterday",
    "earlier",
    "this",
    "31",
    "February",
    ",",
    "late",
    "since",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_DATE_WORDS), max_size=12),
    published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))),
    planned=st.booleans(),
)
def test_resolve_never_raises_and_needs_a_year(
    words: list[str], published: dt.date | None, planned: bool
) -> None:
    span = " ".join(words)
    hits = resolve(span, published.isoformat() if published else None, planned)
    for h in hits:
        assert 0 <= h.start < h.end <= len(span)
        if published is None:
            # without a publication date only a written year gives a date
            assert h.value[:4] in span[h.start : h.end]


@settings(max_examples=200, deadline=None)
@given(span=st.text(max_size=80), planned=st.booleans())
def test_resolve_never_raises_on_arbitrary_text(span: str, planned: bool) -> None:
    resolve(span, SUN, planned)
    resolve(span, None, planned)


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("the rebels freed four of them last week Monday", WED, "2023-11-20"),
        ("were released on Friday last week", WED, "2023-11-24"),
        ("were released on Friday of last week", SUN, "2023-11-17"),
        ("freed last week on Sunday", SUN, "2023-11-19"),
    ],
)
def test_a_weekday_of_last_week_is_that_day_in_the_week_before(
    span: str, published: str, expected: str
) -> None:
    assert values(span, published) == [expected]


@pytest.mark.parametrize(
    ("span", "published", "expected"),
    [
        ("the last swap took place in mid-October", WED, "2023-10"),
        ("they were seized in early-November", WED, "2023-11"),
        ("earlier in the day, the group handed over three captives", WED, WED),
        ("later in the day, a second group was freed", SUN, SUN),
    ],
)
def test_mid_month_and_earlier_in_the_day(span: str, published: str, expected: str) -> None:
    assert values(span, published) == [expected]


def test_the_calendar_table_is_checked_and_names_the_broken_key() -> None:
    from custody.calendar import parse_calendar
    from custody.errors import LexiconError

    good = {
        "months": {m: i + 1 for i, m in enumerate("ABCDEFGHIJKL")},
        "month_abbreviations": {"Sept": 9},
        "weekdays": list("1234567"),
        "ordinals": [str(i) for i in range(31)],
    }
    assert parse_calendar(good, "cal.json")["month_abbreviations"] == {"Sept": 9}
    with pytest.raises(
        LexiconError, match=r"cal\.json: month_abbreviations\.Sept: expected a month"
    ):
        parse_calendar({**good, "month_abbreviations": {"Sept": 13}}, "cal.json")
    with pytest.raises(LexiconError, match=r"cal\.json: 'weekdays': expected 7"):
        parse_calendar({**good, "weekdays": ["Monday"]}, "cal.json")


def test_a_short_month_with_a_dot_is_read_from_the_calendar_table() -> None:
    assert values("freed on Sept. 3, 2023", SUN) == ["2023-09-03"]
