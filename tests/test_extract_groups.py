"""Which group a named or counted person belongs to, and which day a record may
share with the sentences around it: general mechanisms, on sentences written for
this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

import importlib
from typing import Any

from test_extract import find, reportable, run


def test_a_named_person_with_an_agent_of_their_own_is_not_the_batch_before() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. "
        "They were among more than 250 people abducted in the Hamas attack on Oct. 7, 2023. "
        "Colombian police detained the journalist Pedro Ruiz in June."
    )
    taken = find(events, dict(type="detention", value=250))
    assert "Pedro Ruiz" not in taken.people.names
    find(events, dict(type="detention", names={"Pedro Ruiz"}, holder="Colombia"))


def test_a_named_person_told_after_the_batch_still_joins_it() -> None:
    events = run(
        "Israel released 90 Palestinian prisoners overnight, the prison service said. "
        "The freed prisoners included Khalida Jarrar, a leftist lawmaker."
    )
    e = find(events, dict(type="release", value=90))
    assert "Khalida Jarrar" in e.people.names


def test_a_month_of_its_own_keeps_a_record_from_the_day_before_it() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. "
        "They were among more than 250 people abducted in the Hamas attack on Oct. 7, 2023. "
        "Colombian police detained the journalist Pedro Ruiz in June.",
        published=None,
    )
    e = find(events, dict(type="detention", names={"Pedro Ruiz"}))
    assert e.date is None  # June of an unknown year: no day, and never October 7


def test_a_month_in_another_clause_does_not_stop_the_scene_day() -> None:
    events = run(
        "Hamas handed over seven hostages to the Red Cross in northern Gaza on Monday morning. "
        "The remaining 13 were handed over to the Red Cross in Khan Younis three hours later, "
        "among them the Cohen brothers, whose image in a propaganda video shocked the country "
        "in August.",
        published="2025-10-13",
    )
    find(events, dict(type="release", value=13, date="2025-10-13"))


def test_a_count_told_as_part_of_a_group_with_no_count_is_not_its_count() -> None:
    events = run(
        "Venezuela freed two American citizens on Friday, officials said. "
        "Last year Caracas released dozens of prisoners, including 10 Americans, "
        "in a swap with Washington."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [2]


def test_a_count_told_as_part_of_a_counted_batch_stays_in_it() -> None:
    events = run("Israel released 90 prisoners on Sunday, including 12 children, officials said.")
    assert [e.count.value for e in reportable(events) if e.count] == [90]


def test_a_capture_told_in_a_relative_clause_keeps_its_own_tense() -> None:
    events = run(
        "Prosecutors freed 40 protesters on Sunday, officials said. "
        "The prosecutor will review the cases of the 2,400 people who were detained "
        "after the election."
    )
    find(events, dict(type="detention", status="occurred", value=2400))
    assert not [e for e in events if e.type == "detention" and e.status == "planned"]


def test_citizens_of_a_country_have_its_nationality() -> None:
    events = run(
        "The freed group consists of 38 citizens of Belarus and 14 citizens of the "
        "United Arab Emirates, officials said on Sunday."
    )
    nats = {e.count.value: e.people.nationality for e in reportable(events) if e.count}
    assert nats.get(38) == ("Belarusian",) and nats.get(14) == ("Emirati",)


def test_a_deal_that_was_reached_is_no_running_total() -> None:
    events = run("A deal was reached on Sunday to free two aid workers kidnapped in Mali.")
    deal = find(events, dict(type="deal"))
    assert [t.count.value for t in deal.terms if t.count] == [2]
    assert not [e for e in events if e.aggregate]


def test_of_a_country_before_a_verb_is_not_whose_captivity() -> None:
    events = run(
        "Russia freed 60 Ukrainian prisoners of war on Sunday, Kyiv said. "
        "This time, 40 soldiers of the Armed Forces of Ukraine were released from captivity."
    )
    assert all(e.holder != "Ukraine" for e in events if e.type == "release")


def test_several_parts_of_a_batch_in_one_later_sentence_stay_in_it() -> None:
    events = run(
        "Another 60 Ukrainian soldiers have returned home from Russian captivity, "
        "Kyiv said on Sunday. Also, 20 border guards were freed from Russian captivity. "
        "In addition, 12 defenders of Mariupol, nine soldiers who guarded the nuclear "
        "plant at Chernobyl, as well as seven marines have been freed from Russian captivity."
    )
    counts = sorted(e.count.value for e in reportable(events) if e.count and e.type == "release")
    assert counts == [60]


def test_a_person_among_those_detained_is_one_of_the_batch_told_again_later() -> None:
    events = run(
        "Police detained 48 people during the protest in Tbilisi on Sunday, the ministry said. "
        "According to the media, Nika Beridze, a journalist of an opposition TV channel, "
        "is among those detained. He was detained after he walked away from the parliament."
    )
    named = [e for e in reportable(events) if "Nika Beridze" in e.people.names]
    assert len(named) == 1 and named[0].count is not None and named[0].count.value == 48


def test_people_who_go_into_captivity_are_taken() -> None:
    events = run(
        "Russia and Ukraine exchanged prisoners on Sunday, officials said. "
        "More than 2,000 defenders, many of them marines, marched out of the ruined "
        "plant's basements into Russian captivity in May 2022."
    )
    find(events, dict(type="detention", count=(2000, "more_than"), holder="Russia", date="2022-05"))


def test_the_victim_of_a_crime_is_not_a_detained_person() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday, officials said. "
        "One of them was first arrested in 1978 and sentenced to life imprisonment for "
        "the murder of an officer."
    )
    assert not [e for e in events if e.type == "detention" and e.count and e.count.value == 1]


def test_hostages_handed_to_the_other_sides_forces_are_released() -> None:
    events = run(
        "Hamas freed three hostages in Khan Younis on Saturday, officials said. "
        "Footage showed the three hostages on a stage before being transferred to Israeli forces."
    )
    assert not [e for e in events if e.type == "transfer"]


def test_a_transfer_to_hospital_is_care_not_custody() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday, officials said. "
        "One detainee, who arrived in a coma, was transferred to a hospital in Ramallah."
    )
    assert not [e for e in events if e.type == "transfer"]
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday, officials said. "
        "The prisoner Ali Salem was transferred to the Ramla prison clinic on Monday."
    )
    find(events, dict(type="transfer", names={"Ali Salem"}))
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday, officials said. "
        "The prisoner Ali Salem was transferred to the Shamir Medical Center on Monday."
    )
    find(events, dict(type="transfer", names={"Ali Salem"}))  # a named prisoner: still held


def test_the_crowd_that_surrounds_troops_is_not_the_people_moved() -> None:
    events = run(
        "Villagers held 28 soldiers for two days in Cauca, the army said. The troops had "
        'been surrounded by "nearly 200 people and forcibly transferred" to a reservation.'
    )
    assert not [e for e in reportable(events) if e.count and e.count.value == 200]
    events = run(
        "Villagers freed 57 soldiers in Cauca on Monday, the army said. The 57 soldiers, "
        "who were surrounded by a group of about 600 people, were released in the night."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [57]


def test_a_name_right_after_a_custody_verb_or_before_one_is_a_person() -> None:
    events = run(
        "Police in Tbilisi arrested 12 protesters on Sunday, officials said. "
        "Police also arrested Ali Salem, the editor of an opposition website, on Monday."
    )
    find(events, dict(type="detention", names={"Ali Salem"}))
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday, officials said. "
        "Ali Salem was recently transferred to the Shamir Medical Center, his lawyer said."
    )
    find(events, dict(type="transfer", names={"Ali Salem"}))


def test_a_double_nationality_before_a_name_is_not_part_of_it() -> None:
    events = run(
        "Hamas freed three hostages on Saturday, officials said. "
        "Among those freed was Israeli-American Keith Levin, 65."
    )
    names = {n for e in events for n in e.people.names}
    assert "Keith Levin" in names and not any("Israeli" in n for n in names)


def test_nationals_and_foreigners_under_a_rounded_total_are_its_parts() -> None:
    events = run(
        "More than 6,000 prisoners were freed in Myanmar on Sunday under an independence day "
        "amnesty. The ruling council pardoned 5,864 inmates, as well as 180 foreign nationals, "
        "the state broadcaster said."
    )
    find(events, dict(type="release", count=(6000, "more_than"), aggregate=True))
    find(events, dict(type="release", value=5864, aggregate=False))
    find(events, dict(type="release", value=180, aggregate=False, categories={"foreign_nationals"}))


def test_each_clause_of_a_contrast_tells_its_own_peoples_capture() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. The three freed were "
        "Dana Levi, 24, Miriam Katz, 28, and Orly Ben-David, 31. Levi was abducted from a "
        "music festival, while Katz and Ben-David were taken from their homes in Kibbutz Beeri."
    )
    taken = [e for e in events if e.type == "detention"]
    assert sorted(sorted(e.people.names) for e in taken) == [
        ["Dana Levi"],
        ["Miriam Katz", "Orly Ben-David"],
    ]


def test_arrests_during_protests_or_a_war_are_a_tally() -> None:
    events = run(
        "More than 1,200 people were arrested during and after the protests, the ministry "
        "said on Sunday. Police detained 45 students in a raid on a dormitory on Saturday."
    )
    find(events, dict(type="detention", count=(1200, "more_than"), aggregate=True))
    find(events, dict(type="detention", value=45, aggregate=False))


def test_what_a_side_undertook_or_had_to_do_is_not_what_happened() -> None:
    events = run(
        "Russia and Ukraine swapped 390 prisoners each on Friday, officials said. "
        "Under the deal, each side undertook to release 1,000 prisoners."
    )
    assert not [e for e in events if e.count and e.count.value == 1000 and e.status == "occurred"]
    events = run(
        "Hamas freed 20 hostages on Monday, officials said. Under the truce, Hamas had to "
        "hand over 48 hostages within 72 hours."
    )
    assert not [e for e in events if e.count and e.count.value == 48 and e.status == "occurred"]


def test_a_term_the_report_tells_delivered_is_no_record_of_its_own() -> None:
    events = run(
        "Azerbaijan freed 32 Armenian servicemen on Wednesday, officials said. In a joint "
        "statement, Azerbaijan undertook to release 32 Armenian servicemen."
    )
    thirty_two = [e for e in events if e.count and e.count.value == 32]
    assert [e.status for e in thirty_two] == ["occurred"]


def test_one_named_person_is_never_a_running_total() -> None:
    events = run(
        "Venezuela freed ten Americans on Friday, officials said. In the same period, the "
        "U.S. released the businessman Alex Saab, a close ally of the president."
    )
    e = find(events, dict(type="release", names={"Alex Saab"}))
    assert not e.aggregate


def test_a_count_told_as_what_was_not_handed_over_is_no_record() -> None:
    events = run(
        "Hamas handed over four coffins on Monday night, officials said. Instead of 28 bodies, "
        "the group handed over just four coffins."
    )
    assert not [e for e in events if e.count and e.count.value == 28]


def test_releases_in_the_same_period_are_a_tally() -> None:
    events = run(
        "Hamas freed 33 hostages over six weeks, officials said on Sunday. "
        "Israel has released 1,778 Palestinians in the same period."
    )
    find(events, dict(type="release", value=1778, aggregate=True))


def test_children_taken_away_are_abducted_not_freed() -> None:
    events = run(
        "Rebels abducted dozens of villagers in Ituri on Sunday, officials said. "
        "The rebels freed the men and women but took away 11 children."
    )
    find(events, dict(type="detention", value=11))
    assert not [e for e in events if e.type == "release" and e.count and e.count.value == 11]


def test_the_group_a_relative_clause_follows_is_the_one_it_tells() -> None:
    events = run(
        "Venezuela freed 131 political prisoners on Sunday, officials said. The prosecutor "
        "will review the cases of 225 of the 2,400 people who were detained after the vote."
    )
    find(events, dict(type="detention", value=2400))
    assert not [e for e in events if e.type == "detention" and e.count and e.count.value == 225]


def test_a_custody_word_opening_a_name_mid_sentence_is_no_custody_word() -> None:
    events = run(
        "Boko Haram abducted 276 schoolgirls from Chibok on April 14, 2014. Some 57 of the "
        "girls escaped within hours. Today 82 are still held, according to the Bring Back "
        "Our Girls campaign.",
        published="2024-04-14",
    )
    escaped = find(events, dict(type="release", value=57))
    assert escaped.date != "2024-04-14"  # not the day of 'Today' in the campaign's sentence


def test_a_possessive_arrest_takes_no_day_of_the_clause_around_it() -> None:
    events = run(
        "The prisoner Ali Salem died at dawn today in an Israeli prison clinic after 87 days "
        "of hunger strike in protest against his arrest, officials said.",
        published="2023-05-02",
    )
    taken = [e for e in events if e.type == "detention"]
    assert all(e.date != "2023-05-02" for e in taken)


def test_the_release_of_a_group_counted_when_taken() -> None:
    events = run(
        "Gunmen abducted over 300 schoolboys from a school in Kankara last Friday, police said. "
        "The schoolboys were released by their abductors on Thursday after six days in captivity."
    )
    find(events, dict(type="release", count=(300, "more_than")))
    events = run(
        "Gunmen abducted over 300 schoolboys from a school in Kankara last Friday, police said. "
        "They were released on Thursday, a minister said."
    )
    # the one group taken in the sentences just before is whom 'they' stands for
    # (test_extract_pages12a.py); with two groups taken, which one is unsaid
    find(events, dict(type="release", count=(300, "more_than")))
    events = run(
        "Gunmen abducted over 300 schoolboys from a school in Kankara last Friday, police said. "
        "Bandits seized 40 farmers in Zamfara on Sunday. They were released on Thursday, a "
        "minister said."
    )
    assert not [e for e in events if e.type == "release" and e.count]  # which group: unsaid


def test_people_recognised_as_political_prisoners_are_held() -> None:
    events = run(
        "Belarus freed 52 political prisoners on Thursday, officials said. The rights group "
        "says that 1,170 people are currently recognised as political prisoners in Belarus. "
        "It recognised 1,265 people as political prisoners a year ago."
    )
    find(events, dict(type="holding", value=1170))
    find(events, dict(type="holding", value=1265))


def test_someone_serving_a_sentence_is_held() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday, officials said. The Fatah leader "
        "Marwan Barghouti is currently serving a life sentence in an Israeli prison."
    )
    find(events, dict(type="holding", names={"Marwan Barghouti"}))
    events = run(
        "Israel freed 90 Palestinian prisoners, 25 of them serving life sentences, on Sunday."
    )
    assert not [e for e in events if e.type == "holding"]


def test_mercenaries_agents_and_militants_are_people_counted() -> None:
    events = run(
        "Venezuela arrested two Americans on Tuesday, officials said. The president claimed "
        'the police had detained 40 "foreign mercenaries" on Monday.'
    )
    find(events, dict(type="detention", value=40))


def test_n_of_the_roughly_m_counts_n() -> None:
    events = run(
        "Seven of the nearly 320 students abducted in Jangebe escaped on Sunday, police said."
    )
    find(events, dict(type="release", value=7))


def test_migrants_who_returned_from_a_country_are_no_captives() -> None:
    events = run(
        "The Taliban freed two Americans on Sunday, officials said. More than 1.1 million "
        "Afghans returned from Iran and Pakistan in the first five months of the year."
    )
    assert not [e for e in events if e.count and e.count.value == 1_100_000]
    events = run(
        "Another 75 Ukrainian soldiers returned from Russian captivity on Friday, Kyiv said."
    )
    find(events, dict(type="release", value=75))


def test_released_on_bail_after_no_evidence_was_found_happened() -> None:
    events = run(
        "Iran arrested 700 people during the war, the judiciary said on Sunday. The spokesman "
        "said 1,500 people had been released on bail after investigators found no evidence "
        "against them."
    )
    find(events, dict(type="release", value=1500, status="occurred"))


def test_a_hunger_strike_someone_agreed_to_end_was_under_way() -> None:
    events = run(
        "The prisoner Ali Salem agreed to end his 140-day hunger strike after reaching an "
        "agreement with Israel, his lawyer said on Tuesday."
    )
    find(events, dict(type="hunger_strike", status="occurred", names={"Ali Salem"}))


def test_renewing_a_detention_is_no_new_arrest() -> None:
    events = run(
        "Israel agreed not to renew the administrative detention of the prisoner Ali Salem "
        "and will release him next month, his lawyer said on Tuesday."
    )
    assert not [e for e in events if e.type == "detention"]


def test_a_law_that_lets_the_state_hold_a_suspect_holds_no_one() -> None:
    events = run(
        "Israel holds 3,400 administrative detainees, rights groups said on Sunday. The "
        "policy allows the government to arrest and hold a suspect without charge if they "
        "pose a security risk."
    )
    assert not [e for e in events if e.count and e.count.value == 1]


def test_n_of_the_remaining_m_are_not_the_ones_remaining() -> None:
    events = run(
        "Israel and Hamas agreed to a ceasefire on Wednesday, officials said. The truce calls "
        "for 33 of the nearly 100 remaining hostages to go free in return for nearly 2,000 "
        "Palestinian prisoners."
    )
    held = [e.count.value for e in events if e.type == "holding" and e.count]
    assert held == [100]


def test_figures_or_a_video_released_free_no_one() -> None:
    events = run(
        "Israel holds 9,500 Palestinians, a rights group said on Sunday. They include 865 "
        "Palestinians classified as unlawful combatants, the group said, citing figures "
        "released by the prison service. Hamas released a video of two hostages on Monday."
    )
    assert not [e for e in events if e.type == "release"]


def test_a_deal_reached_to_free_people_is_a_deal_with_that_term() -> None:
    events = run(
        "Emirati officials welcomed the news on Sunday. A deal has been reached to free two "
        "aid workers kidnapped in Mali by insurgents, with the group getting a ransom."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert [t.count.value for t in deal.terms if t.count] == [2]
    assert not [e for e in events if e.type == "release" and e.status == "planned"]


def test_an_estimate_put_at_a_figure_is_no_running_total() -> None:
    events = run(
        "Gunmen abducted hundreds of students from a school in Kankara on Friday. Police had "
        "initially put the number of abducted students at 333, before the records were checked."
    )
    find(events, dict(type="detention", value=333, aggregate=False))


def test_a_side_taking_care_of_prisoners_of_war_holds_them() -> None:
    events = run(
        "The RSF said on Sunday that its forces are taking care of 1,235 prisoners of war who "
        "surrendered in El Fasher."
    )
    find(events, dict(type="holding", value=1235))


def test_three_were_captured_counts_the_people_told_before() -> None:
    events = run(
        "Somali troops freed eight hostages from al-Shabaab on Sunday, the army said. "
        "Two militants were killed and three were captured in the operation."
    )
    find(events, dict(type="detention", value=3))


def test_among_them_tells_parts_of_the_batch_not_records() -> None:
    events = run(
        "Israel freed 183 Palestinian prisoners on Saturday, officials said. Among them, 111 "
        "were arrested after October 7, 2023."
    )
    assert not [e for e in events if e.type == "detention"]


def test_similarly_tells_another_batch_not_a_part() -> None:
    events = run(
        "The ICRC said it helped the release of more than 100 prisoners of war on Sunday. "
        "Similarly, 14 wounded were released on Monday with its help in Darfur."
    )
    find(events, dict(type="release", value=14))


def test_one_named_person_is_one_part_of_a_total() -> None:
    totals = importlib.import_module("custody.extract.totals")
    mentions = importlib.import_module("custody.extract.mentions")
    phrases = importlib.import_module("custody.extract.phrases")
    text = importlib.import_module("custody.extract.text")

    def release(n: int | None, nationality: str, names: list[str]) -> Any:
        count = (
            phrases.Counted(n, "exact", 0, 1, "people", [], [], False, False, False, [])
            if n
            else None
        )
        m = mentions.Mention("release", "occurred", count, text.Sentence(0, 1, "x", 0, 0), None)
        m.nationality, m.names, m.holder = [nationality] if nationality else [], names, "Abu Sayyaf"
        return m

    four = release(4, "", [])
    parts = [release(None, "Norwegian", ["Kjartan Sekkingstad"]), release(3, "Indonesian", [])]
    totals.mark_totals_of_parts([four, *parts])
    assert four.aggregate and not any(p.aggregate for p in parts)


def test_truck_drivers_and_herders_are_people_counted() -> None:
    events = run(
        "Islamic State-affiliated militants released four Moroccan truck drivers in August, "
        "officials said on Sunday."
    )
    find(events, dict(type="release", value=4, nationality={"Moroccan"}))


def test_taking_him_and_six_others_into_custody_takes_seven() -> None:
    events = run(
        "The RSF freed the engineer Emad Salih on Sunday, his family said. RSF fighters "
        "stormed his home in Khartoum in June 2023, taking him and six others into custody."
    )
    find(events, dict(type="detention", value=7))


def test_a_titles_present_tense_tells_a_detention() -> None:
    events = run(
        "UN very concerned after 11 of its employees are detained by Houthis\n\n"
        "The UN said on Friday it was seeking their release."
    )
    find(events, dict(type="detention", value=11, holder="Houthis"))
    assert not [e for e in events if e.type == "holding"]


def test_held_in_the_pluperfect_and_freed_is_no_holding() -> None:
    events = run(
        "Iran freed the diplomat Johan Floderus on Saturday, Sweden said. Floderus, an EU "
        "diplomat, had been held in Iran since April 2022 accused of espionage."
    )
    assert not [e for e in events if e.type == "holding"]
    events = run(
        "Russia freed 95 Ukrainian soldiers on Sunday, Kyiv said. Among them was the "
        "commander Serhiy Bondar, who had been held since the fall of Mariupol."
    )
    assert not [e for e in events if e.type == "holding"]


def test_held_in_a_storys_past_may_be_held_still() -> None:
    events = run(
        "Hamas freed three hostages on Saturday, officials said. Four others, including the "
        "soldier Hadar Goldin, had been held in Gaza since 2014 and 2015."
    )
    find(events, dict(type="holding", value=4))


def test_a_plane_carrying_prisoners_that_arrived_tells_their_release() -> None:
    events = run(
        "Yemen's warring sides swapped prisoners on Friday, the ICRC said. Another ICRC "
        "aircraft carrying 76 government prisoners has arrived in Aden from Sanaa."
    )
    find(events, dict(type="release", value=76))


def test_a_share_of_those_detained_is_a_tally() -> None:
    events = run(
        "Authorities have detained 1,879 people since the protests began, the minister said. "
        "He said that of those detained, 260 remain in custody, while 489 have been released."
    )
    find(events, dict(type="release", value=489, aggregate=True))


def test_people_allowed_to_move_freely_or_leave_are_released() -> None:
    events = run(
        "The Houthis released 12 UN staffers on Sunday, the UN said. The Houthis also "
        "allowed three others to move freely within a UN compound in Sanaa."
    )
    find(events, dict(type="release", value=3))
    assert not [e for e in events if e.type == "transfer"]


def test_after_nine_months_in_jail_is_how_long_not_another_batch() -> None:
    events = run(
        "The U.S. secured the release of 135 Nicaraguan political prisoners on Thursday. "
        "Among them were 13 members of a Texas charity. The charity confirmed the release "
        "of 13 of its people after nine months in jail."
    )
    assert sorted(e.count.value for e in reportable(events) if e.count) == [135]


def test_a_plane_that_arrived_with_prisoners_tells_their_release() -> None:
    events = run(
        "The Houthis and the government swapped prisoners on Friday, the ICRC said. A plane "
        "operated by the ICRC has arrived in the airport of the Sanaa capital with 101 "
        "detainees of the Houthi movement, a source said."
    )
    find(events, dict(type="release", value=101, place="Sanaa"))
    events = run("Hamas freed three hostages on Sunday. Troops arrived in Gaza with 40 tanks.")
    assert [e.count.value for e in events if e.type == "release" and e.count] == [3]


def test_a_tallys_captor_after_its_people_gives_no_nationality() -> None:
    events = run(
        "Russia and Ukraine swapped 120 prisoners of war each on Friday, officials said. "
        "The swap brought to 4,100 the number of Ukrainians freed from Russian captivity, "
        "the ombudsman said."
    )
    tally = find(events, dict(type="release", value=4100))
    assert tally.aggregate
    assert tally.people.nationality == ("Ukrainian",)


def test_people_still_held_after_a_post_on_x_are_no_release() -> None:
    events = run(
        "Iran freed a French teacher on Monday after two years in jail, officials said. "
        '"She is free," the president posted on X. Three other French citizens remain in '
        "detention in Iran."
    )
    assert [e.count.value for e in reportable(events) if e.type == "release" and e.count] == [1]
    find(events, dict(type="holding", value=3))


def test_hostages_and_prisoners_joined_by_and_are_two_groups() -> None:
    events = run(
        "Hamas freed two hostages on Saturday and Israel released 60 prisoners, officials said. "
        "With Saturday's release, 21 hostages and more than 900 prisoners have been freed "
        "under the truce."
    )
    hostages = find(events, dict(type="release", value=21))
    prisoners = find(events, dict(type="release", value=900))
    assert hostages.aggregate and prisoners.aggregate
    assert prisoners.count.qualifier == "more_than"
    assert not [e for e in reportable(events) if e.count and e.count.value == 921]


def test_soldiers_and_civilians_joined_by_and_are_still_one_batch() -> None:
    events = run(
        "Russia returned 71 Ukrainian service members and four civilians on Friday, Kyiv said."
    )
    find(events, dict(type="release", value=75))


def test_how_many_of_a_group_remain_in_a_place_is_a_holding() -> None:
    for tail in (
        "Of the 240 hostages seized in the raid, 70 remain in Gaza.",
        "Of the hostages, 70 remain in Gaza, the army said.",
    ):
        events = run("Hamas released four hostages on Sunday, the army said. " + tail)
        find(events, dict(type="holding", value=70))


def test_the_only_holder_named_is_not_given_to_the_other_sides_people() -> None:
    events = run(
        "Israel released 200 Palestinian prisoners on Thursday, the prison service said. "
        "Of the 240 hostages seized in the raid, 70 are still held in Gaza."
    )
    assert find(events, dict(type="release", value=200)).holder == "Israel"
    assert find(events, dict(type="holding", value=70)).holder is None


def test_parts_of_a_freed_batch_told_by_where_they_were_arrested_are_no_detention() -> None:
    events = run(
        "Israel released 200 Palestinian prisoners on Thursday, the prison service said. "
        "Of the prisoners, 20 were serving life terms and 180 were detained in Gaza "
        "during the war."
    )
    assert [e.type for e in reportable(events)] == ["release"]


def test_efforts_to_rescue_people_still_held_are_no_rescue() -> None:
    events = run(
        "Police rescued 12 abducted farmers in Kaduna on Monday, a spokesman said. "
        "Efforts are under way to rescue the remaining three victims, he added."
    )
    assert find(events, dict(type="release", value=3)).status == "planned"
    assert find(events, dict(type="release", value=12)).status == "occurred"


def test_a_tally_whose_people_are_left_out_is_a_running_total() -> None:
    events = run(
        "The authorities released 250 detainees on Sunday, state media said. "
        "It was the fourth such release this month, bringing the number freed to about 1,000."
    )
    tally = find(events, dict(type="release", value=1000))
    assert tally.aggregate and tally.count.qualifier == "about"
    assert not find(events, dict(type="release", value=250)).aggregate


def test_parole_is_a_release() -> None:
    for text in (
        "A total of 24 detainees were paroled by the military court on Monday, officials said.",
        "The board granted parole to 24 political prisoners on Monday, officials said.",
    ):
        find(run(text), dict(type="release", value=24))


def test_taken_into_detention_is_a_detention() -> None:
    events = run(
        "At least 30 people were taken into detention after the clashes, police said on Monday."
    )
    assert find(events, dict(type="detention", value=30)).count.qualifier == "at_least"


def test_some_of_a_group_yet_to_be_freed_being_released_is_a_batch() -> None:
    events = run(
        "Israel freed more Palestinian prisoners on Friday, the prison service said. "
        "Of the 1,000 prisoners Israel agreed to free, 390 were released on Friday."
    )
    batch = find(events, dict(type="release", value=390))
    assert batch.status == "occurred" and not batch.aggregate


def test_some_of_a_group_freed_before_are_no_new_batch() -> None:
    events = run(
        "Iran freed five Americans on Monday, officials said. "
        "Of the five freed Americans, two arrived in Doha on Tuesday."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [5]


def test_a_negated_release_did_not_happen() -> None:
    for tail in (
        "The group has not freed the remaining 12 women, officials said.",
        "The group has yet to release the remaining 12 women.",
    ):
        events = run("Hamas freed three hostages on Saturday, the army said. " + tail)
        assert not [
            e for e in reportable(events) if e.type == "release" and e.count and e.count.value == 12
        ]


def test_not_freed_until_a_day_is_a_release_that_day() -> None:
    events = run(
        "Hamas freed three hostages on Saturday, the army said. "
        "The four others were not freed until Monday, when they crossed into Egypt."
    )
    find(events, dict(type="release", value=4))


def test_who_should_have_been_released_is_no_release() -> None:
    events = run(
        "Hamas freed three hostages on Saturday, the army said. Israel said the group broke "
        "the deal by keeping Noa Adler, who it said should have been released on Saturday."
    )
    assert not [
        e for e in reportable(events) if e.status == "occurred" and "Noa Adler" in e.people.names
    ]


def test_soldiers_returned_from_territory_the_other_side_controls_are_released() -> None:
    events = run(
        "Russia and Ukraine swapped prisoners on Saturday, officials said. "
        "As a result of the talks, 84 Russian servicemen were returned from "
        "Ukrainian-controlled territory."
    )
    find(events, dict(type="release", value=84))


def test_a_person_named_among_the_freed_told_again_joins_that_batch() -> None:
    events = run(
        "Hamas freed three Israeli hostages on Thursday, and Israel released 110 Palestinian "
        "prisoners, officials said. The freed Palestinians arrived in Ramallah late on "
        "Thursday. Among them was Samir Odeh, a former commander."
    )
    batch = find(events, dict(type="release", value=110))
    assert "Samir Odeh" in batch.people.names
    assert "Samir Odeh" not in find(events, dict(type="release", value=3)).people.names
    assert not [e for e in reportable(events) if e.count is None]


def test_where_released_people_were_taken_is_not_where_they_were_freed() -> None:
    for text in (
        "The ELN on Thursday freed two soldiers abducted in Arauca in August, officials said.",
        "The ELN on Thursday freed a police officer it had kidnapped in Arauca province.",
        "Hamas on Saturday freed two hostages seized from Kibbutz Beeri on Oct. 7, 2023.",
    ):
        freed = [e for e in reportable(run(text)) if e.type == "release"]
        assert freed and freed[0].location.place is None, text
    rescued = find(
        run("Troops rescued 38 kidnapped hostages in Borno State on Friday, the army said."),
        dict(type="release", value=38),
    )
    assert rescued.location.place == "Borno State"


def test_a_tally_is_read_from_its_own_number_of_phrase() -> None:
    events = run(
        "Israel holds thousands of Palestinians, the prisoners' office said on Monday. "
        "The number of administrative detainees has risen to more than 3,300, the office "
        "said, adding that the total number of prisoners stands at about 10,100."
    )
    total = find(events, dict(type="holding", value=10100))
    assert "administrative_detainees" not in total.people.categories
    assert "administrative_detainees" in find(events, dict(value=3300)).people.categories


def test_a_strike_against_ones_detention_is_no_arrest() -> None:
    events = run(
        "Israel holds thousands of Palestinians, the prisoners' office said on Monday. "
        "Detainee Omar Saleh, 41, has been on hunger strike for 60 days in protest at his "
        "detention without charge."
    )
    assert [e.type for e in reportable(events)] == ["hunger_strike"]


def test_a_death_sentence_is_no_death_in_custody() -> None:
    events = run(
        "Iran holds several Europeans, officials said on Monday. Karim Farah, a French-Iranian "
        "engineer sentenced to death in Iran, remains in Evin prison."
    )
    assert [e.type for e in reportable(events)] == ["holding"]


def test_the_only_holder_named_is_not_given_to_someone_held_elsewhere() -> None:
    events = run(
        "Iran released the Danish aid worker Mette Holm on Saturday in a swap, officials said. "
        "Reza Karimi, who was serving a life sentence in Denmark, was flown to Tehran."
    )
    assert find(events, dict(type="release", names={"Mette Holm"})).holder == "Iran"
    assert find(events, dict(type="release", names={"Reza Karimi"})).holder != "Iran"


def test_headlines_under_a_related_heading_are_other_articles() -> None:
    events = run(
        "The Red Cross visited 900 detainees held by the Houthis in Sanaa, it said on Sunday.\n"
        "\nRelated\nHouthis free 120 prisoners in unilateral release\n"
        "Coalition frees 200 Houthi detainees\n\nShare this article\n"
    )
    assert [e.count.value for e in reportable(events) if e.count] == [900]


def test_a_perfect_before_a_release_noun_with_since_is_a_running_total() -> None:
    events = run(
        "The Red Cross visited 900 detainees held by the Houthis in Sanaa, it said on Sunday. "
        "The ICRC has facilitated the release of more than 1,000 detainees in Yemen since 2020."
    )
    assert find(events, dict(type="release", value=1000)).aggregate


def test_an_agreement_to_swap_told_with_where_it_was_made_is_planned() -> None:
    events = run(
        "The government and the rebels agreed in Geneva to swap 880 prisoners, the UN envoy "
        "said on Sunday."
    )
    # no release happened: the swap agreed is a deal in force, the 880 its term (as the
    # gold's 'Both delegations agreed there to exchange 1,000 prisoners each'; pages6b)
    assert not [e for e in events if e.type == "release" and e.status == "occurred"]
    deal = find(events, dict(type="deal", status="occurred"))
    assert [t.count.value for t in deal.terms if t.count] == [880]
    events = run("The rebels agreed to the release of 80 prisoners on Sunday, officials said.")
    assert find(events, dict(type="release", value=80)).status == "planned"


def test_a_count_for_each_side_is_one_release_a_side() -> None:
    for text in (
        "The swap, brokered by the UAE, saw 150 prisoners returned to each side on Friday.",
        "Each side freed 150 prisoners of war on Friday, officials said.",
        "Moscow and Kyiv swapped 150 POWs apiece on Friday, officials said.",
        "Russia and Ukraine exchanged 150 prisoners on each side on Friday.",
    ):
        freed = [e for e in reportable(run(text)) if e.type == "release"]
        assert [e.count.value for e in freed] == [150, 150], text


def test_a_second_infinitive_after_an_agreement_is_planned() -> None:
    events = run(
        "The two delegations agreed to free all wounded prisoners and to repatriate 6,000 "
        "bodies of fallen soldiers, officials said on Monday."
    )
    assert find(events, dict(value=6000)).status == "planned"


def test_the_unnamed_sides_of_a_swap_are_the_parties_the_report_has_holding_people() -> None:
    events = run(
        "Ukraine freed 60 Russian soldiers on Friday, officials said. Russia still holds about "
        "8,000 Ukrainians. The delegations agreed to repatriate 5,000 bodies of fallen soldiers "
        "to each side."
    )
    sides = [e for e in reportable(events) if e.count and e.count.value == 5000]
    assert sorted(e.holder or "" for e in sides) == ["Russia", "Ukraine"]


def test_the_town_of_a_region_is_the_place() -> None:
    events = run(
        "Israel released 90 Palestinian prisoners overnight, officials said. The freed "
        "prisoners arrived in the West Bank city of Ramallah early on Monday."
    )
    assert find(events, dict(type="release", value=90)).location.place == "Ramallah"


def test_a_timelines_entries_have_their_own_days_and_batches() -> None:
    events = run(
        "Swaps of the truce, told day by day, officials said on Feb. 22, 2025.\n\n"
        "Jan. 19: Hamas freed three Israeli women, and Israel released 90 prisoners.\n\n"
        "Feb. 1: Hamas freed three Israeli men, and Israel released 183 prisoners.\n\n"
        "Feb. 8: Hamas freed three more Israeli men, and Israel released 183 prisoners.\n",
        published="2025-02-22",
    )
    threes = sorted(e.date for e in reportable(events) if e.count and e.count.value == 3)
    assert threes == ["2025-01-19", "2025-02-01", "2025-02-08"]
    assert len([e for e in reportable(events) if e.count and e.count.value == 183]) == 2


def test_people_told_in_prisons_are_held() -> None:
    events = run(
        "Rights groups counted the prisoners on Monday, officials said. There are currently "
        "3,300 administrative detainees in Israeli prisons."
    )
    assert find(events, dict(type="holding", value=3300)).holder == "Israel"


def test_fighters_and_their_families_are_two_groups() -> None:
    events = run(
        "The SDF still holds about 8,000 suspected fighters in prisons across the north-east, "
        "and more than 30,000 women and children in camps, officials said."
    )
    find(events, dict(type="holding", value=8000))
    assert not [e for e in reportable(events) if e.count and e.count.value == 38000]


def test_the_group_among_which_parts_are_told_is_a_batch() -> None:
    events = run(
        "Prisoner releases continued on Monday, officials said. Among the 360 prisoners "
        "released were 30 serving life sentences."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [360]


def test_a_prisoner_shot_dead_by_guards_died_in_custody() -> None:
    events = run(
        "A Ukrainian prisoner of war was shot dead by Russian guards, Kyiv said on Monday."
    )
    find(events, dict(type="death_in_custody", value=1))


def test_a_contrast_clause_with_its_own_subject_does_not_share_the_holder() -> None:
    events = run(
        "Sudan's army released 120 fighters on Sunday, while the paramilitary group freed "
        "90 soldiers it had held in Darfur, the ICRC said."
    )
    assert find(events, dict(type="release", value=120)).holder == "Sudan"
    assert find(events, dict(type="release", value=90)).holder != "Sudan"


def test_agreeing_or_being_ready_to_free_is_a_plan() -> None:
    for text in (
        "Russia and Ukraine agree to swap 1,000 prisoners, officials say.",
        "The Houthis say they are ready to free 150 detainees, officials said.",
        "Houthis say ready to free 150 detainees\n\nOfficials gave no details.",
    ):
        freed = [e for e in reportable(run(text)) if e.type == "release"]
        assert freed and all(e.status == "planned" for e in freed), text


def test_the_country_of_a_dateline_is_no_party() -> None:
    events = run(
        "PORT-AU-PRINCE, Haiti, Aug 2, 2023 - A gang released eight of the 17 people "
        "abducted from an orphanage last week, police said on Wednesday."
    )
    assert find(events, dict(type="release", value=8)).holder is None


def test_a_named_side_told_in_return_is_the_headlines_unnamed_batch() -> None:
    events = run(
        "Resistance hands over three Zionist captives, enemy frees 180 detainees\n\n"
        "The resistance handed over three Zionist captives to the Red Cross on Saturday. "
        "In return, the occupation released 180 Palestinian detainees."
    )
    freed = [e for e in reportable(events) if e.count and e.count.value == 180]
    assert [e.holder for e in freed] == ["Israel"]
    assert find(events, dict(type="release", value=3)).people.nationality == ("Israeli",)


def test_some_of_those_taken_who_escaped_are_a_release() -> None:
    events = run(
        "Bandits abducted 40 villagers in Zamfara last week, police said. "
        "Of those abducted, three escaped on Sunday."
    )
    find(events, dict(type="release", value=3))


def test_a_country_returning_its_people_from_captivity_is_not_their_holder() -> None:
    events = run(
        "Russia returns 103 servicemen from captivity\n\n"
        "On Saturday, 103 Russian servicemen who had been taken prisoner in the Kursk region "
        "were returned from the territory controlled by Kyiv, the ministry said."
    )
    freed = [e for e in reportable(events) if e.type == "release"]
    assert [(e.holder, e.count.value) for e in freed if e.count] == [("Ukraine", 103)]
    assert freed[0].location.place is None


def test_a_batch_told_only_by_place_is_their_sum() -> None:
    events = run(
        "Police detained 120 protesters in Minsk and 40 in Gomel on Sunday, rights groups said."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [160]
    events = run(
        "Israel freed 500 prisoners on Thursday, officials said. Of them, 37 were freed in "
        "Ramallah and five in East Jerusalem."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [500]


def test_a_state_repatriating_its_people_from_a_camp_is_not_their_holder() -> None:
    events = run(
        "Iraqi authorities repatriated 700 Iraqis, mostly women and children, from a camp in "
        "Syria on Monday, officials said."
    )
    assert find(events, dict(type="release", value=700)).holder is None


def test_people_forcibly_disappeared_were_detained() -> None:
    events = run(
        "Rights groups counted the detainees of the war on Monday. Thousands of people remain "
        "missing in Syria, where more than 90,000 were forcibly disappeared."
    )
    assert find(events, dict(type="detention", value=90000)).count.qualifier == "more_than"


def test_a_gapped_subject_holds_its_own_batch() -> None:
    events = run("Hamas frees 3 hostages, Israel 90 prisoners\n\nThe swap took place on Sunday.")
    assert find(events, dict(type="release", value=3)).holder == "Hamas"
    assert find(events, dict(type="release", value=90)).holder == "Israel"


def test_the_group_some_are_freed_from_is_no_release_of_its_own() -> None:
    for text in (
        "The last 12 members of a group of 17 missionaries kidnapped in October have been "
        "freed, the group said on Thursday.",
        "Twelve people from a group of 17 missionaries kidnapped in October have been freed, "
        "officials said.",
    ):
        freed = [e.count.value for e in reportable(run(text)) if e.type == "release" and e.count]
        assert freed == [12], text


def test_the_paramilitary_group_of_a_report_naming_the_rsf_is_the_rsf() -> None:
    events = run(
        "Sudan's army released 120 members of the Rapid Support Forces on Sunday, while the "
        "paramilitary group freed 90 soldiers it had held in Darfur, the ICRC said."
    )
    assert find(events, dict(type="release", value=90)).holder == "Rapid Support Forces"


def test_handing_over_the_bodies_of_hostages_who_died_in_captivity_is_their_release() -> None:
    events = run(
        "Hamas handed over the bodies of four hostages who died in captivity on Thursday, "
        "the army said."
    )
    freed = find(events, dict(type="release", value=4))
    assert freed.people.condition == "deceased"
