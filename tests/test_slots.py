"""Slots of records (holder, date, place, intermediary, mediators) across a document.

Every text here is written for these tests (docs/event-record.md: 'Which
sentence a field comes from', 'Holders', 'Dates').
"""

from __future__ import annotations

from custody.extract import extract
from custody.record import Document, Event

SUN = "2023-11-26"  # a Sunday


def run(text: str, published: str | None = SUN) -> list[Event]:
    return [e for e in extract(Document(id="t", text=text, published=published)) if e.count]


def by_count(events: list[Event], value: int) -> Event:
    found = [e for e in events if e.count and e.count.value == value]
    assert len(found) == 1, events
    return found[0]


def rule(e: Event, field: str) -> str:
    return next((p.rule for p in e.provenance if p.field == field), "")


def test_document_holder_fills_records_that_name_no_other_party() -> None:
    events = run(
        "Ethiopia detained 20 protesters in Mekelle on Monday, officials said. "
        "Three journalists were also arrested, a rights group said."
    )
    three = by_count(events, 3)
    assert three.holder == "Ethiopia"
    assert rule(three, "holder").startswith("holder:only-holder-in-document")


def test_document_holder_skips_a_clause_naming_another_partys_forces() -> None:
    events = run(
        "Ethiopia detained 20 protesters in Mekelle on Monday, officials said. "
        "Separately, Eritrean troops abducted 12 villagers near the border on Friday."
    )
    assert by_count(events, 20).holder == "Ethiopia"
    assert by_count(events, 12).holder is None


def test_document_holder_skips_a_clause_with_another_agent() -> None:
    events = run(
        "Russia jailed 14 activists on Tuesday. "
        "Two more men were arrested by Azerbaijani police in Baku last week."
    )
    assert by_count(events, 2).holder != "Russia"


def test_a_party_telling_of_an_arrest_does_not_block_the_document_holder() -> None:
    events = run(
        "Ethiopia detained 20 protesters in Mekelle on Monday. "
        "Three journalists were also arrested, Kenyan police said."
    )
    assert by_count(events, 3).holder == "Ethiopia"
