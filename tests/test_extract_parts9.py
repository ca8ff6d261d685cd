"""Parts of a batch told in a sentence of their own, and other shapes met while probing
real-news wording in the ninth session: general mechanisms, on sentences written for
this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def test_among_the_people_brought_home_every_count_is_a_part() -> None:
    events = run(
        "Ukraine and Russia exchanged 84 prisoners of war each on Friday, officials said. "
        "Among the Ukrainians brought home were marines and three civilians, the ombudsman said."
    )
    find(events, dict(type="release", value=84, holder="Russia"))
    assert sorted(e.count.value for e in reportable(events) if e.count) == [84, 84]


def test_a_definite_group_with_including_is_the_batch_told_before() -> None:
    events = run(
        "Gunmen freed 31 villagers abducted from a market in Zamfara, police said on Monday. "
        "The villagers, including nine women and an imam, were seized in a night raid."
    )
    find(events, dict(type="release", value=31))
    assert [e.count.value for e in reportable(events) if e.count] == [31]
