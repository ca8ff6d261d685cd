"""Shapes met while probing news wording in the fifteenth session: general mechanisms,
on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import find, run


def test_a_bare_participle_after_the_name_tells_the_background_not_the_news() -> None:
    # 'released X, kidnapped in Y in 2021, on Monday': the release is the news, the
    # participle (without 'who was') tells the earlier kidnapping
    for verb in ("kidnapped", "abducted"):
        events = run(
            "Hostages freed in the Sahel\n\n"
            f"Jihadists released Belgian engineer Pieter Claes, {verb} in Gao in 2021, on "
            "Monday, the government of Niger said."
        )
        find(events, dict(type="release", names={"Pieter Claes"}))
        find(events, dict(type="detention", names={"Pieter Claes"}, place="Gao"))


def test_he_was_freed_takes_the_person_named_before() -> None:
    # the auxiliary is part of the custody word ('was freed'); the pronoun is its subject
    for verb in ("freed", "released"):
        events = run(
            "Reporter home after three years\n\n"
            "Radio reporter Olena Marchuk spent three years in prisons in occupied Crimea. "
            f"She was {verb} on Saturday in an exchange, her editor said."
        )
        find(events, dict(type="release", names={"Olena Marchuk"}))


def test_the_person_told_by_age_is_the_one_named_before() -> None:
    events = run(
        "Reporter home after three years\n\n"
        "Radio reporter Olena Marchuk spent three years in prisons in occupied Crimea. "
        "The 41-year-old was freed on Saturday in an exchange, her editor said."
    )
    find(events, dict(type="release", names={"Olena Marchuk"}))


def test_an_age_names_no_one_when_two_were_named() -> None:
    events = run(
        "Two engineers kidnapped\n\n"
        "Gunmen kidnapped engineers Tomas Berg and Karl Lind near Kidal in May. "
        "The 34-year-old was released on Monday, the company said."
    )
    assert not [e for e in events if e.type == "release" and e.people.names]


def test_a_second_clause_with_a_subject_of_its_own_is_not_held_by_the_first() -> None:
    events = run(
        "Yemen prisoner exchange completed\n\n"
        "In the exchange, the Houthis freed 512 prisoners and the government's forces freed "
        "94, the Red Cross said on Sunday."
    )
    assert find(events, dict(type="release", value=512)).holder == "Houthis"
    assert find(events, dict(type="release", value=94)).holder is None


def test_saudi_led_forces_are_saudi_arabia() -> None:
    events = run(
        "Yemen prisoner exchange completed\n\n"
        "The Houthis freed 512 prisoners and Saudi-led forces freed 94, the Red Cross said."
    )
    assert find(events, dict(type="release", value=94)).holder == "Saudi Arabia"


def test_the_agent_of_the_peoples_own_participle_holds_them() -> None:
    events = run(
        "Soldiers home\n\n"
        "The Sudanese army received 64 of its soldiers freed by the Rapid Support Forces on "
        "Sunday, in an operation run by the Red Cross."
    )
    assert find(events, dict(type="release", value=64)).holder == "Rapid Support Forces"


def test_an_official_taken_or_freed_is_named_by_the_apposition() -> None:
    # 'the mayor of X, Y' after a custody verb: the official is the one taken
    events = run(
        "Mayor abducted\n\n"
        "Soldiers abducted the mayor of Kupiansk, Andriy Boiko, on Tuesday, regional "
        "officials said."
    )
    find(events, dict(type="detention", names={"Andriy Boiko"}))
    events = run(
        "Kidnapped official released\n\n"
        "Kidnappers freed the deputy governor of Kogi, Musa Bello, on Sunday, police said."
    )
    find(events, dict(type="release", names={"Musa Bello"}))


def test_an_official_who_receives_the_freed_is_not_named_as_one() -> None:
    events = run(
        "Pupils freed\n\n"
        "Gunmen freed 20 pupils on Sunday. The governor of Kogi, Musa Bello, received them "
        "at the state house."
    )
    assert not [e for e in events if "Musa Bello" in e.people.names]


def test_a_day_batch_among_a_running_total_told_with_a_bare_number() -> None:
    # 'among more than N <participle> since ...': the total, its noun left out
    events = run(
        "Prisoner exchange\n\n"
        "Moscow freed 84 Ukrainians on Friday, among more than 4,000 brought back since "
        "the invasion began."
    )
    day = find(events, dict(type="release", value=84))
    assert not day.aggregate
    total = find(events, dict(type="release", value=4000))
    assert total.aggregate and total.count is not None and total.count.qualifier == "more_than"


def test_a_batch_with_its_own_verb_among_a_running_total_is_its_own() -> None:
    events = run(
        "Prisoner exchange\n\n"
        "The 84 Ukrainians freed on Friday are among the more than 4,000 prisoners "
        "brought back since the invasion began."
    )
    assert not find(events, dict(type="release", value=84)).aggregate
    assert find(events, dict(type="release", value=4000)).aggregate


def test_a_state_telling_of_its_own_nationals_freed_did_not_hold_them() -> None:
    events = run(
        "Prisoner exchange\n\n"
        "Ukraine said 84 soldiers were freed on Friday, bringing to 4,318 the number of "
        "Ukrainians returned from captivity."
    )
    assert find(events, dict(type="release", value=4318)).holder != "Ukraine"
    assert find(events, dict(type="release", value=84)).holder != "Ukraine"


def test_people_a_party_wants_freed_are_a_demand() -> None:
    events = run(
        "Talks in Doha\n\n"
        "Kinshasa handed over a list of about 600 soldiers it wants freed, while the rebels "
        "demanded the release of 300 of their fighters held in state prisons."
    )
    assert find(events, dict(type="release", value=600)).status == "demanded"
    assert find(events, dict(type="release", value=300)).status == "demanded"


def test_a_participle_after_people_with_no_object_tells_of_them() -> None:
    events = run(
        "Children home\n\nThree children brought back from occupied Kherson via Qatar are "
        "now with their families, the ombudsman said."
    )
    find(events, dict(type="release", value=3))


def test_a_scene_of_remains_tells_the_dead_not_the_living_told_beside_them() -> None:
    events = run(
        "Ukraine receives 212 bodies; four children brought home\n\n"
        "KYIV - Ukraine received the bodies of 212 people on Friday that Russia says are "
        "those of Ukrainian soldiers, officials said.\n\n"
        "The remains were carried across the line in trucks escorted by the International "
        "Committee of the Red Cross.\n\n"
        "Separately, the ombudsman said four children had been brought back from occupied "
        "areas with Qatar's mediation."
    )
    bodies = find(events, dict(type="release", value=212))
    assert bodies.intermediary == "ICRC"
    assert find(events, dict(type="release", value=4)).intermediary is None


def test_people_believed_to_be_detained_are_held() -> None:
    events = run(
        "Americans held abroad\n\n"
        "At least 12 Americans are believed to be detained in Iran, the State Department said."
    )
    held = find(events, dict(type="holding", value=12))
    assert held.holder == "Iran"


def test_people_sent_or_deported_to_a_prison_are_transferred() -> None:
    for verb in ("sent", "deported"):
        events = run(
            "Deportations\n\n"
            f"About 180 Colombian migrants were {verb} to a maximum-security prison in "
            "March, officials said."
        )
        find(events, dict(type="transfer", value=180))


def test_a_state_deports_no_nationals_of_its_own() -> None:
    events = run(
        "Deportations\n\n"
        "Colombia has detained four smugglers. About 180 Colombian migrants were deported "
        "to Panama's largest prison in March, officials said."
    )
    moved = find(events, dict(type="transfer", value=180))
    assert moved.holder != "Colombia"
    assert moved.location.place != "Panama"  # the prison's country, not a place of its own


def test_more_kinds_of_people_are_counted() -> None:
    for noun in (
        "peacekeepers",
        "servicewomen",
        "internees",
        "asylum seekers",
        "hikers",
        "civil servants",
        "loved ones",
    ):
        events = run(
            f"Hostages freed\n\nGunmen freed 14 {noun} on Monday after holding them for a week, "
            "police said."
        )
        find(events, dict(type="release", value=14))


def test_the_prefilter_reads_counted_people_of_its_word_list() -> None:
    # the prefilter's people nouns are in words.json ('prefilter_people')
    from custody.extract.lexicon import word_lists
    from custody.extract.prefilter import may_be_custody

    assert {"internees", "servicewomen"} <= set(word_lists().prefilter_people)
    for noun in ("internees", "servicewomen", "civil servants"):
        text = f"Freed\n\nGunmen freed 14 {noun} on Monday after holding them for a week."
        assert may_be_custody(text)
        find(run(text), dict(type="release", value=14))


def test_among_the_people_freed_was_a_named_person() -> None:
    events = run(
        "Hostages freed\n\n"
        "Among the hostages freed on Saturday was Tal Mizrahi, whose two brothers were "
        "killed in the attack."
    )
    find(events, dict(type="release", names={"Tal Mizrahi"}))
    # the relative clause of 'whose' tells of the brothers, not of him
    assert not [e for e in events if e.type == "death_in_custody"]


def test_a_named_person_back_from_captivity_is_freed() -> None:
    for told in (
        "returned from captivity on Saturday",
        "returned to Israel on Saturday after 491 days in Hamas captivity",
        "is back in Israel after 491 days in Hamas captivity",
    ):
        events = run(f"Hostage home\n\nTal Mizrahi {told}.")
        freed = find(events, dict(type="release", names={"Tal Mizrahi"}))
        assert freed.holder in (None, "Hamas")


def test_an_agent_named_by_a_movements_adjective_holds() -> None:
    events = run(
        "Journalists held\n\n"
        "Two reporters were seized by Houthi gunmen in Hodeidah on Tuesday, their union said."
    )
    assert find(events, dict(type="detention", value=2)).holder == "Houthis"
    # a country's demonym before the agent's noun is left to the aliases
    events = run(
        "Journalists held\n\nTwo reporters were seized by Somali gunmen near the border on Tuesday."
    )
    assert find(events, dict(type="detention", value=2)).holder is None


def test_names_between_dashes_after_men_counted() -> None:
    events = run(
        "Hostages freed\n\n"
        "The three men - Yossi Adler, Dan Kaplan and Avi Segal - were freed on Saturday."
    )
    freed = find(events, dict(type="release", value=3))
    assert set(freed.people.names) == {"Yossi Adler", "Dan Kaplan", "Avi Segal"}


def test_names_then_their_count_set_beside_them_are_one_batch() -> None:
    events = run(
        "Reporters detained\n\n"
        "Samir Haddad and Karim Nassar, two reporters working for a Beirut daily, were "
        "detained at a checkpoint on Tuesday."
    )
    held = find(events, dict(type="detention", value=2))
    assert set(held.people.names) == {"Samir Haddad", "Karim Nassar"}
    assert len([e for e in events if e.type == "detention"]) == 1


def test_an_abbreviated_title_is_no_sentence_stop_between_verb_and_name() -> None:
    for title in ("Rev.", "Capt.", "Sgt.", "Dr."):
        events = run(
            "Pastor freed\n\n"
            f"Kidnappers freed a pastor, {title} Emeka Obi, on Sunday, the church said."
        )
        find(events, dict(type="release", names={"Emeka Obi"}))


def test_a_named_first_part_of_a_batch_told_in_parts() -> None:
    events = run(
        "Kidnapping near Kafanchan\n\n"
        "Gunmen kidnapped a Catholic priest, Father Peter Eze, and two seminarians near "
        "Kafanchan on Sunday, the diocese said."
    )
    taken = find(events, dict(type="detention", value=3))
    assert "Peter Eze" in taken.people.names
    assert len([e for e in events if e.type == "detention"]) == 1


def test_a_headlines_capitalised_singular_is_one_of_the_body_batch() -> None:
    events = run(
        "Priest kidnapped\n\n"
        "Gunmen kidnapped a Catholic priest and two seminarians near Kafanchan on Sunday, "
        "the diocese said."
    )
    assert [e.count.value for e in events if e.type == "detention" and e.count] == [3]


def test_an_aside_then_a_participle_describes_people_whose_handover_is_the_news() -> None:
    events = run(
        "Hostages handed over\n\n"
        "The three men, all members of a border patrol unit seized from an outpost near the "
        "border on October 7, 2023, were paraded on a stage in Rafah before being handed to "
        "the Red Cross."
    )
    freed = find(events, dict(type="release", value=3))
    assert freed.location.place == "Rafah"
    assert not [e for e in events if e.type == "detention"]


def test_a_reported_running_total_with_had_now_been() -> None:
    events = run(
        "Prisoner exchange\n\n"
        "Russia freed 95 Ukrainian soldiers on Monday. The president said 4,110 Ukrainians "
        "had now been brought back from captivity."
    )
    assert find(events, dict(type="release", value=4110)).aggregate
    assert not find(events, dict(type="release", value=95)).aggregate


def test_a_toll_of_deaths_in_custody_is_a_death_toll() -> None:
    events = run(
        "Deaths in custody\n\n"
        "Three detainees died in Saydnaya prison last month, a monitor said, bringing the toll "
        "of deaths in custody this year to 19."
    )
    toll = find(events, dict(value=19))
    assert toll.type == "death_in_custody" and toll.aggregate


def test_a_named_hunger_striker() -> None:
    for told in (
        "Samer Issawi, held without charge, has been on hunger strike for 80 days",
        "Samer Issawi began an open-ended hunger strike on Monday",
    ):
        events = run(f"Hunger strike\n\n{told}, his lawyer said.")
        find(events, dict(type="hunger_strike", names={"Samer Issawi"}))


def test_the_prefilter_reads_counted_fighters_and_suspects() -> None:
    from custody.extract.prefilter import may_be_custody

    for noun in ("British mercenaries", "suspects", "rebels", "minors"):
        text = f"Claims\n\nThe army said it had captured 12 {noun} near the border."
        assert may_be_custody(text), noun
        find(run(text), dict(type="detention", value=12))


def test_a_surname_owning_a_relative_is_not_the_person_held() -> None:
    events = run(
        "Hostages freed\n\n"
        "Hamas freed Avi Mizrahi and Dan Levin on Saturday. Levin's wife Noa and their two "
        "sons are still held in Gaza."
    )
    assert not [e for e in events if e.type == "holding" and "Dan Levin" in e.people.names]


def test_a_second_name_after_and_a_former_title_is_on_the_list() -> None:
    events = run(
        "Americans freed\n\n"
        "Russia freed Wall Street Journal reporter Evan Gershkovich and former Marine Paul "
        "Whelan on Thursday as part of a swap involving 24 people, the White House said."
    )
    freed = [e for e in events if e.type == "release" and e.people.names]
    assert len(freed) == 1
    assert set(freed[0].people.names) == {"Evan Gershkovich", "Paul Whelan"}


def test_a_place_and_its_officials_role_before_a_name_are_no_part_of_it() -> None:
    events = run("Mayor detained\n\nTurkish police detained Izmir Mayor Cemil Tugay on Friday.")
    find(events, dict(type="detention", names={"Cemil Tugay"}))


def test_people_still_being_held_make_a_document_worth_reading() -> None:
    from custody.extract.prefilter import may_be_custody

    text = "Tigray\n\nRegional officials said 1,800 Eritrean soldiers were still being held."
    assert may_be_custody(text)
    assert find(run(text), dict(type="holding", value=1800)).people.nationality == ("Eritrean",)


def test_myanmars_junta_by_its_councils_name() -> None:
    events = run(
        "Amnesty\n\nThe State Administration Council granted amnesty to 3,015 prisoners on "
        "Wednesday, state media reported."
    )
    assert find(events, dict(type="release", value=3015)).holder == "Myanmar"


def test_a_capitalised_disaster_word_inside_a_name_is_no_disaster() -> None:
    events = run(
        "Prisoners freed\n\n"
        "Israel released 90 prisoners under the Flood of the Free deal on Sunday, the "
        "prisoners' office said."
    )
    find(events, dict(type="release", value=90))
    # a flood told as one still tells a rescue, not a release from custody
    events = run(
        "Prisoners freed\n\nRescuers freed 23 people trapped in cars after the flood on Sunday."
    )
    assert not [e for e in events if e.type == "release"]


def test_years_of_detention_tell_how_long_not_an_arrest() -> None:
    events = run(
        "Prisoner dies\n\nThe martyr Nasser Abu Hamid rose in the occupation's prisons after "
        "21 years of detention, the prisoners' society said."
    )
    assert not [e for e in events if e.type == "detention"]
    # 'three years after his abduction' still tells the abduction
    events = run(
        "Abductee dies\n\nThe association announced the death of the abductee Fuad Saleh "
        "in prison, after three years of his abduction by the militia."
    )
    find(events, dict(type="detention", names={"Fuad Saleh"}))


def test_people_counted_by_numbering_after_them() -> None:
    events = run(
        "Prisoners\n\nThe resistance handed over the fifth batch of enemy prisoners, "
        "numbering 11, to the Red Cross in Rafah."
    )
    freed = find(events, dict(type="release", value=11))
    assert freed.holder == "Palestinian factions"


def test_the_remaining_n_who_escaped_were_freed() -> None:
    events = run(
        "Missionaries\n\nA gang abducted 17 missionaries in October. Five were freed in "
        "November. The remaining 12 escaped on December 16, the group said."
    )
    find(events, dict(type="release", value=12))


def test_people_locked_up_are_detained() -> None:
    events = run("Crackdown\n\nAuthorities have locked up 120 activists since the vote.")
    find(events, dict(type="detention", value=120))
    events = run(
        "Crackdown\n\nPolice detained a journalist on Monday. About 40 students were locked "
        "up after the protest, their union said."
    )
    find(events, dict(type="detention", value=40))


def test_people_freed_after_an_appositive_make_a_document_worth_reading() -> None:
    from custody.extract.prefilter import may_be_custody

    text = (
        "Crew home\n\nThe 25 crew members of the cargo ship, seized by pirates in March, were "
        "released on Wednesday."
    )
    assert may_be_custody(text)
    find(run(text), dict(type="release", value=25))


def test_classmates_freed_a_day_before_are_a_batch_of_their_own() -> None:
    events = run(
        "Pupils freed\n\nThe kidnappers released the remaining 23 pupils on Sunday, a day "
        "after freeing 14 of their classmates, police said."
    )
    find(events, dict(type="release", value=23))
    find(events, dict(type="release", value=14))


def test_a_countrys_prison_told_by_its_description_is_the_facility() -> None:
    events = run(
        "Deportations\n\nAbout 180 Colombian migrants were deported to Panama's largest "
        "prison in March, officials said."
    )
    moved = find(events, dict(type="transfer", value=180))
    assert moved.location.facility == "Panama's largest prison"
    assert moved.location.place is None
    # a prison service is no prison
    events = run(
        "Prisoners freed\n\nIsrael freed 90 prisoners on Sunday, Israel's prison service said."
    )
    assert find(events, dict(type="release", value=90)).location.facility is None


def test_more_ways_of_telling_people_freed() -> None:
    for told in (
        "were let out of jail",
        "were discharged from detention",
        "were turned over to the Red Cross",
        "came out of captivity",
        "were bailed",
        "were ransomed",
        "were handed to their families",
    ):
        events = run(
            "Kidnapped pupils\n\n"
            f"Twenty-one pupils abducted from their school last month {told} on Sunday, "
            "officials said."
        )
        find(events, dict(type="release", value=21))


def test_more_ways_of_telling_people_taken() -> None:
    for told in (
        "were whisked away",
        "were dragged away",
        "were bundled into unmarked vans",
        "were remanded in custody",
        "were placed in detention",
        "were incarcerated",
    ):
        events = run(
            "Crackdown\n\nRights groups condemned the wave of arrests. Twenty-one protesters "
            f"{told} by security forces in the capital on Sunday, activists said."
        )
        find(events, dict(type="detention", value=21))
    # sent to prison is a sentence, no transfer
    events = run(
        "Crackdown\n\nRights groups condemned the wave of arrests. Twenty-one protesters "
        "were sent to prison on Sunday, activists said."
    )
    assert not [e for e in events if e.type == "transfer"]


def test_a_name_after_as_well_as_goes_on_an_aged_list() -> None:
    events = run(
        "Hostages freed\n\nHamas on Saturday freed Israeli hostages Dan Levin, 35, and Avi "
        "Mizrahi, 54, as well as American-Israeli Tom Baker, 65."
    )
    freed = [e for e in events if e.type == "release"]
    assert len(freed) == 1
    assert set(freed[0].people.names) == {"Dan Levin", "Avi Mizrahi", "Tom Baker"}


def test_the_n_freed_were_identified_as() -> None:
    events = run(
        "Hostages freed\n\nThe three freed were identified as Dan Levin, Avi Mizrahi and Tom "
        "Baker, the army said."
    )
    freed = find(events, dict(type="release", value=3))
    assert set(freed.people.names) == {"Dan Levin", "Avi Mizrahi", "Tom Baker"}


def test_names_after_an_inverted_freed_were() -> None:
    events = run(
        "Hostages freed\n\nHamas released hostages on Saturday. Freed on Saturday were Dan "
        "Levin and Avi Mizrahi, officials said."
    )
    find(events, dict(type="release", names={"Dan Levin", "Avi Mizrahi"}))


def test_people_returned_into_detention_are_not_freed() -> None:
    events = run(
        "Migrants\n\nThe coast guard intercepted 300 migrants at sea and returned them to "
        "detention centres in Tripoli, the agency said."
    )
    assert not [e for e in events if e.type == "release"]


def test_a_states_arm_with_a_modifier_holds() -> None:
    events = run(
        "Arrests\n\nEthiopian federal police detained 17 officers at the airport on Sunday."
    )
    assert find(events, dict(type="detention", value=17)).holder == "Ethiopia"
