"""Text + metadata: what a plain-text news document says about itself.

Scraped and pasted articles carry their metadata in the text: a date line
above or below the headline, a wire dateline (``KYIV, May 25, 2025 (Meridian
Wire) --``), an ``Outlet | Saturday`` strip, a trailing link and outlet name.
:func:`detect_metadata` reads the *header* (the short lines before the first
paragraph, plus the opening of the first paragraphs) and the *footer* (the
last few lines) for these conventions.

The rule above all others: a wrong publication date is worse than none.
A date counts only when its year is written in the header, in an explicit
"Published ..." footer line or in the page's URL; a dateline's ``Nov 25``
gets its year only from a URL of the same month. Numeric dates are read
day-first when dotted (``24.08.2024``) and, when slashed, only when one
reading is impossible (``1/19/2024``, ``28/11/2023``; ``3/4/2024`` is None).
A weekday written next to a date must agree with it, or the date is dropped.

Outlet names come from ``custody/lexicons/outlets.tsv`` (abbreviations,
aliases, web domains, page signatures and the words that head organisation
names); see that file's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from custody.errors import LexiconError

__all__ = ["Metadata", "detect_metadata", "Outlets", "outlets"]

# ----------------------------------------------------------------- outlets

_OUTLET_KINDS = ("abbr", "alias", "domain", "signature", "orgword")


@dataclass(frozen=True)
class Outlets:
    """The outlets table (custody/lexicons/outlets.tsv), validated."""

    abbr: dict[str, str]
    alias: dict[str, str]
    domain: dict[str, str]
    signature: dict[str, str]
    orgwords: frozenset[str]


def parse_outlets(text: str, where: str = "outlets.tsv") -> Outlets:
    tables: dict[str, dict[str, str]] = {kind: {} for kind in _OUTLET_KINDS}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != 3 or not all(c.strip() for c in cells):
            raise LexiconError(f"{where}:{number}: expected 'kind<TAB>key<TAB>name', got {raw!r}")
        kind, key, name = (c.strip() for c in cells)
        if kind not in tables:
            raise LexiconError(f"{where}:{number}: kind {kind!r} is not one of {_OUTLET_KINDS}")
        if key in tables[kind]:
            raise LexiconError(f"{where}:{number}: {kind} {key!r} is listed twice")
        tables[kind][key.lower() if kind == "domain" else key] = name
    return Outlets(
        abbr=tables["abbr"],
        alias=tables["alias"],
        domain=tables["domain"],
        signature=tables["signature"],
        orgwords=frozenset(tables["orgword"]),
    )


@cache
def outlets() -> Outlets:
    """The packaged outlets table, loaded once."""
    source = resources.files("custody").joinpath("lexicons/outlets.tsv")
    return parse_outlets(source.read_text(encoding="utf-8"), "custody/lexicons/outlets.tsv")


# ------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3,
    "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_MONTH = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_WEEKDAY = r"(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"

# Full dates, each a regex with named groups y, m, d (m may be a name).
_FULL_DATES = (
    re.compile(rf"(?<![\d-]){_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\d])"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<![\d.]){_DAY}\.(?P<m>\d{{1,2}})\.{_YEAR}(?![\d.]\d)"),
)
# 1/19/2024 or 28/11/2023 (a clock time may run on: "1/19/202407:51 PM").
_SLASH_DATE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/" + _YEAR + r"(?!\d(?!\d:\d))")
# Day and month without a year ("Nov 25", "24 August").
_PARTIAL_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?![\d,]|,?\s+(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?![\w]|,?\s+(?:19|20)\d\d)", re.IGNORECASE),
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
    return _MONTHS.get(token.lower().rstrip("."))


def _make_date(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_WEEKDAY_LEN = max(map(len, _WEEKDAYS)) + 1  # with its "."


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
    return _WEEKDAYS[before.group("w").lower().rstrip(".")] == day.weekday()


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


def url_date(url: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) from a dated URL path such as /2023/11/24/."""
    m = _URL_DATE.search(url)
    if not m or not 1 <= int(m["m"]) <= 12:
        return None
    day = int(m["d"]) if m["d"] else None
    if day is not None and _make_date(int(m["y"]), int(m["m"]), day) is None:
        return None
    return int(m["y"]), int(m["m"]), day


