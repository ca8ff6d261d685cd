"""The outlet or organisation that published a document, as its header strips,
datelines, title, footer, URL or page signatures name it."""

from __future__ import annotations

import re

from custody.documents.chrome import page_words
from custody.documents.datelines import _Dateline
from custody.documents.dates import _month_number
from custody.documents.header import _RELEASE_LABEL, _Header
from custody.documents.lines import (
    _SEPARATOR_TOKENS,
    _clean,
    _has_separator,
    _is_dateish,
    _segments,
    _split,
    _url_line,
)
from custody.documents.outlets import _known_outlet, _org_name, _outlet_of, outlets

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


_NAME_LIKE_BAD = re.compile(r"[\d!?:;,.\"“”\[\]()]")


_STRIP_SPLIT = re.compile(r"\s*(\||·|•|–|—|--|\s-\s)\s*")


_FOOTER_NAME_BAD = re.compile(r"[\d.!?:;|]")


_URL_SCHEME = re.compile(r"^https?://")


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
    small = page_words().name_words
    if not all(w[0].isupper() or w.lower() in small for w in words):
        return None
    return name


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
    """The outlet, from the plainest place that names one: a dateline, a header
    strip or organisation line, the title's issuer, a release's lead, the
    footer, the URL's domain, a page signature, an 'exclusive' credit."""
    for found in datelines:
        if found.outlet:
            return found.outlet
    named = _segment_outlet(head.lines) or (orgs[0] if orgs else None)
    return (
        named
        or _after_title_outlet(head.cleaned, title)
        or _issuer(head, title)
        or _footer_outlet(footer, url_lines=url is not None)
        or (_domain_outlet(url) if url else None)
        or _signature_outlet(head.lines)
        or _exclusive_outlet(head.paragraphs)
    )


def _issuer(head: _Header, title: str | None) -> str | None:
    """The organisation a statement's title or a press release's lead names."""
    issuer = _ISSUER_TITLE.match(title or "")
    if issuer:
        name = _org_name(issuer["org"][4:])
        if name:
            return name
    if head.paragraphs and any(_RELEASE_LABEL.match(x) for x in head.cleaned):
        lead = _LEAD_ISSUER.match(head.paragraphs[0])
        if lead and _org_name(lead["org"]):
            return lead["org"]
    return None


def _domain_outlet(url: str) -> str | None:
    """The outlet of the URL's host or a domain it is under (outlets.tsv)."""
    domains = outlets().domain
    parts = _URL_SCHEME.sub("", url).split("/")[0].split(":")[0].lower().split(".")
    for k in range(len(parts) - 1):
        if ".".join(parts[k:]) in domains:
            return domains[".".join(parts[k:])]
    return None


def _signature_outlet(lines: list[str]) -> str | None:
    """The outlet whose page furniture the header prints (outlets.tsv)."""
    header_text = "\n".join(lines)
    for signature, name in outlets().signature.items():
        if signature in header_text:
            return name
    return None


def _exclusive_outlet(paragraphs: list[str]) -> str | None:
    """A known outlet credited in 'exclusive statements to ...'."""
    opening = " ".join(paragraphs[:2])
    for m in _EXCLUSIVE.finditer(opening) if "exclusive" in opening else ():
        words = m["name"].split()
        for k in range(len(words), 0, -1):
            known = _known_outlet(" ".join(words[:k]))
            if known:
                return known
    return None
