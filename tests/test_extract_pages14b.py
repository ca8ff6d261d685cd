"""Releases told by arrival and return, and named people freed or detained told over
several sentences, the way unseen pages tell them (docs/accuracy-unseen.md, "Fourteenth
round (nineteenth session), pages14b"). Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import reportable, run


def _names(events: list) -> list[str]:
    return sorted(n for e in reportable(events) for n in e.people.names)


# ------------------------------------------------- who received the people is not one of them


def test_an_official_the_freed_were_handed_to_is_not_one_of_them() -> None:
    events = run(
        "Bandits freed 14 abducted farmers in Zamfara State on Sunday. The farmers were "
        "handed over to Governor Dauda Lawal at the Government House in Gusau."
    )
    assert [(e.type, e.count.value if e.count else None) for e in reportable(events)] == [
        ("release", 14)
    ]
    assert _names(events) == []


def test_a_mayor_the_freed_were_handed_to_by_elders_is_not_one_of_them() -> None:
    events = run(
        "Gunmen released two kidnapped engineers in Sulu on Sunday after a month in "
        "captivity. The engineers were handed over by village elders to Mayor Hadji Abdulla "
        "the next day."
    )
    assert _names(events) == []


def test_an_official_who_received_the_freed_is_not_one_of_them() -> None:
    events = run(
        "Soldiers rescued the kidnapped pupils of a school in Kebbi State. Deputy Governor "
        "Umaru Musa Dikko received the pupils at the Government House."
    )
    assert _names(events) == []


# ------------------------------------------------ 'newly' and 'recently' inside a people phrase


def test_newly_freed_people_handed_to_embassy_staff_are_counted() -> None:
    events = run(
        "Hostages freed in Mali. Four newly freed Canadians were handed over to embassy staff "
        "in Bamako on Sunday."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.people.nationality) for e in releases] == [
        (4, ("Canadian",))
    ]


def test_recently_kidnapped_people_who_escaped_are_counted() -> None:
    events = run(
        "Pupils rescued in Kebbi. Nine recently kidnapped pupils escaped from a forest camp in "
        "Kebbi State on Sunday, police said."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [e.count.value if e.count else None for e in releases] == [9]


# -------------------------------------- freed people who arrive, land or cross tell a release


def _counted_releases(events: list) -> list[int]:
    return sorted(
        e.count.value for e in reportable(events) if e.type == "release" and e.count is not None
    )


def test_freed_people_who_landed_were_freed() -> None:
    events = run(
        "Prisoners freed in a swap. Twelve freed French hostages landed at an air base near "
        "Paris on Sunday."
    )
    assert _counted_releases(events) == [12]


def test_freed_people_a_plane_carried_that_touched_down_were_freed() -> None:
    events = run(
        "Prisoners freed in a swap. A military plane carrying the 16 freed hostages touched "
        "down in Cyprus on Monday."
    )
    assert _counted_releases(events) == [16]


def test_freed_people_who_landed_after_a_release_told_before_are_one_record() -> None:
    events = run(
        "Militants in Mali freed 12 French hostages on Monday. A plane carrying the 12 freed "
        "hostages landed at an air base near Paris on Tuesday."
    )
    assert _counted_releases(events) == [12]


def test_people_who_crossed_home_after_their_release_were_freed() -> None:
    events = run(
        "Prisoners freed in a swap. Some 64 fishermen crossed into India at the Wagah border "
        "on Monday after their release from a Karachi jail."
    )
    assert _counted_releases(events) == [64]


def test_named_people_who_arrived_following_their_release_were_freed() -> None:
    events = run(
        "Freed sailors home. The four sailors—Somchai Srisuk, Anan Boonmee, Prasert Kaew and "
        "Wichai Chan—reached Chittagong by ship at 6:40 am (0040 GMT) on Friday, following "
        "their release by pirates last month."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert len(releases) == 1
    assert "Somchai Srisuk" in releases[0].people.names


def test_people_named_without_a_role_who_arrived_after_their_release_were_freed() -> None:
    events = run(
        "Hostages freed by pirates return home. Ravi Menon, Arjun Nair and Suresh Pillai "
        "arrived in Kochi on Sunday following their release by pirates last month."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert len(releases) == 1
    assert {"Ravi Menon", "Arjun Nair", "Suresh Pillai"} <= set(releases[0].people.names)


def test_an_arrival_of_officials_or_troops_frees_no_one() -> None:
    events = run(
        "Prisoners freed in a swap. A delegation of 12 officials returned from Moscow on "
        "Monday. Troops arrived in the village on Friday with 200 soldiers."
    )
    assert _counted_releases(events) == []


def test_the_state_whose_plane_carried_freed_people_does_not_hold_them() -> None:
    events = run(
        "Hostages freed in Mali. A French military plane carrying the 12 freed hostages "
        "landed at Villacoublay on Sunday."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.holder) for e in releases] == [(12, None)]


def test_the_state_whose_jet_carried_freed_people_does_not_hold_them() -> None:
    events = run(
        "Hostages freed in Lebanon. A Dutch military jet carrying the 11 freed hostages "
        "landed at Eindhoven on Sunday."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.holder) for e in releases] == [(11, None)]


# ------------------------------------ a person freed, named in the next sentence's apposition


def test_the_freed_person_named_in_apposition_in_the_next_sentence() -> None:
    events = run(
        "Nurse freed in Mali. A Swiss nurse abducted near Gao in June has been freed, officials "
        "said. The 41-year-old nurse, Lea Meier, told Swiss television that she was well."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.people.names) for e in releases] == [
        (1, ("Lea Meier",))
    ]


def test_an_official_named_in_apposition_after_a_release_is_not_the_freed_person() -> None:
    events = run(
        "Nurse freed in Mali. A Swiss nurse abducted near Gao in June has been freed, officials "
        "said. The ministry spokesman, Omar Hassan, told reporters she was well."
    )
    assert _names(events) == []


# ------------------------- a named person freed, told by a pronoun after a time told first


def test_a_pronoun_after_a_time_told_first_is_the_person_named_before() -> None:
    events = run(
        "Aid worker Louis Martin, 61, was kidnapped in Niger in 2016. Six years later he was "
        "released, the French foreign ministry said."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [e.people.names for e in releases] == [("Louis Martin",)]


def test_a_pronoun_who_walked_free_is_the_person_named_before() -> None:
    events = run(
        "American teacher Marc Fogel was arrested at a Moscow airport in 2021. On Tuesday he "
        "walked free and boarded a plane with an envoy."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [e.people.names for e in releases] == [("Marc Fogel",)]


def test_the_demonym_as_subject_is_the_person_named_before_with_that_nationality() -> None:
    events = run(
        "Hostage freed in Mali. British engineer Tom Hale, 52, was kidnapped near Gao in 2022. "
        "The Briton was freed on Monday and flown to London."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [e.people.names for e in releases] == [("Tom Hale",)]


def test_the_demonym_of_another_nationality_is_not_the_person_named_before() -> None:
    events = run(
        "Hostage freed in Mali. British engineer Tom Hale, 52, was kidnapped near Gao in 2022. "
        "The German was freed on Monday and flown to Berlin."
    )
    assert all("Tom Hale" not in e.people.names for e in reportable(events) if e.type == "release")


# ---------------------------------- more arrivals: a relative clause, boarding, a welcome


def test_people_who_had_been_held_and_returned_home_were_freed() -> None:
    events = run(
        "Captives freed. Forty fishermen who had been held in Pakistani jails returned to "
        "India on Monday."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.holder) for e in releases] == [(40, "Pakistan")]


def test_freed_people_who_boarded_a_flight_were_freed() -> None:
    events = run(
        "Captives freed. Twenty-two freed fishermen boarded a flight to Colombo on Friday."
    )
    assert _counted_releases(events) == [22]


def test_freed_people_welcomed_by_their_families_were_freed() -> None:
    events = run(
        "Captives freed. The 25 freed detainees were welcomed by their families at Sanaa airport."
    )
    assert _counted_releases(events) == [25]


# ------------------------------- the people just counted, named by a list opening the next sentence


def test_a_list_of_as_many_full_names_opening_the_next_sentence_names_the_batch() -> None:
    events = run(
        "Four Italian engineers kidnapped in Libya in March were freed on Saturday. Marco "
        "Rossi, Paolo Bianchi, Luca Ferri and Dario Conte thanked the foreign ministry in a "
        "short statement."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert len(releases) == 1
    assert set(releases[0].people.names) == {
        "Marco Rossi",
        "Paolo Bianchi",
        "Luca Ferri",
        "Dario Conte",
    }


def test_a_list_of_fewer_names_than_the_batch_names_no_one() -> None:
    events = run(
        "Four Italian engineers kidnapped in Libya in March were freed on Saturday. Giorgia "
        "Meloni and Antonio Tajani greeted them at an airport near Rome."
    )
    assert _names(events) == []


def test_people_told_again_by_their_number_take_the_names_listed_before() -> None:
    events = run(
        "Hostages freed in Yemen after months in captivity. Omar Said, Lina Haddad and Sami "
        "Khoury reached Muscat on "
        "an Omani air force flight. The three were released on Monday after months of talks."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, set(e.people.names)) for e in releases] == [
        (3, {"Omar Said", "Lina Haddad", "Sami Khoury"})
    ]


def test_people_told_again_by_their_number_take_the_names_of_their_arrest() -> None:
    events = run(
        "Journalists Anna Berg and Tomas Lind were detained in Minsk in March. The two were "
        "freed on Tuesday and flew to Vilnius."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [set(e.people.names) for e in releases] == [{"Anna Berg", "Tomas Lind"}]


def test_a_named_person_the_red_cross_brought_back_was_freed() -> None:
    events = run(
        "Prisoner exchange completed. The Red Cross brought Ali Hussein back to Baghdad on "
        "Monday after 20 years in Iranian prisons."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.people.names, e.holder) for e in releases] == [(("Ali Hussein",), "Iran")]


def test_also_back_home_is_a_named_person_tells_her_release() -> None:
    events = run(
        "Prisoner exchange completed. Also back home is medic Olena Hrytsenko, who was "
        "captured near Bakhmut in 2023."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [e.people.names for e in releases] == [("Olena Hrytsenko",)]


def test_an_official_of_a_place_who_has_said_is_a_speaker_not_held() -> None:
    events = run(
        "Kidnapped pupils still held in Zamfara. Governor Dauda Lawal of Zamfara State has "
        "said the abducted pupils were still with their captors."
    )
    assert _names(events) == []


def test_a_person_of_a_town_who_was_freed_is_still_named() -> None:
    events = run(
        "Hostage freed in Mali. British aid worker Tom Hale of Leeds was freed on Monday, the "
        "Foreign Office said."
    )
    assert _names(events) == ["Tom Hale"]


def test_people_named_without_a_role_who_were_flown_home_join_the_batch() -> None:
    events = run(
        "Militants in Mali freed two aid workers on Friday. Anna Berg and Tomas Lind were "
        "flown home on Saturday, officials said."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, set(e.people.names)) for e in releases] == [
        (2, {"Anna Berg", "Tomas Lind"})
    ]
