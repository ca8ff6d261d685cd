"""The publication date: which of the dates a header, dateline, footer or URL
shows is the document's own. A wrong date is worse than none.

A scraped page shows dates that are not the article's: a site's top bar prints
the day the page was viewed ("THURSDAY, March 28, 2024" above the site's name
and the headline), a caption the day a photo was taken, a list of related
articles their days, an embedded post its own. A header line counts only when
nothing marks it as page furniture (:mod:`.chrome`, ``lexicons/page.tsv``), it
is not in a related list, and, standing above the headline, nothing but other
date lines stands between it and the headline (or it is stamped "Published",
"Updated"...). A "Published" date is taken before an "Updated" one.
"""

from __future__ import annotations

import re
from datetime import date

from custody.documents.chrome import page_words
from custody.documents.datelines import _Dateline
from custody.documents.dates import _ANY_YEAR, _make_date, url_date, url_day
from custody.documents.header import _Header, _is_title
from custody.documents.lines import _date_in_any_segment, _date_in_segment, _segments
from custody.documents.source import _name_like

_PUBLISHED_LINE = re.compile(r"^(?:first\s+)?(?:published|posted)\b", re.IGNORECASE)


_PUBLISHED_FIRST = "fFpP"  # the letters a _PUBLISHED_LINE opens with


_DATE_RANGE_RE = re.compile(
    r"\b\d{1,2}\s*(?:[-–—]|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+(?:19|20)\d\d\b"
    r"|\bfrom\s+\d{1,2}\s+[A-Za-z]+\s+(?:to|until)\b|\bbetween\s+\d{1,2}\s+[A-Za-z]+\s+and\b",
    re.I,
)


def published_and_rule(
    head: _Header,
    footer: list[str],
    datelines: list[_Dateline],
    url: str | None,
    title_at: int | None = None,
) -> tuple[date, str] | None:
    """The document's own date and where it was read (for ``custody extract --explain``)."""
    if head.prefix_date:
        return head.prefix_date, "published:date-before-the-text"
    day = _header_date(head, title_at)
    wire = next((found.day for found in datelines if found.day), None)
    if day and wire and wire != day:
        # an unmarked header date that the article's own dateline contradicts: a top bar's
        # 'today' is later than the dateline; an earlier one is nothing that can be told
        later = "published:the-wire-dateline (not the header's later day)"
        return (wire, later) if day > wire else None
    if day:
        return day, "published:the-header's-date-line"
    day = _stamp_date(head.stamps) if head.stamps else None
    if day:
        return day, "published:a-publication-stamp"
    for found in datelines:
        if found.day:
            return found.day, "published:the-wire-dateline"
    day = _footer_date(footer)
    if day:
        return day, "published:a-'Published'-line-in-the-footer"
    day = _url_day(url, datelines) if url else None
    return (day, "published:the-page-URL") if day else None


def _header_date(head: _Header, title_at: int | None) -> date | None:
    """The date of the header line that is most plainly the article's date line.

    A date stamped 'Published' comes first, an 'Updated' one last; then a line
    that is (nearly) only a date before a date inside a title or sentence. Two
    lines of the same standing that give different dates leave it unknown (a
    top bar's 'today' right above the headline and the byline's date, or an
    unmarked caption's date: nothing tells which is the article's). Never the
    end of a period ('operations from 9 - 15 August 2024'). (A line without a
    year holds no full date: it is left out before the slower tests.)
    """
    dated = [
        i
        for i, line in enumerate(head.lines)
        if _ANY_YEAR.search(line) and not _DATE_RANGE_RE.search(line)
    ]
    if not dated:
        return None
    found: list[tuple[int, bool, date]] = []
    for i in _article_lines(head, title_at, dated):
        day = _line_date(head.lines[i])
        if day:
            found.append((day[1], len(head.lines[i]) > 48, day[0]))
    if not found:
        return None
    best = min(found)[:2]
    days = {day for *key, day in found if tuple(key) == best}
    return days.pop() if len(days) == 1 else None  # two such lines that disagree: unknown


