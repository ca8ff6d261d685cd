"""Slots, deals and false records, told the way unseen pages tell them (docs/accuracy-unseen.md,
"Seventh round (twelfth session), pages7c: slots, deals, false records"): a broker named in a
side's own sentence, a truce's first phase told after the agreement. Each fixed by a general
mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, run

# ---------------------------------- deals: an exchange whose broker a side's sentence names


def test_an_exchange_whose_broker_only_one_sides_sentence_names_is_a_deal() -> None:
    events = run(
        "The minister said there had lately been a swap: 60 men for 60 men. Thanks to talks "
        "mediated by Qatar, 60 Ruritanian soldiers held by Borduria came home on Friday."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert "Qatar" in deal.mediators
    assert any(t.count and t.count.value == 60 for t in deal.terms)


# ------------------------------------------ deals: a truce's phase told a sentence or more after it


def test_a_release_in_the_first_phase_of_an_agreement_told_before_is_its_term() -> None:
    events = run(
        "Israel and Hamas have agreed to a truce in Gaza, the mediators said on Wednesday. "
        "Fifty hostages will be freed in the first phase of the agreement, officials said."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert [t.count.value for t in deal.terms if t.count] == [50]


def test_the_first_phase_two_sentences_after_the_agreement_is_still_its_term() -> None:
    events = run(
        "The warring sides reached an agreement on Tuesday to swap hostages and prisoners. "
        "Egypt and Qatar will monitor the truce from Cairo. In the first phase, Hamas will "
        "release 40 Israeli hostages."
    )
    deal = find(events, dict(type="deal", status="occurred"))
    assert [t.count.value for t in deal.terms if t.count] == [40]


def test_a_first_phase_with_no_agreement_told_makes_no_deal() -> None:
    events = run(
        "Hostage families gathered in Tel Aviv on Saturday, organisers said. In the first "
        "phase, Hamas would release 40 Israeli hostages, a newspaper speculated."
    )
    assert not [e for e in events if e.type == "deal"]
