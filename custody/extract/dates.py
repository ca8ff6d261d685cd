"""Dates of happenings, resolved against the publication date.

Rules (docs/event-record.md): a date only when its year can be known; a
weekday is the last such day on or before publication (the next one for
planned events); 'overnight', 'today' are the publication day; 'earlier
this week', 'last week', 'last month' give YYYY-MM. A year alone is null.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from custody.calendar import CALENDAR, MONTHS, WEEKDAYS
from custody.extract.numbers import word_value
from custody.extract.regex import alternation

MONTH_NAMES: tuple[str, ...] = (*CALENDAR["months"], *CALENDAR["month_abbreviations"])
"""Month names, then their short forms, as written (calendar.json)."""
ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(CALENDAR["ordinals"])}
_ORDINALS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_MON = rf"(?P<mon>{'|'.join(MONTH_NAMES)})\.?"
_WD = rf"(?P<wd>{'|'.join(CALENDAR['weekdays'])})"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+(?P<unit>years?|months?|weeks?|days?)\s+ago(?:\s+(?:today|tonight|this week|this month))?\b",
            re.I,
        ),
    ),
    (
        "day-month-year",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(?P<year>(?:19|20)\d\d)\b"
        ),
    ),
    (
        "month-day-year",
        re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    ),
    (
        "month-year",
        re.compile(
            rf"(?:\b(?i:in|since|of|during|from|until|by|late|early|mid-?|between|and)\s+(?i:the\s+month\s+of\s+)?|^|(?<=[.,;:]\s)){_MON},?\s+(?P<year>(?:19|20)\d\d)\b"
        ),
    ),
    (
        "day-month",
        re.compile(
            # ('on 31 October', 'Sunday, 31 October': the weekday names the same day)
            rf"\b(?:(?i:on|from|since|until|by)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)\s+"
            rf"(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b(?!,?\s+(?:19|20)\d\d)"
        ),
    ),
    (
        "ordinal-day-month",
        re.compile(
            rf"\b(?i:on|from|since|until|by)\s+(?i:the)\s+(?P<dayw>{_ORDINALS})\s+(?i:of)\s+{_MON}\b(?!,?\s+(?:19|20)\d\d)"
        ),
    ),
    (
        "month-day",
        re.compile(
            rf"\b(?:on|from|since|until|by)?\s*{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)(?!\s*\()"
        ),
    ),
    ("next-weekday", re.compile(rf"\bnext\s+{_WD}\b", re.I)),
    ("weekday-last-week", re.compile(rf"\blast\s+week\s+(?:on\s+)?{_WD}\b", re.I)),
    ("weekday-last-week", re.compile(rf"\b{_WD}\s+(?:of\s+)?last\s+week\b", re.I)),
    (
        "weekday",
        re.compile(
            rf"\b(?:on|late on|early on|late|early|this|last|since|from|by|until)?\s*(?:the\s+)?(?:dawn\s+of\s+)?(?:yesterday,?\s+)?{_WD}(?:'s)?\b"
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:today|tonight|this morning|this afternoon|this evening|overnight|hours ago|earlier today|tonight's)\b",
            re.I,
        ),
    ),
    # the day of the happening told before it, else the publication day (context.py)
    ("same-day", re.compile(r"\b(?:earlier|later) in the day\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("this-week", re.compile(r"\b(?:earlier|later) this week\b|\bthis week\b", re.I)),
    (
        "last-weekend",
        re.compile(r"\blast weekend\b|\bover the weekend\b|\bthe previous weekend\b", re.I),
    ),
    ("last-week", re.compile(r"\blast week\b|\bthe previous week\b|\ba week ago\b", re.I)),
    ("last-month", re.compile(r"\blast month\b|\bthe previous month\b|\ba month ago\b", re.I)),
    (
        "this-month",
        re.compile(
            r"\b(?:earlier |later )?this month\b|\bthe current month\b|\bthe beginning of the (?:current )?month\b",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?i:in|since|of|during|from|until|by|late|early|mid-?|last)\s+(?i:the\s+month\s+of\s+)?(?i:mid-|early-|late-)?{_MON}\b(?!\s+\d)"
        ),
    ),
]


_ANY_DATE_RE = re.compile(
    r"\d|day\b|"
    + alternation(
        "night week month year ago morning afternoon evening hours "
        "jan feb mar apr may jun jul aug sep oct nov dec".split()
    )
)
"""Cheap test on the lower-cased span: without any of these, it states no date."""


_DIGIT_RE = re.compile(r"\d")
_NAME_AFTER_RE = re.compile(
    r"\s+(?:Movement|Revolution|Youth|Brigades?|Front|Alliance|Coalition|Group)\b"
)
"""A capitalised organisation noun after a date makes it a name ('the March 23 Movement',
'the April 6 Youth Movement', 'the February 17 Revolution')."""
_MONTH_WORD_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_NEEDS: dict[str, str | tuple[str, ...]] = {
    # what a span must contain for a rule to have a chance: skips most patterns cheaply
    "ago": ("ago",),
    "day-month-year": "month",
    "month-day-year": "month",
    "month-year": "month",
    "day-month": "month",
    "ordinal-day-month": "month",
    "month-day": "month",
    "month": "month",
    "next-weekday": ("next",),
    "weekday-last-week": ("last week",),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "today": (
        "today",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "overnight",
        "hours ago",
    ),
    "same-day": ("in the day",),
    "yesterday": ("yesterday",),
    "this-week": ("this week",),
    "last-weekend": ("weekend",),
    "last-week": ("last week", "previous week", "week ago"),
    "last-month": ("last month", "previous month", "month ago"),
    "this-month": ("this month", "current month", "of the month"),
}


_NEEDS_DIGIT = frozenset(
    {"day-month-year", "month-day-year", "month-year", "day-month", "month-day"}
)
"""Rules whose patterns need a digit (a day or a year in figures)."""

_RULES: list[tuple[str, re.Pattern[str], bool, frozenset[str] | None]] = [
    (
        rule,
        pattern,
        _NEEDS.get(rule) == "month",
        frozenset(needs) if isinstance(needs := _NEEDS.get(rule), tuple) else None,
    )
    for rule, pattern in _PATTERNS
]
"""(rule, pattern, needs a month name, words the lower-cased span must contain: one of them)."""

_NEED_WORDS = tuple(
    sorted({w for needs in _NEEDS.values() if isinstance(needs, tuple) for w in needs})
)
"""Every word some rule needs: each span is tested for them once, not once a rule."""


@dataclass(frozen=True)
class DateHit:
    value: str
    start: int
    end: int
    rule: str


def _month_year(month: int, pub: dt.date, forward: bool) -> int:
    if forward:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _iso(d: dt.date) -> str:
    return d.isoformat()


def resolve(span: str, published: str | None, planned: bool = False) -> list[DateHit]:
    """All dates stated in ``span``, resolved; unresolvable ones are skipped."""
    return list(_resolve(span, published, planned))


@lru_cache(maxsize=1024)
def _resolve(span: str, published: str | None, planned: bool) -> tuple[DateHit, ...]:
    # cached: the clauses of a sentence are resolved once for each record told in them
    low = span.lower()
    if not _ANY_DATE_RE.search(low):
        return ()
    pub = dt.date.fromisoformat(published) if published else None
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    has_month = _MONTH_WORD_RE.search(span) is not None
    has_digit = has_month and _DIGIT_RE.search(span) is not None
    present = _words_present(low)
    for rule, pattern, needs_month, needs in _RULES:
        if needs_month and not has_month or rule in _NEEDS_DIGIT and not has_digit:
            continue
        if needs is not None and needs.isdisjoint(present):
            continue
        for m in pattern.finditer(span):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value = _value(rule, m, pub, planned)
            if value is None:
                continue
            if rule == "month" and m.group(0).lower().startswith("since"):
                continue
            if _NAME_AFTER_RE.match(span, m.end()):
                continue  # 'the March 23 Movement': a name, no date
            named = _named_day(rule, value, m, pub)
            taken.append((m.start(), m.end()))
            hits.append(
                DateHit(
                    named or value,
                    m.start(),
                    m.end(),
                    f"date:{rule}" + (":named-day" if named else ""),
                )
            )
    hits.sort(key=lambda h: h.start)
    return tuple(_years_told(hits))


@lru_cache(maxsize=1)
def _named_days() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """calendar.json named_days: (date, what may follow the day, words of the conflict)."""
    return tuple(
        (n["date"], re.compile(n["after"]), re.compile(n["context"]))
        for n in CALENDAR.get("named_days", ())
    )


def _named_day(rule: str, value: str, m: re.Match[str], pub: dt.date | None) -> str | None:
    """The date of a day the conflict's news names without its year ('the October 7
    attack', 'abducted from Nir Oz on October 7'), not the last such day."""
    if rule not in ("day-month", "month-day") or pub is None:
        return None
    for date, after, context in _named_days():
        if value[5:] == date[5:] and date <= pub.isoformat() and date != value:
            if after.match(m.string, m.end()) or context.search(m.string):
                return date
    return None


