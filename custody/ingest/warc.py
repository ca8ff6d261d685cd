"""Web archives: WARC (``.warc``, ``.warc.gz``) and ARC (``.arc``, ``.arc.gz``) files.

Read with warcio, one record at a time (memory does not grow with the file).
Each HTTP response record with status 200 and an HTML body becomes a
document: its main text and stated metadata through the HTML reader
(:func:`custody.ingest.html.read_html`), its url from ``WARC-Target-URI``,
its outlet from the host (``custody/lexicons/outlets.tsv`` domains, else the
page's site name, else the host itself), its publication date from the page
unless it is later than the crawl (``WARC-Date``) could have seen anywhere
on earth, and its language from its words (:mod:`custody.ingest.language`);
only the languages the extractor reads are kept.

Other records are not documents: requests, metadata and warcinfo records
pass silently; responses that are not HTML, not 200, in another language or
without article text are :class:`Skipped` (counted, not failures); a record
cut short (``WARC-Truncated``, or fewer bytes than its ``Content-Length``)
or that cannot be parsed or decompressed is an :class:`InputError`. Every
message names the file and the record's offset. After a corrupt record the
reader looks for the next record (the next gzip member, or the next
``WARC/`` header line) and goes on: a broken gzip member does not lose the
rest of the file.
"""

from __future__ import annotations

import hashlib
import io
import re
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import IO, Any
from urllib.parse import urlsplit

from custody.errors import InputError
from custody.ingest.paths import is_archive_name
from custody.record import Document
from custody.settings import Settings

__all__ = ["Skipped", "read_archive", "is_archive_name", "looks_like_archive"]

_GZIP_MAGIC = b"\x1f\x8b\x08"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_LATEST_OFFSET = timedelta(hours=14)  # the most any time zone is ahead of UTC (UTC+14)
_CHUNK = 1 << 16
_LANG_ATTR = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


class Skipped(InputError):
    """A record that is not a document to keep (not HTML, not 200, another
    language, no article text): counted and reported, not a failure."""


def looks_like_archive(data: bytes) -> bool:
    """Whether bytes open a WARC/ARC file (gzip'd or not)."""
    if data.startswith(_GZIP_MAGIC):
        import gzip
        import zlib

        try:
            head = zlib.decompressobj(31).decompress(data[:4096], 64)
        except (zlib.error, gzip.BadGzipFile):
            return False
        data = head
    return data.startswith((b"WARC/", b"filedesc://")) or data[:8].lower() == b"filedesc"


# ---------------------------------------------------------------- one record


def _crawl_limit(warc_date: str | None) -> str | None:
    """The latest calendar day anywhere on earth at the crawl's time, ``YYYY-MM-DD``."""
    if not warc_date:
        return None
    try:
        crawled = datetime.fromisoformat(warc_date.strip().replace("Z", "+00:00"))
    except ValueError:
        digits = re.sub(r"\D", "", warc_date)  # ARC: 20240531120000
        try:
            crawled = datetime.strptime(digits[:14], "%Y%m%d%H%M%S")
        except ValueError:
            return None
    if crawled.tzinfo is not None:
        crawled = crawled.replace(tzinfo=None) - (crawled.utcoffset() or timedelta())
    return (crawled + _LATEST_OFFSET).date().isoformat()


def _outlet(host: str, stated: str | None) -> str | None:
    from custody.documents import outlets

    domains = outlets().domain
    parts = host.lower().rstrip(".").split(".")
    for i in range(len(parts) - 1):
        known = domains.get(".".join(parts[i:]))
        if known:
            return known
    if stated:
        return stated
    return host.lower().removeprefix("www.") or None


def url_id(url: str) -> str:
    """A stable, readable id from a page's url: host and path, and a short hash."""
    parts = urlsplit(url)
    readable = re.sub(r"[^a-z0-9]+", "-", f"{parts.netloc}{parts.path}".lower()).strip("-")
    digest = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{readable[:80].rstrip('-')}-{digest}"


def _stated_language(payload: bytes, header: str | None) -> str | None:
    m = _LANG_ATTR.search(payload[:8192])
    if m:
        return m.group(1).decode("ascii").lower()
    if header:
        return header.split(",")[0].strip().split("-")[0].lower() or None
    return None


def _language(doc: Document, payload: bytes, header: str | None, default: str) -> str:
    from custody.ingest.language import detect_language

    return detect_language(doc.text) or _stated_language(payload, header) or default


