"""Named people told again by a surname, a first name, a title, a role or an age
(coreference), the ways unseen pages tell them (docs/accuracy-unseen.md, "Twelfth round
(seventeenth session), pages12c"). Each fixed in the lexicon or a general mechanism and
tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------------ a surname told as the one taken


def test_a_surname_told_as_the_one_detained_takes_the_full_name_told_before() -> None:
    # (the full name is told in a sentence with no custody word of its own)
    events = run(
        "A court in Kazan fined the blogger, Pavel Orlov, for a post about the war. Officers "
        "detained Orlov outside a cafe on Friday evening."
    )
    find(events, dict(type="detention", status="occurred", names={"Pavel Orlov"}))


def test_a_surname_after_a_custody_noun_or_a_possessive_takes_the_full_name() -> None:
    events = run(
        "Caracas let an American, Daniel Holt, fly home on Sunday after two years in a "
        "military jail. Intelligence agents had arrested Holt at a hotel in March 2023."
    )
    find(events, dict(type="detention", status="occurred", names={"Daniel Holt"}))
    possessive = run(
        "Prosecutors questioned the opposition figure, Selim Aksoy, for six hours on "
        "Tuesday. Aksoy's arrest the next morning drew protests, police detained him at dawn."
    )
    find(possessive, dict(type="detention", status="occurred", names={"Selim Aksoy"}))


def test_a_surname_two_people_named_before_share_names_no_one() -> None:
    events = run(
        "The brothers, Yarden Lev and Omri Lev, ran a shop in the old city. Police detained "
        "Lev on Monday, his lawyer said."
    )
    assert not any(n.endswith("Lev") for e in events for n in e.people.names)


def test_a_surname_with_an_age_or_apposition_opening_a_sentence_takes_the_full_name() -> None:
    aged = run(
        "Hamas handed three hostages to the Red Cross on Saturday. Eli Sharon, Omer Tal and "
        "Or Ben smiled thinly on a stage in Deir al-Balah. Sharon, 52, who was abducted from "
        "his kibbutz on October 7, 2023, was taken to a hospital."
    )
    find(aged, dict(type="detention", status="occurred", names={"Eli Sharon"}))
    apposition = run(
        "Two Danes came home on Monday in a swap brokered by Oman. Johan Linder and Lars "
        "Berg were met by their families in Copenhagen. Linder, a water engineer from Aarhus, "
        "was arrested at a checkpoint near Tabriz in 2023."
    )
    find(apposition, dict(type="detention", status="occurred", names={"Johan Linder"}))


def test_after_his_release_in_a_named_persons_sentence_joins_the_one_batch() -> None:
    events = run(
        "Hamas handed three hostages to the Red Cross on Saturday. Eli Sharon, 52, who was "
        "abducted from Kibbutz Beeri, learned only after his release that his wife had "
        "been killed."
    )
    find(events, dict(type="release", status="occurred", value=3, names={"Eli Sharon"}))
    assert not any(
        e.type == "release" and e.count is None and e.people.names for e in reportable(events)
    )


# ------------------------------------------------------------ a first name told again


def test_a_first_name_that_came_home_is_the_person_named_before() -> None:
    events = run(
        "Hamas released Israeli hostages on Saturday under the truce. Relatives had "
        "campaigned for months for Eitan Mor, 24, a security guard seized at the festival. "
        "Eitan came home on Saturday evening, his family said."
    )
    find(events, dict(type="release", status="occurred", names={"Eitan Mor"}))


def test_a_first_name_subject_takes_the_full_name_of_a_sentence_with_no_custody_word() -> None:
    events = run(
        "Relatives of Noa Levin, 26, welcomed the news from the army. Noa was rescued by "
        "special forces in central Gaza on Saturday."
    )
    find(events, dict(type="release", status="occurred", names={"Noa Levin"}))


def test_a_first_name_as_the_one_freed_or_its_possessive_is_the_person_named_before() -> None:
    rescued = run(
        "Noa Levin, 26, was seized at the Nova festival on October 7. Special forces rescued "
        "Noa from an apartment in central Gaza on Saturday."
    )
    find(rescued, dict(type="release", status="occurred", names={"Noa Levin"}))
    possessive = run(
        "Eitan Mor, 24, was kidnapped by Hamas from the festival and held in Gaza. Eitan's "
        "release came on Saturday evening, his family said."
    )
    find(possessive, dict(type="release", status="occurred", names={"Eitan Mor"}))


def test_a_country_is_never_a_first_name_told_before() -> None:
    events = run(
        "Defence minister Israel Katz visited the border on Sunday. Israel was freed of "
        "its last hostages held in Gaza last week, officials said."
    )
    assert not any("Israel Katz" in e.people.names for e in events)


# ------------------------------------------------------------ ages, titles, speakers


def test_an_age_between_the_custody_verb_and_the_name_names_the_person() -> None:
    events = run(
        "Commandos rescued 61-year-old Qasim Nasser from a basement in Rafah overnight, "
        "the military announced."
    )
    find(events, dict(type="release", status="occurred", names={"Qasim Nasser"}))


def test_a_clergy_title_before_a_surname_is_the_priest_named_before() -> None:
    events = run(
        "Gunmen abducted the Reverend Father Peter Ani from his parish in Benue State on "
        "Saturday. Father Ani was freed on Wednesday, police said."
    )
    find(events, dict(type="release", status="occurred", names={"Peter Ani"}))
    chained = run(
        "Parishioners prayed all night for their pastor, Reverend Father Paul Eze, on "
        "Friday. Reverend Father Eze was abducted from the church hall last week."
    )
    find(chained, dict(type="detention", status="occurred", names={"Paul Eze"}))


def test_someone_who_also_confirmed_the_arrest_is_a_speaker_not_detained() -> None:
    events = run(
        "Security officers seized the journalist Vladimir Petrov at a railway station on "
        "Friday. Fellow reporter Oleg Sidorov also confirmed that the officers had detained "
        "him, in a post on Telegram."
    )
    find(events, dict(type="detention", status="occurred", names={"Vladimir Petrov"}))
    assert not any("Oleg Sidorov" in e.people.names for e in events)


def test_a_spokesman_who_identified_the_man_names_the_one_freed() -> None:
    events = run(
        "Houthi rebels released a Briton held in Sanaa for a year on Thursday. A ministry "
        "official identified the man as Omar Rahimi. No reason for his arrest was given."
    )
    find(events, dict(type="release", status="occurred", names={"Omar Rahimi"}))


def test_a_role_after_a_fronted_time_is_the_person_of_that_role() -> None:
    events = run(
        "Ilya Yarin, an opposition politician from Moscow, was jailed for criticising the "
        "war. In August the politician was freed in the largest prisoner swap since the "
        "Cold War."
    )
    find(events, dict(type="release", status="occurred", names={"Ilya Yarin"}))


# ------------------------------------------------------------ a headline's plural 'free'


def test_a_headlines_plural_free_before_a_named_person_is_read() -> None:
    events = run(
        "Taliban free Austrian tourist Herbert Fritz\n\nFritz was handed over to Qatari "
        "officials in Kabul on Sunday and flown to Doha."
    )
    find(events, dict(type="release", status="occurred", names={"Herbert Fritz"}))


def test_free_before_no_person_is_still_no_custody_news() -> None:
    assert (
        run("Ministers free up funds for rural schools\n\nThe budget was agreed on Monday.") == []
    )


# ------------------------------------------------------------ a pronoun before a passive


def test_he_before_a_passive_custody_verb_is_the_person_named_before() -> None:
    events = run(
        "The US soldier Tom Reed was freed by Hamas on Monday. He was on guard duty near "
        "the fence when he was taken hostage on October 7, 2023."
    )
    find(events, dict(type="detention", status="occurred", names={"Tom Reed"}))


# ------------------------------------------------------------ a long apposition before the verb


def test_a_long_apposition_or_who_clause_between_the_name_and_the_custody_verb() -> None:
    apposition = run(
        "Prisoner swap in Abu Dhabi. Daniel Rowe, a freelance photographer serving nine years "
        "in a Siberian penal colony on charges his agency calls absurd, was released on Friday."
    )
    find(apposition, dict(type="release", status="occurred", names={"Daniel Rowe"}))
    who = run(
        "Police raid in Baku. Kamran Aliyev, who edits a small news site and writes about "
        "corruption in the ministries, was detained at his flat on Tuesday evening."
    )
    find(who, dict(type="detention", status="occurred", names={"Kamran Aliyev"}))
