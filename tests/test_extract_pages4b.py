"""Releases outside exchanges, as unseen pages write them (issue 8, the ninth session's
fourth round): kidnap victims rescued or reunited with their families, political prisoners
pardoned, journalists and aid workers freed. Each error was found on a page custody had
never seen (docs/accuracy-unseen.md) and fixed by a general mechanism; the sentences here
are written for the project.

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _types_of(events: list, value: int) -> set[str]:
    return {e.type for e in reportable(events) if e.count and e.count.value == value}


# ------------------------------------------------------------------ people nouns


def test_diplomats_are_people() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Three Turkish diplomats seized in Benghazi last week have been freed, the "
        "foreign ministry said on Monday."
    )
    find(events, dict(type="release", status="occurred", value=3, nationality={"Turkish"}))


def test_an_outlet_name_with_an_arabic_article_may_sit_before_the_noun() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Three al-Arabiya reporters have been released on bail after a month in a Cairo "
        "jail, their lawyer said on Sunday."
    )
    find(events, dict(type="release", value=3))


def test_a_lone_demonym_before_a_participle_is_one_person() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. An Austrian working for a "
        "charity, who was abducted by tribesmen in the east, was released this week."
    )
    find(events, dict(type="release", value=1, nationality={"Austrian"}))


def test_a_lone_demonym_accused_of_a_crime_is_one_person() -> None:
    events = run(
        "Gunmen freed two teachers on Sunday, police said. Tehran freed a Dane accused of "
        "spying on Monday, state media said."
    )
    find(events, dict(type="release", value=1))


# ------------------------------------------------- 'reunited N victims with their families'


def test_reuniting_people_with_their_families_is_a_release_and_holds_no_one() -> None:
    events = run(
        "The Kogi State Police Command on Friday reunited 42 victims of kidnapping, among "
        "them 20 women, with their families after a week of medical care."
    )
    rel = find(events, dict(type="release", status="occurred", value=42))
    assert rel.holder is None  # who reunites them is not who held them
    assert _types_of(events, 20) <= {"release"}  # 'victims of kidnapping': no new capture
