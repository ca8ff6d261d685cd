"""Shapes met while probing records in the nineteenth session: general mechanisms, on
sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import run


def _named(events: list, kind: str) -> list:
    return [e for e in events if e.type == kind and e.people.names]


def test_a_person_returned_by_a_state_is_named_after_the_verb() -> None:
    # 'Ukraine returned X from Russian captivity': the object of 'returned' is a person
    # as the object of 'freed' or 'repatriated' is
    events = run(
        "Prisoners swapped again\n\n"
        "Russia and Ukraine exchanged prisoners again on Friday. Ukraine returned Oleksiy "
        "Bondar from Russian captivity after two years."
    )
    named = _named(events, "release")
    assert [list(e.people.names) for e in named] == [["Oleksiy Bondar"]]
    assert named[0].holder == "Russia"


def test_a_return_home_is_no_holding_by_those_who_bring_them() -> None:
    # 'Ukrainian authorities returned X to her mother': the people's own side brings them
    # back, it never held them
    events = run(
        "Deported children come home\n\n"
        "Ukraine brought home 12 children deported to Russia, officials said on Monday. The "
        "ombudsman told reporters that Ukrainian authorities had returned Daria Melnyk, 14, "
        "to her mother in Kherson."
    )
    holders = {e.holder for e in events if e.type == "release"}
    assert "Ukraine" not in holders
    assert any("Daria Melnyk" in e.people.names for e in events)


def test_a_returning_visitor_named_after_returned_makes_no_record() -> None:
    events = run(
        "Three hostages freed\n\n"
        "Hamas freed three hostages on Saturday in exchange for 183 Palestinian prisoners. "
        "The prime minister returned Sunday from Washington. Ukraine returned Kherson to its "
        "control in 2022."
    )
    assert not _named(events, "release")
    assert sorted(e.count.value for e in events if e.count) == [3, 183]


def test_one_person_told_by_their_people_then_their_name_is_named() -> None:
    # 'released an American, X, on Thursday': the demonym stands for the person, whose name
    # follows in apposition
    events = run(
        "Taliban free American\n\n"
        "The Taliban released an American, Tom Ellery, on Thursday after two years in "
        "detention, Qatar said. Police in Tehran arrested a Briton, Craig Foreman, last "
        "year."
    )
    assert [list(e.people.names) for e in _named(events, "release")] == [["Tom Ellery"]]
    assert [list(e.people.names) for e in _named(events, "detention")] == [["Craig Foreman"]]


def test_a_title_people_word_before_a_plural_custody_noun_is_no_person() -> None:
    # 'Detainee deaths': the kind of many happenings, not one detainee who died; 'Hostage
    # dies in captivity' still counts one
    events = run(
        "Detainee deaths\n\n"
        "At least 60 Palestinians have died in Israeli detention since the war began, a "
        "rights group said."
    )
    assert sorted(e.count.value for e in events if e.count) == [60]
    events = run(
        "Hostage dies in captivity\n\nAn Israeli hostage held in Gaza has died, the army said."
    )
    assert [e.count.value for e in events if e.count and e.type == "death_in_custody"] == [1]


def test_a_bare_number_freed_since_a_day_is_a_running_total() -> None:
    # 'a series of pardons that have freed about 300 since July': the verb's own object,
    # in a relative clause, with 'since' after it: a running total beside the day's batch
    events = run(
        "Belarus frees prisoners\n\n"
        "Belarus pardoned and released 16 people convicted of extremism, the presidential "
        "press service said, in a series of pardons that have freed about 300 since July."
    )
    got = sorted((e.count.value, e.aggregate) for e in events if e.type == "release" and e.count)
    assert got == [(16, False), (300, True)]
