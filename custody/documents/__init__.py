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

Modules: :mod:`.header` (header, footer, title), :mod:`.lines` (separators and
date lines), :mod:`.dates` (date patterns), :mod:`.datelines` (wire datelines),
:mod:`.published` (the publication date), :mod:`.source` (the outlet),
:mod:`.outlets` (the outlets table).
"""

from __future__ import annotations

from typing import NamedTuple

from custody.documents.datelines import _dateline
from custody.documents.dates import full_dates, url_date, url_day
from custody.documents.header import _find_url, _footer, _header, _title_and_orgs
from custody.documents.outlets import Outlets, outlets, parse_outlets
from custody.documents.published import published_and_rule
from custody.documents.source import _source

__all__ = [
    "Metadata",
    "detect_metadata",
    "Outlets",
    "outlets",
    "parse_outlets",
    "url_date",
    "url_day",
    "full_dates",
]


class Metadata(NamedTuple):
    """What a document's text says about itself; None where it does not say.

    A named tuple, not a frozen dataclass: one is made for every document read, and a
    frozen dataclass sets each field through ``object.__setattr__`` (ten times the
    instructions of a tuple)."""

    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published_rule: str | None = None
    """Where the publication date was read ('published:the-wire-dateline')."""


def detect_metadata(text: str, url: str | None = None) -> Metadata:
    """Publication date, source, title and URL as the text itself gives them.

    ``url`` is the page's address as the input gives it (a JSON line, a feed
    entry, a page's meta tags): when the text shows no URL of its own, its
    day is the publication date of last resort, as a crawl dates a page
    (after the header, a stamp, a dateline and a footer; rule
    ``published:the-page-URL``). The returned ``url`` is the text's own.
    """
    all_lines = text.splitlines()
    head = _header(text, all_lines)
    footer = _footer(text, all_lines)
    shown = _find_url(head.lines, footer)
    datelines = [d for d in map(_dateline, [*head.lines, *head.paragraphs]) if d]
    title, orgs = _title_and_orgs(head, footer[-1] if footer else "")
    title_at = head.cleaned.index(title) if title is not None else None
    published = published_and_rule(head, footer, datelines, shown or url, title_at)
    source = _source(head, datelines, orgs, title, footer, shown, text)
    return Metadata(
        published=published[0].isoformat() if published else None,
        source=source,
        title=title,
        url=shown,
        published_rule=published[1] if published else None,
    )
