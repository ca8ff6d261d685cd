"""Slots, deals and false records, told the way unseen pages tell them (docs/accuracy-unseen.md,
"Seventh round (twelfth session), pages7c: slots, deals, false records"): a broker named in a
side's own sentence, a truce's first phase told after the agreement. Each fixed by a general
mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, run

# ---------------------------------- deals: an exchange whose broker a side's sentence names


def test_an_exchange_whose_broker_only_one_sides_sentence_names_is_a_deal() -> None:
    events = run(
        "The minister said there had lately been a swap: 60 men for 60 men. Thanks to talks "
        "mediated by Qatar, 60 Ruritanian soldiers held by Borduria came home on Friday."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert "Qatar" in deal.mediators
    assert any(t.count and t.count.value == 60 for t in deal.terms)


# ------------------------------------------ deals: a truce's phase told a sentence or more after it


def test_a_release_in_the_first_phase_of_an_agreement_told_before_is_its_term() -> None:
    events = run(
        "Israel and Hamas have agreed to a truce in Gaza, the mediators said on Wednesday. "
        "Fifty hostages will be freed in the first phase of the agreement, officials said."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert [t.count.value for t in deal.terms if t.count] == [50]


def test_the_first_phase_two_sentences_after_the_agreement_is_still_its_term() -> None:
    events = run(
        "The warring sides reached an agreement on Tuesday to swap hostages and prisoners. "
        "Egypt and Qatar will monitor the truce from Cairo. In the first phase, Hamas will "
        "release 40 Israeli hostages."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert [t.count.value for t in deal.terms if t.count] == [40]


def test_a_first_phase_with_no_agreement_told_makes_no_deal() -> None:
    events = run(
        "Hostage families gathered in Tel Aviv on Saturday, organisers said. In the first "
        "phase, Hamas would release 40 Israeli hostages, a newspaper speculated."
    )
    assert not [e for e in events if e.type == "deal"]


# ---------------------------------------------------- false records: a rate or a ratio is no batch


def test_a_ratio_of_a_deal_is_no_planned_release() -> None:
    events = run(
        "The ceasefire took hold on Sunday, the mediators said. Under its terms, 30 "
        "Palestinian prisoners will be freed for each civilian hostage, and 50 for each "
        "soldier. In exchange for each soldier released, Israel will also free 50 prisoners."
    )
    counts = {e.count.value for e in events if e.type == "release" and e.count}
    assert not counts & {30, 50}


def test_a_ratio_told_before_the_count_is_no_planned_release() -> None:
    events = run(
        "Hamas said it was waiting for a list of prisoners on Sunday. For every hostage freed, "
        "30 Palestinian prisoners will be released too, it said."
    )
    assert not [e for e in events if e.type == "release" and e.count and e.count.value == 30]


def test_a_rate_of_releases_is_no_planned_release_but_the_batch_is() -> None:
    events = run(
        "The truce deal was agreed on Tuesday, officials said. Hamas will release 33 hostages "
        "over six weeks, with three hostages freed each week."
    )
    find(events, dict(type="release", status="planned", value=33))
    assert not [e for e in events if e.type == "release" and e.count and e.count.value == 3]


# ------------------------------------------------------------ place: forms of the happening's place


def test_a_place_after_its_countrys_possessive_is_the_place() -> None:
    events = run(
        "The air force said its troops rescued 31 travellers on Wednesday on a highway in "
        "north Nigeria's Kaduna state."
    )
    freed = find(events, dict(type="release", status="occurred", value=31))
    assert freed.location.place == "Kaduna"


def test_where_the_freed_were_carried_from_is_where_they_were_freed() -> None:
    events = run(
        "The Red Cross said on Monday it had facilitated the release of 48 soldiers held by "
        "the paramilitary force. The released soldiers were transported from Khartoum to Wad "
        "Madani by bus."
    )
    freed = find(events, dict(type="release", status="occurred", value=48))
    assert freed.location.place == "Khartoum"


def test_the_group_carried_from_one_place_to_another_tells_the_same_release() -> None:
    events = run(
        "Rebels released 52 soldiers on Tuesday, the Red Cross said. The group was taken from "
        "Khartoum to Wad Madani, south of the capital."
    )
    freed = find(events, dict(type="release", status="occurred", value=52))
    assert freed.location.place == "Khartoum"


def test_a_place_carried_to_alone_is_not_the_place_of_a_release() -> None:
    events = run(
        "Rebels released 52 soldiers on Tuesday, the Red Cross said. The released soldiers "
        "were later flown to Wad Madani."
    )
    freed = find(events, dict(type="release", status="occurred", value=52))
    assert freed.location.place != "Wad Madani"


# ------------------------------------------- false records and statuses: refusals and 'as planned'


def test_a_release_ruled_out_tells_no_release() -> None:
    text = (
        "Hikers Josh Walker and Sam Fuller freed after two years in jail\n\nIran freed two "
        "American hikers on Wednesday after bail was paid, witnesses said. But last week the "
        "judiciary publicly humiliated the president by ruling out any imminent release of "
        "Josh Walker and Sam Fuller, highlighting his weakness."
    )
    for e in run(text):
        assert not any("ruling out" in ev.text for ev in e.evidence), e


def test_people_released_as_planned_were_released() -> None:
    events = run(
        "The prison service confirmed on Saturday that all 200 Palestinian prisoners had been "
        "released as planned, in exchange for four Israeli soldiers freed by Hamas that day."
    )
    four = find(events, dict(type="release", value=4))
    assert four.status == "occurred"


# ------------------------------------ place: a time told by where someone else was at that time


def test_a_time_told_by_where_an_official_was_gives_no_place() -> None:
    events = run(
        "Hostages freed\n\nThe two Thai hostages were freed on June 4, when the US secretary "
        "of state was in Cairo."
    )
    freed = find(events, dict(type="release", value=2))
    assert freed.location.place != "Cairo"


def test_the_happenings_own_place_before_such_a_time_is_kept() -> None:
    events = run(
        "Hostages freed\n\nHamas freed two Thai hostages in Rafah on June 4, when the US "
        "secretary of state was in Cairo."
    )
    freed = find(events, dict(type="release", value=2))
    assert freed.location.place == "Rafah"


def test_where_the_people_themselves_were_is_still_the_place() -> None:
    events = run(
        "Aid workers abducted\n\nThree aid workers were abducted as they were travelling in "
        "Borno state, the UN said."
    )
    taken = find(events, dict(type="detention", value=3))
    assert taken.location.place == "Borno"
