"""Which number is the batch: counts, running totals and snapshots as news tells them
(issue 8). Errors found on stored pages custody had never seen (docs/accuracy-unseen.md),
each fixed by a general mechanism and tested here on sentences written for this
project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _values(events: list, type_: str = "release", aggregate: bool | None = None) -> set[int]:
    return {
        e.count.value
        for e in reportable(events)
        if e.count and e.type == type_ and (aggregate is None or e.aggregate == aggregate)
    }


# ------------------------------------------- 'N of the M people': the M is the group


def test_n_more_of_the_group_counts_the_n() -> None:
    events = run(
        "Gunmen freed hostages on Sunday, officials said. Four more of the 27 farmers "
        "seized near the river last month have been released, the police said."
    )
    find(events, dict(type="release", status="occurred", value=4))
    assert 27 not in _values(events)


def test_n_of_the_remaining_group_counts_the_n() -> None:
    events = run(
        "Gunmen freed hostages on Sunday, officials said. The kidnappers released 18 of "
        "the remaining 40 pupils on Saturday."
    )
    find(events, dict(type="release", status="occurred", value=18))
    assert 40 not in _values(events)


def test_one_of_n_bodies_handed_over_keeps_the_n() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. The army said one of three "
        "bodies handed over by the group on Thursday was not identified."
    )
    assert 3 in _values(events)


# ------------------------------------- running totals told with 'bringing / taking ... to'


def test_bringing_the_total_number_with_an_abbreviated_month_is_a_running_total() -> None:
    events = run(
        "Soldiers arrested 14 villagers in raids on Tuesday, a rights group said. The raids "
        "bring the total number of villagers detained by the army since Jan. 3, 2024, to 2,310."
    )
    total = find(events, dict(type="detention", value=2310, aggregate=True))
    assert not total.people.nationality
    find(events, dict(type="detention", value=14, aggregate=False))


def test_taking_the_total_to_counts_the_people_told_before() -> None:
    events = run(
        "The rebels freed 31 soldiers on Monday, the ICRC said. The release was the third "
        "since May, taking the total to 157."
    )
    find(events, dict(type="release", value=157, aggregate=True))
    find(events, dict(type="release", value=31, aggregate=False))


def test_pushing_the_numbers_to_is_a_running_total() -> None:
    events = run(
        "The government freed prisoners on Monday, officials said. The council said 70 other "
        "militants were released, pushing the numbers to over 2,600."
    )
    find(events, dict(type="release", count=(2600, "more_than"), aggregate=True))
    find(events, dict(type="release", value=70, aggregate=False))


def test_a_tallys_nationality_is_its_peoples_not_the_jailers() -> None:
    events = run(
        "Moscow freed 48 prisoners on Friday, officials said. That brought the total number "
        "of Georgians returned from Russian captivity to 512."
    )
    total = find(events, dict(type="release", value=512, aggregate=True))
    assert list(total.people.nationality) == ["Georgian"]


# ------------------------------------------ a ranking before 'so far' / 'since' is no total


def test_the_largest_group_so_far_is_a_batch() -> None:
    events = run(
        "The militia freed eight hostages on Saturday, officials said. In return, the "
        "government released 412 fighters, the largest group so far."
    )
    find(events, dict(type="release", value=412, aggregate=False))


def test_the_nth_exchange_since_is_a_batch() -> None:
    events = run(
        "Russia freed Ukrainian soldiers on Friday, officials said. Kyiv brought home 63 "
        "soldiers in the 49th exchange since the start of the war, officials said."
    )
    find(events, dict(type="release", value=63, aggregate=False))
