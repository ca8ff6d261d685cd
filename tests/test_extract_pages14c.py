"""Deals told without a deal word, people still held told through the effort to free them,
and running totals taken as batches, the way unseen pages tell them
(docs/accuracy-unseen.md, "Fourteenth round (nineteenth session), pages14c"). Each fixed by
a general mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------- holdings: a part of a group still held


def test_a_part_of_these_pupils_still_held_is_a_holding() -> None:
    events = run(
        "Gunmen seized 250 pupils from a boarding school in 2019.\n"
        "Forty-three of these pupils are still held by the kidnappers, a teachers' union said."
    )
    find(events, dict(type="holding", status="occurred", value=43))


def test_a_part_of_those_soldiers_that_remain_held_is_a_holding() -> None:
    events = run(
        "The rebels captured 80 soldiers in a raid on the base last year.\n"
        "Officials said 26 of those soldiers remain in rebel captivity."
    )
    find(events, dict(type="holding", status="occurred", value=26))


def test_a_part_of_these_freed_gives_no_people_of_its_own() -> None:
    # ('of these' with no noun before a past verb: the people told before, as on main)
    events = run(
        "The militants freed 60 hostages on Monday.\nTwelve of these were taken to a hospital."
    )
    assert not [e for e in reportable(events) if e.type == "transfer"]


def test_people_believed_to_still_be_in_captivity_are_held() -> None:
    events = run(
        "Gunmen abducted 120 villagers in Zamfara state in March.\n"
        "Some 70 were freed after talks, but about 40 are believed to still be in captivity, "
        "the governor said."
    )
    find(events, dict(type="holding", status="occurred", count=(40, "about")))


def test_people_with_their_noun_believed_to_still_be_in_captivity_are_held() -> None:
    events = run(
        "Gunmen abducted 120 villagers in Zamfara state in March.\n"
        "About 40 villagers are believed to still be in captivity, the governor said."
    )
    find(events, dict(type="holding", status="occurred", count=(40, "about")))


def test_people_in_a_two_word_groups_captivity_are_held() -> None:
    events = run(
        "Jihadists abducted hundreds of Yazidi women in 2014.\n"
        "Some 30 Yazidi women are still in Islamic State captivity, activists said."
    )
    find(events, dict(type="holding", status="occurred", count=(30, "about")))


# ------------------------------------------------------------------------- running totals


def test_people_freed_as_of_a_date_are_a_running_total() -> None:
    events = run(
        "Kyiv and Moscow swapped prisoners of war again on Friday.\n"
        "As of April 30, 2,870 Ukrainians have been freed from Russian captivity, the "
        "coordination centre said."
    )
    find(events, dict(type="release", status="occurred", value=2870, aggregate=True))


def test_people_a_state_has_managed_to_return_as_of_today_are_a_running_total() -> None:
    events = run(
        "Kyiv and Moscow swapped prisoners of war again on Friday.\n"
        "As of today, Kyiv has managed to return 1,540 soldiers from captivity, the minister "
        "said."
    )
    find(events, dict(type="release", status="occurred", value=1540, aggregate=True))


def test_people_freed_in_prisoner_exchanges_are_a_running_total() -> None:
    events = run(
        "Kyiv and Moscow swapped prisoners of war again on Friday.\n"
        "More than 1,900 Ukrainians have been freed in prisoner exchanges with Russia, an "
        "intelligence spokesman said."
    )
    find(events, dict(type="release", count=(1900, "more_than"), aggregate=True))


def test_a_headlines_people_freed_in_swaps_are_a_running_total() -> None:
    events = run(
        "Over 1,900 Ukrainians freed in swaps with Russia\n\n"
        "The figure was given by an intelligence spokesman on Friday."
    )
    find(events, dict(type="release", count=(1900, "more_than"), aggregate=True))


def test_a_total_of_people_returned_with_no_day_is_a_running_total() -> None:
    events = run(
        "Kyiv and Moscow swapped prisoners of war again on Friday.\n"
        "A total of 3,960 prisoners of war have been returned to Ukraine, the president's "
        "office said."
    )
    find(events, dict(type="release", status="occurred", value=3960, aggregate=True))


def test_a_total_freed_at_a_prison_on_a_day_stays_a_batch() -> None:
    events = run(
        "A total of 42 Palestinian prisoners have been released at Ofer prison on Sunday, the "
        "prisoners' society said."
    )
    e = find(events, dict(type="release", status="occurred", value=42))
    assert not e.aggregate


def test_a_headlines_present_tense_with_since_is_a_running_total() -> None:
    events = run(
        "Kyiv brings home 2,150 soldiers from Russian captivity since May\n\n"
        "The latest group came back on Tuesday, officials said."
    )
    find(events, dict(type="release", value=2150, aggregate=True))


# ------------------------------------------------ holdings told by the effort to free them


def test_people_held_by_a_group_whose_release_is_sought_are_held() -> None:
    events = run(
        "Pirates freed six sailors on Sunday.\n"
        "The ministry said its efforts to secure the release of more than 20 others held by "
        "the pirates were continuing."
    )
    find(events, dict(type="release", status="demanded", count=(20, "more_than")))
    find(events, dict(type="holding", status="occurred", count=(20, "more_than")))


def test_people_still_held_whose_release_is_called_for_are_held() -> None:
    events = run(
        "Pirates freed six sailors on Sunday.\n"
        "Relatives called for the release of the nine crew members still held on the ship, "
        "a union said."
    )
    find(events, dict(type="holding", status="occurred", value=9))


def test_people_freed_who_had_been_held_by_a_group_are_no_holding() -> None:
    events = run(
        "The army said on Sunday that troops had freed 14 villagers held by the gunmen in a "
        "forest camp."
    )
    find(events, dict(type="release", status="occurred", value=14))
    assert not [e for e in reportable(events) if e.type == "holding"]


# ---------------------------------------------------------- deals told without a deal word


def test_a_swap_of_n_prisoners_for_m_soldiers_is_a_deal() -> None:
    events = run(
        "Prisoners were freed at the border crossing on Monday.\n"
        "Saudi Arabia released 120 Houthi fighters and the Houthis freed 40 Saudi soldiers, "
        "in a swap of 120 prisoners for 40 soldiers."
    )
    d = find(events, dict(type="deal", status="occurred"))
    assert {t.count.value for t in d.terms if t.count} == {120, 40}


def test_two_sides_freed_in_a_swap_with_no_counts_of_its_own_make_no_deal() -> None:
    # (a swap told only through its releases: no deal record, as the format says)
    events = run(
        "Prisoners were freed at the border crossing on Monday.\n"
        "Saudi Arabia released 120 Houthi fighters and the Houthis freed 40 Saudi soldiers, "
        "in a swap at the border."
    )
    assert not [e for e in events if e.type == "deal"]


def test_a_total_told_by_those_that_have_been_freed_is_a_running_total() -> None:
    events = run(
        "Ukraine and Russia swapped prisoners on Wednesday.\n"
        "The two swaps bring the total that have been freed from Russian captivity so far to "
        "2,810, officials said."
    )
    e = find(events, dict(type="release", value=2810, aggregate=True))
    assert "Russian" not in e.people.nationality  # (the captors' adjective, not theirs)


def test_a_bare_number_still_held_whose_release_is_sought_is_held() -> None:
    events = run(
        "Pirates freed six sailors on Sunday.\n"
        "Oman said it was pursuing talks on the release of the more than 30 still held on "
        "the ship."
    )
    find(events, dict(type="holding", status="occurred", count=(30, "more_than")))


def test_a_bare_number_believed_to_still_be_in_captivity_alone_is_held() -> None:
    events = run(
        "Gunmen abducted 120 villagers in Zamfara state in March.\n"
        "About 40 are believed to still be in captivity, the governor said."
    )
    find(events, dict(type="holding", status="occurred", count=(40, "about")))