# ------------------------------------------------------------------ lines

_SEPARATORS = re.compile(r"\s*(?:\||·|•|–|—|--|\s-\s)\s*")
# "--" or a hyphen with whitespace on both sides (what "\s-\s" matches). Written to
# open with the literal hyphen, which the engine scans for quickly; "--" in text
# or "\s-\s" (that tries a match at every space) are several times slower.
_HYPHEN_DASH = re.compile(r"-(?:-|(?<=\s-)(?=\s))")


def _has_dash(text: str) -> bool:
    """Whether ``text`` holds ``--``, ``–``, ``—`` or a spaced ``-``.

    Substring tests first: the splits below begin with a whitespace run and try
    every position of a line, and most lines have no separator at all.
    """
    return "–" in text or "—" in text or ("-" in text and _HYPHEN_DASH.search(text) is not None)


def _has_separator(text: str) -> bool:
    """Whether :data:`_SEPARATORS` (or ``_STRIP_SPLIT``) has anything to split at."""
    return "|" in text or "·" in text or "•" in text or _has_dash(text)


# The separator splits (_SEPARATORS, _DATELINE_SPLIT, _STRIP_SPLIT) are a token with
# the whitespace around it, ``\s*(?:TOKEN|...)\s*``. Opening with ``\s*``, such a
# pattern is tried at every position of a line (some 40 ns a character); these find
# the same tokens by their first character, much faster (see _split).
_DASH_TOKENS = re.compile(r"–|—|-(?:-|(?<=\s-)(?=\s))")
_SEPARATOR_TOKENS = re.compile(r"\||·|•|–|—|-(?:-|(?<=\s-)(?=\s))")


def _next_separator(
    pattern: re.Pattern[str], tokens: re.Pattern[str], text: str, pos: int
) -> re.Match[str] | None:
    """``pattern.search(text, pos)`` for a separator ``pattern`` whose tokens
    ``tokens`` finds.

    Every separator holds a token, so the leftmost separator begins at the
    whitespace run before the first token, and matching there gives what the
    search would. (Only a spaced hyphen whose space lies before ``pos`` cannot
    match there; then the search is done as written.)
    """
    token = tokens.search(text, pos)
    if token is None:
        return None
    start = token.start()
    while start > pos and text[start - 1].isspace():  # str.isspace() is re's \s
        start -= 1
    return pattern.match(text, start) or pattern.search(text, pos)


def _split(
    pattern: re.Pattern[str], tokens: re.Pattern[str], text: str, maxsplit: int = 0
) -> list[str]:
    """``pattern.split(text, maxsplit)`` for a separator pattern (:func:`_next_separator`)."""
    parts: list[str] = []
    pos = splits = 0
    while not maxsplit or splits < maxsplit:
        found = _next_separator(pattern, tokens, text, pos)
        if found is None:
            break
        parts.append(text[pos : found.start()])
        parts.extend(found.groups())  # what a pattern captures is kept, as re.split does
        pos = found.end()
        splits += 1
    parts.append(text[pos:])
    return parts


def _segments(line: str) -> list[str]:
    """``_SEPARATORS.split(line)``."""
    return _split(_SEPARATORS, _SEPARATOR_TOKENS, line) if _has_separator(line) else [line]


_FURNITURE = frozenset(
    "published updated last posted modified first on at by time local corresponding to "
    "gmt utc am pm a.m. p.m. hrs ah".split()
)
_SENTENCE_OPENERS = frozenset(
    "On In Since By Until After Before From At During Last This Early Late Earlier Later "
    "Between Through Throughout Over Under For Of And But".split()
)
_FUNCTION_WORDS = frozenset("of for the and on in de du des la le al el di da y & at to".split())
_URL_LINE = re.compile(r"^\s*(?:source\s*:\s*)?<?(?P<url>https?://[^\s<>]+?)>?\s*$", re.IGNORECASE)


def _url_line(line: str) -> re.Match[str] | None:
    """``_URL_LINE.match(line)``; a line without ``://`` is not tried.

    ``"/" in line`` first: one character is found several times faster than
    three, and most lines (long paragraphs, in a footer) have no slash.
    """
    return _URL_LINE.match(line) if "/" in line and "://" in line else None


