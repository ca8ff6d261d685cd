"""Page forms and the slots they confuse, told the way unseen pages tell them
(docs/accuracy-unseen.md, "Sixth round (eleventh session), pages6c: page forms and
slots"): datelines and tellers named by their city, bodies handed back from where the
soldiers fell, round-ups of raids, photo captions, parts of a batch. Each fixed by a
general mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------ who tells it and where people died are not the happening's place


def test_officials_named_by_their_city_do_not_give_the_place() -> None:
    events = run(
        "The two sides swapped prisoners again on Friday. Ukraine got back 75 soldiers from "
        "Russia in the exchange, officials in Kyiv confirmed."
    )
    seventy_five = find(events, dict(type="release", status="occurred", value=75))
    assert seventy_five.location.place is None


def test_where_the_soldiers_died_is_not_where_their_bodies_were_returned() -> None:
    events = run(
        "The repatriation was the third this month, officials said. Russia handed back 310 "
        "bodies of Ukrainian troops, with most having died in the Zaporizhzhia region."
    )
    bodies = find(events, dict(type="release", status="occurred", value=310))
    assert bodies.location.place is None


def test_the_place_of_the_handover_itself_is_kept() -> None:
    events = run(
        "The exchange went ahead on Friday, the ministry said. Hamas handed over four "
        "hostages to the Red Cross in Khan Younis."
    )
    four = find(events, dict(type="release", status="occurred", value=4))
    assert four.location.place == "Khan Younis"


# ------------------------------------- the territory a party controls is not the party's agency


def test_bodies_returned_to_territory_a_government_controls_are_held_by_the_other_side() -> None:
    events = run(
        "Russia and Ukraine carried out a repatriation on Friday, officials said. The bodies "
        "of 909 soldiers were returned to territory controlled by the government of Ukraine, "
        "the headquarters said."
    )
    bodies = find(events, dict(type="release", status="occurred", value=909))
    assert bodies.holder != "Ukraine"


# ------------------------------------------------ places and facilities the clause names in full


def test_a_prison_named_after_whose_it_is_keeps_its_name() -> None:
    events = run(
        "The truce held for a second day, officials said. Israel freed 42 Palestinian "
        "prisoners from the Israeli Ofer prison on Saturday night."
    )
    freed = find(events, dict(type="release", status="occurred", value=42))
    assert freed.location.facility == "Ofer prison"


def test_a_prison_named_only_by_whose_it_is_gives_no_facility() -> None:
    events = run(
        "The society spoke of the releases on Monday. Israel freed 12 detainees from "
        "Israeli prisons on Sunday."
    )
    freed = find(events, dict(type="release", status="occurred", value=12))
    assert freed.location.facility is None


def test_raids_across_several_areas_of_a_territory_are_in_that_territory() -> None:
    events = run(
        "The raids went on through the night, the prisoners' office said. Israeli forces "
        "arrested 21 Palestinians on Wednesday in raids across several areas of the West Bank."
    )
    arrested = find(events, dict(type="detention", status="occurred", value=21))
    assert arrested.location.place == "West Bank"


def test_a_town_named_after_the_region_it_lies_in_is_the_place() -> None:
    events = run(
        "The second handover of the day went smoothly, officials said. Hamas handed six "
        "hostages to the Red Cross in southern Gaza's Rafah area on Tuesday."
    )
    six = find(events, dict(type="release", status="occurred", value=6))
    assert six.location.place == "Rafah"


def test_arrests_throughout_a_territory_are_in_it() -> None:
    events = run(
        "The raids began before dawn, a rights group said. At least 27 people were arrested by "
        "soldiers in villages and towns throughout the West Bank on Tuesday."
    )
    arrested = find(events, dict(type="detention", status="occurred", value=27))
    assert arrested.location.place == "West Bank"


# --------------------------------------------------- people as ministries and ombudsmen name them


def test_service_personnel_are_people_counted() -> None:
    events = run(
        "The two sides swapped prisoners on Thursday. Kyiv said 64 Ukrainian service personnel "
        "had been released from Russian custody."
    )
    freed = find(events, dict(type="release", status="occurred", value=64, holder="Russia"))
    assert "soldiers" in freed.people.categories


def test_heroes_returned_so_far_are_a_running_total() -> None:
    events = run(
        "The ombudsman spoke on television on Sunday. As of now, 1,905 heroes and heroines "
        "have returned home from Russian captivity, he said."
    )
    find(events, dict(type="release", status="occurred", value=1905, aggregate=True))


# ------------------------------------------ the towns of one night's arrests are parts of it


def test_arrests_in_a_town_are_a_part_of_the_round_up_across_the_territory() -> None:
    events = run(
        "Israeli forces arrested 18 Palestinians overnight in raids across the West Bank, "
        "a prisoners' group said on Sunday. In Nablus, soldiers detained five "
        "young men after searching their homes."
    )
    detentions = [e for e in reportable(events) if e.type == "detention"]
    assert [e.count.value for e in detentions if e.count] == [18]


def test_a_town_count_after_a_count_told_nowhere_stays_a_record() -> None:
    events = run(
        "Troops arrested 40 suspects during the month, the army said on Sunday. In the town "
        "of Gwoza, soldiers arrested 12 suspects in a separate operation."
    )
    detentions = [e for e in reportable(events) if e.type == "detention"]
    assert sorted(e.count.value for e in detentions if e.count) == [12, 40]


# ----------------------------------------------------- a photo caption's 'released' frees no one


def test_a_picture_taken_and_released_by_an_office_frees_no_one() -> None:
    events = run(
        "Ukraine and Russia swapped 90 prisoners each on Sunday, officials said.\nThis handout "
        "picture taken and released by Ukrainian Presidential Chief of Staff Petro Hnatenko on "
        "March 4, 2023, shows freed prisoners reacting after their exchange."
    )
    releases = [e for e in events if e.type == "release"]
    assert not any(e.people.names for e in releases)
    assert all(e.date != "2023-03-04" for e in releases)


# ------------------------------------- where a teller spoke; police who tell of a release


def test_the_city_of_a_press_briefing_is_not_the_place_of_the_release() -> None:
    events = run(
        "Police said on Tuesday that 40 farmers kidnapped in March have been freed. The "
        "police spokesman told reporters at a press briefing in Gusau, the state capital, "
        "that officers secured the release of the 40 farmers."
    )
    freed = find(events, dict(type="release", status="occurred", value=40))
    assert freed.location.place is None


def test_police_who_confirm_the_release_of_kidnapped_people_hold_no_one() -> None:
    events = run(
        "The families waited all week for news, residents said. The Kenya Police has "
        "confirmed the release of seven of the 11 travellers who were kidnapped on a highway "
        "last week."
    )
    freed = find(events, dict(type="release", status="occurred", value=7))
    assert freed.holder is None


# ----------------------------------- carrying freed people is no taking; a war's running total


def test_taking_freed_hostages_out_of_a_territory_is_no_detention() -> None:
    events = run(
        "The Red Cross confirmed the release of 24 hostages held by Hamas on Friday. In another "
        'post, the organization said, "Playing a neutral role, we took these hostages out of '
        'the enclave and brought them to the border crossing."'
    )
    assert not [e for e in reportable(events) if e.type == "detention"]


def test_people_returned_during_the_war_are_a_running_total() -> None:
    events = run(
        "The ombudsman spoke about the latest swap on Friday. During Russia's war against "
        "Ukraine, 2,470 Ukrainians have been returned from captivity, he said."
    )
    find(events, dict(type="release", status="occurred", value=2470, aggregate=True))


# -------------------------------- 'the second group of 13' and '13 more' tell the same batch


def test_a_second_group_told_again_as_more_is_one_release() -> None:
    events = run(
        "Hamas completes release of 20 captives\nThe second group of 13 captives has been "
        "handed over to the Red Cross, after a first group of seven.\nThe group handed over "
        "13 more captives to the Red Cross in the afternoon, Israeli media said."
    )
    thirteens = [e for e in reportable(events) if e.count and e.count.value == 13]
    assert len(thirteens) == 1


def test_where_the_freed_come_from_is_not_the_place_of_their_release() -> None:
    events = run(
        "Ukraine and Russia swapped prisoners on Saturday, officials said. Kyiv said 80 "
        'Ukrainians had been returned. "We managed to return 80 of our people, defenders of '
        'the port, partisans from Kherson and other heroes of ours," the official wrote.'
    )
    freed = find(events, dict(type="release", status="occurred", value=80))
    assert freed.location.place is None


# ----------------------------------------- a day the conflict's news names without its year


def test_the_october_7_attack_is_dated_2023_in_a_later_report() -> None:
    events = run(
        "Hamas freed Daniel Ezra on Saturday, Israeli officials said. Ezra was abducted from "
        "his home in Kibbutz Be'eri on October 7, when gunmen stormed southern Israel.",
        published="2025-02-01",
    )
    taken = find(events, dict(type="detention", status="occurred"))
    assert taken.date == "2023-10-07"


def test_october_7_in_another_conflict_stays_the_last_such_day() -> None:
    events = run(
        "Ukraine said on Monday that Russia had freed 30 soldiers. The soldiers had been "
        "captured near Bakhmut on October 7, the ministry said.",
        published="2025-02-03",
    )
    taken = find(events, dict(type="detention", status="occurred", value=30))
    assert taken.date == "2024-10-07"


def test_a_time_of_its_own_no_rule_reads_keeps_the_day_of_the_sentence_before() -> None:
    events = run(
        "Russia returned 150 soldiers in last week's swap, the ministry said. Ukraine got back "
        "49 prisoners on the eve of the new year, officials said.",
        published="2025-02-10",
    )
    eve = find(events, dict(type="release", status="occurred", value=49))
    assert eve.date is None


# ------------------------------------------------- a live blog's entries under their day header


def test_a_live_blog_entry_takes_the_day_of_the_header_above_it() -> None:
    text = (
        "Live: the truce, day by day\n"
        "Friday, 7 March 2025\n"
        "09:10 GMT\n"
        "Hamas hands over two hostages to the Red Cross in Rafah.\n"
        "15:40 GMT\n"
        "Israel frees 60 Palestinian prisoners, the prison service says.\n"
        "Saturday, 8 March\n"
        "08:05 GMT\n"
        "Israeli forces arrest 11 Palestinians in raids across the West Bank, the society says.\n"
    )
    events = run(text, published="2025-03-09")
    freed = find(events, dict(type="release", status="occurred", value=60))
    arrested = find(events, dict(type="detention", status="occurred", value=11))
    assert (freed.date, arrested.date) == ("2025-03-07", "2025-03-08")