_RANKS = {"published": 0, None: 1, "updated": 2}  # a stamp's rank among date lines


def _line_date(line: str) -> tuple[date, int] | None:
    """The date of a date line and its rank: 0 stamped 'published', 1 plain,
    2 stamped 'updated'; of several dated segments, the best ranked first."""
    best: tuple[date, int] | None = None
    for segment in _segments(line):
        day = _date_in_segment(segment)
        if day:
            rank = _RANKS[page_words().stamp(segment)]
            if best is None or rank < best[1]:
                best = (day, rank)
    return best


def _article_lines(head: _Header, title_at: int | None, dated: list[int]) -> list[int]:
    """Those of the ``dated`` header lines whose date may be the article's: not
    page furniture, not in a list of related articles, not a top bar."""
    words = page_words()
    keep: list[int] = []
    in_list = False  # under a related-list heading (up to the title, if it is below)
    heading_at = -1
    for i, line in enumerate(head.cleaned):
        related = words.related_line(line) if i <= dated[-1] else None
        if related == "heading":
            in_list, heading_at = True, i
        elif i == title_at and in_list and i > heading_at + 1:
            in_list = False  # (a 'title' right under the heading is one of its items)
        if i not in dated or related or in_list or words.is_around(line):
            continue
        if not _apart_above_title(head, i, title_at):
            keep.append(i)
    return keep


def _apart_above_title(head: _Header, i: int, title_at: int | None) -> bool:
    """Whether header line ``i``, unstamped, stands above the title with a line
    that is no date line between them: a site's top bar, above its name."""
    if title_at is None or i >= title_at:
        return False
    words = page_words()
    if any(words.stamp(segment) for segment in _segments(head.lines[i])):
        return False
    if i == title_at - 1:
        title_at = _under_masthead(head, title_at)
    between = head.lines[i + 1 : title_at]
    return any(not words.stamp(x) and not _date_in_any_segment(x) for x in between)


def _under_masthead(head: _Header, title_at: int) -> int:
    """The title's index, or the next headline's when the 'title' and the
    headlines after it read as a site's name (a name of at most four words) or
    its tools ('Subscribe | Sign in'), as long as another headline follows."""
    at = title_at
    while _masthead_like(head.cleaned[at]):
        later = (j for j in range(at + 1, len(head.cleaned)) if _is_title(head.cleaned[j]))
        at = next(later, -1)
        if at < 0:
            return title_at
    return at


def _masthead_like(line: str) -> bool:
    return (len(line.split()) <= 4 and _name_like(line) is not None) or page_words().is_around(line)


def _stamp_date(stamps: list[str]) -> date | None:
    """The date of the first stamp under a first paragraph ('Updated 3 May 2024')."""
    words = page_words()
    for line in stamps:
        if not words.is_around(line):
            day = _line_date(line)
            if day:
                return day[0]
    return None


def _footer_date(footer: list[str]) -> date | None:
    """The date of a footer line opening 'Published' or 'Posted', above any
    related-articles heading, unless the footer lists several such dates (then
    they are other articles')."""
    stamped = [
        i
        for i, line in enumerate(footer)
        if line[:1] in _PUBLISHED_FIRST and _PUBLISHED_LINE.match(line)
    ]
    if not stamped:  # (most footers: then nothing else is looked at)
        return None
    words = page_words()
    heading = next((i for i, x in enumerate(footer) if words.related_line(x) == "heading"), None)
    days: list[date] = []
    for i in stamped:
        if heading is not None and i > heading:
            break
        day = None if words.is_around(footer[i]) else _date_in_any_segment(footer[i])
        if day and day not in days:
            days.append(day)
    return days[0] if len(days) == 1 else None


def _url_day(url: str | None, datelines: list[_Dateline]) -> date | None:
    """The day of a dated URL, or its month with a dateline's day of that month."""
    day = url_day(url)
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
