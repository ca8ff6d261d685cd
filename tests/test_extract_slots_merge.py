"""Slots of records told in several sentences, in cases of my own writing
(docs/event-record.md, 'Which sentence a field comes from': nationality and
categories follow the same people across sentences; mediators come only from
sentences about the record's own happening)."""

from __future__ import annotations

from custody.extract import extract
from custody.record import Document, Event

SUN = "2025-02-23"  # a Sunday


def records(text: str) -> list[Event]:
    return [e for e in extract(Document(id="t", text=text, published=SUN)) if e.count]


def releases(text: str) -> list[Event]:
    return [e for e in records(text) if e.type == "release"]


def test_the_in_exchange_batch_is_the_other_side_already_told() -> None:
    found = releases(
        "Kyiv said on Sunday that Moscow had returned 64 Ukrainian defenders. Russia's "
        "defence ministry said 64 Russian soldiers were handed back from territory held by "
        "Kyiv. In exchange, 64 prisoners from the Ukrainian army were transferred, the "
        "ministry said."
    )
    assert sorted((e.holder or "-", e.people.nationality) for e in found) == [
        ("Russia", ("Ukrainian",)),
        ("Ukraine", ("Russian",)),
    ]
    russia = next(e for e in found if e.holder == "Russia")
    assert "In exchange" in " ".join(x.text for x in russia.evidence)


def test_categories_of_a_later_sentence_about_the_same_people_join_the_record() -> None:
    found = releases(
        "Ukraine said on Friday that Russia had freed 90 prisoners of war. Russia's ministry "
        "said 90 prisoners from the Ukrainian armed forces were handed over by Russia."
    )
    assert len(found) == 1
    assert set(found[0].people.categories) == {"prisoners_of_war", "soldiers"}


def test_a_mediator_told_of_one_side_is_not_the_other_sides() -> None:
    found = {
        e.holder: e.mediators
        for e in releases(
            "Russia and Ukraine each freed 40 prisoners of war on Friday. The 40 Russian "
            "soldiers were freed by Ukraine in a swap mediated by Qatar."
        )
    }
    assert found == {"Ukraine": ("Qatar",), "Russia": ()}


def test_a_link_to_another_article_tells_nothing_of_this_one() -> None:
    text = (
        "Gunmen freed 12 abducted farmers in Zamfara on Saturday, police said.\n"
        "The farmers were taken to a hospital.\n"
        "Related: Kidnappers release 40 pupils after ransom paid\n"
        "RelatedPolice rescue 30 hostages in Katsina forest raid\n"
    )
    assert [e.count.value for e in records(text) if e.count] == [12]


def test_a_mediator_of_a_linked_article_joins_no_release() -> None:
    found = releases(
        "Armenia and Azerbaijan each freed 12 prisoners of war on Saturday.\n"
        "Read also: Armenia and Azerbaijan each free 12 prisoners in swap brokered by Qatar\n"
    )
    assert [e.mediators for e in found] == [(), ()]


def deal_of(text: str) -> Event:
    return next(e for e in extract(Document(id="t", text=text, published=SUN)) if e.type == "deal")


def test_an_earlier_swap_gives_the_deal_neither_its_broker_nor_its_date() -> None:
    deal = deal_of(
        "Azerbaijan freed 12 Armenian soldiers on Sunday and in return Armenia freed 12 "
        "Azerbaijani soldiers, in a swap brokered by the United States. The last exchange "
        "was in March, in a deal mediated by Turkey."
    )
    assert (deal.mediators, deal.date) == (("United States",), SUN)


def test_brokers_of_swaps_since_the_war_began_are_not_this_deals() -> None:
    deal = deal_of(
        "Azerbaijan freed 12 Armenian soldiers on Sunday and in return Armenia freed 12 "
        "Azerbaijani soldiers after talks. The two countries have exchanged dozens of "
        "captives since the start of the war, often in deals mediated by Qatar."
    )
    assert deal.mediators == ()


def test_a_state_that_repatriates_people_from_a_camp_does_not_hold_them() -> None:
    found = records(
        "Kazakhstan repatriated 30 women and children from camps in northeast Syria on Sunday."
    )
    assert [(e.count.value, e.holder) for e in found if e.count] == [(30, None)]


def test_a_state_that_repatriates_its_detainees_to_their_country_held_them() -> None:
    found = records("Iraq repatriated 150 Syrian detainees to Syria on Sunday.")
    assert [(e.count.value, e.holder) for e in found if e.count] == [(150, "Iraq")]


def test_a_named_accord_was_made_the_day_the_report_says_it_was_reached() -> None:
    deal = deal_of(
        "Russia handed over 500 bodies of Ukrainian soldiers to Ukraine under the Geneva "
        "agreements on Sunday, the ministry said. Russia received 40 bodies of Russian "
        "soldiers from the Ukrainian side, the ministry said. The bodies were taken to a "
        "morgue in Kyiv. Forensic teams will identify them. Families have been asked to give "
        "DNA samples. The work may take months. Russia and Ukraine reached the agreement at "
        "talks in Geneva on February 3."
    )
    assert deal.date == "2025-02-03"


def test_parts_that_add_up_to_the_batch_give_it_their_categories() -> None:
    found = releases(
        "Russia freed 52 Ukrainian prisoners on Sunday, Kyiv said. Their families waited at "
        "the border for hours. Among those freed were 4 women and 48 men."
    )
    assert [set(e.people.categories) for e in found] == [{"women", "men"}]


def test_parts_that_do_not_add_up_give_no_categories() -> None:
    found = releases(
        "Russia freed 52 Ukrainian prisoners on Sunday, Kyiv said. Their families waited at "
        "the border for hours. Among those freed were 4 women and 10 men."
    )
    assert [e.people.categories for e in found] == [()]


def test_a_batch_held_where_no_holder_is_named_does_not_take_the_previous_ones() -> None:
    found = records(
        "Officials said 40 soldiers had been freed from Russian prisons on Sunday, and 12 "
        "others from prisons in Donetsk."
    )
    assert [(e.count.value, e.holder) for e in found if e.count] == [(40, "Russia"), (12, None)]
