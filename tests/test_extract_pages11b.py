"""Official statements and the outlets that relay them, of every side (second round of
partisan and state media): the bodies that speak for a party and the grammar of their
translated statements, told the way unseen pages tell them (docs/accuracy-unseen.md,
"Eleventh round (sixteenth session), pages11b"). Each fixed by a general mechanism and
tested here on sentences written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run

# ------------------------------------------------------ the coalition is a party, no go-between


def test_the_saudi_led_coalition_in_yemen_holds_the_prisoners_it_frees() -> None:
    events = run(
        "Goodwill gesture in the south. The Saudi-led coalition in Yemen, after months of "
        "talks, freed 58 captured Houthi fighters at the border, a spokesman said."
    )
    find(events, dict(type="release", status="occurred", holder="Saudi Arabia", value=58))


def test_the_arab_coalition_holds_the_fighters_it_freed() -> None:
    events = run(
        "Fighters flown to Sanaa. The Arab Coalition released 71 Houthi fighters on Friday, "
        "officials in Aden said, and two Red Cross planes took them home."
    )
    find(events, dict(type="release", status="occurred", holder="Saudi Arabia", value=71))


def test_saudi_arabia_as_a_go_between_still_holds_no_one() -> None:
    # a guard: the state's own name in a swap it brokers stays a mediator
    events = run(
        "Prisoner swap. Russia and Ukraine swapped 90 prisoners each on Monday after "
        "mediation by Saudi Arabia, the two sides said."
    )
    for e in reportable(events):
        assert e.holder != "Saudi Arabia", e


# ------------------------------------------------------ 'said that X did Y, detaining N'


def test_a_reported_clause_keeps_its_subject_before_a_participle() -> None:
    events = run(
        "Arrests in Rafah. The rights centre said that Hamas gunmen stormed two houses in "
        "the town on Monday, detaining 41 members of a rival clan."
    )
    find(events, dict(type="detention", status="occurred", holder="Hamas", value=41))


def test_a_relative_clause_still_hides_its_subject() -> None:
    # a guard: 'which has been fighting X' is no subject of the custody word after it
    events = run(
        "Prisoners to be freed. The paramilitary force, which has been fighting Sudan's army "
        "since April, intends to free 50 prisoners of war."
    )
    for e in reportable(events):
        assert e.holder != "Sudan", e


def test_security_personnel_of_a_state_are_its_arm() -> None:
    events = run(
        "Arrest raids. Israeli security personnel detained 19 suspects in Nablus before "
        "dawn, the army said."
    )
    find(events, dict(type="detention", status="occurred", holder="Israel", value=19))


def test_bodies_listed_before_and_are_one_subject() -> None:
    events = run(
        "Overnight arrests. IDF, ISA and Border Police forces apprehended 17 wanted suspects "
        "in Judea and Samaria overnight, the military said."
    )
    find(events, dict(type="detention", status="occurred", holder="Israel", value=17))


def test_a_second_clause_with_its_own_subject_keeps_its_own_holder() -> None:
    # a guard: 'X freed N and Y freed M' names two holders
    events = run(
        "Prisoner swap. The Houthis freed 706 prisoners and Saudi-led forces freed 181 on "
        "Sunday, the Red Cross said."
    )
    find(events, dict(type="release", holder="Houthis", value=706))
    find(events, dict(type="release", holder="Saudi Arabia", value=181))


def test_a_states_defence_forces_are_its_arm() -> None:
    events = run(
        "Soldiers freed. The Eritrean Defence Forces freed 46 captured soldiers of the other "
        "side on Monday, the information ministry said."
    )
    find(events, dict(type="release", status="occurred", holder="Eritrea", value=46))


# ------------------------------------------------------ statuses of statements


def test_a_concessive_clause_does_not_postpone_what_happened() -> None:
    events = run(
        "Soldiers back. Sixty-four Ukrainian soldiers came home from Russian captivity on "
        "Friday, although the talks had been suspended in April, the headquarters said."
    )
    find(events, dict(type="release", status="occurred", holder="Russia", value=64))


def test_a_gerund_after_in_exchange_for_shares_the_plan() -> None:
    events = run(
        "Draft swap. The Houthis are due to hand over 12 Saudi soldiers in return for Riyadh "
        "releasing 40 Yemeni fighters, officials said."
    )
    find(events, dict(type="release", status="planned", value=40))


def test_people_were_unconditionally_released() -> None:
    events = run(
        "Aid workers freed. Three aid workers held by the junta for a year were "
        "unconditionally released on Monday, their agency said."
    )
    find(events, dict(type="release", status="occurred", value=3))


def test_a_call_to_release_unconditionally_is_a_demand() -> None:
    # a guard
    events = run(
        "Activists detained. Amnesty International called on the authorities to "
        "unconditionally release the 14 detained activists."
    )
    find(events, dict(type="release", status="demanded", value=14))


def test_contacting_the_red_cross_to_hand_over_prisoners_is_a_plan() -> None:
    events = run(
        "Rebels to free soldiers. The rebels have approached the Red Cross to hand back 25 "
        "government soldiers they captured last month, a spokesman said."
    )
    find(events, dict(type="release", status="planned", value=25))
    assert not [e for e in reportable(events) if e.status == "occurred"]


def test_agreements_to_return_a_thousand_each_are_terms() -> None:
    events = run(
        "Swap begins. 307 Ukrainians came home on Friday, the first group under accords "
        "reached in Istanbul to return 1,000 prisoners on each side."
    )
    find(events, dict(type="release", status="occurred", value=307))
    assert not [
        e
        for e in reportable(events)
        if e.status == "occurred" and e.count and e.count.value == 1000
    ]


def test_people_at_home_after_a_swap_were_freed() -> None:
    events = run(
        "Prisoner swap. Another 307 of our citizens are at home now, the ombudsman wrote on Friday."
    )
    find(events, dict(type="release", status="occurred", value=307))


# ------------------------------------------------------ an agency's name is no person's


def test_an_intelligence_organisation_is_no_freed_person() -> None:
    events = run(
        "Sailors rescued. Officers of the Hellenic National Intelligence Organisation helped "
        "to rescue 121 kidnapped sailors off Nigeria, officials said."
    )
    find(events, dict(type="release", value=121))
    for e in reportable(events):
        assert not [n for n in e.people.names if "Organisation" in n], e
    assert len(reportable(events)) == 1


# ------------------------------------------------------ a defence ministry's daily surrender


def test_soldiers_who_surrendered_in_a_brief_are_read() -> None:
    events = run(
        "Over the past day, 14 Ukrainian soldiers surrendered to Russian forces near "
        "Kupiansk, the Russian Defence Ministry said."
    )
    find(events, dict(type="detention", status="occurred", holder="Russia", value=14))


def test_a_side_that_surrendered_a_lead_is_no_custody_news() -> None:
    # a guard: the prefilter still refuses a sports result
    events = run("The visitors surrendered a two-goal lead in the last ten minutes on Sunday.")
    assert not reportable(events)


# ------------------------------------------------------ freedom as partisan outlets tell it


def test_a_prisoner_who_embraced_freedom_was_released() -> None:
    events = run(
        "Prisoner freed after two decades. The prisoner Yousef Darwish embraced freedom on "
        "Sunday after 21 years in Israeli jails, the Prisoners' Society said."
    )
    find(events, dict(type="release", status="occurred", names={"Yousef Darwish"}))


def test_prisoners_who_tasted_freedom_were_released() -> None:
    events = run(
        "Detainees freed. Thirty-one detainees tasted freedom on Saturday after the "
        "government's amnesty, the ministry said."
    )
    find(events, dict(type="release", status="occurred", value=31))


# ------------------------------------------------------ 'after their release': those told before


def test_people_told_before_after_their_release_were_freed() -> None:
    events = run(
        "Freed prisoners welcomed. The 96 prisoners were greeted by crowds in Ramallah late on "
        "Thursday after their release from Ofer prison."
    )
    find(events, dict(type="release", status="occurred", value=96))


def test_a_demand_for_their_release_stays_a_demand() -> None:
    # a guard: only a release the people came through is theirs
    events = run(
        "Families protest. The families of the 40 hostages held in Gaza demanded their "
        "release at a rally in Tel Aviv on Saturday."
    )
    assert not [e for e in reportable(events) if e.type == "release" and e.status == "occurred"]
