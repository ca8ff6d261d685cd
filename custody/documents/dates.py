"""Dates as page headers write them: full dates, day-month without a year,
weekdays and dated URLs.

A date counts only with its year written. Numeric dates are read day-first
when dotted (``24.08.2024``) and, when slashed or dashed, only when one
reading is impossible (``1/19/2024``, ``28/11/2023``, ``18-07-2025``;
``3/4/2024`` is None). A weekday written next to a date must agree with it,
or the date is dropped. A year may follow 'of', as translations from Spanish
write it ("January 28 of 2025").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from custody.calendar import MONTHS, WEEKDAYS_AND_SHORT

_MONTH = r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"


_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"


_YEAR = r"(?P<y>(?:19|20)\d{2})"


_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS_AND_SHORT, key=len, reverse=True)) + r")\.?"


# Full dates, each a regex with named groups y, m, d (m may be a name).
_FULL_DATES = (
    re.compile(rf"(?<![\d-]){_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\d])"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?:of\s+)?{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?:of\s+)?{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<![\d.]){_DAY}\.(?P<m>\d{{1,2}})\.{_YEAR}(?![\d.]\d)"),
)


# 1/19/2024, 28/11/2023 or 18-07-2025 (a clock time may run on: "1/19/202407:51 PM").
_SLASH_DATE = re.compile(
    r"(?<![\d/-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?P=s)" + _YEAR + r"(?!\d(?!\d:\d))"
)


# Day and month without a year ("Nov 25", "24 August").
_PARTIAL_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?![\d,]|,?\s+(?:of\s+)?(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?![\w]|,?\s+(?:of\s+)?(?:19|20)\d\d)", re.IGNORECASE),
)


# A year as the date patterns write it: text without one holds no full date.
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")


_ANY_DIGIT = re.compile(r"\d")


_WEEKDAY_ANYWHERE = re.compile(_WEEKDAY, re.IGNORECASE)


_WEEKDAY_BEFORE = re.compile(rf"\b(?P<w>{_WEEKDAY})\s*,?\s*$", re.IGNORECASE)


_WEEKDAY_ONLY = re.compile(rf"^\s*{_WEEKDAY}\s*$", re.IGNORECASE)


_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})(?:[/-](?P<d>\d{1,2}))?(?=[/-])")


@dataclass(frozen=True)
class _DateHit:
    day: date
    start: int
    end: int


def _month_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if not token[:1].isupper():  # "may 8" in running text is not a month
        return None
    return MONTHS.get(token.lower().rstrip("."))


def _make_date(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_WEEKDAY_LEN = max(map(len, WEEKDAYS_AND_SHORT)) + 1  # with its "."


def _weekday_before(text: str) -> re.Match[str] | None:
    """``_WEEKDAY_BEFORE.search(text)``, tried only where a match can start.

    A match is a weekday followed by nothing but spaces and one comma, so it
    starts at most a weekday's length before what is left when those are
    stripped. A search from there is many times faster on a long line, and its
    word boundary still sees the character before it.
    """
    end = len(text.rstrip())
    if end and text[end - 1] == ",":
        end = len(text[: end - 1].rstrip())
    return _WEEKDAY_BEFORE.search(text, max(0, end - _WEEKDAY_LEN))


def _weekday_agrees(text: str, start: int, day: date) -> bool:
    """A weekday written right before the date must be that date's weekday."""
    before = _weekday_before(text[:start])
    if not before:
        return True
    return WEEKDAYS_AND_SHORT[before.group("w").lower().rstrip(".")] == day.weekday()


def _slash_date(a: int, b: int, year: int) -> date | None:
    """Month-first or day-first, only when the other reading is impossible."""
    month_first = _make_date(year, a, b)
    day_first = _make_date(year, b, a)
    if month_first and day_first and month_first != day_first:
        return None
    return month_first or day_first


def full_dates(text: str) -> list[_DateHit]:
    """Every full date written in ``text`` whose weekday (if any) agrees."""
    if not _ANY_YEAR.search(text):  # every full date pattern holds a year: most text has none
        return []
    hits: list[_DateHit] = []
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            day = _make_date(int(m["y"]), _month_number(m["m"]), int(m["d"]))
            if day and _weekday_agrees(text, m.start(), day):
                hits.append(_DateHit(day, m.start(), m.end()))
    for m in _SLASH_DATE.finditer(text):
        day = _slash_date(int(m["a"]), int(m["b"]), int(m["y"]))
        if day and _weekday_agrees(text, m.start(), day):
            hits.append(_DateHit(day, m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    return [
        h
        for i, h in enumerate(hits)
        if not any(o.start < h.end and h.start < o.end for o in hits[:i])
    ]


def _partial_of(m: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of a match of :data:`_PARTIAL_DATES`, if it is a date."""
    month = _month_number(m["m"])
    day = int(m["d"])
    return (month, day) if month and 1 <= day <= 31 else None


def _first_partial(text: str) -> tuple[re.Match[str] | None, tuple[int, int] | None]:
    """The first match of :data:`_PARTIAL_DATES` in ``text`` (in their order),
    and the (month, day) of the first of their first matches that is a date.

    The next pattern is searched for only while no match is a date: one that
    is settles both answers.
    """
    first = None
    if _ANY_DIGIT.search(text):  # every pattern holds a day number
        for pattern in _PARTIAL_DATES:
            m = pattern.search(text)
            if m:
                first = first or m
                partial = _partial_of(m)
                if partial:
                    return first, partial
    return first, None


def _partial_date(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without a year, or None."""
    return _first_partial(text)[1]


_URL_DAY = re.compile(
    r"(?<!\d)(20\d\d)[/-]?(0[1-9]|1[0-2]|[a-z]{3})[/-]?([0-2]\d|3[01])(?!\d)", re.IGNORECASE
)


def url_day(url: str | None) -> date | None:
    """The day a URL's path gives (/2025/01/20/, /2025/Jan/25/, 20221127), or None.

    The host is left out (a number in a domain is no date), and so is the query.
    """
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    for m in _URL_DAY.finditer(path):
        year, month, day = m.groups()
        number = int(month) if month.isdigit() else MONTHS.get(month.casefold())
        if number is not None and (found := _make_date(int(year), number, int(day))):
            return found
    return None


def url_date(url: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) from a dated URL path such as /2023/11/24/."""
    m = _URL_DATE.search(url)
    if not m or not 1 <= int(m["m"]) <= 12:
        return None
    day = int(m["d"]) if m["d"] else None
    if day is not None and _make_date(int(m["y"]), int(m["m"]), day) is None:
        return None
    return int(m["y"]), int(m["m"]), day


def _leading_date(segment: str) -> date | None:
    """The full date a segment opens with, after at most a weekday."""
    hits = full_dates(segment)
    if not hits or _WEEKDAY_ANYWHERE.sub("", segment[: hits[0].start]).strip(" ,"):
        return None
    return hits[0].day


# What the first three letters of every weekday name match (and a few more):
# mon tue wed thu fri sat sun. A charset first is scanned for quickly.
_WEEKDAY_STEM = re.compile("[mtwfs](?:on|ue|ed|hu|ri|at|un)")


def _may_hold_weekday(text: str) -> bool:
    """False if ``text`` surely holds no weekday name (_WEEKDAY, in any case).

    Looked for in lower case; but re.IGNORECASE also matches "ſ" to s and
    "ı", "İ" to i, which lower() does not make ASCII: with one of them, maybe.
    """
    return (
        _WEEKDAY_STEM.search(text.lower()) is not None or "ſ" in text or "ı" in text or "İ" in text
    )
