"""The custody event record, format version 1 (docs/event-record.md).

This module is the one place where records are built, read and written as
JSON. The extractor, the store, the exports and the evaluation all go
through :func:`event_from_dict` / :meth:`Event.to_dict` and
:func:`document_line` / :func:`parse_document_line`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from custody.errors import RecordError

FORMAT_VERSION = 1

EVENT_TYPES = (
    "release",
    "detention",
    "holding",
    "deal",
    "transfer",
    "hunger_strike",
    "death_in_custody",
)
STATUSES = ("occurred", "planned", "demanded", "denied", "hypothetical")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "at_most")
CONDITIONS = ("alive", "deceased")

_DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_ISO_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Count:
    value: int
    qualifier: str = "exact"

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "qualifier": self.qualifier}


@dataclass(frozen=True)
class People:
    nationality: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    affiliation: tuple[str, ...] = ()
    condition: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "nationality": list(self.nationality),
            "categories": list(self.categories),
            "names": list(self.names),
            "affiliation": list(self.affiliation),
            "condition": self.condition,
        }


@dataclass(frozen=True)
class Location:
    place: str | None = None
    facility: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "facility": self.facility}


@dataclass(frozen=True)
class Term:
    """One side of a deal: who releases how many of whom."""

    holder: str | None = None
    count: Count | None = None
    people: People = field(default_factory=People)

    def to_dict(self) -> dict[str, Any]:
        return {
            "holder": self.holder,
            "count": self.count.to_dict() if self.count else None,
            "people": self.people.to_dict(),
        }


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Provenance:
    """Why a field has its value: the rule or lexicon entry that set it.

    Not part of the JSON record; shown by ``custody extract --explain`` and
    kept in the store.
    """

    field: str
    value: str
    rule: str
    span: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "rule": self.rule,
            "span": self.span.to_dict() if self.span else None,
        }


@dataclass(frozen=True)
class Event:
    type: str
    status: str = "occurred"
    holder: str | None = None
    count: Count | None = None
    people: People = field(default_factory=People)
    date: str | None = None
    location: Location = field(default_factory=Location)
    intermediary: str | None = None
    mediators: tuple[str, ...] = ()
    deal: str | None = None
    terms: tuple[Term, ...] = ()
    aggregate: bool = False
    source_actor: str | None = None
    evidence: tuple[Evidence, ...] = ()
    provenance: tuple[Provenance, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The record exactly as docs/event-record.md specifies it."""
        return {
            "type": self.type,
            "status": self.status,
            "holder": self.holder,
            "count": self.count.to_dict() if self.count else None,
            "people": self.people.to_dict(),
            "date": self.date,
            "location": self.location.to_dict(),
            "intermediary": self.intermediary,
            "mediators": list(self.mediators),
            "deal": self.deal,
            "terms": [t.to_dict() for t in self.terms],
            "aggregate": self.aggregate,
            "source_actor": self.source_actor,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    def is_reportable(self) -> bool:
        """Scored records: a count or a name; a deal with a counted term."""
        if self.type == "deal":
            return any(t.count is not None for t in self.terms)
        return self.count is not None or bool(self.people.names)

    def with_(self, **changes: Any) -> Event:
        return replace(self, **changes)


@dataclass(frozen=True)
class Document:
    """A document's text and what is known about it."""

    id: str
    text: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str = "en"
    path: str | None = None

    def __init__(  # the fields in order, as dataclass would write it (kept: it is ours)
        self,
        id: str,  # noqa: A002 - the field's name
        text: str = "",
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
        published: str | None = None,
        language: str = "en",
        path: str | None = None,
    ) -> None:
        # One dict update: a frozen dataclass's own __init__ sets each field through
        # object.__setattr__, some 17,000 instructions a document read.
        self.__dict__.update(
            id=id,
            text=text,
            source=source,
            url=url,
            title=title,
            published=published,
            language=language,
            path=path,
        )

    def meta_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "language": self.language,
        }


# ---------------------------------------------------------------- reading


def _want(d: Any, key: str, kinds: tuple[type, ...], where: str, nullable: bool = True) -> Any:
    if not isinstance(d, dict):
        raise RecordError(f"{where}: expected an object, got {type(d).__name__}")
    value = d.get(key)
    if value is None:
        if nullable:
            return None
        raise RecordError(f"{where}.{key}: required")
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        names = "/".join(k.__name__ for k in kinds)
        raise RecordError(f"{where}.{key}: expected {names}, got {type(value).__name__}")
    return value


