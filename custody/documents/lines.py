"""Header lines: separators, cleaning, and whether a line (or a segment of it)
is a date line rather than a sentence that holds a date."""

from __future__ import annotations

import re
from datetime import date

from custody.documents.chrome import page_words
from custody.documents.dates import _ANY_YEAR, _WEEKDAY_ONLY, _may_hold_weekday, full_dates

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


_URL_LINE = re.compile(r"^\s*(?:source\s*:\s*)?<?(?P<url>https?://[^\s<>]+?)>?\s*$", re.IGNORECASE)


def _url_line(line: str) -> re.Match[str] | None:
    """``_URL_LINE.match(line)``; a line without ``://`` is not tried.

    ``"/" in line`` first: one character is found several times faster than
    three, and most lines (long paragraphs, in a footer) have no slash.
    """
    return _URL_LINE.match(line) if "/" in line and "://" in line else None


_LONG_LINE = 180


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


_PAREN_GROUP = re.compile(r"\(([^()]*)\)")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


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
    furniture = page_words().furniture
    if not all(w[0].isupper() or w.lower().rstrip(":") in furniture for w in words):
        return None
    return hits[0].day


def _date_in_any_segment(line: str) -> date | None:
    for segment in _segments(line):
        day = _date_in_segment(segment)
        if day:
            return day
    return None


_RULE_CHARS = "-*_= "  # a line made only of these is a rule or spacing, not content


def _is_rule(line: str) -> bool:
    """Whether the stripped ``line`` is blank or only :data:`_RULE_CHARS`
    (``not line.strip(_RULE_CHARS)``; a line opening with another character,
    as most do, is not one and is not stripped to learn it)."""
    return not line or (line[0] in _RULE_CHARS and not line.strip(_RULE_CHARS))


def _is_dateish(segment: str) -> bool:
    """A date, or a weekday with furniture ("Last updated: Tuesday")."""
    if _ANY_YEAR.search(segment) and _date_in_segment(segment):  # (no year: no full date)
        return True
    if not _may_hold_weekday(segment):  # (cheaper than the words, for most segments)
        return False
    only = None  # the one word that is not furniture, if there is exactly one
    furniture = page_words().furniture
    for found in _WORD.finditer(segment):  # lazily: most segments stop at their second word
        word = found.group()
        if word.lower().rstrip(":") not in furniture:
            if only is not None:
                return False
            only = word
    return only is not None and bool(_WEEKDAY_ONLY.match(only))
