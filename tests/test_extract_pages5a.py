"""Releases told the way unseen pages tell them (docs/accuracy-unseen.md, "Fifth round
(tenth session), pages5a: releases"): each fixed by a general mechanism and tested here
on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------- named people freed (names.py, triggers.json)


def test_a_named_person_set_free() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. Karim Haddad was "
        "set free on Saturday after nine years in jail."
    )
    find(events, dict(type="release", status="occurred", names={"Karim Haddad"}))


def test_a_named_person_who_took_back_his_freedom() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. Prisoner Karim "
        "Haddad took back his freedom on Thursday after twelve years behind bars."
    )
    find(events, dict(type="release", status="occurred", names={"Karim Haddad"}))
    assert not [e for e in events if e.type == "detention" and "Karim Haddad" in e.people.names]


def test_a_name_closing_an_apposition_before_the_custody_verb() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. The spokesman of the "
        "farmers' union in the northern valley, Omar Saleh, was released on Monday."
    )
    find(events, dict(type="release", status="occurred", names={"Omar Saleh"}))


def test_where_a_named_person_comes_from_is_not_where_he_was_freed() -> None:
    events = run(
        "Police arrested three men in Jenin on Sunday, officials said. Omar Saleh, from "
        "Deir Hanna village, north of Sakhnin, was set free on Tuesday at a checkpoint."
    )
    freed = find(events, dict(type="release", status="occurred", names={"Omar Saleh"}))
    assert freed.location.place != "Deir Hanna village"


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    events = run(
        "Police arrested three men in Cairo on Sunday, officials said. Samir Adel, a leader "
        "of the march that forced out minister Fouad Nassar, was detained on Friday."
    )
    assert not [e for e in events if "Fouad Nassar" in e.people.names]


# ------------------------------------------------ people counted (counted.py, people.json)


def test_a_compound_adjective_inside_the_people_phrase() -> None:
    events = run(
        "Police arrested three men in Aden on Sunday, officials said. The rebels released "
        "64 war-related detainees on Friday and 12 low-risk prisoners on Saturday."
    )
    assert {64, 12} <= {e.count.value for e in reportable(events) if e.type == "release"}


def test_geologists_and_young_adults_are_people() -> None:
    events = run(
        "Police arrested three men in Cali on Sunday, officials said. The guerrillas freed "
        "three Peruvian geologists on Monday. Separately, 40 young adults were released from "
        "a prison in the east."
    )
    find(events, dict(type="release", status="occurred", value=3, nationality={"Peruvian"}))
    find(events, dict(type="release", status="occurred", value=40))


# --------------------------------------------- who is asked to free people (holder_slot.py)


def test_the_party_asked_to_free_people_holds_them() -> None:
    events = run(
        "The army freed 200 rebel prisoners on Monday, officials said. The bishop called for "
        "the ELN to free 80 soldiers it is holding."
    )
    find(events, dict(type="release", status="demanded", value=80, holder="ELN"))


# ----------------------------------------------------- running totals (cues.json, status.py)


def test_a_sentence_opening_on_since_tells_a_running_total() -> None:
    events = run(
        "Police arrested three men in Cali on Sunday, officials said. Since 2005, the aid "
        "group, acting as a neutral go-between, has helped free more than 900 hostages."
    )
    find(events, dict(type="release", value=900, aggregate=True))


def test_an_overnight_window_opening_the_sentence_is_no_running_total() -> None:
    events = run(
        "Police arrested three men in Hebron on Sunday, officials said. Since last night, "
        "until this morning, soldiers arrested 14 people in the southern villages."
    )
    find(events, dict(type="detention", value=14, aggregate=False))


def test_people_released_since_a_date_are_a_running_total() -> None:
    events = run(
        "Police arrested three men in Caracas on Sunday, officials said. The rights group "
        "said 212 political prisoners were released since the vote."
    )
    find(events, dict(type="release", value=212, aggregate=True))


def test_a_share_of_the_total_is_no_total_of_the_batch() -> None:
    events = run(
        "Police arrested three men in Yangon on Sunday, officials said. At least 30 "
        "political detainees were freed on Friday, barely 2 percent of the total number of "
        "political prisoners held in the country."
    )
    find(events, dict(type="release", value=30, aggregate=False))


def test_a_later_arrests_since_clause_is_not_the_release_total() -> None:
    events = run(
        "Police arrested three men in Yangon on Sunday, officials said. The junta has "
        "ordered the release of 9,000 prisoners under an amnesty, though few activists "
        "arrested since the coup are expected among them."
    )
    find(events, dict(type="release", value=9000, aggregate=False))


# ------------------------------------------------------------- holders, status, type, merge


def test_a_country_the_freed_cross_into_holds_no_one() -> None:
    events = run(
        "Another 14 prisoners were pardoned and released in June during the visit of an "
        "envoy, including Pavel Sokol, the husband of opposition leader Anna Sokol. Sokol met "
        "some of the released prisoners as they crossed the border into neighbouring Poland, "
        "where President Jan Nowak thanked the envoy for his efforts in freeing them."
    )
    assert not [e for e in events if e.holder == "Poland"]


def test_talks_on_the_release_of_people_are_no_release() -> None:
    events = run(
        "Police arrested three men in Kabul on Sunday, officials said. Sources said there "
        "had been progress this week on the release of 400 prisoners."
    )
    find(events, dict(type="release", status="planned", value=400))


def test_soldiers_transferred_to_their_own_state_are_freed() -> None:
    events = run(
        "Police arrested three men in Baku on Sunday, officials said. Kyiv transferred 40 "
        "Russian soldiers to Russia on Friday."
    )
    find(events, dict(type="release", status="occurred", value=40, holder="Ukraine"))
    events = run(
        "Police arrested three men in Minsk on Sunday, officials said. Moscow transferred 50 "
        "Ukrainian prisoners of war to Belarus on Friday."
    )
    find(events, dict(type="transfer", value=50))


def test_an_exact_figure_told_twice_keeps_its_qualifier() -> None:
    events = run(
        "Baku returns eight soldiers to Yerevan\n"
        "Azerbaijan handed over eight soldiers to Armenia on Sunday, the commission said. "
        "Earlier, Baku had also transferred to Armenia more than eight servicemen."
    )
    eight = [e for e in reportable(events) if e.count and e.count.value == 8]
    assert eight and all(e.count.qualifier == "exact" for e in eight)


def test_the_territory_people_are_brought_back_to_names_no_holder() -> None:
    events = run(
        "Police arrested three men in Sumy on Sunday, officials said. On Friday the army "
        "brought back the bodies of 40 fallen Ukrainian soldiers to the territory "
        "controlled by Ukraine."
    )
    forty = find(events, dict(type="release", value=40))
    assert forty.holder != "Ukraine"


# ------------------------------------------------------------- named people (named.py)


def test_who_orders_a_release_is_not_freed() -> None:
    events = run(
        "The country's leader Viktor Marek has ordered the release of 40 political "
        "prisoners, his office said on Monday."
    )
    find(events, dict(type="release", value=40))
    assert not [e for e in events if "Viktor Marek" in e.people.names]


def test_those_released_include_names_the_batch_told_before() -> None:
    events = run(
        "Seven Indian fishermen released from Pakistani jails reached Amritsar on Monday. "
        "They were taken to the border by bus. The fishermen were handed over to the border "
        "guards. Those released include Ravi Patel, Mohan Das and Suresh Kumar."
    )
    seven = find(events, dict(type="release", value=7))
    assert {"Ravi Patel", "Mohan Das", "Suresh Kumar"} <= set(seven.people.names)


def test_a_college_is_no_person() -> None:
    events = run(
        "Gunmen kidnapped 20 students on Monday, police said. Students and staff of Kaduna "
        "Engravers College, who were abducted, have regained their freedom."
    )
    assert not [e for e in events if any("College" in n for n in e.people.names)]


# ---------------------------------------------------- parts of a batch (sense.py, mentions.py)


def test_who_a_batch_included_tells_no_arrest() -> None:
    events = run(
        "Israel freed 250 Palestinian prisoners on Saturday, officials said. This batch "
        "included 200 detainees from Gaza arrested during the war, and 50 others serving "
        "life sentences."
    )
    assert not [e for e in reportable(events) if e.type == "detention"]
    find(events, dict(type="release", value=250))


def test_a_with_clause_telling_some_of_the_freed_is_a_part() -> None:
    events = run(
        "Rebels stormed the city jail on Monday, officials said. The fighters freed 400 "
        "inmates, with at least 90 of the released prisoners being their own men. In the "
        "north, 150 inmates were released, with 20 militants among them."
    )
    assert sorted(e.count.value for e in reportable(events) if e.type == "release") == [150, 400]


def test_a_holder_phrase_of_other_people_told_later_is_not_theirs() -> None:
    events = run(
        "Israel released 60 Palestinian prisoners from Ofer prison early on Monday, just "
        "hours after two Israeli hostages returned to Israel following their release from "
        "Hamas captivity in Gaza."
    )
    find(events, dict(type="release", value=60, holder="Israel"))
    find(events, dict(type="release", value=2, holder="Hamas"))


def test_people_in_a_dash_apposition_and_along_with_after_it() -> None:
    events = run(
        "Hamas handed over three Israeli captives—civilians Noa Levi and Tal Cohen, and a "
        "soldier, Ido Katz—along with five Thai nationals to the Red Cross on Thursday."
    )
    three = find(events, dict(type="release", value=3, holder="Hamas"))
    assert {"Noa Levi", "Tal Cohen", "Ido Katz"} <= set(three.people.names)
    find(events, dict(type="release", value=5, holder="Hamas"))
    assert sorted(e.count.value for e in reportable(events) if e.count) == [3, 5]


def test_a_list_of_parts_by_unit_stays_inside_the_batch() -> None:
    events = run(
        "A total of 150 Ukrainian defenders returned home on Friday, including 90 members "
        "of the Armed Forces, 40 members of the National Guard, 15 members of the State "
        "Border Guard Service and five civilians."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [150]


# ------------------------------------------- the other side of a swap as 'an equal number'


def test_an_equal_number_is_the_other_side_of_the_swap() -> None:
    events = run(
        "Police arrested three men in Kharkiv on Sunday, officials said. Russia returned 75 "
        "Ukrainian prisoners of war, and in exchange Kyiv handed over the same number of "
        "Russian servicemen."
    )
    find(events, dict(type="release", value=75, holder="Russia"))
    find(events, dict(type="release", value=75, holder="Ukraine"))


def test_an_equal_number_transferred_in_a_swap_is_a_release() -> None:
    events = run(
        "Police arrested three men in Kharkiv on Sunday, officials said. Officials said 120 "
        "Ukrainians have returned, with Ukraine transferring an equal number of people to "
        "Russia."
    )
    assert [e.type for e in reportable(events) if e.count and e.count.value == 120] == [
        "release",
        "release",
    ]


def test_an_equal_number_held_is_no_holding() -> None:
    events = run(
        "Police arrested three men in Kharkiv on Sunday, officials said. Russia said it had "
        "swapped 60 Ukrainian soldiers held captive for an equal number of Russian troops."
    )
    assert not [e for e in reportable(events) if e.type == "holding"]


def test_names_listed_each_after_a_role_join_the_batch() -> None:
    events = run(
        "Lukashenko pardoned 30 political prisoners on Thursday, officials said. Rights "
        "groups named several of the freed, including former presidential candidate Pavel "
        "Statkovsky, philosopher Igor Brel and blogger Anna Lenko."
    )
    thirty = find(events, dict(type="release", value=30))
    assert {"Pavel Statkovsky", "Igor Brel", "Anna Lenko"} <= set(thirty.people.names)


def test_a_capture_told_only_by_its_reason_is_no_record() -> None:
    events = run(
        "India has released 31 Pakistani fishermen who were arrested for allegedly fishing "
        "in Indian waters, officials said."
    )
    find(events, dict(type="release", value=31))
    assert not [e for e in reportable(events) if e.type == "detention"]
    events = run(
        "India has released 31 Pakistani fishermen who were arrested by the coast guard in "
        "May, officials said."
    )
    find(events, dict(type="detention", value=31))


def test_the_rulers_of_a_country_hold_whom_they_free() -> None:
    events = run(
        "The military rulers of Myanmar have ordered the release of 5,000 prisoners from "
        "jails across the country, a spokesman said."
    )
    find(events, dict(type="release", value=5000, holder="Myanmar"))


def test_an_exchange_of_n_people_for_n_people_is_one_release_a_side() -> None:
    events = run(
        "Police arrested three men in Kharkiv on Sunday, officials said. Last week there was "
        "an exchange: 40 people for 40 people, the official said."
    )
    assert [e.type for e in reportable(events) if e.count and e.count.value == 40] == [
        "release",
        "release",
    ]
    events = run(
        "Police arrested three men in Kharkiv on Sunday, officials said. There was an "
        "exchange: 40 people for 40 people. The 40 Russian soldiers were returned home on "
        "May 31, 2024, the defence ministry said."
    )
    assert {e.date for e in reportable(events) if e.count and e.count.value == 40} == {"2024-05-31"}
