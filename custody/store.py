"""The store: documents and their records in SQLite (default) or PostgreSQL.

``open_store(settings.db)`` opens (and migrates) the database named by a
file path (an embedded SQLite file, WAL mode, foreign keys on) or a
SQLAlchemy URL (``postgresql+psycopg://user@host/db``). The schema is in
docs/schema.md; migrations in :mod:`custody.migrations`.

Each record is kept whole as JSON (``events.record_json``) so that record ->
store -> record is exact; the other columns copy fields out of it for
filtering. Provenance, which is not part of the JSON record, lives in its
own table. Every document is saved in one transaction with its records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    Text,
    create_engine,
    delete,
    event,
    exists,
    func,
    select,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.elements import ColumnElement

from custody import store_write
from custody.errors import RecordError, StoreError
from custody.migrations import migrate
from custody.record import Document, Event, Evidence, Provenance, event_from_dict
from custody.store_write import (
    INGESTED,
    PEOPLE_KINDS,
    UNCHANGED,
    UPDATED,
    content_hash,
    same,
)

__all__ = ["Filters", "INGESTED", "PEOPLE_KINDS", "Store", "StoredDocument", "UNCHANGED",
           "UPDATED", "content_hash", "database_url", "open_store"]  # fmt: skip
E = TypeVar("E")

# ---------------------------------------------------------------- schema
# The current schema (what the migrations build; tests/test_store.py checks
# that the two agree).

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", Text),
    Column("language", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("path", Text),
    Column("ingested_at", Text, nullable=False),
    Column("extractor_version", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("holder", Text),
    Column("count_value", BigInteger),
    Column("count_qualifier", Text),
    Column("date", Text),
    Column("place", Text),
    Column("facility", Text),
    Column("intermediary", Text),
    Column("deal", Text),
    Column("aggregate", Boolean, nullable=False),
    Column("source_actor", Text),
    Column("record_json", Text, nullable=False),
    Column("extractor_version", Text, nullable=False),
)

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("start", BigInteger),
    Column("end", BigInteger),
    Column("text", Text, nullable=False),
)

provenance = Table(
    "provenance",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("field", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("span_start", BigInteger),
    Column("span_end", BigInteger),
    Column("span_text", Text),
)

people = Table(
    "people",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
)

_PAGE = 500  # documents read per query when listing


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Filters:
    """What ``custody documents`` / ``custody events`` select.

    ``type``, ``status``, ``holder``, ``nationality``, ``since`` and ``until``
    select records (``since``/``until`` compare with the record's date,
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a month-only date matches when
    its month overlaps the range; undated records never match a range).
    ``source`` and ``document`` select documents. Text matches ignore case.
    """

    type: str | None = None
    status: str | None = None
    holder: str | None = None
    nationality: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    document: str | None = None

    def selects_events(self) -> bool:
        return any(
            v is not None
            for v in (self.type, self.status, self.holder, self.nationality, self.since, self.until)
        )


@dataclass(frozen=True)
class StoredDocument:
    """A document as stored, with what the store knows about it."""

    document: Document
    content_hash: str
    extractor_version: str
    ingested_at: str
    event_count: int


def database_url(db: str) -> URL:
    """The SQLAlchemy URL for ``settings.db`` (a URL, or a path to a SQLite file)."""
    if "://" in db:
        try:
            return make_url(db)
        except (ArgumentError, ValueError) as exc:
            raise StoreError(f"bad database URL {db!r}: {exc}") from None
    if not db.strip():
        raise StoreError("the database path is empty")
    return URL.create("sqlite+pysqlite", database=str(Path(db).expanduser()))


def _shown(url: URL) -> str:
    """The database for messages: a SQLite file's path, or the URL without password."""
    if url.get_backend_name() == "sqlite" and url.database and url.drivername.endswith("pysqlite"):
        return repr(url.database)
    return url.render_as_string(hide_password=True)


# ---------------------------------------------------------------- engine