_WITH_YEAR = frozenset({"date:month-year", "date:day-month-year", "date:month-day-year"})
_WITHOUT_YEAR = frozenset({"date:month", "date:day-month", "date:month-day"})


def _years_told(hits: list[DateHit]) -> list[DateHit]:
    """'joined the army in March 2022, was detained in June': a month told without its
    year after a date told with one, and not before it in the year, is of that year."""
    out: list[DateHit] = []
    year: DateHit | None = None
    for h in hits:
        if h.rule in _WITH_YEAR:
            year = h
        elif h.rule in _WITHOUT_YEAR and year is not None and h.value[5:7] >= year.value[5:7]:
            if h.value[:4] != year.value[:4]:
                h = DateHit(
                    year.value[:4] + h.value[4:], h.start, h.end, h.rule + ":year-told-before"
                )
        out.append(h)
    return out


def _words_present(low: str) -> set[str]:
    """The rules' needed words that occur in ``low`` (substring tests, as the rules need)."""
    return {w for w in _NEED_WORDS if w in low}


_UPDATE_DAYS = 10
"""A day told without its year a few days after the page's date ('On July 29' on a page of
July 25) is of a page updated since, not of the year before: no date rather than a guess."""


def _value(rule: str, m: re.Match[str], pub: dt.date | None, planned: bool) -> str | None:
    groups = m.groupdict()
    mon = MONTHS.get((groups.get("mon") or "").lower().rstrip("."))
    try:
        if rule in ("day-month-year", "month-day-year"):
            return _iso(dt.date(int(groups["year"]), mon or 0, int(groups["day"])))
        if rule == "month-year":
            return f"{int(groups['year']):04d}-{mon:02d}"
        if pub is None:
            return None
        if rule in ("day-month", "month-day", "ordinal-day-month"):
            assert mon is not None
            dnum = ORDINALS[groups["dayw"].lower()] if groups.get("dayw") else int(groups["day"])
            year = _month_year(mon, pub, planned)
            day = dt.date(year, mon, dnum)
            if not planned and day > pub:
                if (day - pub).days <= _UPDATE_DAYS:
                    return None  # a page updated after its first date: no year to know
                day = dt.date(year - 1, mon, dnum)
            return _iso(day)
        if rule == "month":
            assert mon is not None
            if m.group(0).lower().startswith("last"):
                return f"{_month_year(mon, pub - dt.timedelta(days=1), False):04d}-{mon:02d}"
            return f"{_month_year(mon, pub, planned):04d}-{mon:02d}"
    except (ValueError, AssertionError):
        return None
    if pub is None:
        return None
    if rule == "ago":
        return _ago(m, pub)
    if rule in ("next-weekday", "weekday-last-week", "weekday"):
        return _weekday(rule, m, WEEKDAYS[groups["wd"].lower()], pub, planned)
    return _relative(rule, pub)


