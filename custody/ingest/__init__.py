"""Documents in: files, folders, globs and standard input -> :class:`Document`.

``read_paths`` yields a :class:`Document` for each document read and an
:class:`InputError` (never raised) for each input that could not be read,
then goes on with the rest. Formats, by extension or, for other names and
standard input, by sniffing the first bytes:

- plain text and Markdown (``.txt``, ``.md``): the text exactly as read
  (only a UTF-8 byte order mark is removed), metadata detected from it
  (:func:`custody.documents.detect_metadata`); id = the file's stem;
- HTML (``.html``, ``.htm``): main text by trafilatura, metadata from meta
  tags; id = the file's stem;
- RSS/Atom (``.xml``, ``.rss``, ``.atom``): one document an entry;
- JSON Lines (``.jsonl``): one document a line;
- web archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``): one document
  an HTML response record (:mod:`custody.ingest.warc`), read as a stream;
- Parquet tables of documents (``.parquet``, what ``custody spark`` writes to
  ``DIR/documents/``): one document a row (:mod:`custody.ingest.parquet`).

Decoding rules are in :mod:`custody.ingest.text`.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from custody.errors import InputError
from custody.ingest.feeds import read_feed
from custody.ingest.html import read_html
from custody.ingest.jsonl import read_jsonl, read_jsonl_stream
from custody.ingest.paths import FORMATS, expand_names, is_archive_name, suffix_and_stem
from custody.ingest.text import content_id, decode, plain_utf8, read_text_document
from custody.record import Document
from custody.settings import Settings

if TYPE_CHECKING:
    from custody.ingest.warc import Skipped
else:

    def __getattr__(name: str) -> object:
        """``Skipped`` without importing the archive reader at start-up."""
        if name == "Skipped":
            from custody.ingest.warc import Skipped

            return Skipped
        raise AttributeError(name)


__all__ = ["Skipped", "read_paths", "read_bytes", "read_text_document", "sniff"]

STDIN_NAME = "<stdin>"


def sniff(data: bytes) -> str:
    """``feed``, ``html``, ``jsonl`` or ``text``, from a document's first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
        head.startswith(b"<?xml") and any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf"))
    ):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:1024]:
        return "html"
    if head.startswith(b"{"):
        try:
            obj = json.loads(data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0])
        except ValueError:
            obj = None
        if isinstance(obj, dict) and "text" in obj:
            return "jsonl"
    return "text"


def read_bytes(
    data: bytes, name: str, settings: Settings, doc_id: str | None = None, kind: str | None = None
) -> Iterator[Document | InputError]:
    """The documents in one input's bytes. ``name`` is the path reported in errors."""
    if not data.strip():
        yield InputError(name, "empty file")
        return
    if len(data) > settings.max_bytes:
        yield InputError(
            name, f"{len(data)} bytes is over the limit of {settings.max_bytes} (max_bytes setting)"
        )
        return
    if kind is None and data.startswith((b"\x1f\x8b\x08", b"WARC/", b"filedesc")):
        from custody.ingest.warc import looks_like_archive, read_archive

        if looks_like_archive(data):
            yield from read_archive(io.BytesIO(data), name, settings)
            return
    kind = kind or sniff(data)
    if kind in ("html", "feed") and b"\x00" in data[:65536]:
        kind = "text"  # let decoding report the binary file
    if kind == "feed":
        yield from read_feed(data, name, settings.language)
        return
    if kind == "html":
        yield read_html(data, name, doc_id or content_id(data.decode("utf-8", "replace")))
        return
    text = decode(data, name)
    if isinstance(text, InputError):
        yield text
    elif kind == "jsonl":
        yield from read_jsonl(text, name, settings.language)
    elif not text.strip():
        yield InputError(name, "empty file")
    else:
        yield read_text_document(text, doc_id or content_id(text), name)


