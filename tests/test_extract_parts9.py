"""Parts of a batch told in a sentence of their own, and other shapes met while probing
real-news wording in the ninth session: general mechanisms, on sentences written for
this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def test_among_the_people_brought_home_every_count_is_a_part() -> None:
    events = run(
        "Ukraine and Russia exchanged 84 prisoners of war each on Friday, officials said. "
        "Among the Ukrainians brought home were marines and three civilians, the ombudsman said."
    )
    find(events, dict(type="release", value=84, holder="Russia"))
    assert sorted(e.count.value for e in reportable(events) if e.count) == [84, 84]


def test_a_definite_group_with_including_is_the_batch_told_before() -> None:
    events = run(
        "Gunmen freed 31 villagers abducted from a market in Zamfara, police said on Monday. "
        "The villagers, including nine women and an imam, were seized in a night raid."
    )
    find(events, dict(type="release", value=31))
    # (the second sentence tells their capture on its own: event-record.md 'Background')
    assert sorted((e.type, e.count.value) for e in reportable(events) if e.count) == [
        ("detention", 31),
        ("release", 31),
    ]


def test_a_couple_is_two_people_and_a_couple_of_days_is_none() -> None:
    events = run(
        "The Taliban have released a British couple held in Kabul since March, a Qatari "
        "official said on Friday. Talks had stalled a couple of days before."
    )
    e = find(events, dict(type="release", value=2, holder="Taliban"))
    assert list(e.people.nationality) == ["British"]
    assert not e.aggregate  # 'held ... since March' is how long, not a running total
    assert e.source_actor is None  # 'in Kabul' is a place, not who says it
    assert [x.count.value for x in reportable(events) if x.count] == [2]


def test_a_running_total_since_a_date_is_still_one() -> None:
    events = run(
        "Israeli forces have detained more than 9,000 Palestinians since October, "
        "the prisoners' society said."
    )
    e = find(events, dict(type="detention", value=9000))
    assert e.aggregate


def test_one_person_with_an_age_or_an_adjective_that_can_name_people() -> None:
    events = run(
        "Israeli forces arrested an elderly man in Hebron on Monday, the army said. "
        "Gunmen kidnapped a 12-year-old girl in Enugu on Tuesday, police said."
    )
    old = find(events, dict(type="detention", value=1, holder="Israel"))
    assert list(old.people.categories) == ["elderly"]
    girl = [e for e in events if e.type == "detention" and e.holder is None]
    assert [list(e.people.categories) for e in girl] == [["children"]]


def test_an_unnamed_captor_is_no_party_but_a_named_groups_fighters_are() -> None:
    events = run(
        "Israeli forces arrested 14 Palestinians in Nablus on Monday, the army said. "
        "In Nigeria, gunmen on motorcycles kidnapped 20 villagers in Zamfara on Tuesday. "
        "Al-Shabaab militants abducted six truck drivers near Baidoa on Wednesday."
    )
    find(events, dict(type="detention", value=14, holder="Israel"))
    assert find(events, dict(type="detention", value=20)).holder is None
    find(events, dict(type="detention", value=6, holder="al-Shabaab"))


def test_vehicles_carrying_prisoners_that_arrive_tell_a_release() -> None:
    events = run(
        "Hamas handed four Israeli hostages to the Red Cross in Gaza City, the army said. "
        "Red Cross vehicles carrying 90 Palestinian prisoners arrived in Beitunia late at night."
    )
    e = find(events, dict(type="release", value=90, holder="Israel"))
    assert "foreign_nationals" not in e.people.categories  # the holder's adversary's people


def test_half_a_million_and_a_thousand_are_counts() -> None:
    events = run(
        "Rights groups say half a million people have been detained in Syrian prisons "
        "since 2011. A thousand prisoners were freed under an amnesty on Sunday, officials said."
    )
    find(events, dict(type="detention", value=500000))
    find(events, dict(type="release", value=1000))


def test_refugees_returned_from_abroad_are_no_release() -> None:
    events = run(
        "The army freed 12 hostages in Idlib on Monday, officials said. "
        "More than 300,000 Syrians have returned from abroad since December, the UN said."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [12]


def test_a_demonym_before_a_role_and_a_name_is_the_named_persons_nationality() -> None:
    events = run(
        "Iran has released French citizens Anne Morel and Luc Bernard, who had been held "
        "in Tehran since 2023, officials said on Friday. "
        "Iran still holds Swedish-Iranian doctor Karim Rahimi."
    )
    freed = find(events, dict(type="release", names={"Anne Morel", "Luc Bernard"}))
    assert list(freed.people.nationality) == ["French"]
    held = find(events, dict(type="holding", names={"Karim Rahimi"}, holder="Iran"))
    assert list(held.people.nationality) == ["Iranian"]


def test_a_named_persons_nationality_gives_no_side_of_a_war_as_holder() -> None:
    events = run(
        "The United States freed Russian arms dealer Oleg Sorokin on Friday in a swap, "
        "officials said. Ukraine welcomed the news."
    )
    e = find(events, dict(type="release", names={"Oleg Sorokin"}))
    assert e.holder != "Ukraine"


def test_a_cyclist_or_a_novelist_before_a_name_is_a_role() -> None:
    events = run(
        "Hostages were freed this week, officials said. "
        "French cyclist Paul Girard was released in October."
    )
    find(events, dict(type="release", names={"Paul Girard"}))


def test_last_weekend_is_the_month_it_falls_in() -> None:
    events = run(
        "Police freed 14 farmers last weekend in Kaduna, officials said.",
        published="2025-10-08",
    )
    assert find(events, dict(type="release", value=14)).date == "2025-10"


def test_a_month_told_for_one_happening_is_not_the_next_ones() -> None:
    events = run(
        "Gunmen abducted 20 villagers in Zamfara in March 2024, police said. "
        "Bandits abducted 12 students near Kaduna, the army said.",
        published="2025-06-20",
    )
    assert find(events, dict(type="detention", value=20)).date == "2024-03"
    assert find(events, dict(type="detention", value=12)).date is None


def test_a_count_in_words_stands_for_people_told_before() -> None:
    events = run(
        "Ukraine brought home 150 soldiers in an exchange with Russia on Saturday, officials "
        "said. Another thirty-one were released outside the exchange, and twenty-two remain "
        "in captivity."
    )
    find(events, dict(type="release", value=150))
    find(events, dict(type="release", value=31))
    find(events, dict(type="holding", value=22))


def test_a_count_written_without_its_comma_is_no_year() -> None:
    events = run(
        "Israel released 1968 Palestinian prisoners on Saturday, the prison service said. "
        "In 2022 prisoners were also freed in a smaller exchange."
    )
    find(events, dict(type="release", value=1968, holder="Israel"))
    assert all(e.count is None or e.count.value != 2022 for e in events)


def test_a_tally_of_many_states_or_of_another_state_takes_no_document_holder() -> None:
    events = run(
        "At least 300 journalists were in prison worldwide on Dec. 1, a press freedom group "
        "said, with Iran among the worst jailers. Iran held 20 reporters, most without charge. "
        "In Egypt, 15 reporters remain in prison."
    )
    assert find(events, dict(type="holding", value=300)).holder is None
    find(events, dict(type="holding", value=20, holder="Iran"))
    assert find(events, dict(type="holding", value=15)).holder != "Iran"


def test_among_those_held_after_an_arrest_are_its_people() -> None:
    events = run(
        "Police detained 48 protesters overnight in Tbilisi, the interior ministry said. "
        "Among those held was opposition leader Levan Beridze, his party said."
    )
    e = find(events, dict(type="detention", value=48))
    assert "Levan Beridze" in e.people.names
    assert not [x for x in events if x.type == "holding"]


def test_each_side_of_a_swap_told_after_the_sentence_naming_the_two() -> None:
    for second in (
        "Each side handed over 115 prisoners of war, officials said.",
        "Both sides released 115 prisoners of war, officials said.",
    ):
        events = run("Russia and Ukraine carried out a prisoner exchange on Friday. " + second)
        find(events, dict(type="release", value=115, holder="Russia"))
        find(events, dict(type="release", value=115, holder="Ukraine"))


def test_school_pupils_and_factory_workers_are_people() -> None:
    events = run(
        "Troops rescued 15 Islamic school pupils in Sokoto State on Friday, the army said. "
        "Gunmen abducted 12 factory workers near Kaduna on Saturday, police said."
    )
    find(events, dict(type="release", value=15))
    find(events, dict(type="detention", value=12))


def test_a_release_halted_or_suspended_has_not_happened() -> None:
    for verb in ("halted", "suspended", "blocked"):
        events = run(
            f"Israel {verb} the release of 620 Palestinian prisoners on Saturday, officials said."
        )
        assert find(events, dict(type="release", value=620)).status == "planned", verb
    events = run(
        "Talks have stalled since April, when the two sides swapped 900 detainees, officials said."
    )
    assert all(e.status == "occurred" for e in events if e.count and e.count.value == 900)


def test_a_relative_clause_of_the_people_tells_not_the_main_verbs_status() -> None:
    events = run(
        "The 620 Palestinian prisoners whose release was delayed were freed on Wednesday, "
        "officials said."
    )
    assert find(events, dict(type="release", value=620)).status == "occurred"
    events = run(
        "The 620 Palestinian prisoners who were due to be released on Saturday are still "
        "waiting, officials said."
    )
    assert all(e.status != "occurred" for e in events if e.type == "release")


def test_a_second_subject_with_its_verb_left_out_holds_its_own_people() -> None:
    events = run("Hamas freed three hostages and Israel 183 prisoners on Saturday, officials said.")
    find(events, dict(type="release", value=3, holder="Hamas"))
    find(events, dict(type="release", value=183, holder="Israel"))


def test_the_people_given_in_exchange_told_again_with_the_are_that_batch() -> None:
    events = run(
        "Hamas freed four female soldiers in Gaza City on Saturday, the army said. "
        "Israel freed 200 prisoners in exchange for the four soldiers, officials said."
    )
    assert len([e for e in events if e.count and e.count.value == 4]) == 1
    find(events, dict(type="release", value=200, holder="Israel"))


def test_forces_picking_people_up_arrest_them() -> None:
    events = run(
        "Security forces picked up 30 young men in raids on the camp on Monday, residents "
        "said. A Red Cross bus picked up the freed prisoners at the crossing."
    )
    find(events, dict(type="detention", value=30))
    assert [e.type for e in events if e.count] == ["detention"]


def test_a_count_grouped_by_lakhs_is_read_whole() -> None:
    events = run(
        "Prisoners were freed this week, officials said. The government released over "
        "1,00,000 prisoners under the amnesty, officials said."
    )
    e = find(events, dict(type="release", value=100000))
    assert e.count is not None and e.count.qualifier == "more_than"


def test_names_listed_with_a_role_between_share_the_record_and_a_culprit_is_no_victim() -> None:
    events = run(
        "Iran released Swedish EU diplomat Anders Berg and Swedish-Iranian dual national "
        "Reza Karimi on Saturday in exchange for Hassan Tavakoli, officials said. Tavakoli "
        "had been convicted over the mass execution of prisoners in 1988."
    )
    e = find(events, dict(type="release", names={"Anders Berg", "Reza Karimi"}, holder="Iran"))
    assert list(e.people.nationality) == ["Swedish"]
    assert not [x for x in events if x.type == "death_in_custody" and x.people.names]


def test_a_lawyer_after_and_his_is_no_one_freed() -> None:
    events = run(
        "Hostages were freed this week, officials said. Iran released Anders Berg and his "
        "lawyer Reza Karimi said he was well."
    )
    assert all("Reza Karimi" not in e.people.names for e in events if e.type == "release")


def test_people_given_in_exchange_and_jailed_in_a_country_are_held_by_it() -> None:
    events = run(
        "Russia freed an American teacher on Thursday in exchange for Oleg Sorokin, a "
        "Russian businessman held in Poland on smuggling charges, officials said."
    )
    find(events, dict(type="release", names={"Oleg Sorokin"}, holder="Poland"))


def test_people_moved_after_their_release_are_no_custody_transfer() -> None:
    events = run(
        "Hamas freed three hostages on Sunday, officials said. Israel said the three "
        "hostages were transferred to Israeli territory after their release."
    )
    assert not [e for e in events if e.type == "transfer"]
    find(events, dict(type="release", value=3, holder="Hamas"))


def test_a_states_prison_after_an_article_names_its_holder() -> None:
    events = run(
        "Prisoners remain held in harsh conditions, rights groups said. Two detainees "
        "died in an Israeli prison last month, a monitor said."
    )
    find(events, dict(type="death_in_custody", value=2, holder="Israel"))


def test_what_a_party_received_is_not_held_by_it() -> None:
    events = run(
        "Exchanges of the dead continued, officials said. Russia handed over 1,000 bodies "
        "of Ukrainian soldiers and received 19 bodies of Russian servicemen, officials said."
    )
    find(events, dict(type="release", value=1000, holder="Russia"))
    assert find(events, dict(type="release", value=19)).holder != "Russia"


def test_bodies_of_a_nations_soldiers_are_of_that_nationality() -> None:
    events = run(
        "Exchanges of the dead continued, officials said. Russia handed over 1,000 bodies "
        "of fallen Ukrainian soldiers on Friday, officials said."
    )
    e = find(events, dict(type="release", value=1000, holder="Russia"))
    assert list(e.people.nationality) == ["Ukrainian"]


def test_own_political_prisoners_and_one_side_told_twice_in_exchange() -> None:
    events = run(
        "Venezuela frees 10 Americans in exchange for 252 Venezuelans\n\n"
        "Venezuela released 10 Americans on Friday in exchange for 252 Venezuelan migrants "
        "held in a prison in El Salvador, officials said. Venezuela also freed 80 of its own "
        "political prisoners, officials said."
    )
    assert len([e for e in events if e.count and e.count.value == 252]) == 1
    find(events, dict(type="release", value=80, holder="Venezuela"))


def test_a_countrys_warring_parties_are_no_state_holding_people() -> None:
    events = run(
        "Yemen's warring parties completed the exchange of nearly 900 detainees on Sunday, "
        "the Red Cross said. The Houthis released 181 prisoners, while the Saudi-led "
        "coalition freed 706 Houthi fighters."
    )
    assert all(e.holder != "Yemen" for e in events)
    find(events, dict(type="release", value=181, holder="Houthis"))


def test_a_transfers_destination_told_after_its_people_is_its_place() -> None:
    events = run(
        "Israel transferred 23 Palestinian prisoners serving life sentences to Egypt on "
        "Saturday, officials said. Russia transferred to Ukraine 500 bodies of Ukrainian "
        "soldiers on Friday."
    )
    assert find(events, dict(type="transfer", value=23)).location.place == "Egypt"
    assert all(e.location.place != "Ukraine" for e in events)


def test_bringing_to_n_the_total_freed_is_a_running_total() -> None:
    events = run(
        "Israel released a further 110 Palestinian prisoners, bringing to 1,500 the total "
        "freed since the truce began, officials said."
    )
    find(events, dict(type="release", value=110, aggregate=False))
    find(events, dict(type="release", value=1500, aggregate=True))
