"""Page forms told the way unseen pages tell them (docs/accuracy-unseen.md, "Fifth round
(tenth session), pages5c: page forms and slots"): live blogs, wire round-ups, translated
state media, press releases, NGO and UN briefings and explainers. Each fixed by a general
mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _counts(events: list, type_: str = "release") -> list[int]:
    return sorted(e.count.value for e in reportable(events) if e.count and e.type == type_)


# ------------------------------------------- a hyphenated adjective inside the people phrase


def test_a_hyphenated_adjective_stays_inside_the_people_phrase() -> None:
    events = run(
        "The rebels freed captives in the north on Monday, the Red Cross said. The group "
        "released 64 war-related detainees from a prison in the capital."
    )
    find(events, dict(type="release", status="occurred", value=64))


def test_a_quoted_hyphenated_adjective_stays_inside_the_people_phrase() -> None:
    events = run(
        "Aid workers welcomed the step on Saturday. The movement unilaterally released 58 "
        "“security-related” prisoners, a statement from the Red Cross said."
    )
    find(events, dict(type="release", status="occurred", value=58))


# ------------------------------------------------------------ 'welcomed back' is a release


def test_welcomed_back_tells_the_receiver_of_a_release() -> None:
    events = run(
        "The ombudsman spoke about the returns on Saturday. On Thursday, Kyiv welcomed back "
        "14 civilians from Russian captivity, his office said."
    )
    fourteen = find(events, dict(type="release", status="occurred", value=14))
    assert fourteen.holder == "Russia"


# ----------------------------------------- 'two others' / 'two more': another batch, not merged


def test_a_later_batch_told_as_others_is_not_the_earlier_one_again() -> None:
    events = run(
        "The group freed hostages twice this year, officials said. Two of the captives were "
        "released in March after talks in Doha. Two others were freed during a truce in May."
    )
    assert _counts(events) == [2, 2]


def test_two_more_freed_days_later_is_a_second_release() -> None:
    events = run(
        "Militants hold 11 aid workers in the hills, the agency said on Friday. They released two "
        "aid workers on Tuesday. Days later, the militants freed two more aid workers near "
        "the border."
    )
    assert _counts(events) == [2, 2]


def test_a_lead_told_as_additional_still_merges_with_its_headline() -> None:
    events = run(
        "Rebels detain two aid workers in raids on offices. Rebels have detained two "
        "additional aid workers and raided several homes, officials said on Sunday."
    )
    assert _counts(events, "detention") == [2]


def test_a_headline_told_as_more_still_merges_with_its_body() -> None:
    events = run(
        "Gunmen free two more hostages in northern town\n\nGunmen freed two more hostages "
        "on Sunday, a police spokesman said."
    )
    assert _counts(events) == [2]


# ---------------------------------------------------- a headline's round figure over the body


def test_a_headline_rounding_down_is_the_body_batch() -> None:
    events = run(
        "Rebels free more than 200 prisoners\n\nThe rebels released 236 government soldiers "
        "on Sunday at a ceremony in the capital, a spokesman said."
    )
    assert _counts(events) == [236]


def test_a_much_larger_body_figure_is_not_the_headline_rounded() -> None:
    events = run(
        "Rebels free more than 20 prisoners\n\nThe rebels released 23 government soldiers "
        "on Sunday. Since January they have released 90 prisoners in all, a spokesman said."
    )
    assert 23 in _counts(events)


# -------------------------------------------- a day opening a sentence tells another batch


def test_a_sentence_opening_on_a_weekday_tells_another_batch() -> None:
    events = run(
        "Kyiv brought home 75 soldiers from Russian captivity this week, officials said. "
        "On Friday, Ukraine welcomed back 12 civilians, among them two priests."
    )
    assert _counts(events) == [12, 75]


# ------------------------------------------ 'and nine more on Tuesday': a gapped second batch


def test_a_gapped_count_told_as_more_is_another_release_with_its_own_day() -> None:
    events = run(
        "The army said it had recovered captives from the forest camps. Soldiers freed 41 "
        "villagers on March 3 and 12 more on March 9, a spokesman said.",
        published="2024-03-12",
    )
    assert _counts(events) == [12, 41]
    twelve = find(events, dict(type="release", value=12))
    assert twelve.date == "2024-03-09"


def test_a_gapped_hand_over_without_more_keeps_the_clause_day() -> None:
    events = run(
        "The two neighbours swapped soldiers on Monday, officials said. Eight captives were "
        "handed over to Armenia on Monday and 15 to Azerbaijan.",
        published="2024-03-12",
    )
    assert _counts(events) == [8, 15]


# ---------------------------------------------- the words of translated and partisan media


def test_occupation_may_stand_inside_the_people_phrase() -> None:
    events = run(
        "The resistance kept its side of the exchange on Monday. The Red Cross received "
        "four Israeli occupation captives from Hamas in Khan Younis."
    )
    find(events, dict(type="release", status="occurred", value=4, holder="Hamas"))


def test_hyphenated_prisoners_of_war_are_people() -> None:
    events = run(
        "Kyiv and Moscow carried out a swap on Friday, officials said. Twelve Ukrainian "
        "prisoners-of-war held by the Russian army were released in exchange for twelve "
        "Russian soldiers captured by Ukrainian troops."
    )
    assert _counts(events) == [12, 12]


# ------------------------------------------------ a state's forces that free hostages rescue


def test_police_who_free_hostages_are_rescuers_not_holders() -> None:
    events = run(
        "Kidnappers seized a group of farm workers near the river last week. Kenyan police "
        "freed 14 hostages on Thursday after a raid on a forest camp, officials said."
    )
    fourteen = find(events, dict(type="release", status="occurred", value=14))
    assert fourteen.holder != "Kenya"


def test_forces_that_release_their_own_detainees_still_hold_them() -> None:
    events = run(
        "Troops raided the camp on Monday, residents said. Israeli forces released 11 "
        "Palestinian detainees at a checkpoint on Thursday."
    )
    find(events, dict(type="release", status="occurred", value=11, holder="Israel"))


# ----------------------------------- 'Just four have been released', 'one was rescued'


def test_a_count_opening_on_just_or_only_stands_for_the_people() -> None:
    events = run(
        "The militia holds about 80 captives in the hills, the army said. Only six have "
        "been freed so far."
    )
    find(events, dict(type="release", status="occurred", value=6))


def test_one_was_rescued_is_a_release_of_one() -> None:
    events = run(
        "The group holds about 30 captives, the police said. Nine have been released since "
        "the raid, one was rescued and two died in captivity."
    )
    assert 1 in _counts(events)


# --------------------------------- the Red Cross carrying freed people is no custody transfer


def test_the_red_cross_carrying_freed_people_is_the_release_not_a_transfer() -> None:
    events = run(
        "The group handed over five hostages to the Red Cross on Monday, the army said. "
        "According to the Red Cross, five hostages have been transferred into its custody "
        "and are on their way to the border."
    )
    assert not [e for e in reportable(events) if e.type == "transfer"]
    assert _counts(events) == [5]


def test_prisoners_moved_between_jails_stay_a_transfer() -> None:
    events = run(
        "The prison service moved detainees on Sunday, officials said. Israel transferred "
        "40 prisoners to Ofer prison ahead of their release, the service said."
    )
    find(events, dict(type="transfer", value=40))


# ------------------------------------------------- 'held hostage' is a holding, not a taking


def test_people_held_hostage_are_a_holding() -> None:
    events = run(
        "The militants freed 12 hostages on Sunday, officials said. Officials estimate 300 "
        "people were killed in the raid, with more than 80 people held hostage in the hills."
    )
    eighty = find(events, dict(value=80))
    assert eighty.type == "holding"


# ------------------------- a holder named for the people given in exchange is not the first's


def test_the_holder_of_the_people_given_for_them_is_not_theirs() -> None:
    events = run(
        "The two sides agreed to a truce on Tuesday. The deal includes an exchange of about "
        "30 Israeli hostages for some 90 Palestinian prisoners held by Israel."
    )
    thirty = find(events, dict(type="release", value=30))
    assert thirty.holder != "Israel"


# ------------------------- a place in a relative clause of an earlier act is not the arrest's


def test_a_place_told_in_an_earlier_act_of_the_people_is_not_the_arrests() -> None:
    events = run(
        "Rights groups condemned the crackdown on Friday. Police arrested 40 students who "
        "had voiced support for prisoners in Gaza, a lawyer said."
    )
    forty = find(events, dict(type="detention", value=40))
    assert forty.location.place is None


def test_a_place_where_the_people_were_hiding_is_the_arrests() -> None:
    events = run(
        "Troops raided the camp on Monday, residents said. Soldiers arrested nine men who "
        "had been hiding in a house in Tubas, the army said."
    )
    nine = find(events, dict(type="detention", value=9))
    assert nine.location.place == "Tubas"


# ------------------- 'Europeans', 'Westerners' are people; 'after being freed' is the news


def test_europeans_and_westerners_are_people_counted() -> None:
    events = run(
        "Mediators met the kidnappers in the desert last month. Eleven Europeans returned "
        "home on Tuesday after four months as hostages, officials said."
    )
    find(events, dict(type="release", status="occurred", value=11))


def test_after_being_freed_is_the_release_of_people_told_by_their_taking() -> None:
    events = run(
        "Tribal elders met the militants last week, officials said. Two Italian engineers "
        "kidnapped by gunmen near the coast in March were on their way home on Friday after "
        "being freed, their employer said."
    )
    find(events, dict(type="release", status="occurred", value=2))


# ---------------- 'what is expected to be the biggest swap' describes it; it plans nothing


def test_expected_to_be_the_biggest_describes_a_swap_not_a_plan() -> None:
    events = run(
        "The two armies swapped captives near the border this week, officials said. They "
        "completed the first phase of what is expected to be the largest swap of the war, "
        "with 340 people released on Friday."
    )
    find(events, dict(type="release", status="occurred", value=340))


def test_expected_to_be_freed_is_still_planned() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. The 24 women are expected "
        "to be released first, in the largest group yet."
    )
    find(events, dict(type="release", status="planned", value=24))


# ------------------------------------------- a 'Publish date' stamp above the headline


def test_a_publish_date_label_stamps_the_publication_day() -> None:
    from custody.documents import detect_metadata

    text = (
        "Publish date 14 Mar 2024 - 10:05\n"
        "Story Code : 4411\n\n"
        "Militia frees three aid workers after talks\n\n"
        "The militia said it had released three aid workers on Wednesday after talks with "
        "elders from the district, and thanked the mediators for their efforts.\n"
    )
    assert detect_metadata(text).published == "2024-03-14"


# ----------------------- 'through various deals', 'in successive exchanges': a running total


def test_people_freed_through_various_deals_are_a_running_total() -> None:
    events = run(
        "The militia still holds about 40 captives, officials said. A total of 96 captives "
        "have been freed through various deals, with six of them dead."
    )
    find(events, dict(type="release", status="occurred", value=96, aggregate=True))


# ------------------------------------------------- sailors are no soldiers by their noun


def test_civilian_sailors_are_not_counted_as_soldiers() -> None:
    events = run(
        "The two navies swapped captives at sea on Friday, officials said. Kyiv handed over "
        "nine civilian sailors rescued from a sinking freighter in exchange for six soldiers."
    )
    nine = find(events, dict(type="release", value=9))
    assert "soldiers" not in nine.people.categories
