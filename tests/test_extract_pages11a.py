"""Releases, handovers and returns told without a release word, and named people freed
with no count, the ways unseen pages tell them (docs/accuracy-unseen.md, "Eleventh round
(sixteenth session), pages11a"). Each fixed in the lexicon or a general mechanism and
tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------------ 'in return' is two words


def test_a_name_ending_in_in_before_returned_is_no_in_return() -> None:
    events = run(
        "The junta freed dozens of political prisoners on Monday. Party spokesman Kyaw "
        "Min Shin returned from prison on Monday evening, his family said."
    )
    find(events, dict(type="release", status="occurred", names={"Kyaw Min Shin"}))


def test_in_return_still_tells_no_release_of_its_own() -> None:
    events = run(
        "Israel freed 30 prisoners on Monday. In return, Hamas released eight hostages in Gaza."
    )
    find(events, dict(type="release", value=30, holder="Israel"))
    find(events, dict(type="release", value=8, holder="Hamas"))


# ------------------------------------------------------------ kin counted as people


def test_brothers_sisters_and_siblings_are_counted_people() -> None:
    brothers = run(
        "Islamic State militants freed two Kurdish brothers on Sunday after their family "
        "paid a ransom."
    )
    find(brothers, dict(type="release", status="occurred", value=2, holder="Islamic State"))
    sisters = run(
        "Kidnapping in Zamfara. Three sisters abducted from their home last month were "
        "released on Friday, police said."
    )
    find(sisters, dict(type="release", status="occurred", value=3))
    siblings = run("Three siblings kidnapped in Abuja regained their freedom on Friday.")
    find(siblings, dict(type="release", status="occurred", value=3))


# ------------------------------------------------------------ the Red Cross holds no one


def test_the_red_cross_handing_freed_hostages_to_the_army_is_not_their_holder() -> None:
    events = run(
        "Hostage handover in Gaza\n\nThe Red Cross on Sunday transferred two freed Israeli "
        "captives to army units near Khan Younis, officials said."
    )
    e = find(events, dict(type="release", status="occurred", value=2, intermediary="ICRC"))
    assert e.holder != "ICRC"


def test_hunters_are_counted_people() -> None:
    events = run(
        "Kidnapped hunting party freed in Iraq\n\nNineteen Kuwaiti hunters seized on a "
        "desert trip last winter were handed over to the interior ministry in Basra on Friday."
    )
    find(events, dict(type="release", status="occurred", value=19, nationality={"Kuwaiti"}))


# ------------------------------------------------------------ former prisoners flown home


def test_former_detainees_ferried_or_transferred_are_released() -> None:
    ferried = run(
        "Prisoner swap in Yemen\n\nRed Cross planes ferried 214 former detainees between "
        "Marib and Sanaa on Saturday, the ICRC said."
    )
    find(ferried, dict(type="release", status="occurred", value=214))
    moved = run(
        "Prisoner swap in Yemen\n\nOver two days the Red Cross moved 640 former prisoners "
        "on its aircraft, the agency said."
    )
    find(moved, dict(type="release", status="occurred", value=640))


def test_prisoners_ferried_with_no_word_of_their_freedom_are_not_freed() -> None:
    events = run(
        "Inmates moved after riot\n\nBoats ferried 40 prisoners to the island jail on "
        "Friday, the prison service said."
    )
    assert not [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------------ arriving after years held


def test_people_who_landed_after_years_in_detention_are_freed() -> None:
    events = run(
        "Prisoner swap in Yemen\n\nThirty-eight Yemeni prisoners landed in Aden on Friday "
        "after six years in Saudi detention, officials said."
    )
    find(events, dict(type="release", status="occurred", value=38))


def test_fishermen_who_reached_their_port_after_years_in_jail_are_freed() -> None:
    events = run(
        "Fishermen home at last\n\nFifty-eight Indian fishermen reached Porbandar on Monday "
        "after four years in Pakistani jails, the fisheries department said."
    )
    find(events, dict(type="release", status="occurred", value=58, holder="Pakistan"))


def test_a_named_person_who_touched_down_after_years_in_jail_is_freed() -> None:
    events = run(
        "Prisoner exchange completed. Lukas Albrecht touched down in Munich on Sunday after "
        "three years in a Belarusian jail."
    )
    find(events, dict(type="release", status="occurred", names={"Lukas Albrecht"}))
    left = run(
        "Prisoner exchange completed. Lukas Albrecht left Belarus on Sunday after being held "
        "for three years."
    )
    find(left, dict(type="release", status="occurred", names={"Lukas Albrecht"}))


def test_an_arrival_after_a_stay_abroad_frees_no_one() -> None:
    events = run(
        "Police detained 12 protesters on Saturday. The envoy and 20 diplomats arrived in "
        "Doha on Sunday after a week in Paris."
    )
    assert not [e for e in reportable(events) if e.type == "release"]


# ---------------------------------------- a number is not a people phrase's word


def test_a_datelines_channel_number_does_not_count_the_people_after_a_dash() -> None:
    events = run(
        "DOHUK (Channel 8) – Three Yazidi farmers were abducted by gunmen near the town on "
        "Sunday, police said."
    )
    find(events, dict(type="detention", status="occurred", value=3))
    assert not [e for e in events if e.count is not None and e.count.value == 8]


# ------------------------------------------------------------ 'after their release'


def test_people_reunited_after_their_release_were_freed() -> None:
    events = run(
        "Kidnapped shepherds home\n\nThree shepherds kidnapped by gunmen in March were "
        "greeted by relatives after their release on Sunday, the mayor said."
    )
    find(events, dict(type="detention", value=3))
    find(events, dict(type="release", status="occurred", value=3))


def test_a_demand_for_their_release_is_no_release() -> None:
    events = run("Gunmen kidnapped 12 farmers in May. Their families demanded their release.")
    assert not [e for e in events if e.type == "release" and e.status == "occurred"]


# ------------------------------------------------------------ to freedom, out of prison


def test_people_who_walked_or_ran_to_freedom_are_freed() -> None:
    ran = run(
        "Hostages escape in Sulu\n\nTwo soldiers held by the militants since May ran to "
        "freedom through the forest on Wednesday, the army said."
    )
    find(ran, dict(type="release", status="occurred", value=2))
    walked = run(
        "Prisoner exchange completed on the bridge. Marta Ilves walked across the bridge "
        "to freedom on Thursday."
    )
    find(walked, dict(type="release", status="occurred", names={"Marta Ilves"}))


def test_a_named_person_out_of_prison_or_discharged_from_custody_is_freed() -> None:
    out = run("Prisoner exchange completed. Marta Ilves is out of prison, her lawyer said.")
    find(out, dict(type="release", status="occurred", names={"Marta Ilves"}))
    discharged = run(
        "Prisoner exchange completed. Marta Ilves was discharged from custody on Friday."
    )
    find(discharged, dict(type="release", status="occurred", names={"Marta Ilves"}))


def test_a_country_that_made_its_way_to_freedom_frees_no_one() -> None:
    events = run(
        "Police detained 12 protesters on Saturday. The country made its way to freedom "
        "in 1991, the speaker said."
    )
    assert not [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------------ a rank, no plan


def test_the_fifth_to_be_freed_this_year_was_freed() -> None:
    events = run(
        "Canada said a man detained by the Taliban since March has been let go. The former "
        "prisoner, named as Karim Haddad, is the fourth Canadian to be freed by Kabul this "
        "year."
    )
    find(events, dict(type="release", status="occurred", names={"Karim Haddad"}))
    assert not [e for e in events if e.type == "release" and e.status == "planned"]


# ------------------------------------------------------------ hostages handed to the police


def test_hostages_handed_to_the_police_or_authorities_are_freed() -> None:
    handed = run(
        "Kidnapping ordeal ends in Zamfara\n\nThe 31 kidnapped farmers were handed to police "
        "at a checkpoint near the town on Sunday, officials said."
    )
    find(handed, dict(type="release", status="occurred", value=31))
    turned = run(
        "Kidnapping ordeal ends in Sulu\n\nFour hostages were turned over to the authorities "
        "on Sunday, the army said."
    )
    find(turned, dict(type="release", status="occurred", value=4))


def test_suspects_handed_to_the_authorities_are_moved_not_freed() -> None:
    events = run(
        "Arrests in Sulu\n\nFourteen suspects were handed over to the authorities on Sunday, "
        "the army said."
    )
    find(events, dict(type="transfer", value=14))
    assert not [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------------ back to work is no release


def test_a_freed_reporter_eager_to_return_to_work_plans_no_release() -> None:
    events = run(
        "Two reporters, Min Zaw, 41, and Aung Kyaw, 37, were freed from a prison near "
        "Mandalay on Friday. Outside the gate Min Zaw promised to keep reporting, adding "
        "that he hoped to return to work at his newspaper soon."
    )
    find(events, dict(type="release", status="occurred", names={"Min Zaw", "Aung Kyaw"}))
    assert not [e for e in events if e.type == "release" and e.status == "planned"]


# ------------------------------------------------------------ who receives is not who held


def test_hostages_released_into_a_ministrys_custody_are_not_held_by_its_state() -> None:
    events = run(
        "Kidnapped engineers freed\n\nNineteen abducted engineers were released into the "
        "custody of Iraq's provincial police on Friday after weeks in captivity, officials "
        "said."
    )
    e = find(events, dict(type="release", status="occurred", value=19))
    assert e.holder != "Iraq"


def test_hostages_held_in_a_groups_custody_are_held_by_it() -> None:
    events = run(
        "Kidnapped hunters in Iraq\n\nThe 19 hostages are held in the custody of Kataib "
        "Hezbollah, officials said."
    )
    find(events, dict(type="holding", value=19, holder="Kataib Hezbollah"))


# ------------------------------------------------------------ reunited: a name's cue


def test_a_named_person_reunited_with_family_is_freed() -> None:
    events = run(
        "Prisoner exchange completed. Marta Ilves has been reunited with her family in "
        "Tallinn, the foreign ministry said."
    )
    find(events, dict(type="release", status="occurred", names={"Marta Ilves"}))
