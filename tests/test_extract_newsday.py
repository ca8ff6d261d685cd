"""The day of a report's exchange, carried to the releases it tells without a day
(custody/extract/newsday.py), on sentences written for this project."""

from __future__ import annotations

from test_extract import find, run

from custody.extract.newsday import RULE

# sentences with no custody word: the undated release is told far from the dated one
FILLER = (
    "Crowds waited in the rain outside the gates for most of the afternoon. "
    "Families carried flags and photographs. "
    "Buses left the compound after dark, escorted by police cars. "
)
SWAP = (
    "The Astravan prison service freed 140 Kessian detainees on Thursday under the truce. "
    "Earlier, the Northern Front handed four Astravan hostages to the Red Cross near the border. "
    + FILLER
    + "Six Thai farm workers were also freed."
)


def _rule(e: object) -> str:
    return {p.field: p.rule for p in e.provenance}.get("date", "")  # type: ignore[attr-defined]


def test_undated_sides_take_the_one_day_the_report_gives() -> None:
    events = run(SWAP, published="2031-03-07")
    find(events, dict(type="release", value=140, date="2031-03-06"))
    four = find(events, dict(type="release", value=4, date="2031-03-06"))
    six = find(events, dict(type="release", value=6, date="2031-03-06"))
    assert RULE in (_rule(four), _rule(six))
    assert _rule(six) == RULE


def test_two_recent_days_leave_the_undated_side_undated() -> None:
    text = (
        "The Astravan prison service freed 140 Kessian detainees on Thursday. "
        "The Northern Front freed 12 hostages on Tuesday. "
        + FILLER
        + "Six Thai farm workers were also freed."
    )
    events = run(text, published="2031-03-07")
    assert find(events, dict(type="release", value=6)).date is None


def test_no_publication_day_no_report_day() -> None:
    events = run(SWAP, published=None)
    assert find(events, dict(type="release", value=6)).date is None


def test_an_exchange_long_before_publication_gives_no_day() -> None:
    text = (
        "The Astravan prison service freed 140 Kessian detainees on 2 January 2031. "
        + FILLER
        + "Six Thai farm workers were also freed."
    )
    events = run(text, published="2031-03-07")
    assert find(events, dict(type="release", value=6)).date is None


def test_background_sentence_keeps_no_day() -> None:
    text = (
        "The Astravan prison service freed 140 Kessian detainees on Thursday. "
        + FILLER
        + "In 2029, the Northern Front freed six Thai farm workers."
    )
    events = run(text, published="2031-03-07")
    six = find(events, dict(type="release", value=6))
    assert six.date != "2031-03-06"