_LABEL_PREFIX = re.compile(
    r"^\s*(?:date|published|posted)\s*:?\s+(?=\d{4}-\d{2}-\d{2})", re.IGNORECASE
)
_RELEASE_LABEL = re.compile(r"^(?:PRESS|NEWS|MEDIA) RELEASE$|^(?:PRESS )?STATEMENT$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<name>[^.|]+?)\.?\s*"
    r"(?:All rights reserved\.?)?\s*$",
    re.IGNORECASE,
)
_COPYRIGHT_FIRST = "©(cC"
_ISSUER_TITLE = re.compile(
    r"^(?:Message|Statement|Communiqu[ée]|Announcement|Press release)"
    r"\s+(?:of|from|by)\s+(?P<org>the\s+.+)$",
    re.IGNORECASE,
)
_LEAD_ISSUER = re.compile(
    r"^(?:[^–—]{0,80}[–—]\s*)?The\s+(?P<org>[A-Z][^()]{3,80}?)\s*"
    r"\([A-Z]{2,8}\)"
)
_EXCLUSIVE = re.compile(
    r"\bexclusive\s+(?:statements?|interview|remarks|comments)\s+"
    r"(?:to|with)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_PAREN = re.compile(r"\((?P<inner>[^()]{2,40})\)")
_LONG_LINE = 180
_TITLE_MAX = _LONG_LINE


def _clean(line: str) -> str:
    """A line without Markdown heading marks and emphasis wrappers."""
    line = line.strip()
    if line.startswith("#"):  # (a line without the mark is stripped already)
        line = line.lstrip("#").strip()
    if not line.startswith(("*", "_")):  # no emphasis wrapper (most lines)
        return line
    for mark in ("**", "__", "*", "_"):
        if len(line) > 2 * len(mark) and line.startswith(mark) and line.endswith(mark):
            line = line[len(mark) : -len(mark)].strip()
    return line


_WORD = re.compile(r"[^\W\d_][\w'’.&-]*|&")
_ORG_NAME_BAD = re.compile(r"[\d!?:;,\"“”\[\]]")
_PAREN_GROUP = re.compile(r"\(([^()]*)\)")
_PLACE_SPLIT = re.compile(r"[\s/,]+")
_DATELINE_SPLIT = re.compile(r"\s*(?:--|[–—]|\s-\s)\s*")
_BRACKETED_END = re.compile(r"\[[^\]]*\]$")
_HOME_CRUMB = re.compile(r"home\s*[>/›»|]")
_UPDATED_LABEL = re.compile(r"\bupdated\s*:", re.IGNORECASE)
_PUBLISHED_LINE = re.compile(r"^(?:first\s+)?(?:published|posted)\b", re.IGNORECASE)
_PUBLISHED_FIRST = "fFpP"  # the letters a _PUBLISHED_LINE opens with
_NAME_LIKE_BAD = re.compile(r"[\d!?:;,.\"“”\[\]()]")
_STRIP_SPLIT = re.compile(r"\s*(\||·|•|–|—|--|\s-\s)\s*")
_FOOTER_NAME_BAD = re.compile(r"[\d.!?:;|]")
_URL_SCHEME = re.compile(r"^https?://")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _known_outlet(name: str) -> str | None:
    table = outlets()
    return table.alias.get(name) or table.alias.get(name.replace("’", "'"))


def _org_name(text: str) -> str | None:
    """``text`` as an outlet/organisation name, or None if it does not read as one."""
    name = _clean(text).strip(" ,;:")
    if name.lower().startswith("by "):
        return None
    known = _known_outlet(name)
    if known:
        return known
    words = name.split()
    if not 1 <= len(words) <= 10 or _ORG_NAME_BAD.search(name) or name.endswith("."):
        return None
    if not all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words):
        return None
    if not words[0][0].isupper() or not any(w in outlets().orgwords for w in words):
        return None
    return name


def _date_in_segment(segment: str) -> date | None:
    """The date of a segment that is a date line ("Published 25 November 2023,
    23:58 GMT", "Hebron, Monday 22 August 2022"), not a sentence that holds one."""
    hits = full_dates(segment)
    if not hits:
        return None
    rest = segment[: hits[0].start] + " " + segment[hits[0].end :]
    rest = _PAREN_GROUP.sub(r" \1 ", rest)
    words = [w for w in _words(rest) if w not in {"&"}]
    if len(words) > 8:
        return None
    if not all(w[0].isupper() or w.lower().rstrip(":") in _FURNITURE for w in words):
        return None
    return hits[0].day


