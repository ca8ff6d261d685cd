"""Partisan and state media wording: names of operations and deals, epithets for parties,
honorifics and idioms, told the way unseen pages of partisan and state outlets of every
side tell them (docs/accuracy-unseen.md, "Tenth round (fifteenth session), pages10c").
Each fixed by a general mechanism and tested here on sentences written for this project
(never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------ a land 'liberated' frees no one


def test_a_war_aim_to_liberate_a_region_gives_no_date_to_a_swap() -> None:
    events = run(
        "Moscow's campaign began on February 24, 2022, with the stated goal to liberate the "
        "eastern regions. After talks, 40 Russian troops held in Ukraine came home, the "
        "defence ministry said on Monday. Kyiv got 40 of its prisoners of war back in return.",
        published="2024-06-10",
    )
    assert [e for e in reportable(events) if e.type == "release"]
    for e in reportable(events):
        assert e.date is None or not e.date.startswith("2022"), e


def test_a_swap_told_after_its_own_dated_sentence_still_takes_that_day() -> None:
    events = run(
        "On June 9 the two sides freed 40 prisoners each. As a result of talks, 40 Russian "
        "soldiers were returned home, the ministry said.",
        published="2024-06-10",
    )
    assert any(e.date == "2024-06-09" for e in reportable(events) if e.type == "release")


# ------------------------------------------------------ 'rose as a martyr': a death as an honour


def test_a_prisoner_who_rose_as_a_martyr_in_his_cell_died_in_custody() -> None:
    events = run(
        "Prisoner dies in Israeli jail. The detainee Khaled Nasser, 61, rose as a martyr on "
        "Sunday in his cell in Ramon prison after years of neglect, the Prisoners Club said."
    )
    find(events, dict(type="death_in_custody", status="occurred", names={"Khaled Nasser"}))


def test_the_children_a_dead_prisoner_leaves_are_not_counted_dead() -> None:
    events = run(
        "Prisoner dies in Israeli jail. Amal Saleh, 70, a mother, with her six children, died "
        "on Sunday in her cell in Neve Tirza prison, the Prisoners Club said."
    )
    deaths = [e for e in reportable(events) if e.type == "death_in_custody"]
    assert deaths and all(e.count is None for e in deaths), deaths


# ------------------------------------------------------ epithets that name one party


def test_the_usurping_entity_and_the_israeli_enemy_are_israel() -> None:
    for epithet in ("The usurping entity", "The Israeli enemy"):
        events = run(
            f"Prisoners come home. {epithet} released 20 Lebanese prisoners on Sunday at "
            "the Naqoura crossing, a resistance statement said."
        )
        find(events, dict(type="release", holder="Israel", value=20))


def test_the_aggression_coalition_of_sanaas_outlets_is_saudi_arabia() -> None:
    events = run(
        "Captives freed. The US-Saudi aggression released 30 prisoners in Marib on Sunday, "
        "the captives committee said."
    )
    find(events, dict(type="release", holder="Saudi Arabia", value=30))


def test_the_authorities_in_sanaa_are_the_houthis() -> None:
    events = run(
        "UN staff held. The authorities in Sanaa detained 11 UN staff on Sunday, the UN said."
    )
    find(events, dict(type="detention", holder="Houthis", value=11))


def test_prisoners_of_the_army_and_popular_committees_freed_by_the_coalition() -> None:
    events = run(
        "Prisoners freed. The coalition released 60 prisoners of the army and popular "
        "committees in Taiz on Sunday, the committee said."
    )
    find(events, dict(type="release", holder="Saudi Arabia", value=60))


def test_hostages_given_for_palestinian_prisoners_are_not_held_by_palestine() -> None:
    events = run(
        "Deal reached. A Hamas official said Israel would free about 1,000 Palestinian "
        "prisoners in exchange for some 20 hostages, as part of the agreement."
    )
    hostages = find(events, dict(type="release", value=20))
    assert hostages.holder != "Palestine"


# ------------------------------------------------------ a hero's welcome 'held' holds no one


def test_a_ceremony_held_for_freed_men_holds_its_guests_nowhere() -> None:
    events = run(
        "Five fighters freed in a swap came home on Saturday. Security official Karim Saad "
        "spoke at a reception held in Hermel on Sunday in their honour."
    )
    assert not [e for e in reportable(events) if e.type == "holding"]


# ------------------------------------------------------ 'a Hamas operative', 'a terrorist attack'


def test_one_operative_arrested_is_one_person() -> None:  # (a guard: main reads it already)
    events = run(
        "Suspect held after raid. Israeli forces arrested a Hamas operative wanted over a "
        "shooting near Hebron, police said on Wednesday."
    )
    find(events, dict(type="detention", value=1, holder="Israel"))


def test_a_terrorist_or_militant_attack_is_no_person() -> None:
    for word in ("terrorist", "militant"):
        events = run(
            f"Arrests after attack. Police arrested two men after a {word} attack in the old "
            "city on Wednesday."
        )
        assert [e.count.value for e in reportable(events) if e.count] == [2]


# ------------------------------------------------------ the other side's fighters by their epithet


def test_occupiers_captured_by_defenders_are_soldiers_taken() -> None:
    events = run(
        "Soldiers captured in the south. Ukrainian defenders captured 15 occupiers near the "
        "village of Robotyne on Sunday, the brigade said."
    )
    find(events, dict(type="detention", value=15, categories={"soldiers"}))


def test_rioters_arrested_by_state_media_are_people_detained() -> None:
    events = run(
        "Dozens held after unrest. Police arrested 40 rioters in Zahedan on Sunday, the "
        "state news agency reported."
    )
    find(events, dict(type="detention", value=40))


# ------------------------------------------------------ a name two parties use, a clock's city


def test_an_iraqi_islamic_resistance_movement_is_not_hamas() -> None:
    events = run(
        "Hostages freed in Iraq. Eight Chinese workers were released on Saturday by gunmen "
        "who call themselves the Islamic Resistance Movement, the embassy said."
    )
    freed = find(events, dict(type="release", value=8))
    assert freed.holder != "Hamas"


def test_the_islamic_resistance_movement_in_gaza_is_hamas() -> None:
    events = run(
        "Hostages freed. The Islamic Resistance Movement released three Israeli captives in "
        "Gaza on Saturday."
    )
    find(events, dict(type="release", value=3, holder="Hamas"))


def test_a_citys_clock_is_no_place() -> None:
    events = run(
        "Engineers freed. A spokesman confirmed on Sunday that the six kidnapped Chinese "
        "engineers have returned to their company's office in Iraq at Beijing time 8:40 am."
    )
    freed = find(events, dict(type="release", value=6))
    assert freed.location.place != "Beijing"


# ------------------------------------------------------ 'seeks to liberate': a demand, not a batch


def test_leaders_a_later_stage_seeks_to_liberate_are_not_named_in_a_batch_freed() -> None:
    events = run(
        "Prisoners freed on first day. Israel freed 90 Palestinian prisoners on Sunday, 70 "
        "women and 20 youths. The next stage seeks to liberate the resistance leaders, "
        "including Karim Younis and Nael Barghouti."
    )
    batch = find(events, dict(type="release", status="occurred", value=90))
    assert not batch.people.names, batch.people.names
