"""Where a happening took place, beyond the conflict gazetteer: the world's capitals,
the place of a deal. Every text here is written for these tests."""

from __future__ import annotations

from custody.extract import extract
from custody.extract.lexicon import load_lexicon
from custody.record import Document, Event

SUN = "2023-11-26"  # a Sunday


def records(text: str) -> list[Event]:
    return list(extract(Document(id="t", text=text, published=SUN)))


def one(text: str, value: int) -> Event:
    found = [e for e in records(text) if e.count and e.count.value == value]
    assert len(found) == 1, found
    return found[0]


def rule_of(event: Event) -> str:
    return next(p.rule for p in event.provenance if p.field == "location")


def test_a_capital_the_gazetteer_lacks_is_a_place() -> None:
    e = one("Police arrested 3 foreign reporters in Nairobi on Friday, officials said.", 3)
    assert e.type == "detention"
    assert e.location.place == "Nairobi"
    e = one(
        "Rebels freed 4 aid workers on Sunday, the agency said. The four were handed "
        "over to church mediators in Kampala.",
        4,
    )
    assert e.location.place == "Kampala"
    assert "places.json:places" in rule_of(e)


def test_the_seats_of_government_among_the_capitals_are_no_places() -> None:
    places = set(load_lexicon().places["places"])
    assert {"Nairobi", "Bangkok", "Vilnius"} <= places
    assert not {"Downing Street", "the Kremlin", "the White House"} & places