@dataclass(frozen=True)
class _Dateline:
    day: date | None = None
    partial: tuple[int, int] | None = None
    outlet: str | None = None


def _place_ok(place: str) -> bool:
    words = [w for w in _PLACE_SPLIT.split(place) if w]
    if not 1 <= len(words) <= 6 or words[0] in _SENTENCE_OPENERS:
        return False
    return all(w[0].isupper() for w in words) and not _ANY_DIGIT.search(place)


def _outlet_of(inner: str) -> str | None:
    inner = inner.strip()
    table = outlets()
    if inner in table.abbr:
        return table.abbr[inner]
    known = _known_outlet(inner)
    if known:
        return known
    if inner[:1].isupper() and not _ANY_DIGIT.search(inner) and len(inner.split()) <= 5:
        return inner
    return None


def _leading_date(segment: str) -> date | None:
    """The full date a segment opens with, after at most a weekday."""
    hits = full_dates(segment)
    if not hits or _WEEKDAY_ANYWHERE.sub("", segment[: hits[0].start]).strip(" ,"):
        return None
    return hits[0].day


def _after_dash(head: str, dash: re.Match[str]) -> str:
    """What stands between the dateline's ``dash`` and the next one (or the end):
    ``_split(_DATELINE_SPLIT, _DASH_TOKENS, head, maxsplit=2)[1]``."""
    second = _next_separator(_DATELINE_SPLIT, _DASH_TOKENS, head, dash.end())
    return head[dash.end() : second.start() if second else None]


def _dateline(paragraph: str) -> _Dateline | None:
    """A wire dateline opening ``paragraph``: place, date, outlet, then a dash."""
    head = paragraph[:200]
    if not _has_dash(head):  # nothing for the split below: no dateline (most paragraphs)
        return None
    # The first dash ends the dateline; what stands after it is split off (up to a
    # second dash) only when it is needed, below.
    dash = _next_separator(_DATELINE_SPLIT, _DASH_TOKENS, head, 0)
    if dash is None:
        return None
    first = head[: dash.start()]
    outlet = None
    paren = _PAREN.search(first)
    if paren and not first[paren.end() :].strip():
        outlet = _outlet_of(paren["inner"])
        first = first[: paren.start()].strip()
    hits = full_dates(first)
    found, partial = _first_partial(first) if not hits else (None, None)
    day = hits[0].day if hits else None
    place = first
    if hits:
        place, rest = first[: hits[0].start], first[hits[0].end :]
    elif found:  # the first partial match, whether or not it is a date
        place, rest = first[: found.start()], first[found.end() :]
    else:
        rest = ""
        day = _leading_date(_after_dash(head, dash))  # "Ramallah – Tuesday, 9 July 2024"
    if rest.strip(" ,") or not (day or partial or outlet):
        return None  # (a place is looked at only when there is something to keep)
    # at most one: _WEEKDAY_BEFORE.sub("", place); looked for only where one may be
    weekday = _weekday_before(place) if _may_hold_weekday(place) else None
    if weekday:
        place = place[: weekday.start()] + place[weekday.end() :]
    place = place.strip(" ,")
    if not _place_ok(place):
        return None
    return _Dateline(day=day, partial=partial, outlet=outlet)


_TITLE_FURNITURE = (
    "image not found",
    "photo:",
    "related:",
    "share on",
    "share:",
    "share |",
    "last updated",
    "by ",
    "media contact",
    "for further information",
    "read more",
    "click ",
)


def _crumb_marks(text: str) -> int:
    """``text.count(" > ") + text.count(" / ")``, counting only when the one
    character is there (a three-character search costs more than a one)."""
    return (text.count(" > ") if ">" in text else 0) + (text.count(" / ") if "/" in text else 0)


