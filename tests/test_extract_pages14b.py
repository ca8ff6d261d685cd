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
        "captivity. They were then handed over by village elders to Mayor Hadji Abdulla of "
        "Patikul town."
    )
    assert _names(events) == []


def test_an_official_who_received_the_freed_is_not_one_of_them() -> None:
    events = run(
        "Soldiers rescued the kidnapped pupils of a school in Kebbi State. Deputy Governor "
        "Umaru Musa Dikko received the pupils at the Government House."
    )
    assert _names(events) == []


# ------------------------------------------------ 'newly' and 'recently' inside a people phrase


def test_newly_freed_people_back_on_home_soil_are_counted() -> None:
    events = run(
        "Hostages freed in Mali. Four newly freed Canadians are back on Canadian soil after a "
        "prisoner exchange brokered by Qatar."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.people.nationality) for e in releases] == [
        (4, ("Canadian",))
    ]


def test_recently_kidnapped_people_handed_to_their_parents_are_counted() -> None:
    events = run(
        "Pupils rescued in Kebbi. The police have handed over the nine recently kidnapped "
        "pupils to their parents in Birnin Kebbi."
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
        "Prisoners freed in a swap. Twelve freed French hostages landed at Villacoublay air "
        "base on Sunday."
    )
    assert _counted_releases(events) == [12]


def test_freed_people_a_plane_carried_that_touched_down_were_freed() -> None:
    events = run(
        "Prisoners freed in a swap. A military plane carrying the 39 freed hostages touched "
        "down in Frankfurt on Monday."
    )
    assert _counted_releases(events) == [39]


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
        "Thai hostages home. The five hostages—Somchai Srisuk, Anan Boonmee, Prasert Kaew, "
        "Wichai Chan and Niran Thong—arrived at Don Mueang Airport at 9:10 am (0210 GMT), "
        "following their release on January 30 under a truce deal."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert len(releases) == 1
    assert "Somchai Srisuk" in releases[0].people.names


def test_people_named_without_a_role_who_arrived_after_their_release_were_freed() -> None:
    events = run(
        "Hostages freed by Hamas return home. Somchai Srisuk, Anan Boonmee and Prasert Kaew "
        "arrived in Bangkok on Sunday following their release by Hamas last month."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert len(releases) == 1
    assert {"Somchai Srisuk", "Anan Boonmee", "Prasert Kaew"} <= set(releases[0].people.names)


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


def test_the_state_whose_airliner_carried_freed_people_does_not_hold_them() -> None:
    events = run(
        "Hostages freed in Lebanon. A Dutch military airliner carrying the 39 freed hostages "
        "touched down in Eindhoven on Sunday."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.holder) for e in releases] == [(39, None)]


# ------------------------------------ a person freed, named in the next sentence's apposition


def test_the_freed_person_named_in_apposition_in_the_next_sentence() -> None:
    events = run(
        "Aid worker freed in Sudan. A Swiss aid worker kidnapped in Darfur in May has been "
        "freed, officials said. The 35-year-old nurse, Lea Meier, is in good health and is "
        "now in Khartoum."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, e.people.names) for e in releases] == [
        (1, ("Lea Meier",))
    ]


def test_an_official_named_in_apposition_after_a_release_is_not_the_freed_person() -> None:
    events = run(
        "Aid worker freed in Sudan. A Swiss aid worker kidnapped in Darfur in May has been "
        "freed, officials said. The ministry spokesman, Omar Hassan, told reporters she was "
        "in good health."
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
        "Four French journalists held hostage in Syria for ten months were freed on Saturday. "
        "Marc Dubois, Paul Girard, Henri Lefort and Luc Moreau smiled at a crowd of colleagues "
        "after stepping off a military helicopter near Paris."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert len(releases) == 1
    assert set(releases[0].people.names) == {
        "Marc Dubois",
        "Paul Girard",
        "Henri Lefort",
        "Luc Moreau",
    }


def test_a_list_of_fewer_names_than_the_batch_names_no_one() -> None:
    events = run(
        "Four French journalists held hostage in Syria for ten months were freed on Saturday. "
        "Emmanuel Macron and Brigitte Macron greeted them at an air base near Paris."
    )
    assert _names(events) == []


def test_people_told_again_by_their_number_take_the_names_listed_before() -> None:
    events = run(
        "Prisoner swap completed. Evan Smith, Paul Brown and Alice Chen arrived at Joint Base "
        "Andrews shortly before midnight. The three were freed on Thursday in a prisoner "
        "exchange with Russia."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [(e.count.value if e.count else None, set(e.people.names)) for e in releases] == [
        (3, {"Evan Smith", "Paul Brown", "Alice Chen"})
    ]


def test_people_told_again_by_their_number_take_the_names_of_their_arrest() -> None:
    events = run(
        "Journalists Anna Berg and Tomas Lind were detained in Minsk in March. The two were "
        "freed on Tuesday and flew to Vilnius."
    )
    releases = [e for e in reportable(events) if e.type == "release"]
    assert [set(e.people.names) for e in releases] == [{"Anna Berg", "Tomas Lind"}]
