"""Detentions, holdings, deaths in custody, deportations and exchanges told without the usual
custody word, the way unseen pages tell them (docs/accuracy-unseen.md, "Thirteenth round
(eighteenth session), pages13c"). Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

from custody.extract.prefilter import may_be_custody

# ------------------------------------------------------ children deported (forced transfers)


def test_a_state_that_has_deported_children_moved_them_as_a_running_total() -> None:
    events = run(
        "Moscow has deported more than 19,000 Ukrainian children since the full-scale "
        "invasion began, Ukraine's children's ombudsman said on Tuesday."
    )
    e = find(events, dict(type="transfer", status="occurred", count=(19000, "more_than")))
    assert e.aggregate
    assert e.holder == "Russia"
    assert "children" in e.people.categories


def test_children_forcibly_transferred_are_a_transfer() -> None:
    text = (
        "Kyiv says some 20,000 Ukrainian children have been forcibly deported to Russia or to "
        "occupied territory since February 2022."
    )
    assert may_be_custody(text)
    e = find(run(text), dict(type="transfer", value=20000))
    assert e.aggregate


def test_children_counted_as_deported_are_read_by_the_prefilter() -> None:
    text = "Officials in Kyiv said 19,546 children have been deported since the war began."
    assert may_be_custody(text)
    find(run(text), dict(type="transfer", value=19546, aggregate=True))


def test_a_headline_that_a_state_deports_children_is_a_running_total() -> None:
    events = run(
        "Russia deports 6,000 Ukrainian children, Kyiv says\n\n"
        "The figure was given by a deputy minister on Friday."
    )
    find(events, dict(type="transfer", value=6000, aggregate=True, holder="Russia"))


def test_migrants_deported_to_a_prison_are_one_batch_not_a_total() -> None:
    events = run(
        "About 120 migrants detained in the United States were deported to a "
        "maximum-security prison in Honduras on Friday, officials said."
    )
    for e in reportable(events):
        if e.type == "transfer":
            assert not e.aggregate


# ------------------------------------------------------------------ deaths in custody


def test_prisoners_of_war_who_died_while_imprisoned_are_a_death_toll() -> None:
    events = run(
        "Rights monitors said on Monday that more than 150 Ukrainian POWs have died while "
        "imprisoned since the full-scale invasion."
    )
    e = find(events, dict(type="death_in_custody", count=(150, "more_than")))
    assert e.aggregate


def test_people_killed_while_fighting_are_no_death_in_custody() -> None:
    events = run(
        "Both sides took prisoners during the week. Officials said 40 soldiers were killed "
        "while fighting near the river."
    )
    assert not [e for e in events if e.type == "death_in_custody"]


# ------------------------------------------------------------------ holdings


def test_hostages_who_continue_to_be_held_are_held_now() -> None:
    events = run("Some 109 hostages continue to be held in Gaza, officials said on Monday.")
    find(events, dict(type="holding", status="occurred", value=109))


def test_a_bare_number_that_continues_to_be_held_stands_for_the_people_before() -> None:
    events = run(
        "Of the 240 people seized on the first day of the war, 109 continue to be held "
        "captive, officials said on Monday."
    )
    find(events, dict(type="holding", status="occurred", value=109))


def test_detainees_counted_in_a_states_jails_with_a_part_between_are_held() -> None:
    events = run(
        "Rights groups estimated that there were 7,300 Palestinian detainees, including 60 "
        "women, in Israeli jails at the end of March."
    )
    e = find(events, dict(type="holding", status="occurred", value=7300))
    assert e.holder == "Israel"


# ------------------------------------------------------------------ holders


def test_a_military_operation_that_freed_hostages_did_not_hold_them() -> None:
    events = run(
        "A military operation freed three hostages on Saturday. An Israeli military "
        "operation freed four hostages in early June, the army said."
    )
    e = find(events, dict(type="release", value=4))
    assert e.holder != "Israel"


# ------------------------------------------------------------------ named detentions


def test_a_minor_named_after_his_role_is_the_one_detained() -> None:
    events = run(
        "Israeli forces detained the minor Tamer Haddad in a night raid on Nablus on "
        "Tuesday, the prisoners' commission said."
    )
    find(events, dict(type="detention", names_include={"Tamer Haddad"}))


def test_a_soldier_told_as_a_captive_since_a_raid_was_taken_then() -> None:
    events = run(
        "The family of Cpl. Idan Shavit, a captive since the 2021 border raid, urged the "
        "government on Sunday to reopen talks."
    )
    find(events, dict(type="detention", status="occurred", names_include={"Idan Shavit"}))


def test_a_person_in_prison_since_a_month_was_detained_then() -> None:
    events = run(
        "Rights groups raised new concerns on Friday. Blogger Anton Keller has been in "
        "prison since March 2021, his wife said."
    )
    find(events, dict(type="detention", status="occurred", names_include={"Anton Keller"}))


def test_a_person_named_before_a_participle_of_his_abduction_is_the_one_taken() -> None:
    events = run(
        "Video of contractor released\n\n"
        "Peter Lindgren, abducted by gunmen in 2021, appeared in a video on Monday, his "
        "family said."
    )
    find(events, dict(type="detention", names_include={"Peter Lindgren"}))


# ------------------------------------------------------------------ the counted people's own verb


def test_civilians_presented_before_military_courts_are_not_held_by_the_verb_before() -> None:
    events = run(
        "The rights group said 700 political prisoners remain in jail and 900 civilians "
        'have been "presented before military courts" since 2014.'
    )
    assert not [e for e in reportable(events) if e.count and e.count.value == 900]


def test_people_not_yet_granted_a_measure_are_not_arrested_again() -> None:
    events = run(
        "The group said 1,300 people were jailed for political reasons last month, while "
        "1,100 of those arrested have not yet been granted a precautionary measure."
    )
    assert not [e for e in reportable(events) if e.count and e.count.value == 1100]


def test_the_person_whose_death_in_custody_is_told_by_a_noun_is_named() -> None:
    events = run(
        "Rights groups demanded an inquiry on Monday into the death of Karim Nasser in "
        "Israeli custody."
    )
    find(events, dict(type="death_in_custody", names_include={"Karim Nasser"}))


# ------------------------------------------------------------------ swaps told by two clauses


def test_a_clause_with_its_own_subject_takes_no_holder_from_the_clause_before() -> None:
    events = run(
        "The Houthis freed 18 soldiers and the government released 26 fighters on Sunday "
        "in a swap mediated by Oman, officials said."
    )
    e = find(events, dict(type="release", value=26))
    assert e.holder != "Houthis"


def test_two_sides_of_one_size_told_in_two_clauses_are_two_releases() -> None:
    events = run(
        "The Houthis freed 22 soldiers and the government released 22 fighters on Sunday "
        "in a swap mediated by Oman, officials said."
    )
    assert len([e for e in reportable(events) if e.type == "release" and e.count]) == 2


def test_the_next_day_is_no_subject_of_its_own() -> None:
    events = run(
        "Hamas freed 13 hostages on Friday and the next day released 17 more, officials said."
    )
    e = find(events, dict(type="release", value=17))
    assert e.holder == "Hamas"


# ------------------------------------------------------------------ a source's anonymity


def test_a_source_who_asked_not_to_be_named_demands_nothing() -> None:
    events = run(
        "A prison official, who asked not to be named, said 40 prisoners were released on Monday."
    )
    find(events, dict(type="release", status="occurred", value=40))


def test_a_source_who_asked_not_to_be_identified_tells_an_abduction_that_happened() -> None:
    events = run(
        "A security source who asked not to be identified said gunmen had abducted 12 "
        "villagers on Sunday."
    )
    find(events, dict(type="detention", status="occurred", value=12))


def test_families_who_asked_for_a_release_still_demand_it() -> None:
    events = run(
        "Relatives of the detainees asked the authorities to release 30 prisoners held "
        "since the protests."
    )
    find(events, dict(type="release", status="demanded", value=30))


# ------------------------------------------------------------------ a tally told by its noun


def test_the_number_of_detainees_put_at_a_count_of_soldiers_is_a_holding() -> None:
    events = run(
        "At the end of the fighting, officials put the number of detainees at 140 soldiers, "
        "a rights lawyer said."
    )
    find(events, dict(type="holding", status="occurred", value=140))
