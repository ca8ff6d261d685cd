"""Shapes met while probing real-news wording in the fourteenth session: general
mechanisms, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, run

from custody.documents.datelines import dateline_end
from custody.extract.prefilter import may_be_custody


def test_a_dateline_of_a_place_alone_is_no_party_to_the_story() -> None:
    events = run(
        "MAIDUGURI, Nigeria - Gunmen have freed 14 farmers they seized from their fields "
        "last week, police said on Monday."
    )
    freed = find(events, dict(type="release", value=14))
    assert freed.holder is None


def test_bare_datelines_end_at_their_dash() -> None:
    for text, rest in (
        ("MAIDUGURI, Nigeria - Gunmen freed", "Gunmen freed"),
        ("GOMA -- Rebels freed", "Rebels freed"),
        ("GAZA/JERUSALEM – Hamas freed", "Hamas freed"),
    ):
        assert text[dateline_end(text) :] == rest
    for text in ("Hamas - the group said", "UN-backed talks - a source", "Kyiv said"):
        assert dateline_end(text) == 0


def test_a_place_in_the_first_sides_clause_is_not_the_other_sides() -> None:
    events = run(
        "Swap goes ahead\n\nThe Houthis freed three Saudi soldiers in Sanaa on Sunday, and "
        "Saudi Arabia released 40 Yemeni prisoners in return, officials said."
    )
    assert find(events, dict(type="release", value=3)).location.place == "Sanaa"
    assert find(events, dict(type="release", value=40)).location.place is None


def test_a_headline_naming_one_of_the_people_the_body_counts_is_no_other_release() -> None:
    events = run(
        "Kidnappers free teacher\n\nA teacher and two pupils who were abducted from a school "
        "near Kaduna last week have been released, police said on Monday."
    )
    releases = [e for e in events if e.type == "release"]
    assert [e.count.value for e in releases if e.count] == [3]


def test_a_running_total_brought_home_by_now() -> None:
    events = run(
        "Ukraine brings home 90 soldiers\n\nUkraine got back 90 of its soldiers on Friday in "
        "an exchange of prisoners with Russia. More than 4,000 Ukrainians have now been "
        "brought home, officials said."
    )
    find(events, dict(type="release", value=90, aggregate=False))
    total = find(events, dict(type="release", value=4000))
    assert total.aggregate


def test_a_broker_after_by_is_no_holder() -> None:
    events = run(
        "Three Swiss aid workers kidnapped in Niger last year were freed after mediation by "
        "Algeria, the Swiss foreign ministry said."
    )
    assert find(events, dict(type="release", value=3)).holder != "Algeria"


def test_an_armed_groups_own_fighters_are_not_held_by_it() -> None:
    events = run(
        "The Sudanese army and the Rapid Support Forces exchanged prisoners on Monday. The "
        "army released 40 RSF fighters, while the paramilitary group freed 52 soldiers."
    )
    assert find(events, dict(type="release", value=40)).holder != "Rapid Support Forces"
    assert find(events, dict(type="release", value=52)).holder == "Rapid Support Forces"


def test_names_join_the_batch_of_as_many_people_not_the_latest() -> None:
    events = run(
        "Two hostages were released from Gaza on Saturday in exchange for 90 Palestinian "
        "prisoners, officials said. Dana Levin and Tomer Gal were handed to the Red Cross."
    )
    assert set(find(events, dict(type="release", value=2)).people.names) == {
        "Dana Levin",
        "Tomer Gal",
    }
    assert not find(events, dict(type="release", value=90)).people.names


def test_people_given_in_exchange_are_not_freed_where_the_others_were() -> None:
    events = run(
        "Two hostages were released from Gaza on Saturday in exchange for 90 Palestinian "
        "prisoners, officials said."
    )
    assert find(events, dict(type="release", value=90)).location.place is None


def test_names_told_among_a_counted_batch_join_that_batch() -> None:
    events = run(
        "Prisoner swap completed\n\nAnna Berg and Lukas Stein were among 12 people freed by "
        "Belarus in return for five Belarusians held in Poland, including army officer Ivan "
        "Petrov."
    )
    assert set(find(events, dict(type="release", value=12)).people.names) == {
        "Anna Berg",
        "Lukas Stein",
    }
    assert "Anna Berg" not in find(events, dict(type="release", value=5)).people.names


def test_a_pluperfect_hold_is_no_holding_now() -> None:
    events = run(
        "Rebels free soldiers\n\nRebels who had held 14 soldiers for three days released "
        "them on Friday, the army said."
    )
    assert not [e for e in events if e.type == "holding"]
    find(events, dict(type="release", value=14))


def test_people_taken_then_released_by_a_pronoun_are_a_release() -> None:
    events = run(
        "Farmers freed\n\nGunmen kidnapped 12 farmers on Monday before releasing them on "
        "Wednesday, police said."
    )
    find(events, dict(type="detention", value=12))
    find(events, dict(type="release", value=12))
    assert len([e for e in events if e.type == "release"]) == 1


def test_a_release_told_again_by_a_pronoun_is_not_a_second_one() -> None:
    events = run(
        "Prisoners freed\n\nIsrael freed 90 prisoners on Sunday, handing them to the Red "
        "Cross in Ramallah."
    )
    assert len([e for e in events if e.type == "release"]) == 1


def test_a_third_hostage_named_after_two_is_one_more_not_one_of_them() -> None:
    events = run(
        "Hostages handed over\n\nThe Red Cross received two hostages in Rafah on Thursday. "
        "A third hostage, Noa Shani, was handed over to the Red Cross in Gaza City. Israel "
        "said it would free 110 Palestinian prisoners."
    )
    two = find(events, dict(type="release", value=2))
    assert "Noa Shani" not in two.people.names
    named = [e for e in events if "Noa Shani" in e.people.names]
    assert len(named) == 1 and named[0].type == "release"
    assert named[0].holder != "Israel"  # a hostage: not held by the state freeing prisoners


def test_officials_from_both_sides_make_no_total_of_a_swap() -> None:
    events = run(
        "Kyiv and Moscow swap 75 each\n\nUkraine and Russia exchanged 75 prisoners of war "
        "each on Tuesday, officials from both sides said."
    )
    releases = [e for e in events if e.type == "release"]
    assert len(releases) == 2
    assert not any(e.aggregate for e in releases)


def test_the_people_told_before_in_exchange_for_are_the_headlines_batch() -> None:
    events = run(
        "Israel and Hamas agree release of 40 hostages\n\nThe two sides agreed on Tuesday to "
        "a truce during which 40 hostages held in Gaza would be freed in exchange for 120 "
        "Palestinian prisoners, the mediators said."
    )
    forty = [e for e in events if e.type == "release" and e.count and e.count.value == 40]
    assert [e.status for e in forty] == ["planned"]  # (a headline's 'agree release of')


def test_a_capture_told_in_a_clause_with_no_who_is_a_detention() -> None:
    events = run(
        "Hostages freed\n\nMilitants in Burkina Faso have freed two Austrians they kidnapped "
        "in Niger in March 2024, the Austrian foreign ministry said."
    )
    find(events, dict(type="release", value=2))
    taken = find(events, dict(type="detention", value=2))
    assert taken.location.place == "Niger"
    assert taken.date == "2024-03"


def test_a_states_custody_told_in_such_a_clause_is_no_capture() -> None:
    events = run(
        "Handover at the crossing\n\nIsrael handed over three Lebanese citizens it had "
        "detained near the border to the Red Cross on Thursday, the Lebanese army said."
    )
    assert not [e for e in events if e.type == "detention"]


def test_a_state_freeing_after_another_clause_named_a_broker_holds_whom_it_frees() -> None:
    events = run(
        "Yemen swap\n\nUnder a deal mediated by Oman, the Houthis released 300 prisoners and "
        "Saudi Arabia freed 120."
    )
    assert find(events, dict(type="release", value=300)).holder == "Houthis"
    assert find(events, dict(type="release", value=120)).holder == "Saudi Arabia"


def test_navy_personnel_described_by_several_words_are_counted() -> None:
    text = (
        "Officers freed\n\nQatar has released eight former Indian navy personnel, India's "
        "foreign ministry said on Monday."
    )
    assert may_be_custody(text)
    freed = find(run(text), dict(type="release", value=8))
    assert freed.holder == "Qatar"
    assert "soldiers" in freed.people.categories


def test_people_left_with_their_kidnappers_are_held() -> None:
    events = run(
        "Villagers freed\n\nBandits released 40 villagers in Katsina on Sunday after a ransom "
        "was paid. Two died in captivity, a community leader said, and about 15 remain with "
        "the kidnappers."
    )
    held = find(events, dict(type="holding", value=15))
    assert held.count.qualifier == "about"


def test_has_been_in_detention_since_is_a_holding_with_no_date_of_its_start() -> None:
    events = run(
        "Activist still jailed\n\nOpposition activist Lina Petrova has been in detention "
        "since September 2021, her lawyer said on Monday."
    )
    held = find(events, dict(type="holding", names={"Lina Petrova"}))
    assert held.date is None  # (when the detention began, not a day the holding is told of)


def test_a_headlines_topic_before_a_colon_is_no_happening() -> None:
    events = run(
        "Zamfara kidnapping: 15 students freed\n\nPolice said on Tuesday that 15 students "
        "abducted from a college in Zamfara had been freed."
    )
    assert [e.type for e in events] == ["release"]
    assert events[0].holder is None


def test_later_in_the_day_is_the_day_told_before_not_the_publication_day() -> None:
    events = run(
        "Hamas released two hostages on Saturday, the fifth exchange under the truce. "
        "Israel freed 180 prisoners later in the day.",
        published="2025-03-03",
    )
    freed = find(events, dict(type="release", value=180))
    assert freed.date == "2025-03-01"


def test_a_timelines_present_tense_arrest_names_the_person() -> None:
    events = run(
        "Timeline\n\nMarch 4, 2024 - Belarusian police detain Ihar Losik in Minsk.\n"
        "May 2, 2025 - Losik is released in exchange for two Lithuanian spies."
    )
    taken = find(events, dict(type="detention", names={"Ihar Losik"}))
    assert taken.date == "2024-03-04"
    find(events, dict(type="release", names={"Ihar Losik"}))


def test_a_release_after_a_list_of_things_done_frees_people() -> None:
    events = run(
        "Swap completed\n\nFour Americans were flown out of Tehran on Monday under a deal in "
        "which the United States unfroze funds and released four Iranians, officials said."
    )
    assert find(events, dict(type="release", value=4, nationality={"Iranian"})).holder == (
        "United States"
    )


def test_a_captor_of_another_happening_holds_none_told_as_taken_by_gunmen() -> None:
    events = run(
        "Gunmen free abducted pupils\n\nGunmen have freed 80 pupils they kidnapped from a "
        "school in Kebbi two weeks ago, the state governor said on Sunday. Governor Musa "
        "Idris did not say how their release was secured. In 2014, Boko Haram took 276 "
        "girls from a school in Chibok."
    )
    freed = find(events, dict(type="release", value=80))
    assert freed.holder is None
    assert "Musa Idris" not in freed.people.names


def test_the_agent_of_a_later_verb_is_not_the_holder() -> None:
    events = run(
        "Body recovered\n\nThe body of a hostage killed in captivity was recovered by Israeli "
        "troops in Rafah on Friday, the army said."
    )
    assert all(e.holder != "Israel" for e in events)


def test_a_person_among_a_list_of_parts_is_no_record_of_their_own() -> None:
    events = run(
        "Raids in the West Bank\n\nIsraeli forces arrested at least 15 Palestinians, among "
        "them former prisoners and a student, in raids across the West Bank on Tuesday, a "
        "prisoners' group said."
    )
    assert [e.count.value for e in events if e.type == "detention" and e.count] == [15]


def test_a_demonym_of_two_words_inside_a_people_phrase() -> None:
    events = run(
        "Soldiers captured\n\nUkrainian forces captured two North Korean soldiers in the Kursk "
        "region, and gunmen freed three South Sudanese aid workers near Pibor."
    )
    assert find(events, dict(type="detention", value=2)).people.nationality == ("North Korean",)
    assert find(events, dict(type="release", value=3)).people.nationality == ("South Sudanese",)


def test_underage_prisoners_are_children() -> None:
    events = run("Prisoners freed\n\nThe authorities released 12 underage prisoners on Monday.")
    assert find(events, dict(type="release", value=12)).people.categories == ("children",)


def test_a_place_in_an_as_clause_after_the_release_is_not_its_place() -> None:
    events = run(
        "Pardons in Minsk\n\nBelarus pardoned 14 political prisoners on Thursday, as a US "
        "delegation arrived in Minsk for talks, the presidential office said."
    )
    assert find(events, dict(type="release", value=14)).location.place is None


def test_the_total_a_batch_brings_to_takes_no_place_of_the_batch() -> None:
    events = run(
        "Death in custody\n\nA detainee from Nablus was martyred in the Ofer prison, bringing "
        "the number of martyrs among the prisoners since the start of the war to 61, the "
        "Prisoners Society said."
    )
    total = find(events, dict(type="death_in_custody", value=61))
    assert total.aggregate and total.location.facility is None


def test_people_of_how_many_are_not_the_count_told_before() -> None:
    events = run(
        "Attack on village\n\nSome 300 people are still missing after the raid on the village, "
        "and it is unclear how many were taken captive, officials said."
    )
    assert not [e for e in events if e.count and e.count.value == 300]


def test_a_number_held_told_after_adding_that() -> None:
    events = run(
        "UN staff detained\n\nThe Houthis have detained at least 20 UN staff members in Sanaa, "
        "the UN said on Sunday. A UN spokesman said some had been freed, adding that nine "
        "remained in custody."
    )
    find(events, dict(type="holding", value=9))


def test_batches_of_two_days_with_the_second_verb_left_out() -> None:
    events = run(
        "Missionaries freed\n\nA gang in Haiti freed 12 missionaries on Thursday. Three others "
        "were released on Monday and two on Tuesday, the group said.",
        published="2021-12-17",
    )
    three = find(events, dict(type="release", value=3))
    two = find(events, dict(type="release", value=2))
    assert (three.date, two.date) == ("2021-12-13", "2021-12-14")


def test_a_headline_opening_on_a_number_and_a_custody_participle() -> None:
    events = run(
        "At least 40 abducted in Zamfara village attack\n\nGunmen stormed the village of Kaura "
        "on Sunday night, residents said."
    )
    taken = find(events, dict(type="detention", value=40))
    assert taken.count.qualifier == "at_least"


def test_pardons_with_a_bare_number() -> None:
    events = run(
        "Belarus pardons 30, including journalists\n\nThe pardons were announced by the "
        "presidential office on Friday."
    )
    assert find(events, dict(type="release", value=30)).holder == "Belarus"


def test_a_state_repatriating_people_from_a_camp_holds_none() -> None:
    events = run(
        "Families brought home\n\nIraq repatriated 120 families, about 500 people, from the "
        "al-Hol camp in northeast Syria on Tuesday, the migration ministry said."
    )
    assert find(events, dict(type="release", value=500)).holder != "Iraq"


def test_a_state_returning_children_deported_abroad_is_their_recipient() -> None:
    events = run(
        "Children brought back\n\nUkraine has returned nine children who had been deported "
        "to Russia, the presidential office said on Tuesday."
    )
    assert find(events, dict(type="release", value=9)).holder != "Ukraine"


def test_no_word_that_people_were_freed_is_no_release() -> None:
    events = run(
        "Fate unknown\n\nThe family of jailed journalist Amanuel Asrat said on Monday it had "
        "received no word that he had been freed. Officials said there was no confirmation "
        "that the 12 hostages had been released."
    )
    assert not [e for e in events if e.type == "release"]
