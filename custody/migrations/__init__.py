"""Versioned schema migrations for the custody store.

Each step is a module ``mNNNN_<name>.py`` exposing ``VERSION: int``,
``DESCRIPTION: str`` and ``upgrade(conn: Connection) -> None``. Steps are
applied in order, each in its own transaction together with its row in the
``schema_version`` table, so a database is always at a whole version.
Applying migrations to an up-to-date database does nothing.

A step, once released, is never edited: change the schema by adding a step.
Steps are written with SQLAlchemy Core so the same step runs on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType

from sqlalchemy import Column, Connection, Engine, Integer, MetaData, Table, Text, select, text

from custody.errors import StoreError

_meta = MetaData()

schema_version = Table(
    "schema_version",
    _meta,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)

# Any fixed number: serialises concurrent migrators on PostgreSQL.
_PG_LOCK_KEY = 0x637573746F6479  # "custody"


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    upgrade: Callable[[Connection], None]


def _load(module: ModuleType) -> Step:
    return Step(int(module.VERSION), str(module.DESCRIPTION), module.upgrade)


def steps() -> list[Step]:
    """All migration steps, in version order (checked to be 1, 2, 3, ...)."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            found.append(_load(importlib.import_module(f"{__name__}.{info.name}")))
    found.sort(key=lambda s: s.version)
    for expected, step in enumerate(found, start=1):
        if step.version != expected:
            raise StoreError(f"migration steps are not numbered 1..N: found {step.version}")
    return found


def latest_version() -> int:
    return len(steps())


def current_version(conn: Connection) -> int:
    """The schema version of the database (0 when it has never been migrated)."""
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    value = conn.execute(
        select(schema_version.c.version).order_by(schema_version.c.version.desc()).limit(1)
    ).scalar()
    return int(value or 0)


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


def migrate(engine: Engine) -> list[int]:
    """Bring the database up to the latest version; return the versions applied."""
    applied: list[int] = []
    for step in steps():
        with engine.begin() as conn:
            _lock(conn)
            _meta.create_all(conn, checkfirst=True)
            version = current_version(conn)
            if version >= step.version:
                continue
            step.upgrade(conn)
            conn.execute(
                schema_version.insert().values(
                    version=step.version,
                    description=step.description,
                    applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
            applied.append(step.version)
    with engine.connect() as conn:
        version = current_version(conn)
    if version > latest_version():
        raise StoreError(
            f"the database is at schema version {version}, newer than this custody "
            f"(which knows up to {latest_version()}): upgrade custody"
        )
    return applied
