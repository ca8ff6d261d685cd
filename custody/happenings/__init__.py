"""The corpus layer: happenings, deal ledgers and person timelines (docs/happenings.md).

A happening is one real-world event (one batch released, one arrest raid, one
deal, one death) with every stored record, from every document, that reports
it. This package groups the store's records into happenings, keeps them in the
store (tables of migration 2, docs/schema.md) and reads them back.

The public read API (stable; the REST API and the dashboard use it):

- :func:`list_happenings` (store, filters) -> list[Happening]
- :func:`get_happening` (store, id) -> Happening | None
- :func:`list_deals` (store) -> list[Happening]
- :func:`ledger` (store, deal_id) -> Ledger | None
- :func:`list_people` (store) -> list[Person]
- :func:`person_timeline` (store, name) -> list[PersonEvent]

and the writers: :func:`update` (store, document_ids), called by
``custody ingest`` for the documents it wrote, and :func:`resolve` (store),
which rebuilds everything with the same result.

Every value has a ``to_dict()`` giving its JSON shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from custody.happenings.model import (
    Delivery,
    Figure,
    Happening,
    HappeningFilters,
    Ledger,
    Person,
    PersonEvent,
    RecordRef,
    Support,
)

if TYPE_CHECKING:
    from custody.store import Store

__all__ = [
    "Delivery",
    "Figure",
    "Happening",
    "HappeningFilters",
    "Ledger",
    "Person",
    "PersonEvent",
    "RecordRef",
    "Support",
    "get_happening",
    "ledger",
    "list_deals",
    "list_happenings",
    "list_people",
    "person_timeline",
    "resolve",
    "update",
]


def update(store: Store, document_ids: Iterable[str]) -> int:
    """Re-resolve the happenings that these documents' records touch; returns how many."""
    from custody.happenings.repo import update as run

    return run(store, list(document_ids))


def resolve(store: Store) -> int:
    """Rebuild every happening from the stored records; returns how many there are."""
    from custody.happenings.repo import resolve as run

    return run(store)


def list_happenings(store: Store, filters: HappeningFilters | None = None) -> list[Happening]:
    """Stored happenings matching ``filters``, by date (undated last), then id."""
    from custody.happenings.repo import list_happenings as run

    return run(store, filters or HappeningFilters())


def get_happening(store: Store, happening_id: str) -> Happening | None:
    """One happening by id, or None."""
    from custody.happenings.repo import get_happening as run

    return run(store, happening_id)


def list_deals(store: Store) -> list[Happening]:
    """The happenings of type deal (truces, exchange agreements, swaps)."""
    return list_happenings(store, HappeningFilters(type="deal"))


def ledger(store: Store, deal_id: str) -> Ledger | None:
    """The ledger of one deal (terms, deliveries day by day, owed, mismatches), or None."""
    from custody.happenings.ledgers import build_ledger

    return build_ledger(store, deal_id)


def list_people(store: Store) -> list[Person]:
    """Every person named in the stored records, spelling variants joined."""
    from custody.happenings.persons import list_people as run

    return run(store)


def person_timeline(store: Store, name: str) -> list[PersonEvent]:
    """Every record naming this person (any spelling), in order."""
    from custody.happenings.persons import person_timeline as run

    return run(store, name)
