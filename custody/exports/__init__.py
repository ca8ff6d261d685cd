"""Exports of the store in the formats the field uses (docs/exports.md).

``custody.exports.parquet`` (pyarrow; the schema shared with the Spark job),
``custody.exports.tabular`` (CSV and JSON Lines) and ``custody.exports.plover``
(PLOVER event data). ``write_export`` picks one by name.
"""

from __future__ import annotations

from custody.errors import CustodyError


class ExportError(CustodyError):
    """A record cannot be written in the chosen format (names the record)."""


__all__ = ["ExportError"]