def _read_file(name: str, settings: Settings) -> Iterator[Document | InputError]:
    """The documents in the file ``name`` (as ``str(Path)`` gives it)."""
    if is_archive_name(name):
        yield from _read_archive_file(name, settings)
        return
    if name.lower().endswith(".parquet"):
        from custody.ingest.parquet import read_parquet

        yield from read_parquet(name, settings.language)
        return
    suffix, stem = suffix_and_stem(os.path.basename(name))  # Path(name).suffix and .stem
    kind = FORMATS.get(suffix.lower())
    data = _read_regular(name, settings.max_bytes) if kind != "jsonl" else None
    if data is None:  # an error, a folder, a big file, a batch: all as they always were
        yield from _read_path(Path(name), settings)
    else:
        yield from read_bytes(data, name, settings, doc_id=stem, kind=kind)


def _read_archive_file(name: str, settings: Settings) -> Iterator[Document | InputError]:
    """The documents of a web archive, read record by record (no size limit on
    the file: ``max_bytes`` applies to each record's body)."""
    from custody.ingest.warc import read_archive

    try:
        stream = open(name, "rb")  # noqa: SIM115 -- closed below, after the generator
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        try:
            yield from read_archive(stream, name, settings)
        except OSError as exc:
            yield InputError(name, f"cannot read: {exc.strerror or exc}")


def _read_regular(name: str, max_bytes: int) -> bytes | None:
    """The bytes of the regular file ``name`` if it is at most ``max_bytes`` long
    and reads without an error, else None.

    One open, one fstat and reads on the descriptor: for thousands of small
    files, a stat, a Path and a buffered file object each cost more than the
    reading. A read that gives as many bytes as fstat said is the whole file
    (a shorter one, a longer one or a file that grew is read on to the end,
    as a file object would). O_NONBLOCK: opening a named pipe does not wait for a writer (it
    is not a regular file: :func:`_read_path` opens it as before).
    """
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode) or status.st_size > max_bytes:
            return None
        data = os.read(fd, status.st_size + 1)
        if len(data) == status.st_size:  # all of it (the usual case): no read to learn so
            return data
        chunks = [data]
        while chunks[-1]:  # to the end, as a file object reads (a file may grow)
            chunks.append(os.read(fd, io.DEFAULT_BUFFER_SIZE))
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def _read_path(path: Path, settings: Settings) -> Iterator[Document | InputError]:
    """The documents in the file ``path``, or the error reading it."""
    name = str(path)
    try:
        status = path.stat()
        size = status.st_size
        if size > settings.max_bytes:
            yield InputError(
                name,
                f"file is {size} bytes, over the limit of {settings.max_bytes} (max_bytes setting)",
            )
            return
        if stat.S_ISDIR(status.st_mode):  # what path.is_dir() says, without a second stat
            yield InputError(name, "is a folder")
            return
        kind = FORMATS.get(path.suffix.lower())
        if kind == "jsonl" and _plain_utf8_file(path):
            stream = path.open("rb")
        else:
            stream, data = None, path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    if stream is None:
        yield from read_bytes(data, name, settings, doc_id=path.stem, kind=kind)
        return
    with stream:  # a batch, line by line: memory does not grow with the file
        try:
            yield from read_jsonl_stream(stream, name, settings.language)
        except OSError as exc:
            yield InputError(name, f"cannot read: {exc.strerror or exc}")


_CHUNK = 1 << 20


def _plain_utf8_file(path: Path) -> bool:
    """Whether the file is plain UTF-8 text (:func:`plain_utf8`), read a chunk at a time.

    A file that is not (empty, binary, UTF-16, Windows-1252, ...) is read whole
    and decoded as any other, so that it gets the same errors.
    """
    with path.open("rb") as f:
        return plain_utf8(iter(lambda: f.read(_CHUNK), b""))


def _read_stdin(settings: Settings) -> Iterator[Document | InputError]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data: bytes = stream.read(settings.max_bytes + 1)
    else:  # a text stream (tests, some embedders)
        data = sys.stdin.read(settings.max_bytes + 1).encode("utf-8", "surrogateescape")
    yield from read_bytes(data, STDIN_NAME, settings)


def read_paths(paths: list[str], settings: Settings) -> Iterator[Document | InputError]:
    """Every document named by ``paths`` (files, folders, globs, ``-``), in order."""
    for item in expand_names(paths):
        if isinstance(item, InputError):
            yield item
        elif item is None:
            yield from _read_stdin(settings)
        else:
            yield from _read_file(item.name, settings)
