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
