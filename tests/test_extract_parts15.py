"""Shapes met while probing news wording in the fifteenth session: general mechanisms,
on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import find, run


def test_a_bare_participle_after_the_name_tells_the_background_not_the_news() -> None:
    # 'released X, kidnapped in Y in 2021, on Monday': the release is the news, the
    # participle (without 'who was') tells the earlier kidnapping
    for verb in ("kidnapped", "abducted"):
        events = run(
            "Hostages freed in the Sahel\n\n"
            f"Jihadists released Belgian engineer Pieter Claes, {verb} in Gao in 2021, on "
            "Monday, the government of Niger said."
        )
        find(events, dict(type="release", names={"Pieter Claes"}))
        find(events, dict(type="detention", names={"Pieter Claes"}, place="Gao"))


def test_he_was_freed_takes_the_person_named_before() -> None:
    # the auxiliary is part of the custody word ('was freed'); the pronoun is its subject
    for verb in ("freed", "released"):
        events = run(
            "Reporter home after three years\n\n"
            "Radio reporter Olena Marchuk spent three years in prisons in occupied Crimea. "
            f"She was {verb} on Saturday in an exchange, her editor said."
        )
        find(events, dict(type="release", names={"Olena Marchuk"}))


def test_the_person_told_by_age_is_the_one_named_before() -> None:
    events = run(
        "Reporter home after three years\n\n"
        "Radio reporter Olena Marchuk spent three years in prisons in occupied Crimea. "
        "The 41-year-old was freed on Saturday in an exchange, her editor said."
    )
    find(events, dict(type="release", names={"Olena Marchuk"}))


def test_an_age_names_no_one_when_two_were_named() -> None:
    events = run(
        "Two engineers kidnapped\n\n"
        "Gunmen kidnapped engineers Tomas Berg and Karl Lind near Kidal in May. "
        "The 34-year-old was released on Monday, the company said."
    )
    assert not [e for e in events if e.type == "release" and e.people.names]


def test_a_second_clause_with_a_subject_of_its_own_is_not_held_by_the_first() -> None:
    events = run(
        "Yemen prisoner exchange completed\n\n"
        "In the exchange, the Houthis freed 512 prisoners and the government's forces freed "
        "94, the Red Cross said on Sunday."
    )
    assert find(events, dict(type="release", value=512)).holder == "Houthis"
    assert find(events, dict(type="release", value=94)).holder is None


def test_saudi_led_forces_are_saudi_arabia() -> None:
    events = run(
        "Yemen prisoner exchange completed\n\n"
        "The Houthis freed 512 prisoners and Saudi-led forces freed 94, the Red Cross said."
    )
    assert find(events, dict(type="release", value=94)).holder == "Saudi Arabia"


def test_the_agent_of_the_peoples_own_participle_holds_them() -> None:
    events = run(
        "Soldiers home\n\n"
        "The Sudanese army received 64 of its soldiers freed by the Rapid Support Forces on "
        "Sunday, in an operation run by the Red Cross."
    )
    assert find(events, dict(type="release", value=64)).holder == "Rapid Support Forces"


def test_an_official_taken_or_freed_is_named_by_the_apposition() -> None:
    # 'the mayor of X, Y' after a custody verb: the official is the one taken
    events = run(
        "Mayor abducted\n\n"
        "Soldiers abducted the mayor of Kupiansk, Andriy Boiko, on Tuesday, regional "
        "officials said."
    )
    find(events, dict(type="detention", names={"Andriy Boiko"}))
    events = run(
        "Kidnapped official released\n\n"
        "Kidnappers freed the deputy governor of Kogi, Musa Bello, on Sunday, police said."
    )
    find(events, dict(type="release", names={"Musa Bello"}))


def test_an_official_who_receives_the_freed_is_not_named_as_one() -> None:
    events = run(
        "Pupils freed\n\n"
        "Gunmen freed 20 pupils on Sunday. The governor of Kogi, Musa Bello, received them "
        "at the state house."
    )
    assert not [e for e in events if "Musa Bello" in e.people.names]
