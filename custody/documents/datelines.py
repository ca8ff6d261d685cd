"""Wire datelines opening a paragraph: ``KYIV, May 25, 2025 (Meridian Wire) --``,
``Ramallah – Tuesday, 9 July 2024``: a place, a date and an outlet before a dash."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from custody.documents.chrome import page_words
from custody.documents.dates import (
    _ANY_DIGIT,
    _ANY_YEAR,
    _first_partial,
    _leading_date,
    _may_hold_weekday,
    _weekday_before,
    full_dates,
)
from custody.documents.lines import _DASH_TOKENS, _WORD, _has_dash, _next_separator
from custody.documents.outlets import _outlet_of

_PAREN = re.compile(r"\((?P<inner>[^()]{2,40})\)")


_PLACE_SPLIT = re.compile(r"[\s/,]+")


_PAREN_DATELINE = re.compile(
    r"(?P<place>[A-Z][^\W\d_][\w .'’/-]{0,40}?),?\s*\((?P<inner>[^()]{4,100})\)"
)


_DATELINE_SPLIT = re.compile(r"\s*(?:--|[–—]|\s-\s)\s*")


@dataclass(frozen=True)
class _Dateline:
    day: date | None = None
    partial: tuple[int, int] | None = None
    outlet: str | None = None
    end: int = 0
    """Where the dateline ends in its paragraph (after its dash or its brackets)."""


def _place_ok(place: str) -> bool:
    words = [w for w in _PLACE_SPLIT.split(place) if w]
    if not 1 <= len(words) <= 6 or words[0] in page_words().openers:
        return False
    return all(w[0].isupper() for w in words) and not _ANY_DIGIT.search(place)


def _after_dash(head: str, dash: re.Match[str]) -> str:
    """What stands between the dateline's ``dash`` and the next one (or the end):
    ``_split(_DATELINE_SPLIT, _DASH_TOKENS, head, maxsplit=2)[1]``."""
    second = _next_separator(_DATELINE_SPLIT, _DASH_TOKENS, head, dash.end())
    return head[dash.end() : second.start() if second else None]


def _dateline(paragraph: str) -> _Dateline | None:
    """A wire dateline opening ``paragraph``: place, date, outlet, then a dash."""
    head = paragraph[:200]
    opening = head.find("(", 0, 50)
    if opening >= 0 and _ANY_YEAR.search(head, opening, head.find(")", opening, opening + 102)):
        bracketed = _paren_dateline(head)  # (a year in brackets near the start: maybe)
        if bracketed:
            return bracketed
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
    if not _place_ok(place) and not _place_after_outlet(place):
        return None
    if page_words().is_around(place) or (paren and page_words().is_around(paren["inner"])):
        return None  # a caption's or a top bar's date ("Photo: Gaza, 3 May 2024 –")
    return _Dateline(day=day, partial=partial, outlet=outlet, end=dash.end())


# A dateline of a place alone, its first word in capitals: 'KADUNA, Nigeria - ',
# 'GAZA/JERUSALEM -- ' (no date to keep, but no party to the story either).
_BARE_DATELINE = re.compile(
    r"[A-Z][A-Z'’./-]{2,}(?:\s[A-Z][A-Z'’./-]+){0,2}"
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?\s*(?:--|[–—]|-(?=\s))\s*"
)


def dateline_end(paragraph: str) -> int:
    """Where a wire dateline opening ``paragraph`` ends ('PORT-AU-PRINCE, Haiti, Aug 2,
    2023 - ', 'KADUNA, Nigeria - '), or 0: the place the story was filed from is no
    party to it."""
    if not paragraph[:1].isupper():
        return 0
    found = _dateline(paragraph)
    if found:
        return found.end
    bare = _BARE_DATELINE.match(paragraph)
    return bare.end() if bare else 0


def _place_after_outlet(place: str) -> bool:
    """Whether ``place`` is an outlet's name (at most three words, as a logo's
    text may be written) and a place: ``EFE, Madrid`` in ``EFE, Madrid, 14
    January 2025 —``."""
    front, _, last = place.rpartition(",")
    return 0 < len(front) <= 40 and len(front.split()) <= 3 and _place_ok(last.strip())


def _paren_dateline(paragraph: str) -> _Dateline | None:
    """A place, then the outlets and the date in parentheses:
    ``CAIRO (Agency News / Wire - 16th October, 2020) A plane ...``."""
    found = _PAREN_DATELINE.match(paragraph)
    if not found or not _place_ok(found["place"]):
        return None
    inner = found["inner"]
    hits = full_dates(inner)
    if not hits:
        return None
    rest = inner[: hits[0].start] + inner[hits[0].end :]
    if not all(w[0].isupper() for w in _WORD.findall(rest)):
        return None  # a sentence in brackets, not the outlets' names
    return _Dateline(day=hits[0].day, end=found.end())
