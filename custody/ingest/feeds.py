"""RSS and Atom feeds: each entry one document (via feedparser).

An entry's text is its full content when the feed carries it, else its
summary, with HTML stripped. Its id is a hash of the entry's own id (or
link), so the same article keeps its id across fetches of the feed; an
entry with neither gets a hash of its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from custody.documents import detect_metadata
from custody.errors import InputError
from custody.ingest.html import html_to_text, iso_day
from custody.ingest.text import UniqueIds, content_id, hashed_id
from custody.record import Document


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = max((c.get("value") or "" for c in contents), key=len, default="")
    return html_to_text(html or entry.get("summary") or entry.get("description") or "")


def _entry_day(entry: Any) -> str | None:
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        day = iso_day(entry.get(raw))
        if day:
            return day
        if entry.get(parsed):
            year, month, mday = entry[parsed][:3]
            return date(year, month, mday).isoformat()
    return None


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def feed_name(title: str | None) -> str | None:
    """The outlet in a feed's title: "BBC News - World" -> "BBC News"."""
    if not title:
        return None
    parts = re.split(r"\s+[-–—|]\s+|:\s+", title, maxsplit=1)
    if len(parts) == 2 and parts[0] and len(parts[1].split()) <= 3:
        return parts[0]
    return title


def read_feed(data: bytes, path: str, language: str = "en") -> Iterator[Document | InputError]:
    """Every entry of the feed in ``data``; one error if it is not a feed."""
    # Imported here, not at the top, so that reading other formats never pays for it.
    import feedparser  # type: ignore[import-untyped]

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        yield InputError(path, f"not an RSS or Atom feed{detail}")
        return
    if not parsed.entries:
        yield InputError(path, "feed has no entries")
        return
    feed_title = feed_name(_clean(parsed.feed.get("title")))
    unique = UniqueIds()
    for number, entry in enumerate(parsed.entries, start=1):
        text = _entry_text(entry)
        title = _clean(entry.get("title"))
        if not text.strip():
            label = f" ({title})" if title else ""
            yield InputError(path, f"feed entry {number}{label} has no text")
            continue
        key = entry.get("id") or entry.get("link")
        detected = detect_metadata(text, url=_clean(entry.get("link")))
        yield Document(
            id=unique(hashed_id(key) if key else content_id(text)),
            text=text,
            source=_clean((entry.get("source") or {}).get("title"))
            or feed_title
            or detected.source,
            url=_clean(entry.get("link")) or detected.url,
            title=title or detected.title,
            published=_entry_day(entry) or detected.published,
            language=language,
            path=path,
        )
