"""Shapes met while probing real-news wording in the tenth session: general mechanisms,
on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _counts(events: list) -> list[int]:
    return sorted(e.count.value for e in reportable(events) if e.count)


def test_of_the_people_freed_opening_a_sentence_is_the_batch() -> None:
    # told nowhere else: the group of the opening is the batch, the 40 a part of it
    events = run(
        "Israel freed Palestinian prisoners on Thursday under the ceasefire deal. "
        "Of the 250 prisoners freed on Thursday, 40 were serving life sentences, "
        "a prisoners' group said."
    )
    find(events, dict(type="release", value=250))
    assert _counts(events) == [250]


def test_of_the_people_freed_told_before_stays_one_record() -> None:
    events = run(
        "Israel freed 250 Palestinian prisoners on Thursday under the ceasefire deal. "
        "Of the 250 prisoners released, 40 were serving life sentences."
    )
    find(events, dict(type="release", value=250, holder="Israel"))
    assert _counts(events) == [250]


def test_of_a_group_told_by_who_held_them_keeps_its_parts() -> None:
    events = run(
        "Russia and Belarus freed 16 people in a prisoner swap with the West on Thursday. "
        "Of the 16 people released, 15 had been held in Russia and one in Belarus."
    )
    assert 250 not in _counts(events)
    assert _counts(events).count(16) <= 1


def test_some_of_the_people_freed_were_from_a_town_is_a_part_of_the_batch() -> None:
    events = run(
        "Israel released Palestinian prisoners overnight as part of the truce. "
        "Twelve of the 90 prisoners freed were from Jenin, a prisoners' group said."
    )
    e = find(events, dict(type="release", value=90))
    assert e.location.place is None  # where twelve of them come from, not where it happened
    assert _counts(events) == [90]


def test_some_of_the_people_freed_by_a_verb_before_them_stay_a_part() -> None:
    # the verb before: 'freed eight of the 20 hostages' frees eight
    events = run("Gunmen freed eight of the 20 hostages seized in Kaduna on Sunday, police said.")
    find(events, dict(type="release", value=8))


def test_a_capture_of_counted_people_is_read_without_other_custody_words() -> None:
    # 'captured' alone is no custody word (towns are captured too), but next to a
    # counted group of people it is worth reading
    events = run("Russia has captured two British soldiers in Kursk, officials said.")
    e = find(events, dict(type="detention", value=2, holder="Russia"))
    assert list(e.people.nationality) == ["British"]


def test_a_party_before_another_speaker_is_not_who_says_it() -> None:
    events = run(
        "Russian forces have captured two British men fighting for Ukraine in the Kursk "
        "region, Russian state media reported on Monday."
    )
    e = find(events, dict(type="detention", value=2, holder="Russia"))
    assert e.source_actor is None  # Ukraine is who they fought for


def test_have_taken_people_prisoner_is_a_capture() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. Russian troops have taken "
        "two Colombian men prisoner near Pokrovsk, the army said."
    )
    find(events, dict(type="detention", value=2))


def test_names_after_a_counted_subject_opening_the_sentence_are_its_people() -> None:
    events = run(
        "Two Israeli hostages, Dana Levi and Omer Katz, were handed over to the Red Cross "
        "in Khan Younis on Saturday."
    )
    e = find(events, dict(type="release", value=2))
    assert list(e.people.names) == ["Dana Levi", "Omer Katz"]


def test_the_relative_of_a_named_person_is_not_that_person() -> None:
    events = run(
        "Rebels freed the father of footballer Mateo Rincon on Thursday, 12 days after he "
        "was kidnapped near Riohacha, the church said."
    )
    assert not any("Mateo Rincon" in e.people.names for e in events)


def test_people_allowed_to_go_home_are_released() -> None:
    events = run(
        "Ukraine and Russia swapped prisoners of war on Friday. Under the deal, 25 "
        "Ukrainian prisoners were allowed to go home, the ombudsman said."
    )
    find(events, dict(type="release", value=25))


def test_counted_people_who_came_home_pass_the_prefilter() -> None:
    events = run("A total of 49 Ukrainian defenders came home on Friday, Kyiv said.")
    e = find(events, dict(type="release", value=49))
    assert list(e.people.nationality) == ["Ukrainian"]


def test_people_given_in_exchange_take_no_place_of_the_other_sides_release() -> None:
    events = run(
        "More than 90 Palestinians walked out of Ofer prison early on Monday after Israel "
        "released them in exchange for three Israeli hostages, officials said."
    )
    e = find(events, dict(type="release", value=3))
    assert e.location.facility is None and e.holder != "Israel"
    assert find(events, dict(type="release", value=90)).location.facility == "Ofer prison"


def test_a_mediating_states_own_police_hold_the_people_they_arrest() -> None:
    events = run(
        "Turkish police detained 37 people suspected of links to Islamic State in raids "
        "across 12 provinces, the interior minister said."
    )
    find(events, dict(type="detention", value=37, holder="Turkey"))
    events = run("Egyptian security forces arrested 25 people in Cairo on Friday, a group said.")
    find(events, dict(type="detention", value=25, holder="Egypt"))


def test_a_mediating_state_that_helped_a_release_does_not_hold_the_people() -> None:
    events = run(
        "Hamas freed four hostages on Saturday after mediation by Egyptian security "
        "officials, the army said."
    )
    assert find(events, dict(type="release", value=4)).holder == "Hamas"


def test_the_agent_of_one_sides_release_does_not_hold_the_other_sides_people() -> None:
    events = run(
        "Three hostages were released by Hamas on Saturday in exchange for 183 "
        "Palestinian prisoners, the army said."
    )
    find(events, dict(type="release", value=3, holder="Hamas"))
    assert find(events, dict(type="release", value=183)).holder != "Hamas"


def test_a_capitalised_or_inside_a_sentence_is_a_first_name() -> None:
    events = run("Hamas freed three hostages on Sunday. Eli Sharabi and Or Levy were released.")
    assert any("Or Levy" in e.people.names for e in events)


def test_its_own_at_the_end_of_a_phrase_counts_the_subjects_people() -> None:
    events = run(
        "Ukraine brought home 390 soldiers on Friday, while Russia said it received 380 of its own."
    )
    find(events, dict(type="release", value=390, holder="Russia"))
    find(events, dict(type="release", value=380, holder="Ukraine"))


def test_counted_people_right_before_freed_pass_the_prefilter() -> None:
    events = run("The exchange, the 58th of the war, saw 95 Ukrainians freed.")
    find(events, dict(type="release", value=95))


def test_arrests_over_part_of_a_month_are_a_tally() -> None:
    events = run(
        "Israeli forces detained 320 Palestinians in the West Bank during the first week "
        "of the month, the Palestinian Prisoners Society said."
    )
    assert find(events, dict(type="detention", value=320)).aggregate


def test_as_before_a_counted_subject_opens_a_clause_of_its_own() -> None:
    events = run(
        "Four Israeli soldiers freed as 200 Palestinian prisoners walk out of Israeli jails\n\n"
        "Hamas on Saturday handed four Israeli soldiers to the Red Cross in Gaza City. "
        "Israel later released 200 Palestinian prisoners."
    )
    assert find(events, dict(type="release", value=4)).holder == "Hamas"
    assert not any(e.count and e.count.value == 4 and e.holder == "Israel" for e in events)


def test_as_many_as_is_no_clause_break() -> None:
    events = run("Israel released as many as 200 Palestinian prisoners on Saturday.")
    find(events, dict(type="release", value=200, holder="Israel"))


def test_a_headline_participle_after_a_reduced_relative_is_the_news() -> None:
    events = run(
        "24 schoolgirls abducted in Kebbi freed\n\n"
        "The girls were released on Tuesday, the governor said."
    )
    find(events, dict(type="release", value=24))
    assert not any(e.type == "detention" for e in reportable(events))


def test_a_named_person_who_walked_free_is_released() -> None:
    events = run("Evan Morrell walked free on Thursday as part of a prisoner swap, officials said.")
    assert any(e.type == "release" and "Evan Morrell" in e.people.names for e in events)


def test_a_past_holding_in_a_relative_clause_is_not_the_news_of_the_name() -> None:
    events = run(
        "The Taliban released American citizen Dale Corbin, who had been held in "
        "Afghanistan since 2022, following talks mediated by Qatar."
    )
    e = find(events, dict(type="release", holder="Taliban"))
    assert "Dale Corbin" in e.people.names
    assert not any(x.type == "holding" for x in events)


def test_a_holding_in_the_appositive_of_a_person_now_released_is_over() -> None:
    events = run(
        "French researcher Luc Marchand, held in Iran for more than two years, has been "
        "released, the president said on Thursday."
    )
    assert any(e.type == "release" and "Luc Marchand" in e.people.names for e in events)
    assert not any(e.type == "holding" for e in events)


def test_more_people_who_have_died_are_a_batch_not_a_toll() -> None:
    events = run(
        "Two more hostages have died in captivity, the government said, bringing to 35 "
        "the number of hostages confirmed dead in Gaza."
    )
    assert not find(events, dict(type="death_in_custody", value=2)).aggregate
    assert find(events, dict(type="death_in_custody", value=35)).aggregate


def test_troops_who_reached_them_tell_no_total() -> None:
    events = run(
        "The army said six hostages had been killed by their captors shortly before "
        "troops reached them."
    )
    assert not find(events, dict(type="death_in_custody", value=6)).aggregate


def test_hostages_found_dead_died_in_captivity() -> None:
    events = run("Six hostages were found dead in a tunnel in Rafah, the military said.")
    find(events, dict(type="death_in_custody", value=6))
    events = run("Rescuers said six hikers were found dead in a ravine in the Alps.")
    assert not any(e.type == "death_in_custody" for e in events)


def test_kidnappings_over_a_quarter_are_a_tally() -> None:
    events = run(
        "At least 210 people were kidnapped across the Centre and Artibonite regions in "
        "the first quarter, the UN said."
    )
    assert find(events, dict(type="detention", value=210)).aggregate


def test_a_person_and_his_companion_are_two_people() -> None:
    events = run("Gunmen kidnapped a Chinese national and his driver in Zamfara, police said.")
    e = find(events, dict(type="detention", value=2))
    assert list(e.people.nationality) == ["Chinese"]
    events = run("Police arrested a journalist and his wife in Minsk on Friday, officials said.")
    find(events, dict(type="detention", value=2))
    # (not 'and his lawyer said ...': another clause, no companion taken)
    events = run("Police arrested a journalist on Friday and his lawyer of many years said so.")
    assert all(e.count is None or e.count.value == 1 for e in events)


def test_some_of_those_detained_are_people() -> None:
    events = run(
        "The protests led to more than 2,000 arrests, and authorities have since released "
        "225 of those detained, the attorney general said."
    )
    find(events, dict(type="release", value=225))


def test_a_mediating_states_own_authorities_hold_the_people_they_free() -> None:
    events = run(
        "Egyptian authorities released activist Karim Nassar on Tuesday after a pardon, "
        "his family said."
    )
    e = find(events, dict(type="release", holder="Egypt"))
    assert "Karim Nassar" in e.people.names


def test_people_recaptured_after_an_escape_are_detained() -> None:
    events = run(
        "Police said 40 inmates who escaped on Monday were recaptured in Port-au-Prince on Friday."
    )
    find(events, dict(type="detention", value=40))


def test_a_bare_count_recaptured_or_leaving_jail_stands_for_people_told_before() -> None:
    events = run(
        "Dozens of inmates escaped from a prison in Port-au-Prince after gangs attacked it, "
        "and at least 12 were recaptured, police said."
    )
    e = find(events, dict(type="detention", value=12))
    assert e.count.qualifier == "at_least"
    events = run(
        "Cuba began freeing prisoners under the deal on Wednesday, with at least 30 "
        "leaving jail, relatives said."
    )
    find(events, dict(type="release", value=30))


def test_a_bare_count_returned_stands_for_the_people_told_before() -> None:
    events = run(
        "Kyiv and Moscow exchanged the bodies of fallen soldiers on Friday: 909 were "
        "returned to Ukraine and 43 to Russia."
    )
    find(events, dict(type="release", value=909, holder="Russia"))
    find(events, dict(type="release", value=43, holder="Ukraine"))


def test_a_name_among_a_counted_batch_is_one_of_its_people() -> None:
    events = run("Salma Haddad was among 90 Palestinian prisoners released by Israel on Sunday.")
    e = find(events, dict(type="release", value=90, holder="Israel"))
    assert list(e.people.names) == ["Salma Haddad"]
    assert len(reportable(events)) == 1


def test_some_of_the_people_taken_freed_by_an_active_perfect_are_the_batch() -> None:
    events = run(
        "Gunmen who abducted 15 worshippers from a mosque in Zamfara have released 10 of "
        "them after a ransom was paid, a community leader said."
    )
    find(events, dict(type="release", value=10))
    assert not any(e.type == "release" and e.count and e.count.value == 15 for e in events)


def test_the_icrc_only_welcoming_a_release_is_no_intermediary() -> None:
    events = run(
        "The Houthis said they had released 153 detainees on humanitarian grounds, in a "
        "move welcomed by the ICRC."
    )
    assert find(events, dict(type="release", value=153)).intermediary is None
    events = run("The Houthis released 153 detainees, overseen by the ICRC, officials said.")
    assert find(events, dict(type="release", value=153)).intermediary == "ICRC"


def test_a_count_along_with_a_named_companion_shares_the_release() -> None:
    events = run(
        "Freed hostage Dana Levi, 29, was handed over to the Red Cross in Khan Younis "
        "along with Omer Katz, 80, and five Thai nationals."
    )
    e = find(events, dict(type="release", value=5))
    assert list(e.people.nationality) == ["Thai"]
