"""Version 3: indexes for the REST API's record queries (a page of a filtered list).

``--holder`` matches in any case (``lower(holder) = lower(value)``), which the
plain index of version 1 cannot serve: ``ix_events_holder_ci`` does. A filter on
the type alone could use only ``ix_events_type_status``, whose rows are not in
record-id order for one type: ``ix_events_type`` is. With them a first page of
a holder's or a type's records stops after its rows instead of sorting every
match. (Nationality keeps its per-record EXISTS probe on ``ix_people_event``:
an index on ``lower(value)`` made SQLite drive that probe from the wrong side.)
Frozen once released.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

VERSION = 3
DESCRIPTION = "indexes on lower(events.holder) and events.type"

_STATEMENTS = (
    "CREATE INDEX IF NOT EXISTS ix_events_holder_ci ON events (lower(holder))",
    "CREATE INDEX IF NOT EXISTS ix_events_type ON events (type)",
)


def upgrade(conn: Connection) -> None:
    for statement in _STATEMENTS:
        conn.execute(text(statement))
