"""Parquet tables of documents (``.parquet``): what ``custody spark`` writes to
``DIR/documents/`` and ``custody export`` writes, one document a row.

The columns are those of ``custody.exports.parquet.DOCUMENT_SCHEMA``: ``id``
and ``text`` required, ``source``, ``url``, ``title``, ``published``
(``YYYY-MM-DD``) and ``language`` optional; other columns are ignored. Read
a row group at a time (memory stays flat). A bad row is an error naming the
file and the row (counted from 1); the other rows still come through.
"""

from __future__ import annotations

from collections.abc import Iterator

from custody.errors import InputError, RecordError
from custody.record import Document, document_from_dict

_COLUMNS = ("id", "text", "source", "url", "title", "published", "language")


def read_parquet(name: str, language: str = "en") -> Iterator[Document | InputError]:
    """The documents of one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(name)
    except (OSError, pa.ArrowException) as exc:
        yield InputError(name, f"not a readable Parquet file: {exc}")
        return
    present = set(table.schema_arrow.names)
    missing = [c for c in ("id", "text") if c not in present]
    if missing:
        yield InputError(name, f"not a table of documents: no {' or '.join(missing)} column")
        return
    columns = [c for c in _COLUMNS if c in present]
    row = 0
    try:
        for batch in table.iter_batches(columns=columns):
            for values in batch.to_pylist():
                row += 1
                yield _document(values, name, row, language)
    except (OSError, pa.ArrowException) as exc:
        yield InputError(name, f"cannot read row group after row {row}: {exc}")


def _document(
    values: dict[str, object], name: str, row: int, language: str
) -> Document | InputError:
    if not isinstance(values.get("text"), str) or not str(values["text"]).strip():
        return InputError(name, "row without text", row)
    given = {k: v for k, v in values.items() if v is not None}
    given.setdefault("language", language)
    try:
        doc = document_from_dict(given, "row")
    except RecordError as exc:
        return InputError(name, str(exc), row)
    return Document(
        id=doc.id,
        text=doc.text,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        published=doc.published,
        language=doc.language,
        path=f"{name}:{row}",
    )
