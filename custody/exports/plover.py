"""Records as PLOVER events (openeventdata/PLOVER), one JSON object a record.

The mapping from a record's type and status to a PLOVER event and mode, and
from actors and nationalities to country codes, is documented in
docs/exports.md; the actors' countries and kinds are data
(``plover_actors.tsv``), the demonyms' countries come from
``custody/lexicons/countries.tsv``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from custody.exports import ExportError
from custody.record import Document, Event, People

# (type, status) -> (event, mode); status wins over type for demands and denials.
_BY_STATUS = {"demanded": ("DEMAND", None), "denied": ("REJECT", None)}
_BY_TYPE: dict[str, tuple[str, str | None]] = {
    "release": ("RETREAT", "release"),
    "detention": ("COERCE", "arrest"),  # ASSAULT/abduct when an armed group takes them
    "holding": ("COERCE", "arrest"),
    "transfer": ("COERCE", "arrest"),
    "deal": ("AGREE", None),
    "hunger_strike": ("PROTEST", "strike"),
    "death_in_custody": ("ASSAULT", None),
}
_CONTEXT = {"planned": "future", "hypothetical": "hypothetical"}


@dataclass(frozen=True)
class Actor:
    name: str | None
    country: str | None
    kind: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.name, "country": self.country, "kind": self.kind}


def _tsv_rows(package: str, name: str) -> list[dict[str, str]]:
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def actor_table() -> dict[str, tuple[str | None, str]]:
    """Canonical actor -> (ISO 3166-1 alpha-2 country or None, kind)."""
    table: dict[str, tuple[str | None, str]] = {}
    for n, row in enumerate(_tsv_rows("custody.exports", "plover_actors.tsv"), start=2):
        kind = row.get("kind") or ""
        if kind not in ("state", "armed_group", "international", "mediator"):
            raise ExportError(f"plover_actors.tsv: row {n}: unknown kind {kind!r}")
        table[row["actor"]] = (row.get("country") or None, kind)
    return table


@cache
def demonym_table() -> dict[str, str]:
    """Demonym (any case) -> ISO 3166-1 alpha-2 country code, from countries.tsv."""
    table: dict[str, str] = {}
    for row in _tsv_rows("custody.lexicons", "countries.tsv"):
        code = row.get("iso2") or ""
        names = [row.get("demonym") or "", row.get("country") or ""]
        names += (row.get("demonym_aliases") or "").split("|")
        for name in names:
            if name and code:
                table.setdefault(name.lower(), code)
    return table


def actor(name: str | None) -> Actor:
    if name is None:
        return Actor(None, None, None)
    known = actor_table().get(name)
    if known is not None:
        return Actor(name, known[0], known[1])
    return Actor(name, demonym_table().get(name.lower()), None)


def people_actor(people: People) -> Actor:
    """The people a record is about, as a PLOVER recipient."""
    nations = [demonym_table().get(n.lower()) for n in people.nationality]
    codes = sorted({c for c in nations if c})
    words = [*people.nationality, *people.categories]
    name = ", ".join(people.names) or " ".join(words) or "people"
    return Actor(name, codes[0] if len(codes) == 1 else None, "people")


def event_and_mode(ev: Event) -> tuple[str, str | None]:
    if ev.status in _BY_STATUS:
        return _BY_STATUS[ev.status]
    event, mode = _BY_TYPE[ev.type]
    if ev.type == "detention" and actor(ev.holder).kind == "armed_group":
        return "ASSAULT", "abduct"
    return event, mode


def _sides(ev: Event) -> tuple[Actor, Actor]:
    if ev.type == "deal" and ev.status not in _BY_STATUS:
        holders = [t.holder for t in ev.terms]
        return actor(holders[0] if holders else None), actor(
            holders[1] if len(holders) > 1 else None
        )
    if ev.status == "demanded":
        return actor(ev.source_actor), actor(ev.holder)
    if ev.status == "denied":
        return actor(ev.source_actor or ev.holder), people_actor(ev.people)
    return actor(ev.holder), people_actor(ev.people)


def plover_event(doc: Document, index: int, ev: Event) -> dict[str, Any]:
    """One record as a PLOVER event object (docs/exports.md)."""
    if ev.type not in _BY_TYPE:
        raise ExportError(f"document {doc.id!r}, record {index}: no PLOVER event for {ev.type!r}")
    event, mode = event_and_mode(ev)
    source, recipient = _sides(ev)
    context = _CONTEXT.get(ev.status)
    return {
        "id": f"{doc.id}:{index}",
        "date": ev.date or doc.published,
        "date_is_publication": ev.date is None and doc.published is not None,
        "event": event,
        "mode": mode,
        "context": [context] if context else [],
        "source": source.to_dict(),
        "recipient": recipient.to_dict(),
        "event_text": " … ".join(e.text for e in ev.evidence),
        "text_offsets": [{"start": e.start, "end": e.end} for e in ev.evidence],
        "cite_info": {
            "url": doc.url,
            "outlet": doc.source,
            "language": doc.language,
            "title": doc.title,
            "published": doc.published,
            "document": doc.id,
        },
        "custody": {
            "type": ev.type,
            "status": ev.status,
            "count": ev.count.to_dict() if ev.count else None,
            "place": ev.location.place,
        },
    }
