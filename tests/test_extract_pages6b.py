"""Detentions, holdings, deaths in custody, transfers, deals and false records as unseen
news tells them: errors found on pages custody had never seen (docs/accuracy-unseen.md,
sixth round, pages6b), each fixed by a general mechanism and tested here on sentences
written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _types_of(events: list, value: int) -> set[str]:
    return {e.type for e in reportable(events) if e.count and e.count.value == value}


def _named(events: list, name: str) -> set[str]:
    return {e.type for e in reportable(events) if name in e.people.names}


# ---------------------------------------------------------------- holdings


def test_people_who_remain_hostages_are_held() -> None:
    events = run(
        "Hamas freed four hostages on Saturday, officials said. By Sunday, 97 of the "
        "roughly 250 people seized in the raid remain hostages in the enclave."
    )
    assert _types_of(events, 97) == {"holding"}


def test_children_who_remain_captives_are_held() -> None:
    events = run(
        "The militia released two aid workers on Monday, the agency said. Seven children "
        "remain captives of the group in the forest."
    )
    assert _types_of(events, 7) == {"holding"}


def test_inmates_who_remain_at_the_prison_are_held() -> None:
    events = run(
        "Washington sent four detainees from the base to Albania on Tuesday. The move means "
        "61 inmates remain at the prison."
    )
    assert _types_of(events, 61) == {"holding"}


def test_who_remains_at_large_is_not_held() -> None:
    events = run(
        "Police arrested three suspects on Friday, officials said. Two others remain at "
        "large after the raid."
    )
    assert 2 not in {e.count.value for e in reportable(events) if e.count}


def test_named_person_still_being_held() -> None:
    events = run(
        "The group freed two hostages on Sunday, officials said. Daniel Aaronson is still "
        "being held in the tunnels, his family said."
    )
    assert _named(events, "Daniel Aaronson") == {"holding"}


def test_named_person_who_remains_a_hostage() -> None:
    events = run(
        "The group freed two hostages on Sunday, officials said. Miriam Kessler, 19, "
        "remains a hostage, the army said."
    )
    assert _named(events, "Miriam Kessler") == {"holding"}


def test_people_still_held_after_a_clause_of_taking_others() -> None:
    events = run(
        "The rebels freed five soldiers on Monday, the army said. A year after the rebels "
        "stormed the base and took 80 people captive, 45 people are still being held in "
        "the hills."
    )
    assert _types_of(events, 80) == {"detention"}
    assert _types_of(events, 45) == {"holding"}


def test_a_participle_after_coordinated_people_still_describes_them() -> None:
    events = run(
        "Gunmen freed two Chinese workers and a Ghanaian engineer kidnapped last month, "
        "police said on Monday."
    )
    find(events, dict(type="release", count=(2, "exact")))
