"""Every error custody raises on purpose, in one place.

Each carries enough to act on: the file, the line, the field and what was
expected. The CLI prints ``str(error)``.
"""

from __future__ import annotations


class CustodyError(Exception):
    """Base of all custody errors."""


class RecordError(CustodyError, ValueError):
    """A record or document line does not follow the record format."""


class LexiconError(CustodyError, ValueError):
    """A lexicon data file is malformed (names the file, entry and reason)."""


class SettingsError(CustodyError, ValueError):
    """The settings file or an environment override is invalid."""


class InputError(CustodyError):
    """A document could not be read. ``path`` and ``line`` locate it."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class StoreError(CustodyError):
    """The database could not be opened, migrated or written."""
