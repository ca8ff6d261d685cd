"""Deals, swaps and exchanges told the way unseen pages tell them (docs/accuracy-unseen.md,
"Twelfth round (seventeenth session), pages12b: deals, swaps and exchanges"). Each fixed by
a general mechanism and tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, run

# ------------------------------------------------------ an exchange told as mutual


def test_soldiers_mutually_released_under_an_agreement_make_a_deal() -> None:
    events = run(
        "Two neighbours free detained soldiers.\n"
        "An agreement was reached last week on the release of 14 Armenian soldiers by "
        "Azerbaijan and 3 Azerbaijani soldiers by Armenia. The soldiers were mutually "
        "released at the border on Tuesday."
    )
    find(events, dict(type="release", holder="Azerbaijan", value=14))
    find(events, dict(type="release", holder="Armenia", value=3))
    find(events, dict(type="deal", status="occurred", terms=2))


# ------------------------------------------------------ a release that is part of an accord


def test_a_release_the_next_sentence_tells_part_of_a_brokered_deal_makes_a_deal() -> None:
    events = run(
        "Minsk frees 41 prisoners.\n"
        "Belarus has released 41 political prisoners, including a journalist and two "
        "lawyers. The move came as part of a deal brokered by a US envoy, under which "
        "Washington eased sanctions on the state airline."
    )
    deal = find(events, dict(type="deal", status="occurred", terms=1))
    assert deal.deal == "deal"  # (not 'a deal': the article is no part of the name)
    assert any("part of a deal" in e.text for e in deal.evidence)


def test_a_measure_that_is_part_of_a_signed_agreement_makes_a_deal() -> None:
    events = run(
        "Rebels free hostages.\n"
        "The rebel group announced on Monday the release of 12 hostages held in the north. "
        "The measure is part of the agreement signed between the group and the government "
        "during the last round of talks."
    )
    find(events, dict(type="release", status="occurred", value=12))
    find(events, dict(type="deal", status="occurred", terms=1))


def test_a_release_followed_by_another_story_is_no_deal() -> None:
    events = run(
        "Minsk frees 41 prisoners.\n"
        "Belarus has released 41 political prisoners, including a journalist and two "
        "lawyers. A separate trade agreement with China was signed in June."
    )
    assert not [e for e in events if e.type == "deal"]


# ------------------------------------------------------ the deal taken up later as a subject


def test_a_swap_whose_deal_a_later_sentence_takes_up_is_a_deal() -> None:
    events = run(
        "Caracas frees five Americans; Washington frees 2 prisoners.\n"
        "Caracas on Friday freed five Americans held in the country in exchange for the "
        "release of two men jailed in the United States, officials said.\n"
        "The trade of the Americans, including three engineers, is the largest of its kind "
        "this year.\n"
        '"We are glad to welcome home five Americans who were held for too long," an '
        "official said.\n"
        "It is a rare gesture of goodwill between the two governments.\n"
        "The deal follows months of quiet talks by Washington's hostage envoy."
    )
    find(events, dict(type="release", status="occurred", holder="Venezuela", value=5))
    find(events, dict(type="deal", status="occurred", terms=2))


def test_a_swap_told_only_through_its_releases_is_no_deal() -> None:
    events = run(
        "Caracas frees five Americans; Washington frees 2 prisoners.\n"
        "Caracas on Friday freed five Americans held in the country in exchange for the "
        "release of two men jailed in the United States, officials said.\n"
        "The trade of the Americans, including three engineers, is the largest of its kind "
        "this year."
    )
    assert not [e for e in events if e.type == "deal"]


# ------------------------------------------------------ an exchange an agreement provides


def test_an_exchange_each_side_will_make_after_an_agreement_is_the_deals_term() -> None:
    events = run(
        "Moscow and Kyiv agree on new prisoner swap after talks.\n"
        "The two delegations met in Geneva on Friday and agreed on a new humanitarian "
        "track, officials said.\n"
        "Each side would exchange at least 500 prisoners of war in the coming weeks, the "
        "Russian negotiator said."
    )
    find(events, dict(type="deal", status="occurred", terms=1))


def test_an_exchange_each_side_will_make_with_no_agreement_told_is_no_deal() -> None:
    events = run(
        "Moscow and Kyiv plan new prisoner swap.\n"
        "The two delegations met in Geneva on Friday, officials said. Each side would "
        "exchange at least 500 prisoners of war in the coming weeks, the Russian "
        "negotiator said."
    )
    assert not [e for e in events if e.type == "deal"]


# ------------------------------------------------------ one side's count told as the swap's


def test_a_swap_count_no_larger_than_one_side_is_no_total_of_both() -> None:
    events = run(
        "Kyiv and Moscow exchange 84 prisoners each in a deal brokered by Qatar.\n"
        "In their third exchange this year, Ukraine and Russia have exchanged 84 prisoners. "
        "In the swap, 84 Ukrainian soldiers were exchanged for 84 Russian servicemen."
    )
    find(events, dict(type="deal", status="occurred"))
    assert not [e for e in events if e.aggregate and e.count and e.count.value == 84]
    assert len([e for e in events if e.type == "release" and e.count]) == 2


def test_a_swap_count_of_both_sides_together_stays_their_total() -> None:
    events = run(
        "Kyiv and Moscow exchange 84 prisoners each in a deal brokered by Qatar.\n"
        "Ukraine and Russia have exchanged 168 prisoners. In the swap, 84 Ukrainian "
        "soldiers were exchanged for 84 Russian servicemen."
    )
    find(events, dict(type="release", value=168, aggregate=True))


# ------------------------------------------------------ people freed for a state's concession


def test_prisoners_freed_in_exchange_for_lifted_sanctions_make_a_deal() -> None:
    events = run(
        "Minsk frees 52 prisoners.\n"
        "Belarus released 52 political prisoners on Thursday in exchange for the lifting of "
        "US sanctions on its potash exports, officials said."
    )
    find(events, dict(type="release", status="occurred", holder="Belarus", value=52))
    find(events, dict(type="deal", status="occurred", terms=1))


def test_prisoners_freed_in_exchange_for_nothing_named_make_no_deal() -> None:
    events = run(
        "Minsk frees 52 prisoners.\n"
        "Belarus released 52 political prisoners on Thursday in a gesture to the West, "
        "officials said."
    )
    assert not [e for e in events if e.type == "deal"]


# ------------------------------------------------------ who brokered a swap


def test_a_state_that_acted_as_an_intermediary_brokered_the_swap() -> None:
    events = run(
        "Rivals swap prisoners.\n"
        "Ukraine and Russia exchanged 90 prisoners each on Friday after the United Arab "
        "Emirates acted as an intermediary."
    )
    find(events, dict(type="deal", status="occurred", mediators={"United Arab Emirates"}))


def test_states_thanked_for_helping_negotiate_a_swap_brokered_it() -> None:
    events = run(
        "Rivals swap prisoners.\n"
        "Ukraine and Russia exchanged 90 prisoners each on Friday. Zelensky thanked Qatar "
        "and Oman for helping negotiate the exchange."
    )
    find(events, dict(type="deal", status="occurred", mediators={"Qatar", "Oman"}))


def test_two_states_before_a_possessive_mediation_both_brokered() -> None:
    events = run(
        "Rivals swap prisoners.\n"
        "Ukraine and Russia exchanged 90 prisoners each on Friday. Qatar and Turkey's "
        "mediation helped overcome the last obstacles to the exchange."
    )
    find(events, dict(type="deal", status="occurred", mediators={"Qatar", "Turkey"}))


def test_the_parties_of_a_deal_another_state_mediated_are_no_mediators() -> None:
    events = run(
        "Five Americans freed in swap with Iran.\n"
        "Five Americans arrived in Doha on Monday after being released by Iran as part of a "
        "prisoner swap deal between Washington and Tehran that was mediated by Qatar. In "
        "exchange, the US released five Iranians."
    )
    find(events, dict(type="deal", status="occurred", mediators={"Qatar"}))


# ------------------------------------------------------ the deal told as what freed them


def test_a_deal_that_saw_people_repatriated_is_the_deal_of_their_release() -> None:
    events = run(
        "Washington and Caracas complete swap.\n"
        "The deal, finalized by the administration, saw about 80 Venezuelan nationals "
        "repatriated to Caracas on Friday. In return, Caracas freed several Americans."
    )
    find(events, dict(type="release", status="occurred", value=80))
    find(events, dict(type="deal", status="occurred", terms=1))


def test_talks_that_saw_people_repatriated_make_no_deal() -> None:
    events = run(
        "Washington and Caracas hold talks.\n"
        "The talks, held in secret, saw about 80 Venezuelan nationals freed and repatriated "
        "to Caracas on Friday."
    )
    assert not [e for e in events if e.type == "deal"]


# ------------------------------------------------------ the other side's release 'in return'


def test_a_release_expected_in_return_under_a_deal_in_force_is_its_term() -> None:
    events = run(
        "Militants free four hostages in last swap of the first phase.\n"
        "The militants freed four hostages on Thursday in the seventh swap of the truce. "
        "The deal took effect on January 19 and its first phase ends on Saturday. The four "
        "were handed to the Red Cross in the south. Crowds gathered at the crossing. Their "
        "families said they were relieved. Israel, in return, was expected to free around "
        "600 Palestinian prisoners."
    )
    find(events, dict(type="release", status="planned", value=600))
    find(events, dict(type="deal", status="occurred"))


def test_a_release_expected_with_no_deal_in_force_makes_no_deal() -> None:
    events = run(
        "Militants free four hostages.\n"
        "The militants freed four hostages on Thursday. The four were handed to the Red "
        "Cross in the south. Israel, in return, was expected to free around 600 Palestinian "
        "prisoners."
    )
    assert not [e for e in events if e.type == "deal"]


def test_people_freed_under_a_protocol_are_freed_under_an_accord() -> None:
    events = run(
        "Two soldiers freed.\n"
        "The rebels released two captured soldiers on Sunday under a humanitarian protocol "
        "agreed with the government."
    )
    find(events, dict(type="release", status="occurred", value=2))
    find(events, dict(type="deal", status="occurred", terms=1))


# ------------------------------------------------------ a headline's exchange, its agreement below


def test_a_headlines_exchange_whose_agreement_the_body_tells_is_a_deals_term() -> None:
    events = run(
        "Over 500 POWs to be exchanged after talks in Geneva.\n"
        "The two delegations announced a new agreement to exchange over 500 prisoners of war "
        "on each side, officials said."
    )
    find(events, dict(type="deal", status="occurred", terms=1))
