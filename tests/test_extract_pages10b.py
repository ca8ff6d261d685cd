"""Whole records missed and duplicates of a found batch, told the way unseen pages of the
Middle East, Asia, Africa and the Americas tell them (docs/accuracy-unseen.md, "Tenth
round (fifteenth session), pages10b"). Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------ a day's batches told as a list


def test_the_middle_day_of_a_list_of_daily_batches_is_a_batch() -> None:
    events = run(
        "Authorities release more detainees as talks go on. The authorities freed 25 "
        "detainees last Monday, 14 on Wednesday and 40 on Thursday, a negotiator said."
    )
    for value in (25, 14, 40):
        find(events, dict(type="release", status="occurred", value=value))


def test_a_count_after_a_comma_with_no_day_of_its_own_is_no_batch() -> None:
    events = run(
        "Authorities release more detainees. The authorities freed 25 detainees on Monday, "
        "14 of them women, a negotiator said."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [25]
