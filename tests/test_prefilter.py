"""custody.extract.prefilter: the cheap document test, with and without the automaton."""

from __future__ import annotations

import pytest

from custody.extract import prefilter
from custody.extract.prefilter import may_be_custody

CUSTODY = [
    "Gunmen kidnapped 30 passengers on the highway.",
    "Russia returned 150 Ukrainian prisoners of war.",  # 'prison' in 'prisoners'
    "The group said it released 12 villagers on Sunday.",  # a release verb, then a counted group
    "The 13 women were released on Friday.",  # people, then 'were released'
    "Journalist Evan Gershkovich was freed on Thursday.",  # a name, then 'was freed'
    "Hamas freed Romi Gonen and Emily Damari.",  # 'freed' and a name
    "The families were reunited with their families at last.",
    "Four soldiers are still in Hamas hands, the army said.",
    "Russia has captured two British soldiers in Kursk.",  # a capture verb, then a counted group
    "A total of 49 Ukrainian defenders came home on Friday.",  # counted people, then home
    "The 18 crew members of the seized tanker were released.",  # people, words, 'were released'
    "The swap saw 95 Ukrainians freed.",  # counted people right before 'freed'
    "24 schoolgirls freed",  # a headline: counted people, then 'freed'
    "Gunmen free 12 worshippers seized from a church",  # 'free', then a counted group
    "Russia returns 84 servicemen",
    "Nine Ukrainian civilians returned from Russia",  # counted people, then 'returned'
    "Security forces round up 60 opposition supporters",
    "Two aid workers seized in Mali",  # counted people, then 'seized'
    "More than 300 students were taken from a school by gunmen.",  # people, 'taken from'
    "115 Russian servicemen had been returned from Ukraine.",  # people, then 'been returned'
    "Thanks to the negotiators, 49 more Ukrainians are home.",  # people, then 'are home'
    "At least 30 civilians were forcibly disappeared in El Fasher.",
    "Olivier Grondeau, held in Iran for two years, has been released.",  # an appositive
]
OTHER = [
    "The central bank held rates steady and released quarterly figures.",
    "Rescuers freed 23 people trapped in cars after the floods.",
    "The prime minister held talks with coalition partners.",
    "Tickets were released on Monday and sold out within minutes.",
    "The champions took no prisoners in midfield.",
    "Shares in unreleased products rose 4%.",
    "Rebels captured the town of Goma on Monday.",  # a capture with no counted people
    "The team came home with two medals.",  # home, with no counted people before it
    "She won the final set. Two players were injured.",  # 'set' is no custody verb
    "Twelve miners trapped underground were brought up alive.",
    "The team was taken from the airport to its hotel.",  # 'taken from' with no counted people
    "",
]


@pytest.mark.parametrize("text", CUSTODY)
def test_custody_documents_pass(text: str) -> None:
    assert may_be_custody(text)


@pytest.mark.parametrize("text", OTHER)
def test_other_news_is_stopped(text: str) -> None:
    assert not may_be_custody(text)


@pytest.mark.parametrize("text", CUSTODY + OTHER)
def test_without_the_automaton_the_answer_is_the_same(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_automaton = may_be_custody(text)
    monkeypatch.setattr(prefilter, "_automaton", lambda: None)
    assert prefilter._scan(text.lower()) is None
    assert may_be_custody(text) == with_automaton


def test_the_automaton_is_used_when_installed() -> None:
    pytest.importorskip("ahocorasick_rs")
    assert prefilter._scan("they held 12 villagers") == (False, False, False, [9], [], False)


@pytest.mark.parametrize(
    "low",
    [
        "they held 12 villagers and freed them; the unreleased film was released.",
        "the hands of the prison guard released a statement",
        "caf\u00e9 owners were freed, the film released in s\u00e3o paulo",  # not ASCII
        "two men were hanged and a third has been held since may",
        "",
    ],
)
def test_the_automaton_finds_what_the_substring_tests_find(low: str) -> None:
    pytest.importorskip("ahocorasick_rs")
    found = prefilter._scan(low)
    assert found is not None
    by_substrings = prefilter._scan_by_substrings(low)
    assert found._replace(freed=sorted(found.freed)) == by_substrings._replace(
        freed=sorted(by_substrings.freed)
    )


def test_a_brief_freeing_a_national_of_a_role_is_read() -> None:
    from custody.extract.prefilter import may_be_custody

    assert may_be_custody("Russia freed US journalist Dan Keller on Thursday.")
    assert may_be_custody("Iran frees French tourist Paul Girard after eight months")
    assert may_be_custody("Venezuela releases American citizen after talks in Caracas")
    assert not may_be_custody("The band releases its new album on Friday.")
    assert not may_be_custody("The reform frees up cash for schools, the minister said.")
    # an adjective before the nationality or the role
    assert may_be_custody("Iran freed an elderly British couple on Monday, officials said.")
    assert may_be_custody("The junta releases jailed journalist after two years")
    assert not may_be_custody("The studio releases a new album by the French band on Friday.")
    # one person of a role freed, told in a headline or lead with no article
    assert may_be_custody("German priest freed in Mali\n\nThe priest was released on Sunday.")


def test_a_brief_of_people_held_by_name_or_put_to_death_is_read() -> None:
    from custody.extract.prefilter import may_be_custody

    assert may_be_custody(
        "Aid worker Lena Marsh and her husband Tom Marsh have been held in Iran since May."
    )
    assert may_be_custody("Iran hanged two men on Saturday over last year's protests.")
    assert not may_be_custody("The summit has been held in Paris every year since 2019.")
    assert not may_be_custody("The firm executed 3 trades before noon, the exchange said.")
    assert may_be_custody("Iran hanged a Kurdish prisoner on Thursday, rights groups said.")
    assert not may_be_custody("The firm executed a trade before noon, the exchange said.")
