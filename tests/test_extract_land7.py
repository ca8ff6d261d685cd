"""Page forms and slots of the seventh round's continuation (docs/accuracy-unseen.md,
"Seventh round (twelfth session): pages7a, pages7b, pages7c", land7): where a release
took place told by its handover ('turned them over to ... in a rural area of X
province'), a day told by a later sentence about the release, a list of videos under an
article, arrangements begun. Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import find, run

# ------------------------------------------------ place: 'in a remote area of X'


def test_a_place_told_as_an_area_of_it_is_the_place() -> None:
    events = run(
        "Rebels free six hostages\n\nLeftist rebels freed six hostages on Sunday in a "
        "remote area of Cauca province, the Red Cross said."
    )
    assert find(events, dict(type="release", value=6)).location.place == "Cauca"


def test_an_article_before_no_area_names_no_place() -> None:
    events = run(
        "Rebels free six hostages\n\nLeftist rebels freed six hostages on Sunday in a "
        "Reuters interview, the Red Cross said."
    )
    assert find(events, dict(type="release", value=6)).location.place is None


# --------------------------------- place: a later sentence about the handover


def test_rebels_that_turned_them_over_in_a_province_give_its_place() -> None:
    events = run(
        "Rebels free two soldiers\n\nColombian rebels have released two soldiers they "
        "kidnapped three weeks ago. They were seized on 26 October in an ambush. The "
        "rebels turned them over to a delegation of the Red Cross and the Church in "
        "Arauca province."
    )
    freed = find(events, dict(type="release", value=2))
    assert freed.location.place == "Arauca"


def test_a_handover_in_a_rural_area_of_a_countrys_province_gives_the_province() -> None:
    events = run(
        "Rebels free six hostages\n\nLeftist rebels freed six hostages on Sunday, the "
        "Red Cross said. The hostages were handed over to a Red Cross team in a rural "
        "area of Colombia's Cauca province."
    )
    place = find(events, dict(type="release", value=6)).location.place or ""
    assert place.startswith("Cauca")


def test_a_later_sentence_tells_the_release_not_the_abduction() -> None:
    events = run(
        "Police confirm release of 12 kidnapped students\n\nPolice have confirmed the "
        "release of 12 students kidnapped last month in Kaduna state. Some 20 students "
        "were abducted by gunmen on April 20. The police said the students were found "
        "after being released by their captors on Saturday evening.",
        published="2021-05-30",
    )
    freed = find(events, dict(type="release", value=12))
    assert freed.date == "2021-05-29"


# --------------------------------------------- date: 'the release, which occurred on'


def test_the_day_a_later_sentence_says_the_release_occurred_is_its_date() -> None:
    events = run(
        "Red Cross says 40 soldiers held by rebels freed\n\nThe International Committee "
        "of the Red Cross said on Thursday it had helped with the release of 40 soldiers "
        "held by the rebels.\n\nThe soldiers' release, which occurred on Wednesday, "
        "followed a request by both sides, the ICRC said.",
        published="2024-03-14",
    )
    assert find(events, dict(type="release", value=40)).date == "2024-03-13"


# ------------------------------------------------ status: arrangements begun


def test_arrangements_that_have_started_to_release_people_are_a_plan() -> None:
    events = run(
        "Detainees freed in Darfur\n\nLawyers said on Sunday that 30 detainees were "
        "released in El Geneina. They said arrangements have started to release the 80 "
        "detainees held in another prison."
    )
    assert find(events, dict(type="release", value=80)).status == "planned"


# -------------------------------------- page forms: a list of videos after the article


def test_a_list_of_videos_after_the_article_tells_none_of_its_records() -> None:
    events = run(
        "Thirty kidnapped students freed\n\nGunmen freed 30 students in Kaduna on "
        "Wednesday, the police said. The students had been held for two months.\n"
        "01:05\nFloods sweep away homes in the delta\n02:37\nMilitants abduct 40 "
        "villagers in the north, group says\n01:09\nHeat wave closes schools"
    )
    assert all(e.holder is None for e in events), events
    assert not [e for e in events if e.count is not None and e.count.value == 40]


def test_clock_times_of_a_live_blog_keep_its_entries() -> None:
    events = run(
        "Live: prisoners freed\n\n10:30\nRebels free 12 soldiers\nRebels freed 12 "
        "soldiers on Sunday, the Red Cross said. The soldiers are in good health.\n11:15\n"
        "Talks to continue\nBoth sides said the talks would go on."
    )
    assert find(events, dict(type="release", value=12))


# ------------------------------------- false records: a compound headline, a crowd waiting


def test_a_prisoner_amnesty_in_a_headline_is_no_prisoner() -> None:
    events = run(
        "Junta's Prisoner Amnesty: No Dissidents Released\n\nThe talks on the fate of "
        "detainees went on on Saturday, a monitoring group said."
    )
    assert not [e for e in events if e.type == "release"], events


def test_people_waiting_outside_a_prison_are_not_the_freed() -> None:
    events = run(
        "Junta frees 2,100 prisoners\n\nThe junta freed 2,100 prisoners on Monday to mark "
        "the new year. At least 150 people were seen at the gates after hoping that their "
        "sons would be in the amnesty and released."
    )
    assert not [e for e in events if e.count is not None and e.count.value == 150], events


# ------------------------------------- holders: another release's party is no holder


def test_an_earlier_release_by_a_party_gives_no_holder_to_the_news() -> None:
    events = run(
        "Freed prisoners return home\n\nThe Red Cross says 128 prisoners released by the "
        "coalition have returned to Sanaa. In September, the Houthis freed dozens of "
        "captives held since the war began."
    )
    assert find(events, dict(type="release", value=128)).holder is None


# --------------------------- date: a participle after a main verb in the present perfect


def test_a_participle_after_a_perfect_main_verb_is_the_days_news() -> None:
    events = run(
        "Prisoner exchange held\n\nThe two countries have carried out a prisoner of war "
        "exchange, releasing 30 soldiers each, the ministry said.",
        published="2025-01-15",
    )
    freed = [e for e in events if e.type == "release" and e.status == "occurred"]
    assert freed and all(e.date == "2025-01-15" for e in freed), events


# ----------------------------------------- page forms: a photo's caption with its credit


def test_a_captions_older_happening_gives_no_record() -> None:
    events = run(
        "Freed prisoners reach Ramallah\n\nA freed detainee waves from a bus in Ramallah on "
        "March 3, 2021. The prison service said 25 detainees were freed that day. (Photo by "
        "Jane Roe / AFP)\n\nRamallah - A total of 40 prisoners freed from Israeli jails "
        "arrived in Ramallah on Thursday, officials said."
    )
    assert [e.count.value for e in events if e.count is not None] == [40], events


def test_a_credit_inside_a_text_run_together_keeps_the_text() -> None:
    events = run(
        "Freed prisoners reach Ramallah\nA freed detainee waves from a bus. (Photo by Jane "
        "Roe / AFP)\nRamallah - A total of 40 prisoners freed from Israeli jails arrived in "
        "Ramallah on Thursday, officials said.\nThe prisoners were greeted by crowds.\n"
        "Relatives had waited for hours.\nThe release was part of a truce."
    )
    assert find(events, dict(type="release", value=40))


# ----------------------------------- named people: a teller with an auxiliary or a role


def test_a_chairman_who_has_confirmed_the_release_is_not_named_in_it() -> None:
    events = run(
        "Worshippers freed in Kaduna\n\nGunmen freed 12 worshippers kidnapped from a church "
        "on Friday. The chairman of the group, Rev John Okafor, has confirmed that 14 of the "
        "40 worshippers kidnapped last Sunday have regained freedom."
    )
    assert not [e for e in events if "John Okafor" in e.people.names], events


def test_one_who_had_raised_the_alarm_over_an_abduction_is_not_abducted() -> None:
    events = run(
        "Worshippers freed in Kaduna\n\nGunmen freed 12 worshippers kidnapped from a church "
        "on Friday. The chairman of the group, Rev John Okafor, had on Sunday raised the "
        "alarm over the mass abduction."
    )
    assert not [e for e in events if "John Okafor" in e.people.names], events


def test_a_name_with_a_capitalised_role_and_a_confirming_verb_is_the_teller() -> None:
    events = run(
        "Worshippers freed in Kaduna\n\nGunmen freed 12 worshippers kidnapped from a church "
        "on Friday. Rev John Okafor, Chairman of the Christian Council (CCN) in the state, "
        "confirmed their liberation."
    )
    assert not [e for e in events if "John Okafor" in e.people.names], events


# ------------------------------ pairing: the verb of a fronted participle clause


def test_a_fronted_participle_clause_does_not_take_the_main_clauses_count() -> None:
    events = run(
        "Worshippers freed\n\nAfter being kidnapped by armed men, 60 members of a church "
        "have been released after a month in captivity."
    )
    freed = find(events, dict(value=60))
    assert freed.type == "release"


# ------------------------------------------- dates: a weekday before its day and month


def test_a_weekday_before_a_day_and_month_is_that_day() -> None:
    events = run(
        "Worshippers kidnapped\n\nGunmen kidnapped 30 worshippers on Sunday, 3 October, "
        "the police said.",
        published="2021-10-20",
    )
    assert find(events, dict(type="detention", value=30)).date == "2021-10-03"


# --------------------------- counts: 'along with N other' after a counted group


def test_others_freed_along_with_a_counted_group_are_not_one_more() -> None:
    events = run(
        "Worshippers freed in Kaduna\n\nTwelve worshippers of a Baptist church along with 3 "
        "other victims have regained their freedom from their captors, a church leader said."
    )
    assert not [e for e in events if e.count is not None and e.count.value == 4], events


def test_one_person_freed_with_others_is_still_counted_with_them() -> None:
    events = run(
        "Journalist freed\n\nJohn Doe, who spent 20 years in jail, was freed along with 13 "
        "other prisoners on Monday."
    )
    assert find(events, dict(type="release", value=14))


# ------------------------------- triggers: 'set free' as a headline's participle


def test_people_set_free_in_a_place_in_a_headline_are_freed_there() -> None:
    events = run(
        "12 worshippers set free in Kaduna\n\nThe worshippers of a Baptist church have "
        "regained their freedom from their captors, a church leader said on Saturday."
    )
    freed = find(events, dict(type="release", value=12))
    assert freed.location.place == "Kaduna"


def test_gunmen_who_set_free_people_free_them() -> None:
    events = run("Hostages freed\n\nGunmen set free 12 worshippers on Friday, police said.")
    assert find(events, dict(type="release", value=12))
