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


# ---------------------------------- the batch that made a running total, told after it


def test_a_batch_told_after_a_running_total_is_no_total() -> None:
    events = run(
        "Soldiers detained villagers overnight, a rights group said. The number of villagers "
        "held has risen to 4,120 since March, after 23 more were arrested on Friday and "
        "Saturday."
    )
    find(events, dict(type="detention", value=23, aggregate=False))


def test_a_count_coordinated_with_a_running_total_is_a_total() -> None:
    events = run(
        "The militia freed eight hostages on Saturday, officials said. So far 64 hostages "
        "have been freed since the truce began, and 190 prisoners have walked free."
    )
    find(events, dict(value=190, aggregate=True))


# --------------------------------------------- a snapshot of who is held is a holding


def test_people_still_in_custody_after_a_running_total_are_held() -> None:
    events = run(
        "Kyiv brought home soldiers on Friday, officials said. Officials said more than "
        "4,000 Ukrainians have been freed since the invasion, while a rights group lists over "
        "1,800 soldiers still in Russian custody."
    )
    find(events, dict(type="holding", count=(1800, "more_than"), aggregate=False))
    find(events, dict(type="release", count=(4000, "more_than"), aggregate=True))


# --------------------------------------- 'N ... were among those freed': parts of a batch


def test_units_among_those_returned_are_parts_of_the_batch() -> None:
    events = run(
        "Russia freed 140 Ukrainian soldiers on Friday, officials said. 60 marines, 45 "
        "border guards and 25 paratroopers were among those returned."
    )
    assert _values(events) == {140}


def test_a_part_among_the_batch_in_its_own_sentence_is_no_record() -> None:
    events = run(
        "The junta freed prisoners on Tuesday, state media said. At least 40 journalists "
        "were among the 3,200 inmates freed under the amnesty."
    )
    assert _values(events) == {3200}


def test_among_them_in_another_clause_leaves_the_batch_alone() -> None:
    events = run(
        "The junta on Saturday pardoned 4,100 prisoners to mark the holiday, state media "
        "said, though it was unclear how many political detainees were among them."
    )
    assert 4100 in _values(events)


# ------------------------------------------------------------- ranges, groups, brackets


def test_the_high_end_of_a_range_is_no_count() -> None:
    events = run(
        "The government freed prisoners on Friday, officials said. Rights groups say that "
        "some 600 to 900 political prisoners remain detained."
    )
    assert not {e.count.value for e in reportable(events) if e.count} & {600, 900}


def test_a_batch_told_in_bracketed_parts_is_one_record_with_the_sum() -> None:
    events = run(
        "The 21 prisoners of war (POWs) and 9 civilian captives were flown home on Monday, "
        "officials said."
    )
    find(events, dict(type="release", value=30))
    assert _values(events) == {30}


def test_among_the_group_captured_is_not_the_batch_freed() -> None:
    events = run(
        "Eleven soldiers were returned to Armenia on Saturday, officials said. The "
        "repatriated soldiers were among the 52 servicemen captured in May."
    )
    assert 52 not in _values(events)


def test_as_of_now_is_a_running_total() -> None:
    events = run(
        "The government freed 40 prisoners on Monday, officials said. Over 2,900 prisoners "
        "have been freed by the government as of now."
    )
    find(events, dict(type="release", count=(2900, "more_than"), aggregate=True))


# ------------------------------------ cues that need a perfect tense (cues.json table)


def test_overall_with_a_perfect_is_a_running_total() -> None:
    events = run(
        "The rebels freed three hostages on Saturday, officials said. Overall, 212 hostages "
        "have been returned since the talks began."
    )
    find(events, dict(type="release", value=212, aggregate=True))


def test_throughout_with_a_perfect_is_a_running_total() -> None:
    events = run(
        "Russia freed Ukrainian soldiers on Friday, officials said. Throughout the war, Kyiv "
        "has brought home 3,100 soldiers."
    )
    find(events, dict(type="release", value=3100, aggregate=True))


def test_overall_in_a_simple_past_is_a_batch() -> None:
    events = run(
        "Officials said the exchange went smoothly on Friday. Overall, the rebels released "
        "44 soldiers and the army freed 12 fighters."
    )
    find(events, dict(type="release", value=44, aggregate=False))


def test_a_phase_with_words_before_its_ordinal_is_a_period_total() -> None:
    events = run(
        "Hamas freed three hostages on Saturday, officials said. During the six-week first "
        "phase, the group freed 33 hostages in exchange for about 1,900 prisoners."
    )
    find(events, dict(type="release", value=33, aggregate=True))


def test_the_group_opening_a_sentence_is_not_the_part_freed() -> None:
    events = run(
        "The militia freed hostages on Sunday, officials said. Of the roughly 180 hostages "
        "seized by the militia, fewer than half have been released so far."
    )
    assert 180 not in _values(events)


# ---------------------------------- a batch in a time clause; a share of a group taken


def test_a_batch_in_a_time_clause_after_a_running_total_is_a_batch() -> None:
    events = run(
        "The rebels freed four hostages on Sunday, the ICRC said. The group has now freed "
        "seven hostages in the last three days after the rebels released three people on "
        "Friday."
    )
    find(events, dict(type="release", value=7, aggregate=True))
    find(events, dict(type="release", value=3, aggregate=False))


def test_a_share_of_a_group_taken_before_freed_in_a_perfect_is_a_total() -> None:
    events = run(
        "The militants abducted 2,100 villagers in 2015, officials said. The office said "
        "1,240 of them have been rescued."
    )
    find(events, dict(type="release", value=1240, aggregate=True))