def _is_title(text: str) -> bool:
    """Whether a header line, cleaned (:func:`_clean`), reads as a headline.

    Every test below can only say no, so their order does not change the
    answer: the cheap ones come first, the date test on each segment last.
    """
    if not 10 <= len(text) <= _TITLE_MAX or len(text.split(maxsplit=2)) < 3:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘"):
        return False
    if text.endswith(".") and len(text) > 100:
        return False  # a short lead paragraph, not a headline
    lowered = text.lower()
    if lowered.startswith(_TITLE_FURNITURE) or _url_line(text) or text.startswith(("[", "(")):
        return False
    if ("]" in text and _BRACKETED_END.search(text)) or _crumb_marks(text) >= 2:
        return False
    if (
        _HOME_CRUMB.match(lowered)
        or _SLASH_DATE.match(text)
        or ("updated" in lowered and _UPDATED_LABEL.search(text))
        or _RELEASE_LABEL.match(text)
    ):
        return False
    # No segment may hold a date (which also rules out _date_in_any_segment(text)).
    return not any(_is_dateish(segment) for segment in _segments(text))


def _date_in_any_segment(line: str) -> date | None:
    for segment in _segments(line):
        day = _date_in_segment(segment)
        if day:
            return day
    return None


# ---------------------------------------------------------------- metadata


@dataclass(frozen=True)
class Metadata:
    """What a document's text says about itself; None where it does not say."""

    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass
class _Header:
    lines: list[str]
    paragraphs: list[str]
    prefix_date: date | None = None
    cleaned: list[str] = field(init=False)  # _clean of each line, asked for often

    def __post_init__(self) -> None:
        self.cleaned = [_clean(line) for line in self.lines]


_RULE_CHARS = "-*_= "  # a line made only of these is a rule or spacing, not content


def _is_rule(line: str) -> bool:
    """Whether the stripped ``line`` is blank or only :data:`_RULE_CHARS`
    (``not line.strip(_RULE_CHARS)``; a line opening with another character,
    as most do, is not one and is not stripped to learn it)."""
    return not line or (line[0] in _RULE_CHARS and not line.strip(_RULE_CHARS))


def _header(text: str, all_lines: list[str] | None = None) -> _Header:
    """The short lines before the first paragraph, and the first paragraphs.

    ``all_lines`` is ``text.splitlines()`` when the caller has it already.
    """
    lines: list[str] = []
    paragraphs: list[str] = []
    prefix_date = None
    for raw in text.splitlines() if all_lines is None else all_lines:
        if len(raw) <= _LONG_LINE and (paragraphs or len(lines) >= 12):
            continue  # only a paragraph is taken now, and a line this short is none
        line = raw.strip()
        if _is_rule(line):
            continue
        if not lines and not paragraphs:
            label = _LABEL_PREFIX.match(line)
            if label:
                found = full_dates(line[label.end() : label.end() + 10])
                prefix_date = found[0].day if found else None
                line = line[label.end() + 10 :].strip()
                if not line:
                    continue
        if len(line) > _LONG_LINE:
            paragraphs.append(line)
            if len(paragraphs) == 3:
                break
        elif not paragraphs and len(lines) < 12:
            lines.append(line)
    return _Header(lines, paragraphs, prefix_date)


def _footer(text: str, all_lines: list[str] | None = None) -> list[str]:
    """The last six non-blank lines, stripped, less those that are only rules."""
    last: list[str] = []
    for raw in reversed(text.splitlines() if all_lines is None else all_lines):
        line = raw.strip()
        if line:
            last.append(line)
            if len(last) == 6:
                break
    last.reverse()
    return [line for line in last if not _is_rule(line)]


def _find_url(header: list[str], footer: list[str]) -> str | None:
    for line in [*reversed(footer), *header]:
        m = _url_line(line)
        if m:
            return m["url"].rstrip(".,;")
    return None


_DATE_RANGE_RE = re.compile(
    r"\b\d{1,2}\s*(?:[-–—]|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+(?:19|20)\d\d\b"
    r"|\bfrom\s+\d{1,2}\s+[A-Za-z]+\s+(?:to|until)\b|\bbetween\s+\d{1,2}\s+[A-Za-z]+\s+and\b",
    re.I,
)


