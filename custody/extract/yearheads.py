"""The years a timeline gives by its headings: a line that holds only a year ('2023', then
'October 20 - ...', 'November 24 - ...', then '2024', 'February 12 - ...') tells the year of
the days told without one in the lines under it. A day told without its year takes the
page's year by the usual rule (the last such day before the page's date); under a heading
it takes the heading's year instead, and above the first heading, where the page's rule
would give that heading's year or a later one, it takes none (the line is of an earlier
year the page does not say: no year rather than a guess)."""

from __future__ import annotations

import datetime as dt
import re

from custody.extract.mentions import Mention

_YEAR_LINE_RE = re.compile(r"((?:19|20)\d\d)[ \t]*:?[ \t]*(?:\n|$)")
"""A line that holds only a year (matched right after its line's start)."""
_WITHOUT_YEAR = (
    "date:month-day",
    "date:day-month",
    "date:timeline-entry:date:month-day",
    "deal-date:date:month-day",
    "deal-date:date:day-month",
)
RULE = ":year-of-heading"


def years_by_heading(records: list[Mention], text: str) -> None:
    """Give the dates told without a year under a year's heading that year (see module)."""
    told = [
        r
        for r in records
        if r.date
        and len(r.date) == 10
        and _without_year(r.date_rule)
        # (not 'the October 7 attack'; 'in March 2022, ... in June')
        and not r.date_rule.endswith(("named-day", "year-told-before"))
    ]
    heads = _year_lines(text) if told else []  # (the text is scanned only when needed)
    if not heads:
        return
    for r in told:
        date, at = r.date or "", r.sentence.start
        above = [y for pos, y in heads if pos < at]
        if above:
            r.date, r.date_rule = _in_year(date, above[-1]), r.date_rule + RULE
        elif int(date[:4]) >= heads[0][1]:
            r.date, r.date_rule = None, ""  # (a line above the first year's heading)


def _year_lines(text: str) -> list[tuple[int, int]]:
    """(offset, year) of each line that holds only a year: looked for only after a line
    break that a year's first digits follow (most pages hold none)."""
    heads = []
    for opening in ("\n19", "\n20"):
        at = text.find(opening)
        while at != -1:
            m = _YEAR_LINE_RE.match(text, at + 1)
            if m is not None:
                heads.append((m.start(), int(m.group(1))))
            at = text.find(opening, at + 1)
    return sorted(heads)


def _without_year(rule: str) -> bool:
    """Whether a date's rule read a day told without its year ('month-day', not
    'month-day-year')."""
    return any(
        rule.startswith(p) and rule[len(p) : len(p) + 1] in ("", ":", " ") for p in _WITHOUT_YEAR
    )


def _in_year(date: str, year: int) -> str | None:
    """``date`` (YYYY-MM-DD) in ``year``; None for a day the year lacks (29 February)."""
    try:
        return dt.date(year, int(date[5:7]), int(date[8:10])).isoformat()
    except ValueError:
        return None
