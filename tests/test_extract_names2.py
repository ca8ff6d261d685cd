"""Named people told without a cue word of their own, names told again by a title or a
pronoun, and names that are not of anyone in custody, on sentences written for this
project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

import importlib

from test_extract import find, reportable, run

from custody.extract.lexicon import load_lexicon

names = importlib.import_module("custody.extract.names")


def _found(text: str) -> list[str]:
    return [h.name for h in names.find_names(load_lexicon(), text, {})]


def test_names_listed_before_the_subject_of_a_custody_verb() -> None:
    text = "Sara Telem, Avi Dror and Moran Kessel were handed over to the Red Cross."
    assert _found(text) == ["Sara Telem", "Avi Dror", "Moran Kessel"]


def test_a_name_before_a_plain_verb_is_not_marked_by_the_list_after_it() -> None:
    text = "Prime Minister Dov Ariel met Sara Telem, Avi Dror and Moran Kessel on Monday."
    assert "Dov Ariel" not in _found(text)


def test_a_team_held_to_a_draw_is_not_held() -> None:
    assert _found("Later Real Sociedad and Dynamo Riga were held to a draw at home.") == []


def test_as_many_names_as_the_batch_just_counted_are_its_people() -> None:
    events = reportable(
        run(
            "Hamas freed three hostages on Sunday, officials said. Sara Telem, Avi Dror and "
            "Moran Kessel were handed over to the Red Cross in Gaza City."
        )
    )
    got = find(events, dict(type="release", value=3))
    assert set(got.people.names) == {"Sara Telem", "Avi Dror", "Moran Kessel"}
    assert not [e for e in events if e.count is None]


def test_names_of_another_nationality_are_not_the_batch_before() -> None:
    events = reportable(
        run(
            "Iran's judiciary said 2 nationals of a European country were still in custody. "
            "French nationals Anne Morel and Luc Garnier have been held in Tehran's Evin "
            "prison since 2022."
        )
    )
    find(events, dict(type="holding", value=2))
    find(events, dict(type="holding", count=None, names={"Anne Morel", "Luc Garnier"}))


def test_the_names_after_named_as_join_the_batch_counted_before() -> None:
    events = reportable(
        run(
            "Hamas freed three hostages on Sunday, officials said. The three were named as "
            "Sara Telem, Avi Dror and Moran Kessel."
        )
    )
    got = find(events, dict(type="release", value=3))
    assert set(got.people.names) == {"Sara Telem", "Avi Dror", "Moran Kessel"}


def test_a_demand_for_a_release_before_a_relative_clause_that_tells_the_arrest() -> None:
    events = reportable(
        run(
            "Hamas still holds 59 hostages, officials said. Washington has demanded the "
            "release of Carl Wendt, who was arrested in Minsk in 2021."
        )
    )
    find(events, dict(type="release", status="demanded", names={"Carl Wendt"}))
    find(events, dict(type="detention", status="occurred", names={"Carl Wendt"}))


def test_he_is_the_subject_of_the_sentence_before_with_no_custody_word() -> None:
    events = reportable(
        run(
            "Police detained dozens of protesters on Sunday, officials said. Pavel Rusu had "
            "spoken at the rally. He was detained late on Sunday."
        )
    )
    find(events, dict(type="detention", names={"Pavel Rusu"}))


def test_a_place_and_a_rank_opening_a_sentence_are_no_ones_name() -> None:
    lex = load_lexicon()
    text = "Former Northland state minister Ivo Marn, held since 2023, has begun a hunger strike."
    subjects = importlib.import_module("custody.extract.name_subjects")
    assert [h.name for h in subjects.subject_names(lex, text, {})] == []


def test_he_is_the_subject_of_a_later_verb_of_his_clause() -> None:
    events = reportable(
        run(
            "Russia freed 95 Ukrainian soldiers on Friday, officials said. Rights activist "
            "Maksym Borko was freed in the swap. He joined the army in March 2022, was "
            "detained in June and convicted in 2023."
        )
    )
    find(events, dict(type="detention", names={"Maksym Borko"}))


def test_where_he_was_detained() -> None:
    events = reportable(
        run(
            "North Korea expelled the soldier on Wednesday, officials said. On July 18, Travis "
            "Kong joined a tour of the border area. During the tour, he ran across the border, "
            "where he was detained."
        )
    )
    find(events, dict(type="detention", names={"Travis Kong"}))


def test_an_extradition_is_a_transfer_of_the_man_named_before() -> None:
    events = reportable(
        run(
            "Russia freed an American on Thursday, officials said. Russian citizen Artem Pavlov "
            "was returned home on Thursday. He had been detained in Cyprus at the request of "
            "US officials and extradited to the United States."
        )
    )
    find(events, dict(type="transfer", names={"Artem Pavlov"}))


def test_the_main_verb_after_a_closed_relative_clause_tells_of_the_name() -> None:
    events = reportable(
        run(
            "Israel holds thousands of Palestinian prisoners, officials said. Walid Dakka, who "
            "had been held in Ashkelon since 1986, died in Israeli custody on Sunday."
        )
    )
    find(events, dict(type="death_in_custody", names={"Walid Dakka"}))


def test_an_honorific_and_a_surname_name_the_person_told_before() -> None:
    events = reportable(
        run(
            "Iran freed a British national on Monday, officials said. Engineer Farid Ansari, "
            "68, was arrested in 2017. Mr Ansari was freed from Evin prison on Monday."
        )
    )
    find(events, dict(type="release", names={"Farid Ansari"}))
    assert not [e for e in events if "Mr Ansari" in e.people.names]


def test_an_honorific_and_an_unknown_surname_give_the_surname() -> None:
    assert _found("Mrs Okafor was released on bail on Friday.") == ["Okafor"]


def test_a_possessive_name_is_its_bearer_only_before_a_custody_word() -> None:
    assert _found("The court ordered journalist Evan Brook's release on Monday.") == ["Evan Brook"]
    text = "Opposition leader Maria Kotova’s husband Ivan Kotov is among the released."
    assert _found(text) == ["Ivan Kotov"]


def test_a_prize_before_a_role_word_is_not_a_name() -> None:
    text = "Minsk freed 52 prisoners, including Nobel Peace Prize laureate Ales Bialko."
    assert _found(text) == ["Ales Bialko"]


def test_an_envoy_set_after_a_name_is_not_in_custody() -> None:
    events = reportable(
        run(
            "Belarus freed 14 prisoners on Saturday, officials said. The pardons came after "
            "retired Gen. Karl Kellner, the president's special envoy, held talks in Minsk."
        )
    )
    assert not [e for e in events if "Karl Kellner" in e.people.names]


def test_names_listed_after_a_colon() -> None:
    events = reportable(
        run(
            "Hamas freed three hostages on Sunday, officials said. The three freed were: Sara "
            "Telem, Avi Dror and Moran Kessel."
        )
    )
    got = find(events, dict(type="release", value=3))
    assert set(got.people.names) == {"Sara Telem", "Avi Dror", "Moran Kessel"}


def test_names_before_were_among_those_freed() -> None:
    events = reportable(
        run(
            "Russia freed 16 prisoners on Thursday, officials said. Evan Brook, Paul Wheel "
            "and Ilya Yash were among those freed."
        )
    )
    got = find(events, dict(type="release", value=16))
    assert set(got.people.names) == {"Evan Brook", "Paul Wheel", "Ilya Yash"}


def test_a_detention_center_is_not_a_detention() -> None:
    events = reportable(
        run(
            "Paramilitaries held dozens of Egyptian traders, officials said. For two years, "
            "Emad Sayed had been shuttled from one paramilitary-run detention center to another."
        )
    )
    find(events, dict(type="transfer", names={"Emad Sayed"}))
    assert not [e for e in events if e.type == "detention"]


def test_a_month_after_a_date_with_its_year_is_of_that_year() -> None:
    events = reportable(
        run(
            "Russia freed 95 Ukrainian soldiers on Friday, officials said. Rights activist "
            "Maksym Borko was freed in the swap. He joined the army in March 2022, was "
            "detained in June and convicted in 2023.",
            published="2024-10-19",
        )
    )
    assert find(events, dict(type="detention", names={"Maksym Borko"})).date == "2022-06"


def test_a_persons_records_share_the_holder_told_once() -> None:
    events = reportable(
        run(
            "Hamas freed Dana Levi, 24, on Sunday, officials said. Levi, who also holds "
            "French citizenship, was hurt during her abduction from Kfar Aza."
        )
    )
    got = find(events, dict(type="detention", names={"Dana Levi"}))
    assert got.holder == "Hamas"


def test_a_surname_after_a_title_finds_the_full_name_told_without_a_cue() -> None:
    events = reportable(
        run(
            "The family of Farid Ansari said they were delighted on Monday. Dual national "
            "Mr Ansari, 68, was arrested in August 2017 in Tehran."
        )
    )
    find(events, dict(type="detention", names={"Farid Ansari"}))


def test_a_surname_and_an_age_before_the_verb() -> None:
    events = reportable(
        run(
            "Two hostages held in the Sahel were freed on Monday, officials said. American "
            "aid worker Jon Woodley and French reporter Paul Dumont landed in Niamey. "
            "Woodley was abducted in Niger in 2016, while Dumont, 48, was kidnapped in Mali."
        )
    )
    find(events, dict(type="detention", names={"Paul Dumont"}))


def test_a_custody_word_in_the_appositive_of_the_next_name_is_that_ones() -> None:
    events = reportable(
        run(
            "Iran freed two Europeans on Saturday, officials said. Hours later, Jan Flood, an "
            "EU diplomat, and Said Aziz, a Swedish national arrested in Iran in 2023, landed "
            "in Stockholm."
        )
    )
    got = find(events, dict(type="detention", names={"Said Aziz"}))
    assert "Jan Flood" not in got.people.names


def test_named_people_of_two_nationalities_are_a_record_each() -> None:
    events = reportable(
        run(
            "Jihadists in the Sahel freed hostages on Monday, officials said. The French "
            "journalist Olivier Dumas and the American missionary Jeff Wood have been "
            "released after years in captivity.",
        )
    )
    french = find(events, dict(type="release", names={"Olivier Dumas"}))
    assert french.people.nationality == ("French",)
    american = find(events, dict(type="release", names={"Jeff Wood"}))
    assert american.people.nationality == ("American",)


def test_a_definite_role_is_the_person_named_with_that_role() -> None:
    events = reportable(
        run(
            "Police detained dozens of protesters on Sunday, officials said. Journalist Lena "
            "Varga had criticised the government on Friday. The journalist was arrested at "
            "her home."
        )
    )
    find(events, dict(type="detention", names={"Lena Varga"}))


def test_a_role_never_given_to_the_person_named_is_someone_else() -> None:
    events = reportable(
        run(
            "Police detained dozens of protesters on Sunday, officials said. Lena Varga had "
            "criticised the government on Friday. The student was arrested at her home."
        )
    )
    assert not [e for e in events if "Lena Varga" in e.people.names]


def test_how_long_a_captive_was_held_is_no_arrest() -> None:
    events = reportable(
        run(
            "A Palestinian prisoner died in Israeli custody, officials said. The prisoner "
            "Ahmad Khalil, 42, died in the Negev prison. The captive had been detained since "
            "2023."
        )
    )
    assert not [e for e in events if e.type == "detention"]


def test_a_fronted_possessive_stands_for_the_subject_after_it() -> None:
    events = reportable(
        run(
            "Iran freed a French tourist on Friday, officials said. Following her release, "
            "Lea Moreau, 35, flew to Paris with her brother."
        )
    )
    find(events, dict(type="release", names={"Lea Moreau"}))


def test_names_in_the_latin_alphabets() -> None:
    assert _found("Police detained Istanbul mayor Ekrem İmamoğlu on Wednesday.") == [
        "Ekrem İmamoğlu"
    ]
    assert _found("Polish journalist Łukasz Wróbel was arrested in Minsk.") == ["Łukasz Wróbel"]


def test_people_who_fly_home_while_another_stays_in_jail_are_not_held() -> None:
    events = reportable(
        run(
            "Iran holds several dual nationals, officials said. Pari Tahmasbi, 66, remained "
            "in jail in Tehran while dual nationals Sara Mehdi and Amir Rostami flew home."
        )
    )
    got = find(events, dict(type="holding", names={"Pari Tahmasbi"}))
    assert "Sara Mehdi" not in got.people.names


def test_who_welcomes_the_pardons_is_not_in_custody() -> None:
    events = reportable(
        run(
            "Belarus pardoned 30 prisoners on Wednesday, officials said. Opposition leader "
            "Vera Lukina welcomed the pardons, saying thousands of prisoners were still held."
        )
    )
    assert not [e for e in events if "Vera Lukina" in e.people.names]


def test_the_detained_deputy_named_after_his_role_was_detained() -> None:
    events = reportable(
        run(
            "Police detained 48 protesters in Tbilisi, the ministry said. The security forces "
            "released the detained deputy of the Green Unity party, Nino Abashidze, because "
            "he had immunity."
        )
    )
    find(events, dict(type="detention", names={"Nino Abashidze"}))
    find(events, dict(type="release", names={"Nino Abashidze"}))


def test_a_surname_alone_is_not_a_relative_named_as_someones_kin() -> None:
    events = reportable(
        run(
            "A Palestinian prisoner died in Israeli custody, officials said. Omar Haddad, 63, "
            "from Jenin, died in the Negev prison. Haddad was the father of former prisoner "
            "Sami Haddad, who was released and deported to Egypt this year. With Haddad's "
            "death in custody, the toll rose to 81."
        )
    )
    assert not [
        e for e in events if e.type == "death_in_custody" and "Sami Haddad" in e.people.names
    ]


def test_a_former_marine_named_with_his_age_was_detained() -> None:
    events = reportable(
        run(
            "A court in Moscow sentenced an American on Monday, officials said. Former Marine "
            "Paul Wheel, 53, was detained in December 2018."
        )
    )
    find(events, dict(type="detention", names={"Paul Wheel"}))


def test_someone_who_remains_in_detention_is_held() -> None:
    events = reportable(
        run(
            "The junta detained the former leader in 2021, officials said. Daw Khin Myint "
            "remains in detention in Naypyidaw."
        )
    )
    find(events, dict(type="holding", names={"Daw Khin Myint"}))


def test_a_name_and_her_partner_named_before_the_verb_are_both_held() -> None:
    events = reportable(
        run(
            "Iran arrested two Europeans last year, officials said. Cecile Koll and her "
            "partner Jacques Parr have been held in Evin prison since May 2022."
        )
    )
    find(events, dict(type="holding", names={"Cecile Koll", "Jacques Parr"}))


def test_his_release_after_a_possessive_name_is_that_persons() -> None:
    events = reportable(
        run(
            "Russia jailed a US reporter on Friday, officials said. Evan Brook's family called "
            "for his immediate release."
        )
    )
    find(events, dict(type="release", status="demanded", names={"Evan Brook"}))


def test_they_were_and_a_list_of_names_are_the_batch_before() -> None:
    events = reportable(
        run(
            "Hamas freed three hostages on Saturday, officials said. They were Ohad Ben Ami, "
            "Eli Sharabi and Yarden Levy."
        )
    )
    got = find(events, dict(type="release", value=3))
    assert set(got.people.names) == {"Ohad Ben Ami", "Eli Sharabi", "Yarden Levy"}


def test_a_list_of_names_after_a_colon_names_the_batch_before() -> None:
    events = reportable(
        run(
            "Hamas freed 4 hostages on Friday, officials said.\nThe freed hostages, according "
            "to the prime minister's office, are:\n- Dana Telem, 34\n- Adi Moshe, 72\n- Hana "
            "Katz, 76\n- Ruth Perri, 79\nThe army said all four were in good health.\n"
        )
    )
    got = find(events, dict(type="release", value=4))
    assert set(got.people.names) == {"Dana Telem", "Adi Moshe", "Hana Katz", "Ruth Perri"}


def test_a_list_longer_than_the_batch_is_not_its_people() -> None:
    events = reportable(
        run(
            "Hamas freed 2 hostages on Friday, officials said.\nThe hostages still held "
            "include:\n- Dana Telem, 34\n- Adi Moshe, 72\n- Hana Katz, 76\n"
        )
    )
    got = find(events, dict(type="release", value=2))
    assert not got.people.names


def test_names_listed_after_a_couple_after_comprises() -> None:
    text = "This group of four hostages comprises Gali and Ziv Bar, Matan Angel and Alon Ohad."
    assert _found(text) == ["Gali Bar", "Ziv Bar", "Matan Angel", "Alon Ohad"]
