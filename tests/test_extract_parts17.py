"""Shapes met while probing duplicate and extra records in the seventeenth session:
general mechanisms, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import find, run


def _releases(events: list) -> list:
    return [e for e in events if e.type == "release" and e.count]


def test_a_headline_figure_the_body_tells_as_a_running_total_is_that_total() -> None:
    # the headline's short words tell a batch; the body's 'since Saturday' a running total
    events = run(
        "Authorities free 212 opposition prisoners\n\n"
        "A total of 212 opposition prisoners, arrested after the disputed vote, have been "
        "released since Saturday by the authorities, a rights group said."
    )
    assert [(e.count.value, e.aggregate) for e in _releases(events)] == [(212, True)]


def test_a_headline_swap_figure_the_body_tells_as_one_side_is_that_side() -> None:
    # 'N prisoners were swapped' reads as both sides together; the body says whose they were
    events = run(
        "Moscow says 140 prisoners were swapped before the holiday\n\n"
        "The Russian defence ministry said on Monday it had swapped 140 Ukrainian "
        "prisoners of war for its own servicemen."
    )
    assert [(e.count.value, e.aggregate) for e in _releases(events)] == [(140, False)]


def test_a_headline_with_a_cue_of_a_running_total_keeps_its_own_reading() -> None:
    # the headline's 'so far' is a word of the text: the body's bare figure is no reason
    # to read it as a batch
    events = run(
        "Rebels have freed 75 hostages so far, mediators say\n\n"
        "Rebels released 75 hostages in the north, the mediators said on Friday."
    )
    assert sorted((e.count.value, e.aggregate) for e in _releases(events)) == [
        (75, False),
        (75, True),
    ]


def test_nearly_a_round_figure_beside_an_unsourced_exact_one_is_that_figure() -> None:
    # the exact figure's sentence names no source; the rounding 'nearly' is the same batch
    events = run(
        "Israel frees 1,968 prisoners under ceasefire deal\n\n"
        "The Israeli Prison Service said on Monday it had released nearly 2,000 detainees, mostly "
        "Palestinians, under the terms of the agreement."
    )
    assert [e.count.value for e in _releases(events)] == [1968]
    find(events, dict(type="release", count=(1968, "exact")))
