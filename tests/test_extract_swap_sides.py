"""Sides of a swap that were lost or mistyped, on sentences written for this project:
a batch told as 'an additional N' is a batch of its own, and people 'who risked death'
in captivity and are returned are released, not dead."""

from __future__ import annotations

from test_extract import find, run


def test_an_additional_batch_is_not_a_part_of_the_swap() -> None:
    text = (
        "Russia and Ukraine each swapped 140 prisoners on Monday. "
        "Russia said it had released an additional 6 sick Ukrainian prisoners."
    )
    events = run(text, published="2031-06-03")
    six = find(events, dict(type="release", value=6, holder="Russia"))
    assert not six.aggregate


def test_prisoners_who_risked_death_are_returned_not_dead() -> None:
    text = (
        "The ministry said that 90 Russian prisoners of war who risked death in captivity "
        "are being returned from areas under Kyiv's control."
    )
    events = run(text, published="2031-06-03")
    find(events, dict(type="release", value=90))
    assert not [e for e in events if e.type == "death_in_custody"]


def test_a_death_in_custody_is_still_one() -> None:
    events = run(
        "Two detainees died in custody at the Dalen jail on Sunday.", published="2031-06-03"
    )
    find(events, dict(type="death_in_custody", value=2))


def test_the_unnamed_sides_of_a_swap_are_the_reports_two_sides() -> None:
    text = (
        "Russia and Ukraine each freed 103 prisoners of war on Saturday. "
        "In the swap before it, the two countries each exchanged 115 prisoners of war on 24 August."
    )
    events = run(text, published="2024-09-15")
    russia = find(events, dict(type="release", value=115, holder="Russia"))
    ukraine = find(events, dict(type="release", value=115, holder="Ukraine"))
    assert list(russia.people.nationality) == ["Ukrainian"]
    assert list(ukraine.people.nationality) == ["Russian"]
    rules = {p.field: p.rule for p in russia.provenance} | {
        p.field: p.rule for p in ukraine.provenance
    }
    assert "holder:the-report's-two-sides" in {
        {p.field: p.rule for p in e.provenance}["holder"] for e in (russia, ukraine)
    }, rules


def test_unnamed_sides_stay_unnamed_when_the_report_names_none() -> None:
    events = run("The two countries each exchanged 115 prisoners of war on Saturday.")
    sides = [e for e in events if e.type == "release" and e.count and e.count.value == 115]
    assert sides and all(e.holder is None for e in sides)
