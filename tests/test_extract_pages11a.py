"""Releases, handovers and returns told without a release word, and named people freed
with no count, the ways unseen pages tell them (docs/accuracy-unseen.md, "Eleventh round
(sixteenth session), pages11a"). Each fixed in the lexicon or a general mechanism and
tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------------ 'in return' is two words


def test_a_name_ending_in_in_before_returned_is_no_in_return() -> None:
    events = run(
        "The junta freed dozens of political prisoners on Monday. Party spokesman Kyaw "
        "Min Shin returned from prison on Monday evening, his family said."
    )
    find(events, dict(type="release", status="occurred", names={"Kyaw Min Shin"}))


def test_in_return_still_tells_no_release_of_its_own() -> None:
    events = run(
        "Israel freed 30 prisoners on Monday. In return, Hamas released eight hostages "
        "in Gaza."
    )
    find(events, dict(type="release", value=30, holder="Israel"))
    find(events, dict(type="release", value=8, holder="Hamas"))
