"""Bytes to text, and plain text to a :class:`Document`.

Decoding (the text must be kept exactly as read, because evidence offsets
point into it):

- a UTF-8 byte order mark is removed; nothing else is changed (line ends,
  spaces and Markdown marks stay);
- UTF-16 with a byte order mark is decoded as such;
- a NUL byte, or many control characters, mean a binary file: refused;
- otherwise the bytes must be UTF-8. One fallback: text that fails UTF-8 but
  is clearly Windows-1252 (the encoding of many older Western news sites:
  every byte decodes, at most 5% of bytes are non-ASCII, no control
  characters) is read as Windows-1252. Anything else is refused with the
  byte offset and line of the first bad byte.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable

from custody.documents import detect_metadata
from custody.errors import InputError
from custody.record import Document

_CONTROL = frozenset(chr(c) for c in range(32)) - set("\t\n\r\f\v\x1b")
# The same characters as bytes: in UTF-8 (and Windows-1252) a byte below 0x20
# only ever stands for that character, so they can be counted on the bytes.
_CONTROL_BYTES = bytes(sorted(ord(c) for c in _CONTROL))
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _all_but(which: bytes) -> bytes:
    """Every byte value not in ``which``."""
    return bytes(sorted(set(range(256)) - set(which)))


_NOT_CONTROL_BYTES = _all_but(_CONTROL_BYTES)
_NOT_HIGH_BYTES = _all_but(_HIGH_BYTES)


def _count_bytes(data: bytes, all_but: bytes) -> int:
    """How many bytes of ``data`` are not in ``all_but`` (in C, not a Python
    loop): what is left when those are deleted. ``all_but`` is the complement
    (:func:`_all_but`) of the bytes to count: deleting the many others writes
    only the few counted, a third faster than deleting those and subtracting."""
    return len(data.translate(None, all_but))


def _count_controls(data: bytes) -> int:
    """``_count_bytes(data, _NOT_CONTROL_BYTES)``, learning first, by one memchr a
    control byte (a fraction of an instruction a byte), that most texts hold none:
    counting goes through every byte at about ten instructions each."""
    for byte in _CONTROL_BYTES:
        if byte in data:
            return _count_bytes(data, _NOT_CONTROL_BYTES)
    return 0


def _sha1_16(text: str) -> str:
    """16 hex digits of the SHA-1 of ``text``.

    hashlib is imported here, on first use: loading it (OpenSSL) takes longer
    at start-up than many small files take to read, and files named on the
    command line get their ids from their names, not from a hash.
    """
    import hashlib

    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def content_id(text: str) -> str:
    """A stable id from a document's text (16 hex digits of its SHA-1)."""
    return _sha1_16(text)


def hashed_id(key: str) -> str:
    """A stable id from a feed entry's id or link."""
    return _sha1_16(key)


class UniqueIds:
    """Makes ids unique within one file: the second ``x`` becomes ``x#2``."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def __call__(self, doc_id: str) -> str:
        unique, n = doc_id, 1
        while unique in self._taken:
            n += 1
            unique = f"{doc_id}#{n}"
        self._taken.add(unique)
        return unique


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _clearly_cp1252(data: bytes) -> str | None:
    high = _count_bytes(data, _NOT_HIGH_BYTES)
    if high > 0.05 * len(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _count_bytes(data, _NOT_CONTROL_BYTES) else text


def plain_utf8(chunks: Iterable[bytes]) -> bool:
    """Whether :func:`decode` of the bytes ``chunks`` joins to would just decode them
    as UTF-8 (after a UTF-8 byte order mark): not blank, no UTF-16 mark, no NUL,
    valid UTF-8, few control characters. Looks at one chunk at a time, so a big
    file can be checked without holding it; anything else (and any doubt) is
    False, for the caller to go through :func:`decode` with the whole bytes.
    """
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    chars = controls = 0
    blank = first = True
    for chunk in chunks:
        if first:
            if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or len(chunk) < 4:
                return False  # a UTF-16 mark, or a chunk too short to tell (decode knows)
            if chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8) :]
            first = False
        if b"\x00" in chunk:
            return False
        try:
            chars += len(decoder.decode(chunk))
        except UnicodeDecodeError:
            return False
        controls += _count_bytes(chunk, _NOT_CONTROL_BYTES)
        blank = blank and not chunk.strip()
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return not first and not blank and controls <= max(3, chars // 100)


def decode(data: bytes, path: str) -> str | InputError:
    """The file's text as read, or why it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return InputError(path, f"broken UTF-16 text at byte offset {exc.start}")
    nul = data.find(b"\x00")
    if nul >= 0:
        return InputError(path, f"binary file (NUL byte at byte offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fallback = _clearly_cp1252(data)
        if fallback is not None:
            return fallback
        bad = data[exc.start]
        return InputError(
            path,
            f"not UTF-8 text: byte 0x{bad:02x} at byte offset {exc.start} cannot be decoded"
            " (save the file as UTF-8)",
            _line_of(data, exc.start),
        )
    controls = _count_controls(data)
    if controls > max(3, len(text) // 100):
        return InputError(path, f"binary file ({controls} control characters)")
    return text


def read_text_document(text: str, doc_id: str, path: str | None = None) -> Document:
    """A plain-text or Markdown document: ``text`` unchanged, metadata detected."""
    meta = detect_metadata(text)
    return Document(
        id=doc_id,
        text=text,
        source=meta.source,
        url=meta.url,
        title=meta.title,
        published=meta.published,
        language="en",
        path=path,
    )
