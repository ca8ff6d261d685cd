"""The publication date: which of the dates a header, dateline, footer or URL
shows is the document's own. A wrong date is worse than none."""

from __future__ import annotations

import re
from datetime import date

from custody.documents.datelines import _Dateline
from custody.documents.dates import _ANY_YEAR, _make_date, url_date
from custody.documents.header import _Header
from custody.documents.lines import _date_in_any_segment

_PUBLISHED_LINE = re.compile(r"^(?:first\s+)?(?:published|posted)\b", re.IGNORECASE)


_PUBLISHED_FIRST = "fFpP"  # the letters a _PUBLISHED_LINE opens with


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
