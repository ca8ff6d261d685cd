"""HTML pages: main text by trafilatura, metadata from the page's meta tags.

Metadata is taken only from what the page states (Open Graph and article
meta tags, the canonical link, JSON-LD ``datePublished``); trafilatura's own
date guessing is not used, because a wrong date is worse than none. What
the tags leave open is filled by :func:`custody.documents.detect_metadata`
on the extracted text.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

# lxml and trafilatura (~0.2 s to import) and email.utils are imported where
# they are used, so reading plain text or JSON Lines never pays for them.
from custody.documents import detect_metadata
from custody.errors import InputError
from custody.record import Document

if TYPE_CHECKING:
    import logging


@cache
def _log() -> logging.Logger:
    """This module's logger, made when first needed: logging (imported with it)
    costs a command more start-up time than it reads small files in, and only
    a page trafilatura fails on is logged. The package's logger gets its
    NullHandler then too, before any record of it can be emitted.
    """
    import logging

    logging.getLogger("custody").addHandler(logging.NullHandler())
    return logging.getLogger(__name__)


_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer tr table "
    "pre figure figcaption hr".split()
)
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry): one paragraph a block."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = "".join(collector.parts)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def iso_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` of a timestamp as written (ISO 8601 or RFC 822), else None.

    The calendar day is the one written, not converted to UTC: a page
    published at 01:30 +03:00 was published that day where it was written.
    """
    if not value:
        return None
    value = value.strip()
    m = _ISO_DAY.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None


def _meta(tree: Any) -> dict[str, str]:
    """Meta tags by lower-cased property/name/itemprop, first one winning."""
    found: dict[str, str] = {}
    for tag in tree.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld_date(tree: Any) -> str | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return iso_day(item["datePublished"])
    return None


def _canonical(tree: Any, meta: dict[str, str]) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return str(link.get("href")).strip()
    return meta.get("og:url")


def _page_title(tree: Any, meta: dict[str, str], site: str | None) -> str | None:
    title = meta.get("og:title") or meta.get("twitter:title")
    if not title:
        node = next(tree.iter("title"), None)
        title = (node.text_content() if node is not None else "").strip() or None
        if title and site:  # "Headline | Site Name" -> "Headline"
            title = re.sub(rf"\s*[|–—-]\s*{re.escape(site)}\s*$", "", title) or title
    return " ".join(title.split()) if title else None


def page_metadata(tree: Any) -> dict[str, str | None]:
    meta = _meta(tree)
    site = meta.get("og:site_name") or meta.get("application-name")
    published = next((iso_day(meta[k]) for k in _DATE_META if iso_day(meta.get(k))), None)
    return {
        "title": _page_title(tree, meta, site),
        "published": published or _json_ld_date(tree),
        "source": site,
        "url": _canonical(tree, meta),
    }


def read_html(data: bytes, path: str, doc_id: str, url: str | None = None) -> Document | InputError:
    """One HTML page as a document: main text, stated metadata. ``url``: where the
    page was fetched (a crawl's record), when its tags name no canonical link."""
    import lxml.html  # type: ignore[import-untyped]
    import trafilatura
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        return InputError(path, f"cannot parse HTML: {exc}")
    stated = page_metadata(tree)  # before trafilatura, which prunes the tree it gets
    try:
        text = trafilatura.extract(
            data, include_comments=False, include_tables=False, favor_precision=True
        )
        if not text:  # short pages: fall back to recall
            text = trafilatura.extract(data, include_comments=False, favor_recall=True)
    except Exception as exc:  # noqa: BLE001 -- trafilatura raises many kinds on odd pages
        _log().debug("trafilatura failed on %s", path, exc_info=True)
        return InputError(path, f"cannot extract text from HTML: {exc}")
    if not text or not text.strip():
        return InputError(path, "no article text found in the HTML")
    detected = detect_metadata(text, url=stated["url"] or url)
    doc = Document(id=doc_id, text=text, path=path)
    return replace(
        doc,
        title=stated["title"] or detected.title,
        published=stated["published"] or detected.published,
        source=stated["source"] or detected.source,
        url=stated["url"] or detected.url,
    )
