"""Detentions, holdings, deaths in custody, deportations and exchanges told without the usual
custody word, the way unseen pages tell them (docs/accuracy-unseen.md, "Thirteenth round
(eighteenth session), pages13c"). Each fixed by a general mechanism and tested here on
sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

from custody.extract.prefilter import may_be_custody

# ------------------------------------------------------ children deported (forced transfers)


def test_a_state_that_has_deported_children_moved_them_as_a_running_total() -> None:
    events = run(
        "Moscow has deported more than 19,000 Ukrainian children since the full-scale "
        "invasion began, Ukraine's children's ombudsman said on Tuesday."
    )
    e = find(events, dict(type="transfer", status="occurred", count=(19000, "more_than")))
    assert e.aggregate
    assert e.holder == "Russia"
    assert "children" in e.people.categories


def test_children_forcibly_transferred_are_a_transfer() -> None:
    text = (
        "Kyiv says some 20,000 Ukrainian children have been forcibly deported to Russia or to "
        "occupied territory since February 2022."
    )
    assert may_be_custody(text)
    e = find(run(text), dict(type="transfer", value=20000))
    assert e.aggregate


def test_children_counted_as_deported_are_read_by_the_prefilter() -> None:
    text = "Officials in Kyiv said 19,546 children have been deported since the war began."
    assert may_be_custody(text)
    find(run(text), dict(type="transfer", value=19546, aggregate=True))


def test_a_headline_that_a_state_deports_children_is_a_running_total() -> None:
    events = run(
        "Russia deports 6,000 Ukrainian children, Kyiv says\n\n"
        "The figure was given by a deputy minister on Friday."
    )
    find(events, dict(type="transfer", value=6000, aggregate=True, holder="Russia"))


def test_migrants_deported_to_a_prison_are_one_batch_not_a_total() -> None:
    events = run(
        "About 120 migrants detained in the United States were deported to a "
        "maximum-security prison in Honduras on Friday, officials said."
    )
    for e in reportable(events):
        if e.type == "transfer":
            assert not e.aggregate
