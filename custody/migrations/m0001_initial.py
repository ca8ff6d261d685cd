"""Version 1: documents, events and their evidence, provenance and people.

Frozen: this is the schema as version 1 created it. Later changes are new
steps. docs/schema.md describes the tables.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

VERSION = 1
DESCRIPTION = "documents, events, evidence, provenance, people"

_meta = MetaData()

Table(
    "documents",
    _meta,
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
    Index("ix_documents_source", "source"),
    Index("ix_documents_published", "published"),
)

Table(
    "events",
    _meta,
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
    UniqueConstraint("document_id", "ordinal", name="uq_events_document_ordinal"),
    Index("ix_events_type_status", "type", "status"),
    Index("ix_events_date", "date"),
    Index("ix_events_holder", "holder"),
)

Table(
    "evidence",
    _meta,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("start", BigInteger),
    Column("end", BigInteger),
    Column("text", Text, nullable=False),
    Index("ix_evidence_event", "event_id"),
)

Table(
    "provenance",
    _meta,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("field", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("span_start", BigInteger),
    Column("span_end", BigInteger),
    Column("span_text", Text),
    Index("ix_provenance_event", "event_id"),
)

Table(
    "people",
    _meta,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    Index("ix_people_event", "event_id"),
    Index("ix_people_kind_value", "kind", "value"),
)


def upgrade(conn: Connection) -> None:
    _meta.create_all(conn)