def _page(
    payload: bytes, where: str, path: str, url: str, record: Any, settings: Settings
) -> Document | InputError:
    from custody.ingest.html import read_html
    from custody.ingest.language import EXTRACTOR_LANGUAGES

    read = read_html(payload, path, url_id(url), url)
    if isinstance(read, InputError):
        return Skipped(where, read.reason)
    published = read.published
    limit = _crawl_limit(record.rec_headers.get_header("WARC-Date"))
    if published is not None and limit is not None and published > limit:
        published = None  # later than the crawl: not this page's date
    host = urlsplit(url).hostname or ""
    http = record.http_headers  # None in a 'resource' record
    language = http.get_header("Content-Language") if http else None
    doc = replace(
        read,
        url=url,
        published=published,
        source=_outlet(host, read.source),
        language=_language(read, payload, language, settings.language),
    )
    if doc.language not in EXTRACTOR_LANGUAGES:
        return Skipped(where, f"language {doc.language!r}: the extractor reads only English")
    return doc


def _record(
    record: Any, name: str, offset: int, settings: Settings
) -> Document | InputError | None:
    """The document of one record; a Skipped or InputError; None for a record that
    is no page (request, metadata, warcinfo, ...)."""
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    where = f"{name}: record at offset {offset}" + (f" ({url})" if url else "")
    if record.rec_headers.get_header("Content-Length") is None:
        return InputError(where, "no Content-Length: the record's header is cut or damaged")
    if record.rec_type not in ("response", "resource"):
        return None
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    content_type = (
        record.http_headers.get_header("Content-Type")
        if record.http_headers
        else record.rec_headers.get_header("Content-Type")
    )
    if status != "200":
        return Skipped(where, f"HTTP status {status}, not 200")
    if not content_type or content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return Skipped(where, f"not HTML ({content_type or 'no Content-Type'})")
    payload = record.content_stream().read(settings.max_bytes + 1)
    if len(payload) > settings.max_bytes:
        return InputError(where, f"body is over the limit of {settings.max_bytes} bytes")
    if getattr(record.raw_stream, "limit", 0) > 0:
        return InputError(where, "truncated: the record ends before its Content-Length")
    cut = record.rec_headers.get_header("WARC-Truncated")
    if cut:
        return InputError(where, f"truncated by the crawler (WARC-Truncated: {cut})")
    if not url:
        return InputError(where, "no WARC-Target-URI")
    return _page(payload, where, f"{name}@{offset}", url, record, settings)


# ---------------------------------------------------------------- the file


def _reason(exc: BaseException) -> str:
    """What went wrong, printable and short (warcio quotes the bad bytes)."""
    said = str(exc).split(", first line:")[0]  # warcio quotes the bad bytes after it
    text = "".join(c if c.isprintable() else "?" for c in " ".join(said.split()))
    text = text if len(text) <= 100 else text[:99] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _resync(stream: IO[bytes], start: int, gzipped: bool) -> int | None:
    """The offset of the next record after ``start``: the next gzip member, or the
    next ``WARC/`` line; None at the end of the file."""
    marks = (_GZIP_MAGIC,) if gzipped else (b"\nWARC/", b"\nhttp://", b"\nhttps://")
    pos = start + 1
    keep = 8
    tail = b""
    stream.seek(pos)
    while chunk := stream.read(_CHUNK):
        data = tail + chunk
        found = [i for i in (data.find(m) for m in marks) if i >= 0]
        if found:
            first = min(found) + (0 if gzipped else 1)
            return pos - len(tail) + first
        tail = data[-keep:]
        pos += len(chunk)
    return None


@dataclass(frozen=True)
class _Stop:
    """Where reading stopped: at a damaged record, or at a gzip member that holds
    more than one record (a non-chunked file), which began at ``offset``."""

    offset: int
    non_chunked: bool = False
    failed: int | None = None
    """Where the reader failed, when it read past ``offset``: not to be read again."""


_NON_CHUNKED = "non-chunked gzip"


def _fatal(exc: BaseException) -> bool:
    return isinstance(exc, RecursionError | MemoryError | KeyboardInterrupt)


