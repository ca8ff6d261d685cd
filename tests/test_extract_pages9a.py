"""Releases, detentions and named people told the way unseen pages from Europe, the former
Soviet Union, the Americas and Africa tell them (docs/accuracy-unseen.md, "Ninth round
(fourteenth session), pages9a"). Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# --------------------------------------------------- the captors killed or fled in a raid


def test_kidnappers_killed_and_fled_in_a_rescue_are_not_people_held() -> None:
    events = run(
        "Police rescued eight hostages from a forest camp in Kaduna on Sunday. Five "
        "kidnappers died in the shootout and three escaped into the bush, a police officer "
        "told reporters."
    )
    find(events, dict(type="release", value=8))
    assert not [e for e in reportable(events) if e.type == "death_in_custody"]
    assert [e.count.value for e in reportable(events) if e.count] == [8]


def test_bandits_who_escaped_a_raid_freed_no_one() -> None:
    events = run(
        "Troops rescued 20 kidnapped villagers in Zamfara state on Monday. Five bandits were "
        "killed and three escaped during the raid, the army said."
    )
    find(events, dict(type="release", value=20))
    assert [e.count.value for e in reportable(events) if e.count] == [20]


def test_kidnappers_who_escaped_from_custody_or_died_there_are_still_read() -> None:
    escaped = run(
        "Police arrested 12 kidnappers in Kaduna last week. Two kidnappers escaped from "
        "police custody on Tuesday, police said."
    )
    find(escaped, dict(type="release", value=2))
    died = run(
        "Police arrested 12 kidnappers in Kaduna last week. Two of the kidnappers died in "
        "police custody on Tuesday, police said."
    )
    find(died, dict(type="death_in_custody", value=2))


def test_the_bandits_counted_as_those_who_kidnap_are_not_taken() -> None:
    events = run(
        "Around 100 armed bandits kidnapped 40 villagers in Katsina state on Tuesday, "
        "residents said."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [40]
    told = run(
        "Gunmen abducted 30 students in Kebbi on Friday. In the attack, some 50 gunmen "
        "arrived on motorbikes and kidnapped the students from their dormitory, a teacher "
        "said."
    )
    assert [e.count.value for e in reportable(told) if e.count] == [30]


def test_kidnappers_arrested_are_still_detained() -> None:
    events = run(
        "Police said 15 kidnappers were arrested in Kaduna on Monday and 20 hostages freed."
    )
    find(events, dict(type="detention", value=15))
    find(events, dict(type="release", value=20))


# ----------------------------------------------------------- a total's words in other senses


def test_a_conflict_hit_region_tells_no_running_total() -> None:
    events = run(
        "Three nurses abducted last month in the storm-hit east of the country have been "
        "released, their charity said."
    )
    assert find(events, dict(type="release", value=3)).aggregate is False
    total = run("The number of hostages released so far hit 50 on Friday, officials said.")
    assert find(total, dict(type="release", value=50)).aggregate is True


# ------------------------------------------------------------------ who tells is not freed


def test_a_teller_with_words_of_its_own_before_said_is_not_the_person_freed() -> None:
    events = run(
        "Authorities have freed a number of detained regional officials, a lawyer for the "
        "families told reporters on Tuesday."
    )
    assert not [e for e in reportable(events) if e.count and e.count.value == 1]
    soldier = run(
        "The rebels released a soldier captured in March, a spokesman for the army said on Monday."
    )
    find(soldier, dict(type="release", value=1))


# ------------------------------------------------------- a count's own non-restrictive clause


def test_some_of_the_kidnapped_then_a_relative_clause_of_their_rescue_is_a_release() -> None:
    events = run(
        "Bandits kidnapped 30 students from a university in Kogi state on Thursday. Under "
        "fire, the gang left behind eleven of the abducted students, who were then rescued "
        "by soldiers, the army said."
    )
    find(events, dict(type="release", value=11))
    find(events, dict(type="detention", value=30))


def test_n_of_the_m_taken_then_the_main_verb_frees_the_n_and_the_m_were_taken() -> None:
    events = run(
        "Five of the 40 villagers who were abducted in March have been freed, police said."
    )
    find(events, dict(type="release", value=5))
    find(events, dict(type="detention", value=40))
    counts = sorted((e.type, e.count.value) for e in reportable(events) if e.count)
    assert counts == [("detention", 40), ("release", 5)]


def test_freeing_some_of_a_group_captured_in_a_relative_clause_takes_only_the_group() -> None:
    events = run(
        "Hamas freed three of the 17 Thai hostages who were captured in the October 7 attack, "
        "officials said."
    )
    find(events, dict(type="release", value=3))
    assert [e.count.value for e in reportable(events) if e.type == "detention"] == [17]


def test_more_of_the_gunmen_arrested_in_a_gapped_clause_are_still_detained() -> None:
    events = run(
        "Troops raided a camp in Zamfara on Monday, the army said. Four gunmen were killed "
        "and some 20 arrested, it said."
    )
    find(events, dict(type="detention", count=(20, "about")))


# ------------------------------------------------------------------ all of the N people


def test_all_of_the_n_people_are_counted() -> None:
    events = run("All of the 17 hostages have been released, the church group said.")
    find(events, dict(type="release", value=17))
    freed = run("The gang freed all of the 17 hostages on Thursday, the church group said.")
    find(freed, dict(type="release", value=17))


def test_finishing_to_free_all_of_those_agreed_is_a_release_that_occurred() -> None:
    events = run(
        "Officials said the government has now completed freeing all of the 40 detainees it "
        "had promised to let go under its pact with the church."
    )
    find(events, dict(type="release", status="occurred", value=40))


def test_nearly_all_of_a_group_still_counts_no_one() -> None:
    events = run(
        "Nearly all of the 39 students kidnapped last month have been released, police said."
    )
    assert not [e for e in reportable(events) if e.type == "release" and e.count]


# -------------------------------------------------------------- named people of a batch


def _names_of_the_batch(events: list, value: int) -> list:
    return list(find(events, dict(type="release", value=value)).people.names)


def test_several_of_the_freed_including_coordinated_roles_and_names() -> None:
    events = run(
        "Belarus freed 40 political prisoners on Thursday, officials said. Exiled outlets "
        "identified some of the freed, including trade unionist and former presidential "
        "candidate Anna Kotava and historian Pavel Sevyarinets."
    )
    assert _names_of_the_batch(events, 40) == ["Anna Kotava", "Pavel Sevyarinets"]


def test_a_presidential_hopeful_is_named_by_the_role() -> None:
    events = run(
        "Security forces arrested 12 opposition members in Minsk on Monday. Police also "
        "detained presidential hopeful Mikola Dzyadok, his party said."
    )
    assert any("Mikola Dzyadok" in e.people.names for e in reportable(events))


def test_a_pardon_granted_to_a_named_person_names_them() -> None:
    events = run(
        "Ethiopia released 40 political detainees on Friday, state media said. The president "
        "also granted a pardon to Eskinder Nega, it said."
    )
    assert any("Eskinder Nega" in e.people.names for e in reportable(events))


# --------------------------------------------------------- a part told as among the batch


def test_a_person_among_a_batch_counted_in_words_is_no_batch_of_one() -> None:
    events = run(
        "A Swiss missionary was among five captives freed by jihadists in Niger on Monday, "
        "the government said."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [5]
    both = run(
        "A local chief and a Swiss missionary were among five captives freed by jihadists in "
        "Niger, the government said."
    )
    assert [e.count.value for e in reportable(both) if e.count] == [5]


def test_one_of_those_freed_who_speaks_is_still_one_of_the_batch() -> None:
    events = run(
        "Nicaragua released 50 more political prisoners on Monday. One of those freed, Julio "
        "Moreno, told a local radio station that he would stay in the country."
    )
    assert _names_of_the_batch(events, 50) == ["Julio Moreno"]
    told = run(
        "Nicaragua released 50 more political prisoners on Monday. One of the freed "
        "prisoners, Julio Moreno, thanked the church."
    )
    assert _names_of_the_batch(told, 50) == ["Julio Moreno"]


# ------------------------------------------------------- 'our people' in a speaker's quote


def test_our_people_back_in_a_presidents_quote_are_his_nationals_held_by_the_other_side() -> None:
    events = run(
        'Russia and Ukraine swapped prisoners of war on Wednesday. "We have brought home 157 '
        "of our defenders,\" Ukraine's president said in a video address."
    )
    freed = find(events, dict(type="release", value=157))
    assert freed.holder == "Russia"
    assert list(freed.people.nationality) == ["Ukrainian"]


def test_our_people_in_a_quote_whose_teller_opens_the_next_sentence() -> None:
    events = run(
        'Russia and Ukraine swapped prisoners of war on Wednesday. "One hundred and fifty-seven '
        'of our soldiers have come home!" The Ukrainian human rights commissioner posted on '
        "Wednesday."
    )
    assert find(events, dict(type="release", value=157)).holder == "Russia"


def test_our_people_with_no_country_named_for_the_speaker_takes_no_holder() -> None:
    events = run(
        'Prisoners were swapped at the border on Wednesday. "We have brought home 157 of our '
        'defenders," the commander told reporters.'
    )
    assert find(events, dict(type="release", value=157)).holder is None


# ------------------------------------------------------------- whose people, not who acts


def test_a_countrys_name_before_its_citizens_is_no_holder_and_along_with_is_a_part() -> None:
    events = run(
        "Gunmen kidnapped 17 missionaries near the capital on Saturday. Fifteen UK nationals "
        "were among those taken, along with two Irish women, the charity said."
    )
    taken = [e for e in reportable(events) if e.type == "detention"]
    assert [(e.count.value, e.holder) for e in taken] == [(17, None)]
    assert not [e for e in reportable(events) if e.holder == "United Kingdom"]


def test_a_countrys_forces_before_the_verb_still_act() -> None:
    events = run("US forces captured 12 militants in Syria on Monday, officials said.")
    assert find(events, dict(type="detention", value=12)).holder == "United States"


# ------------------------------------------------------------------- a month's abbreviation


def test_a_months_abbreviation_is_no_place() -> None:
    events = run("Police arrested two activists in Nov. 2019 in the capital, their lawyer said.")
    taken = find(events, dict(type="detention", value=2))
    assert taken.location.place is None
    assert taken.date == "2019-11"


# ------------------------------------------------------------------------------- wishes


def test_a_side_that_wanted_to_bring_people_home_tells_no_release_that_occurred() -> None:
    events = run(
        "Russia and Ukraine exchanged prisoners of war on Monday, officials said. Last "
        "week, Kyiv said it wanted to bring home 300 captives over the weekend, but that swap "
        "was called off."
    )
    assert not [
        e
        for e in reportable(events)
        if e.type == "release" and e.status == "occurred" and e.count and e.count.value == 300
    ]


# ------------------------------------------------------------ an aside after the people


def test_an_aside_of_the_parts_after_the_people_keeps_their_own_main_verb() -> None:
    events = run(
        "A group of 33 villagers (20 men and 13 women), seized by insurgents during a night "
        "raid on a fishing village in the coastal district of the province can now return "
        "to their homes after being rescued by troops, police said."
    )
    find(events, dict(type="release", value=33))
    travellers = run(
        "Police said 12 travellers (eight men and four women), abducted on the highway last "
        "week, were freed on Sunday."
    )
    find(travellers, dict(type="release", value=12))


def test_a_country_opening_the_line_after_a_kidnapping_told_by_its_captors_holds_no_one() -> None:
    events = run(
        "Farmers freed after weeks held by insurgents\n\nNigeria: soldiers freed "
        "thirty-two farmers who had been abducted in the northeast, officials said."
    )
    assert find(events, dict(type="release", value=32)).holder is None


def test_people_sent_back_to_the_side_that_freed_the_batch_before_were_not_held_by_it() -> None:
    events = run(
        "The exchange was carried out in Abu Dhabi. Russia freed 10 prisoners while 6 people "
        "held in European jails were sent back to Russia, officials said."
    )
    find(events, dict(type="release", value=10, holder="Russia"))
    assert find(events, dict(type="release", value=6)).holder != "Russia"


# ------------------------------------------------------- also freed, with no batch counted


def test_also_released_joins_the_named_release_told_before_when_no_batch_is_counted() -> None:
    events = run(
        "Russia released journalist Evan Gershkovich on Thursday in a swap with the West. "
        "Also among those released was opposition politician Ilya Yashin."
    )
    freed = [e for e in reportable(events) if e.type == "release"]
    assert [list(e.people.names) for e in freed] == [["Evan Gershkovich", "Ilya Yashin"]]


def test_a_person_held_for_years_then_also_freed_joins_the_batch_freed_not_the_deal() -> None:
    events = run(
        "The government released three dissidents on Wednesday, part of a deal to free 30 "
        "political prisoners, activists said. Tomas Lara, who had been held in a military "
        "jail for four years, was also freed, they said."
    )
    assert "Tomas Lara" in find(events, dict(type="release", value=3)).people.names


def test_a_name_before_an_appositive_of_how_long_it_was_held_and_was_freed() -> None:
    events = run(
        "Mali's junta has freed a French journalist, officials said. Olivier Dubois, held "
        "since 2021, was freed on Monday."
    )
    assert any(
        "Olivier Dubois" in e.people.names for e in reportable(events) if e.type == "release"
    )


def test_people_handed_over_with_their_names_between_verb_and_over_are_named() -> None:
    events = run(
        "Hamas freed three hostages on Sunday. Militants handed Emily Damari and Romi Gonen "
        "over to the Red Cross in Gaza City, the army said."
    )
    names = [n for e in reportable(events) if e.type == "release" for n in e.people.names]
    assert names == ["Emily Damari", "Romi Gonen"]


# -------------------------------------------------------------------- briefs the prefilter read


def test_prefilter_reads_a_headline_of_some_of_a_group_freed_and_one_handing_over() -> None:
    from custody.extract.prefilter import may_be_custody

    assert may_be_custody("Haiti gang frees three of 17 missionaries")
    assert may_be_custody("A gang freed three of the 17 missionaries on Sunday.")
    assert may_be_custody("Azerbaijan hands over five Armenian soldiers to Yerevan")
    events = run("Azerbaijan hands over five Armenian soldiers to Yerevan")
    find(events, dict(type="release", value=5))


# ---------------------------------------------------------------- a deal with no holder named


def test_a_release_in_a_brokered_deal_whose_holder_is_unnamed_still_makes_the_deal() -> None:
    events = run(
        "The government freed 140 prisoners and put them on a flight to Spain in a deal "
        "brokered by the Vatican, officials said."
    )
    deal = find(events, dict(type="deal"))
    assert [t.count.value for t in deal.terms if t.count] == [140]


def test_a_side_that_did_not_agree_to_return_people_plans_no_release() -> None:
    events = run(
        "Armenia handed over 12 people to Azerbaijan on Monday. For years, Yerevan did not "
        "agree to free them, officials said."
    )
    assert [e.status for e in reportable(events) if e.type == "release"] == ["occurred"]


def test_one_of_those_freed_who_had_been_held_for_months_is_no_holding_now() -> None:
    events = run(
        "The ELN released five captives on Sunday, the Red Cross said. The oldest of them, a "
        "farmer, had been held by the rebels for seven months."
    )
    assert [e.type for e in reportable(events)] == ["release"]
    held = run("Israel still holds 9,000 Palestinians, a rights group said.")
    find(held, dict(type="holding", value=9000))


def test_n_more_freed_with_the_noun_left_out_counts_more_of_those_told_before() -> None:
    events = run(
        "Gunmen kidnapped 40 worshippers from a church in Kaduna state last month. The "
        "kidnappers freed 12 more on Sunday, police said."
    )
    find(events, dict(type="release", value=12))
    find(events, dict(type="detention", value=40))


# ------------------------------------------------------------------------- more people nouns


def test_supporters_and_marines_taken_are_counted() -> None:
    events = run(
        "Security forces arrested more than 200 opposition supporters in Caracas on Monday, "
        "rights groups said."
    )
    find(events, dict(type="detention", count=(200, "more_than")))
    marines = run(
        "Russian forces have captured 15 Ukrainian marines near Krynky, the defence ministry said."
    )
    find(marines, dict(type="detention", value=15, holder="Russia"))


def test_political_prisoners_held_in_a_country_are_held_by_it() -> None:
    events = run("Foro Penal says 800 political prisoners remain behind bars in Venezuela.")
    assert find(events, dict(type="holding", value=800)).holder == "Venezuela"


def test_bishops_priests_and_seminarians_freed_are_one_batch_summed() -> None:
    events = run(
        "The government released three bishops, nine priests and two seminarians on "
        "Saturday, the church said."
    )
    find(events, dict(type="release", value=14))


def test_a_named_person_who_left_prison_is_freed() -> None:
    events = run(
        "Belarus freed several political prisoners this week, rights groups said. Ihar Rabko "
        "left prison on Friday after serving four years."
    )
    assert any("Ihar Rabko" in e.people.names for e in reportable(events) if e.type == "release")


def test_people_believed_to_have_been_held_on_their_way_after_their_release_are_not_held() -> None:
    events = run(
        "Jihadists in Niger freed three captives on Friday, officials said. Marc Daniel, 61, "
        "and Hanna Berg, 58, who are thought to have been held in the desert, flew to Niamey "
        "after their release."
    )
    assert not [e for e in reportable(events) if e.type == "holding"]
    still = run(
        "Hamas freed four hostages on Sunday. Two Israelis, who are believed to have been held "
        "by Hamas since October, remain in Gaza, and their families called for their release."
    )
    find(still, dict(type="holding", value=2))
