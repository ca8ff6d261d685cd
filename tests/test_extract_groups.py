"""Which group a named or counted person belongs to, and which day a record may
share with the sentences around it: general mechanisms, on sentences written for
this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def test_a_named_person_with_an_agent_of_their_own_is_not_the_batch_before() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. "
        "They were among more than 250 people abducted in the Hamas attack on Oct. 7, 2023. "
        "Colombian police detained the journalist Pedro Ruiz in June."
    )
    taken = find(events, dict(type="detention", value=250))
    assert "Pedro Ruiz" not in taken.people.names
    find(events, dict(type="detention", names={"Pedro Ruiz"}, holder="Colombia"))


def test_a_named_person_told_after_the_batch_still_joins_it() -> None:
    events = run(
        "Israel released 90 Palestinian prisoners overnight, the prison service said. "
        "The freed prisoners included Khalida Jarrar, a leftist lawmaker."
    )
    e = find(events, dict(type="release", value=90))
    assert "Khalida Jarrar" in e.people.names


def test_a_month_of_its_own_keeps_a_record_from_the_day_before_it() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. "
        "They were among more than 250 people abducted in the Hamas attack on Oct. 7, 2023. "
        "Colombian police detained the journalist Pedro Ruiz in June.",
        published=None,
    )
    e = find(events, dict(type="detention", names={"Pedro Ruiz"}))
    assert e.date is None  # June of an unknown year: no day, and never October 7


def test_a_month_in_another_clause_does_not_stop_the_scene_day() -> None:
    events = run(
        "Hamas handed over seven hostages to the Red Cross in northern Gaza on Monday morning. "
        "The remaining 13 were handed over to the Red Cross in Khan Younis three hours later, "
        "among them the Cohen brothers, whose image in a propaganda video shocked the country "
        "in August.",
        published="2025-10-13",
    )
    find(events, dict(type="release", value=13, date="2025-10-13"))


def test_a_count_told_as_part_of_a_group_with_no_count_is_not_its_count() -> None:
    events = run(
        "Venezuela freed two American citizens on Friday, officials said. "
        "Last year Caracas released dozens of prisoners, including 10 Americans, "
        "in a swap with Washington."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [2]


def test_a_count_told_as_part_of_a_counted_batch_stays_in_it() -> None:
    events = run("Israel released 90 prisoners on Sunday, including 12 children, officials said.")
    assert [e.count.value for e in reportable(events) if e.count] == [90]
