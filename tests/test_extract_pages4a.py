"""Releases in exchanges told the way unseen pages tell them (docs/accuracy-unseen.md,
"Fourth round (ninth session), pages4a"): each fixed by a general mechanism and tested
here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _counts(events: list, type_: str = "release") -> list[int]:
    return sorted(e.count.value for e in reportable(events) if e.type == type_ and e.count)


# ------------------------------------ a bare number as a release verb's object (objects.py)


def test_a_bare_number_after_a_release_verb_is_the_people_freed() -> None:
    events = run(
        "Prison gates opened on Sunday, officials said. Israel freed 39 on Sunday "
        "after the truce began, the prison service said."
    )
    find(events, dict(type="release", status="occurred", value=39))


def test_the_second_side_of_a_hand_over_told_without_its_noun() -> None:
    events = run(
        "The two neighbours swapped captives on Tuesday, officials said. Yerevan handed over "
        "three soldiers to Baku, and Baku handed over eight to Yerevan."
    )
    assert _counts(events) == [3, 8]


def test_a_gapped_hand_over_takes_its_destination_not_the_speaker() -> None:
    events = run(
        "Baku and Yerevan carried out a swap on Friday. Moscow's defence ministry said nine "
        "captives were handed over to Armenia and 17 to Azerbaijan."
    )
    assert _counts(events) == [9, 17]
    seventeen = find(events, dict(type="release", value=17))
    assert seventeen.holder != "Russia"  # the speaker holds no one
    assert list(seventeen.people.nationality) == ["Azerbaijani"]


def test_n_for_n_told_without_nouns_is_one_release_a_side() -> None:
    events = run(
        "Kyiv and Moscow traded captured soldiers again on Friday. The two armies swapped "
        "63 for 63 at the border, officials said."
    )
    sixty_three = [e for e in reportable(events) if e.count and e.count.value == 63]
    assert len(sixty_three) == 2
    assert not any(e.aggregate for e in sixty_three)


def test_a_number_that_is_no_object_stays_out() -> None:
    events = run(
        "Rebels freed 12 hostages on Monday, officials said. The group released 2023 "
        "figures later, and the army returned fire."
    )
    assert _counts(events) == [12]


# ------------------------------------------------- 'traded N ... with M' is one side each


def test_traded_with_a_count_is_the_other_side_not_a_total() -> None:
    events = run(
        "Yemen's warring parties exchanged prisoners on Sunday, the Red Cross said. On "
        "Sunday, 64 government prisoners were traded with 93 rebel fighters."
    )
    assert _counts(events) == [64, 93]
    assert not any(e.aggregate for e in reportable(events))


# ------------------------------------------------ a place told for another custody word


def test_a_headline_list_gives_each_release_its_own_place() -> None:
    events = run(
        "Weekly digest: nurses seized in Kaduna, 14 farmers freed near Zaria, army frees 40 "
        "from Boko Haram\n\nThe army said troops had rescued 40 hostages held by Boko Haram "
        "in the Sambisa forest on Wednesday."
    )
    forty = find(events, dict(type="release", value=40))
    assert forty.location.place != "Zaria"


# ------------------------------- a swap's other side after 'with' holds no one of the subject


def test_traded_with_its_own_soldiers_are_not_held_by_the_subject() -> None:
    events = run(
        "Yemen's warring parties exchanged prisoners on Saturday, the Red Cross said. The "
        "government traded 350 Houthis with 140 of its soldiers, officials said."
    )
    assert _counts(events) == [140, 350]
    soldiers = find(events, dict(type="release", value=140))
    assert soldiers.holder != "Yemen"  # the government's own men were held by the other side


# ----------------------------------------------------------- how an exchange's end is told


def test_now_out_of_prison_is_a_release() -> None:
    events = run(
        "The prisoner exchange ended on Sunday, the Red Cross said. After three days of "
        "flights, 428 rebel prisoners are now out of prison, officials said."
    )
    find(events, dict(type="release", status="occurred", value=428))


def test_a_deal_that_provided_for_a_release_tells_its_terms_not_a_release() -> None:
    events = run(
        "The militants freed four hostages on Thursday, officials said. The accord provided "
        "for the release of 25 hostages by April 2 in exchange for 700 prisoners."
    )
    assert not any(
        e.status == "occurred" and e.count and e.count.value in (25, 700)
        for e in reportable(events)
        if e.type == "release"
    )


def test_up_to_a_weekday_with_a_perfect_is_a_running_total() -> None:
    events = run(
        "The group handed over two more bodies on Friday, officials said. Up to Friday it "
        "had handed over 13 bodies of the 30 it holds."
    )
    find(events, dict(type="release", value=13, aggregate=True))


def test_swapped_back_to_a_country_is_one_side() -> None:
    events = run(
        "Moscow and the West completed a prisoner exchange on Thursday. Seven people were "
        "swapped back to Russia, officials said."
    )
    find(events, dict(type="release", value=7, aggregate=False))


def test_a_count_from_both_sides_is_a_total_with_its_parts_apart() -> None:
    events = run(
        "The Red Cross said that nearly 600 detainees from both sides were released in a "
        "two-day operation overseen by the Houthis and the government. With the exchange "
        "over, 430 Houthi prisoners are now free, in exchange for 150 government soldiers."
    )
    total = find(events, dict(type="release", value=600, aggregate=True))
    assert total.holder is None
    assert _counts(events) == [150, 430, 600]
    assert find(events, dict(type="release", value=430)).holder != "Houthis"


def test_a_side_that_receives_its_own_men_is_not_merged_with_its_release() -> None:
    events = run(
        "Kyiv and Moscow traded prisoners on Friday. The exchange saw 64 Ukrainian soldiers "
        "come home, while Russia received 64 of its servicemen."
    )
    sixty_four = [e for e in reportable(events) if e.count and e.count.value == 64]
    assert len(sixty_four) == 2


def test_a_thousands_group_cut_by_a_space_is_no_count_of_zero() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. Under the accord Israel will "
        "release nearly 1, 500 prisoners over six weeks."
    )
    assert not any(e.count and e.count.value == 0 for e in events)
    assert not any(t.count and t.count.value == 0 for e in events for t in e.terms)


def test_a_day_month_opening_the_sentence_dates_its_release_apart_from_the_batch() -> None:
    events = run(
        "The Red Cross on Wednesday facilitated the release of 90 soldiers held by the "
        "militia.\n\nOn 20 June, the Red Cross also facilitated the release of 11 wounded "
        "people detained in the north.",
        published="2023-06-23",
    )
    eleven = find(events, dict(type="release", value=11))
    assert eleven.date == "2023-06-20"


def test_the_body_of_one_defender_returned_is_a_release_of_the_dead() -> None:
    events = run(
        "Kyiv and Moscow swapped prisoners on Friday, officials said. The headquarters also "
        "managed to bring back the body of one fallen defender."
    )
    body = find(events, dict(type="release", value=1))
    assert body.people.condition == "deceased"


def test_turned_over_a_count_is_a_hand_over() -> None:
    events = run(
        "The truce held on Saturday, officials said. The group turned over four Israeli "
        "hostages to the Red Cross in Khan Younis."
    )
    find(events, dict(type="release", status="occurred", value=4))
