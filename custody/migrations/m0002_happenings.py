"""Version 2: happenings (the corpus layer), their records, and near-duplicate signatures.

Frozen once released. docs/schema.md describes the tables; custody/happenings/
tables.py mirrors them for the code that reads and writes them.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Connection, Float, Index, Integer, MetaData, Table, Text

VERSION = 2
DESCRIPTION = "happenings, happening_records, document signatures, bands and copies"

_meta = MetaData()

Table(
    "happenings",
    _meta,
    Column("id", Text, primary_key=True),
    Column("block", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("holder", Text),
    Column("count_value", BigInteger),
    Column("date", Text),
    Column("date_lo", Text),
    Column("date_hi", Text),
    Column("deal", Text),
    Column("aggregate", Integer, nullable=False),
    Column("support_records", Integer, nullable=False),
    Column("support_documents", Integer, nullable=False),
    Column("support_outlets", Integer, nullable=False),
    Column("nationality", Text, nullable=False),
    Column("happening_json", Text, nullable=False),
    Index("ix_happenings_block", "block"),
    Index("ix_happenings_date", "date"),
)

Table(
    "happening_records",
    _meta,
    Column("happening_id", Text, nullable=False),
    Column("document_id", Text, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Index("ix_happening_records_happening", "happening_id"),
    Index("ix_happening_records_document", "document_id"),
)

Table(
    "document_signatures",
    _meta,
    Column("document_id", Text, primary_key=True),
    Column("content_hash", Text, nullable=False),
)

Table(
    "document_copies",
    _meta,
    Column("document_id", Text, nullable=False),
    Column("copy_id", Text, nullable=False),
    Column("jaccard", Float, nullable=False),
    Index("ix_document_copies_document", "document_id"),
)

Table(
    "document_bands",
    _meta,
    Column("document_id", Text, nullable=False),
    Column("band", BigInteger, nullable=False),
    Index("ix_document_bands_band", "band"),
    Index("ix_document_bands_document", "document_id"),
)


def upgrade(conn: Connection) -> None:
    _meta.create_all(conn)
