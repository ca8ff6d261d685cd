"""Holdings, deaths in custody, detentions and the like as unseen news tells them: errors
found on pages custody had never seen (docs/accuracy-unseen.md, fourth round, pages4c),
each fixed by a general mechanism and tested here on sentences written for this project
(never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _types_of(events: list, value: int) -> set[str]:
    return {e.type for e in reportable(events) if e.count and e.count.value == value}


# ------------------------------------------------------------------- holdings


def test_hostages_remain_at_the_end_of_a_clause_are_held() -> None:
    events = run(
        "Hamas freed three hostages on Saturday. Israel says more than 120 hostages "
        "remain, and about a third of them are thought to be dead."
    )
    find(events, dict(type="holding", status="occurred", count=(120, "more_than")))


def test_hostages_who_remain_alive_are_held() -> None:
    events = run(
        "Hamas freed three hostages on Saturday. Officials believe only 21 hostages "
        "remain alive in Gaza."
    )
    assert _types_of(events, 21) == {"holding"}


def test_hostages_still_alive_are_held_not_dead() -> None:
    events = run(
        "Hamas freed three hostages on Saturday. Intelligence officials estimate that 45 "
        "hostages in Gaza are still alive."
    )
    assert _types_of(events, 45) == {"holding"}


def test_detainees_under_administrative_detention_are_held() -> None:
    events = run(
        "Israeli forces arrested 12 Palestinians overnight. More than 3,000 detainees are "
        "under the so-called administrative detention, the prisoners' society said."
    )
    find(events, dict(type="holding", count=(3000, "more_than")))


def test_a_state_that_currently_detains_people_holds_them() -> None:
    events = run(
        "Israeli forces arrested 12 Palestinians overnight. Israel currently detains more "
        "than 9,000 Palestinians, according to the prisoners' groups."
    )
    assert _types_of(events, 9000) == {"holding"}


# ------------------------------------------------------------ deaths in custody


def test_a_prisoner_reported_dead_in_a_detention_camp_died_in_custody() -> None:
    events = run(
        "Israeli forces arrested 12 Palestinians overnight. A detainee from Tubas was "
        "reported dead in an Israeli detention camp on Friday, prisoner groups said."
    )
    find(events, dict(type="death_in_custody", status="occurred", value=1))


def test_an_age_before_the_noun_still_counts_one_person() -> None:
    events = run(
        "Israeli forces arrested 12 Palestinians overnight. A 52-year-old prisoner from "
        "Nablus died in Ketziot prison on Friday, prisoner groups said."
    )
    find(events, dict(type="death_in_custody", value=1))


def test_one_prisoner_who_has_died_is_no_death_toll() -> None:
    events = run(
        "A Palestinian prisoner has died in Megiddo prison, the prison service said on "
        "Monday. He had been held since 2022."
    )
    death = find(events, dict(type="death_in_custody", value=1))
    assert death.aggregate is False
    toll = run(
        "At least 40 Palestinian prisoners have died in Israeli custody, the prisoners' "
        "commission said on Monday."
    )
    assert find(toll, dict(type="death_in_custody", value=40)).aggregate is True


# ------------------------------------------------------------ tallies of arrests


def test_the_total_of_detainees_since_a_day_counts_arrests() -> None:
    events = run(
        "Israeli forces detained 14 Palestinians in raids on Tuesday, prisoner groups said. "
        "The total number of detainees has reached 8,800 since the start of the war."
    )
    find(events, dict(type="detention", value=8800, aggregate=True))
    assert _types_of(events, 8800) == {"detention"}


def test_a_tally_reaching_a_staggering_figure_since_a_month() -> None:
    events = run(
        "Israeli forces detained 14 Palestinians in raids on Tuesday, prisoner groups said. "
        "The raids alarmed rights groups, with the total number of detainees reaching a "
        "staggering 8,900 individuals since the beginning of October."
    )
    find(events, dict(type="detention", value=8900, aggregate=True))


def test_detainees_held_now_or_a_record_since_a_year_stay_a_holding() -> None:
    events = run(
        "Israeli forces detained 14 Palestinians in raids on Tuesday, prisoner groups said. "
        "The number of detainees in Israeli jails has risen to 9,900 since October."
    )
    assert _types_of(events, 9900) == {"holding"}
    events = run(
        "Israeli forces detained 14 Palestinians in raids on Tuesday, prisoner groups said. "
        "The number of administrative detainees has risen to 3,100, the highest since 2008."
    )
    assert _types_of(events, 3100) == {"holding"}


def test_a_number_that_reached_a_total_of_is_the_tally() -> None:
    events = run(
        "Police arrested 12 protesters on Monday, a rights group said. The number of "
        "political prisoners in the country reached a total of 1,650 on Thursday."
    )
    find(events, dict(type="holding", value=1650))


# ------------------------------------------------ one suspect, a death, a handover


def test_a_suspected_kidnapper_arrested_is_one_person() -> None:
    events = run(
        "Police arrested two suspected kidnappers and rescued six victims, the command said. "
        "The command said that last Thursday it also arrested a suspected kidnapper with "
        "a pistol."
    )
    find(events, dict(type="detention", value=1))


def test_a_prisoner_who_passed_away_in_prison_died_in_custody() -> None:
    events = run(
        "Prisoner groups said on Monday that the prisoner Samir Odeh passed away in Nafha "
        "prison on Sunday."
    )
    find(events, dict(type="death_in_custody", names={"Samir Odeh"}))


def test_the_detainees_handed_over_for_questioning_are_the_batch() -> None:
    events = run(
        "Israeli troops arrested seven suspects near Jenin overnight, the army said. "
        "The detainees have been handed over to Shabak for questioning."
    )
    find(events, dict(type="transfer", value=7))


# ---------------------------------------- captures told of people counted before


def test_all_three_were_abducted_is_the_taking_of_the_three() -> None:
    events = run(
        "Hamas freed three hostages on Saturday, officials said. All three were abducted "
        "from a kibbutz on October 7, 2023."
    )
    find(events, dict(type="detention", value=3))


def test_all_n_are_now_free_is_no_new_count() -> None:
    events = run(
        "Gunmen freed five more of the abducted pupils on Friday, officials said. With "
        "Friday's release, all 17 are now free."
    )
    assert "detention" not in _types_of(events, 17)


def test_killing_people_and_abducting_a_number_is_a_capture() -> None:
    events = run(
        "Hamas freed three hostages on Saturday. Gunmen stormed the border towns on "
        "October 7, 2023, killing 1,200 people and abducting 251."
    )
    find(events, dict(type="detention", value=251))
    assert _types_of(events, 1200) == set()


# --------------------------------------------------- deals agreed, deaths in colonies


def test_an_accord_reached_to_exchange_is_a_deal_in_force() -> None:
    events = run(
        "Russia and Ukraine reached an accord in Geneva on Friday to exchange 500 "
        "prisoners of war each, officials on both sides said."
    )
    deal = find(events, dict(type="deal"))
    assert deal.status == "occurred"


def test_a_critic_who_died_in_a_penal_colony_died_in_custody() -> None:
    events = run(
        "Russia jailed two more activists on Monday. "
        "The Kremlin critic Pavel Orlov has died in a Siberian penal colony where he was "
        "serving a 12-year sentence, his lawyers said on Tuesday."
    )
    find(events, dict(type="death_in_custody", names={"Pavel Orlov"}))


# --------------------------------------------- killings of people held by their captors


def test_people_beheaded_earlier_this_year_died_in_custody_not_the_one_named() -> None:
    events = run(
        "The militants freed a Dutch hostage on Sunday. Jan de Vries was seized from a "
        "beach resort in 2019 along with three Malaysians who were beheaded earlier this year."
    )
    death = find(events, dict(type="death_in_custody", value=3))
    assert death.aggregate is False
    assert not [
        e for e in events if e.type == "death_in_custody" and "Jan de Vries" in e.people.names
    ]


def test_the_execution_of_aid_workers_is_a_death_in_custody() -> None:
    events = run(
        "Jihadists freed two hostages on Friday. The group posted a video showing the "
        "execution of four aid workers it had seized in March."
    )
    find(events, dict(type="death_in_custody", value=4))


def test_a_state_tally_of_people_executed_is_no_death_in_custody() -> None:
    events = run(
        "Iran freed two French citizens on Friday. Rights groups said at least 900 people "
        "had been executed in Iran since January."
    )
    assert "death_in_custody" not in _types_of(events, 900)


def test_hostages_killed_by_their_captors_died_in_custody() -> None:
    events = run(
        "Hamas handed over the bodies of four hostages on Thursday. Israel said the two "
        "men were killed by their captors in November 2023."
    )
    find(events, dict(type="death_in_custody", value=2))


def test_a_death_toll_since_a_month_gives_no_death_its_day() -> None:
    events = run(
        "Prisoner groups said on Sunday that the detainee Karim Saleh, 30, passed away the "
        "previous day. With the death of Saleh, the number of administrative detainees who "
        "have died in Israeli prisons since the beginning of the war on Gaza in October 2023 "
        "rose to six."
    )
    death = find(events, dict(type="death_in_custody", names={"Karim Saleh"}))
    assert death.date != "2023-10"


def test_n_of_which_are_still_in_custody_is_a_holding() -> None:
    events = run(
        "The junta freed 300 prisoners on Monday. Rights groups say more than 20,000 people "
        "were arrested after the coup, 17,500 of which are still in custody."
    )
    assert _types_of(events, 17500) == {"holding"}


def test_terrorism_suspects_arrested_since_the_war_began_are_a_running_total() -> None:
    events = run(
        "Israeli troops arrested six suspects overnight, the army said. Some 4,100 "
        "terrorism suspects have been arrested in the West Bank since the war began."
    )
    find(events, dict(type="detention", value=4100, aggregate=True))


# ----------------------------------------------- releases an agreement provides


def _deals(events: list) -> list:
    return [e for e in events if e.type == "deal"]


def test_two_parties_agreed_to_release_is_a_deal_in_force() -> None:
    events = run(
        "The government and the rebels agreed on Monday to release 600 detainees in a "
        "UN-brokered accord, officials said."
    )
    (deal,) = _deals(events)
    assert deal.status == "occurred"
    assert [t.count.value for t in deal.terms if t.count] == [600]


def test_a_proposed_truce_that_would_see_a_release_is_a_deal_proposed() -> None:
    events = run(
        "Mediators said a proposed truce would see the militants release 30 hostages in "
        "exchange for hundreds of prisoners."
    )
    (deal,) = _deals(events)
    assert deal.status == "planned"


def test_a_schedule_or_one_party_agreeing_is_no_deal() -> None:
    events = run(
        "Hamas freed three hostages on Saturday. Under the agreed schedule, Hamas is to "
        "release four more hostages next Saturday."
    )
    assert _deals(events) == []
    events = run(
        "Israel freed two Lebanese detainees on Monday. Israel agreed to release five more "
        "Lebanese detainees as a gesture to the new president, its office said."
    )
    assert _deals(events) == []


def test_hostages_believed_alive_or_there_are_n_hostages_are_held() -> None:
    events = run(
        "Hamas freed three hostages on Saturday. Officials believe 26 hostages are alive in Gaza."
    )
    assert _types_of(events, 26) == {"holding"}
    events = run(
        "Hamas freed three hostages on Saturday. There are 61 hostages in Gaza, of whom 35 "
        "are thought to be dead."
    )
    assert _types_of(events, 61) == {"holding"}


def test_there_are_n_prisoners_of_a_faction_is_no_holding_of_its_own() -> None:
    events = run(
        "Israel holds some 9,500 Palestinian security prisoners, the prison service said. "
        "There are 1,300 prisoners affiliated with Islamic Jihad."
    )
    assert _types_of(events, 1300) == set()


def test_a_hunger_strike_by_n_prisoners_counts_the_strikers() -> None:
    events = run(
        "Israeli forces arrested 12 Palestinians overnight. A hunger strike by six "
        "prisoners began on Monday in Megiddo prison, the prisoners' commission said."
    )
    find(events, dict(type="hunger_strike", status="occurred", value=6))


def test_another_victim_named_after_an_age_was_kidnapped() -> None:
    events = run(
        "Police rescued two kidnap victims on Sunday, a spokesman said. Another victim, "
        "52-year-old Bala Yusuf, was kidnapped in Argungu."
    )
    find(events, dict(type="detention", names={"Bala Yusuf"}))
