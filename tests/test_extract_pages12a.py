"""Detentions, abductions, deaths in custody, hunger strikes and holdings, told the way
unseen pages tell them (docs/accuracy-unseen.md, "Twelfth round (seventeenth session),
pages12a"). Each fixed by a general mechanism and tested here on sentences written for
this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------ who speaks, accuses or is supported


def test_a_leader_who_denounced_an_arrest_is_not_the_one_arrested() -> None:
    events = run(
        "Venezuela's attorney general said on Tuesday that activist Tomas Rivas had been "
        "arrested, hours after opposition leader Marco Duarte denounced his disappearance."
    )
    e = find(events, dict(type="detention", names_include={"Tomas Rivas"}))
    assert "Marco Duarte" not in e.people.names


def test_a_journalist_who_accused_soldiers_of_taking_her_father_is_not_taken() -> None:
    events = run(
        "Soldiers detained civilians in the occupied town this week. Oksana Levchenko, an "
        "editor in occupied Berdiansk, accused Russian soldiers of taking her 70-year-old "
        "father hostage."
    )
    assert not [e for e in events if "Oksana Levchenko" in e.people.names]


def test_a_person_accused_of_spying_and_arrested_is_named() -> None:
    events = run(
        "Journalist Karim Tavakoli, accused of spying for a foreign state, was arrested in "
        "Tehran last week, his family said."
    )
    find(events, dict(type="detention", names_include={"Karim Tavakoli"}))


def test_the_leader_a_picket_supported_is_not_one_of_those_detained_there() -> None:
    events = run(
        "Five activists were detained at a picket in support of jailed opposition leader "
        "Mikola Statkevich in Minsk on Sunday."
    )
    find(events, dict(type="detention", value=5))
    assert not [e for e in events if "Mikola Statkevich" in e.people.names]


# ------------------------------------------------------ people with a verb of their own


def test_civil_servants_dismissed_or_suspended_are_not_detained() -> None:
    events = run(
        "Turkish police detained 40 opposition members on Monday, and more than 5,000 civil "
        "servants have been dismissed or suspended since the start of the probe."
    )
    find(events, dict(type="detention", value=40))
    assert not [e for e in reportable(events) if e.count and e.count.value == 5000]


def test_the_remaining_suspects_being_sought_are_not_held() -> None:
    events = run(
        "Police arrested six suspects in raids on Tuesday over the bombing. Twelve of the "
        "suspects were detained, five are thought to have left the country and the remaining "
        "three are being sought."
    )
    assert not [e for e in reportable(events) if e.type == "holding"]


def test_what_kidnappers_usually_do_is_no_release() -> None:
    events = run(
        "Gunmen abducted 30 farmers in Katsina state on Thursday, police said. Kidnappers in "
        "the region usually hold their victims in forest camps and only free them once a "
        "ransom has been paid."
    )
    find(events, dict(type="detention", value=30))
    assert not [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------ some of a batch, and its day


def test_the_authorities_who_released_two_of_them_freed_some_of_the_batch() -> None:
    events = run(
        "Police detained five journalists in the capital on Friday. The authorities released "
        "two of them on Sunday."
    )
    find(events, dict(type="detention", value=5))
    find(events, dict(type="release", status="occurred", value=2))


def test_a_day_told_a_few_days_after_the_pages_date_gets_no_year_before() -> None:
    events = run(
        "Iran detains journalists\nTEHRAN, July 25, 2014 — Iranian authorities detained two "
        "journalists in Tehran, officials said. On July 28, officials released both of them.",
        published="2014-07-25",
    )
    assert not [e for e in events if e.date and e.date.startswith("2013")]


# ------------------------------------------------------ statuses: a demand, a denial, a thing


def test_a_call_for_an_inquiry_into_a_death_in_custody_tells_the_death() -> None:
    events = run(
        "Rights groups called for an independent investigation into the death in custody of "
        "a Palestinian detainee at Ofer prison on Monday."
    )
    find(events, dict(type="death_in_custody", status="occurred"))
    assert not [e for e in events if e.status == "demanded"]


def test_a_prisoner_denied_visits_is_on_hunger_strike_not_denied_one() -> None:
    events = run(
        "Denied family visits for five years, the prisoner began a hunger strike in Ofer "
        "prison on Monday along with three other prisoners."
    )
    assert [e for e in reportable(events) if e.type == "hunger_strike"]
    assert not [e for e in events if e.status == "denied"]


def test_information_released_about_detainees_frees_no_one() -> None:
    events = run(
        "Police detained three journalists in Tehran on Monday. No further information was "
        "released about the three journalists."
    )
    find(events, dict(type="detention", value=3))
    assert not [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------ who was taken, and by what words


def test_people_taken_to_a_police_station_are_the_ones_detained() -> None:
    events = run(
        "Police detained two activists in Minsk on Saturday. Ihar Barysau and Pavel "
        "Sinkevich were taken to the police station after they unfurled a banner."
    )
    find(events, dict(type="detention", names={"Ihar Barysau", "Pavel Sinkevich"}))


def test_the_leader_who_wrote_a_quote_is_not_the_one_detained() -> None:
    events = run(
        "Opposition figures arrested in Caracas\nPedro Salas, head of the party's youth "
        'wing, "was having dinner with his family on Friday when he was detained by four '
        'hooded men," wrote opposition leader Carla Mendoza on social media.'
    )
    assert not [e for e in events if "Carla Mendoza" in e.people.names]


def test_a_party_named_for_democracy_is_no_persons_name() -> None:
    events = run(
        "Police detained activists of the Belarusian Christian Democracy party in Vitsebsk on "
        "Saturday. Two of them were taken to the police station after they unfurled a banner."
    )
    assert not [e for e in events if "Christian Democracy" in e.people.names]


def test_a_group_detained_then_told_by_they_were_released_is_freed() -> None:
    events = run(
        "Police detained 11 journalists during raids on Monday. Though they were initially "
        "jailed pending trial, they were released on Thursday but still face charges."
    )
    find(events, dict(type="detention", value=11))
    find(events, dict(type="release", status="occurred", value=11))


# ------------------------------------------------ slots: whose acts, where one lives, which day


def test_a_tally_of_a_states_detentions_gives_its_demonym_to_no_people() -> None:
    events = run(
        "Troops detained 14 people in raids overnight, a prisoners' group said. This brings "
        "the total number of Israeli detentions in the West Bank since October 7 to 9,120."
    )
    e = find(events, dict(type="detention", value=9120))
    assert "Israeli" not in e.people.nationality


def test_the_city_a_detainee_lives_in_is_no_name() -> None:
    events = run(
        "Iran has jailed another dual national. Leila Farahani, a British-Iranian dual "
        "national residing in Los Angeles, has been in detention for 40 days in Evin Prison."
    )
    assert [e for e in events if "Leila Farahani" in e.people.names]
    assert not [e for e in events if "Los Angeles" in e.people.names]


def test_an_example_of_an_earlier_arrest_does_not_share_the_days_date() -> None:
    events = run(
        "Iranian authorities arrested Leila Farahani, a dual national, on Monday, September "
        "29, 2025, at Tehran airport. For example, Reza Karimi, a former journalist, was "
        "arrested during a visit to Iran and sentenced to eight years in prison.",
        published="2025-11-19",
    )
    e = find(events, dict(type="detention", names_include={"Reza Karimi"}))
    assert e.date is None


def test_the_role_told_again_with_was_released_is_the_person_named() -> None:
    events = run(
        "Police in Yangon detained a student on Monday. Student Shwe Mon Aye, 17, was arrested "
        "on April 14 in Yangon. The student was released on April 20."
    )
    find(events, dict(type="release", status="occurred", names={"Shwe Mon Aye"}))


# ------------------------------------------------ deaths in custody: a lead's count, a toll, a day


def test_a_count_after_a_datelines_year_and_dash_is_no_range() -> None:
    events = run(
        "Prisoners die in Iranian jails\nTEHRAN, July 25, 2014 - Three prisoners died in custody "
        "in Iran this week, rights groups said.",
        published="2014-07-25",
    )
    find(events, dict(type="death_in_custody", status="occurred", value=3))


def test_a_toll_of_deaths_in_detention_is_a_death_toll_not_a_holding() -> None:
    events = run(
        "A prisoner died in custody in Iran on Monday, rights groups said, bringing to 12 the "
        "number of deaths in detention this year."
    )
    find(events, dict(type="death_in_custody", value=12, aggregate=True))
    assert not [e for e in reportable(events) if e.type == "holding"]


def test_a_detention_told_in_a_relative_clause_takes_no_day_of_the_main_verb() -> None:
    events = run(
        "Detainee found dead in cell\nBAGHDAD, July 25, 2014 - Ali Hassan, who had been "
        "detained by the militia since March, was found dead in his cell on Tuesday, his "
        "family said.",
        published="2014-07-25",
    )
    find(events, dict(type="death_in_custody", date="2014-07-22"))
    assert not [e for e in events if e.type == "detention" and e.date == "2014-07-22"]
