"""The header and footer of a plain-text document, and its title.

The *header* is the short lines before the first paragraph, plus the opening
of the first paragraphs; the *footer* is the last few lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from custody.documents.chrome import page_words
from custody.documents.dates import _ANY_YEAR, _SLASH_DATE, full_dates
from custody.documents.lines import _LONG_LINE, _clean, _is_dateish, _is_rule, _segments, _url_line
from custody.documents.outlets import _org_name

_LABEL_PREFIX = re.compile(
    r"^\s*(?:date|published|posted)\s*:?\s+(?=\d{4}-\d{2}-\d{2})", re.IGNORECASE
)


_RELEASE_LABEL = re.compile(r"^(?:PRESS|NEWS|MEDIA) RELEASE$|^(?:PRESS )?STATEMENT$", re.IGNORECASE)


_TITLE_MAX = _LONG_LINE


_BRACKETED_END = re.compile(r"\[[^\]]*\]$")


_HOME_CRUMB = re.compile(r"home\s*[>/›»|]")


_UPDATED_LABEL = re.compile(r"\bupdated\s*:", re.IGNORECASE)


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
    segments = _segments(text)
    if any(_is_dateish(segment) for segment in segments):
        return False
    return not _is_menu(segments, text)


def _is_menu(segments: list[str], text: str) -> bool:
    """Whether a line of short parts, one of them page chrome, is a site's menu
    ('Subscribe | Sign in | e-Paper'), not a headline."""
    if len(segments) < 2 or any(len(segment.split()) > 3 for segment in segments):
        return False
    return page_words().is_around(text)


@dataclass
class _Header:
    lines: list[str]
    paragraphs: list[str]
    prefix_date: date | None = None
    stamps: list[str] = field(default_factory=list)
    """A short dated line opening with a stamp ('Updated 3 May 2024') among the
    two lines under a first paragraph (a long photo caption, often)."""
    cleaned: list[str] = field(init=False)  # _clean of each line, asked for often

    def __post_init__(self) -> None:
        self.cleaned = [_clean(line) for line in self.lines]


def _header(text: str, all_lines: list[str] | None = None) -> _Header:
    """The short lines before the first paragraph, and the first paragraphs.

    ``all_lines`` is ``text.splitlines()`` when the caller has it already.
    """
    lines: list[str] = []
    paragraphs: list[str] = []
    prefix_date = None
    stamps: list[str] = []
    near = 0  # lines still to look at for a stamp (the two under the first paragraph)
    for raw in text.splitlines() if all_lines is None else all_lines:
        if len(raw) <= _LONG_LINE and (paragraphs or len(lines) >= 12):
            if near and raw and not raw.isspace():
                heading = len(raw) <= 40 and page_words().related_line(raw)
                near = 0 if heading else near - 1
                if _is_stamp(raw):
                    stamps.append(raw.strip())
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
            near = 2 if len(paragraphs) == 1 else 0
            if len(paragraphs) == 3:
                break
        elif not paragraphs and len(lines) < 12:
            lines.append(line)
    return _Header(lines, paragraphs, prefix_date, stamps)


def _is_stamp(line: str) -> bool:
    """Whether ``line`` opens with a publication stamp and holds a year."""
    return _ANY_YEAR.search(line) is not None and page_words().stamp_start.match(line) is not None


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
