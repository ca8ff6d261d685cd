"""Releases told the way unseen pages tell them (docs/accuracy-unseen.md, "Sixth round
(eleventh session), pages6a: releases"): swaps, hostage hand-overs, bodies returned,
amnesties and kidnap victims freed. Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _releases(events: list) -> list:
    return [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------- status: what is no plan, what is one


def test_suspected_to_be_linked_is_no_plan() -> None:
    events = run(
        "Police in the south confirmed the news on Saturday. Gunmen suspected to be linked "
        "with a rebel faction released 12 captive fishermen late on Friday, police said."
    )
    find(events, dict(type="release", status="occurred", value=12))
    assert not [e for e in _releases(events) if e.status == "planned"]


def test_believed_to_be_tied_to_a_gang_is_no_plan() -> None:
    events = run(
        "Officials welcomed the news. Kidnappers believed to be allied with a local gang "
        "freed 7 pupils on Monday, the governor said."
    )
    find(events, dict(type="release", status="occurred", value=7))


def test_an_announced_initiative_to_release_is_planned() -> None:
    events = run(
        "The coalition made the offer on Tuesday, officials said. It announced on Tuesday "
        "an initiative to release 150 rebel prisoners held in its jails."
    )
    find(events, dict(type="release", status="planned", value=150))


def test_an_initiative_carried_out_is_a_release() -> None:
    events = run(
        "The committee freed captives on Saturday, officials said. The committee carried "
        "out on Saturday a unilateral initiative to release 61 prisoners of the other side."
    )
    find(events, dict(type="release", status="occurred", value=61))


# ------------------------------------------- a deal's terms told apart: no record of their own


def test_terms_an_agreement_anticipates_join_the_deal() -> None:
    events = run(
        "Hamas freed four hostages on Saturday and Israel freed 120 Palestinian prisoners "
        "in return under the truce deal. In total, the agreement anticipates the release "
        "of 30 hostages in exchange for about 1,000 Palestinian prisoners."
    )
    counts = sorted(e.count.value for e in _releases(events))
    assert counts == [4, 120]
    assert [e for e in reportable(events) if e.type == "deal"]


def test_a_deal_told_only_as_its_total_terms_is_a_deal() -> None:
    events = run(
        "The truce began on Sunday, the mediators said. In all, the truce agreement "
        "anticipates the release of 30 hostages in exchange for about 1,000 prisoners."
    )
    assert not _releases(events)
    assert [e for e in reportable(events) if e.type == "deal"]


# --------------------------------------------- 'a total of N have now been freed': a tally


def test_a_total_that_have_now_been_freed_is_a_running_total() -> None:
    events = run(
        "Hamas freed four hostages on Saturday, officials said. A total of 120 hostages "
        "have now been freed, including 80 Israelis."
    )
    find(events, dict(type="release", status="occurred", value=4, aggregate=False))
    find(events, dict(type="release", status="occurred", value=120, aggregate=True))


def test_a_total_released_in_one_batch_stays_a_batch() -> None:
    events = run(
        "The two sides swapped prisoners on Sunday. A total of 303 soldiers were released "
        "from captivity on Sunday, the headquarters said."
    )
    find(events, dict(type="release", status="occurred", value=303, aggregate=False))


# ----------------------------------- dates: a 'since' clause and a photo caption give none


def test_a_month_in_a_since_clause_after_the_release_is_not_its_date() -> None:
    events = run(
        "Ukraine said on Thursday it had received 900 bodies of soldiers from Russia, one "
        "of the largest returns since Moscow launched its invasion in February 2022."
    )
    nine_hundred = find(events, dict(type="release", status="occurred", value=900))
    assert nine_hundred.date is None


def test_held_since_a_month_then_freed_on_a_day_keeps_the_day() -> None:
    events = run(
        "The rebels freed captives in the north, officials said. Two aid workers who had "
        "been held by the rebels since February were released on "
        "Friday and flown home, officials said.",
        published="2025-09-19",
    )
    freed = find(events, dict(type="release", status="occurred", value=2))
    assert freed.date == "2025-09-19"


def test_a_photo_caption_gives_no_date_to_the_release_told_after_it() -> None:
    events = run(
        "Guards prepare to free inmates at the central prison on April 17, 2022, in the "
        "capital. / AFP\n\nMore than 300 political prisoners were among the 5,000 inmates "
        "freed in this week's amnesty, a rights group said.",
        published=None,
    )
    batch = find(events, dict(type="release", status="occurred", value=5000))
    assert batch.date is None


# ------------------- 'The group included 13 Israelis, three Thais and a Russian': the parts


def test_a_batch_told_next_by_its_parts_by_nationality_gives_each_part() -> None:
    events = run(
        "The movement handed over a fourth group of captives to the Red Cross on Sunday. "
        "The group included 11 Israelis, four Nepalis and a Filipino."
    )
    parts = sorted((e.count.value, tuple(e.people.nationality)) for e in _releases(events))
    assert parts == [(1, ("Filipino",)), (4, ("Nepali",)), (11, ("Israeli",))]


def test_a_batch_told_next_by_its_categories_stays_one_record() -> None:
    events = run(
        "The movement handed over a group of captives to the Red Cross on Sunday. They "
        "included 9 women and two children."
    )
    assert len(_releases(events)) == 1


# ------------------------- a headline's 'N of M people' with no article: N are the ones freed


def test_n_of_m_without_the_counts_the_n() -> None:
    events = run(
        "7 of 12 sailors seized by pirates freed, navy says\n\nThe navy said on Friday that "
        "the sailors were in good health."
    )
    assert [e.count.value for e in _releases(events)] == [7]


# ------------------ a state bringing back its own soldiers or dead is the receiver, no holder


def test_a_state_repatriating_its_own_soldiers_holds_none_of_them() -> None:
    events = run(
        "The coordination centre gave the figures on Friday. Ukraine has repatriated 640 "
        "fallen Ukrainian soldiers, the centre said."
    )
    back = find(events, dict(type="release", status="occurred", value=640))
    assert back.holder != "Ukraine"


def test_bodies_of_its_servicemen_brought_back_name_the_other_side() -> None:
    events = run(
        "The coordination centre gave the figures on Friday. Earlier in the week, Ukraine "
        "had repatriated 1,105 bodies of its fallen servicemen from Russia."
    )
    back = find(events, dict(type="release", status="occurred", value=1105))
    assert back.holder == "Russia"


def test_a_state_freeing_its_own_political_prisoners_holds_them() -> None:
    events = run(
        "Opposition leaders welcomed the step on Thursday. Belarus freed 31 Belarusian "
        "political prisoners after a visit by a US envoy."
    )
    freed = find(events, dict(type="release", status="occurred", value=31))
    assert freed.holder == "Belarus"


def test_this_batch_of_hostages_included_gives_the_parts() -> None:
    events = run(
        "The militants handed over another group of hostages to the Red Cross on Monday. "
        "This second batch of hostages included 9 Israelis and 2 Nepalis."
    )
    parts = sorted(e.count.value for e in _releases(events))
    assert parts == [2, 9]


# ------------------------- 'the victims were released': the people whose taking was counted


def test_the_victims_released_are_the_people_taken_before() -> None:
    events = run(
        "Bandits abducted 41 travellers from two buses on Monday. The governor said the "
        "victims were released by their abductors after talks on Saturday."
    )
    find(events, dict(type="release", status="occurred", value=41))


def test_a_named_agent_after_by_is_none_of_the_people() -> None:
    events = run(
        "Bandits abducted 41 travellers from two buses on Monday. The travellers were "
        "received by Governor Musa Bello at his office late on Sunday."
    )
    assert not [e for e in reportable(events) if "Musa Bello" in e.people.names]


# ------------- a 'Read also:' heading in the article's own paragraph hides only its titles


def test_the_article_goes_on_after_a_related_heading_in_its_paragraph() -> None:
    events = run(
        "The president thanked the mediators on Thursday.\nRead also:\nKyiv says Moscow "
        "stalls the next swap\nThe president spoke after the exchange.\nOn January 3, more "
        "than 150 soldiers and civilians were returned to Ukraine from Russian captivity.",
        published="2024-01-04",
    )
    find(events, dict(type="release", status="occurred", value=150))


def test_a_quoted_among_those_released_tells_parts_of_the_batch() -> None:
    events = run(
        "Police said all the 16 kidnapped travellers have regained their freedom. “Among "
        "those released are 11 travellers of one bus and five of another,” he said."
    )
    assert [e.count.value for e in _releases(events)] == [16]


# -------------------- 'handed over X, a hostage, to the Red Cross': the name after the verb


def test_a_name_handed_over_to_the_red_cross_is_freed() -> None:
    events = run(
        "Hamas has handed over Noam Peretz, the last known living Canadian hostage in "
        "Gaza, to the Red Cross, the army said on Monday."
    )
    freed = find(events, dict(type="release", status="occurred"))
    assert "Noam Peretz" in freed.people.names


def test_a_name_rescued_by_troops_is_freed() -> None:
    events = run(
        "Troops rescued Amina Bello near the forest in January, the army said. She had "
        "been held for two years."
    )
    freed = find(events, dict(type="release", status="occurred"))
    assert "Amina Bello" in freed.people.names


def test_fleeing_house_arrest_is_no_arrest() -> None:
    events = run(
        "The government freed 12 prisoners on Wednesday. It also handed over Carl Moss, "
        "who had fled house arrest in Miami, to the authorities."
    )
    assert not [e for e in reportable(events) if e.type == "detention"]


def test_handed_bodies_to_a_party_is_a_release() -> None:
    events = run(
        "The exchange of remains went ahead on Friday, officials said. Moscow handed 757 "
        "bodies to Kyiv, the coordination centre said."
    )
    back = find(events, dict(type="release", status="occurred", value=757))
    assert back.holder == "Russia"


# -------------- people with their own verb after an insertion about them ('– including ... –')


def test_a_verb_after_an_including_insertion_is_the_peoples_own() -> None:
    events = run(
        "Israel freed 180 prisoners on Saturday. Meanwhile, 12 prisoners have been moved to "
        "a hospital, while 60 others – including men serving life terms – have been "
        "released into Egypt."
    )
    sixty = [e for e in reportable(events) if e.count and e.count.value == 60]
    assert [e.type for e in sixty] == ["release"]


# ------------ a list of people freed: a participle describing one item is no custody word


def test_a_participle_describing_a_listed_group_leaves_the_list_to_the_verb() -> None:
    events = run(
        "Israel freed 210 prisoners, 1,500 Palestinians detained in Gaza and 19 minors on "
        "Monday, officials said."
    )
    assert not [e for e in reportable(events) if e.type == "detention"]
    find(events, dict(type="release", status="occurred", value=19))


def test_an_item_after_as_well_as_shares_the_release() -> None:
    events = run(
        "Under the accord, Israel is set to release 240 Palestinians serving life terms, "
        "as well as 1,600 Palestinians detained in Gaza since the war began, and the "
        "bodies of 300 fighters."
    )
    assert not [e for e in reportable(events) if e.type == "detention"]
    counts = sorted(e.count.value for e in _releases(events))
    assert counts == [240, 300, 1600]


# --------------------------------- 'readiness to return' is a plan; 'let six fishermen go'


def test_readiness_to_return_bodies_is_planned() -> None:
    events = run(
        "The talks ended on Friday, officials said. Moscow also expressed readiness to "
        "return the remains of 2,000 Ukrainian servicemen."
    )
    find(events, dict(type="release", status="planned", value=2000))


def test_letting_people_go_is_a_release() -> None:
    events = run(
        "Pirates seized 19 sailors off the coast on Tuesday, officials said. The pirates "
        "let eight sailors go on Wednesday."
    )
    find(events, dict(type="release", status="occurred", value=8))


# ------------------------------------------- '1 000': thousands set apart by a space


def test_thousands_set_apart_by_a_space_are_one_figure() -> None:
    events = run(
        "The coordination centre reported the return on Thursday. The bodies of 1 000 "
        "soldiers have been returned to Ukraine, the centre said."
    )
    find(events, dict(type="release", status="occurred", value=1000))


def test_a_day_and_a_year_are_not_read_as_thousands() -> None:
    events = run(
        "Rebels freed 12 hostages on 25 2024 in the north, officials said.", published=None
    )
    assert 25 not in [e.count.value for e in reportable(events) if e.count]
    assert 252024 not in [e.count.value for e in reportable(events) if e.count]


# --------------------------- 'N detainees flew out of <country>': freed by the country left


def test_detainees_flying_out_of_a_country_were_freed_by_it() -> None:
    events = run(
        "Officials confirmed the swap on Monday. Four American detainees flew out of Iran "
        "on Monday in a swap for four Iranians held in the US, officials said."
    )
    holders = sorted(str(e.holder) for e in _releases(events) if e.count and e.count.value == 4)
    assert holders == ["Iran", "United States"]


# ------- 'Among those freed from Israeli detention was X': whose custody, not X's nationality


def test_the_custody_adjective_picks_the_batch_of_that_holder() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday. This followed Hamas's release of "
        "three Israeli women. Among those freed from Israeli detention was Salma Odeh, a "
        "lawyer from Ramallah."
    )
    ninety = find(events, dict(type="release", status="occurred", value=90))
    assert "Salma Odeh" in ninety.people.names


# --------------- a lead's 'more than 100' over the body's 128; a date of a thing described


def test_a_leads_more_than_a_hundred_is_the_bodys_128() -> None:
    events = run(
        "The airport reopened on Thursday to receive more than 100 rebel prisoners released "
        "by the coalition. The Red Cross said 128 prisoners were released by the coalition "
        "on Thursday."
    )
    assert [e.count.value for e in _releases(events)] == [128]


def test_a_date_in_a_which_clause_describes_the_thing_not_the_release() -> None:
    events = run(
        "The Red Cross confirmed the flights on Thursday. It said 128 prisoners were "
        "released at the city's airport, which was closed on August 9, 2016.",
        published=None,
    )
    freed = find(events, dict(type="release", status="occurred", value=128))
    assert freed.date is None


# -------------- 'the release of 30 ... by A and 4 ... by B': each people's own agent


def test_each_listed_people_take_their_own_agent() -> None:
    events = run(
        "The two governments agreed on Thursday to the release of 30 Armenian soldiers by "
        "Azerbaijan and 4 Azerbaijani soldiers by Armenia, officials said."
    )
    holders = {e.count.value: e.holder for e in reportable(events) if e.count}
    assert holders.get(4) != "Azerbaijan"


def test_a_capitalised_word_before_a_group_is_no_persons_name() -> None:
    events = run(
        "Masked Hamas fighters handed over two hostages to the Red Cross on Saturday. Hamas "
        "is due to free four more hostages next week, officials said."
    )
    assert not [e for e in reportable(events) if "Masked Hamas" in e.people.names]


# ------------------------- '“...,” said X, 23': the quote's speaker, not one of the freed


def test_the_speaker_after_a_quote_is_none_of_the_freed() -> None:
    events = run(
        "Israel released 90 Palestinian detainees on Monday. “Every prisoner freed today is "
        "family to us,” said Rana Haddad, 31, in Beitunia."
    )
    assert not [e for e in reportable(events) if "Rana Haddad" in e.people.names]


def test_a_speaker_who_was_freed_is_still_one_of_the_freed() -> None:
    events = run(
        "The junta freed 3,000 prisoners on Wednesday. “My family does not know yet,” said "
        "Thida Win, who was released from the central prison."
    )
    assert [e for e in reportable(events) if "Thida Win" in e.people.names]
