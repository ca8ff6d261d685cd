"""What the corpus layer gives back: happenings, deal ledgers, person timelines.

Plain frozen dataclasses with a ``to_dict()`` giving their JSON shape
(docs/happenings.md). The store keeps each happening whole as that JSON
(``happenings.happening_json``), so what ``custody happenings --format jsonl``
prints, what the API reads and what is stored are the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RecordRef:
    """One stored record: its document and its place (0-based) in that document."""

    document: str
    index: int

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "index": self.index}


@dataclass(frozen=True)
class Figure:
    """One count reported for a happening, with who reported it."""

    value: int
    qualifier: str
    documents: tuple[str, ...]
    outlets: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "qualifier": self.qualifier,
            "documents": list(self.documents),
            "outlets": list(self.outlets),
        }


@dataclass(frozen=True)
class Support:
    """How many records, documents and distinct outlets report a happening.

    Copies of one wire story, and documents of one source, count as one outlet.
    """

    records: int
    documents: int
    outlets: int

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "documents": self.documents, "outlets": self.outlets}


@dataclass(frozen=True)
class Happening:
    """One real-world event with every stored record that reports it.

    ``date`` is the consensus day (or month), or None when no record dates
    it; ``window`` is then the span of days it lies in, from the publication
    dates of the documents (``first_seen``/``last_seen`` are those dates).
    """

    id: str
    type: str
    status: str
    holder: str | None
    count: tuple[int, str] | None
    people: dict[str, Any]
    date: str | None
    window: tuple[str | None, str | None]
    location: dict[str, str | None]
    intermediary: str | None
    mediators: tuple[str, ...]
    deal: str | None
    aggregate: bool
    support: Support
    figures: tuple[Figure, ...]
    disagreements: tuple[str, ...]
    records: tuple[RecordRef, ...]
    rule: str
    first_seen: str | None
    last_seen: str | None
    terms: tuple[dict[str, Any], ...] = ()
    outlets: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``custody happenings --format jsonl`` line (docs/happenings.md)."""
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "holder": self.holder,
            "count": ({"value": self.count[0], "qualifier": self.count[1]} if self.count else None),
            "people": self.people,
            "date": self.date,
            "window": list(self.window),
            "location": dict(self.location),
            "intermediary": self.intermediary,
            "mediators": list(self.mediators),
            "deal": self.deal,
            "terms": list(self.terms),
            "aggregate": self.aggregate,
            "support": self.support.to_dict(),
            "outlets": list(self.outlets),
            "figures": [f.to_dict() for f in self.figures],
            "disagreements": list(self.disagreements),
            "records": [r.to_dict() for r in self.records],
            "rule": self.rule,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


def happening_from_dict(d: dict[str, Any]) -> Happening:
    """The inverse of :meth:`Happening.to_dict` (the store keeps that JSON)."""
    count = d.get("count")
    window = d.get("window") or [None, None]
    return Happening(
        id=d["id"],
        type=d["type"],
        status=d["status"],
        holder=d.get("holder"),
        count=(int(count["value"]), str(count["qualifier"])) if count else None,
        people=dict(d.get("people") or {}),
        date=d.get("date"),
        window=(window[0], window[1]),
        location=dict(d.get("location") or {}),
        intermediary=d.get("intermediary"),
        mediators=tuple(d.get("mediators") or ()),
        deal=d.get("deal"),
        aggregate=bool(d.get("aggregate")),
        support=Support(**d["support"]),
        figures=tuple(
            Figure(f["value"], f["qualifier"], tuple(f["documents"]), tuple(f["outlets"]))
            for f in d.get("figures") or ()
        ),
        disagreements=tuple(d.get("disagreements") or ()),
        records=tuple(RecordRef(r["document"], r["index"]) for r in d.get("records") or ()),
        rule=d.get("rule") or "",
        first_seen=d.get("first_seen"),
        last_seen=d.get("last_seen"),
        terms=tuple(d.get("terms") or ()),
        outlets=tuple(d.get("outlets") or ()),
    )


@dataclass(frozen=True)
class HappeningFilters:
    """What ``custody happenings`` selects (text matches ignore case)."""

    type: str | None = None
    status: str | None = None
    holder: str | None = None
    nationality: str | None = None
    since: str | None = None
    until: str | None = None
    deal: str | None = None
    min_support: int = 0


@dataclass(frozen=True)
class Delivery:
    """One day of a deal: what one side delivered (a linked release happening)."""

    date: str | None
    holder: str | None
    count: int | None
    people: str
    happening: str
    running_total: int
    stated_totals: tuple[tuple[int, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "holder": self.holder,
            "count": self.count,
            "people": self.people,
            "happening": self.happening,
            "running_total": self.running_total,
        }


@dataclass(frozen=True)
class Ledger:
    """A deal with its terms, its deliveries day by day, what remains and the mismatches.

    ``deal`` is the deal as its whole series of reports gives it (``series``: the
    ids of the deal happenings read as this one deal, the first one first).
    """

    deal: Happening
    terms: tuple[dict[str, Any], ...]
    deliveries: tuple[Delivery, ...]
    owed: dict[str, int | None]
    mismatches: tuple[str, ...]
    outside: tuple[str, ...] = field(default=())
    series: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "deal": self.deal.to_dict(),
            "series": list(self.series),
            "terms": list(self.terms),
            "deliveries": [d.to_dict() for d in self.deliveries],
            "owed": dict(self.owed),
            "mismatches": list(self.mismatches),
            "outside": list(self.outside),
        }


@dataclass(frozen=True)
class PersonEvent:
    """One record naming a person, in a timeline."""

    name: str
    type: str
    status: str
    date: str | None
    published: str | None
    holder: str | None
    place: str | None
    facility: str | None
    document: str
    index: int
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "status": self.status,
            "date": self.date,
            "published": self.published,
            "holder": self.holder,
            "place": self.place,
            "facility": self.facility,
            "document": self.document,
            "index": self.index,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Person:
    """A person known to the store, under every spelling the reports use."""

    name: str
    variants: tuple[str, ...]
    records: int
    last_status: str | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "variants": list(self.variants),
            "records": self.records,
            "last_status": self.last_status,
            "last_date": self.last_date,
        }
