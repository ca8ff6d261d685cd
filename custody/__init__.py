"""custody: verifiable records of people released, detained or held in armed
conflicts, extracted from news reports."""

from __future__ import annotations

import logging

from custody.extract import extract
from custody.record import Document, Event, document_line, parse_document_line
from custody.settings import Settings, load_settings

__all__ = [
    "Document",
    "Event",
    "Settings",
    "document_line",
    "extract",
    "load_settings",
    "parse_document_line",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
