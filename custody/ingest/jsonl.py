"""JSON Lines batches: one document an line.

Each line is an object with a required ``text`` and optional ``id``,
``url``, ``source``, ``title``, ``published`` (``YYYY-MM-DD``, or an ISO
timestamp whose day is taken) and ``language``. Fields left out are detected
from the text; a publication date the text does not show is the day the
line's ``url`` gives, if any (``/2025/03/28/``), as a crawl dates a page.
A bad line yields an error naming its line number; the other lines still
come through.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import Any

from custody.documents import Metadata, detect_metadata
from custody.errors import InputError
from custody.ingest.html import iso_day
from custody.ingest.text import UniqueIds, content_id
from custody.record import Document

_OPTIONAL = ("id", "url", "source", "title", "published", "language")
_DETECTED = ("url", "source", "title", "published")
"""The fields :func:`detect_metadata` can fill in when a line leaves them out."""


class _LineError(ValueError):
    pass


def _field(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise _LineError(f"field {key!r} must be a string, got {type(value).__name__}")
    return value.strip() or None


def _document(obj: Any, doc_id: Any, path: str, language: str) -> Document:
    if not isinstance(obj, dict):
        raise _LineError(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        raise _LineError("missing required field 'text'")
    if not isinstance(text, str):
        raise _LineError(f"field 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise _LineError("field 'text' is empty")
    given = {key: _field(obj, key) for key in _OPTIONAL}
    published = given["published"]
    if published is not None:
        published = iso_day(published)
        if published is None:
            raise _LineError(f"field 'published' must be YYYY-MM-DD, got {given['published']!r}")
    detected = _detected(text, given)
    return Document(
        id=doc_id(given["id"] or content_id(text)),
        text=text,
        source=given["source"] or detected.source,
        url=given["url"] or detected.url,
        title=given["title"] or detected.title,
        published=published or detected.published,
        language=given["language"] or language,
        path=path,
    )


def _detected(text: str, given: dict[str, str | None]) -> Metadata:
    """What the text says about itself, where the line leaves a field out.

    A line that gives every field (as machine-made batches do) would take
    nothing from the detection, which costs more than the rest of reading a
    line: it is not run for it.
    """
    if all(given[key] for key in _DETECTED):
        return Metadata()
    return detect_metadata(text, url=given["url"])


def read_jsonl(text: str, path: str, language: str = "en") -> Iterator[Document | InputError]:
    """The documents of a JSON Lines batch already decoded."""
    return _read_lines(enumerate(text.splitlines(), start=1), path, language)


def stream_lines(stream: Iterable[bytes]) -> Iterator[tuple[int, str]]:
    r"""(number, line) of UTF-8 bytes read line by line, numbered and split exactly as
    ``text.splitlines()`` numbers and splits the whole decoded text.

    ``stream`` gives lines ending in ``\n`` (a binary file); a UTF-8 byte order
    mark opening the first is dropped. Other line breaks that ``splitlines``
    knows (``\r``, ``\u2028``, ...) split a line further, as they would the
    whole text.
    """
    number = 0
    first = True
    for raw in stream:
        if first:
            raw = raw.removeprefix(codecs.BOM_UTF8)
            first = False
        for line in raw.decode("utf-8", "replace").splitlines():
            number += 1
            yield number, line


def read_jsonl_stream(
    stream: Iterable[bytes], path: str, language: str = "en"
) -> Iterator[Document | InputError]:
    """The documents of a JSON Lines batch, read one line at a time (memory stays
    flat however big the batch). The bytes must be plain UTF-8
    (:func:`custody.ingest.text.plain_utf8`)."""
    return _read_lines(stream_lines(stream), path, language)


def _read_lines(
    lines: Iterable[tuple[int, str]], path: str, language: str
) -> Iterator[Document | InputError]:
    unique = UniqueIds()
    for number, line in lines:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"not valid JSON: {exc.msg} (column {exc.colno})", number)
            continue
        try:
            yield _document(obj, unique, path, language)
        except _LineError as exc:
            yield InputError(path, str(exc), number)
