"""Official statements and the outlets that relay them, of every side (second round of
partisan and state media): the bodies that speak for a party and the grammar of their
translated statements, told the way unseen pages tell them (docs/accuracy-unseen.md,
"Eleventh round (sixteenth session), pages11b"). Each fixed by a general mechanism and
tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------ the coalition is a party, no go-between


def test_the_saudi_led_coalition_in_yemen_holds_the_prisoners_it_frees() -> None:
    events = run(
        "Coalition frees Houthi fighters. The Saudi-led coalition in Yemen on Tuesday "
        "unilaterally freed 58 Houthi prisoners, its spokesman said."
    )
    find(events, dict(type="release", status="occurred", holder="Saudi Arabia", value=58))


def test_the_arab_coalition_said_it_had_freed_prisoners() -> None:
    events = run(
        "Prisoners flown home. The Arab Coalition said on Friday it had released 71 Houthi "
        "prisoners as a goodwill gesture, with the help of the Red Cross."
    )
    find(events, dict(type="release", status="occurred", holder="Saudi Arabia", value=71))


def test_saudi_arabia_as_a_go_between_still_holds_no_one() -> None:
    # a guard: the state's own name in a swap it brokers stays a mediator
    events = run(
        "Prisoner swap. Russia and Ukraine swapped 90 prisoners each on Monday after "
        "mediation by Saudi Arabia, the two sides said."
    )
    for e in reportable(events):
        assert e.holder != "Saudi Arabia", e


# ------------------------------------------------------ 'said that X did Y, detaining N'


def test_a_reported_clause_keeps_its_subject_before_a_participle() -> None:
    events = run(
        "West Bank arrests. The Prisoners' Society said that the Israeli occupation forces "
        "raided several towns overnight, detaining at least 41 people."
    )
    find(events, dict(type="detention", status="occurred", holder="Israel", value=41))


def test_a_relative_clause_still_hides_its_subject() -> None:
    # a guard: 'which has been fighting X' is no subject of the custody word after it
    events = run(
        "Prisoners to be freed. The paramilitary force, which has been fighting Sudan's army "
        "since April, intends to free 50 prisoners of war."
    )
    for e in reportable(events):
        assert e.holder != "Sudan", e


def test_security_personnel_of_a_state_are_its_arm() -> None:
    events = run(
        "Arrest campaign. Israeli security personnel carried out an arrest campaign on "
        "Tuesday night, apprehending 19 suspects in the West Bank."
    )
    find(events, dict(type="detention", status="occurred", holder="Israel", value=19))
