"""Counted releases, returns and exchanges told in series, lists and elided clauses, the way
unseen pages tell them (docs/accuracy-unseen.md, "Thirteenth round (eighteenth session),
pages13b"). Each fixed by a general mechanism and tested here on sentences written for this
project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _releases(events: list) -> list[int]:
    return sorted(e.count.value for e in reportable(events) if e.type == "release" and e.count)


# ------------------------------------------------------ a series whose verb is told once


def test_rounds_told_by_their_rank_are_batches_of_their_own() -> None:
    events = run(
        "Truce holds for a third day.\n"
        "The army handed back 21 captured fighters on the first day of the truce, another 21 "
        "on the second and another 16 on the third, a spokesman said."
    )
    assert _releases(events) == [16, 21, 21]
    assert not any(e.aggregate for e in events)


def test_a_further_batch_in_the_second_round_is_a_record_of_its_own() -> None:
    events = run(
        "Junta frees more dissidents.\n"
        "The military council freed 64 dissidents in the first round of pardons, and a "
        "further 45 in the second round, lawyers said on Friday."
    )
    find(events, dict(type="release", value=64, aggregate=False))
    find(events, dict(type="release", value=45, aggregate=False))


def test_a_second_round_joined_by_and_is_not_summed_with_the_first() -> None:
    events = run(
        "Rebels free captives.\n"
        "The rebels freed 26 captives in the first round and 19 in the second, the Red Cross "
        "said."
    )
    assert _releases(events) == [19, 26]


def test_months_of_a_series_after_another_are_batches() -> None:
    events = run(
        "Pardons continue.\n"
        "The emperor pardoned 44 inmates in March, another 27 in April and a further 51 in "
        "May, according to the prison authority."
    )
    assert _releases(events) == [27, 44, 51]


def test_items_of_a_series_joined_by_semicolons_or_then_are_batches() -> None:
    events = run(
        "Hostages come home.\n"
        "The militia freed 9 hostages on the first day of the pause; 11 on the second; 7 on "
        "the third."
    )
    assert _releases(events) == [7, 9, 11]
    events = run(
        "Hostages come home.\n"
        "The militia released 18 hostages on the first day, then 15 on the second and 6 on "
        "the third."
    )
    assert _releases(events) == [6, 15, 18]


def test_another_batch_the_following_day_is_not_the_first_told_again() -> None:
    events = run(
        "Soldiers returned.\n"
        "The militia handed over 23 soldiers to the Red Cross, and another 23 the following "
        "day, the army said."
    )
    assert _releases(events) == [23, 23]
    events = run(
        "Captives freed.\n"
        "Kidnappers freed 8 villagers on Wednesday, followed by another 5 on Friday."
    )
    assert _releases(events) == [5, 8]


def test_days_of_a_series_over_a_period_are_no_running_totals() -> None:
    events = run(
        "Exchange ends.\n"
        "Over the five days of the pause, the authorities freed 30 detainees on Monday, 30 on "
        "Tuesday, 30 on Wednesday and 28 on Thursday."
    )
    assert _releases(events) == [28, 30, 30, 30]
    assert not any(e.aggregate for e in events)


def test_a_batch_and_more_on_the_second_day_are_two_records() -> None:
    events = run(
        "Hostages freed.\n"
        "The group freed 11 hostages on the first day and 11 more on the second, mediators "
        "said."
    )
    assert _releases(events) == [11, 11]


def test_a_number_after_a_comma_with_no_series_is_no_batch() -> None:
    # a guard: '12 of them women' is a part, not another day's batch
    events = run(
        "Prisoners freed.\n"
        "The authorities freed 45 prisoners on Monday, 12 of them women, a monitor said."
    )
    assert _releases(events) == [45]


# ------------------------------------------------------ another batch in a sentence of its own


def test_another_batch_told_in_a_verbless_sentence_is_a_record() -> None:
    events = run(
        "Truce releases go on.\nThe militants freed 16 hostages on Thursday. On Friday, another 12."
    )
    assert _releases(events) == [12, 16]
    second = find(events, dict(type="release", value=12))
    assert second.date == "2023-11-24"  # (its own day, Friday, not the day told before)
    assert any(e.text == "On Friday, another 12." for e in second.evidence)


def test_a_verbless_sentence_with_no_batch_before_is_no_record() -> None:
    # a guard: nothing was counted before it, so 'another 12' counts nothing
    events = run("Truce releases go on.\nThe militants freed the hostages. On Friday, another 12.")
    assert _releases(events) == []


# ------------------------------------------------------ the verb of an elided clause


def test_another_group_that_returned_home_is_a_release() -> None:
    events = run(
        "Abducted pupils free.\n"
        "Soldiers rescued 61 of the abducted pupils on Monday; another 35 returned home on "
        "their own two days later."
    )
    assert _releases(events) == [35, 61]


def test_another_group_still_to_be_freed_is_a_planned_release() -> None:
    events = run(
        "Government frees prisoners.\n"
        "The government freed 700 prisoners on Sunday, with another 1,200 to be released "
        "once the talks resume."
    )
    find(events, dict(type="release", status="occurred", value=700))
    find(events, dict(type="release", status="planned", value=1200))


def test_another_group_expected_to_return_is_a_planned_release() -> None:
    events = run(
        "Soldiers come home.\n"
        "Moscow handed over 64 Ukrainian soldiers, with another 40 expected to return next "
        "week."
    )
    find(events, dict(type="release", status="planned", value=40))


# ------------------------------------------------------ a list of rounds under a release


def test_lines_of_a_list_of_rounds_are_batches_of_the_release_above() -> None:
    events = run(
        "Detainees freed in rounds.\n"
        "The rebels freed captured soldiers in three rounds under the truce.\n"
        "First round: 42 soldiers, some of them ill.\n"
        "Second round: another 42 soldiers.\n"
        "Third round: 27 more.\n"
    )
    assert _releases(events) == [27, 42, 42]
    assert {e.holder for e in events if e.type == "release"} == {None}


def test_dated_lines_of_a_list_are_batches_by_nationality_of_each_day() -> None:
    events = run(
        "Hostage releases.\n"
        "The group has freed hostages on each day of the pause. The releases:\n"
        "- Thursday: 11 Nepalis and 2 Kenyans\n"
        "- Friday: 11 Nepalis\n"
    )
    assert _releases(events) == [2, 11, 11]
    nepalis = [e for e in events if list(e.people.nationality) == ["Nepali"]]
    assert sorted(e.date or "" for e in nepalis) == ["2023-11-23", "2023-11-24"]


def test_a_single_labelled_line_after_a_release_is_no_list() -> None:
    # a guard: one line alone is no list
    events = run(
        "Detainees freed.\n"
        "The rebels freed captured soldiers under the truce.\n"
        "Saturday: 30 soldiers went back to their barracks in the capital.\n"
    )
    assert _releases(events) == []


def test_a_labelled_line_with_a_verb_of_its_own_is_no_item() -> None:
    # a guard: the line tells something else ('were wounded')
    events = run(
        "Detainees freed.\n"
        "The rebels freed captured soldiers in two rounds.\n"
        "First round: 30 soldiers wounded in the fighting.\n"
        "Second round: 12 soldiers wounded in the fighting.\n"
    )
    assert _releases(events) == []


# ------------------------------------------------------ running totals over several happenings


def test_a_total_freed_under_those_exchanges_is_a_running_total() -> None:
    events = run(
        "Swaps go on.\n"
        "The two countries have held 38 swaps since the war began. A total of 1,940 soldiers "
        "have been freed under those exchanges."
    )
    find(events, dict(type="release", value=1940, aggregate=True))


def test_what_was_freed_in_the_weeks_of_a_truce_is_a_running_total() -> None:
    events = run(
        "Truce ends.\n"
        "With the last releases, 1,150 detainees have walked free in the five weeks of the "
        "first phase."
    )
    find(events, dict(type="release", value=1150, aggregate=True))


def test_bringing_to_n_the_number_returned_is_a_running_total() -> None:
    events = run(
        "Captors free more children.\n"
        "Three more children came back from the occupied areas on Monday, bringing to 612 "
        "the number returned this year."
    )
    find(events, dict(type="release", value=3, aggregate=False))
    find(events, dict(type="release", value=612, aggregate=True))


# ------------------------------------------------------ a contrast clause after a release


def test_others_who_remain_behind_bars_after_but_are_held_not_freed() -> None:
    events = run(
        "Amnesty frees hundreds.\n"
        "About 260 protesters were freed, but some 900 others remain behind bars, lawyers "
        "said."
    )
    find(events, dict(type="release", value=260))
    find(events, dict(type="holding", value=900))
    assert not any(e.type == "release" and e.count and e.count.value == 900 for e in events)


def test_counted_batches_each_told_with_its_day_are_not_merged() -> None:
    events = run(
        "Truce holds.\n"
        "The militia freed 12 Nepalis on Monday, 12 more Nepalis on Tuesday and another 9 "
        "Nepalis on Wednesday."
    )
    assert _releases(events) == [9, 12, 12]


def test_a_series_after_people_who_came_home_is_counted() -> None:
    events = run(
        "Soldiers freed from captivity.\n"
        "The ministry said 64 of its soldiers came home in March and another 52 in April."
    )
    assert _releases(events) == [52, 64]


def test_the_bodies_of_another_group_who_died_in_the_war_are_returned_not_deaths() -> None:
    events = run(
        "Bodies of fallen soldiers repatriated.\n"
        "The bodies of 88 soldiers were handed back on Tuesday. Last month the army also "
        "repatriated the bodies of another 57 soldiers who died in the fighting."
    )
    find(events, dict(type="release", value=57, condition="deceased"))
    assert not any(e.type == "death_in_custody" for e in events)


def test_a_days_batch_after_a_running_total_is_no_total() -> None:
    events = run(
        "Hostages freed.\n"
        "The group has freed 40 hostages since the pause began, and another 7 on Thursday."
    )
    find(events, dict(type="release", value=40, aggregate=True))
    find(events, dict(type="release", value=7, aggregate=False))
