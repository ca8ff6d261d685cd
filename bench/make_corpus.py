#!/usr/bin/env python3
"""Make a synthetic news stream for the benchmark: N documents, mostly not about custody.

    python bench/make_corpus.py [N] [OUTDIR] [--seed S] [--custody-share F]

Defaults: N=5000, OUTDIR=bench/out/corpus, seed 1, custody share 0.05. The
stream is mixed as a news feed is: about 95% sports, economy, weather,
politics, casualty and aid reports (full of numbers, and with custody-like
words used in other senses: "released figures", "captured the title", "held
talks", "rescuers freed"), and about 5% custody articles (releases,
detentions, swaps, holdings, deals, demands, hunger strikes) with counts in
digits and in words. Each document is 1-4 KB of UTF-8; some are laid out as
wire copy with a dateline, some with a title line, some as converted web
pages (Markdown heading, bold caption) as in ../shared/seeds.

Why 5%: in a general news stream, stories about people held in conflicts are
a few percent at most. In the week of March 25-30, 2007, when Iran's capture
of 15 British sailors and marines was the biggest story in US news, it filled
12% of the news studied (Pew's PEJ News Coverage Index); in ordinary weeks
such stories fill far less. 5% is therefore a generous share; --custody-share
makes custody-heavier streams (bench/run.py --shares times several). Until
November 2026 the default was 0.15.

Everything comes from the templates and word lists below and one seeded
random generator: the same N, seed and share give byte-identical output.
The text is for timing, not for scoring: it is grammatical enough to
exercise the extractor's paths, not annotated.

Writes:
    OUTDIR/txt/docNNNNN.txt   one document a file (the label is not in the name)
    OUTDIR/batch.jsonl        the same documents, one JSON object a line with the
                              Document fields: id, title, source, url,
                              published, language, text
    OUTDIR/manifest.json      seed, counts, bytes, and each id's label
                              ("custody" or "other") and topic
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "corpus"

# ------------------------------------------------------------------ word lists
# Data: one item a line would make this five times longer.
# fmt: off

SOURCES = ["Radio Habana Cuba", "Middle East Monitor", "Wire Desk", "The Daily Ledger",
           "Kyiv Bulletin", "Gulf Times Online", "Sahel Report", "Andes Herald"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"]
QUALIFIERS = ["", "", "", "", "at least ", "more than ", "about ", "nearly ", "some ",
              "over ", "an estimated ", "up to ", "around ", "fewer than "]
VAGUE = ["dozens of", "hundreds of", "several", "a dozen", "scores of", "a handful of"]
PERSON_FIRST = ["Ahmad", "Yulia", "Noa", "Oleksandr", "Maria", "Khalid", "Sara", "Daniel",
                "Aisha", "Pavel", "Fatima", "Jonah", "Lucía", "Mohammed", "Tamar", "Ivan",
                "Amina", "Yosef", "Olga", "Samir"]
PERSON_LAST = ["Haddad", "Kovalenko", "Levi", "Petrenko", "Al-Masri", "Cohen", "Okafor",
               "García", "Rahimi", "Shevchenko", "Nasser", "Baker", "Abdullah", "Moreau",
               "Bondarenko", "Saleh"]
SPOKES = ["a spokesperson said", "officials said", "the ministry said in a statement",
          "the group said on Telegram", "a senior official told reporters",
          "according to the mediators", "the army said", "local media reported",
          "a source familiar with the talks said"]
TEAMS = ["Rovers", "United", "City", "Athletic", "Wanderers", "Dynamo", "Sporting", "Rangers",
         "Albion", "Olympic", "Real Norte", "Lions", "Eagles", "Falcons"]
COMPANIES = ["Northwind Holdings", "Orion Steel", "Meridian Bank", "Sable Energy", "Kestrel Air",
             "Atlas Foods", "Harbor Logistics", "Vantage Telecom"]
CITIES = ["Lagos", "Manila", "Lima", "Warsaw", "Nairobi", "Hanoi", "Bogota", "Ankara", "Cairo",
          "Dhaka", "Jakarta", "Quito", "Tunis", "Riga", "Amman", "Karachi"]
COUNTRIES = ["Kenya", "Peru", "Poland", "Vietnam", "Egypt", "Chile", "Ghana", "Jordan",
             "Turkey", "Brazil", "India", "Thailand", "Georgia", "Chad", "Nepal", "Morocco"]
STORMS = ["Amara", "Bertrand", "Celia", "Dario", "Elin", "Farouk", "Greta", "Hugo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# One dict a conflict: who holds whom, where, through whom. ``forces`` is the
# subject of a detention sentence; ``other`` the opposing side.
CONFLICTS: list[dict[str, list[str]]] = [
    {"holder": ["Hamas", "the Qassam Brigades", "Palestinian militants"],
     "forces": ["Hamas gunmen", "militants"],
     "people": ["hostages", "captives", "abductees", "Israeli hostages", "Thai farm workers"],
     "nat": ["Israeli", "Thai", "Filipino", "Nepali", "Israeli-American"],
     "place": ["Gaza", "Rafah", "Khan Younis", "the Kerem Shalom crossing", "northern Gaza"],
     "facility": ["tunnels under Gaza", "a house in Nuseirat"],
     "inter": ["the Red Cross", "the ICRC", "the International Committee of the Red Cross"],
     "mediator": ["Qatar", "Egypt", "the United States"], "other": ["Israel"]},
    {"holder": ["Israel", "the Israel Prison Service", "Israeli authorities", "the occupation"],
     "forces": ["Israeli forces", "Israeli troops", "occupation forces"],
     "people": ["Palestinian prisoners", "detainees", "prisoners", "women and minors",
                "administrative detainees"],
     "nat": ["Palestinian"],
     "place": ["Ramallah", "Beitunia", "Nablus", "Jenin", "the West Bank", "Hebron"],
     "facility": ["Ofer prison", "Ketziot prison", "Damon prison", "the Negev detention camp"],
     "inter": ["the Red Cross", "the ICRC"], "mediator": ["Qatar", "Egypt"],
     "other": ["Hamas", "the Palestinian Authority"]},
    {"holder": ["Russia", "Moscow", "Russian forces"],
     "forces": ["Russian troops", "Russian forces"],
     "people": ["Ukrainian prisoners of war", "POWs", "servicemen", "soldiers", "civilians",
                "defenders of Mariupol"],
     "nat": ["Ukrainian"],
     "place": ["the Belarus-Ukraine border", "Sumy region", "Kharkiv", "Chernihiv region"],
     "facility": ["a detention centre in Taganrog", "a camp in Mordovia", "Olenivka"],
     "inter": ["the ICRC"], "mediator": ["the United Arab Emirates", "Turkey", "Saudi Arabia",
                                         "Qatar", "the Vatican"],
     "other": ["Ukraine", "Kyiv"]},
    {"holder": ["Ukraine", "Kyiv", "Ukrainian forces"],
     "forces": ["Ukrainian troops"],
     "people": ["Russian prisoners of war", "captured Russian soldiers", "POWs", "conscripts"],
     "nat": ["Russian"],
     "place": ["the Belarus-Ukraine border", "Kursk region"],
     "facility": ["a camp in western Ukraine"], "inter": ["the ICRC"],
     "mediator": ["the United Arab Emirates", "Turkey"], "other": ["Russia", "Moscow"]},
    {"holder": ["the Houthis", "Ansar Allah", "Houthi rebels"],
     "forces": ["Houthi fighters", "Houthi security forces"],
     "people": ["detainees", "prisoners", "captives", "UN staff", "aid workers"],
     "nat": ["Saudi", "Yemeni", "Sudanese"],
     "place": ["Sanaa", "Marib", "Aden", "Abha", "Hodeidah"],
     "facility": ["a prison in Sanaa", "the Political Security prison"], "inter": ["the ICRC"],
     "mediator": ["Oman", "the United Nations", "Saudi Arabia"],
     "other": ["the Yemeni government", "Saudi Arabia"]},
    {"holder": ["Azerbaijan", "Baku"], "forces": ["Azerbaijani troops", "Azerbaijani police"],
     "people": ["Armenian detainees", "servicemen", "prisoners", "former officials"],
     "nat": ["Armenian"], "place": ["the border", "Baku", "the Lachin corridor"],
     "facility": ["a detention facility in Baku"], "inter": ["the ICRC"], "mediator": [],
     "other": ["Armenia", "Yerevan"]},
    {"holder": ["Boko Haram", "gunmen", "bandits", "Islamic State West Africa Province"],
     "forces": ["Gunmen", "Boko Haram fighters", "armed bandits"],
     "people": ["schoolchildren", "students", "villagers", "women and girls", "worshippers"],
     "nat": ["Nigerian"], "place": ["Kaduna state", "Borno state", "Maiduguri", "Chibok",
                                    "Kuriga", "Zamfara"],
     "facility": ["a forest camp"], "inter": ["community leaders"], "mediator": [],
     "other": ["Nigeria", "the Nigerian army"]},
    {"holder": ["the ELN", "FARC dissidents", "rebels"],
     "forces": ["ELN rebels", "FARC dissidents"],
     "people": ["soldiers", "police officers", "civilians", "oil workers"],
     "nat": ["Colombian"], "place": ["Arauca", "Cauca", "Catatumbo", "Norte de Santander"],
     "facility": ["a rebel camp"], "inter": ["the ICRC", "a humanitarian commission"],
     "mediator": ["Cuba", "Norway", "Venezuela"], "other": ["Colombia", "Bogota"]},
    {"holder": ["the Rapid Support Forces", "the RSF", "the Sudanese army"],
     "forces": ["RSF fighters", "paramilitaries"],
     "people": ["civilians", "detainees", "men", "medical workers", "volunteers"],
     "nat": ["Sudanese"], "place": ["El Fasher", "Khartoum", "Omdurman", "Darfur", "Wad Madani"],
     "facility": ["a detention site in Khartoum", "Soba prison"], "inter": ["the ICRC"],
     "mediator": ["Saudi Arabia", "the United States"], "other": ["Sudan", "the army"]},
    {"holder": ["the Taliban", "Taliban authorities"],
     "forces": ["Taliban intelligence agents", "the Taliban"],
     "people": ["foreign nationals", "prisoners", "Americans", "journalists", "women activists"],
     "nat": ["American", "British", "Afghan"], "place": ["Kabul", "Doha", "Kandahar"],
     "facility": ["a prison in Kabul", "Pul-e-Charkhi prison"], "inter": [],
     "mediator": ["Qatar"], "other": ["the United States", "Washington"]},
    {"holder": ["Venezuela", "Caracas", "the Maduro government"],
     "forces": ["Venezuelan security forces", "intelligence agents"],
     "people": ["Americans", "US citizens", "detainees", "political prisoners",
                "opposition activists"],
     "nat": ["American", "Venezuelan", "Colombian"], "place": ["Caracas", "the border"],
     "facility": ["El Helicoide", "Rodeo I prison"], "inter": [], "mediator": ["Qatar"],
     "other": ["the United States", "Washington"]},
    {"holder": ["Iran", "Tehran", "Iranian authorities"],
     "forces": ["Iranian security forces", "the Revolutionary Guards"],
     "people": ["foreign nationals", "dual nationals", "prisoners", "protesters", "journalists"],
     "nat": ["French", "British-Iranian", "Swedish", "German"], "place": ["Tehran", "Mashhad"],
     "facility": ["Evin prison", "Qarchak prison"], "inter": [],
     "mediator": ["Oman", "Qatar", "Switzerland"], "other": ["France", "the European Union"]},
]

# Custody sentences. {Key} is the same key capitalised at sentence start.
CUSTODY_LEADS = {
    "release": [
        "{Holder} {released} {count} {nat} {people} {when} from {facility}, {spokes}.",
        "{Count} {people} were {released} by {holder} {when} and {handed} {inter} in {place}.",
        "{Count} {nat} {people} walked free {when} after months in {facility}, {spokes}.",
        "The bodies of {num:1-9} {people} held by {holder} were returned {when}, {spokes}.",
        "{Holder} said it had {released} {count} {people}, including {numw:2-9} women, "
        "as part of the agreement with {other}.",
    ],
    "detention": [
        "{Forces} {detained} {count} {people} {when} near {place}, {spokes}.",
        "{Count} {people} were {detained} in raids across {place} {when}, rights groups said.",
        "{Forces} {detained} {person}, a {age}-year-old {nat} journalist, at a checkpoint "
        "outside {place} {when}.",
        "Residents said {forces} had {detained} {count} {people} and taken them to an "
        "unknown location.",
    ],
    "swap": [
        "{Holder} and {other} exchanged {count} prisoners each {when} in a swap brokered by "
        "{mediator}, {spokes}.",
        "In the {ord} exchange since the war began, {holder} handed over {count} {people} and "
        "{other} freed {num:5-300} in return.",
        "{Other} and {holder} carried out a prisoner swap {when}: {count} {nat} {people} "
        "returned home, {spokes}.",
    ],
    "holding": [
        "{Count} {people} are still held by {holder} in {place}, according to a families' "
        "group.",
        "{Holder} holds {count} {people}, {numw:2-40} of them without charge, {spokes}.",
        "An estimated {num:100-9000} {people} remain in {facility}, rights groups say.",
    ],
    "deal": [
        "Under the deal, {holder} will free {count} {people} in exchange for {count} "
        "prisoners held by {other}, {spokes}.",
        "{Mediator} said the two sides had agreed a {numw:2-6}-day truce during which "
        "{count} {people} are to be released.",
        "{Other} called for the release of {count} {people} held by {holder} before any "
        "new talks.",
    ],
    "strike": [
        "{Count} {people} held by {holder} at {facility} have been on hunger strike since "
        "{weekday}, rights groups said.",
        "{Person}, held by {holder} since {month}, is on the {ord} week of a hunger strike, "
        "{pronoun} lawyer said.",
        "A {age}-year-old detainee died in custody at {facility}, {spokes}.",
    ],
}
CUSTODY_MORE = [
    "They were {handed} {inter} at {place} and then taken to hospital for checks.",
    "Among them were {count} women and {count} children, and {numw:2-9} were described as "
    "sick or wounded.",
    "The exchange was brokered by {mediator}, which said talks on a wider agreement would "
    "continue {when}.",
    "{Person}, {age}, was among those freed. \u201cWe waited {numw:2-30} months for this "
    "day,\u201d {pronoun} brother said.",
    "{Other} says {holder} still holds {count} {people}, while {holder} has demanded the "
    "release of {count} more prisoners.",
    "The total released since the truce began now stands at {num:20-300}, {spokes}.",
    "Families gathered outside {facility}, some holding photographs of relatives who have "
    "been held for {numw:2-12} years.",
    "{Holder} did not comment on the reports, and the figures could not be independently "
    "verified.",
    "A second group of {num:3-90} is expected to be released on {weekday}, {spokes}.",
    "{Inter} said its teams had visited {count} detainees in {facility} in {month}.",
    "Those freed included {person} and {person}, both held since {month}.",
    "{Other} denied holding any {nat} civilians and said all detainees were combatants.",
]

# Other topics: each a list of paragraphs' sentences.
TOPICS: dict[str, list[str]] = {
    "sports": [
        "{Team} beat {team} {num:1-5}-{num:0-3} {when} in front of {num:8-80},000 fans.",
        "{Team} captured the title with {numw:2-6} games to spare and took no prisoners in "
        "midfield.",
        "{Team} released striker {person} from his contract after {num:3-40} appearances.",
        "{Person} was held to a draw in the third round, while {person} won "
        "{num:6-7}-{num:2-5} in the final set.",
        "{Team} have kept {numw:3-12} clean sheets and sit {num:2-14} points clear with "
        "{num:3-12} games to play.",
        "The coach said the squad had been freed from the pressure after the {ord} win in a row.",
        "Tickets for the final were released on {weekday} and sold out within {num:5-50} "
        "minutes.",
    ],
    "economy": [
        "The central bank of {country} held rates steady at {num:2-25}.{num:0-9}% {when}.",
        "Inflation eased to {num:1-40}.{num:0-9}% in the year to {month}, official data "
        "showed.",
        "{Company} released quarterly figures showing revenue of ${num:1-90}.{num:0-9} "
        "billion, up {num:1-30}%.",
        "{Company} said it would cut {num:100-4000} jobs and close {numw:2-12} plants.",
        "The government freed up {num:1-12} billion in reserves and released {num:10-900} "
        "tonnes of grain from state stocks.",
        "Shares in {company} fell {num:1-19}% after the firm was caught up in a probe into "
        "{num:12-300} contracts.",
        "Exports from {country} rose {num:1-30}% in {month} to ${num:1-40} billion.",
    ],
    "weather": [
        "Storm {storm} brought {num:40-400} mm of rain to {city} {when}.",
        "Rescuers freed {numw:2-30} people trapped in cars, and {num:200-9000} homes lost "
        "power.",
        "Temperatures in {city} reached {num:35-49} degrees Celsius for the {ord} day running.",
        "Authorities held {num:2-40} emergency meetings on water supplies.",
        "Forecasters expect {num:5-60} cm of snow in the mountains and winds of up to "
        "{num:60-160} km/h.",
        "{Num:2-90} flights were cancelled at {city} airport and schools stayed shut.",
    ],
    "politics": [
        "Lawmakers in {country} voted {num:100-300} to {num:20-150} to pass the budget "
        "{when}.",
        "The prime minister held talks with {numw:2-9} coalition partners late into the night.",
        "The foreign ministers of {country} and {country} met in {city} and released a joint "
        "statement on trade.",
        "Polls show the governing party on {num:18-45}% ahead of the {weekday} vote.",
        "Protesters gathered outside parliament in {city} for the {ord} day; police said the "
        "march was peaceful.",
        "The opposition said it had collected {num:100-900},000 signatures for a referendum.",
    ],
    "casualty": [
        "At least {num:3-120} people were killed and {num:10-400} wounded in strikes on "
        "{place} {when}, the health ministry said.",
        "The death toll since the war began has risen to {num:1000-45000}, including "
        "{num:100-15000} children.",
        "Shelling near {place} damaged {numw:2-40} buildings and cut water to {num:2-90},000 "
        "residents.",
        "{Num:2-60} fighters were killed in clashes around {place}, {spokes}.",
        "Hospitals in {place} said they had received {num:10-300} wounded since {weekday}.",
        "{Numw:2-20} aid workers have been killed this year, the UN said.",
    ],
    "aid": [
        "{Num:20-400} aid trucks entered through {place} {when}, carrying food, water and "
        "{num:10-90} tonnes of medical supplies.",
        "The World Food Programme said it had reached {num:10-900},000 people in {place} "
        "this month.",
        "Donors pledged ${num:1-9}.{num:0-9} billion at a conference in {city}, short of the "
        "{num:5-12} billion sought.",
        "{Num:1-5} of the agency's {num:6-20} warehouses in {place} were empty, {spokes}.",
        "A convoy of {numw:2-40} trucks was held at the crossing for {num:2-9} hours before "
        "it was allowed through.",
    ],
}
TITLES: dict[str, list[str]] = {
    "release": ["{Holder} frees {count} {people}", "{Count} {people} released",
                "Freed {people} arrive in {place}"],
    "detention": ["{Count} {people} detained near {place}", "Raids in {place}: {count} held"],
    "swap": ["{Holder} and {other} swap prisoners", "Prisoner exchange at {place}"],
    "holding": ["{Count} {people} still held, families say", "Families wait for news from {place}"],
    "deal": ["Truce deal to free {count} {people}", "{Mediator} brokers deal on {people}"],
    "strike": ["{People} on hunger strike in {facility}", "Detainee dies in {facility}"],
    "sports": ["{Team} win again", "{Team} hold on for a draw", "{Person} into the final"],
    "economy": ["{Company} reports results", "Central bank holds rates", "Inflation eases"],
    "weather": ["Storm {storm} hits {city}", "Heatwave grips {city}"],
    "politics": ["Parliament in {country} passes budget", "Protests enter {ord} day in {city}"],
    "casualty": ["Strikes kill dozens near {place}", "Death toll rises in {place}"],
    "aid": ["Aid deliveries resume to {place}", "Donors fall short for {place}"],
}
CUSTODY_FILLER = ["casualty", "aid"]
# fmt: on

# ------------------------------------------------------------------ the writer


def words(n: int) -> str:
    """English words for 0..99 ('twenty-four'); digits with commas above that."""
    if n == 0:
        return "zero"
    if n <= 20:
        return SMALL[n - 1]
    if n < 100:
        tens, unit = divmod(n, 10)
        return TENS[tens] + (f"-{SMALL[unit - 1]}" if unit else "")
    return f"{n:,}"


_SLOT = re.compile(r"\{(\w+)(?::(\d+)-(\d+))?\}")


class Writer:
    """Fills templates from the word lists with one seeded generator."""

    def __init__(self, rng: random.Random, published: dt.date) -> None:
        self.r = rng
        self.published = published
        self.conflict = rng.choice(CONFLICTS)

    def pick(self, items: list[str]) -> str:
        return self.r.choice(items) if items else ""

    def count(self) -> str:
        """A count as news writes it: '39', 'thirty-nine', 'at least 12', 'dozens of'."""
        roll = self.r.random()
        if roll < 0.06:
            return self.pick(VAGUE)
        n = self.r.choice([self.r.randint(1, 20), self.r.randint(2, 99), self.r.randint(10, 2000)])
        text = words(n) if (n <= 99 and roll < 0.45) else f"{n:,}"
        return self.pick(QUALIFIERS) + text

    def when(self) -> str:
        roll = self.r.random()
        if roll < 0.35:
            return "on " + self.pick(WEEKDAYS)
        if roll < 0.55:
            day = self.published - dt.timedelta(days=self.r.randint(0, 6))
            return f"on {MONTHS[day.month - 1]} {day.day}"
        return self.pick(
            [
                "overnight",
                "late on " + self.pick(WEEKDAYS),
                "earlier this week",
                "last week",
                "today",
                "this morning",
                "on Sunday night",
            ]
        )

    def slot(self, name: str, low: str | None, high: str | None) -> str:
        if low is not None and high is not None:
            n = self.r.randint(int(low), int(high))
            return words(n) if name == "numw" else f"{n:,}"
        c = self.conflict
        simple: dict[str, Callable[[], str]] = {
            "count": self.count,
            "when": self.when,
            "person": lambda: f"{self.pick(PERSON_FIRST)} {self.pick(PERSON_LAST)}",
            "age": lambda: str(self.r.randint(17, 78)),
            "ord": lambda: self.pick(ORDINALS),
            "weekday": lambda: self.pick(WEEKDAYS),
            "month": lambda: self.pick(MONTHS),
            "spokes": lambda: self.pick(SPOKES),
            "pronoun": lambda: self.pick(["his", "her"]),
            "released": lambda: self.pick(["released", "freed", "set free", "let go"]),
            "detained": lambda: self.pick(
                ["detained", "arrested", "abducted", "seized", "rounded up", "kidnapped"]
            ),
            "handed": lambda: self.pick(
                ["handed to", "handed over to", "received by", "transferred to"]
            ),
            "team": lambda: self.pick(TEAMS),
            "company": lambda: self.pick(COMPANIES),
            "city": lambda: self.pick(CITIES),
            "country": lambda: self.pick(COUNTRIES),
            "storm": lambda: self.pick(STORMS),
        }
        if name in simple:
            return simple[name]()
        if name in c:
            return self.pick(c[name]) or "the mediators"
        raise KeyError(f"template slot {{{name}}} has no filler")

    def fill(self, template: str) -> str:
        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            text = self.slot(name.lower(), m.group(2), m.group(3))
            return text[:1].upper() + text[1:] if name[0].isupper() else text

        return _SLOT.sub(one, template)

    def paragraph(self, sentences: list[str], low: int = 2, high: int = 4) -> str:
        chosen = self.r.sample(sentences, min(len(sentences), self.r.randint(low, high)))
        return " ".join(self.fill(s) for s in chosen)


def document(rng: random.Random, number: int, custody: bool) -> dict[str, str]:
    """One document: the Document fields plus its label and topic."""
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 730))
    w = Writer(rng, published)
    target = rng.randint(1024, 4096)
    if custody:
        kind = w.pick(list(CUSTODY_LEADS))
        paras = [w.fill(w.pick(CUSTODY_LEADS[kind]))]
        paras += [w.paragraph(CUSTODY_MORE, 1, 3) for _ in range(rng.randint(1, 3))]
        filler = [w.pick(CUSTODY_FILLER) for _ in range(3)]
        topic = "custody"
    else:
        kind = topic = w.pick(list(TOPICS))
        paras = [w.paragraph(TOPICS[topic])]
        filler = [topic, topic, w.pick(list(TOPICS))]
    title = w.fill(w.pick(TITLES[kind]))
    source = w.pick(SOURCES)
    layout = rng.random()
    if layout < 0.4:  # wire copy with a dateline
        month = MONTHS[published.month - 1]
        paras[0] = f"{w.pick(CITIES).upper()}, {month} {published.day} ({source}) - {paras[0]}"
        head = ""
    elif layout < 0.7:  # a title line
        head = f"{title}\n\n"
    else:  # a converted web page, as in ../shared/seeds
        head = (
            f"\n\n# *{title}*\n\n---\n\n**A photo from {MONTHS[published.month - 1]} "
            f"{published.day} [{w.pick(['AFP', 'Reuters', 'AP'])}]**\n\n"
        )
    size = len(head.encode("utf-8")) + len("\n\n".join(paras).encode("utf-8")) + 1
    while size < target:  # fill to the target, never past 4 KB
        more = w.paragraph(TOPICS[w.pick(filler)])
        if size + 2 + len(more.encode("utf-8")) > 4096:
            if size >= 1024:
                break
            continue
        paras.append(more)
        size += 2 + len(more.encode("utf-8"))
    return {
        "id": f"doc{number:05d}",
        "title": title,
        "source": source,
        "url": f"https://news.example/{published:%Y/%m/%d}/doc{number:05d}",
        "published": published.isoformat(),
        "language": "en",
        "text": head + "\n\n".join(paras) + "\n",
        "label": "custody" if custody else "other",
        "topic": topic,
    }


DOC_FIELDS = ("id", "title", "source", "url", "published", "language", "text")


DEFAULT_SHARE = 0.05
"""The share of custody articles in the default stream (why: the module's docstring)."""


def make_corpus(
    n: int, out: Path, seed: int = 1, custody_share: float = DEFAULT_SHARE
) -> dict[str, object]:
    """Write the corpus under ``out`` (replacing an earlier one) and return its manifest."""
    rng = random.Random(seed)
    n_custody = round(n * custody_share)
    labels = [True] * n_custody + [False] * (n - n_custody)
    rng.shuffle(labels)
    txt = out / "txt"
    txt.mkdir(parents=True, exist_ok=True)
    for old in txt.glob("doc*.txt"):
        old.unlink()
    docs = []
    with open(out / "batch.jsonl", "w", encoding="utf-8", newline="\n") as batch:
        for i, custody in enumerate(labels):
            doc = document(rng, i, custody)
            (txt / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8", newline="\n")
            batch.write(json.dumps({k: doc[k] for k in DOC_FIELDS}, ensure_ascii=False) + "\n")
            docs.append(doc)
    size = {d["id"]: len(d["text"].encode("utf-8")) for d in docs}
    manifest: dict[str, object] = {
        "seed": seed,
        "documents": n,
        "custody": n_custody,
        "bytes": sum(size.values()),
        "custody_bytes": sum(size[d["id"]] for d in docs if d["label"] == "custody"),
        "labels": {d["id"]: {"label": d["label"], "topic": d["topic"]} for d in docs},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=5000, help="documents (default 5000)")
    parser.add_argument("outdir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--custody-share", type=float, default=DEFAULT_SHARE)
    args = parser.parse_args(argv)
    if args.n < 1 or not 0 <= args.custody_share <= 1:
        parser.error("N must be positive and --custody-share within 0..1")
    m = make_corpus(args.n, args.outdir, args.seed, args.custody_share)
    mb = float(m["bytes"]) / 1e6  # type: ignore[arg-type]
    print(
        f"wrote {m['documents']} documents ({m['custody']} custody), {mb:.1f} MB, to {args.outdir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
