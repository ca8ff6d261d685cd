"""Shapes met while probing real-news wording in the thirteenth session: general
mechanisms, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, run


def test_captives_rescued_from_unnamed_abductors_get_no_other_party_as_holder() -> None:
    events = run(
        "Nigerian troops arrested 20 suspected militants in raids on Monday, the army "
        "said. Police in Katsina said they had rescued nine travellers abducted by gunmen on "
        "a highway."
    )
    find(events, dict(type="detention", value=20, holder="Nigeria"))
    rescued = find(events, dict(type="release", value=9))
    assert rescued.holder is None


def test_a_plural_in_men_is_no_one_person_in_a_headline() -> None:
    events = run(
        "Fishermen freed\n\nTwenty Sri Lankan fishermen held in Indian jails were repatriated "
        "on Tuesday, officials said."
    )
    assert [e.count.value for e in events if e.count] == [20]


def test_a_freed_group_described_by_a_relative_clause_then_returning_home() -> None:
    events = run(
        "Thirty-one Bangladeshi sailors who had been held by pirates off Somalia for two "
        "months returned home on Friday, the shipping ministry said."
    )
    find(events, dict(type="release", value=31, nationality={"Bangladeshi"}))


def test_a_verb_of_the_relative_clause_tells_no_release_of_its_own() -> None:
    events = run(
        "Police detained 12 protesters on Monday. Four activists who walked free last year "
        "were arrested again, a rights group said."
    )
    assert not [e for e in events if e.type == "release"]


def test_a_headline_rounds_the_body_figure() -> None:
    events = run(
        "Junta frees 2,000 prisoners to mark holiday\n\nThe military government said on "
        "Friday it had pardoned 2,043 prisoners to mark a Buddhist holiday."
    )
    assert [e.count.value for e in events if e.type == "release" and e.count] == [2043]


def test_a_round_headline_figure_told_again_in_the_body_is_exact() -> None:
    events = run(
        "Russia hands over 1,000 bodies of soldiers\n\nRussia handed over 1,000 bodies of "
        "Ukrainian soldiers on Friday. Ukraine returned 24 bodies of Russian soldiers."
    )
    counts = sorted(e.count.value for e in events if e.count)
    assert 1000 in counts and 24 in counts


def test_an_agreement_on_a_release_tells_a_planned_release() -> None:
    events = run(
        "Sides agree on release of 20 hostages\n\nThe government and the rebels have agreed "
        "on a truce under which 20 hostages will be released next week, mediators said."
    )
    releases = [e for e in events if e.type == "release"]
    assert releases and all(e.status == "planned" for e in releases)


def test_where_an_exchange_was_agreed_is_no_place_of_its_releases() -> None:
    events = run(
        "Swap\n\nKYIV - Ukraine said on Friday that 250 Ukrainians had been freed on the "
        "first day of a three-day exchange agreed in Istanbul."
    )
    freed = find(events, dict(type="release", value=250))
    assert freed.location.place is None


def test_where_the_freed_are_now_is_no_place_of_their_release() -> None:
    events = run(
        "Aid worker Ana Silva, an Argentine kidnapped in Mali in 2022, has been freed and is "
        "now in Spain, the foreign ministry said on Monday."
    )
    freed = find(events, dict(type="release", names={"Ana Silva"}))
    assert freed.location.place != "Spain"


def test_a_backed_group_after_by_is_the_holder_not_its_backer() -> None:
    events = run(
        "Aid worker Ana Silva has been freed, officials said on Monday. She was abducted in "
        "Mosul by the Iran-backed militia Kataib Hezbollah, according to officials."
    )
    taken = find(events, dict(type="detention", names={"Ana Silva"}))
    assert taken.holder == "Kataib Hezbollah"


def test_held_without_charge_in_a_state() -> None:
    events = run(
        "British aid worker Sara Ahmadi has now been held without charge in Iran for 300 "
        "days, her family said on Monday."
    )
    find(events, dict(type="holding", holder="Iran", names={"Sara Ahmadi"}))


def test_opposition_leaders_are_counted_people() -> None:
    events = run(
        "Police in Tbilisi detained two opposition leaders during a protest outside "
        "parliament on Thursday, their parties said."
    )
    find(events, dict(type="detention", value=2))


def test_a_mediator_after_by_is_no_holder() -> None:
    events = run(
        "Mali's military government has released 46 Ivorian soldiers detained since July "
        "after mediation by Togo, the Togolese presidency said on Saturday."
    )
    freed = find(events, dict(type="release", value=46))
    assert freed.holder == "Mali"


def test_the_red_cross_taking_custody_of_hostages_takes_no_one_hostage() -> None:
    events = run(
        "Hamas released three hostages in Khan Younis on Saturday. The ICRC said it had taken "
        "custody of the three Israeli hostages and was driving them to Israeli forces."
    )
    assert not [e for e in events if e.type == "detention"]
    find(events, dict(type="release", value=3, holder="Hamas"))


def test_bail_granted_is_a_release() -> None:
    events = run(
        "A high court on Wednesday granted bail to 40 protesters arrested in August, ordering "
        "their release from detention, their lawyer said."
    )
    find(events, dict(type="release", value=40))
    events = run(
        "Protesters freed\n\nForty protesters arrested in August were granted bail by a high "
        "court on Wednesday, their lawyer said."
    )
    find(events, dict(type="release", value=40))


def test_the_date_of_a_kidnapping_told_in_a_relative_clause_is_not_the_releases() -> None:
    events = run(
        "French journalist Marc Durand, who was kidnapped by armed men in northern Mali in "
        "April 2021, has been freed, officials said on Monday."
    )
    freed = find(events, dict(type="release", names={"Marc Durand"}))
    assert freed.date is None
    taken = find(events, dict(type="detention", names={"Marc Durand"}))
    assert taken.date == "2021-04"


def test_hostages_believed_to_still_be_in_a_place_are_held() -> None:
    events = run(
        "Hostages' families rallied on Monday. Some 120 hostages are believed to still be in "
        "Gaza, officials said."
    )
    find(events, dict(type="holding", value=120))


def test_a_romanised_given_name_with_a_hyphen_is_a_name() -> None:
    events = run(
        "Police have arrested six people, including veteran activist Lee Cheuk-yan, on "
        "suspicion of sedition, the force said on Tuesday."
    )
    find(events, dict(type="detention", value=6, names={"Lee Cheuk-yan"}))


def test_a_country_after_a_direction_is_the_place_of_a_release() -> None:
    for clause in (
        "were released in central Mali on Tuesday",
        "were released by jihadists in central Mali on Tuesday",
        "were freed in the north of Mali on Tuesday",
    ):
        events = run(f"Two Italian hostages {clause}, the foreign ministry said.")
        freed = find(events, dict(type="release", value=2))
        assert freed.location.place == "Mali", clause


def test_people_who_regain_their_liberty_are_freed() -> None:
    events = run(
        "Five farmers kidnapped in Cauca regained their liberty on Sunday after 40 days in "
        "the hands of their kidnappers, the army said."
    )
    find(events, dict(type="release", value=5))


def test_a_name_among_a_batch_handed_over_is_one_of_the_batch() -> None:
    events = run(
        "Hostage Daniel Levi was among three hostages handed over to the Red Cross in Gaza "
        "City on Saturday, the army said."
    )
    releases = [e for e in events if e.type == "release"]
    assert len(releases) == 1
    assert releases[0].count is not None and releases[0].count.value == 3
    assert list(releases[0].people.names) == ["Daniel Levi"]


def test_names_told_as_among_them_join_the_batch_before() -> None:
    events = run(
        "Police arrested 12 protesters in the capital on Monday. Journalist Anna Kovacs and "
        "student Marta Nagy were among them."
    )
    held = find(events, dict(type="detention", value=12))
    assert set(held.people.names) == {"Anna Kovacs", "Marta Nagy"}


def test_a_states_security_agents_hold_whom_they_seize() -> None:
    events = run(
        "Opposition figure detained\n\nVenezuelan security agents seized opposition figure "
        "Freddy Superlano from his car in Caracas on Tuesday, his party said."
    )
    find(events, dict(type="detention", holder="Venezuela", names={"Freddy Superlano"}))


def test_inmates_who_take_guards_hostage_are_no_state() -> None:
    events = run(
        "Ecuadorian soldiers regained control of a prison in Guayaquil on Sunday, where "
        "rioting inmates had held 40 guards hostage for two days."
    )
    held = [e for e in events if e.count and e.count.value == 40]
    # ('had held' tells a hold that is over: no holding now, and no state's in any case)
    assert not [e for e in held if e.type == "holding"]
    assert all(e.holder is None for e in held)


def test_close_to_and_a_maximum_of_are_at_most() -> None:
    for qualifier in ("close to", "a maximum of", "not more than"):
        events = run(f"Israel released {qualifier} 90 Palestinian prisoners on Sunday.")
        freed = find(events, dict(type="release", value=90))
        assert freed.count is not None and freed.count.qualifier == "at_most", qualifier


def test_the_other_sides_people_told_in_the_same_sentence_keep_their_own_holder() -> None:
    events = run(
        "Israel released 110 Palestinian prisoners on Thursday, hours after three Israeli "
        "hostages were handed over in Gaza, a prisoners' group said."
    )
    find(events, dict(type="release", value=110, holder="Israel"))
    hostages = find(events, dict(type="release", value=3))
    assert hostages.holder != "Israel"


def test_arrests_a_crackdown_has_led_to_are_a_running_total() -> None:
    events = run(
        "A rights group said on Friday that the crackdown on the protests has so far led to "
        "the arrest of 600 people across the country."
    )
    tally = find(events, dict(type="detention", value=600))
    assert tally.aggregate


def test_a_deal_for_a_truce_and_a_release_makes_the_release_planned() -> None:
    events = run(
        "The government and the rebels reached a deal on Monday for a week-long truce and the "
        "release of 40 soldiers in exchange for 120 rebel prisoners, mediators said."
    )
    releases = [e for e in events if e.type == "release"]
    assert releases and all(e.status == "planned" for e in releases)
    find(events, dict(type="deal"))


def test_a_party_leading_others_holds_whom_they_take() -> None:
    events = run(
        "Rebels seized a town in the north on Tuesday. HTS-led fighters arrested 12 men "
        "accused of serving in the old army near Hama, a commander said."
    )
    find(events, dict(type="detention", value=12, holder="HTS"))


def test_a_party_backing_others_is_no_holder() -> None:
    events = run(
        "Villagers said on Monday that an Iran-backed militia had freed three hostages near "
        "the border."
    )
    freed = find(events, dict(type="release", value=3))
    assert freed.holder != "Iran"
