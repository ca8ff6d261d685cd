"""Releases, rescues and named people told the way unseen pages of the Middle East and Asia
tell them (docs/accuracy-unseen.md, "Ninth round (fourteenth session), pages9b: the Middle
East and Asia"). Each fixed by a general mechanism and tested here on sentences written for
this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _releases(events: list) -> list:
    return [e for e in reportable(events) if e.type == "release"]


# ------------------------------------------------------ rescues and the vehicles people ride


def test_a_passenger_train_is_no_passenger() -> None:
    events = run(
        "Troops rescue hostages held on a hijacked train. Soldiers stormed the carriages at "
        "dawn and freed more than 150 hostages from a passenger train, the army says."
    )
    assert not [e for e in reportable(events) if e.count and e.count.value == 1]
    find(events, dict(type="release", count=(150, "more_than")))


def test_a_prisoner_bus_counts_no_prisoner() -> None:
    events = run(
        "Israel released 39 Palestinian prisoners on Friday. A prisoner bus left the jail "
        "at dawn, escorted by police."
    )
    assert [e.count.value for e in reportable(events) if e.count] == [39]


def test_an_army_saying_it_freed_hostages_holds_none_of_them() -> None:
    events = run(
        "Separatist fighters of the Baloch Liberation Army seized the convoy on Tuesday and "
        "took dozens of hostages, officials said. Pakistan's army said it had freed 40 "
        "hostages after a two-day operation."
    )
    freed = find(events, dict(type="release", value=40))
    assert freed.holder == "Baloch Liberation Army"


# ------------------------------------------------------ a count freed, its noun told before


def test_detained_twenty_staff_later_releasing_eleven() -> None:
    events = run(
        "Rebels free aid workers after raid. The rebels stormed an aid office on Sunday and "
        "detained 20 local staff, then releasing 11 on Monday."
    )
    find(events, dict(type="detention", value=20))
    find(events, dict(type="release", value=11))


def test_arrested_thirty_and_freed_twelve_a_day_later() -> None:
    events = run(
        "Police detain protesters in the capital. Security forces arrested 30 students on "
        "Tuesday and freed 12 on Wednesday, a lawyer said."
    )
    find(events, dict(type="release", value=12))
    assert not [e for e in _releases(events) if e.count and e.count.value == 30]


# ------------------------------------------------------ who is urged to free people


def test_who_is_urged_to_free_people_holds_them_not_who_urges() -> None:
    for urging in ("South Korea", "Seoul"):  # (the one urging named as a party or not)
        events = run(
            f"{urging} praises release. {urging} on Tuesday praised North Korea's release of a "
            "fishing crew, but urged it to free three South Korean nationals held there."
        )
        demanded = find(events, dict(type="release", status="demanded", value=3))
        assert demanded.holder == "North Korea", urging


# ------------------------------------------------------ where people were held, who held them


def test_a_group_freeing_someone_from_a_prison_of_its_country_holds_him() -> None:
    events = run(
        "Taliban free Australian teacher. Qatari mediators said the Taliban released an "
        "Australian teacher from an Afghan jail on Friday."
    )
    freed = [e for e in _releases(events) if e.status == "occurred"]
    assert freed and {e.holder for e in freed} == {"Taliban"}


def test_freed_from_the_captivity_of_a_named_state_is_still_that_states() -> None:
    events = run(
        "Ukraine brings soldiers home. Ukraine freed 90 soldiers from Russian captivity on "
        "Saturday, its president said."
    )
    assert find(events, dict(type="release", value=90)).holder == "Russia"


# ------------------------------------------------------ a headline's names counted again


def test_two_named_in_the_headline_and_two_counted_in_the_lead_are_one_release() -> None:
    events = run(
        "Beijing frees Australians Jane Doyle and Peter Marsh\n\n"
        "Two Australian citizens were released by China on Friday and will fly to Sydney, "
        "the prime minister said."
    )
    freed = _releases(events)
    assert len(freed) == 1
    assert freed[0].count is not None and freed[0].count.value == 2
    assert set(freed[0].people.names) == {"Jane Doyle", "Peter Marsh"}


def test_three_counted_after_two_named_stay_apart() -> None:
    events = run(
        "Beijing frees Australians Jane Doyle and Peter Marsh\n\n"
        "Three Australian citizens were released by China on Friday, the prime minister "
        "said."
    )
    assert len(_releases(events)) == 2


# ------------------------------------------------------ people still held, people freed


def test_colleagues_remaining_arbitrarily_detained_are_held() -> None:
    events = run(
        "Rebels free UN staff. The rebels released 12 UN staff on Wednesday, while 40 of "
        "their colleagues remain unlawfully detained in the capital, the envoy said."
    )
    find(events, dict(type="release", value=12))
    find(events, dict(type="holding", value=40))


def test_the_freedom_of_n_people_is_their_release() -> None:
    events = run(
        "Hamas frees Thai hostages. Hamas freed ten Thai hostages on Friday. Officials said "
        "the truce had so far led to the freedom of 31 captives."
    )
    find(events, dict(type="release", value=10))
    find(events, dict(type="release", value=31))


# ------------------------------------------------------ the agent's demonym is not the person's


def test_the_demonym_of_the_arresting_forces_is_not_the_persons() -> None:
    events = run(
        "Israeli forces detain Palestinians in raids. Troops raided Jenin overnight, and "
        "Israeli forces arrested Khalil Nasser at a checkpoint, the army said on Monday."
    )
    held = find(events, dict(type="detention", names={"Khalil Nasser"}))
    assert held.people.nationality == ()
    assert held.holder == "Israel"


def test_a_demonym_before_the_persons_role_is_still_the_persons() -> None:
    events = run(
        "Iran frees detained Frenchman. Iran on Friday released French teacher Luc Marchand "
        "after two years in prison, the ministry said."
    )
    freed = find(events, dict(type="release", names={"Luc Marchand"}))
    assert list(freed.people.nationality) == ["French"]


# ------------------------------------------------------ a named release on a day of its own


def test_a_person_freed_on_a_day_of_his_own_after_a_batch_is_a_record_of_his_own() -> None:
    events = run(
        "Kashmir frees detainees. The authorities freed six detainees held since August, a "
        "local paper said on Sunday. Rafiq Bhat was released after eight months of house "
        "arrest on March 11."
    )
    find(events, dict(type="release", value=6))
    alone = find(events, dict(type="release", names={"Rafiq Bhat"}))
    assert alone.count is None


def test_a_person_named_after_a_batch_of_the_same_day_joins_it() -> None:
    events = run(
        "Gunmen free abducted villagers. Gunmen released six villagers on Sunday, police said. "
        "Rafiq Bhat was released with them, his brother said."
    )
    six = find(events, dict(type="release", value=6))
    assert "Rafiq Bhat" in six.people.names


def test_there_are_n_hostages_already_released_holds_no_one() -> None:
    events = run(
        "Nepali hostages freed. Officials in Kathmandu say there are 14 Nepali "
        "hostages already released."
    )
    assert not [e for e in reportable(events) if e.type == "holding"]
    find(events, dict(type="release", value=14))


def test_there_are_n_hostages_in_gaza_is_still_a_holding() -> None:
    events = run(
        "Hostages still held. There are 59 hostages still in Gaza, the army said on Friday."
    )
    find(events, dict(type="holding", value=59))


def test_a_leader_called_on_to_free_prisoners_is_not_one_of_them() -> None:
    events = run(
        "Activist freed. The activist was released on Friday. He had sent a letter to leader "
        "Omar Haddad, calling on him to release jailed dissidents."
    )
    assert not [e for e in reportable(events) if "Omar Haddad" in e.people.names]


# ------------------------------------------------------ 'a second', 'a fifth': one person more


def test_a_second_national_freed_after_the_first_is_a_record_of_its_own() -> None:
    events = run(
        "Iran frees Frenchman. Iran freed a French national on Monday. A second French citizen "
        "was released on Wednesday, the ministry said."
    )
    ones = [e for e in _releases(events) if e.count and e.count.value == 1]
    assert len(ones) == 2


def test_a_fifth_detainee_to_be_freed_is_one_person_planned() -> None:
    events = run(
        "Israel frees Lebanese detainees. Israel freed four Lebanese men on Tuesday, the army "
        "said. A fifth detainee will be released later this week."
    )
    find(events, dict(type="release", value=4))
    find(events, dict(type="release", status="planned", value=1))


def test_a_second_person_given_in_exchange_mid_sentence_is_not_counted_anew() -> None:
    events = run(
        "Swap frees diplomat. Oslo freed a convicted agent in Norway on Sunday in exchange "
        "for an aid worker and a second Norwegian held in Iran."
    )
    assert not [
        e
        for e in reportable(events)
        if e.location.place == "Norway" and e.people.nationality == ("Norwegian",)
    ]


# ------------------------------------------------------ a deal's two sides have two holders


def test_people_swapped_for_a_states_prisoners_are_not_held_by_that_state() -> None:
    events = run(
        "Swap deal agreed. The deal provides for the release of 40 women and children held in "
        "Gaza in exchange for 120 Palestinian women and minors held in Israeli jails."
    )
    deal = next(e for e in reportable(events) if e.type == "deal")
    holders = {t.count.value: t.holder for t in deal.terms if t.count}
    assert holders.get(120) == "Israel"
    assert holders.get(40) != "Israel"


# ------------------------------------------------------ a day's batch inside a running total


def test_a_days_batch_told_inside_a_running_total_is_a_batch() -> None:
    events = run(
        "Rebels free detainees. The rebels have released 900 detainees since the truce began "
        "in March, including 35 on Sunday, their prisoner committee said."
    )
    find(events, dict(type="release", value=900, aggregate=True))
    find(events, dict(type="release", value=35, aggregate=False))


def test_a_part_by_category_of_a_running_total_stays_inside_it() -> None:
    events = run(
        "Rebels free detainees. The rebels have released 900 detainees since the truce began "
        "in March, including 35 children, their prisoner committee said."
    )
    assert [e.count.value for e in _releases(events) if e.count] == [900]


def test_a_second_hostage_after_a_headline_and_lead_of_one_is_another_record() -> None:
    events = run(
        "Hamas frees hostage\n\nHamas released an Israeli hostage on Saturday. A second "
        "hostage was freed hours later in Rafah, the army said."
    )
    ones = [e for e in _releases(events) if e.count and e.count.value == 1]
    assert len(ones) == 2


# ------------------------------------------------------ the prefilter: demonyms in '-ons'


def test_prefilter_reads_a_brief_freeing_two_britons() -> None:
    from custody.extract.prefilter import may_be_custody

    assert may_be_custody("Taliban free two Britons\n\nThe two men were flown to Doha.")
    events = run(
        "Taliban free two Britons\n\nTwo British men held by the Taliban for eight months, "
        "Alan Hale and a companion, were freed on Monday, the Foreign Office said."
    )
    freed = find(events, dict(type="release", value=2))
    assert freed.holder == "Taliban"


def test_people_held_without_trial_who_were_freed_are_a_release() -> None:
    events = run(
        "Kashmir frees detainees. Six men held without trial were freed from a jail in the "
        "south, officials said on Sunday."
    )
    find(events, dict(type="release", value=6))
