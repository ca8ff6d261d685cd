"""Shapes met while probing real-news wording in the eleventh session: general
mechanisms, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def test_a_planned_cue_modifying_the_people_does_not_make_the_release_planned() -> None:
    events = run(
        "Hamas freed two hostages on Saturday, officials said. "
        "So far 20 of the 33 hostages due in the first phase have been returned."
    )
    find(events, dict(type="release", value=20, status="occurred", aggregate=True))
    assert not [e for e in events if e.status == "planned"]


def test_a_planned_cue_as_the_predicate_still_makes_the_release_planned() -> None:
    events = run(
        "Hamas freed two hostages on Saturday, officials said. "
        "Another 20 hostages are due to be returned next week."
    )
    find(events, dict(type="release", value=20, status="planned"))


def test_the_three_and_as_many_names_name_the_batch_of_three() -> None:
    events = run(
        "Hamas freed three Israeli hostages on Saturday in Khan Younis. "
        "The three men, Avi Dahan, Moshe Katz and Ilan Peretz, looked thin as they waved."
    )
    find(
        events,
        dict(type="release", value=3, names={"Avi Dahan", "Moshe Katz", "Ilan Peretz"}),
    )


def test_the_two_leaders_with_two_names_name_no_one() -> None:
    events = run(
        "Hamas freed two Israeli hostages on Saturday in Khan Younis. "
        "The two leaders, Omar Haddad and Daniel Levin, spoke by phone later."
    )
    find(events, dict(type="release", value=2, names=set()))


def test_a_name_list_one_short_of_the_count_names_no_one() -> None:
    events = run(
        "Hamas freed three Israeli hostages on Saturday in Khan Younis. "
        "The three men, Avi Dahan and Moshe Katz, looked thin as they waved."
    )
    find(events, dict(type="release", value=3, names=set()))


def test_where_a_named_detainee_is_held_is_not_the_news_of_his_hunger_strike() -> None:
    events = run(
        "Israeli forces arrested 12 Palestinians in Hebron on Monday, a prisoners' group said. "
        "Detainee Samir Odeh, held in Ofer prison, entered the 50th day of his hunger strike."
    )
    find(events, dict(type="hunger_strike", names={"Samir Odeh"}, facility="Ofer prison"))
    assert not [e for e in events if e.type == "holding" and "Samir Odeh" in e.people.names]


def test_a_holding_followed_by_and_is_no_appositive() -> None:
    events = run(
        "Syria's new authorities freed 200 prisoners on Sunday, officials said. "
        "Officials believe journalist Mark Duval is alive and held, and hope to bring him home."
    )
    held = [e for e in reportable(events) if "Mark Duval" in e.people.names]
    assert held and all(e.type == "holding" for e in held)


def test_among_those_released_from_a_prison_names_one_of_the_batch() -> None:
    events = run(
        "Myanmar's military freed 2,100 prisoners on Thursday under an amnesty, state media said. "
        "Among those released from Obo prison was former Australian adviser Clara Whitfield, "
        "jailed two years ago."
    )
    find(events, dict(type="release", value=2100, names_include=["Clara Whitfield"]))
