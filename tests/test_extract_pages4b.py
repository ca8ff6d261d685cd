"""Releases outside exchanges, as unseen pages write them (issue 8, the ninth session's
fourth round): kidnap victims rescued or reunited with their families, political prisoners
pardoned, journalists and aid workers freed. Each error was found on a page custody had
never seen (docs/accuracy-unseen.md) and fixed by a general mechanism; the sentences here
are written for the project.

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _types_of(events: list, value: int) -> set[str]:
    return {e.type for e in reportable(events) if e.count and e.count.value == value}


# ------------------------------------------------------------------ people nouns


def test_diplomats_are_people() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Three Turkish diplomats seized "
        "in Benghazi last week have been freed, the foreign ministry said on Monday."
    )
    find(events, dict(type="release", status="occurred", value=3, nationality={"Turkish"}))


def test_an_outlet_name_with_an_arabic_article_may_sit_before_the_noun() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Three al-Arabiya reporters have "
        "been released on bail after a month in a Cairo jail, their lawyer said on Sunday."
    )
    find(events, dict(type="release", value=3))


def test_a_lone_demonym_before_a_participle_is_one_person() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. An Austrian working for a "
        "charity, who was abducted by tribesmen in the east, was released this week."
    )
    find(events, dict(type="release", value=1, nationality={"Austrian"}))


def test_a_lone_demonym_accused_of_a_crime_is_one_person() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Tehran freed a Dane accused of "
        "spying on Monday, state media said."
    )
    find(events, dict(type="release", value=1))


# ------------------------------------------------- 'reunited N victims with their families'


def test_reuniting_people_with_their_families_is_a_release_and_holds_no_one() -> None:
    events = run(
        "The Kogi State Police Command on Friday reunited 42 victims of kidnapping, among "
        "them 20 women, with their families after a week of medical care."
    )
    rel = find(events, dict(type="release", status="occurred", value=42))
    assert rel.holder is None  # who reunites them is not who held them
    assert _types_of(events, 20) <= {"release"}  # 'victims of kidnapping': no new capture


# ---------------------------------------------------------------- batch or running total


def test_when_people_were_taken_is_no_running_total_of_their_release() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Four engineers kidnapped early "
        "this year in the Niger Delta have been released, their employer said on Tuesday."
    )
    rel = find(events, dict(type="release", value=4))
    assert rel.aggregate is False


def test_a_ranking_of_the_pardon_is_no_running_total() -> None:
    events = run(
        "The president pardoned 25 jailed protesters on Friday, the fourth such act of "
        "clemency in the past five months, his office said."
    )
    rel = find(events, dict(type="release", value=25))
    assert rel.aggregate is False


def test_with_a_total_of_n_released_is_a_running_total() -> None:
    events = run(
        "The president pardoned 25 jailed protesters on Friday, his office said. It was "
        "his fifth amnesty this spring, with a total of 140 political prisoners released, "
        "a rights group said."
    )
    find(events, dict(type="release", value=25, aggregate=False))
    find(events, dict(type="release", value=140, aggregate=True))


def test_currently_detains_is_a_holding() -> None:
    events = run(
        "The president pardoned 25 jailed protesters on Friday, his office said. The "
        "country currently detains some 900 political prisoners, a rights group said."
    )
    find(events, dict(type="holding", value=900))
    assert _types_of(events, 900) == {"holding"}


# ---------------------------------------------------------------------- named people


def test_a_name_after_according_to_is_the_source_not_a_freed_person() -> None:
    events = run(
        "Authorities released 12 detained bloggers on Sunday, officials said. Karim Nabil, "
        "a poet, was among those released, according to his sister, Mona Farouk. Samir "
        "Adel was also freed, according to activist Laila Hassan."
    )
    names = {n for e in events for n in e.people.names}
    assert "Karim Nabil" in names and "Samir Adel" in names
    assert not names & {"Mona Farouk", "Laila Hassan"}


def test_one_person_identified_as_is_not_put_in_an_earlier_batch() -> None:
    events = run(
        "Police rescued 14 kidnapped travellers near Lokoja on Monday, officials said. The "
        "driver, identified as Musa Danladi, was arrested at the scene."
    )
    rel = find(events, dict(type="release", value=14))
    assert "Musa Danladi" not in rel.people.names


# ------------------------------------------------------------------- holders and holdings


def test_freed_people_sent_to_two_countries_take_neither_nationality() -> None:
    events = run(
        "The president pardoned 25 jailed protesters on Friday, his office said. In "
        "September, more than 50 prisoners were freed and at once flown to Poland and "
        "Latvia, rights groups said."
    )
    rel = find(events, dict(type="release", value=50))
    assert not rel.people.nationality  # not Polish: sent out, not taken back home
    assert rel.holder != "Russia"


def test_leaving_n_still_in_captivity_is_a_holding() -> None:
    events = run(
        "Gunmen freed four of the kidnapped pilgrims on Tuesday, leaving 9 still in "
        "captivity, a church official said."
    )
    find(events, dict(type="release", value=4))
    find(events, dict(type="holding", value=9))


def test_the_remaining_ones_found_by_troops_after_a_running_total_are_a_batch() -> None:
    events = run(
        "The last seven aid workers seized in March have been freed, officials said. Six "
        "of the hostages had already been released in recent weeks, and the remaining "
        "seven were found by troops in a forest on Friday."
    )
    find(events, dict(type="release", value=6, aggregate=True))
    assert not any(e.aggregate for e in reportable(events) if e.count and e.count.value == 7)
    assert _types_of(events, 7) == {"release"}


def test_to_hold_its_fire_holds_no_one() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. The group -- which has some "
        "2,000 fighters in its ranks -- has pledged to hold its fire during the vote."
    )
    assert 2000 not in {e.count.value for e in reportable(events) if e.count}


def test_people_arrested_earlier_who_would_be_freed_are_a_planned_release() -> None:
    events = run(
        "The junta freed 300 prisoners on Monday, state media said. State radio said more "
        "than 4,000 people who were arrested over their part in the strikes would be freed "
        "in an amnesty next week."
    )
    find(events, dict(type="release", status="planned", value=4000))  # (not only arrested)


# --------------------------------------------------------------------- page furniture


def test_a_question_among_related_titles_does_not_end_the_list() -> None:
    events = run(
        "Police rescued six kidnapped travellers in Kaduna on Monday, officials said.\n"
        "Related stories: Gunmen free 30 worshippers in Kogi\n"
        "Why do kidnappings keep rising in the north?\n"
        "Three soldiers arrested over the kidnapping of a judge\n"
    )
    assert {e.count.value for e in reportable(events) if e.count} == {6}


def test_names_among_more_than_n_freed_join_that_batch() -> None:
    events = run(
        "The president pardoned 25 jailed protesters on Friday, his office said. Among more "
        "than 300 people freed on Sunday were journalist Ali Karim and activist Sara Nouri."
    )
    big = find(events, dict(type="release", value=300))
    assert {"Ali Karim", "Sara Nouri"} <= set(big.people.names)
    small = find(events, dict(type="release", value=25))
    assert not small.people.names


def test_one_of_those_released_was_x_names_a_freed_person() -> None:
    events = run(
        "The president pardoned 25 jailed protesters on Friday, his office said. One of "
        "those released on Friday was Ilkin Karimov, a blogger who served three years."
    )
    names = {n for e in events if e.type == "release" for n in e.people.names}
    assert "Ilkin Karimov" in names


def test_a_country_before_a_group_names_where_the_group_is() -> None:
    events = run(
        "Eight Vietnamese fishermen held hostage by the Philippines Abu Sayyaf militants "
        "have been freed, officials said on Sunday."
    )
    find(events, dict(type="release", value=8, holder="Abu Sayyaf"))


def test_receiving_a_ransom_is_no_release_and_decapitating_a_hostage_a_death() -> None:
    events = run(
        "Militants freed six sailors on Sunday, officials said. The release came days "
        "after the militants decapitated a Korean hostage, Kim Sun-il, when the deadline "
        "they set to receive a ransom for him expired."
    )
    assert not [e for e in events if e.type == "release" and e.status == "planned"]
    find(events, dict(type="death_in_custody", value=1))


# ------------------------------------------------------- rescues and their captors' arrests


def test_kidnappers_arrested_are_no_part_of_the_people_they_took() -> None:
    events = run(
        "Gunmen kidnapped six Turkish engineers from a dam site in Kogi State, police said "
        "on Monday. Three of the kidnappers were arrested."
    )
    find(events, dict(type="detention", value=6))
    find(events, dict(type="detention", value=3))


def test_people_after_a_passive_verb_and_and_take_their_own_verb() -> None:
    events = run(
        "Troops rescued a kidnapped trader in Sulu on Sunday, the army said. Two of the "
        "abductors were killed and four others were arrested during the operation."
    )
    find(events, dict(type="detention", value=4))


def test_their_release_stands_for_the_group_its_subject_names() -> None:
    events = run(
        "The junta granted amnesty to 4,200 prisoners, including 95 foreigners, state media "
        "said on Saturday. The foreigners will be deported after their release."
    )
    assert not [e for e in reportable(events) if e.status == "planned" and e.count.value == 4200]


def test_found_and_safe_is_a_release() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Forty women abducted by "
        "militants near Djibo last week have been found and are safe, the army said."
    )
    find(events, dict(type="release", value=40))
    assert _types_of(events, 40) == {"release"}


def test_among_those_released_joins_the_batch_not_the_running_total() -> None:
    events = run(
        "Authorities released 64 political prisoners on Saturday, a rights group said. The "
        "releases bring to 1,200 the number freed since November. Among those released was "
        "student leader Ana Rivas."
    )
    batch = find(events, dict(type="release", value=64))
    assert "Ana Rivas" in batch.people.names


def test_a_swap_after_in_is_a_noun_not_the_verb_of_a_named_person() -> None:
    events = run(
        "Russia releases US journalist Kenji Sato in prisoner swap. Sato was freed on "
        "Thursday, his family said."
    )
    rel = find(events, dict(type="release", names={"Kenji Sato"}))
    assert rel.holder == "Russia"


def test_the_hostages_identified_as_names_join_the_batch() -> None:
    events = run(
        "Rebels freed two hostages in Choco on Sunday, the Red Cross said. The hostages were "
        "identified as Pedro Alonso Ruiz and Marta Lucia Gil in a statement by a bishop, "
        "who has helped broker hostage releases."
    )
    rel = find(events, dict(type="release", value=2))
    assert {"Pedro Alonso Ruiz", "Marta Lucia Gil"} <= set(rel.people.names)


def test_n_of_the_kidnapped_counts_people() -> None:
    events = run(
        "Soldiers rescued 40 villagers in Zamfara on Friday, officials said. Three of the "
        "abducted, a farmer and his two sons, were released on Sunday."
    )
    find(events, dict(type="release", value=3))
    find(events, dict(type="release", value=40))


def test_named_people_found_alive_are_freed() -> None:
    events = run(
        "Gunmen kidnapped three tourists near Acapulco on Friday, officials said. Anna "
        "Kowalska and Piotr Nowak were found alive on Tuesday in a farmhouse."
    )
    rel = find(events, dict(type="release", status="occurred"))
    assert {"Anna Kowalska", "Piotr Nowak"} <= set(rel.people.names)


def test_rescued_in_military_operations_is_a_running_total() -> None:
    events = run(
        "Gunmen kidnapped 30 villagers in Kaduna on Friday, officials said. Troops have "
        "also rescued eleven hostages alive in military operations."
    )
    find(events, dict(type="release", value=11, aggregate=True))


def test_one_was_still_being_held_is_a_holding() -> None:
    events = run(
        "Gunmen freed 61 kidnapped travellers on Wednesday, officials said. Two had died in "
        "captivity and one was still being held, relatives said."
    )
    find(events, dict(type="holding", value=1))


def test_a_participle_after_the_last_of_coordinated_people_describes_them_all() -> None:
    events = run(
        "Togo: jihadists free two Italians and a Togolese kidnapped last month\n\nLOME - "
        "Two Italian nationals and a Togolese driver kidnapped by jihadists in the north last "
        "month have been freed, security sources said on Wednesday."
    )
    find(events, dict(type="release", value=1, nationality={"Togolese"}))
    assert _types_of(events, 1) == {"release"}


def test_frees_detained_x_is_no_arrest() -> None:
    events = run(
        "Myanmar frees detained Canadian teacher Paul Martin. The junta freed Martin on "
        "Thursday in an amnesty of 5,000 prisoners, state media said."
    )
    assert not [e for e in events if e.type == "detention"]


def test_a_facility_listed_after_camps_is_no_person() -> None:
    events = run(
        "Israel released 11 Gaza detainees at the Kissufim crossing on Tuesday, officials "
        "said. Hundreds remain held in military camps, including Ofer Khalil."
    )
    assert "Ofer Khalil" not in {n for e in events for n in e.people.names}


def test_only_n_brought_back_is_their_own_clause() -> None:
    events = run(
        "Russia returned 9 Ukrainian children to their families, Kyiv said on Monday. Kyiv "
        "says 19,000 children were deported to Russia, and only about 1,100 have been "
        "brought back."
    )
    assert 19000 not in {e.count.value for e in reportable(events) if e.type == "release"}
    find(events, dict(type="release", value=1100))


def test_a_resident_who_tells_it_is_no_freed_person() -> None:
    events = run(
        "Bandits freed 14 of the abducted travellers after collecting a ransom, a resident "
        "said, adding that nine others are still with the bandits."
    )
    assert 1 not in {e.count.value for e in reportable(events) if e.count}
    find(events, dict(type="release", value=14))


def test_the_man_identified_as_x_names_the_one_person_freed() -> None:
    events = run(
        "Caracas released an American man who had been jailed since last year, US officials "
        "said on Saturday. The man, identified by his family as Daniel Moreno, flew to "
        "Texas with a US envoy."
    )
    rel = find(events, dict(type="release", value=1))
    assert "Daniel Moreno" in rel.people.names