def _ago(m: re.Match[str], pub: dt.date) -> str | None:
    """'three days ago', 'two weeks ago' (the month), 'a year ago today'."""
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else word_value(raw) or 1
    unit = m.group("unit").lower().rstrip("s")
    tail = m.group(0).lower()
    if unit == "day":
        return _iso(pub - dt.timedelta(days=n))
    if unit == "week":
        return (pub - dt.timedelta(days=7 * n)).strftime("%Y-%m")
    if unit == "month":
        month0 = pub.year * 12 + pub.month - 1 - n
        return f"{month0 // 12:04d}-{month0 % 12 + 1:02d}"
    try:
        same_day = pub.replace(year=pub.year - n)
    except ValueError:
        return None
    return _iso(same_day) if ("today" in tail or "tonight" in tail) else None


def _weekday(rule: str, m: re.Match[str], wd: int, pub: dt.date, planned: bool) -> str:
    """A weekday: the last such day on or before publication (the next for what is
    planned); 'next Monday'; 'last week Monday'."""
    if rule == "next-weekday":
        delta = (wd - pub.weekday()) % 7 or 7
        return _iso(pub + dt.timedelta(days=delta))
    if rule == "weekday-last-week":  # 'last week Monday': that day of the week before
        return _iso(pub - dt.timedelta(days=pub.weekday() + 7 - wd))
    text = m.group(0).lower()
    if "yesterday" in text:
        return _iso(pub - dt.timedelta(days=1))
    if planned and not text.startswith(("last", "since")):
        delta = (wd - pub.weekday()) % 7
        return _iso(pub + dt.timedelta(days=delta))
    delta = (pub.weekday() - wd) % 7
    if text.startswith("last") and delta == 0:
        delta = 7
    return _iso(pub - dt.timedelta(days=delta))


def _relative(rule: str, pub: dt.date) -> str | None:
    """'today', 'yesterday', 'this week', 'last weekend', 'last week', 'last month'."""
    if rule in ("today", "same-day"):
        return _iso(pub)
    if rule == "yesterday":
        return _iso(pub - dt.timedelta(days=1))
    if rule == "this-week":
        return pub.strftime("%Y-%m")
    if rule == "last-weekend":  # two days: the month they fall in, as for 'last week'
        delta = (pub.weekday() - 5) % 7 or 7  # the Saturday before publication
        saturday = pub - dt.timedelta(days=delta)
        sunday = saturday + dt.timedelta(days=1)
        return saturday.strftime("%Y-%m") if saturday.month == sunday.month else None
    if rule == "last-week":
        return (pub - dt.timedelta(days=7)).strftime("%Y-%m")
    if rule == "last-month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return first.strftime("%Y-%m")
    if rule == "this-month":
        return pub.strftime("%Y-%m")
    return None
