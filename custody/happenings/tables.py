"""The tables of the corpus layer, as migration 2 (custody/migrations/m0002_happenings.py)
creates them. tests/test_happenings_store.py checks that the two agree."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, Index, Integer, MetaData, Table, Text

metadata = MetaData()

happenings = Table(
    "happenings",
    metadata,
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

happening_records = Table(
    "happening_records",
    metadata,
    Column("happening_id", Text, nullable=False),
    Column("document_id", Text, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Index("ix_happening_records_happening", "happening_id"),
    Index("ix_happening_records_document", "document_id"),
)

document_signatures = Table(
    "document_signatures",
    metadata,
    Column("document_id", Text, primary_key=True),
    Column("content_hash", Text, nullable=False),
)

document_copies = Table(
    "document_copies",
    metadata,
    Column("document_id", Text, nullable=False),
    Column("copy_id", Text, nullable=False),
    Column("jaccard", Float, nullable=False),
    Index("ix_document_copies_document", "document_id"),
)

document_bands = Table(
    "document_bands",
    metadata,
    Column("document_id", Text, nullable=False),
    Column("band", BigInteger, nullable=False),
    Index("ix_document_bands_band", "band"),
    Index("ix_document_bands_document", "document_id"),
)
