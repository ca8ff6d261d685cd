"""custody: verifiable records of people released, detained or held in armed
conflicts, extracted from news reports."""

from __future__ import annotations

from custody import recache

recache.install()  # before any of custody's modules compiles a pattern

from custody import compiled  # noqa: E402

compiled.install()  # before the extractor is imported: its compiled build, if fresh
compiled.guard()  # imports it; a TypeError of the compiled build: the pure modules

from custody.extract import extract  # noqa: E402
from custody.record import Document, Event, document_line, parse_document_line  # noqa: E402
from custody.settings import Settings, load_settings  # noqa: E402

__all__ = [
    "Document",
    "Event",
    "Settings",
    "document_line",
    "extract",
    "load_settings",
    "parse_document_line",
]

# The package logger's NullHandler is added by custody.ingest.html, the one
# module that logs, when it first does: importing logging for it here cost
# every command start-up time.
