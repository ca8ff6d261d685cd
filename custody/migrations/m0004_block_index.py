"""Version 4: an index on the columns that name a happenings block.

``custody ingest`` updates the happenings its documents touch: for each
block (``type|status|holder|batch-or-aggregate``, custody/happenings/group.py)
it reads the block's records near the changed ones. Without this index those
reads walked every record of the type and status (``ix_events_type_status``)
for each block; ``ix_events_block`` leads them to the block's own rows
(bench/store_bench.py; docs/benchmark.md). Frozen once released.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

VERSION = 4
DESCRIPTION = "index on events (type, status, holder, aggregate): a happenings block"

_STATEMENTS = (
    "CREATE INDEX IF NOT EXISTS ix_events_block ON events (type, status, holder, aggregate)",
)


def upgrade(conn: Connection) -> None:
    for statement in _STATEMENTS:
        conn.execute(text(statement))
