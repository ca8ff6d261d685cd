"""Shapes met while probing news wording in the sixteenth session: general mechanisms,
on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import find, run


def test_a_headline_rounds_down_to_the_leading_round_figure() -> None:
    # 'More than 100' over the body's 167: the headline's figure of the same batch
    events = run(
        "More than 100 detainees freed by Israel reach Khan Younis\n\n"
        "Israel released 167 Palestinian detainees on Thursday under the ceasefire deal, "
        "the prisoners' office in Gaza said. Buses brought them to a hospital in Khan Younis."
    )
    releases = [e for e in events if e.type == "release"]
    assert [e.count.value for e in releases if e.count] == [167]
    find(events, dict(type="release", count=(167, "exact"), holder="Israel"))


def test_a_demanded_release_does_not_make_the_capture_told_after_it_demanded() -> None:
    # 'appealed for the release of X, abducted ...': the participle tells what happened to
    # X; the demand is of the release only
    events = run(
        "Charity worker seized in Darfur\n\n"
        "The charity appealed for the release of aid worker Jane Otieno, abducted by gunmen "
        "in Nyala last week."
    )
    find(events, dict(type="release", status="demanded", names={"Jane Otieno"}))
    assert not [e for e in events if e.type == "detention" and e.status == "demanded"]
    find(events, dict(type="detention", status="occurred", names={"Jane Otieno"}))


def test_the_noun_whose_object_the_name_is_governs_it_before_an_appositive_participle() -> None:
    # 'demanded the release of X, held in ... since ...': the demand is the news about X
    events = run(
        "Families of captives rally in Jerusalem\n\n"
        "Hamas is still holding 48 hostages in Gaza. His brother demanded the release of "
        "Tomer Galili, held in Gaza since the attack on the kibbutz."
    )
    find(events, dict(type="release", status="demanded", names={"Tomer Galili"}))
    held = find(events, dict(type="holding", count=(48, "exact")))
    assert "Tomer Galili" not in held.people.names


def test_no_break_and_thin_spaces_and_tabs_read_as_plain_spaces() -> None:
    # scraped pages keep '&nbsp;' between words and figures; translated pages set a thin
    # space inside a figure; the evidence still quotes the text as written
    plain = (
        "Prisoners freed in exchange\n\n"
        "Israel released 1,968 Palestinian prisoners on Monday, the prison service said."
    )
    for text in (
        plain.replace(" ", "\u00a0"),
        plain.replace("1,968", "1\u2009968").replace(" Palestinian", "\u00a0Palestinian"),
        plain.replace("1,968", "1\u202f968"),
        plain.replace(" ", "\t"),  # a scraped table's cells
    ):
        events = run(text)
        e = find(events, dict(type="release", count=(1968, "exact"), holder="Israel"))
        assert all(text[s.start : s.end] == s.text for s in e.evidence)


def test_people_then_a_verb_of_their_number_count_them() -> None:
    # 'the prisoners freed on Sunday numbered 153': the count comes last, after a verb of
    # number; told of one day, it is that day's batch, not a running total
    for verb in ("numbered", "totalled"):
        events = run(
            "Yemen's warring sides swap prisoners\n\n"
            f"The prisoners freed by the Houthis on Sunday {verb} 153, the committee said."
        )
        e = find(events, dict(type="release", count=(153, "exact")))
        assert not e.aggregate


def test_the_number_of_people_was_n_is_a_tally() -> None:
    events = run(
        "Prisoner exchange completed in Marib\n\n"
        "The number of detainees released since the truce began was 1,240, the committee said."
    )
    e = find(events, dict(type="release", count=(1240, "exact")))
    assert e.aggregate


def test_a_brief_telling_people_taken_away_is_read() -> None:
    # a wire brief whose only custody words are 'took away' / 'led away' before a count
    for verb in ("took away", "led away"):
        events = run(
            "Gunmen stop buses on highway\n\n"
            f"Armed men stopped two buses near Turbat late on Friday and {verb} about 30 "
            "passengers, officials said."
        )
        find(events, dict(type="detention", count=(30, "about")))


def test_all_n_now_home_beside_batches_of_them_is_their_running_total() -> None:
    # the whole group, freed in batches told apart, is told again as 'all N are now home'
    events = run(
        "Kidnapped pupils freed in Katsina\n\n"
        "Gunmen freed five of the abducted pupils on Friday. The remaining seven were "
        "released on Sunday. All 12 pupils are now home with their families, the governor said."
    )
    total = find(events, dict(type="release", count=(12, "exact")))
    assert total.aggregate
    assert not find(events, dict(type="release", count=(7, "exact"))).aggregate


def test_all_n_freed_in_one_batch_is_that_batch() -> None:
    events = run(
        "Kidnapped pupils freed in Katsina\n\n"
        "All 12 pupils abducted from a school in Katsina were released on Sunday, the "
        "governor said. Two teachers were freed with them."
    )
    assert not find(events, dict(type="release", count=(12, "exact"))).aggregate


def test_one_person_told_by_a_noun_is_named_in_the_next_sentence() -> None:
    # a wire lead tells 'an American teacher'; the next sentence opens on his name and
    # tells of his custody or his return
    for second in (
        "Daniel Moore, 58, had been held in a penal colony near Saratov since 2021.",
        "Daniel Moore, 58, landed at Andrews base hours later.",
        "The man, identified as Daniel Moore, had been jailed since 2021.",
    ):
        events = run(
            "Russia frees US teacher\n\n"
            f"Russia released a jailed American teacher on Tuesday. {second}"
        )
        find(events, dict(type="release", holder="Russia", names={"Daniel Moore"}))


def test_a_person_named_after_a_release_who_tells_no_custody_is_not_the_freed_one() -> None:
    events = run(
        "Iran frees US reporter\n\n"
        "Iran freed an American reporter on Friday. Laura Mendes, the secretary of state, "
        "welcomed the release."
    )
    e = find(events, dict(type="release", holder="Iran"))
    assert "Laura Mendes" not in e.people.names


def test_a_name_with_saint_abbreviated_is_read_whole() -> None:
    # 'St.' inside a name is a particle, not the name's end (a wrong name is worse than none)
    events = run(
        "Venezuela frees US veteran\n\n"
        "Venezuela freed US Air Force veteran Joseph St. Clair on Saturday, the State "
        "Department said."
    )
    e = find(events, dict(type="release", names={"Joseph St. Clair"}))
    assert "Joseph St" not in e.people.names


def test_a_former_officeholder_before_a_name_marks_a_person() -> None:
    # 'former prime minister X' is someone who may be taken; a minister in office is not
    # marked by his title (he speaks for a side)
    events = run(
        "Mali junta detains former premier\n\n"
        "Soldiers took former prime minister Oumar Diarra into custody in Bamako on Friday, "
        "his party said."
    )
    find(events, dict(type="detention", names={"Oumar Diarra"}))


def test_the_group_told_held_in_n_of_the_m_is_the_holding() -> None:
    # 'N of the M hostages still held in Gaza are alive': the M are held; the N are a
    # part told by their condition
    for sentence in (
        "Officials say 24 of the 59 hostages still held in Gaza are alive.",
        "Thirty-five of the 59 hostages still in Gaza are believed to be dead.",
    ):
        events = run(f"Hostage families rally in Tel Aviv\n\n{sentence}")
        held = [e for e in events if e.type == "holding"]
        assert [e.count.value for e in held if e.count] == [59], held


def test_people_deported_or_sent_to_a_prison_are_transferred_by_the_state_that_sent_them() -> None:
    events = run(
        "Migrants flown to mega-prison\n\n"
        "The United States deported 238 Venezuelan men to a maximum-security prison in "
        "El Salvador on Saturday."
    )
    find(events, dict(type="transfer", count=(238, "exact"), holder="United States"))
    events = run(
        "Prisoners of war moved\n\n"
        "Russia sent 20 Ukrainian prisoners of war to a penal colony in Mordovia, Kyiv said."
    )
    find(events, dict(type="transfer", count=(20, "exact"), holder="Russia"))
    # sending troops somewhere is no custody
    assert not run("Troops deployed\n\nThe government sent 300 soldiers to the border.")


def test_a_first_name_whose_release_is_asked_for_is_the_person_named_before() -> None:
    # 'the release of Eitan', 'bring Eitan back': the object of a release, told by the first
    # name of someone named in full before
    for second in (
        "The family called for the release of Noam.",
        '"We need to bring Noam back now," his mother said.',
    ):
        events = run(
            "Families of captives wait\n\n"
            "Hamas freed Yossi Avital on Saturday, but his brother Noam Avital is still held "
            f"in Gaza. {second}"
        )
        find(events, dict(type="release", status="demanded", names={"Noam Avital"}))


def test_a_pronoun_after_a_list_of_names_takes_the_named_people() -> None:
    # 'A, B and C ... All of them were abducted': the people named in the sentence before
    events = run(
        "Bodies of hostages returned\n\n"
        "Hamas handed over the bodies of Dana Kaplan, Ruth Peretz and Avi Mor on Thursday. "
        "All of them were abducted from a kibbutz on October 7."
    )
    find(events, dict(type="release", names={"Dana Kaplan", "Ruth Peretz", "Avi Mor"}))
    find(events, dict(type="detention", names={"Dana Kaplan", "Ruth Peretz", "Avi Mor"}))


def test_a_list_of_aged_names_set_apart_by_semicolons_is_one_batch() -> None:
    events = run(
        "Bodies of hostages returned\n\n"
        "The army said it had returned the bodies of Dana Kaplan, 28; Ruth Peretz, 22; and "
        "Avi Mor, 58, to Israel."
    )
    find(events, dict(type="release", names={"Dana Kaplan", "Ruth Peretz", "Avi Mor"}))


def test_a_swap_carried_out_somewhere_gives_its_deal_that_place() -> None:
    # the deal's place is where it was agreed or carried out: 'a swap ... done on Turkish
    # soil' in the sides' own sentence
    events = run(
        "Prisoners of war swapped\n\n"
        "Russia and Ukraine each freed 90 prisoners of war on Friday in a swap coordinated "
        "by Turkey and done on Turkish soil."
    )
    find(events, dict(type="deal", place="Turkey"))


def test_named_people_among_several_imprisoned_by_a_side_were_detained_by_it() -> None:
    events = run(
        "Egyptians freed in Sudan\n\n"
        "The army freed Egyptian traders Karim Fawzy and Hany Salem from a prison in "
        "Omdurman on Monday. Fawzy and Salem were among several Egyptian traders imprisoned "
        "by the RSF when the war broke out in April 2023."
    )
    find(events, dict(type="detention", names={"Karim Fawzy", "Hany Salem"}))


def test_a_condition_set_on_a_release_is_a_demand_not_made_by_the_holder() -> None:
    # 'X will not be allowed before the release of Y': the one who sets the condition
    # demands the release; he does not hold the person
    events = run(
        "Return to northern Gaza delayed\n\n"
        "Israeli Prime Minister Benjamin Netanyahu said the return of displaced people to the "
        "north will not be allowed before the release of civilian hostage Dana Levin."
    )
    e = find(events, dict(type="release", status="demanded", names={"Dana Levin"}))
    assert e.holder != "Israel"
