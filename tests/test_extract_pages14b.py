"""Releases told by arrival and return, and named people freed or detained told over
several sentences, the way unseen pages tell them (docs/accuracy-unseen.md, "Fourteenth
round (nineteenth session), pages14b"). Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import reportable, run


def _names(events: list) -> list[str]:
    return sorted(n for e in reportable(events) for n in e.people.names)


# ------------------------------------------------- who received the people is not one of them


def test_an_official_the_freed_were_handed_to_is_not_one_of_them() -> None:
    events = run(
        "Bandits freed 14 abducted farmers in Zamfara State on Sunday. The farmers were "
        "handed over to Governor Dauda Lawal at the Government House in Gusau."
    )
    assert [(e.type, e.count.value if e.count else None) for e in reportable(events)] == [
        ("release", 14)
    ]
    assert _names(events) == []


def test_a_mayor_the_freed_were_handed_to_by_elders_is_not_one_of_them() -> None:
    events = run(
        "Gunmen released two kidnapped engineers in Sulu on Sunday after a month in "
        "captivity. They were then handed over by village elders to Mayor Hadji Abdulla of "
        "Patikul town."
    )
    assert _names(events) == []


def test_an_official_who_received_the_freed_is_not_one_of_them() -> None:
    events = run(
        "Soldiers rescued the kidnapped pupils of a school in Kebbi State. Deputy Governor "
        "Umaru Musa Dikko received the pupils at the Government House."
    )
    assert _names(events) == []


# ------------------------------------------------ 'newly' and 'recently' inside a people phrase


def test_newly_freed_people_back_on_home_soil_are_counted() -> None:
    events = run(
        "Hostages freed in Mali. Four newly freed Canadians are back on Canadian soil after a "
        "prisoner exchange brokered by Qatar."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.people.nationality) for e in releases] == [
        (4, ("Canadian",))
    ]


def test_recently_kidnapped_people_handed_to_their_parents_are_counted() -> None:
    events = run(
        "Pupils rescued in Kebbi. The police have handed over the nine recently kidnapped "
        "pupils to their parents in Birnin Kebbi."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [e.count.value if e.count else None for e in releases] == [9]
