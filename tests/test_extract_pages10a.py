"""Releases, handovers, transfers and swaps told without the verbs the lexicon knew, the
ways unseen pages tell them (docs/accuracy-unseen.md, "Tenth round (fifteenth session),
pages10a"). Each fixed in the lexicon or a general mechanism and tested here on sentences
written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------------ crossing back, coming home


def test_people_who_crossed_back_into_their_country_after_a_swap_are_freed() -> None:
    events = run(
        "Prisoner swap completed on the border\n\n"
        "Thirty-six soldiers held by the separatists crossed back into Georgia on Tuesday "
        "after a swap mediated by the church."
    )
    find(events, dict(type="release", status="occurred", value=36))
    assert not [e for e in reportable(events) if e.type == "holding"]


def test_children_who_crossed_the_border_from_one_country_into_another_are_returned() -> None:
    events = run(
        "Kyiv is working to repatriate the children Russia deported. Nine children taken to "
        "Russia crossed the border from Belarus into Ukraine on Thursday night, the "
        "ombudsman said."
    )
    find(events, dict(type="release", status="occurred", value=9))


def test_people_detained_after_crossing_into_a_country_are_not_freed_by_crossing() -> None:
    events = run(
        "Border guards detained four men on Sunday after they crossed into Iran from Iraq, "
        "state media said."
    )
    find(events, dict(type="detention", value=4))
    assert not [e for e in reportable(events) if e.type == "release"]


def test_migrants_or_troops_crossing_a_border_are_no_release() -> None:
    migrants = run(
        "Police detained 30 people in a raid on Monday. About 600 migrants crossed into "
        "Hungary from Serbia on Tuesday, officials said."
    )
    assert not [e for e in reportable(migrants) if e.type == "release"]
    troops = run(
        "Troops captured 14 soldiers near the village. Some 400 enemy troops crossed into "
        "the Kharkiv region on Friday, the general staff said."
    )
    assert not [e for e in reportable(troops) if e.type == "release"]


def test_a_leader_who_welcomed_soldiers_back_home_received_them_freed() -> None:
    events = run(
        "Prisoner exchange\n\nThe president welcomed 64 soldiers back home on Friday after "
        "months in enemy captivity."
    )
    e = find(events, dict(type="release", status="occurred", value=64))
    assert e.holder is None  # who welcomes them home did not hold them


def test_a_side_that_got_some_of_its_men_back_did_not_hold_them() -> None:
    events = run(
        "Prisoner exchange\n\nArmenia got 17 of its servicemen back on Wednesday in the "
        "exchange, the government said."
    )
    e = find(events, dict(type="release", status="occurred", value=17))
    assert e.holder != "Armenia"


# ------------------------------------------------------------ handovers and pardons


def test_both_sides_that_each_handed_prisoners_to_the_other_side_free_them() -> None:
    events = run(
        "Prisoner exchange\n\nRussia and Ukraine each handed 84 prisoners of war to the "
        "other side on Saturday."
    )
    assert len([e for e in reportable(events) if e.type == "release" and e.count]) == 2
    find(events, dict(type="release", value=84, holder="Russia"))
    find(events, dict(type="release", value=84, holder="Ukraine"))


def test_inmates_granted_their_freedom_are_released() -> None:
    events = run(
        "The president pardoned hundreds of prisoners on Independence Day. About 450 "
        "inmates have been granted their freedom under the amnesty, the justice ministry said."
    )
    find(events, dict(type="release", status="occurred", value=450))


# ------------------------------------------------------------ transfers


def test_captured_soldiers_brought_to_a_capital_are_transferred() -> None:
    events = run(
        "Captured soldiers\n\nThree captured enemy soldiers were brought to Kyiv on Monday "
        "and are being questioned by the security service, officials said."
    )
    find(events, dict(type="transfer", status="occurred", value=3))


def test_people_brought_to_justice_are_not_transferred() -> None:
    events = run(
        "Police arrested five kidnappers in Kano on Monday. The five were brought to "
        "Justice Minister's attention the next day, police said."
    )
    assert not [e for e in reportable(events) if e.type == "transfer"]


# ------------------------------------------------------------ a rank, not a plan


def test_detainees_who_were_the_first_to_be_moved_were_moved() -> None:
    events = run(
        "The army began moving detainees from the camps on Monday. The 80 detainees who "
        "were the first to be transferred on Tuesday included foreigners, an official said."
    )
    find(events, dict(type="transfer", status="occurred", value=80))
    assert not [e for e in reportable(events) if e.status == "planned"]


def test_detainees_still_to_be_moved_are_a_plan() -> None:
    events = run(
        "The army began moving detainees from the camps on Monday. Another 80 detainees are "
        "to be transferred on Friday, an official said."
    )
    find(events, dict(type="transfer", status="planned", value=80))


# ------------------------------------------------------------ a country of two words


def test_a_two_word_countrys_place_is_no_persons_name() -> None:
    events = run(
        "Detainee flights\n\nA plane took off from Saudi Arabia's Najran airport for Sanaa, "
        "with Yemenis held in captivity by the coalition on board, the ICRC said."
    )
    assert not [n for e in events for n in e.people.names]


def test_a_demonym_before_a_persons_name_is_still_a_title() -> None:
    events = run(
        "Iran freed a Saudi journalist on Monday. Saudi journalist Ali Hassan Mahdi was "
        "released from Evin prison, his family said."
    )
    find(events, dict(type="release", names={"Ali Hassan Mahdi"}))


# ------------------------------------------------------------ coming home, reaching a place


def test_soldiers_told_coming_home_are_freed_or_planned() -> None:
    now = run(
        "Prisoner swap\n\nComing home on Sunday were 52 Ukrainian servicemen, the president wrote."
    )
    find(now, dict(type="release", status="occurred", value=52))
    later = run(
        "Prisoner swap\n\nSome 52 Ukrainian servicemen will be coming home on Sunday, the "
        "president wrote."
    )
    find(later, dict(type="release", status="planned", value=52))


def test_freed_people_who_reached_a_town_are_no_running_total() -> None:
    events = run(
        "Gunmen freed the kidnapped workers on Tuesday. The freed, 23 workers and four "
        "drivers, reached the state capital on Wednesday, police said."
    )
    e = find(events, dict(type="release", value=27))
    assert not e.aggregate


# ------------------------------------------------------------ one of the batch, named


def test_one_of_the_n_freed_by_a_group_named_after_a_batch_with_no_agent_is_of_it() -> None:
    events = run(
        "Three Canadian hostages have been reunited with their families. One of the three "
        "hostages released by the ELN was 52-year-old French-Canadian Marc Dubois, a "
        "missionary."
    )
    e = find(events, dict(type="release", value=3))
    assert "Marc Dubois" in e.people.names
    assert not [x for x in reportable(events) if x.type == "release" and x.count is None]


# ------------------------------------------------------------ a second exchange, brokered


def test_a_second_exchange_told_with_its_own_broker_is_a_deal_of_its_own() -> None:
    events = run(
        "Armenia and Azerbaijan swapped prisoners on Tuesday. Azerbaijan freed 12 Armenian "
        "soldiers and, in return, Armenia released 8 Azerbaijani servicemen, the two "
        "governments said after talks.\n\n"
        "The same day, rebels in the region released 6 foreign aid workers as part of an "
        "exchange mediated by Qatar, the ICRC said."
    )
    deals = [e for e in reportable(events) if e.type == "deal"]
    assert len(deals) == 2
    assert sorted(list(d.mediators) for d in deals) == [[], ["Qatar"]]


def test_one_exchange_told_again_with_its_broker_is_still_one_deal() -> None:
    events = run(
        "Russia and Ukraine swapped prisoners on Friday. Russia freed 90 Ukrainian soldiers "
        "and Ukraine released 90 Russian servicemen in the swap, officials said. It was the "
        "latest exchange mediated by the United Arab Emirates."
    )
    assert len([e for e in reportable(events) if e.type == "deal"]) == 1
