"""Holders and dates of records in cases of my own writing (docs/event-record.md,
'Holders', 'Dates')."""

from __future__ import annotations

from custody.extract import extract
from custody.record import Document, Event

SUN = "2025-02-23"  # a Sunday


def records(text: str) -> list[Event]:
    return [e for e in extract(Document(id="t", text=text, published=SUN)) if e.count]


def test_a_holder_named_before_the_subjects_comma_is_not_the_subjects() -> None:
    found = records(
        "While most hostages are being held by Hamas, Islamic Jihad claims to be holding "
        "30 hostages of its own."
    )
    assert [(e.count.value, e.holder) for e in found if e.count] == [
        (30, "Palestinian Islamic Jihad")
    ]


def test_a_holder_phrase_after_the_people_still_decides() -> None:
    found = records("Hamas said 40 hostages remain in Hamas captivity.")
    assert found[0].holder == "Hamas"


def test_a_release_put_off_was_planned_for_the_day_already_past() -> None:
    found = records("Israel delayed the release of 620 prisoners scheduled for Saturday.")
    assert [(e.status, e.date) for e in found] == [("planned", "2025-02-22")]


def test_a_release_still_planned_is_for_the_next_such_day() -> None:
    found = records("Israel is expected to release 620 prisoners on Saturday.")
    assert [(e.status, e.date) for e in found] == [("planned", "2025-03-01")]


def test_a_minor_nationality_of_no_party_is_foreign_nationals() -> None:
    found = records(
        "Hamas freed 20 Israeli hostages on Friday, and five Thai workers were freed too. "
        "The Israeli hostages were reunited with families in Israel. Israeli officials "
        "said the Israeli army would keep fighting."
    )
    cats = {e.people.nationality[0]: e.people.categories for e in found}
    assert "foreign_nationals" in cats["Thai"]
    assert "foreign_nationals" not in cats["Israeli"]


def test_the_nationalities_of_both_sides_of_a_swap_are_not_foreign() -> None:
    found = records(
        "Israel freed 30 Palestinian prisoners and Hamas freed 10 Israeli hostages on "
        "Friday. Palestinian officials welcomed the Palestinian prisoners."
    )
    assert found and all("foreign_nationals" not in e.people.categories for e in found)


def test_prisoners_of_an_army_or_warriors_are_soldiers() -> None:
    found = records(
        "Russia handed over 90 prisoners from the Ukrainian armed forces on Friday, and "
        "Ukraine said 40 warriors had returned home."
    )
    cats = {e.count.value: e.people.categories for e in found if e.count}
    assert "soldiers" in cats[90]
    assert "soldiers" in cats[40]


def test_a_holder_phrase_of_the_first_reported_clause_is_not_the_seconds() -> None:
    found = records(
        "Russia said that 246 Russian soldiers were returned from territory controlled by "
        "Kyiv and that 31 wounded Ukrainian prisoners of war were transferred to Ukraine."
    )
    holders = {e.count.value: e.holder for e in found if e.count}
    assert holders[246] == "Ukraine"
    assert holders[31] != "Ukraine"