def _sqlite_engine(url: URL) -> Engine:
    memory = url.database in (None, "", ":memory:")
    engine = create_engine(
        url,
        poolclass=StaticPool if memory else None,
        connect_args={"check_same_thread": False} if memory else {"timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not memory:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock at BEGIN, so two processes saving the
        # same document cannot both read "absent" and then both insert.
        write = conn.get_execution_options().get("custody_write", True)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot use database {_shown(url)}: {exc}") from None


def open_store(db: str) -> Store:
    """Open the store named by ``db`` (path or URL), creating and migrating it."""
    url = database_url(db)
    engine = _engine(url)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        hint = ""
        if url.get_backend_name() == "sqlite" and url.database:
            folder = Path(url.database).parent
            if not folder.is_dir():
                hint = f" (folder {str(folder)!r} does not exist)"
        raise StoreError(f"cannot open database {_shown(url)}: {reason}{hint}") from None
    except StoreError:
        engine.dispose()
        raise
    return Store(engine)


# ---------------------------------------------------------------- rows


def _provenance_from_row(row: Any) -> Provenance:
    span = None
    if row.span_text is not None or row.span_start is not None:
        span = Evidence(int(row.span_start), int(row.span_end), row.span_text or "")
    return Provenance(field=row.field, value=row.value, rule=row.rule, span=span)


def _document_from_row(row: Any) -> Document:
    return Document(
        id=row.id,
        text=row.text,
        source=row.source,
        url=row.url,
        title=row.title,
        published=row.published,
        language=row.language,
        path=row.path,
    )


# ---------------------------------------------------------------- filters


def _ci(column: Any, value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.lower()


def _event_conditions(f: Filters) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if f.type:
        cond.append(events.c.type == f.type)
    if f.status:
        cond.append(events.c.status == f.status)
    if f.holder:
        cond.append(_ci(events.c.holder, f.holder))
    if f.nationality:
        cond.append(
            exists().where(
                people.c.event_id == events.c.id,
                people.c.kind == "nationality",
                _ci(people.c.value, f.nationality),
            )
        )
    if f.since:
        # "2023-11-15" also takes a record dated only "2023-11".
        cond.append((events.c.date >= f.since) | (events.c.date == f.since[:7]))
    if f.until:
        bound = f.until if len(f.until) == 10 else f.until + "-99"
        cond.append(events.c.date <= bound)
    return cond


def _document_conditions(f: Filters) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if f.source:
        cond.append(_ci(documents.c.source, f.source))
    if f.document:
        cond.append(documents.c.id == f.document)
    if f.selects_events():
        cond.append(exists().where(events.c.document_id == documents.c.id, *_event_conditions(f)))
    return cond


_DOC_ORDER = (documents.c.published.is_(None), documents.c.published, documents.c.id)


# ---------------------------------------------------------------- the store


@contextmanager
def _reading() -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StoreError(f"could not read the database: {reason}") from None


class Store:
    """Documents and records in one database. Use :func:`open_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        return _shown(self.engine.url)

    # ------------------------------------------------------------ writing

    def is_current(self, doc: Document, extractor_version: str) -> bool:
        """True when saving ``doc`` with this extractor version would change nothing."""
        with self._read() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc.id)).first()
        return row is not None and same(row, doc, content_hash(doc), extractor_version)

    def save(self, doc: Document, records: Sequence[Event], extractor_version: str) -> str:
        """Save a document with its records, replacing what was stored for it.

        Returns ``"ingested"`` (new), ``"updated"`` (text, metadata or
        extractor version changed: old records replaced) or ``"unchanged"``
        (nothing written). One transaction: on any error nothing is written.
        """
        return store_write.write(self.engine, [(doc, records)], extractor_version)[0]

    def ingest(
        self, doc: Document, extract: Callable[[Document], Sequence[Event]], extractor_version: str
    ) -> str:
        """Save ``doc`` with ``extract(doc)``, running the extractor only when needed."""
        if self.is_current(doc, extractor_version):
            return UNCHANGED
        return self.save(doc, list(extract(doc)), extractor_version)

    def ingest_all(
        self,
        items: Iterable[Document | E],
        extract: Callable[[Document], Sequence[Event]],
        extractor_version: str,
        batch_documents: int = store_write.BATCH_DOCUMENTS,
    ) -> Iterator[store_write.Outcome | E]:
        """:meth:`ingest` for a stream, many documents a transaction; anything
        that is not a document passes through. See :func:`custody.store_write.ingest`."""
        return store_write.ingest(self, items, extract, extractor_version, batch_documents)

    def delete(self, doc_id: str) -> bool:
        """Remove a document and its records; False when it was not stored."""
        with self.engine.begin() as conn:
            store_write.delete_records(conn, [doc_id])
            gone = conn.execute(delete(documents).where(documents.c.id == doc_id)).rowcount
        return bool(gone)

    # ------------------------------------------------------------ reading

    def _read(self) -> Connection:
        return self.engine.connect().execution_options(custody_write=False)

    def documents(self, filters: Filters = Filters()) -> Iterator[StoredDocument]:
        """Stored documents matching ``filters``, oldest publication first."""
        counts = (
            select(func.count())
            .select_from(events)
            .where(events.c.document_id == documents.c.id)
            .scalar_subquery()
        )
        query = (
            select(documents, counts.label("event_count"))
            .where(*_document_conditions(filters))
            .order_by(*_DOC_ORDER)
        )
        with self._read() as conn, _reading():
            for row in conn.execute(query, execution_options={"stream_results": True}):
                yield StoredDocument(
                    document=_document_from_row(row),
                    content_hash=row.content_hash,
                    extractor_version=row.extractor_version,
                    ingested_at=row.ingested_at,
                    event_count=int(row.event_count),
                )

    def events(self, filters: Filters = Filters()) -> Iterator[tuple[Document, list[Event]]]:
        """Each matching document with its matching records, in stored order.

        Without record filters every selected document comes back, with all
        its records (possibly none); with them, only documents with at least
        one matching record, and only those records.
        """
        query = select(documents).where(*_document_conditions(filters)).order_by(*_DOC_ORDER)
        with self._read() as conn, _reading():
            rows = conn.execute(query, execution_options={"stream_results": True})
            while page := rows.fetchmany(_PAGE):
                docs = [_document_from_row(r) for r in page]
                found = self._events_for(conn, [d.id for d in docs], filters)
                for doc in docs:
                    yield doc, found.get(doc.id, [])

    def _events_for(
        self, conn: Connection, doc_ids: list[str], filters: Filters
    ) -> dict[str, list[Event]]:
        query = (
            select(events.c.id, events.c.document_id, events.c.record_json)
            .where(events.c.document_id.in_(doc_ids), *_event_conditions(filters))
            .order_by(events.c.document_id, events.c.ordinal)
        )
        rows = conn.execute(query).all()
        rules: dict[int, list[Provenance]] = {}
        for start in range(0, len(rows), _PAGE):
            ids = [r.id for r in rows[start : start + _PAGE]]
            prov = conn.execute(
                select(provenance)
                .where(provenance.c.event_id.in_(ids))
                .order_by(provenance.c.event_id, provenance.c.ordinal)
            )
            for p in prov:
                rules.setdefault(p.event_id, []).append(_provenance_from_row(p))
        out: dict[str, list[Event]] = {}
        for r in rows:
            try:
                ev = event_from_dict(json.loads(r.record_json), f"events.id={r.id}")
            except (RecordError, json.JSONDecodeError) as exc:
                raise StoreError(f"stored record is damaged: {exc}") from None
            out.setdefault(r.document_id, []).append(
                ev.with_(provenance=tuple(rules.get(r.id, ())))
            )
        return out

    def schema_version(self) -> int:
        from custody.migrations import current_version

        with self._read() as conn:
            return current_version(conn)
