"""Shapes met while probing real-news wording in the eleventh session: general
mechanisms, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def test_a_planned_cue_modifying_the_people_does_not_make_the_release_planned() -> None:
    events = run(
        "Hamas freed two hostages on Saturday, officials said. "
        "So far 20 of the 33 hostages due in the first phase have been returned."
    )
    find(events, dict(type="release", value=20, status="occurred", aggregate=True))
    assert not [e for e in events if e.status == "planned"]


def test_a_planned_cue_as_the_predicate_still_makes_the_release_planned() -> None:
    events = run(
        "Hamas freed two hostages on Saturday, officials said. "
        "Another 20 hostages are due to be returned next week."
    )
    find(events, dict(type="release", value=20, status="planned"))


def test_the_three_and_as_many_names_name_the_batch_of_three() -> None:
    events = run(
        "Hamas freed three Israeli hostages on Saturday in Khan Younis. "
        "The three men, Avi Dahan, Moshe Katz and Ilan Peretz, looked thin as they waved."
    )
    find(
        events,
        dict(type="release", value=3, names={"Avi Dahan", "Moshe Katz", "Ilan Peretz"}),
    )


def test_the_two_leaders_with_two_names_name_no_one() -> None:
    events = run(
        "Hamas freed two Israeli hostages on Saturday in Khan Younis. "
        "The two leaders, Omar Haddad and Daniel Levin, spoke by phone later."
    )
    find(events, dict(type="release", value=2, names=set()))


def test_a_name_list_one_short_of_the_count_names_no_one() -> None:
    events = run(
        "Hamas freed three Israeli hostages on Saturday in Khan Younis. "
        "The three men, Avi Dahan and Moshe Katz, looked thin as they waved."
    )
    find(events, dict(type="release", value=3, names=set()))


def test_where_a_named_detainee_is_held_is_not_the_news_of_his_hunger_strike() -> None:
    events = run(
        "Israeli forces arrested 12 Palestinians in Hebron on Monday, a prisoners' group said. "
        "Detainee Samir Odeh, held in Ofer prison, entered the 50th day of his hunger strike."
    )
    find(events, dict(type="hunger_strike", names={"Samir Odeh"}, facility="Ofer prison"))
    assert not [e for e in events if e.type == "holding" and "Samir Odeh" in e.people.names]


def test_a_holding_followed_by_and_is_no_appositive() -> None:
    events = run(
        "Syria's new authorities freed 200 prisoners on Sunday, officials said. "
        "Officials believe journalist Mark Duval is alive and held, and hope to bring him home."
    )
    held = [e for e in reportable(events) if "Mark Duval" in e.people.names]
    assert held and all(e.type == "holding" for e in held)


def test_among_those_released_from_a_prison_names_one_of_the_batch() -> None:
    events = run(
        "Myanmar's military freed 2,100 prisoners on Thursday under an amnesty, state media said. "
        "Among those released from Obo prison was former Australian adviser Clara Whitfield, "
        "jailed two years ago."
    )
    find(events, dict(type="release", value=2100, names_include=["Clara Whitfield"]))


def test_the_place_a_freed_person_is_back_in_is_not_the_place_of_the_release() -> None:
    events = run(
        "Iran freed Belgian aid worker Luc Verhoeven, who had been held since 2022. "
        "Luc Verhoeven has been released and is back in Belgium, the prime minister said."
    )
    freed = find(events, dict(type="release", names_include=["Luc Verhoeven"]))
    assert freed.location.place != "Belgium"


def test_an_agreement_reached_somewhere_gives_no_place_to_the_release() -> None:
    events = run(
        "Russia returned the bodies of fallen Ukrainian soldiers on Friday, Kyiv said. "
        "Under the agreements reached in Geneva, Russia transferred 500 bodies of Ukrainian "
        "soldiers to Ukraine on Friday, officials said."
    )
    freed = find(events, dict(type="release", value=500))
    assert freed.location.place != "Geneva"
    assert not [e for e in events if e.aggregate]


def test_a_headline_where_two_parties_agree_to_free_people_gives_a_deal() -> None:
    events = run(
        "Sudan's army and the RSF agree to free 400 detainees\n\n"
        "The two sides said the release would take place next week in Jeddah."
    )
    find(events, dict(type="deal", status="occurred"))


def test_terms_told_after_the_agreement_of_the_sentence_before_give_a_deal() -> None:
    events = run(
        "The government and the rebels have agreed to a truce, mediators said on Monday. "
        "Under the first phase, the rebels will free 40 soldiers in exchange for "
        "dozens of their fighters."
    )
    find(events, dict(type="deal", status="occurred"))
    find(events, dict(type="release", value=40, status="planned"))


def test_the_agreement_with_an_appositive_still_provides_the_release() -> None:
    events = run(
        "The two sides signed a deal in Oslo on Tuesday, officials said. "
        "The deal, reached after months of talks hosted by Norway, provides for the "
        "release of 120 prisoners."
    )
    deal = find(events, dict(type="deal"))
    assert [t.count.value for t in deal.terms if t.count] == [120]
    assert not [e for e in events if e.aggregate]


def test_a_later_item_of_an_including_list_is_a_part_of_the_batch() -> None:
    events = run(
        "Israel released 600 Palestinian prisoners on Saturday, including 50 serving life "
        "terms and about 500 people detained in Gaza during the war."
    )
    find(events, dict(type="release", value=600))
    assert not [e for e in reportable(events) if e.type == "detention"]


def test_the_men_and_two_names_name_the_batch_of_two_told_before() -> None:
    events = run(
        "Two Malaysian sailors held by militants for four months were freed in Basilan "
        "on Sunday, the army said. The men, Ahmad Rizal and Faizal Osman, were seized "
        "from a tugboat in March."
    )
    find(events, dict(type="release", value=2, names={"Ahmad Rizal", "Faizal Osman"}))


def test_the_occupation_is_the_party_the_report_is_about() -> None:
    ukraine = run(
        "Russian forces captured 12 Ukrainian soldiers near Pokrovsk, Kyiv said. "
        "In the occupied part of the Kherson region, occupation authorities detained "
        "three residents on Monday."
    )
    find(ukraine, dict(type="detention", value=3, holder="Russia"))
    west_bank = run(
        "The occupation forces arrested 15 Palestinians overnight in the West Bank, "
        "the Prisoners' Society said."
    )
    find(west_bank, dict(type="detention", value=15, holder="Israel"))


def test_a_swap_total_told_with_its_halves_gives_a_release_of_each_side() -> None:
    for told in ("on Friday, 120 from each side", "on Friday in a 120-for-120 swap"):
        events = run(f"Russia and Ukraine exchanged 240 prisoners of war {told}, officials said.")
        find(events, dict(type="release", value=120, holder="Russia", aggregate=False))
        find(events, dict(type="release", value=120, holder="Ukraine", aggregate=False))
        find(events, dict(type="release", value=240, aggregate=True))


def test_halves_that_do_not_make_the_total_split_nothing() -> None:
    events = run(
        "Russia and Ukraine exchanged 240 prisoners of war on Friday, 100 from each side, "
        "officials said."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [240]


def test_names_told_after_a_headline_batch_join_it_past_the_other_side() -> None:
    events = run(
        "Two Israeli hostages freed in exchange for 60 Palestinians\n\n"
        "Hamas released Tal Ronen and Gil Amsalem on Sunday, officials said."
    )
    freed = find(events, dict(type="release", value=2, names={"Tal Ronen", "Gil Amsalem"}))
    assert freed.holder == "Hamas"
    assert not [e for e in reportable(events) if e.count is None and e.type == "release"]


def test_the_family_of_a_person_speaks_for_the_person_named() -> None:
    events = run(
        "Hamas freed three hostages on Saturday under the ceasefire. "
        "The family of Lior Amit also called for her immediate release. "
        "Relatives of Eyal Naor, who is still held in Gaza, urged the government to "
        "bring him home."
    )
    find(events, dict(type="release", status="demanded", names={"Lior Amit"}))
    find(events, dict(type="release", status="demanded", names={"Eyal Naor"}))
    find(events, dict(type="holding", names={"Eyal Naor"}))


def test_work_or_a_vow_to_bring_someone_home_is_a_demand() -> None:
    events = run(
        "Syria's new authorities freed 200 prisoners on Sunday, officials said. "
        "Officials believe journalist Mark Duval is alive, and are working to bring him home."
    )
    freed = [e for e in events if e.type == "release" and "Mark Duval" in e.people.names]
    assert [e.status for e in freed] == ["demanded"]
    events = run(
        "Hamas freed three hostages on Saturday under the ceasefire. "
        "We will act with determination to bring Tamar Golan home, the prime minister said."
    )
    find(events, dict(type="release", status="demanded", names={"Tamar Golan"}))


def test_a_rank_before_a_surname_names_the_person_told_before() -> None:
    events = run(
        "North Korea freed US soldier Travis Dawson on Wednesday, US officials said. "
        "The army thanked China for its help to bring Private Dawson home."
    )
    named = {n for e in events for n in e.people.names}
    assert "Travis Dawson" in named and "Private Dawson" not in named


def test_named_people_of_another_nationality_join_their_own_side_of_a_swap() -> None:
    events = run(
        "Hamas released three Israeli hostages in exchange for 183 Palestinian prisoners "
        "on Saturday. Israeli citizen Dor Amar and French-Israeli Noam Sela were handed to "
        "the Red Cross in Khan Younis."
    )
    find(events, dict(type="release", value=3, names_include=["Dor Amar"]))
    palestinians = find(events, dict(type="release", value=183))
    assert not palestinians.people.names


def test_a_batch_named_with_ages_in_apposition_is_one_record() -> None:
    events = run(
        "Hamas released three hostages on Saturday, Ido Ronen, a 29-year-old "
        "Russian-Israeli, Gal Tamir, 46, and Yoav Shani, a 36-year-old American-Israeli."
    )
    find(events, dict(type="release", value=3, names={"Ido Ronen", "Gal Tamir", "Yoav Shani"}))
    assert len([e for e in reportable(events) if e.type == "release"]) == 1


def test_the_people_named_again_by_their_noun_were_captured_as_a_batch() -> None:
    for told in (
        "The hostages, members of an army unit, were captured on October 7, 2023.",
        "The four women were among those abducted on October 7, 2023.",
    ):
        events = run("Hamas released four Israeli hostages on Saturday in Gaza City. " + told)
        find(events, dict(type="detention", value=4, date="2023-10-07"))
    events = run(
        "Hamas released four Israeli hostages on Saturday in Gaza City. "
        "The three women were among those abducted on October 7, 2023."
    )
    assert not [e for e in reportable(events) if e.type == "detention"]


def test_the_freed_hostages_include_a_list_broken_by_a_relative_clause() -> None:
    events = run(
        "Hamas released three hostages on Saturday as Israel began freeing 183 Palestinian "
        "prisoners. The released hostages include Ran Peled and Amir Gat, who were handed "
        "to the Red Cross in Khan Younis, and Eli Baron, who was freed later in Gaza City."
    )
    find(events, dict(type="release", value=3, names={"Ran Peled", "Amir Gat", "Eli Baron"}))
    assert not find(events, dict(type="release", value=183)).people.names


def test_the_state_that_announces_its_people_home_does_not_hold_them() -> None:
    events = run(
        "Ukraine announced the return home of 150 soldiers and civilians on Wednesday, "
        "in an exchange with Russia mediated by the United Arab Emirates."
    )
    freed = find(events, dict(type="release", value=150))
    assert freed.holder != "Ukraine"


def test_the_one_urged_to_let_someone_come_home_holds_them() -> None:
    events = run(
        "Russia freed two Americans in a swap on Thursday. President Biden urged Moscow "
        "to let jailed journalist Paul Marsh come home."
    )
    asked = [e for e in events if "Paul Marsh" in e.people.names and e.type == "release"]
    assert asked and all(e.holder in (None, "Russia") for e in asked)


def test_a_deal_keeps_the_place_it_was_reached_in() -> None:
    events = run(
        "Russia and Ukraine swapped 84 prisoners of war each on Friday under the agreements "
        "reached in Istanbul, officials said."
    )
    deal = find(events, dict(type="deal"))
    assert deal.location.place == "Istanbul"
    assert all(e.location.place != "Istanbul" for e in events if e.type == "release")


def test_a_person_freed_in_apposition_is_named() -> None:
    events = run(
        "Hostage freed in Gaza\n\n"
        "Maya Ronen, freed on Saturday after 400 days in captivity, met her family."
    )
    find(events, dict(type="release", status="occurred", names={"Maya Ronen"}))


def test_a_plan_cue_of_another_verb_leaves_the_holding_as_it_is() -> None:
    events = run(
        "Hundreds of prisoners began a hunger strike scheduled to coincide with Prisoners' "
        "Day, held in solidarity with the 5,000 Palestinian prisoners incarcerated in "
        "Israeli jails."
    )
    find(events, dict(type="holding", value=5000, status="occurred"))


def test_people_who_died_after_their_release_did_not_die_in_custody() -> None:
    events = run(
        "Israel freed 30 Palestinian prisoners on Monday, officials said. Two prisoners "
        "died shortly after their release, a prisoners' group said."
    )
    assert not [e for e in events if e.type == "death_in_custody"]


def test_a_headline_batch_told_as_a_count_and_others_is_one_batch() -> None:
    events = run(
        "Nigeria: 20 Pupils, 11 Others Regain Freedom From Bandits\n\n"
        "A total of 31 persons regained freedom from captivity on Saturday, police said."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [31]


def test_a_flight_carrying_freed_people_is_their_release() -> None:
    events = run(
        "A Red Cross flight took off from Abha on Saturday carrying 120 former detainees, "
        "part of a three-day exchange, the ICRC said."
    )
    find(events, dict(type="release", value=120, status="occurred"))


def test_the_day_of_a_since_when_clause_is_the_when_clauses_only() -> None:
    events = run(
        "The release of 900 detainees on both sides was the largest exchange since "
        "October 2020, when more than 1,000 prisoners were freed, the ICRC said."
    )
    assert find(events, dict(type="release", value=1000)).date == "2020-10"
    assert find(events, dict(type="release", value=900)).date != "2020-10"


def test_people_freed_on_both_sides_are_a_swaps_total() -> None:
    events = run(
        "The release of 400 detainees on both sides was completed on Sunday, the ICRC said."
    )
    total = find(events, dict(type="release", value=400))
    assert total.aggregate and total.holder is None


def test_mediators_told_as_a_list_of_adjectives_are_all_read() -> None:
    events = run(
        "Under the truce, agreed on Wednesday with Qatari, Egyptian and American mediation, "
        "Hamas is to free 50 Israeli women and children, and Israel 150 Palestinian women."
    )
    deal = find(events, dict(type="deal"))
    assert set(deal.mediators) == {"Qatar", "Egypt", "United States"}


def test_a_facility_named_with_al_keeps_its_article() -> None:
    events = run(
        "Iraq brought back 620 people from Syria's al-Hol camp on Tuesday, an Iraqi official said."
    )
    assert find(events, dict(type="release", value=620)).location.facility == "al-Hol camp"


def test_a_figure_told_again_rounded_is_the_same_release() -> None:
    events = run(
        "Israel released 1,968 Palestinian prisoners on Monday, officials said. "
        "Almost 2,000 Palestinians were freed from Israeli jails under the ceasefire, "
        "some sent to the West Bank and others to Gaza."
    )
    counts = [e.count.value for e in reportable(events) if e.type == "release" and e.count]
    assert counts == [1968]


def test_two_sources_figures_stay_a_record_each() -> None:
    events = run(
        "Jihadists free four hostages in Mali\n\n"
        "The group freed four hostages on Thursday. "
        "Malian officials said more than 180 prisoners had been released over the weekend. "
        "The group said 206 of its members had been freed."
    )
    counts = sorted(e.count.value for e in reportable(events) if e.count)
    assert 180 in counts and 206 in counts


def test_a_freed_hostage_who_speaks_is_still_one_of_the_freed() -> None:
    events = run(
        "Hamas released four hostages on Saturday. Freed hostage Noa Peretz thanked "
        "Israeli soldiers in a video on Sunday."
    )
    find(events, dict(type="release", value=4, names_include=["Noa Peretz"]))


def test_names_told_by_a_possessive_or_a_role_opening_the_sentence_join_the_batch() -> None:
    for told in (
        "Hostages Noa Peretz and Tal Amir were reunited with their families in Petah Tikva.",
        "Noa Peretz's release was confirmed by the army on Sunday.",
    ):
        events = run("Hamas released four hostages on Saturday. " + told)
        find(events, dict(type="release", value=4, names_include=["Noa Peretz"]))


def test_a_nationality_of_people_before_a_mediation_word_is_no_mediator() -> None:
    events = run(
        "The Taliban released an Afghan prisoner held by the United States in exchange for "
        "two U.S. detainees, with the deal facilitated by Qatar, officials said."
    )
    assert all(e.mediators in ((), ("Qatar",)) for e in events)


def test_having_helped_secure_a_release_is_no_demand_and_a_couple_is_no_one_person() -> None:
    events = run(
        "The Taliban freed U.S. citizen Amir Rahimi on Monday. Qatar has helped secure the "
        "freedom of four other Americans this year, as well as a British couple."
    )
    assert not [e for e in events if e.status == "demanded"]
    named = find(events, dict(type="release", names={"Amir Rahimi"}))
    assert "British" not in named.people.nationality


def test_the_city_of_the_telling_ministry_is_no_place_of_the_release() -> None:
    events = run(
        "The Foreign Ministry in Kabul said two Americans were freed on Tuesday in exchange "
        "for an Afghan held in the United States."
    )
    freed = find(events, dict(type="release", value=2))
    assert freed.location.place != "Kabul"


def test_people_freed_over_the_course_of_the_war_are_a_running_total() -> None:
    events = run(
        "Russia and Ukraine each freed 84 prisoners of war on Friday, officials said. Over "
        "the course of the war, more than 4,000 Ukrainian soldiers have been released."
    )
    assert find(events, dict(type="release", value=4000)).aggregate


def test_a_doctor_arrested_is_named_though_an_appositive_tells_his_post() -> None:
    events = run(
        "Israeli forces arrested Dr. Samir Haddad, the director of Al-Awda Hospital, "
        "during a raid in December, the health ministry said."
    )
    find(events, dict(type="detention", names={"Samir Haddad"}))


def test_among_those_freed_by_a_party_names_that_partys_batch() -> None:
    events = run(
        "Russia released 16 prisoners on Thursday in exchange for eight Russians held in the "
        "West. Among those freed by Russia were also Kremlin critics Ivan Petrov and Oleg Sokol."
    )
    find(events, dict(type="release", value=16, names_include=["Ivan Petrov", "Oleg Sokol"]))
    assert not find(events, dict(type="release", value=8)).people.names


def test_a_states_intelligence_agents_hold_whom_they_arrest() -> None:
    events = run("Iranian intelligence agents have arrested two Dutch tourists, state media said.")
    find(events, dict(type="detention", value=2, holder="Iran"))


def test_a_hyphenated_demonym_of_counted_people_is_its_last_part() -> None:
    events = run("Hamas freed two French-Israeli hostages on Tuesday, officials said.")
    find(events, dict(type="release", value=2, nationality={"Israeli"}))


def test_a_state_that_confirms_the_release_of_kidnapped_people_holds_none() -> None:
    events = run(
        "Mali confirms release of four kidnapped engineers\n\n"
        "Four engineers kidnapped near the border in January have been released, Mali's "
        "government said on Monday."
    )
    assert all(e.holder != "Mali" for e in events if e.type == "release")


def test_an_alias_with_an_apostrophe_is_read_with_a_typographic_one() -> None:
    events = run(
        "Two Russian engineers were kidnapped by the Jama’at Nusrat al-Islam wal-Muslimin in "
        "Niger, the group said."
    )
    find(events, dict(type="detention", value=2, holder="JNIM"))


def test_they_are_and_as_many_names_name_the_batch_just_told() -> None:
    for told in (
        "They are French journalist Paul Girard and American aid worker John Moss.",
        "They are the French journalist Paul Girard, kidnapped in Gao in 2021, and the "
        "American aid worker John Moss, kidnapped in Niger in 2016.",
    ):
        events = run("Niger obtained the release of two hostages held by JNIM on Monday. " + told)
        find(events, dict(type="release", value=2, names={"Paul Girard", "John Moss"}))


def test_a_faction_or_cell_of_a_group_is_no_counted_person() -> None:
    events = run(
        "Fighters from a dissident faction of the former FARC rebels released ten soldiers "
        "they had held since March, the army said."
    )
    find(events, dict(type="release", value=10))
    assert [e.count.value for e in events if e.count] == [10]