def _published(
    head: _Header, footer: list[str], datelines: list[_Dateline], url: str | None
) -> date | None:
    if head.prefix_date:
        return head.prefix_date
    # a line that is (nearly) only a date before a date inside a title or sentence;
    # never the end of a period ('operations from 9 - 15 August 2024')
    # (A line without a year holds no full date: it is left out before the slower tests.)
    lines = [
        line for line in head.lines if _ANY_YEAR.search(line) and not _DATE_RANGE_RE.search(line)
    ]
    for line in sorted(lines, key=lambda x: len(x) > 48) if lines else ():
        day = _date_in_any_segment(line)
        if day:
            return day
    for found in datelines:
        if found.day:
            return found.day
    for line in footer:
        if line[:1] in _PUBLISHED_FIRST and _PUBLISHED_LINE.match(line):
            day = _date_in_any_segment(line)
            if day:
                return day
    dated = url_date(url) if url else None
    if not dated:
        return None
    if dated[2]:
        return date(*dated[:2], dated[2])
    partial = next((d.partial for d in datelines if d.partial), None)
    if partial and partial[0] == dated[1]:
        return _make_date(dated[0], partial[0], partial[1])
    return None


def _title_and_orgs(head: _Header, last_line: str) -> tuple[str | None, list[str]]:
    """The title line, and organisation name lines standing above it."""
    lines = head.lines
    candidates = [i for i, text in enumerate(head.cleaned) if _is_title(text)]
    if candidates and lines[candidates[-1]] == last_line:
        candidates.pop()  # the document's last line is not its title
    orgs: list[str] = []
    for n, i in enumerate(candidates):
        # an org line only with a title after it (the last candidate is not asked)
        name = _org_name(lines[i]) if n + 1 < len(candidates) else None
        if name:
            orgs.append(name)
            continue
        return head.cleaned[i], orgs
    return None, orgs


def _name_like(text: str) -> str | None:
    """``text`` if it reads as a proper name (an outlet in a header strip)."""
    name = _clean(text).strip(" ,;")
    known = _known_outlet(name)
    if known:
        return known
    words = name.split()
    if not 1 <= len(words) <= 6 or _NAME_LIKE_BAD.search(name):
        return None
    if name.lower().startswith("by ") or _is_dateish(name) or _month_number(words[0]):
        return None
    if not words[0][0].isupper():
        return None
    if not all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words):
        return None
    return name


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


def _is_dateish(segment: str) -> bool:
    """A date, or a weekday with furniture ("Last updated: Tuesday")."""
    if _ANY_YEAR.search(segment) and _date_in_segment(segment):  # (no year: no full date)
        return True
    if not _may_hold_weekday(segment):  # (cheaper than the words, for most segments)
        return False
    only = None  # the one word that is not furniture, if there is exactly one
    for found in _WORD.finditer(segment):  # lazily: most segments stop at their second word
        word = found.group()
        if word.lower().rstrip(":") not in _FURNITURE:
            if only is not None:
                return False
            only = word
    return only is not None and bool(_WEEKDAY_ONLY.match(only))


def _strip_outlet(line: str) -> str | None:
    """The outlet in a date strip or byline strip of the header.

    ``Outlet | Saturday``, ``Wednesday, January 22, 2025 | Outlet``,
    ``Hebron, Monday 22 August 2022 – Outlet``, ``By Name, Place | Outlet``.
    What stands after the date is the outlet; what stands before it is the
    outlet only behind a ``|`` (before a dash it is the dateline's place,
    unless it reads as an organisation).
    """
    line = line.strip()
    if not _has_separator(line):
        return None  # one segment: nothing stands before or after its date (most lines)
    parts = _split(_STRIP_SPLIT, _SEPARATOR_TOKENS, line)
    segments, seps = parts[::2], parts[1::2]
    dated = [i for i, seg in enumerate(segments) if _is_dateish(seg)]
    byline = segments[0].lower().startswith("by ") and len(segments) > 1
    if not dated and not byline:
        return None
    anchor = dated[0] if dated else 0
    for i in range(anchor + 1, len(segments)):
        if not _is_dateish(segments[i]):
            name = _name_like(segments[i])
            if name:
                return name
    for i in range(anchor):
        name = _name_like(segments[i]) if seps[i] == "|" else _org_name(segments[i])
        if name:
            return name
    return None


def _segment_outlet(lines: list[str]) -> str | None:
    for line in lines:
        name = _strip_outlet(line)
        if name:
            return name
    return None


