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
from custody.extract.objects import FRAGMENT_RULE, LIST_RULE
from custody.extract.scene import scene_cues
from custody.extract.slots import told_on

# how many days before publication a report's exchange may lie (the happenings
# layer's undated window, custody/happenings/rules.json ``undated_window_days``)
WINDOW_DAYS = 4

RULE = "date:the-report's-exchange-day"

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|n)\b", re.I)


def _is_batch(r: Mention) -> bool:
    return r.type == "release" and r.status == "occurred" and not r.aggregate


def report_day(records: list[Mention], published: str) -> str | None:
    """The one day of the report's recent dated releases, or None (none, or two days, or
    a list of rounds: 'Saturday — another 17.' tells a series of days)."""
    if any(_verb_of_another_sentence(r) for r in records):
        return None
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


_PERFECT_RE = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|finally\s+|also\s+)?(?:been\s+)?$")
_PERFECT_WORD_RE = re.compile(r"(?:has|have)\b", re.I)
_PERFECT_MAIN_BEFORE_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|just\s+)?[a-z]+(?:ed|en|ne)\b[^.;:,]{0,80},\s*$"
)
_PERFECT_SAID_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?:said|announced|confirmed|reported|stated|told)\b"
)
_HEADLINE_END_RE = re.compile(r"[^.!?'\"”’)\s]\s*$")
_ONE_SWAP = "cues.json:swap_total"
"""Both sides of one exchange counted together ('Russia, Ukraine swap 190 prisoners'):
a total, but of one day's happening."""
_LEAD_SENTENCES = 3
"""The title and the lead: the first sentences that tell a custody happening (page
furniture before them is not counted)."""


def news_of_the_day(records: list[Mention], published: str | None) -> None:
    """A happening the title or the lead reports in the present perfect ('Israel has
    released 183 prisoners', '..., the ministry has said') or in a headline's present
    ('Israel releases 1,968 prisoners'), with no date stated in its sentence, is the
    news of the publication day (scored to a day either side for what occurred)."""
    if not published:
        return
    lead = sorted({r.sentence.index for r in records})[:_LEAD_SENTENCES]
    for r in records:
        t = r.trigger
        if (
            r.date is not None
            or t is None
            or r.status != "occurred"
            or (r.aggregate and not r.rules.get("aggregate", "").startswith(_ONE_SWAP))
            or r.type not in ("release", "detention", "transfer")
            or r.sentence.index not in lead
            or _verb_of_another_sentence(r)
        ):
            continue
        why = _news_form(r.sentence.text, t.start, t.text)
        if why is None or _another_year(r.sentence.text, published):
            continue  # ('... was kidnapped in the Sahel in 2016': that year's, not today's)
        told = dates.resolve(r.sentence.text, published)
        if not told:
            r.date, r.date_rule = published, f"date:{why}:publication-day"
        elif (
            len(told) == 1
            and _fresh(told[0].value, published)
            and told_on(r.sentence.text, told[0].start)
        ):
            # 'Hamas announced on Thursday that it has released 45': the day it was told
            r.date, r.date_rule = told[0].value, f"date:{why}:told-on:{told[0].rule}"


def _verb_of_another_sentence(r: Mention) -> bool:
    """A batch whose custody word a sentence before told (a list's line: 'Week two: a
    further 40'; 'On Sunday, another 14.'): its day is the line's, never the page's."""
    c = r.count
    return c is not None and (LIST_RULE in c.rules or FRAGMENT_RULE in c.rules)


def _another_year(text: str, published: str) -> bool:
    """Whether the sentence names a year other than the publication's."""
    return any(y != published[:4] for y in _YEAR_RE.findall(text))


def _fresh(value: str, published: str) -> bool:
    """Whether a day is the publication day or the day before it."""
    if len(value) != 10:
        return False
    days = (dt.date.fromisoformat(published) - dt.date.fromisoformat(value)).days
    return days in (0, 1)


def _news_form(text: str, start: int, trigger: str) -> str | None:
    """How a sentence tells the day's news: a present perfect, or a headline."""
    if (
        _PERFECT_RE.search(text, max(0, start - 30), start)
        or _PERFECT_WORD_RE.match(trigger)
        or _PERFECT_SAID_RE.search(text)
        # 'have conducted an exchange, releasing 25 each': the participle's main verb
        or (trigger.endswith("ing") and _PERFECT_MAIN_BEFORE_RE.search(text, 0, start))
    ):
        return "perfect-tense-in-the-lead"
    return "headline" if _HEADLINE_END_RE.search(text) else None
