"""Records from text: extract(document) -> list[Event]. STUB."""

from __future__ import annotations

from custody.record import Document, Event


def extract(document: Document) -> list[Event]:
    return []