def _after_title_outlet(cleaned: list[str], title: str | None) -> str | None:
    """A short name line right under the title: ``Kyiv Frontline Bulletin``,
    ``Gusau Mirror — Zamfara news``. ``cleaned``: the header lines, cleaned."""
    if title is None or title not in cleaned:
        return None
    after = cleaned[cleaned.index(title) + 1 : cleaned.index(title) + 2]
    if not after or len(after[0]) > 60:
        return None
    segments = _segments(after[0])
    if any(_is_dateish(segment) for segment in segments):
        return None  # a date strip: its place is not an outlet
    return _name_like(segments[0])


def _near_url(footer: list[str], is_url: list[bool], i: int) -> bool:
    """Whether a line next to ``footer[i]`` (and not the same text) is a URL line."""
    line = footer[i]
    return any(
        is_url[j] for j in range(max(0, i - 1), min(len(footer), i + 2)) if footer[j] != line
    )


def _footer_outlet(footer: list[str], url_lines: bool = True) -> str | None:
    """The outlet a footer names: a copyright line, or a name line that is bold
    or next to a URL line. ``url_lines=False``: the caller knows that no line
    is a URL line (:func:`_find_url` found none), so none is looked for."""
    for line in footer:
        # _COPYRIGHT only matches a line opening with one of these (case-insensitively)
        m = _COPYRIGHT.match(line) if line[:1] in _COPYRIGHT_FIRST else None
        if m:
            name = _org_name(m["name"]) or _outlet_of(m["name"])
            if name:
                return name
    is_url = [bool(_url_line(x)) for x in footer] if url_lines else [False] * len(footer)
    any_url = any(is_url)  # most footers have none: then only a bold line can be the name
    if not any_url and not any(line.startswith("**") for line in footer):
        return None  # (what the loop below would find, without going line by line)
    for i in range(len(footer) - 1, -1, -1):
        line = footer[i]
        if is_url[i]:
            continue
        bold = line.startswith("**") and line.endswith("**")
        if bold or (any_url and _near_url(footer, is_url, i)):
            name = _clean(line)
            words = name.split()
            if (
                1 <= len(words) <= 6
                and all(w[0].isupper() for w in words)
                and not _FOOTER_NAME_BAD.search(name)
            ):
                return _known_outlet(name) or name
    return None


def _source(
    head: _Header,
    datelines: list[_Dateline],
    orgs: list[str],
    title: str | None,
    footer: list[str],
    url: str | None,
    text: str,
) -> str | None:
    for found in datelines:
        if found.outlet:
            return found.outlet
    named = _segment_outlet(head.lines) or (orgs[0] if orgs else None)
    named = named or _after_title_outlet(head.cleaned, title)
    if named:
        return named
    issuer = _ISSUER_TITLE.match(title or "")
    if issuer:
        name = _org_name(issuer["org"][4:])
        if name:
            return name
    if head.paragraphs and any(_RELEASE_LABEL.match(x) for x in head.cleaned):
        lead = _LEAD_ISSUER.match(head.paragraphs[0])
        if lead and _org_name(lead["org"]):
            return lead["org"]
    trailing = _footer_outlet(footer, url_lines=url is not None)
    if trailing:
        return trailing
    table = outlets()
    if url:
        host = _URL_SCHEME.sub("", url).split("/")[0].split(":")[0].lower()
        parts = host.split(".")
        for k in range(len(parts) - 1):
            if ".".join(parts[k:]) in table.domain:
                return table.domain[".".join(parts[k:])]
    header_text = "\n".join(head.lines)
    for signature, name in table.signature.items():
        if signature in header_text:
            return name
    opening = " ".join(head.paragraphs[:2])
    for m in _EXCLUSIVE.finditer(opening) if "exclusive" in opening else ():
        words = m["name"].split()
        for k in range(len(words), 0, -1):
            known = _known_outlet(" ".join(words[:k]))
            if known:
                return known
    return None


def detect_metadata(text: str) -> Metadata:
    """Publication date, source, title and URL as the text itself gives them."""
    all_lines = text.splitlines()
    head = _header(text, all_lines)
    footer = _footer(text, all_lines)
    url = _find_url(head.lines, footer)
    datelines = [d for d in map(_dateline, [*head.lines, *head.paragraphs]) if d]
    title, orgs = _title_and_orgs(head, footer[-1] if footer else "")
    published = _published(head, footer, datelines, url)
    source = _source(head, datelines, orgs, title, footer, url, text)
    return Metadata(
        published=published.isoformat() if published else None,
        source=source,
        title=title,
        url=url,
    )