def test_a_share_of_a_batch_freed_before_is_no_total() -> None:
    events = run(
        "Israel freed 90 prisoners on Sunday, officials said. 40 of them have been taken "
        "to Ramallah."
    )
    assert not any(e.aggregate for e in reportable(events) if e.count and e.count.value == 40)


def test_a_total_found_by_its_parts_and_told_as_a_running_total_is_one_record() -> None:
    events = run(
        "41 hostages released in truce\n\nHamas freed nine more hostages on Monday, bringing "
        "the total released hostages to 41. Officials said 29 Israelis and 12 foreign "
        "nationals are now free."
    )
    assert len([e for e in reportable(events) if e.count and e.count.value == 41]) == 1


def test_a_number_after_said_stands_for_people_told_before() -> None:
    events = run(
        "The rebels freed prisoners on Sunday, officials said. The ICRC counted 210 "
        "detainees, while the rebels said 260 were released."
    )
    assert 260 in _values(events)


def test_an_abbreviated_people_noun_still_in_custody_is_held() -> None:
    events = run(
        "Kyiv brought home soldiers on Friday, officials said. More than 3,000 Ukrainians "
        "have been freed since the invasion, and 950 POWs still in Russian custody wait."
    )
    find(events, dict(type="holding", value=950))


# ------------------------------- a deal's overall figure told as an obligation is planned


def test_a_figure_the_government_is_bound_to_release_is_planned() -> None:
    events = run(
        "The government freed 60 prisoners on Monday, officials said. Under the accord, "
        "the government is bound to release 3,000 prisoners in return for 500 captives."
    )
    find(events, dict(type="release", status="planned", value=3000))
    assert not any(e.status == "occurred" and e.count and e.count.value == 3000 for e in events)


def test_a_round_of_the_process_of_releasing_n_is_no_release_of_n() -> None:
    events = run(
        "The council freed 75 prisoners on Sunday in the fifth round of the process of "
        "releasing 3,000 inmates, officials said."
    )
    find(events, dict(type="release", status="occurred", value=75))
    find(events, dict(type="release", status="planned", value=3000))


def test_what_an_agreement_includes_is_planned() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. In its first stage, the deal "
        "includes the release of 25 hostages in exchange for about 1,500 prisoners."
    )
    find(events, dict(type="release", status="planned", value=25))


def test_a_batch_that_included_parts_stays_what_happened() -> None:
    events = run(
        "On the first day of the truce, Hamas freed 20 hostages, which included 11 "
        "Israelis and 9 Thais, officials said."
    )
    assert all(e.status == "occurred" for e in reportable(events) if e.type == "release")


# ----------------------------------------- 'Among the N X freed was Y'; 'were among N X'


def test_among_the_n_freed_was_a_name_is_the_batch_freed() -> None:
    events = run(
        "Russia and Ukraine swapped prisoners on Friday, officials said. Among the 61 "
        "Georgians freed was Levan Beridze, a medic captured in 2023."
    )
    find(events, dict(type="release", value=61))
    assert 61 not in {e.count.value for e in events if e.type == "detention" and e.count}


def test_the_few_freed_among_a_group_still_held_are_no_holding() -> None:
    events = run(
        "Hamas freed two Israeli hostages on Saturday, officials said. The two were among "
        "64 hostages still held in Gaza."
    )
    assert {e.count.value for e in reportable(events) if e.type == "holding" and e.count} == {64}


def test_bringing_to_n_the_number_freed_is_a_running_total() -> None:
    events = run(
        "Hamas freed four hostages on Saturday, officials said. Israel freed 520 prisoners "
        "in return, bringing to 1,640 the number freed during the first phase."
    )
    find(events, dict(type="release", value=1640, aggregate=True))
    find(events, dict(type="release", value=520, aggregate=False))


def test_prisoners_granted_amnesty_are_a_release() -> None:
    events = run(
        "The junta freed prisoners on Tuesday, state media said. About 90 journalists were "
        "among more than 4,500 prisoners granted amnesty to mark the holiday."
    )
    find(events, dict(type="release", count=(4500, "more_than")))


def test_a_tally_of_people_named_as_freed_is_a_release_total() -> None:
    events = run(
        "Bandits freed 12 more pupils on Saturday, police said. That brings the total number "
        "of recovered pupils to 48 out of 90 pupils abducted in May."
    )
    find(events, dict(type="release", value=48, aggregate=True))


# ------------------------------------------------------ 'cease-fire'; 'for every N freed'


def test_a_running_total_during_a_hyphenated_cease_fire_is_kept() -> None:
    events = run(
        "Hamas freed hostages on Wednesday, officials said. More than 90 hostages have been "
        "released so far during the cease-fire."
    )
    find(events, dict(type="release", count=(90, "more_than"), aggregate=True))


def test_a_rate_for_every_n_freed_is_no_batch() -> None:
    events = run(
        "Hamas freed 12 hostages on Monday, officials said. Israel said the truce would be "
        "extended by a day for every ten more hostages freed."
    )
    assert 10 not in {e.count.value for e in reportable(events) if e.count}


def test_ages_listed_before_a_release_are_no_count() -> None:
    events = run(
        "Officials said on Thursday that three women aged 19, 24 and 31 were rescued from "
        "the militants."
    )
    assert 31 not in {e.count.value for e in reportable(events) if e.count}
