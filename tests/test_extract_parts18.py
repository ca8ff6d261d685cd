"""Shapes met while probing records in the eighteenth session: general mechanisms, on
sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import run


def _counted(events: list, kind: str) -> list:
    return sorted(e.count.value for e in events if e.type == kind and e.count)


def test_a_holding_in_its_own_clause_after_among_those_freed_is_no_part() -> None:
    # 'Among those pardoned were ...' makes its counts parts of the batch; a count told
    # after a clause break as the subject of a holding verb is who is held now
    events = run(
        "Authorities pardon 20 prisoners\n\n"
        "The authorities pardoned 20 jailed opposition supporters on Monday. Among those "
        "pardoned were three students and a lawyer, a monitoring group said, adding that "
        "some 900 political prisoners remain in jail across the country."
    )
    assert _counted(events, "holding") == [900]
    assert _counted(events, "release") == [20]


def test_parts_of_the_victims_told_as_what_someone_said_are_no_batch() -> None:
    # 'The police said the victims, including eight women and two boys, were freed':
    # some of the people told before, not a batch of ten
    events = run(
        "Police free 31 abducted villagers\n\n"
        "Police freed 31 villagers abducted by an armed gang in the hills, officials said. "
        "A police spokesman said the victims, including eight women and two boys, were "
        "freed after a raid on the gang's camp."
    )
    assert _counted(events, "release") == [31]


def test_a_title_joining_two_bare_people_nouns_counts_no_single_person() -> None:
    # a title drops its articles: 'frees abducted nurse and driver' is not one person
    events = run(
        "Militia frees abducted nurse and doctor\n\n"
        "A militia released a nurse and a doctor it had seized at a checkpoint last week, "
        "the health ministry said on Tuesday."
    )
    assert _counted(events, "release") == [2]


def test_a_title_bare_singular_alone_is_still_one_person() -> None:
    events = run("Gunmen free kidnapped nurse in the north\n\nThe nurse was freed on Monday.")
    assert _counted(events, "release") == [1]


def test_the_number_of_people_a_group_holds_is_a_holding() -> None:
    # 'bringing to 14 the number of aid workers they hold': who is held now, whatever the
    # sentence's own verb tells
    events = run(
        "Rebels detain more aid workers\n\n"
        "The rebels have detained four more aid workers in the east, the agency said on "
        "Sunday, bringing to 14 the number of aid workers they hold."
    )
    assert _counted(events, "holding") == [14]
    assert _counted(events, "detention") == [4]


def test_a_day_that_starts_a_running_total_is_no_day_for_the_next_sentence() -> None:
    # 'since March 3, 2024' tells where a period starts: the next sentence's arrests
    # share no day with it
    events = run(
        "Police detain protesters\n\n"
        "Police have detained 340 protesters in the capital since March 3, 2024, a lawyers' "
        "group said.\n\n"
        "Officers detained 12 students at the university, the group added."
    )
    dates = {e.count.value: e.date for e in events if e.type == "detention"}
    assert dates[12] is None
    assert dates[340] != "2024-03-03"


def test_a_dated_sentence_still_gives_its_day_to_the_next() -> None:
    events = run(
        "Police detain protesters\n\n"
        "Police detained 34 protesters in the capital on March 3, 2024, a lawyers' group "
        "said.\n\n"
        "Officers detained 12 students at the university, the group added."
    )
    assert [(e.count.value, e.date) for e in events if e.type == "detention"] == [
        (34, "2024-03-03"),
        (12, "2024-03-03"),
    ]


def test_prisoners_who_broke_out_are_freed() -> None:
    # an escape from captivity is a release (event-record.md, 'Settled in annotating')
    events = run(
        "Jailbreak in the east\n\n"
        "About 300 inmates broke out of the central prison during the night as rebels "
        "attacked the town, a local official said."
    )
    assert _counted(events, "release") == [300]


def test_fighting_that_broke_out_frees_no_one() -> None:
    events = run(
        "Prisoners held in the east\n\n"
        "Fighting broke out near the prison where 300 detainees are held, a local official "
        "said."
    )
    assert _counted(events, "release") == []


def test_suspects_called_terrorist_are_counted() -> None:
    events = run(
        "Army detains suspects\n\n"
        'The army said it had arrested 75 "terrorist" suspects in raids on two villages.'
    )
    assert _counted(events, "detention") == [75]


def test_a_figure_told_of_several_earlier_swaps_is_no_record() -> None:
    # several happenings told at once: no one batch, whatever figure they share
    events = run(
        "Sides agree to swap 500 prisoners each\n\n"
        "The two sides agreed on Monday to exchange 500 prisoners each. Previous swaps, "
        "brokered by Turkey, have involved up to 150 people from each side. Earlier "
        "exchanges freed about 90 prisoners each."
    )
    assert all(e.count.value == 500 for e in events if e.count)


def test_one_earlier_swap_is_still_a_record() -> None:
    events = run(
        "Sides agree to swap prisoners\n\n"
        "The previous swap, in March, freed 90 prisoners from each side, officials said."
    )
    assert 90 in _counted(events, "release")


def test_the_one_person_a_speaker_is_kin_of_is_no_holding() -> None:
    # 'said the father of a sailor held since May': the speaker, not a holding of one
    events = run(
        "Pirates hold 19 sailors\n\n"
        'Pirates are holding 19 sailors off the coast, the shipping company said. "We wait '
        'for news every day," said the father of a sailor held since May.'
    )
    assert _counted(events, "holding") == [19]


def test_some_of_those_freed_counted_by_of_them_are_no_batch() -> None:
    # 'those freed' names the group; '11 of them had been held for years' some of it
    events = run(
        "Authorities free 64 detainees\n\n"
        "The authorities released 64 detainees on Tuesday under an amnesty. A monitor said "
        "most of those freed had been held on security charges, and that 11 of them had "
        "been in custody for more than a decade."
    )
    assert _counted(events, "release") == [64]


def test_one_person_beside_an_uncounted_group_gives_no_count() -> None:
    # 'seized the students and a guard': one of many, not a batch of one
    events = run(
        "Gunmen seize students\n\nGunmen stormed the college on Monday and seized the "
        "students and a guard, police said."
    )
    assert _counted(events, "detention") == []


def test_one_person_beside_a_counted_group_adds_to_it() -> None:
    events = run(
        "Rebels free captives\n\nThe rebels released the four captives and a soldier on Sunday."
    )
    assert _counted(events, "release") == [5]


def test_a_second_count_ends_the_first_ones_people_phrase() -> None:
    # 'four Nepali and two Thai captives': the four are Nepali only
    events = run(
        "Captives freed\n\nThe group freed four Nepali and two Thai captives on Friday, the "
        "mediators said."
    )
    nats = {e.count.value: e.people.nationality for e in events if e.type == "release"}
    assert list(nats[4]) == ["Nepali"]
    assert list(nats[2]) == ["Thai"]


def test_workers_from_a_place_come_from_it() -> None:
    # where the workers come from is not where they are held or were arrested
    events = run(
        "Workers still held\n\nThe army is still holding at least 40 workers from Hebron who "
        "were arrested at a checkpoint last month, their families said."
    )
    assert [e.location.place for e in events if e.type == "holding"] == [None]


def test_a_count_with_its_own_verb_to_be_done_is_not_the_next_custody_words() -> None:
    # 'ordered 12 of them to be jailed ... and released 30': the 12 were not released
    events = run(
        "Police detain 60 in corruption probe\n\n"
        "A judge ordered 12 of the suspects to be jailed pending trial and released 30 "
        "under judicial supervision, the agency said."
    )
    assert _counted(events, "release") == [30]


def test_a_swap_involving_n_people_counts_both_sides() -> None:
    events = run(
        "Prisoners swapped\n\n"
        "Two aid workers were freed on Friday in a prisoner exchange involving 14 people and "
        "three countries, officials said."
    )
    swap = [e for e in events if e.type == "release" and e.count and e.count.value == 14]
    assert [(e.aggregate, e.holder) for e in swap] == [(True, None)]


def test_they_after_a_group_told_in_parts_names_no_part() -> None:
    # 'The four, three Malians and a Nigerien, were seized ... They were handed over':
    # not the three only
    events = run(
        "Four aid workers freed in Mali\n\n"
        "Four aid workers kidnapped near Gao in March have been released, their agency said. "
        "The four, three Malians and a Nigerien, were seized by gunmen on a road. They were "
        "handed over to local leaders on Sunday."
    )
    assert _counted(events, "release") == [4]


def test_the_batch_freed_told_as_held_before_is_no_holding() -> None:
    # 'The 45 had been held in X prison': where the freed were held, not a holding now
    events = run(
        "Authorities free 45 prisoners\n\n"
        "The authorities freed 45 prisoners on Monday. The 45 had been held in the central "
        "prison before buses took them to the capital."
    )
    assert _counted(events, "holding") == []


def test_people_who_also_came_back_are_a_group_of_their_own() -> None:
    # 'Nine civilians also came back': another group, not a part of the 60
    events = run(
        "Sixty soldiers come home\n\n"
        "Sixty Ukrainian soldiers are home from Russian captivity, the president said on "
        "Saturday.\n\n"
        "Nine Ukrainian civilians also came back from Russian captivity, officials said."
    )
    assert _counted(events, "release") == [9, 60]


def test_people_held_somewhere_who_arrived_are_no_holding() -> None:
    # 'Four fishermen held in a jail since May arrived in X': held once, free now
    events = run(
        "Fishermen back\n\n"
        "Four fishermen held in a coastal jail since May arrived in Chennai on Sunday and met "
        "their parents at the port, officials said."
    )
    assert _counted(events, "holding") == []


def test_the_side_that_frees_in_return_is_not_the_other_sides_holder() -> None:
    # 'In return, the government freed 50': the named captives were not its
    events = run(
        "Captives freed in swap\n\n"
        "Aid workers Amina Bello and Grace Okafor were handed over to mediators on "
        "Sunday. In "
        "return, Nigeria freed 50 detained militants, officials said."
    )
    named = [e for e in events if e.type == "release" and e.people.names]
    assert named and all(e.holder != "Nigeria" for e in named)


def test_people_who_held_a_rally_hold_no_one() -> None:
    # 'relatives of the detainees held a vigil': an event held, no holding
    events = run(
        "Detainees' relatives protest\n\n"
        "Relatives of the detainees held a vigil outside the prison on Friday, where a "
        "72-year-old former prisoner spoke."
    )
    assert _counted(events, "holding") == []


def test_a_title_one_person_is_the_one_person_the_body_names() -> None:
    # 'Aid worker freed by rebels' over 'X, a nurse, was among 12 people freed': X
    events = run(
        "Aid worker freed by rebels returns home\n\n"
        "Maria Lopez, a nurse with a medical charity, was among 12 people freed by the "
        "rebels on Monday, the charity said."
    )
    releases = [e for e in events if e.type == "release"]
    assert len(releases) == 1
    assert releases[0].people.names == ("Maria Lopez",)


def test_a_person_the_report_frees_is_held_no_longer() -> None:
    # 'X was the last of its nationals held in the country': told of someone freed
    events = run(
        "Engineer freed\n\n"
        "Engineer Tomas Varga was freed by his kidnappers on Friday, officials said. Varga, "
        "61, was the last Slovak hostage held in the region."
    )
    assert [e for e in events if e.type == "holding"] == []


def test_a_country_before_an_armed_groups_noun_holds_no_one() -> None:
    # 'Mali separatists free 9 soldiers': where the group fights, not who held the soldiers
    events = run(
        "Mali separatists free nine soldiers\n\n"
        "Separatist fighters in Mali's north have freed nine soldiers they seized in a raid "
        "last month, a military spokesman said."
    )
    assert [e.holder for e in events if e.type == "release"] == [None]


def test_a_freed_person_telling_how_long_she_was_held_is_held_no_longer() -> None:
    # 'she was held in a cellar for months with three other women': her past, not a holding
    events = run(
        "Freed nurse speaks\n\n"
        "A nurse freed by kidnappers last week said on Monday she was held in a cellar for "
        "months with three other women."
    )
    assert _counted(events, "holding") == []


def test_a_bare_number_after_a_lists_bullet_stands_for_people_told_before() -> None:
    events = run(
        "Rebels free five more captives\n\n"
        "The rebels released five more captives on Monday, the mediators said.\n\n"
        "Key facts:\n"
        "- 41 have been released so far under the truce\n"
        "- the rest are due out next month"
    )
    assert 41 in _counted(events, "release")


def test_the_number_of_such_releases_is_still_counted() -> None:
    # 'such releases' refers to the batch told before: the figure is a running total of
    # them, not several earlier happenings told at once
    events = run(
        "Authorities free 40 protesters\n\n"
        "The authorities released 40 detained protesters on Friday, a rights group said, "
        "bringing the number of such releases this month to 130."
    )
    assert 130 in _counted(events, "release")


def test_a_person_who_was_one_of_the_batch_freed_is_named_on_it() -> None:
    events = run(
        "Freed sailor returns home\n\n"
        "Rahul Mehta, 29, was one of seven Indian sailors freed on Friday by the militia, "
        "his family said."
    )
    releases = [e for e in events if e.type == "release"]
    assert [(e.count.value if e.count else None, e.people.names) for e in releases] == [
        (7, ("Rahul Mehta",))
    ]


def test_people_who_have_now_been_executed_or_arrested_are_a_running_total() -> None:
    events = run(
        "Protests crushed\n\n"
        "Authorities hanged a protester on Monday, rights groups said. Seven protesters have "
        "now been executed, and more than 900 have now been arrested, they said."
    )
    totals = {(e.type, e.count.value) for e in events if e.count and e.aggregate}
    assert ("death_in_custody", 7) in totals
    assert ("detention", 900) in totals
