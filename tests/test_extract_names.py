"""Named people in custody news: how a name is recognised as a person's and which
record it joins, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

import importlib

from test_extract import find, reportable, run

from custody.extract.lexicon import load_lexicon

names = importlib.import_module("custody.extract.names")
name_memory = importlib.import_module("custody.extract.name_memory")


def _found(text: str) -> list[str]:
    return [h.name for h in names.find_names(load_lexicon(), text, {})]


def test_a_plural_role_word_marks_the_names_listed_after_it() -> None:
    text = "The deal frees hostages Tamar Vilner, Oren Sadeh and Gil Amsalem this week."
    assert _found(text) == ["Tamar Vilner", "Oren Sadeh", "Gil Amsalem"]


def test_a_plural_and_a_comma_do_not_mark_a_name() -> None:
    text = "Rebels detained four aid employees, Deputy Spokesperson Farid Omar said on Monday."
    assert "Farid Omar" not in _found(text)


def test_names_listed_with_ages_between_semicolons() -> None:
    text = "Then five more walked free: Dana Peretz, 31; Yuval Harari, 27; and Noa Levin, 22."
    assert _found(text) == ["Dana Peretz", "Yuval Harari", "Noa Levin"]


def test_a_name_held_by_someone() -> None:
    assert _found("Talks stalled over rebel-held Marco Ferri and two others.") == ["Marco Ferri"]


def test_names_of_a_list_after_an_exchange_share_one_record() -> None:
    events = reportable(
        run(
            "Israel freed 200 prisoners on Saturday in exchange for the return of hostages "
            "Tamar Vilner, Oren Sadeh and Gil Amsalem."
        )
    )
    named = [e for e in events if e.count is None]
    assert [set(e.people.names) for e in named] == [{"Tamar Vilner", "Oren Sadeh", "Gil Amsalem"}]


def test_a_speaker_after_an_appositive_is_not_in_custody() -> None:
    events = reportable(
        run(
            "Russia freed 40 Ukrainian prisoners on Friday. Lena Marsh, a rights activist "
            "in the occupied south, said Ukraine received the bodies of 12 soldiers."
        )
    )
    assert not [e for e in events if "Lena Marsh" in e.people.names]


def test_someones_lawyer_is_not_the_person_in_custody() -> None:
    events = reportable(
        run(
            "Israeli forces arrested the journalist Samir Odeh in Hebron on Monday. "
            "Odeh's lawyer, Rami Haddad, said the army had not charged him."
        )
    )
    find(events, dict(type="detention", names={"Samir Odeh"}))
    assert not [e for e in events if "Rami Haddad" in e.people.names]


def test_a_role_and_what_tells_more_of_it_mark_the_name_after_them() -> None:
    events = reportable(
        run(
            "Police in the capital detained the well-known boxer, the champion of the 2019 "
            "games, Levan Kipiani, on Sunday. Officers released the jailed deputy of the Green "
            "Unity party, Nino Abashidze, on Friday."
        )
    )
    find(events, dict(type="detention", names={"Levan Kipiani"}))
    find(events, dict(type="release", names={"Nino Abashidze"}))


def test_an_officials_role_does_not_mark_a_name_set_after_it() -> None:
    events = reportable(
        run(
            "Gunmen freed 40 schoolboys on Friday, police said. The governor of Kano State, "
            "Musa Bello, received the freed boys at his office."
        )
    )
    assert not [e for e in events if "Musa Bello" in e.people.names]


def test_a_first_name_alone_as_a_subject_is_the_person_named_before() -> None:
    events = reportable(
        run(
            "Rebels released the engineer Paul Mercer on Monday, officials said. "
            "Paul was kidnapped in Bamako in March 2021."
        )
    )
    find(events, dict(type="detention", names={"Paul Mercer"}, place="Bamako"))


def test_a_first_name_shared_by_two_people_is_no_ones() -> None:
    known: dict[str, str] = {}
    lex = load_lexicon()
    text = "Militants freed the nurse Paul Mercer and the teacher Paul Ndiaye on Monday."
    name_memory.remember(lex, known, names.find_names(lex, text, known))
    assert not [h for h in names.find_names(lex, "Paul was held in a cave.", known)]
    assert [h.name for h in names.find_names(lex, "Mercer was held in a cave.", known)] == [
        "Paul Mercer"
    ]


def test_a_relative_clause_tells_of_the_name_just_before_it() -> None:
    events = reportable(
        run(
            "Karim Haddad, 63, died in Israeli custody on Sunday, a prisoners' group said. "
            "Haddad was the father of the detainee Omar Haddad and of the former prisoner "
            "Yusuf Haddad, who was released in March."
        )
    )
    freed = [e for e in events if e.type == "release"]
    assert all(set(e.people.names) <= {"Yusuf Haddad"} for e in freed)


def test_the_main_verb_after_a_relative_clause_is_the_subjects() -> None:
    events = reportable(
        run(
            "Taliban officials freed a British couple on Friday. Peter Hale, 80, and the "
            "teacher Ruth Hale, 76, who ran a school in Bamiyan, were arrested in February."
        )
    )
    e = find(events, dict(type="detention"))
    assert "Peter Hale" in e.people.names


def test_a_pronoun_after_a_lawyers_words_is_not_the_lawyer() -> None:
    events = reportable(
        run(
            "Police arrested the activist Rana Aziz in Amman on Monday. Her lawyer, Samir "
            "Khoury, said her detention was unlawful."
        )
    )
    assert not [e for e in events if "Samir Khoury" in e.people.names]


def test_the_first_to_be_freed_is_one_of_the_batch_of_their_nationality() -> None:
    events = reportable(
        run(
            "Militants in Gaza freed three Israeli hostages and five Thai workers on Thursday. "
            "The first to be freed was 19-year-old Israeli soldier Noa Amit, who was handed "
            "to the Red Cross."
        )
    )
    find(events, dict(type="release", value=3, names={"Noa Amit"}))
    assert not [e for e in events if e.count and e.count.value == 5 and e.people.names]


def test_a_relatives_first_name_takes_the_family_name() -> None:
    lex = load_lexicon()
    known = {"Levi": "Omer Levi"}
    text = (
        "Omer Levi was freed on Monday, but his younger brother Tal, who remains in Gaza, was not."
    )
    got = [(h.name, h.rule) for h in names.find_names(lex, text, known)]
    assert ("Tal Levi", "names:kin-of:Levi") in got
    text = "The army identified the bodies of the Levi boys Ariel and Noam on Sunday."
    assert {"Ariel Levi", "Noam Levi"} <= {h.name for h in names.find_names(lex, text, known)}


def test_a_first_name_after_a_family_word_without_a_family_is_no_one() -> None:
    text = "Gunmen abducted a man and his son Tal near the border on Monday."
    assert not names.find_names(load_lexicon(), text, {})


def test_a_relatives_name_does_not_take_over_the_family_name() -> None:
    known: dict[str, str] = {}
    lex = load_lexicon()
    text = "Hamas freed the hostage Omer Levi, whose brother Tal remains in Gaza."
    name_memory.remember(lex, known, names.find_names(lex, text, known))
    assert known["Levi"] == "Omer Levi" and known["Tal"] == "Tal Levi"


def test_due_to_a_cause_is_no_plan() -> None:
    events = reportable(
        run(
            "During protests in the capital, due to the government's refusal to talk, police "
            "beat and detained the well-known singer, the winner of a national prize, Nino "
            "Beridze. The student Giorgi Kapanadze is due to be released on Friday."
        )
    )
    find(events, dict(type="detention", status="occurred", names={"Nino Beridze"}))
    find(events, dict(type="release", status="planned", names={"Giorgi Kapanadze"}))


def test_a_person_named_along_with_another() -> None:
    text = (
        "Dan Amir, a dual French-Israeli citizen, along with Yoav Segal, were handed over to "
        "the Red Cross on Saturday."
    )
    assert _found(text) == ["Dan Amir", "Yoav Segal"]


def test_a_capture_told_in_the_names_appositive() -> None:
    events = reportable(
        run(
            "Hamas freed four hostages on Sunday, the army said. Among them was Ravi Sharma, "
            "the Indian farm worker abducted from a kibbutz in October 2023."
        )
    )
    find(events, dict(type="detention", names={"Ravi Sharma"}))
    events = reportable(
        run(
            "Lena Kurz, the German-Austrian researcher abducted in Baghdad in March 2023, was "
            "freed on Tuesday, officials said."
        )
    )
    find(events, dict(type="detention", names={"Lena Kurz"}))
    find(events, dict(type="release", names={"Lena Kurz"}))


def test_a_surname_that_is_also_a_title() -> None:
    text = "Police identified the freed men as Musa Imam, a trader, and Bello Sani."
    assert "Musa Imam" in _found(text)


def test_who_speaks_after_a_relative_clause_is_not_freed() -> None:
    events = reportable(
        run(
            "Gunmen released five more train passengers on Tuesday. A publisher, Sani Bello, "
            "who had negotiated earlier releases, confirmed the release of the five captives."
        )
    )
    assert not [e for e in events if "Sani Bello" in e.people.names]


def test_the_subject_of_another_verb_is_not_the_people_in_its_object() -> None:
    events = reportable(
        run(
            "Gunmen released five hostages on Tuesday, police said. Mr Bello thanked the "
            "freed hostages for their patience."
        )
    )
    assert not [e for e in events if e.people.names]


def test_a_family_word_before_two_people_of_one_family_name() -> None:
    known = {"Levi": "Omer Levi"}
    text = "Freed were Omer Levi, 22; twin brothers Gal and Ziv Barak, 28; and Tom Ohana, 24."
    got = {h.name for h in names.find_names(load_lexicon(), text, known)}
    assert "Gal Levi" not in got and {"Gal Barak", "Ziv Barak"} <= got


def test_someone_held_by_an_actor_told_before_the_name() -> None:
    events = reportable(
        run(
            "Israel weighed a prisoner release in exchange for Hamas-held Yoni Ashkar, "
            "officials said on Monday."
        )
    )
    find(events, dict(type="holding", status="occurred", holder="Hamas", names={"Yoni Ashkar"}))


def test_a_named_release_told_as_one_of_a_group_joins_the_batch() -> None:
    events = reportable(
        run(
            "Freed prisoner Karim Saadi is carried by the crowd on arrival with others in "
            "Ramallah after their release by Israel. Israel released 110 Palestinian "
            "prisoners on Thursday, officials said."
        )
    )
    find(events, dict(type="release", value=110, names={"Karim Saadi"}))
    assert not [e for e in events if e.count is None and e.type == "release"]
