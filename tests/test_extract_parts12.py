"""Shapes met while probing real-news wording in the twelfth session: general
mechanisms, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, run


def test_an_exchange_whose_broker_the_next_sentence_names_is_a_deal() -> None:
    events = run(
        "Venezuela released 10 Americans on Wednesday in exchange for Alex Saab, an ally of "
        "the president who was being held in the United States. The deal was brokered by Qatar."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert list(deal.mediators) == ["Qatar"]


def test_a_broker_of_another_sentence_makes_no_deal_of_an_exchange() -> None:
    events = run(
        "Venezuela released 10 Americans on Wednesday in exchange for Alex Saab, an ally of "
        "the president who was being held in the United States. Qatar has mediated talks "
        "on other issues."
    )
    assert not [e for e in events if e.type == "deal"]


def test_teams_sent_to_rescue_people_tell_no_rescue() -> None:
    events = run(
        "Gunmen kidnapped about 30 worshippers from a church in Niger State on Sunday, police "
        "said. A police spokesman said tactical teams had been deployed to rescue the victims."
    )
    find(events, dict(type="detention", value=30))
    assert not [e for e in events if e.type == "release" and e.status == "occurred"]


def test_a_participle_before_the_name_describes_the_object_of_the_verb_before() -> None:
    events = run(
        "Hamas handed over kidnapped soldier Gilad Shalit to Egyptian mediators on Tuesday."
    )
    find(events, dict(type="release", names={"Gilad Shalit"}, holder="Hamas"))
    assert not [e for e in events if e.type == "detention"]
    events = run(
        "Russian authorities have moved detained American journalist Evan Gershkovich to a "
        "prison in Moscow, his lawyers said."
    )
    find(events, dict(type="transfer", names={"Evan Gershkovich"}))
    assert not [e for e in events if e.type == "detention"]


def test_a_participle_before_the_name_alone_is_still_the_news() -> None:
    events = run("Russia said on Friday it had detained American journalist Evan Gershkovich.")
    find(events, dict(type="detention", names={"Evan Gershkovich"}))


def test_a_couple_named_in_apposition_is_the_counted_pair() -> None:
    events = run(
        "Iranian authorities have arrested a French couple, Cecile Kohler and Jacques Paris, "
        "accusing them of espionage, the ministry said."
    )
    find(events, dict(type="detention", value=2, names={"Cecile Kohler", "Jacques Paris"}))
    events = run("Iran freed an elderly British couple, Craig and Lindsay Foreman, on Monday.")
    find(events, dict(type="release", value=2, names={"Craig Foreman", "Lindsay Foreman"}))


def test_two_hostages_with_two_first_names_and_one_surname_are_not_guessed_one_family() -> None:
    events = run("Hamas released two hostages, Ofer and Yarden Bibas, on Saturday.")
    release = find(events, dict(type="release", value=2))
    assert "Ofer Bibas" not in release.people.names


def test_a_headlines_singular_object_with_no_article_is_one_person() -> None:
    events = run(
        "In Mali, JNIM frees German priest held since 2022\n\n"
        "BAMAKO - The priest was freed on Sunday, the archdiocese said."
    )
    find(events, dict(type="release", value=1, holder="JNIM", nationality={"German"}))
    events = run(
        "Gunmen kidnap Catholic priest in Kaduna\n\n"
        "KADUNA - The priest was taken from his parish on Sunday night, police said."
    )
    find(events, dict(type="detention", value=1))


def test_a_headline_opening_on_a_singular_role_is_one_person() -> None:
    events = run("German priest freed in Mali\n\nThe priest was released on Sunday.")
    find(events, dict(type="release", value=1, nationality={"German"}))


def test_a_headlines_demonym_plural_or_quantity_alone_is_not_one_person() -> None:
    events = run(
        "Palestinian Freed from Prison as Hostages Return\n\n"
        "Hamas has released three Israeli hostages, officials said."
    )
    assert [e.count.value for e in events if e.count] == [3]
    events = run(
        "Hundreds of prisoners of war freed in first exchange\n\n"
        "The government released 315 fighters it had held, the ICRC said."
    )
    assert 1 not in [e.count.value for e in events if e.count]
    events = run("Hamas releases hostage video\n\nThe group published a clip on Monday.")
    assert not [e for e in events if e.type == "release"]


def test_the_relative_of_a_person_named_before_is_not_that_person() -> None:
    events = run(
        "ELN releases kidnapped father of footballer Luis Diaz\n\n"
        "BOGOTA - Colombia's ELN rebels have freed the father of Liverpool striker Luis Diaz, "
        "nearly two weeks after he was kidnapped in La Guajira, the government said."
    )
    assert not [e for e in events if "Luis Diaz" in e.people.names]


def test_intelligence_officers_are_counted_people() -> None:
    events = run(
        "Burkina Faso's military authorities released four French intelligence officers "
        "on Thursday, Morocco said."
    )
    find(events, dict(type="release", value=4, holder="Burkina Faso", nationality={"French"}))


def test_people_once_held_who_arrive_home_are_no_holding() -> None:
    events = run(
        "Five Thai farm workers who were held hostage in Gaza for more than a year arrived at "
        "Bangkok's airport on Sunday. The five were released by Hamas on Thursday. Thailand "
        "says one Thai national is still held in Gaza."
    )
    assert [e.count.value for e in events if e.type == "holding" and e.count] == [1]
    release = find(events, dict(type="release", value=5, holder="Hamas"))
    assert release.location.place is None  # where they landed days later is not where freed


def test_a_scene_of_the_same_day_still_gives_its_place() -> None:
    events = run(
        "Israel freed 90 Palestinian prisoners on Sunday, the prison service said. "
        "Buses carrying the freed prisoners arrived in Ramallah on Sunday night, where "
        "crowds waited."
    )
    find(events, dict(type="release", value=90, place="Ramallah"))


def test_a_hanging_of_a_named_person_is_a_death_in_custody() -> None:
    events = run(
        "Iran executed three men on Tuesday over the protests, the judiciary said. "
        "Reza Karimi, 23, was hanged at dawn despite appeals from rights groups."
    )
    find(events, dict(type="death_in_custody", value=3, holder="Iran", names={"Reza Karimi"}))


def test_a_brief_of_one_person_executed_is_read() -> None:
    events = run("Iran executed a protester on Tuesday, the judiciary said.")
    find(events, dict(type="death_in_custody", value=1, holder="Iran"))
