"""Where a record's people were freed, handed over or taken: the place phrase grammar
(docs/event-record.md: 'Which sentence a field comes from', 'A transfer's place is its
destination'). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from custody.extract import extract
from custody.record import Document, Event

SUN = "2023-11-26"  # a Sunday


def records(text: str) -> list[Event]:
    return [e for e in extract(Document(id="t", text=text, published=SUN)) if e.count]


def one(text: str, value: int) -> Event:
    found = [e for e in records(text) if e.count and e.count.value == value]
    assert len(found) == 1, found
    return found[0]


def rule_of(event: Event) -> str:
    return next(p.rule for p in event.provenance if p.field == "location")


def test_a_later_sentence_gives_the_place_where_the_freed_arrived() -> None:
    e = one(
        "Israel freed 30 prisoners on Saturday. Crowds cheered when they arrived in Ramallah.",
        30,
    )
    assert e.location.place == "Ramallah"
    assert "scene:sentence 2" in rule_of(e) and "place-phrase" in rule_of(e)


def test_a_later_sentence_naming_a_place_without_arrival_gives_none() -> None:
    e = one("Israel freed 30 prisoners on Saturday. Crowds waited for hours in Ramallah.", 30)
    assert e.location.place is None


def test_two_destinations_joined_are_parts_not_the_place() -> None:
    e = one(
        "Israel freed 30 prisoners on Saturday. The buses carrying the freed prisoners "
        "arrived in Nablus in the northern West Bank and Khan Younis.",
        30,
    )
    assert e.location.place is None


def test_a_place_before_where_they_were_handed_over() -> None:
    e = one(
        "Hamas freed four women soldiers on Saturday. Crowds gathered in Gaza City's main "
        "square, where they were handed over to the Red Cross.",
        4,
    )
    assert e.location.place == "Gaza City"
    assert e.intermediary == "ICRC"


def test_a_country_the_freed_arrived_in_is_the_place() -> None:
    e = one(
        "The United States secured the release of 40 political prisoners, who have "
        "arrived in Guatemala.",
        40,
    )
    assert e.location.place == "Guatemala"
    assert rule_of(e).endswith("place-phrase:countries.tsv")


def test_a_swap_done_on_a_countrys_soil_took_place_there() -> None:
    found = records(
        "Russia and Ukraine each freed 90 prisoners of war in a swap done on Turkish soil."
    )
    assert [e.location.place for e in found] == ["Turkey", "Turkey"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed 20 soldiers on Monday, who were then flown to Moscow.",
        "Russia freed 20 soldiers on Monday, who were then returned to Ukraine.",
    ],
)
def test_freed_people_flown_or_returned_to_a_place_were_not_freed_there(text: str) -> None:
    assert one(text, 20).location.place is None


def test_a_transfer_takes_the_place_it_goes_to() -> None:
    e = one("On Sunday 40 detainees were transferred from several jails to Ramallah.", 40)
    assert e.type == "transfer"
    assert e.location.place == "Ramallah"


def test_a_scene_told_before_the_records_own_sentence_gives_its_facility() -> None:
    e = one(
        "Two buses carrying released inmates left Ofer Prison at dusk. "
        "Israel freed 110 inmates on Thursday.",
        110,
    )
    assert e.location.facility == "Ofer Prison"


def test_a_place_of_another_clause_before_the_custody_word_is_not_its_place() -> None:
    e = one(
        "Hamas freed three hostages in Gaza on Saturday, prompting Israel to begin "
        "releasing 369 Palestinian prisoners.",
        369,
    )
    assert e.location.place is None
    assert (
        one(
            "Hamas freed three hostages in Gaza on Saturday, prompting Israel to begin "
            "releasing 369 Palestinian prisoners.",
            3,
        ).location.place
        == "Gaza"
    )


def test_where_a_person_comes_from_or_is_held_later_is_not_where_they_were_taken() -> None:
    found = extract(
        Document(
            id="t",
            text="Ali Haddad, 63, from Jenin in the northern West Bank, died in Israeli "
            "custody. Haddad was arrested on Aug. 6, 2024, and has since been held in "
            "Ganot Prison in southern Israel.",
            published=SUN,
        )
    )
    assert found and all(e.location.place is None for e in found)
    assert all(e.location.facility is None for e in found if e.type == "detention")


def test_where_someone_else_remains_is_not_where_a_person_was_taken() -> None:
    found = extract(
        Document(
            id="t",
            text="Yossi Cohen was taken captive with his brother Eitan, who remains in Gaza.",
            published=SUN,
        )
    )
    taken = [e for e in found if e.type == "detention"]
    assert len(taken) == 1 and taken[0].location.place is None
    # (his brother, who remains in Gaza, is a holding of his own: there is the place)
    assert all(e.type in ("detention", "holding") for e in found)


def test_a_place_the_people_had_gone_to_before_they_were_seized_stays_theirs() -> None:
    e = one(
        "Gunmen abducted at least 30 women who had gone to gather firewood outside "
        "Ngala on Tuesday.",
        30,
    )
    assert e.location.place == "Ngala"


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "On Sunday 369 inmates were transferred from several jails to 'Ofer' and "
            "'Ktziot' prisons under escort.",
            "Ofer and Ktziot prisons",
        ),
        (
            "On Sunday 1,968 inmates were transferred from several jails to the Ofer and "
            "Ktziot facilities.",
            "Ofer and Ktziot facilities",
        ),
        ("On Friday 26 men were released from Yare 3 prison.", "Yare 3 prison"),
        ("On Friday 26 men were released from Zionist prisons.", None),
    ],
)
def test_a_facility_may_be_two_names_quoted_or_numbered_but_not_a_partys(
    text: str, facility: str | None
) -> None:
    assert records(text)[0].location.facility == facility


def test_a_swap_coordinated_by_a_state_has_it_as_mediator() -> None:
    found = records(
        "Russia and Ukraine each freed 90 prisoners of war in a swap coordinated by Qatar."
    )
    assert [e.mediators for e in found] == [("Qatar",), ("Qatar",)]


def test_a_name_called_an_island_after_the_custody_word_is_the_place() -> None:
    e = one("Gunmen kidnapped 12 tourists from a resort on the island of Samal in June.", 12)
    assert e.location.place == "Samal"
    assert rule_of(e) == "place:named-as-a-place"


def test_where_people_live_or_were_first_taken_is_not_the_place_of_a_later_happening() -> None:
    found = extract(
        Document(
            id="t",
            text="The group freed Norwegian Per Olsen, who was kidnapped from a resort on "
            "the island of Samal in 2015. Ali Haddad, a father of four from the town of "
            "Dura, was arrested on 27 December 2021.",
            published=SUN,
        )
    )
    places = {(e.type, e.people.names[0]): e.location.place for e in found}
    assert places[("release", "Per Olsen")] is None
    assert places[("detention", "Per Olsen")] == "Samal"
    assert places[("detention", "Ali Haddad")] is None


def test_where_freed_people_arrived_from_is_not_where_they_were_freed() -> None:
    e = one("101 prisoners released by the Houthis arrived from Aden on Friday.", 101)
    assert e.location.place is None


def test_a_scene_with_parts_arriving_in_two_places_gives_no_place() -> None:
    e = one(
        "Israel freed 183 prisoners on Saturday. Of the freed prisoners, 150 arrived in "
        "Khan Younis while 33 got off a bus in Ramallah.",
        183,
    )
    assert e.location.place is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen kidnapped 12 civilians in a raid on Israel last week.", "Israel"),
        (
            "At least 40 people were kidnapped amid the raids into southern Israel.",
            "southern Israel",
        ),
        ("Houthis detained 12 aid workers and conducted home raids in Yemen.", None),
    ],
)
def test_people_taken_in_an_attack_were_taken_where_it_struck(text: str, place: str | None) -> None:
    assert records(text)[0].location.place == place


def test_a_listed_place_after_a_named_school_is_where_pupils_were_taken() -> None:
    e = one("Gunmen abducted 80 pupils from Saint Mary College, Kankara, on Friday.", 80)
    assert e.location.place == "Kankara"
    e = one("Gunmen abducted 80 pupils in Papiri, Niger State, on Friday.", 80)
    assert e.location.place != "Niger State"


def test_gunmen_in_a_town_seized_people_there_but_militants_in_gaza_name_a_party() -> None:
    assert one("Two hostages were seized by gunmen in Patikul town on Sunday.", 2).location.place
    freed = one("On Sunday six hostages were handed back by militants in Gaza.", 6)
    assert freed.location.place is None


def test_a_scene_may_refer_to_the_freed_as_the_object_of_its_verb() -> None:
    e = one(
        "Israel freed 40 prisoners on Sunday. The Red Cross transported the prisoners, "
        "allowing flags to be raised.",
        40,
    )
    assert e.intermediary == "ICRC"


def test_a_sentence_about_the_whole_swap_gives_its_place_to_both_sides() -> None:
    found = extract(
        Document(
            id="t",
            text="Russia released Marine Tom Reed on Wednesday. In exchange, the United "
            "States freed pilot Ivan Petrov. The exchange took place in Turkey with the "
            "mediation of Qatar, under an understanding reached last month.",
            published=SUN,
        )
    )
    releases = [e for e in found if e.type == "release"]
    assert [e.location.place for e in releases] == ["Turkey", "Turkey"]
    # the swap's brokers and the understanding's date are not each side's
    assert all(not e.mediators and e.date != "2023-10" for e in releases)


def test_a_freed_persons_home_is_not_where_they_were_freed_but_may_be_where_seized() -> None:
    found = extract(
        Document(
            id="t",
            text="Russia released Marine Tom Reed, who is returning to his home in Texas. "
            "Peter Cole, 80, and his wife Ann, 76, who ran schools in Afghanistan, were "
            "arrested in June as they returned to their home in Bamiyan province.",
            published=SUN,
        )
    )
    places = {(e.type, e.people.names[0]): e.location.place for e in found}
    assert places[("release", "Tom Reed")] is None
    assert places[("detention", "Peter Cole")] == "Bamiyan province"


def test_a_camp_named_after_its_noun_and_a_border_named_by_a_nationality() -> None:
    e = records("Eight women were repatriated from the eastern Syrian camp of Al Hol on Monday.")[0]
    assert e.location.facility == "Al Hol"
    found = extract(
        Document(
            id="t",
            text="Omar Haddad, who was arrested in 1985 during a shootout along the "
            "Jordanian border, was freed on Sunday.",
            published=SUN,
        )
    )
    arrest = next(e for e in found if e.type == "detention")
    assert arrest.location.place == "Jordanian border"


def test_named_people_handed_over_right_after_a_counted_release_are_its_scene() -> None:
    e = one(
        "Hamas has released three Israeli hostages on Saturday. Ofer Cohen, a dual "
        "French-Israeli citizen, along with Yarden Levi, were handed over to Red Cross "
        "representatives in Khan Younis.",
        3,
    )
    assert e.intermediary == "ICRC"
    assert e.location.place == "Khan Younis"  # the phrase's second preposition


def test_a_scene_before_two_records_tells_the_nearer_one() -> None:
    found = records(
        "The Red Cross transported the captives to the West Bank overnight. Israel "
        "released 39 prisoners on Friday. Separately, 12 detainees were transferred "
        "to Ofer prison."
    )
    by_count = {e.count.value: e for e in found if e.count}
    assert by_count[39].intermediary == "ICRC"
    assert by_count[12].intermediary is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Omdurman, army intelligence arrested six people accused of spying.", "Omdurman"),
        (
            "Fighters abducted at least 18 people from farmland outside Gwoza in Borno State.",
            "Gwoza",
        ),
        (
            "Gunmen handed three hostages to the Red Cross at Saraya Square in Gaza City.",
            "Gaza City",
        ),
    ],
)
def test_the_town_of_the_happening_not_its_region_a_site_or_the_speakers_place(
    text: str, place: str
) -> None:
    assert records(text)[0].location.place == place


def test_where_a_relative_speaks_from_is_not_where_the_person_was_taken() -> None:
    found = extract(
        Document(
            id="t",
            text="Russia freed 90 Ukrainian soldiers on Friday. Among those freed was marine "
            "Oleh Petrenko, who was captured in Enerhodar in March 2022, his brother told us "
            "from Kharkiv.",
            published=SUN,
        )
    )
    arrest = next(e for e in found if e.type == "detention")
    assert arrest.location.place == "Enerhodar"


def test_a_place_in_a_part_of_a_listed_region() -> None:
    e = one(
        "Gunmen abducted 30 women working in fields in the east of Gezira state on "
        "Monday, residents said.",
        30,
    )
    assert e.location.place == "Gezira"


def test_the_carrier_of_a_whole_swap_carried_both_sides() -> None:
    found = records(
        "Ukraine received the bodies of 900 soldiers on Thursday. In return, Ukraine "
        "handed over the bodies of 30 Russian servicemen. The International Committee of "
        "the Red Cross assisted with the operation on the border."
    )
    assert {e.count.value: e.intermediary for e in found if e.count} == {
        900: "ICRC",
        30: "ICRC",
    }


def test_the_bodies_told_again_and_a_capital_named_as_such() -> None:
    e = one(
        "Israel handed over the bodies of 45 Palestinians on Wednesday. The bodies were "
        "brought to Nasser Hospital in Khan Younis.",
        45,
    )
    assert e.location.facility == "Nasser Hospital"
    e = one("The rebels detained at least 11 aid workers in the capital Sanaa on Sunday.", 11)
    assert e.location.place == "Sanaa"


def test_as_a_result_of_does_not_end_the_clause_of_the_arrest() -> None:
    e = one(
        "Police said 48 people were detained as a result of the crackdown on a protest in Tbilisi.",
        48,
    )
    assert e.location.place == "Tbilisi"
