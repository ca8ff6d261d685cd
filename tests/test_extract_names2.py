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
