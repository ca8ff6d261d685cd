"""Releases and named people told the way unseen pages tell them (docs/accuracy-unseen.md,
"Eighth round (thirteenth session), pages8: releases and named people"): the two sides of a
swap told in one sentence, a swap's combined total, people given in return. Each fixed by a
general mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _releases(events: list) -> list:
    return [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------ a swap's two sides in one sentence


def test_combined_total_of_the_two_sides_is_an_aggregate_not_each_sides_batch() -> None:
    events = run(
        "Russia and Ukraine swapped prisoners of war on Tuesday, and the two sides freed a "
        "combined total of more than 200 men. Kyiv got back 112 of its soldiers, its army "
        "said."
    )
    total = find(events, dict(type="release", value=200, aggregate=True))
    assert total.holder is None
    find(events, dict(type="release", value=112, aggregate=False, holder="Russia"))
    assert not [
        e for e in _releases(events) if e.count and e.count.value == 200 and not e.aggregate
    ]


def test_the_two_sides_freeing_one_count_each_is_still_split() -> None:
    events = run(
        "The exchange took place at the border on Friday, officials said. Both sides released "
        "64 prisoners of war, the ministry said."
    )
    assert len([e for e in _releases(events) if e.count and e.count.value == 64]) == 2


def test_one_side_returned_and_the_other_side_transferred_in_return() -> None:
    events = run(
        "The two countries carried out a prisoner exchange on Friday, the ministry said. "
        "Moscow brought back 120 soldiers from Ukrainian captivity and 120 prisoners of war "
        "were transferred in return, it said."
    )
    releases = [e for e in _releases(events) if e.count and e.count.value == 120]
    assert len(releases) == 2
    assert {e.holder for e in releases} == {"Ukraine", "Russia"}
    assert not [e for e in reportable(events) if e.type == "transfer"]
    assert not [e for e in reportable(events) if e.count and e.count.value == 240]


def test_coordinated_counts_of_one_verb_are_still_summed() -> None:
    events = run(
        "Gunmen freed the captives on Monday, police said. The kidnappers released four "
        "teachers and two pupils near the school."
    )
    find(events, dict(type="release", value=6))


def test_people_handed_over_in_exchange_take_not_the_batch_befores_holder() -> None:
    events = run(
        "The exchange took place on Sunday, the ministry said. The ministry said that 95 of "
        "its soldiers had come back after months in Ukrainian captivity, and that it had "
        "handed over 95 Ukrainian troops in exchange."
    )
    given = [
        e
        for e in _releases(events)
        if e.count and e.count.value == 95 and "Ukrainian" in e.people.nationality
    ]
    assert given and all(e.holder != "Ukraine" for e in given)


# ------------------------------------------------------ names listed between semicolons


def test_names_of_a_semicolon_list_are_read_as_names() -> None:
    import importlib

    from custody.extract.lexicon import load_lexicon

    names = importlib.import_module("custody.extract.names")
    text = (
        "Also freed was Tin Maung Oo, a former deputy minister; Khin Lay Nwe, a former "
        "election official; and Thura Soe, a student leader jailed in 2021."
    )
    found = {h.name for h in names.find_names(load_lexicon(), text, {})}
    assert {"Tin Maung Oo", "Khin Lay Nwe", "Thura Soe"} <= found


# ------------------------------------------------ a named person told as one of those freed


def test_a_brief_naming_one_of_those_freed_is_read() -> None:
    events = run(
        "Authorities freed several activists on Monday, their lawyers said. Among those "
        "freed was Ahmad Saleh, a teacher from the north."
    )
    find(events, dict(type="release", status="occurred", names={"Ahmad Saleh"}))


def test_a_person_said_to_be_among_those_released_is_read() -> None:
    events = run(
        "Authorities freed several activists on Monday, their lawyers said. Mona Khalil, a "
        "nurse at the city hospital, was among those released."
    )
    find(events, dict(type="release", status="occurred", names={"Mona Khalil"}))


def test_prefilter_reads_among_those_freed_with_a_name() -> None:
    from custody.extract.prefilter import may_be_custody

    assert may_be_custody("Among those released was Ahmad Saleh, a teacher from the north.")
    assert may_be_custody("Mona Khalil, a nurse, was among those freed on Monday.")
    assert not may_be_custody("Among those who freed up time for the match was the coach.")


# -------------------------------------------------- the group a counted part is taken from


def test_two_of_seventeen_kidnapped_freed_is_a_release_of_two() -> None:
    events = run(
        "Gunmen let the captives go on Sunday, police said. Two of 11 members of a farming "
        "cooperative who were kidnapped in May have been freed near the capital."
    )
    find(events, dict(type="release", status="occurred", value=2))
    assert not [e for e in _releases(events) if e.count and e.count.value == 11]


def test_nine_of_ten_fishermen_freed_still_counts_nine() -> None:
    events = run(
        "The navy confirmed the news on Friday. 9 of 10 fishermen seized at sea last week "
        "were released on Thursday."
    )
    find(events, dict(type="release", status="occurred", value=9))
    assert not [e for e in _releases(events) if e.count and e.count.value == 10]


# ------------------------------------------------------------ running totals, not batches


def test_bringing_its_count_to_is_a_running_total() -> None:
    events = run(
        "The monitor said 14 detainees walked free on Tuesday, bringing its count to 260 "
        "people freed since March. The 14 detainees were released from two prisons."
    )
    find(events, dict(type="release", value=260, aggregate=True))
    find(events, dict(type="release", value=14, aggregate=False))
    assert not [
        e for e in _releases(events) if e.count and e.count.value == 260 and not e.aggregate
    ]


def test_in_the_days_that_followed_a_decree_is_a_period_total() -> None:
    events = run(
        "The president pardoned detainees held on protest charges on Monday. In the three "
        "days that followed the decree, about 240 detainees were set free, a monitor said."
    )
    find(events, dict(type="release", value=240, aggregate=True))


# ------------------------------------------------ named people 'also released' with a batch


def test_a_person_also_released_joins_the_batch_told_before() -> None:
    events = run(
        "Hamas released 11 hostages on Monday, the army said. Rina Avital, a retired nurse "
        "aged 72, was also released. Also released were Noam and Eyal Shaked, two brothers "
        "from the north."
    )
    batch = find(events, dict(type="release", value=11))
    assert {"Rina Avital", "Noam Shaked", "Eyal Shaked"} <= set(batch.people.names)
    assert not [e for e in _releases(events) if e.count is None]


def test_the_captivity_told_of_the_first_batch_is_not_the_second_batchs_holder() -> None:
    events = run(
        "Russia and Ukraine carried out a prisoner exchange on Wednesday. Moscow's defence "
        "ministry said that 140 of its servicemen had come back from Ukrainian captivity, "
        "and that it had handed over 140 Ukrainian troops in return."
    )
    given = find(events, dict(type="release", value=140, nationality={"Ukrainian"}))
    assert given.holder != "Ukraine"


def test_a_figure_that_is_not_round_is_another_sources_count_not_a_rounding() -> None:
    events = run(
        "Russia and Ukraine exchanged prisoners of war on Wednesday, officials said. The "
        "ministry in Moscow said 88 of its soldiers had returned home. Kyiv's leader spoke "
        "of the return of some 93 Ukrainians."
    )
    find(events, dict(type="release", value=88))
    find(events, dict(type="release", value=93))


def test_five_of_the_dozens_of_students_kidnapped_reunited_is_a_release_of_five() -> None:
    events = run(
        "Gunmen attacked the seminary in May, police said. Seven of the hundreds of pupils "
        "seized in the raid have been released, the principal said."
    )
    find(events, dict(type="release", status="occurred", value=7))


# ------------------------------------------- a count standing for people named just before


def test_another_n_managed_to_escape_and_n_died_in_captivity() -> None:
    events = run(
        "The kidnappers freed the last pupils on Friday, officials said. Gunmen seized 120 "
        "pupils from the school on May 3. By July, four had died in captivity and another 11 "
        "managed to escape, the teachers said."
    )
    find(events, dict(type="release", status="occurred", value=11))
    find(events, dict(type="death_in_custody", status="occurred", value=4))


def test_the_rest_of_a_bodys_name_after_to_is_no_persons_name() -> None:
    import importlib

    from custody.extract.lexicon import load_lexicon

    names = importlib.import_module("custody.extract.names")
    text = (
        "Rights groups, including the Committee to Protect Journalists, called for the "
        "release of Reza Karimi."
    )
    found = {h.name for h in names.find_names(load_lexicon(), text, {})}
    assert "Protect Journalists" not in found
    assert "Reza Karimi" in found


def test_two_of_the_seventeen_were_released_counts_two() -> None:
    events = run(
        "The last hostages were freed on Thursday, police said. Gunmen kidnapped 20 "
        "engineers in March. Four of the 20 were released in April, and a further five were "
        "freed last week."
    )
    find(events, dict(type="release", status="occurred", value=4))
    find(events, dict(type="release", status="occurred", value=5))
    assert not [e for e in _releases(events) if e.count and e.count.value == 20]


# --------------------------------------- a pronoun standing for the other side's people


def test_their_after_the_other_sides_people_is_not_the_counted_group() -> None:
    events = run(
        "Hamas handed over four bodies to the Red Cross on Thursday. Israel said it would "
        "free more than 600 Palestinian prisoners once it had reviewed how hostages were "
        "treated during their handover by Hamas."
    )
    planned = [e for e in _releases(events) if e.count and e.count.value == 600]
    assert [e.holder for e in planned] == ["Israel"]


def test_names_before_a_plural_appositive_and_the_custody_verb_are_read() -> None:
    events = run(
        "The militants freed two Filipino captives in Sulu on Sunday, the army said. The "
        "spokesman said Maria Lopez and Jose Reyes, engineers of a road company, were freed "
        "near the coast."
    )
    batch = find(events, dict(type="release", value=2))
    assert {"Maria Lopez", "Jose Reyes"} <= set(batch.people.names)


def test_people_granted_bail_are_released() -> None:
    events = run(
        "Iran freed two reporters on Sunday, their lawyer said. Reporters Sara Karimi and "
        "Leila Amini were granted bail on Tuesday after a year in jail."
    )
    freed = [e for e in _releases(events) if "Sara Karimi" in e.people.names]
    assert freed and all(e.status == "occurred" for e in freed)


def test_a_share_of_a_running_total_told_before_is_a_total_too() -> None:
    events = run(
        "The two sides have swapped prisoners several times, the minister said. Altogether "
        "140 captured soldiers have been sent home since January 2021. 120 of them have been "
        "handed back to Armenia, he said."
    )
    find(events, dict(type="release", value=140, aggregate=True))
    find(events, dict(type="release", value=120, aggregate=True))
    assert not [
        e for e in _releases(events) if e.count and e.count.value == 120 and not e.aggregate
    ]


def test_a_title_of_military_personnel_freed_counts_no_one_person() -> None:
    events = run(
        "Rebels Release Three Kidnapped Soldiers\n\nMilitary Personnel Freed After Long "
        "Ordeal\n\nThe rebels released three soldiers on Tuesday, the army said."
    )
    find(events, dict(type="release", value=3))
    assert not [e for e in _releases(events) if e.count and e.count.value == 1]


def test_their_release_of_uncounted_hostages_is_not_the_one_counted_before() -> None:
    events = run(
        "The army said it rescued a hostage from a tunnel on Tuesday. Dozens of hostages are "
        "still held despite the mediators' efforts to secure their release."
    )
    find(events, dict(type="release", status="occurred", value=1))
    assert not [e for e in _releases(events) if e.status == "demanded" and e.count]


def test_where_the_leaders_met_is_not_where_people_were_freed() -> None:
    events = run(
        "Baku handed over four Armenian soldiers on Tuesday, officials said. The envoy "
        "praised the handover of four Armenian soldiers agreed at talks between the two "
        "leaders in Brussels last week."
    )
    freed = find(events, dict(type="release", value=4))
    assert freed.location.place != "Brussels"


def test_a_party_inside_the_subjects_relative_clause_is_not_the_holder() -> None:
    events = run(
        "The Rapid Support Forces freed 90 soldiers on Saturday, a spokesman said. The "
        "paramilitary group, which has been fighting the SAF since April, also plans to "
        "release 120 police officers."
    )
    planned = find(events, dict(type="release", value=120))
    assert planned.holder != "Sudan"


def test_a_group_that_still_has_n_hostages_holds_them() -> None:
    events = run(
        "Militants freed two hostages on Monday, the army said. The gang still has 9 "
        "foreign hostages in the hills, police said."
    )
    find(events, dict(type="holding", status="occurred", value=9))
    assert not [e for e in reportable(events) if e.type == "detention"]


def test_a_name_before_one_of_the_leaders_and_was_released_is_read() -> None:
    events = run(
        "The junta released almost 6,000 prisoners in an amnesty on Thursday, state media "
        "said. Aung Min, one of the founders of the teachers' union, was released from the "
        "central prison."
    )
    batch = find(events, dict(type="release", value=6000))
    assert "Aung Min" in batch.people.names


def test_also_released_was_names_the_person_after_it() -> None:
    import importlib

    from custody.extract.lexicon import load_lexicon

    names = importlib.import_module("custody.extract.names")
    text = "Also released was Tin Maung Oo on Thursday."
    assert "Tin Maung Oo" in {h.name for h in names.find_names(load_lexicon(), text, {})}


def test_a_lead_naming_another_year_takes_no_publication_day() -> None:
    events = run(
        "Engineer Mark Ellis, seized by gunmen at a mine in northern Mali in 2017\n\nMark "
        "Ellis was released on Monday after six years in captivity, officials said.",
        published="2023-03-20",
    )
    taken = find(events, dict(type="detention", names={"Mark Ellis"}))
    assert taken.date is None


# ------------------------------------------------------------- named releases in briefs


def test_a_headline_present_frees_a_named_person() -> None:
    events = run("Rebel group frees Omar Haddad after two years in captivity.")
    find(events, dict(type="release", status="occurred", names={"Omar Haddad"}))


def test_troops_rescued_a_schoolgirl_named_after_her_role() -> None:
    events = run("Troops rescued schoolgirl Amina Musa in the forest on Monday, the army said.")
    find(events, dict(type="release", status="occurred", names={"Amina Musa"}))


def test_a_brief_freeing_a_dual_national_doctor_is_read() -> None:
    from custody.extract.prefilter import may_be_custody

    assert may_be_custody("Tehran has released Swedish-Iranian doctor Reza Karimi, officials said.")


def test_a_surname_of_two_words_told_again_is_the_person_named_before() -> None:
    events = run(
        "Caracas releases opposition activist Rocio San Miguel. San Miguel was freed late on "
        "Sunday, a rights group said."
    )
    named = [e for e in _releases(events) if e.people.names]
    assert len(named) == 1 and list(named[0].people.names) == ["Rocio San Miguel"]


def test_that_takes_to_n_the_number_freed_is_a_running_total_of_releases() -> None:
    events = run(
        "Hamas handed over three hostages on Saturday. That takes to 33 the number of "
        "Israeli hostages released during the first phase."
    )
    find(events, dict(type="release", value=33, aggregate=True))
    assert not [e for e in reportable(events) if e.type == "detention"]


def test_prefilter_reads_headlines_of_a_laureate_freed_and_a_body_returned() -> None:
    from custody.extract.prefilter import may_be_custody

    assert may_be_custody("Minsk frees Nobel laureate Petr Sokal in deal with Washington")
    assert may_be_custody("Reporter Anna Koval's body returned by Russia in exchange")