def _choice(value: Any, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise RecordError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _strings(d: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = d.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(f"{where}.{key}: expected a list of strings")
    return tuple(value)


def count_from_dict(d: Any, where: str) -> Count | None:
    if d is None:
        return None
    value = _want(d, "value", (int,), where, nullable=False)
    qualifier = _choice(d.get("qualifier", "exact"), QUALIFIERS, f"{where}.qualifier")
    return Count(int(value), qualifier)


def people_from_dict(d: Any, where: str) -> People:
    if d is None:
        return People()
    if not isinstance(d, dict):
        raise RecordError(f"{where}: expected an object")
    condition = d.get("condition")
    if condition is not None:
        _choice(condition, CONDITIONS, f"{where}.condition")
    return People(
        nationality=_strings(d, "nationality", where),
        categories=_strings(d, "categories", where),
        names=_strings(d, "names", where),
        affiliation=_strings(d, "affiliation", where),
        condition=condition,
    )


def event_from_dict(d: Any, where: str = "event") -> Event:
    """Build an :class:`Event` from its JSON form, with errors naming the field."""
    if not isinstance(d, dict):
        raise RecordError(f"{where}: expected an object, got {type(d).__name__}")
    date = _want(d, "date", (str,), where)
    if date is not None and not _DATE_RE.match(date):
        raise RecordError(f"{where}.date: {date!r} is not YYYY-MM-DD or YYYY-MM")
    loc = d.get("location") or {}
    terms = d.get("terms") or []
    if not isinstance(terms, list):
        raise RecordError(f"{where}.terms: expected a list")
    evidence = d.get("evidence") or []
    if not isinstance(evidence, list):
        raise RecordError(f"{where}.evidence: expected a list")
    return Event(
        type=_choice(d.get("type"), EVENT_TYPES, f"{where}.type"),
        status=_choice(d.get("status", "occurred"), STATUSES, f"{where}.status"),
        holder=_want(d, "holder", (str,), where),
        count=count_from_dict(d.get("count"), f"{where}.count"),
        people=people_from_dict(d.get("people"), f"{where}.people"),
        date=date,
        location=Location(
            place=_want(loc, "place", (str,), f"{where}.location"),
            facility=_want(loc, "facility", (str,), f"{where}.location"),
        ),
        intermediary=_want(d, "intermediary", (str,), where),
        mediators=_strings(d, "mediators", where),
        deal=_want(d, "deal", (str,), where),
        terms=tuple(
            Term(
                holder=_want(t, "holder", (str,), f"{where}.terms[{i}]"),
                count=count_from_dict(t.get("count"), f"{where}.terms[{i}].count"),
                people=people_from_dict(t.get("people"), f"{where}.terms[{i}].people"),
            )
            for i, t in enumerate(terms)
        ),
        aggregate=bool(_want(d, "aggregate", (bool,), where) or False),
        source_actor=_want(d, "source_actor", (str,), where),
        evidence=tuple(
            Evidence(
                int(_want(e, "start", (int,), f"{where}.evidence[{i}]", nullable=False)),
                int(_want(e, "end", (int,), f"{where}.evidence[{i}]", nullable=False)),
                str(_want(e, "text", (str,), f"{where}.evidence[{i}]") or ""),
            )
            for i, e in enumerate(evidence)
        ),
    )


def document_from_dict(d: Any, where: str = "document") -> Document:
    if not isinstance(d, dict):
        raise RecordError(f"{where}: expected an object")
    doc_id = _want(d, "id", (str,), where, nullable=False)
    published = _want(d, "published", (str,), where)
    if published is not None and not _ISO_DAY_RE.match(published):
        raise RecordError(f"{where}.published: {published!r} is not YYYY-MM-DD")
    return Document(
        id=doc_id,
        text=str(d.get("text") or ""),
        source=_want(d, "source", (str,), where),
        url=_want(d, "url", (str,), where),
        title=_want(d, "title", (str,), where),
        published=published,
        language=_want(d, "language", (str,), where) or "en",
        path=_want(d, "path", (str,), where),
    )


def document_line(doc: Document, events: list[Event]) -> dict[str, Any]:
    """One output line of ``custody extract --format jsonl``."""
    return {
        "format": FORMAT_VERSION,
        "document": doc.meta_dict(),
        "events": [e.to_dict() for e in events],
    }


def parse_document_line(d: Any, where: str = "line") -> tuple[Document, list[Event]]:
    """Read one record-format line (gold or predictions)."""
    if not isinstance(d, dict):
        raise RecordError(f"{where}: expected an object")
    fmt = d.get("format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        raise RecordError(f"{where}.format: version {fmt!r} is not supported (want 1)")
    doc = document_from_dict(d.get("document"), f"{where}.document")
    events = d.get("events") or []
    if not isinstance(events, list):
        raise RecordError(f"{where}.events: expected a list")
    return doc, [event_from_dict(e, f"{where}.events[{i}]") for i, e in enumerate(events)]
