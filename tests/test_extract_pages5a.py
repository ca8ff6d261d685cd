"""Releases told the way unseen pages tell them (docs/accuracy-unseen.md, "Fifth round
(tenth session), pages5a: releases"): each fixed by a general mechanism and tested here
on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------- named people freed (names.py, triggers.json)


def test_a_named_person_set_free() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. Karim Haddad was "
        "set free on Saturday after nine years in jail."
    )
    find(events, dict(type="release", status="occurred", names={"Karim Haddad"}))


def test_a_named_person_who_took_back_his_freedom() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. Prisoner Karim "
        "Haddad took back his freedom on Thursday after twelve years behind bars."
    )
    find(events, dict(type="release", status="occurred", names={"Karim Haddad"}))
    assert not [e for e in events if e.type == "detention" and "Karim Haddad" in e.people.names]


def test_a_name_closing_an_apposition_before_the_custody_verb() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. The spokesman of the "
        "farmers' union in the northern valley, Omar Saleh, was released on Monday."
    )
    find(events, dict(type="release", status="occurred", names={"Omar Saleh"}))


def test_where_a_named_person_comes_from_is_not_where_he_was_freed() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. Omar Saleh, from "
        "Deir Hanna village, north of Sakhnin, was set free on Tuesday at a checkpoint."
    )
    freed = find(events, dict(type="release", status="occurred", names={"Omar Saleh"}))
    assert freed.location.place != "Deir Hanna village"


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    events = run(
        "Police arrested three men in Cairo on Sunday, officials said. Samir Adel, a leader "
        "of the march that forced out minister Fouad Nassar, was detained on Friday."
    )
    assert not [e for e in events if "Fouad Nassar" in e.people.names]
