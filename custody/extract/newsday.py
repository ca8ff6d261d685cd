"""The day of a report's exchange, carried to the releases it tells without a day.

A report of a swap often dates one side ("Israel freed 183 prisoners on
Saturday") and tells the other, or a further batch, in a sentence of its own
with no day ("Earlier, Hamas handed three hostages to the Red Cross"; "five
Thai workers were also freed"). When every dated release the report tells
as having occurred in the days before its publication falls on one day, the
undated releases it tells are that day's: the report is about that day's
exchange (docs/event-record.md: the date of the record's own happening).

Never applied when the report has no publication day, when its recent dated
releases give two days, or to a sentence that dates itself otherwise (a
year, a month) or speaks of an earlier happening ("the last swap was in
September"): those are background, not the day's news.
"""

from __future__ import annotations

import datetime as dt
import re

from custody.extract import dates
from custody.extract.mentions import Mention
from custody.extract.scene import scene_cues

# how many days before publication a report's exchange may lie (the happenings
# layer's undated window, custody/happenings/rules.json ``undated_window_days``)
WINDOW_DAYS = 4

RULE = "date:the-report's-exchange-day"

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|n)\b", re.I)


def _is_batch(r: Mention) -> bool:
    return r.type == "release" and r.status == "occurred" and not r.aggregate


def report_day(records: list[Mention], published: str) -> str | None:
    """The one day of the report's recent dated releases, or None (none, or two days)."""
    pub = dt.date.fromisoformat(published)
    days = set()
    for r in records:
        if not _is_batch(r) or not r.date or len(r.date) != 10:
            continue
        lag = (pub - dt.date.fromisoformat(r.date)).days
        if 0 <= lag <= WINDOW_DAYS:
            days.add(r.date)
    return days.pop() if len(days) == 1 else None


def _background(r: Mention, published: str) -> bool:
    text = r.sentence.text
    return bool(
        _YEAR_RE.search(text)
        or dates.resolve(text, published)
        or _PLUPERFECT_RE.search(text)
        or scene_cues().earlier_happening.search(text)
    )


def date_by_report_day(records: list[Mention], published: str | None) -> None:
    """Give the report's exchange day to its undated occurred releases (see the module)."""
    if not published or len(published) != 10:
        return
    day = report_day(records, published)
    if day is None:
        return
    for r in records:
        if _is_batch(r) and r.date is None and not _background(r, published) and not escape(r):
            r.date, r.date_rule = day, RULE


_ESCAPE_RE = re.compile(r"(?:managed to\s+)?(?:escap|fled|flee)", re.I)


def escape(r: Mention) -> bool:
    """An escape ('seven of the students escaped'): its own happening, on its own day,
    not the report's exchange (event-record.md counts it a release)."""
    return r.trigger is not None and _ESCAPE_RE.match(r.trigger.text) is not None
