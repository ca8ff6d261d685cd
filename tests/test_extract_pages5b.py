"""Detentions, holdings, deaths in custody, transfers, deals and false records as unseen
news tells them: errors found on pages custody had never seen (docs/accuracy-unseen.md,
fifth round, pages5b), each fixed by a general mechanism and tested here on sentences
written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _types_of(events: list, value: int) -> set[str]:
    return {e.type for e in reportable(events) if e.count and e.count.value == value}


def _named(events: list, name: str) -> set[str]:
    return {e.type for e in reportable(events) if name in e.people.names}


# ---------------------------------------------------------- deaths in custody


def test_prisoners_hanged_died_in_custody() -> None:
    events = run(
        "The authorities hanged 12 prisoners convicted of drug offences on Wednesday, "
        "a rights group said. The men were hanged at dawn in the central prison."
    )
    find(events, dict(type="death_in_custody", status="occurred", count=(12, "exact")))


def test_prisoners_put_to_death_died_in_custody() -> None:
    events = run(
        "Rights groups said on Friday that nine prisoners were put to death in one week "
        "in the country's jails."
    )
    assert _types_of(events, 9) == {"death_in_custody"}


def test_a_state_hanging_people_is_no_death_in_custody_of_its_own() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. The country hanged more than 800 people "
        "last year, a rights group said."
    )
    assert 800 not in {e.count.value for e in reportable(events) if e.count}


def test_a_named_detainee_who_died_in_prison_on_his_own() -> None:
    events = run(
        "Five detainees have died in the country's jails since June, a rights group said. "
        "Two months earlier, their colleague Fadi Nour died in the same prison. "
        "Rami Hassan died on June 3, the same day that Walid Amin passed away in Qena "
        "Prison."
    )
    assert _named(events, "Fadi Nour") == {"death_in_custody"}
    assert _named(events, "Walid Amin") == {"death_in_custody"}


def test_a_named_detainee_who_breathed_his_last_in_prison() -> None:
    events = run(
        "Five detainees have died in the country's jails since June, a rights group said. "
        "On Friday the teacher Hani Fouad breathed his last inside the central prison."
    )
    assert _named(events, "Hani Fouad") == {"death_in_custody"}


def test_a_named_man_who_died_far_from_custody_is_no_record() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. Karim Adel died on Sunday at his home "
        "in the capital, his family said."
    )
    assert not _named(events, "Karim Adel")


# ----------------------------------------------------------------- detentions


def test_soldiers_who_surrendered_were_taken() -> None:
    events = run(
        "Russia freed 20 Ukrainian prisoners of war on Monday, officials said. Thirteen "
        "Ukrainian fighters surrendered over the past week near Avdiivka, officials said."
    )
    find(events, dict(type="detention", status="occurred", count=(13, "exact")))


def test_whom_soldiers_surrendered_to_holds_them() -> None:
    events = run(
        "The army freed 20 prisoners on Monday, officials said. About 300 government troops "
        "surrendered to the Arakan Army near Sittwe on Tuesday, the group said."
    )
    find(events, dict(type="detention", count=(300, "about"), holder="Arakan Army"))


def test_soldiers_who_surrendered_to_an_unnamed_side_get_no_holder() -> None:
    # not the one holder the document names: the soldiers are that side's own
    events = run(
        "Russia freed 20 Ukrainian prisoners of war on Monday, officials said. More than 40 "
        "Russian soldiers surrendered to a brigade near Kupiansk on Tuesday, it said."
    )
    find(events, dict(type="detention", count=(40, "more_than"), holder=None))


def test_weapons_surrendered_are_no_detention() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. In 2019, 200 fighters surrendered their "
        "weapons to the army under the peace accord."
    )
    assert 200 not in {e.count.value for e in reportable(events) if e.count}


# ------------------------------------------------------------------- holdings


def test_how_many_of_a_tally_remain_imprisoned_is_a_holding() -> None:
    events = run(
        "Police arrested 14 protesters on Monday, a rights group said. Forces have detained "
        "230 journalists since the war began, 41 of whom remain imprisoned."
    )
    assert _types_of(events, 41) == {"holding"}
    assert _types_of(events, 230) == {"detention"}


def test_a_part_named_with_a_holding_word_stays_in_its_batch() -> None:
    events = run(
        "Gunmen abducted 70 people in the north this month, including five women and 18 aid "
        "workers, who were held in a forest camp, officials said."
    )
    assert not _types_of(events, 23) and not _types_of(events, 18)


def test_detainees_left_at_a_prison_are_held() -> None:
    events = run(
        "The United States transferred four detainees from Guantanamo to Oman on Monday. "
        "There are 30 detainees left at the prison."
    )
    find(events, dict(type="holding", status="occurred", count=(30, "exact")))


def test_there_are_people_detained_is_a_holding_not_an_arrest() -> None:
    events = run(
        "Police arrested 14 protesters on Monday, a rights group said. There are 275 people "
        "detained in the country who are considered political prisoners, the group said."
    )
    assert _types_of(events, 275) == {"holding"}


def test_people_who_remain_political_prisoners_are_held() -> None:
    events = run(
        "Police arrested 14 protesters on Monday, a rights group said. According to the "
        "group, 312 people remain political prisoners in the country as of today."
    )
    assert _types_of(events, 312) == {"holding"}


def test_prisoners_currently_at_a_named_prison_are_held() -> None:
    events = run(
        "The United States transferred four detainees from Guantanamo to Oman on Monday. "
        "Some 35 prisoners currently at Guantanamo face military trials."
    )
    assert _types_of(events, 35) == {"holding"}


def test_cases_of_arbitrary_arrest_are_a_tally_of_detentions() -> None:
    events = run(
        "Police arrested 14 protesters on Monday, a rights group said. The group said it had "
        "documented at least 1,540 cases of arbitrary arrest in 2022."
    )
    find(events, dict(type="detention", count=(1540, "at_least"), aggregate=True))


def test_cases_of_arrest_warrants_are_no_tally() -> None:
    events = run(
        "Police arrested 14 protesters on Monday, a rights group said. Courts heard 60 cases "
        "of arrest warrants against opposition leaders this year."
    )
    assert not _types_of(events, 60)


def test_a_count_with_its_verb_gapped_after_a_casualty_clause() -> None:
    events = run(
        "Police arrested 14 protesters on Monday, a rights group said. In the raid before "
        "dawn, three gunmen were killed, some 20 arrested and one officer was wounded."
    )
    find(events, dict(type="detention", count=(20, "about")))
    assert not _types_of(events, 1)  # the officer wounded was not arrested


def test_accomplices_of_a_foreign_service_are_people_detained() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. Security officers detained two accomplices "
        "of a foreign intelligence service who set fire to army trucks, the agency said."
    )
    find(events, dict(type="detention", count=(2, "exact")))


# ----------------------------------------------------- running totals and headlines


def test_a_headline_since_outbreak_without_article_is_a_running_total() -> None:
    events = run(
        "Over 3,100 people arrested in the north since outbreak of war: army\n\n"
        "The army said on Monday it had arrested more than 3,100 wanted people in the north "
        "since the outbreak of the war. Overnight, troops arrested 12 wanted people."
    )
    tallies = [e for e in reportable(events) if e.count and e.count.value == 3100]
    assert len(tallies) == 1 and tallies[0].aggregate


def test_a_headline_count_the_body_gives_as_a_running_total_is_that_total() -> None:
    events = run(
        "Militia abducted 64 aid workers, minister says\n\n"
        "The minister said on Monday that the number of aid workers abducted by the militia "
        "in its crackdown has risen to 64, including six women."
    )
    tallies = [e for e in reportable(events) if e.count and e.count.value == 64]
    assert len(tallies) == 1 and tallies[0].aggregate


def test_a_headline_batch_stays_apart_from_a_total_told_far_from_its_cue() -> None:
    # the cue ('reached') belongs to the accord, not to the count
    events = run(
        "Russia handed over 900 bodies of soldiers to Ukraine\n\n"
        "Under the agreements reached in Istanbul, Russia handed over to the Ukrainian side "
        "today 900 bodies of soldiers, an aide said."
    )
    assert any(not e.aggregate for e in reportable(events) if e.count and e.count.value == 900)


# ---------------------------------------------------------------------- deals


def test_parties_agreed_at_talks_to_swap_plan_the_swap() -> None:
    events = run(
        "The rebels and the government have agreed at talks in Oman to swap more than 700 "
        "prisoners, both sides said on Monday."
    )
    # nothing done yet: the swap agreed is a deal in force, the 700 its term (pages6b)
    assert not [e for e in events if e.type == "release" and e.status == "occurred"]
    deal = find(events, dict(type="deal", status="occurred"))
    assert [t.count.value for t in deal.terms if t.count] == [700]


def test_an_agreement_reached_to_swap_plans_the_swap() -> None:
    events = run(
        "The warring parties reached an agreement on Sunday to swap more than 900 prisoners "
        "after a week of talks in Geneva."
    )
    assert {e.status for e in reportable(events) if e.type == "release"} == {"planned"}


def test_the_release_a_swap_gives_in_exchange_is_in_the_swaps_tense() -> None:
    events = run(
        "The warring parties reached an agreement on Sunday after talks in Geneva. Under the "
        "agreement, the government will hand over 600 prisoners to the rebels in exchange "
        "for the release of 300 prisoners, including 12 foreigners."
    )
    find(events, dict(type="release", status="planned", count=(300, "exact")))
    find(events, dict(type="release", status="planned", count=(600, "exact")))


def test_a_decision_taken_to_exchange_prisoners_is_a_plan() -> None:
    events = run(
        "The warring parties reached an agreement on Sunday after talks in Geneva. The envoy "
        "praised the decision taken to exchange 900 prisoners, the largest swap of the war."
    )
    assert {e.status for e in reportable(events) if e.count and e.count.value == 900} == {"planned"}


def test_a_swap_that_happened_in_exchange_for_a_release_stays_what_happened() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday in exchange for the release of "
        "three hostages held in Gaza, officials said."
    )
    find(events, dict(type="release", status="occurred", count=(3, "exact")))


def test_a_named_man_who_was_jailed_was_taken() -> None:
    events = run(
        "The opposition leader Kemal Arslan was jailed on terrorism charges on Sunday, his "
        "party said. Police arrested 14 protesters on Monday."
    )
    assert _named(events, "Kemal Arslan") == {"detention"}


def test_a_jail_term_is_no_detention() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. The journalist Omar Kaya was jailed for 10 "
        "years on Tuesday for insulting the president."
    )
    assert not _named(events, "Omar Kaya")


# --------------------------------------------------------------- false records


def test_a_witness_named_after_according_to_is_no_one_taken() -> None:
    events = run(
        "Gunmen abducted a village head and about 40 others in an attack on Tuesday. "
        "According to a resident, Musa Bello, the gunmen kidnapped the village head first."
    )
    assert not _named(events, "Musa Bello")
    assert not _types_of(events, 1)  # 'a resident' tells it; no one taken


def test_a_count_in_another_clause_is_not_the_demanded_release() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. The group's director demanded the release "
        "of all political prisoners while recalling that only 90 people of the nearly 9,000 "
        "detainees have been convicted."
    )
    assert not _types_of(events, 90) and not _types_of(events, 9000)


def test_a_place_named_before_a_custody_verb_is_no_person() -> None:
    events = run(
        "Three detainees from Guantanamo Bay were transferred from the island prison to "
        "Georgia on Tuesday, officials said."
    )
    e = find(events, dict(type="transfer", count=(3, "exact")))
    assert not e.people.names


def test_a_question_word_in_a_title_is_no_name() -> None:
    events = run(
        "Prisoner transfer: A Closer Look Who was transferred and why\n\n"
        "The U.S. announced the transfer of 15 detainees from Guantanamo Bay to Oman on Monday."
    )
    assert all(not e.people.names for e in events)


def test_suspected_members_of_a_named_group_are_counted() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. Security forces detained 125 suspected "
        "so-called Islamic State group (IS) members in raids across 25 provinces on Friday."
    )
    find(events, dict(type="detention", status="occurred", count=(125, "exact")))


def test_there_are_political_prisoners_in_a_country_is_a_holding() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. Rights groups report that there are 314 "
        "political prisoners in the country today."
    )
    assert _types_of(events, 314) == {"holding"}


def test_there_are_still_confirmed_detainees_is_a_holding() -> None:
    events = run(
        "Thirty-two soldiers were released in exchange for two detainees on Thursday. There "
        "are still 23 confirmed detainees held in the capital's prisons."
    )
    assert _types_of(events, 23) == {"holding"}


def test_a_demand_about_people_held_does_not_make_their_holding_demanded() -> None:
    events = run(
        "Thirty-two soldiers were released in exchange for two detainees on Thursday. The "
        "court has demanded that the government provide a report on 23 prisoners held in "
        "its prisons."
    )
    find(events, dict(type="holding", status="occurred", count=(23, "exact")))


def test_some_of_a_holding_told_as_captured_are_a_detention_of_their_own() -> None:
    events = run(
        "Thirty-two soldiers were released in exchange for two detainees on Thursday. The "
        "army is currently holding 23 prisoners of war, 16 of whom were captured during the "
        "offensive in September."
    )
    assert _types_of(events, 23) == {"holding"}
    assert _types_of(events, 16) == {"detention"}


def test_arrests_during_two_wars_are_a_running_total() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. During the 2020 and 2023 wars, the "
        "authorities detained some 200 civilians and soldiers."
    )
    find(events, dict(type="detention", count=(200, "about"), aggregate=True))


def test_a_named_man_who_died_after_he_was_jailed_died_in_custody() -> None:
    events = run(
        "Five detainees have died in the country's jails since June, a rights group said. "
        "Group leader Sami Adel passed away on Sunday after he was jailed pending trial."
    )
    assert _named(events, "Sami Adel") == {"death_in_custody"}  # the jailing: background


def test_a_man_jailed_for_attacks_that_killed_is_no_death_in_custody() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday. The first to step off the bus was "
        "Omar Zaid, 49, a militant leader jailed for attacks that killed several Israelis."
    )
    assert "death_in_custody" not in _named(events, "Omar Zaid")


# ------------------------------------------------------------------ transfers


def test_the_fighters_captured_then_transferred_is_a_transfer_of_them() -> None:
    events = run(
        "Troops captured 12 fighters near the border on Monday, officials said. The fighters "
        "had been transferred to the capital for questioning, the army said."
    )
    find(events, dict(type="transfer", count=(12, "exact")))


def test_the_pronoun_of_a_passive_transfer_is_the_people_not_a_holder() -> None:
    events = run(
        "Rapid Support Forces fighters held the town for weeks. The army captured 30 fighters "
        "of the militia on Monday, a spokesman said. On Tuesday they were handed over to the "
        "intelligence service."
    )
    moved = [e for e in reportable(events) if e.type == "transfer"]
    assert moved and all(e.holder != "Rapid Support Forces" for e in moved)


# ----------------------------------------------------------- counts and names


def test_a_village_head_and_others_are_one_more_than_the_others() -> None:
    events = run("Gunmen kidnapped the village head and 25 others on Monday, residents said.")
    find(events, dict(type="detention", count=(26, "exact")))


def test_a_named_person_and_others_are_one_more_than_the_others() -> None:
    events = run(
        "Gunmen abducted the district head of Kwangami village, Musa Bello, and six others "
        "on Monday, residents said."
    )
    find(events, dict(type="detention", count=(7, "exact")))


def test_a_name_identified_with_a_title_joins_its_count() -> None:
    events = run(
        "Over 100 political prisoners were transferred from Monywa Prison on Tuesday. The "
        "attack resulted in the death of a political prisoner identified as Dr. Zaw Htwe "
        "Aung, a health worker."
    )
    find(events, dict(type="death_in_custody", count=(1, "exact"), names={"Zaw Htwe Aung"}))


def test_people_detained_and_later_released_were_taken_and_freed() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. Five journalists were detained at the "
        "border on Friday and later released without charge."
    )
    assert _types_of(events, 5) == {"detention", "release"}


def test_prisoners_re_arrested_after_an_amnesty_were_taken_again() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. The junta has re-arrested at least 110 "
        "political detainees released after an amnesty earlier this week, a monitor says."
    )
    assert _types_of(events, 110) == {"detention"}


def test_a_prison_threatening_to_transfer_prisoners_is_hypothetical() -> None:
    events = run(
        "All 170 administrative detainees went on a one-day hunger strike on Monday. The "
        "prison administration is threatening to transfer 50 prisoners."
    )
    find(events, dict(type="transfer", status="hypothetical", count=(50, "exact")))


def test_officers_who_remained_in_occupied_territory_are_not_held() -> None:
    events = run(
        "The security service said it arrested a colonel for treason on Thursday. More than "
        "60 of its members had remained in occupied territory and collaborated with Russia."
    )
    assert not _types_of(events, 60)


def test_hostages_who_remain_in_gaza_are_held() -> None:
    events = run("Hamas freed three hostages on Sunday. Some 59 hostages remain in Gaza.")
    assert _types_of(events, 59) == {"holding"}


def test_a_named_person_also_kidnapped_is_one_more_not_one_of_the_batch() -> None:
    events = run(
        "Gunmen kidnapped 18 aid workers in the north on Monday, officials said. The "
        "director of a local charity, Sarah Haddad, was also kidnapped along with her husband."
    )
    assert _named(events, "Sarah Haddad") == {"detention"}
    batch = find(events, dict(type="detention", count=(18, "exact")))
    assert "Sarah Haddad" not in batch.people.names


def test_people_imprisoned_over_a_period_were_taken() -> None:
    events = run(
        "Police arrested 14 protesters on Monday. Between May 1 and June 1, 412 people were "
        "imprisoned for political reasons, the group reported."
    )
    assert _types_of(events, 412) == {"detention"}


def test_people_who_were_imprisoned_and_are_now_freed_are_no_new_arrest() -> None:
    events = run(
        "The exchange was carried out today in Doha, and five citizens who were imprisoned "
        "abroad under the sanctions were freed."
    )
    assert _types_of(events, 5) == {"release"}