def _read_from(
    stream: IO[bytes], name: str, settings: Settings, start: int
) -> Generator[Document | InputError, None, _Stop | None]:
    """The records from ``start`` on, up to the end (None) or the first damage."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    stream.seek(start)
    records = ArchiveIterator(stream, arc2warc=True, check_digests="raise")
    offset = last = start
    try:
        for record in records:
            offset = records.offset
            try:
                item = _record(record, name, offset, settings)
            except Exception as exc:  # noqa: BLE001 -- a damaged body: report, go on
                if _fatal(exc):
                    raise
                yield InputError(name, f"record at offset {offset}: corrupt: {_reason(exc)}")
                return _Stop(offset)
            if item is not None:
                yield item
            last = offset
        end = records.offset
    except Exception as exc:  # noqa: BLE001 -- warcio raises many kinds on bad bytes
        if _fatal(exc):
            raise
        if _NON_CHUNKED in str(exc):
            return _Stop(last, non_chunked=True)
        failed = max(records.offset, offset)
        yield InputError(name, f"record at offset {failed}: corrupt: {_reason(exc)}")
        # resync from the start of the record read last, not only from where the
        # reader stopped: a damaged member can inflate into a record whose length
        # throws the reader past the start of the next one
        return _Stop(offset, failed=failed)
    stream.seek(end)
    if stream.read(_CHUNK).strip():  # warcio takes a record cut in its header for the end
        yield InputError(name, f"record at offset {end}: truncated: the file ends inside it")
        return _Stop(end)
    return None


class _Inflated(io.RawIOBase):
    """The uncompressed bytes of gzip members read one after another, as far as
    they go: unlike gzip.GzipFile, a stream cut short gives what it holds
    (then :attr:`cut` is set) instead of an EOFError that loses it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._inflate: Any = None
        self._buffer = b""
        self._position = 0
        self._done = False
        self.cut = False

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def _fill(self, size: int) -> None:
        while not self._done and (size < 0 or len(self._buffer) < size):
            chunk = self._stream.read(_CHUNK)
            if not chunk:
                self._done = True
                self.cut = self._inflate is not None  # a member was left unfinished
                break
            while chunk:
                if self._inflate is None:
                    self._inflate = zlib.decompressobj(31)
                self._buffer += self._inflate.decompress(chunk)
                if not self._inflate.eof:
                    break
                chunk = self._inflate.unused_data  # the next member, if any
                self._inflate = None

    def read(self, size: int | None = -1) -> bytes:
        wanted = -1 if size is None else size
        self._fill(wanted)
        out = self._buffer if wanted < 0 else self._buffer[:wanted]
        self._buffer = self._buffer[len(out) :]
        self._position += len(out)
        return out

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_non_chunked(
    stream: IO[bytes], name: str, settings: Settings, member: int
) -> Iterator[Document | InputError]:
    """The records after the first of a gzip member holding many (a whole WARC
    gzip'd as one stream, as early CC-NEWS files are): read on as one stream,
    offsets counted in its uncompressed bytes. Damage stops the reading (no
    record boundary can be found in a broken deflate stream)."""
    from warcio.archiveiterator import ArchiveIterator

    stream.seek(member)
    unpacked = _Inflated(stream)
    records = ArchiveIterator(unpacked, arc2warc=True, check_digests="raise")
    where = name + f": gzip member at offset {member} (one stream, not one member a record)"
    offset = 0
    try:
        for number, record in enumerate(records):
            offset = records.offset
            if number == 0:
                continue  # read already
            item = _record(record, where, offset, settings)
            if item is not None:
                yield item
        if unpacked.cut:
            yield InputError(where, f"uncompressed offset {records.offset}: truncated")
    except Exception as exc:  # noqa: BLE001 -- warcio and gzip raise many kinds
        if _fatal(exc):
            raise
        yield InputError(where, f"uncompressed offset {offset}: corrupt: {_reason(exc)}")


def read_archive(
    stream: IO[bytes], name: str, settings: Settings
) -> Iterator[Document | InputError]:
    """The documents of a WARC/ARC file open for binary reading (seekable)."""
    stream.seek(0)
    gzipped = stream.read(3) == _GZIP_MAGIC
    start: int | None = 0
    while start is not None:
        stop = yield from _read_from(stream, name, settings, start)
        if stop is None:
            return
        if stop.non_chunked:
            yield from _read_non_chunked(stream, name, settings, stop.offset)
            return
        start = _resync(stream, stop.offset, gzipped)
        if start is not None and stop.failed is not None and start >= stop.failed:
            start = _resync(stream, stop.failed, gzipped)  # (reported already)
