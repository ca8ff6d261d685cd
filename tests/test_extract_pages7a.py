"""Releases told the way unseen pages tell them (docs/accuracy-unseen.md, "Seventh round
(twelfth session), pages7a: releases"): soldiers freed by guerrillas, unilateral releases,
amnesties, swaps told by each side. Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _releases(events: list) -> list:
    return [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------ counted releases found at all


def test_members_of_a_force_who_were_taken_are_what_the_main_verb_frees() -> None:
    events = run(
        "Twelve members of the national police who were kidnapped during a patrol near the "
        "border last month have been released, the ombudsman said on Sunday."
    )
    find(events, dict(type="release", status="occurred", value=12))


def test_a_relative_clause_after_a_number_of_the_group_still_tells_the_group() -> None:
    events = run(
        "Venezuela freed 131 political prisoners on Sunday, officials said. The prosecutor "
        "will review the cases of 225 of the 2,400 people who were detained after the vote."
    )
    assert not [e for e in reportable(events) if e.count and e.count.value == 225]


def test_a_party_named_a_league_is_no_sports_page() -> None:
    events = run(
        "The junta freed dozens of prisoners on Wednesday. The National League for Democracy "
        "said that about 45 of its members had been pardoned."
    )
    find(events, dict(type="release", status="occurred", value=45))


# ------------------------------------------------------------- status of the release


def test_a_release_that_has_long_been_a_demand_is_demanded() -> None:
    events = run(
        "The government freed a famous poet on Wednesday. The release of some 600 political "
        "detainees has long been a key demand of the opposition."
    )
    find(events, dict(type="release", status="demanded", value=600))
    assert not [e for e in _releases(events) if e.count and e.status == "occurred"]


def test_a_denial_before_despite_does_not_reach_the_release_after_it() -> None:
    events = run(
        "The rebels freed prisoners in the capital on Sunday. The rebels denied that the freed "
        "men were civilians, despite the Red Cross confirming the release of 86 detainees."
    )
    find(events, dict(type="release", status="occurred", value=86))


# ------------------------------------------------------- batch or running total


def test_a_period_after_a_word_of_holding_tells_how_long_they_were_held() -> None:
    events = run(
        "The rebels freed prisoners on Saturday, the ICRC said. The rebel group unilaterally "
        "released 74 soldiers captured at the front in recent months, the ICRC said."
    )
    find(events, dict(type="release", value=74, aggregate=False))


def test_the_widest_release_since_a_date_is_a_batch() -> None:
    events = run(
        "The monitor said on Monday that 45 detainees had been released across the country, "
        "a move considered the widest since the start of the war."
    )
    find(events, dict(type="release", value=45, aggregate=False))


def test_a_swap_count_of_each_side_is_no_total_of_both() -> None:
    events = run(
        "The two countries swapped prisoners on Thursday. Both sides said about 90 prisoners "
        "each had been exchanged."
    )
    assert not [e for e in _releases(events) if e.aggregate]


# ---------------------------------------------------------------------------- holder


def test_a_movements_group_named_after_a_country_is_the_movement() -> None:
    events = run(
        "Yemen's Houthi rebel group released 41 detainees in Sanaa on Sunday, the ICRC said."
    )
    find(events, dict(type="release", value=41, holder="Houthis"))


# ------------------------------------------------------------ named people of a batch


def test_also_released_after_years_behind_bars_was_x_is_one_of_the_batch() -> None:
    events = run(
        "Belarus has released 31 political prisoners, the president of Lithuania announced "
        "on Thursday. Also released after spending four years behind bars was blogger "
        "Anton Petrov."
    )
    find(events, dict(type="release", value=31, names_include={"Anton Petrov"}))
    assert not [e for e in reportable(events) if e.type == "holding"]


def test_efforts_to_secure_the_release_of_one_now_freed_are_no_demand() -> None:
    events = run(
        "Belarus has released 31 political prisoners, the president of Lithuania announced "
        "on Thursday. Among those released is Polish citizen Jan Kowalski, who was "
        "sentenced last year for espionage. The president said he had worked hard to "
        "secure his release."
    )
    find(events, dict(type="release", value=31, names_include={"Jan Kowalski"}))
    assert not [e for e in _releases(events) if e.status == "demanded"]


# ------------------------------------------------------------------- bodies brought home


def test_a_state_that_returns_bodies_of_fallen_soldiers_brought_its_own_home() -> None:
    events = run(
        "Ukraine returns bodies of 96 fallen soldiers\n\n"
        "The bodies of 96 fallen defenders were returned to Ukraine on Friday, the "
        "coordination headquarters said."
    )
    bodies = [e for e in _releases(events) if e.count and e.count.value == 96]
    assert len(bodies) == 1 and bodies[0].holder != "Ukraine", bodies


def test_an_earlier_month_after_an_attribution_tells_another_batch() -> None:
    events = run(
        "The bodies of 96 fallen defenders were returned to Ukraine, officials said. As "
        "the agency reported, in March, the bodies of 57 fallen defenders were returned to "
        "Ukraine.",
        published=None,  # no year: the month alone tells another batch
    )
    find(events, dict(type="release", value=96))
    find(events, dict(type="release", value=57))


def test_war_detainees_are_counted_people() -> None:
    events = run(
        "The rebel movement unilaterally released 64 war detainees in the capital on "
        "Saturday, the ICRC said."
    )
    find(events, dict(type="release", status="occurred", value=64))


def test_a_relative_clause_about_the_freed_tells_no_running_total() -> None:
    events = run(
        "Rebels from the northern movement have unilaterally released 64 war detainees who "
        "took part in military operations on the government's side, the ICRC said."
    )
    find(events, dict(type="release", value=64, aggregate=False))


def test_names_listed_with_appositions_before_among_those_freed_join_the_batch() -> None:
    events = run(
        "In April 2023, nearly 700 prisoners were released after talks between the two "
        "sides. Well-known figures, including Karim Haddad, the son of a former prime "
        "minister, and Yusuf Nasser, the country's former interior minister, were among "
        "those who were freed."
    )
    find(
        events,
        dict(type="release", value=700, names_include={"Karim Haddad", "Yusuf Nasser"}),
    )


def test_troops_that_recovered_some_of_the_abducted_rescued_them() -> None:
    events = run(
        "Gunmen seized 27 pupils from a boarding school in March. Soldiers recovered 8 of "
        "them in the weeks after the attack, the state government said."
    )
    find(events, dict(type="release", status="occurred", value=8))


def test_a_batch_told_as_more_and_the_one_before_in_the_pluperfect_are_two() -> None:
    events = run(
        "Azerbaijan has freed 12 more Armenian soldiers captured last month, the commission "
        "said on Sunday. Azerbaijan had already handed over 12 prisoners to Yerevan on "
        "December 4, following talks in Moscow.",
        published=None,
    )
    twelve = [e for e in _releases(events) if e.count and e.count.value == 12]
    assert len(twelve) == 2 and not [e for e in twelve if e.aggregate], twelve


def test_the_one_party_freeing_dozens_frees_the_counted_ones_told_after() -> None:
    events = run(
        "A monitor said on Monday that the government of Syria released dozens of prisoners "
        "under the new amnesty. \u201c45 detainees, some of whom had been in jail for a decade, "
        "were released,\u201d the monitor said."
    )
    find(events, dict(type="release", value=45, holder="Syria"))


def test_the_general_who_pardoned_the_prisoners_is_none_of_them() -> None:
    events = run(
        "State television reported that the head of the council, Senior Gen. Tun Myat, had "
        "pardoned 1,200 prisoners on the holy day."
    )
    find(events, dict(type="release", value=1200, names=set()))
    assert not [e for e in reportable(events) if "Tun Myat" in e.people.names]
