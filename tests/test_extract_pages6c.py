"""Page forms and the slots they confuse, told the way unseen pages tell them
(docs/accuracy-unseen.md, "Sixth round (eleventh session), pages6c: page forms and
slots"): datelines and tellers named by their city, bodies handed back from where the
soldiers fell, round-ups of raids, photo captions, parts of a batch. Each fixed by a
general mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------ who tells it and where people died are not the happening's place


def test_officials_named_by_their_city_do_not_give_the_place() -> None:
    events = run(
        "The two sides swapped prisoners again on Friday. Ukraine got back 75 soldiers from "
        "Russia in the exchange, officials in Kyiv confirmed."
    )
    seventy_five = find(events, dict(type="release", status="occurred", value=75))
    assert seventy_five.location.place is None


def test_where_the_soldiers_died_is_not_where_their_bodies_were_returned() -> None:
    events = run(
        "The repatriation was the third this month, officials said. Russia handed back 310 "
        "bodies of Ukrainian troops, with most having died in the Zaporizhzhia region."
    )
    bodies = find(events, dict(type="release", status="occurred", value=310))
    assert bodies.location.place is None


def test_the_place_of_the_handover_itself_is_kept() -> None:
    events = run(
        "The exchange went ahead on Friday, the ministry said. Hamas handed over four "
        "hostages to the Red Cross in Khan Younis."
    )
    four = find(events, dict(type="release", status="occurred", value=4))
    assert four.location.place == "Khan Younis"


# ------------------------------------- the territory a party controls is not the party's agency


def test_bodies_returned_to_territory_a_government_controls_are_held_by_the_other_side() -> None:
    events = run(
        "Russia and Ukraine carried out a repatriation on Friday, officials said. The bodies "
        "of 909 soldiers were returned to territory controlled by the government of Ukraine, "
        "the headquarters said."
    )
    bodies = find(events, dict(type="release", status="occurred", value=909))
    assert bodies.holder != "Ukraine"
