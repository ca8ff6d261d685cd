"""Running totals, tallies, deals' phases, amnesties and pardons, told the way unseen
pages tell them (docs/accuracy-unseen.md, "Eleventh round (sixteenth session), pages11c").
Each fixed by a general mechanism and tested here on sentences written for this project
(never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------ a tracker's lines: 'label: N'


def test_a_trackers_lines_are_running_totals_and_holdings() -> None:
    events = run(
        "The militants freed four more captives on Saturday under the truce.\n"
        "Where the captives stand:\n"
        "Captives freed in swaps and deals: 112\n"
        "Captives still held in the enclave: 47\n"
        "Captives rescued alive by the army: 6\n"
    )
    find(events, dict(type="release", status="occurred", value=4, aggregate=False))
    find(events, dict(type="release", status="occurred", value=112, aggregate=True))
    find(events, dict(type="holding", status="occurred", value=47, aggregate=False))
    find(events, dict(type="release", status="occurred", value=6, aggregate=True))


def test_a_label_with_no_people_or_a_quotation_is_no_trackers_line() -> None:
    events = run(
        "Prisoners were freed in the capital on Monday.\nSeized in the raid: 40\nHe said: 25.\n"
    )
    assert not [e for e in reportable(events) if e.count and e.count.value in (40, 25)]


# ------------------------------------------------------ a deal's phase told as a period


def test_what_a_phase_freed_is_a_running_total() -> None:
    events = run(
        "Militants returned two bodies on Friday. In the first phase, the movement handed "
        "back 25 captives, among them seven who were killed in the assault of 7 October 2023."
    )
    e = find(events, dict(type="release", status="occurred", value=25))
    assert e.aggregate
    assert e.date is None  # the killing's date, not the release's


def test_a_batch_freed_in_a_phase_told_with_its_day_stays_a_batch() -> None:
    events = run(
        "Three more captives walked free on Saturday, the final women due to leave in the "
        "first phase of the accord."
    )
    find(events, dict(type="release", status="occurred", value=3, aggregate=False))


# ------------------------------------------------------ pardons and amnesties


def test_prisoners_who_received_a_pardon_are_freed() -> None:
    events = run(
        "Cairo released 900 inmates on Tuesday to mark the holiday. Some 1,200 convicts "
        "received a presidential pardon on Thursday, the interior ministry said."
    )
    find(events, dict(type="release", status="occurred", value=900))
    find(events, dict(type="release", status="occurred", value=1200))


def test_inmates_who_benefited_from_an_amnesty_are_freed() -> None:
    events = run(
        "Egypt freed 900 prisoners on Tuesday. Another 310 inmates benefited from the "
        "royal amnesty."
    )
    find(events, dict(type="release", status="occurred", value=310))


def test_new_detainees_freed_are_counted() -> None:
    events = run(
        "Egypt's pardon committee freed prisoners on Monday. It added on Tuesday that it "
        "was releasing 41 new detainees as well."
    )
    find(events, dict(type="release", value=41))


# ------------------------------------------------------ who is still held


def test_people_who_remain_abducted_are_held_not_taken() -> None:
    events = run(
        "Gunmen in Port-au-Prince let four captives go on Sunday, but nine others remain "
        "kidnapped, police said."
    )
    find(events, dict(type="release", status="occurred", value=4))
    find(events, dict(type="holding", status="occurred", value=9))
    assert not [e for e in reportable(events) if e.type == "detention"]


def test_there_are_still_more_than_a_hundred_political_prisoners_is_a_holding() -> None:
    events = run(
        "Minsk pardoned 16 prisoners on Monday. Monitors said there were still more than a "
        "hundred political prisoners in its jails, among them a blogger who had been "
        "released in spring and was arrested again."
    )
    find(events, dict(type="release", status="occurred", value=16))
    find(events, dict(type="holding", status="occurred", value=100))
    assert not [
        e for e in reportable(events) if e.type == "release" and e.count and e.count.value == 100
    ]


# ------------------------------------------------------ exiles flown to a third country


def test_prisoners_flown_to_a_third_country_are_not_its_people() -> None:
    events = run(
        "Nicaragua released 135 jailed opponents on Thursday, and they were flown to "
        "Guatemala under an arrangement with Washington."
    )
    e = find(events, dict(type="release", status="occurred", value=135))
    assert e.holder != "Guatemala"
    assert "Guatemalan" not in e.people.nationality


def test_prisoners_flown_home_to_their_country_are_its_people() -> None:
    events = run("Russia freed 90 prisoners of war on Friday, who were flown home to Ukraine.")
    e = find(events, dict(type="release", status="occurred", value=90))
    assert list(e.people.nationality) == ["Ukrainian"]


# ------------------------------------------------------ false records and wrong values


def test_one_speaker_saying_something_is_no_count() -> None:
    events = run(
        "The emir pardoned 300 inmates on Friday, with one lawyer saying most of them were "
        "opposition members."
    )
    find(events, dict(type="release", status="occurred", value=300))
    assert [e.count.value for e in reportable(events) if e.count] == [300]


def test_a_movement_named_after_a_date_gives_no_date() -> None:
    events = run(
        "The March 23 Movement (M23) freed 400 soldiers, the rebels said on Sunday.",
        published="2026-03-08",
    )
    e = find(events, dict(type="release", status="occurred", value=400))
    assert e.date != "2025-03-23"


def test_the_party_people_were_handed_to_did_not_hold_them() -> None:
    events = run(
        "Baku and Yerevan swapped detainees on Wednesday. Azerbaijani officials handed over "
        "32 conscripts to Armenia near a border post. Armenia released two Azerbaijani "
        "soldiers, Ali Guliyev and Rauf Aliyev."
    )
    e = find(events, dict(type="release", status="occurred", value=32))
    assert e.holder != "Armenia"
    find(events, dict(type="release", status="occurred", value=2, holder="Armenia"))


def test_people_still_held_beside_a_planned_release_are_held_now() -> None:
    events = run(
        "Relatives are waiting to learn which four captives will be let go next, out of more "
        "than 70 people still held by the group."
    )
    find(events, dict(type="holding", status="occurred", value=70))


def test_people_who_will_be_kept_in_custody_are_a_planned_holding() -> None:
    events = run(
        "The court ruled on Monday that the 12 detainees will be kept in custody until "
        "their trial, lawyers said."
    )
    assert not [e for e in reportable(events) if e.type == "holding" and e.status != "planned"]


# ------------------------------------------------------ running totals told another way


def test_a_state_that_has_now_brought_home_n_tells_a_running_total() -> None:
    events = run(
        "Russia handed back 95 prisoners of war on Friday. Ukraine has now brought home "
        "4,552 people from Russian captivity, the president said."
    )
    find(events, dict(type="release", status="occurred", value=95, aggregate=False))
    find(events, dict(type="release", status="occurred", value=4552, aggregate=True))


def test_what_was_freed_over_the_weeks_of_a_truce_is_a_running_total() -> None:
    events = run(
        "Israel freed 183 prisoners on Saturday. A total of 1,778 prisoners were freed "
        "over the six weeks of the truce."
    )
    find(events, dict(type="release", status="occurred", value=183, aggregate=False))
    find(events, dict(type="release", status="occurred", value=1778, aggregate=True))


def test_a_share_of_those_taken_who_have_come_back_is_a_running_total() -> None:
    events = run(
        "The group freed four more hostages on Monday. Of the 251 people taken in the "
        "attack, 148 have come back."
    )
    find(events, dict(type="release", status="occurred", value=148, aggregate=True))


def test_what_a_deals_first_stage_calls_for_are_its_terms() -> None:
    events = run(
        "Truce takes effect in the enclave. The deal's first stage calls for the release of "
        "33 hostages over six weeks in exchange for 1,900 prisoners."
    )
    assert not [e for e in reportable(events) if e.status == "demanded"]
    find(events, dict(type="deal"))


# ------------------------------------------------------ the rest still held or still to come


def test_a_further_group_to_be_freed_later_is_planned_not_done() -> None:
    events = run(
        "Under the amnesty law, 3,200 prisoners have so far been freed, and a further 1,000 "
        "will be released next month."
    )
    find(events, dict(type="release", status="occurred", value=3200))
    find(events, dict(type="release", status="planned", value=1000))


def test_people_who_remain_in_a_groups_hands_are_held() -> None:
    events = run(
        "JNIM freed 17 hostages in central Mali after talks with local leaders, a security "
        "source said, but at least 30 remain in its hands."
    )
    find(events, dict(type="release", status="occurred", value=17))
    find(events, dict(type="holding", status="occurred", value=30))


def test_people_granted_a_status_in_a_clause_of_their_own_are_not_freed() -> None:
    events = run(
        "Minsk has pardoned 300 prisoners since 2022, while in the same years 3,000 people "
        "have been granted the status of political prisoner, monitors said."
    )
    find(events, dict(type="release", status="occurred", value=300))
    assert not [e for e in reportable(events) if e.count and e.count.value == 3000]


# ------------------------------------------------------ a captor the text leaves unnamed


def test_people_captured_by_unnamed_militants_are_not_the_states() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday. The captives are among some 250 "
        "people seized by militants who came over the fence with Israel that morning."
    )
    e = find(events, dict(type="detention", value=250))
    assert e.holder != "Israel"


def test_a_groups_captive_taken_by_gunmen_is_still_the_groups() -> None:
    events = run(
        "The ELN freed Carlos Perez on Thursday, the group said. Carlos Perez was abducted "
        "in October by gunmen who stopped his car outside his farm."
    )
    find(events, dict(type="detention", names_include=["Carlos Perez"], holder="ELN"))
