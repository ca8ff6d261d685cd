"""People's names the extractor did not read as names, the ways unseen pages write them
(docs/accuracy-unseen.md, "Thirteenth round (eighteenth session), pages13a"): a name after
the 'that' of a report, a first name alone with an age or a 'who' clause of custody, a
relative told as someone's kin, and places, bodies and titles taken as names. Each fixed in
a general mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

import importlib

from test_extract import find, run

from custody.extract.lexicon import load_lexicon

_names = importlib.import_module("custody.extract.names")


def _found(text: str) -> set[str]:
    return {h.name for h in _names.find_names(load_lexicon(), text, {})}


def _named(events: list) -> set[str]:  # type: ignore[type-arg]
    return {n for e in events for n in e.people.names}


# ------------------------------------------------------------ after the 'that' of a report


def test_a_name_after_a_reports_that_and_an_apposition_is_the_one_freed() -> None:
    # (the 'that' of 'said on Tuesday that' opens no relative clause)
    events = run(
        "Oman said it had helped free a Danish engineer held in Iran. The Danish foreign "
        "ministry said on Tuesday that Henrik Solvang, held in Evin since 2022, had been "
        "released and was flying home."
    )
    find(events, dict(type="release", status="occurred", names={"Henrik Solvang"}))


def test_a_name_before_a_quoted_custody_verb_is_its_subject() -> None:
    events = run(
        "Belarus freed a British teacher after two years in a penal colony. The Foreign "
        'Office said that Lorna Whitfield "was released on Sunday" and had crossed into '
        "Lithuania."
    )
    find(events, dict(type="release", status="occurred", names={"Lorna Whitfield"}))


def test_a_capitalised_role_apposition_between_the_name_and_the_custody_verb() -> None:
    found = _found(
        "Tunde Ajayi, Treasurer of the Market Union of the Oke Ogun People, was seized on Monday."
    )
    assert found == {"Tunde Ajayi"}  # (not 'Oke Ogun People': a body after 'the')


# ------------------------------------------------------------ titles and places are no names


def test_two_titles_or_a_place_after_at_are_no_names() -> None:
    events = run(
        "Gunmen freed two Catholic priests in Enugu state on Friday. Police said Rev Fr, "
        "Cyril Anozie, was freed unhurt. The catechist kidnapped with him at Umu Nneke was "
        "released on Saturday."
    )
    find(events, dict(type="release", status="occurred", names={"Cyril Anozie"}))
    assert _named(events) <= {"Cyril Anozie"}  # not 'Fr', not 'Umu Nneke'


# ------------------------------------------------------------ one-word names


def test_a_first_name_alone_with_an_age_and_a_custody_verb_is_a_name() -> None:
    events = run(
        "Hamas freed five more hostages on Sunday under the truce. A girl, Noga, 12, was "
        "handed to the Red Cross first, the army said."
    )
    assert "Noga" in _named(events)
    assert _found("The youngest, Noga (12), was handed over first.") == {"Noga"}


def test_a_first_name_alone_with_a_who_clause_or_a_year_old_role_of_capture() -> None:
    assert _found("Among them was Taras, 27, who was captured near Bakhmut in 2023.") == {"Taras"}
    assert _found("The swap brought home Taras, a 27-year-old paratrooper captured in 2023.") == {
        "Taras"
    }


def test_a_capitalised_word_with_an_age_and_no_custody_word_is_no_name() -> None:
    # (an age alone marks no one held: a friend, a relative, a figure)
    assert _found("Her friend Talia, 10, waited at the hospital with flowers.") == set()
    assert _found("In Gaza, 34 people were killed on Monday.") == set()


def test_a_first_name_after_kin_of_takes_the_family_name_of_the_one_named() -> None:
    text = (
        "Doron Almog, father of Shira, who was freed in the second exchange, spoke to "
        "reporters on Sunday."
    )
    assert _found(text) == {"Shira Almog"}


# ------------------------------------------------------------ a relative is not the one held


def test_a_relative_told_as_the_kin_of_the_one_held_is_not_marked_as_held() -> None:
    # ('X, the brother of Y': X is told of as Y's kin; 'X, the brother' alone was a role)
    found = _found(
        "Karim Sadiq, the brother of Nasir Sadiq, a US citizen held by the Taliban since "
        "2022, hoped he would be freed soon."
    )
    assert "Karim Sadiq" not in found


def test_a_surname_after_another_persons_given_name_is_that_person() -> None:
    events = run(
        "Iran released three dual nationals on Monday. Among the released were Farid "
        "Tabrizi, Omid Rahimi and Nasrin Bahari. Kaveh Tabrizi, the brother of Farid "
        "Tabrizi, said the release came after months of talks. Farid Tabrizi, in his late "
        "fifties, was first detained in 2019."
    )
    find(events, dict(type="detention", status="occurred", names={"Farid Tabrizi"}))
    assert "Kaveh Tabrizi" not in _named(events)


# ------------------------------------------------------------ lists of names


def test_a_list_of_names_each_told_with_where_it_is_from() -> None:
    found = _found(
        "The kidnappers let go three seminarians, identified as Paul Okeke of Nsukka, Ben "
        "Obiora of the Seminary of Awka, and Jude Nwosu of Enugu."
    )
    assert {"Paul Okeke", "Ben Obiora", "Jude Nwosu"} <= found


def test_a_list_after_they_are_in_the_middle_of_a_sentence() -> None:
    found = _found(
        "The four freed civilians landed in Kyiv late on Thursday; they are Oksana Melnyk, "
        "Ihor Bondar, Taras Hlushko and Iryna Voloshyn."
    )
    assert {"Oksana Melnyk", "Ihor Bondar", "Taras Hlushko", "Iryna Voloshyn"} <= found


def test_names_set_beside_a_group_told_with_where_it_was_held() -> None:
    found = _found(
        "Kyiv named the two journalists jailed in Crimea - Oksana Melnyk and Ihor Bondar - "
        "as part of the exchange."
    )
    assert {"Oksana Melnyk", "Ihor Bondar"} <= found


def test_two_names_with_a_plural_apposition_before_the_custody_verb() -> None:
    found = _found(
        "Oksana Melnyk and Ihor Bondar, teachers, were detained at a checkpoint in 2019."
    )
    assert found == {"Oksana Melnyk", "Ihor Bondar"}


# ------------------------------------------------------------ titles and speakers


def test_a_monsignor_is_a_title_not_part_of_the_name() -> None:
    events = run(
        "Managua sent eleven jailed clergy to the Vatican on Saturday. Police arrested Msgr "
        "Tomas Rivas at his parish house in a night raid in 2023."
    )
    find(events, dict(type="detention", status="occurred", names={"Tomas Rivas"}))


def test_someone_with_a_lower_case_role_of_a_body_who_speaks_is_a_speaker() -> None:
    lex = load_lexicon()
    text = (
        "Vincent Ugwu, secretary of the Orlu diocesan council, told reporters the two men were "
        "safe."
    )
    spoken = _names.NameHit("Vincent Ugwu", 0, len("Vincent Ugwu"), "")
    assert _names.is_speaking(_names.person_cues(lex), text, spoken)


def test_a_name_with_two_particles_or_ben_is_read_whole() -> None:
    events = run(
        "Venezuela freed 17 opposition activists on Friday, a rights group said. "
        "Among them was Luis Alberto de la Vega, who had been held in a Caracas jail since 2024."
    )
    # (on main the name stopped at 'de': 'Luis Alberto', a wrong name)
    find(events, dict(type="release", status="occurred", names={"Luis Alberto de la Vega"}))
    assert _found("Police said Hendrik van der Merwe was released on Sunday.") == {
        "Hendrik van der Merwe"
    }
    assert _found("Police said Karim ben Salah was released on Sunday.") == {"Karim ben Salah"}
