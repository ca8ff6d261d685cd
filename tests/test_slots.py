"""Slots of records (holder, date, place, intermediary, mediators) across a document.

Every text here is written for these tests (docs/event-record.md: 'Which
sentence a field comes from', 'Holders', 'Dates').
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from custody.errors import LexiconError
from custody.extract import extract
from custody.extract.scene import parse_scene_cues
from custody.record import Document, Event

SUN = "2023-11-26"  # a Sunday


def run(text: str, published: str | None = SUN) -> list[Event]:
    return [e for e in extract(Document(id="t", text=text, published=published)) if e.count]


def by_count(events: list[Event], value: int) -> Event:
    found = [e for e in events if e.count and e.count.value == value]
    assert len(found) == 1, events
    return found[0]


def rule(e: Event, field: str) -> str:
    return next((p.rule for p in e.provenance if p.field == field), "")


def test_document_holder_fills_records_that_name_no_other_party() -> None:
    events = run(
        "Ethiopia detained 20 protesters in Mekelle on Monday, officials said. "
        "Three journalists were also arrested, a rights group said."
    )
    three = by_count(events, 3)
    assert three.holder == "Ethiopia"
    assert rule(three, "holder").startswith("holder:only-holder-in-document")


def test_document_holder_skips_a_clause_naming_another_partys_forces() -> None:
    events = run(
        "Ethiopia detained 20 protesters in Mekelle on Monday, officials said. "
        "Separately, Eritrean troops abducted 12 villagers near the border on Friday."
    )
    assert by_count(events, 20).holder == "Ethiopia"
    assert by_count(events, 12).holder == "Eritrea"  # the troops' state, not the document's


def test_document_holder_skips_a_clause_with_another_agent() -> None:
    events = run(
        "Russia jailed 14 activists on Tuesday. "
        "Two more men were arrested by Azerbaijani police in Baku last week."
    )
    assert by_count(events, 2).holder != "Russia"


def test_a_party_telling_of_an_arrest_does_not_block_the_document_holder() -> None:
    events = run(
        "Ethiopia detained 20 protesters in Mekelle on Monday. "
        "Three journalists were also arrested, Kenyan police said."
    )
    assert by_count(events, 3).holder == "Ethiopia"


def test_a_later_sentence_about_the_freed_people_gives_the_intermediary() -> None:
    events = run(
        "Israel has released 40 Palestinian prisoners under the truce. "
        "The freed prisoners arrived in Ramallah aboard Red Cross buses."
    )
    forty = by_count(events, 40)
    assert forty.intermediary == "ICRC"
    assert rule(forty, "intermediary").startswith("scene:sentence 2")
    # a later sentence gives a place only through a phrase of arrival or handover
    assert forty.location.place == "Ramallah"
    assert "place-phrase" in rule(forty, "location")


def test_a_scene_sentence_goes_to_the_record_whose_people_it_names() -> None:
    events = run(
        "Hamas freed three Thai farm workers on Friday. In a separate step, Israel "
        "freed 30 Palestinian prisoners from Ofer on Friday night. "
        "The freed Palestinians were taken to Ramallah by the Red Cross."
    )
    assert by_count(events, 30).intermediary == "ICRC"
    assert by_count(events, 3).intermediary is None


def test_a_scene_sentence_told_of_two_records_alike_fills_neither() -> None:
    events = run(
        "Russia freed 90 prisoners of war, and Ukraine freed 90 prisoners of war. "
        "The prisoners were later handed to the Red Cross on Friday."
    )
    assert all(e.intermediary is None and e.date is None for e in events)


def test_a_background_sentence_gives_no_slot() -> None:
    events = run(
        "Militants released 40 villagers under a local truce. "
        "They had been handed to the Red Cross on Friday, but were taken again."
    )
    forty = by_count(events, 40)
    assert forty.date is None and forty.intermediary is None


def test_the_lead_in_the_present_perfect_is_the_news_of_the_publication_day() -> None:
    forty = by_count(run("Israel has released 40 Palestinian prisoners under the truce."), 40)
    assert forty.date == SUN
    assert rule(forty, "date") == "date:perfect-tense-in-the-lead:publication-day"


def test_a_perfect_tense_deep_in_the_story_gets_no_publication_day() -> None:
    text = (
        "Hamas freed three hostages. Israel freed 30 prisoners. Egypt detained four smugglers. "
        "Officials gave no details. Negotiators have freed 12 fishermen, a source said."
    )
    assert by_count(run(text), 12).date is None


def test_the_date_of_the_capture_is_not_the_date_of_the_release() -> None:
    text = "Militants freed three hostages taken in the October 7, 2023 attack, officials said."
    assert by_count(run(text), 3).date is None


def test_prisoners_of_war_are_soldiers_only_when_the_text_says_so() -> None:
    events = run(
        "Russia handed over 95 Ukrainian army prisoners of war on Friday. "
        "Ukraine freed 115 prisoners of war on Friday."
    )
    assert set(by_count(events, 95).people.categories) == {"prisoners_of_war", "soldiers"}
    assert set(by_count(events, 115).people.categories) == {"prisoners_of_war"}


def test_the_agent_of_a_possessive_is_the_party_it_owns() -> None:
    text = "Nine aid workers have been detained by Yemen’s Houthi rebels, the UN said."
    assert by_count(run(text), 9).holder == "Houthis"


def test_who_wins_the_release_does_not_hold_the_people() -> None:
    text = "Ukraine won the release of 90 soldiers on Friday in talks with Russia."
    ninety = by_count(run(text), 90)
    assert ninety.holder == "Russia"
    assert rule(ninety, "holder") == "holder:adversary-of-receiver:Ukraine"


def test_a_won_release_of_people_of_a_told_nationality_is_held_by_their_captors() -> None:
    text = (
        "Washington said it secured the release of 135 Ukrainian prisoners on Friday. "
        "Russia confirmed the deal."
    )
    assert by_count(run(text), 135).holder == "Russia"


def test_the_agent_of_a_release_noun_is_its_holder_or_nobody_named() -> None:
    assert (
        by_count(run("Officials hailed the release of 12 fishermen by the Houthis."), 12).holder
        == "Houthis"
    )
    events = run(
        "The government dismissed the release of 4,208 prisoners by a rebel force. "
        "Ethiopia freed 20 men on Friday."
    )
    assert by_count(events, 4208).holder is None
    assert by_count(events, 20).holder == "Ethiopia"


def test_a_record_held_by_the_other_side_stops_the_document_holder() -> None:
    events = run(
        "Ukraine won the release of 90 soldiers on Friday in talks with Russia. "
        "Ukraine also detained 12 Russian soldiers near Sumy, officials said. "
        "Two more men were arrested, police said."
    )
    assert by_count(events, 90).holder == "Russia"
    assert by_count(events, 2).holder is None


def test_a_place_named_for_the_war_or_a_party_is_not_the_happenings_place() -> None:
    text = (
        "Israel freed 90 Palestinian prisoners under a deal aimed at ending the war in Gaza. "
        "Separately, six hostages were handed back by militants in Gaza."
    )
    events = run(text)
    assert by_count(events, 90).location.place is None
    assert by_count(events, 6).location.place is None


def test_where_the_people_come_from_is_not_where_they_were_freed() -> None:
    text = "Hamas handed over the bodies of two women from Gaza on Friday."
    assert by_count(run(text), 2).location.place is None


def test_a_clause_about_the_freed_people_gives_no_place() -> None:
    led = run("Russia freed five commanders who led the defence of the port in Mariupol.")
    assert by_count(led, 5).location.place is None
    freed = run("Russia freed five commanders in Mariupol on Friday.")
    assert by_count(freed, 5).location.place == "Mariupol"


def test_the_lead_is_counted_from_the_first_custody_sentence_not_page_furniture() -> None:
    text = (
        "Subscribe\nShare this story\nMost read\n\n"
        "Israel has released 40 Palestinian prisoners under the truce."
    )
    assert by_count(run(text), 40).date == SUN


def test_a_lead_attributed_in_the_present_perfect_is_the_days_news() -> None:
    text = "Russia and Ukraine swapped 103 prisoners each, the Russian ministry has said."
    assert {e.date for e in run(text)} == {SUN}


def test_a_perfect_lead_told_on_a_day_takes_that_day() -> None:
    text = "The army announced on Saturday that it has freed 45 detainees from a militia jail."
    forty_five = by_count(run(text), 45)
    assert forty_five.date == "2023-11-25"
    assert rule(forty_five, "date").startswith("date:perfect-tense-in-the-lead:told-on")


def test_a_sentence_about_an_earlier_swap_dates_no_later_record() -> None:
    text = (
        "Russia and Ukraine swapped 95 prisoners of war each on Friday. "
        "The last such swap was in September. "
        "Russia also received 89 bodies of its soldiers in return."
    )
    assert by_count(run(text), 89).date != "2023-09"


def test_a_snapshot_before_an_event_is_not_dated_by_it() -> None:
    text = (
        "Prior to the events of October 7, the number of Palestinians held in Israeli "
        "jails stood at about 5,200."
    )
    assert by_count(run(text), 5200).date is None


def test_a_days_own_releases_are_dated_by_it_even_after_before() -> None:
    text = "Before Wednesday's release of four hostages, Hamas said there would be no ceremony."
    events = [e for e in extract(Document(id="t", text=text, published="2023-11-30"))]
    assert any(e.date == "2023-11-29" for e in events)


def test_people_listed_with_the_counted_noun_give_their_categories() -> None:
    events = run("Rebels freed 120 women, men and children on Friday.")
    assert set(by_count(events, 120).people.categories) == {"women", "men", "children"}


def test_an_agent_described_before_its_name_is_the_holder() -> None:
    text = "The 17 hostages were seized by the notorious street gang 400 Mawozo on Friday."
    assert by_count(run(text), 17).holder == "400 Mawozo"
    text = "Eleven children were kidnapped by suspected rebels of the Allied Democratic Forces."
    assert by_count(run(text), 11).holder == "ADF"


def test_people_returned_from_areas_under_a_partys_control_were_held_by_it() -> None:
    text = "90 Russian prisoners of war are being returned from areas under Kyiv's control."
    ninety = by_count(run(text), 90)
    assert ninety.holder == "Ukraine"
    assert rule(ninety, "holder").startswith("holder:under-control-of")


def test_a_state_named_by_its_adjective_and_its_regime_is_the_subject() -> None:
    events = run("The Cuban regime releases 553 prisoners.")
    assert by_count(events, 553).holder == "Cuba"
    assert rule(by_count(events, 553), "holder") == "holder:subject:adjective:Cuban"


def test_prisons_across_a_country_are_its_own() -> None:
    text = "Some 369 prisoners were transferred from several facilities across Israel to Ofer."
    assert by_count(run(text), 369).holder == "Israel"


def test_a_person_arrested_in_a_state_is_held_by_it() -> None:
    text = "Four French nationals were arrested in Iran in November 2023."
    four = by_count(run(text), 4)
    assert four.holder == "Iran"
    assert rule(four, "holder").startswith("holder:held-in-country")


def test_a_penitentiary_is_a_facility_and_a_compound_direction_a_place() -> None:
    freed = run("More than 86 men were released from the Tocorón penitentiary on Friday.")
    assert by_count(freed, 86).location.facility == "Tocorón penitentiary"
    caught = run("Ukraine detained 909 Russian soldiers in the southwestern Kursk region.")
    assert by_count(caught, 909).location.place == "southwestern Kursk region"


def test_a_facility_named_by_a_party_or_its_people_is_no_facility_name() -> None:
    events = run("The US repatriated eight women and children from an ISIS camp on Friday.")
    assert by_count(events, 8).location.facility is None


def test_a_country_right_after_the_custody_word_is_the_place() -> None:
    moved = run("Some 23 prisoners were transferred to Egypt on Friday before deportation.")
    assert by_count(moved, 23).location.place == "Egypt"
    held = run("Two Swedish nationals were detained in Cyprus in 2023.")
    assert by_count(held, 2).location.place == "Cyprus"


def test_people_sent_home_name_who_received_them_not_where() -> None:
    text = "Russia transferred to Ukraine 1,200 bodies of fallen Ukrainian soldiers on Friday."
    assert by_count(run(text), 1200).location.place is None


def test_a_headline_swap_of_both_sides_is_dated_the_publication_day() -> None:
    events = run("Russia, Ukraine swap 190 prisoners")
    swap = by_count(events, 190)
    assert swap.aggregate and swap.date == SUN


def test_the_captivity_told_right_after_the_people_is_theirs() -> None:
    text = (
        "He said there are 1,348 Russians in Ukrainian captivity and "
        "6,465 Ukrainian soldiers in Russian captivity."
    )
    events = run(text)
    assert by_count(events, 1348).holder == "Ukraine"
    assert by_count(events, 6465).holder == "Russia"


def test_the_intermediary_anywhere_in_the_records_own_sentence() -> None:
    text = "Hamas freed four hostages on Sunday; they were later taken away by the Red Cross."
    four = by_count(run(text), 4)
    assert four.intermediary == "ICRC"
    assert rule(four, "intermediary").startswith("own sentence 1")


def test_a_name_before_a_place_noun_is_a_place_the_gazetteer_lacks() -> None:
    town = run("Militants released two hostages in Kalinggalan town on Sunday.")
    assert by_count(town, 2).location.place == "Kalinggalan town"
    group = run("Police detained 12 men who had travelled to Islamic State territory.")
    assert by_count(group, 12).location.place is None


def test_what_the_counted_people_are_said_to_be_adds_its_category() -> None:
    released = run("After the talks, 75 Russian servicemen who were POWs returned home.")
    assert set(by_count(released, 75).people.categories) == {"soldiers", "prisoners_of_war"}
    held = run("Some 1,348 Russian soldiers are held as prisoners of war in Ukraine.")
    assert set(by_count(held, 1348).people.categories) == {"soldiers", "prisoners_of_war"}


def test_a_later_sentence_gives_the_prison_the_freed_left() -> None:
    events = run(
        "Israel freed 110 Palestinian prisoners on Thursday. "
        "Two buses carrying the released prisoners left Ofer Prison at dusk."
    )
    released = by_count(events, 110)
    assert released.location.facility == "Ofer Prison"
    assert released.location.place is None
    assert rule(released, "location").startswith("scene:sentence 2")


def test_the_scene_cue_table_loads_and_a_broken_entry_is_named() -> None:
    text = resources.files("custody.lexicons").joinpath("scene.json").read_text("utf-8")
    data = json.loads(text)
    assert parse_scene_cues(data, "scene.json").window == data["window"]
    broken = dict(data, back_reference=[*data["back_reference"], "(unclosed"])
    with pytest.raises(LexiconError, match=r"scene.json: back_reference\[\d+\]"):
        parse_scene_cues(broken, "scene.json")
    with pytest.raises(LexiconError, match="scene.json: KeyError"):
        parse_scene_cues({k: v for k, v in data.items() if k != "anchor"}, "scene.json")


def test_what_happened_in_a_partys_jails_does_not_make_it_the_holder() -> None:
    text = (
        "Two men were arrested at a European airport in 2019 for their role in "
        "killings in Iranian jails in 1988."
    )
    assert by_count(run(text), 2).holder is None


def test_those_thanked_for_a_release_did_not_hold_the_people() -> None:
    text = (
        "Iran detained 14 men on Monday. "
        "Two sailors thanked the people of Iran for the release of 3 fishermen."
    )
    three = by_count(run(text), 3)
    assert three.holder is None
    assert by_count(run(text), 14).holder == "Iran"


def test_a_pronoun_scene_sentence_tells_the_group_told_last() -> None:
    events = run(
        "Russia freed five commanders on Friday. Ukraine freed 55 soldiers on Friday. "
        "The swap also brought the release of 10 foreigners. "
        "They were freed under a deal mediated by Saudi Arabia, Saudi officials said."
    )
    assert by_count(events, 10).mediators == ("Saudi Arabia",)
    assert by_count(events, 5).mediators == ()


def test_the_brokers_end_where_who_says_so_begins() -> None:
    text = (
        "Russia freed 10 foreigners in a swap mediated by Saudi Arabia, U.S. and Saudi "
        "officials said."
    )
    assert by_count(run(text), 10).mediators == ("Saudi Arabia",)
    brokered = run("Russia freed 10 foreigners in a swap brokered by the U.S. and Turkey.")
    assert set(by_count(brokered, 10).mediators) == {"United States", "Turkey"}


def test_a_states_leader_named_by_its_adjective_is_the_subject() -> None:
    events = run("The Russian President freed 23 wounded soldiers on Tuesday.")
    assert by_count(events, 23).holder == "Russia"
    assert rule(by_count(events, 23), "holder") == "holder:subject:adjective:Russian"


def test_people_taken_in_a_partys_attack_were_taken_by_it() -> None:
    events = run("Gunmen abducted five Thai workers in Hamas's attack on the kibbutz in October.")
    five = by_count(events, 5)
    assert five.holder == "Hamas"
    assert rule(five, "holder").startswith("holder:in-its-attack")


def test_a_place_after_both_or_parts_of_is_still_the_place() -> None:
    events = run(
        "The army detained at least 40 Palestinians in both the occupied West Bank and Jerusalem."
    )
    assert by_count(events, 40).location.place == "occupied West Bank"
