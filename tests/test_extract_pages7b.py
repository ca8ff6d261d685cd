"""Detentions, holdings, deaths in custody and transfers as unseen news tells them:
errors found on pages custody had never seen (docs/accuracy-unseen.md, seventh round,
pages7b), each fixed by a general mechanism and tested here on sentences written for
this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import reportable, run


def _types_of(events: list, value: int) -> set[str]:
    return {e.type for e in reportable(events) if e.count and e.count.value == value}


def _of_type(events: list, type_: str) -> list:
    return [e for e in reportable(events) if e.type == type_]


# ---------------------------------------------------------------- deaths in custody


def test_killed_beside_taken_hostage_is_no_death_in_custody() -> None:
    events = run(
        "The army began its offensive after militants stormed the border villages in an "
        "assault in which 900 people were killed and over 150 were taken hostage."
    )
    assert 900 not in {e.count.value for e in _of_type(events, "death_in_custody") if e.count}


def test_killed_or_taken_captive_is_no_death_in_custody() -> None:
    events = run(
        "Gunmen took dozens of hostages from the farming village on Monday. About 150 of "
        "the village's 350 residents were either killed or taken captive during the attack."
    )
    assert _of_type(events, "death_in_custody") == []


def test_the_remaining_group_is_not_the_dead_counted_out_of_it() -> None:
    events = run(
        "During the truce the group released 90 hostages, while 120 hostages still remain "
        "in captivity. Officials believe that out of the remaining 120 hostages, at least "
        "15 have died."
    )
    assert _types_of(events, 120) == {"holding"}


def test_out_of_the_group_held_several_dead_keeps_the_holding() -> None:
    events = run(
        "Officials said talks on a truce had stalled. Out of the 130 hostages held in the "
        "tunnels, several of them have died, officials said."
    )
    assert _types_of(events, 130) == {"holding"}


def test_hostages_confirmed_dead_are_deaths_in_custody_with_no_teller_as_holder() -> None:
    events = run(
        "Families of the captives rallied on Friday. Two hostages held by the militants "
        "were confirmed dead by the Israeli army on Saturday."
    )
    deaths = [e for e in _of_type(events, "death_in_custody") if e.count and e.count.value == 2]
    assert deaths and deaths[0].holder != "Israel"


def test_another_hostage_held_is_dead() -> None:
    events = run(
        "Talks on a new truce stalled again on Thursday. Another hostage being held in the "
        "Gaza Strip is dead, the government said."
    )
    assert _types_of(events, 1) == {"death_in_custody"}


def test_deaths_in_custody_per_year_are_a_rate() -> None:
    events = run(
        "At least 60 detainees have died in custody since the protests began, the group "
        "said. Before the unrest, it usually recorded around four deaths in custody per year."
    )
    assert 4 not in {e.count.value for e in reportable(events) if e.count}


# ---------------------------------------------------------------- holdings and detentions


def test_gazans_held_are_counted() -> None:
    events = run(
        "Rights groups say detainees have died in custody. The army still holds at least "
        "1,200 Gazans without charge, the group said."
    )
    assert _types_of(events, 1200) == {"holding"}


def test_a_news_release_is_no_release_of_the_people_it_names() -> None:
    events = run(
        "The press union reported the detention of two reporters in Herat. According to the "
        "union's news release, on Monday, Ahmad Karim Sadeqi and Omid Rahimi, the editor and "
        "owner of the Herat Times, were summoned and detained by the intelligence office."
    )
    assert not _of_type(events, "release")


def test_a_later_item_after_a_long_first_one_is_part_of_the_batch() -> None:
    events = run(
        "In return, the army released 183 prisoners on Saturday, among them 18 serving life "
        "sentences for deadly attacks and 111 Palestinians who were rounded up during the war."
    )
    assert 111 not in {e.count.value for e in reportable(events) if e.count}


# ---------------------------------------------------------------- transfers


def test_a_state_that_has_now_transferred_n_gives_a_running_total() -> None:
    events = run(
        "Four detainees left the base for Kuwait on Monday, the Pentagon said. The United "
        "States has now transferred about 530 prisoners to their home countries."
    )
    totals = [e for e in _of_type(events, "transfer") if e.count and e.count.value == 530]
    assert totals and totals[0].aggregate


def test_the_transfers_of_named_detainees_name_them() -> None:
    events = run(
        "Three detainees leave Guantanamo. On Thursday, the Department of Defense announced "
        "the transfers of Salim Ahmed Haddad, Omar Khalil Nasser, and Abdul Rahman Saeed."
    )
    named = {n for e in _of_type(events, "transfer") for n in e.people.names}
    assert {"Salim Ahmed Haddad", "Omar Khalil Nasser", "Abdul Rahman Saeed"} <= named


# ---------------------------------------------------------------- named people


def test_named_person_also_in_a_partys_captivity_is_held() -> None:
    events = run(
        "The kibbutz said on Friday that one of its members had died in the tunnels. Their "
        "neighbour David Levi is also in Hamas captivity, his family said."
    )
    assert "holding" in {e.type for e in reportable(events) if "David Levi" in e.people.names}


def test_named_person_summoned_and_detained() -> None:
    events = run(
        "Press groups condemned the arrests in Herat. Omid Rahimi was summoned and detained "
        "by the intelligence office on Thursday."
    )
    assert "detention" in {e.type for e in reportable(events) if "Omid Rahimi" in e.people.names}


def test_two_named_before_an_appositive_are_both_detained() -> None:
    events = run(
        "Press groups condemned the arrests in Herat. Ahmad Karim Sadeqi and Omid Rahimi, "
        "the editor and owner of the Herat Times, were detained by the intelligence office."
    )
    names = {n for e in _of_type(events, "detention") for n in e.people.names}
    assert {"Ahmad Karim Sadeqi", "Omid Rahimi"} <= names


def test_named_person_among_n_confirmed_dead_joins_their_record() -> None:
    events = run(
        "Families of the captives rallied on Friday. 84-year-old Rina Cohen is among five "
        "hostages confirmed dead by the army."
    )
    deaths = [e for e in _of_type(events, "death_in_custody") if e.count and e.count.value == 5]
    assert deaths and "Rina Cohen" in deaths[0].people.names


# ---------------------------------------------------------------- holders and names


def test_who_said_that_others_detained_people_holds_none_of_them() -> None:
    events = run(
        "The UN asked for the release of its staff. Two officials from Yemen's government "
        "said that in a series of raids, armed Houthi Intelligence officers detained nine "
        "UN staff."
    )
    held = [e for e in _of_type(events, "detention") if e.count and e.count.value == 9]
    assert held and held[0].holder == "Houthis"


def test_a_countrys_possessive_is_no_part_of_a_name() -> None:
    events = run(
        "Gunmen abducted at least 40 people in Nigeria's Zamfara state, residents said. "
        "Zamfara is one of the states worst hit by kidnappings."
    )
    assert not [n for e in reportable(events) for n in e.people.names if "Zamfara" in n]


def test_a_countrys_possessive_before_a_persons_name_is_dropped() -> None:
    events = run(
        "The opposition mourned on Friday. Russia's Alexei Navalny died in a penal colony in "
        "the Arctic, the prison service said."
    )
    assert {n for e in reportable(events) for n in e.people.names} == {"Alexei Navalny"}
