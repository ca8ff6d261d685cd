"""Documents and records for the API, export, security and browser tests.

The texts are written for these tests (no publisher's sentences); the records
are built by hand, with evidence offsets found in the text, so the tests do
not depend on what the extractor makes of them.
"""

from __future__ import annotations

from custody.record import Count, Document, Event, Evidence, Location, People, Provenance, Term
from custody.store import Store

VERSION = "test-1"

TEXTS = {
    "north-release": (
        "Northbank, 12 March 2024. Militants of Hamas freed 13 Thai farm workers on Tuesday, "
        "handing them to the Red Cross at the Rafah crossing. Officials said 4 more would follow."
    ),
    "east-detention": (
        "Eastport, 20 March 2024. Israel detained 40 Palestinians in overnight raids near Jenin, "
        "the prisoners' society said. Among them was the teacher Amal Haddad."
    ),
    "swap-deal": (
        "Capital, 2 April 2024. Russia and Ukraine agreed to swap 100 prisoners each, "
        "mediated by the United Arab Emirates. Russia released 60 on the first day."
    ),
    "holding-note": (
        "Capital, 5 April 2024. Hamas still holds 130 hostages, the army said. "
        "Israel holds more than 9,000 Palestinians."
    ),
}

XSS_TITLE = "<script>window.__pwned = 1</script>Escaped title"
XSS_TEXT = (
    "Bad town, 1 May 2024. <script>window.__pwned = 2</script> Hamas freed 2 people. "
    '<img src=x onerror="window.__pwned = 3"> The end.'
)


def span(text: str, part: str) -> Evidence:
    start = text.index(part)
    return Evidence(start, start + len(part), part)


def documents() -> list[tuple[Document, list[Event]]]:
    t = TEXTS
    north = Document(
        id="north-release", text=t["north-release"], source="Harbour Line News",
        url="https://example.org/north", title="Thai workers freed", published="2024-03-12",
    )  # fmt: skip
    east = Document(
        id="east-detention", text=t["east-detention"], source="Eastern Desk",
        title="Raids near Jenin", published="2024-03-20",
    )  # fmt: skip
    swap = Document(
        id="swap-deal", text=t["swap-deal"], source="Northline Wire",
        title="Prisoner swap agreed", published="2024-04-02",
    )  # fmt: skip
    holding = Document(
        id="holding-note", text=t["holding-note"], source="Eastern Desk",
        title="Who holds whom", published="2024-04-05",
    )  # fmt: skip
    xss = Document(id="xss-doc", text=XSS_TEXT, source="Bad <b>Outlet</b>", title=XSS_TITLE,
                   published="2024-05-01")  # fmt: skip
    freed = span(north.text, "Militants of Hamas freed 13 Thai farm workers on Tuesday")
    return [
        (
            north,
            [
                Event(
                    type="release",
                    holder="Hamas",
                    count=Count(13),
                    people=People(nationality=("Thai",), categories=("civilians",)),
                    date="2024-03-12",
                    location=Location(place="Rafah crossing"),
                    intermediary="ICRC",
                    evidence=(freed,),
                    provenance=(
                        Provenance(
                            "type",
                            "release",
                            "triggers.json:release[0] 'freed'",
                            span(north.text, "freed"),
                        ),
                        Provenance(
                            "holder",
                            "Hamas",
                            "actors.json:Hamas 'Hamas'",
                            span(north.text, "Hamas"),
                        ),
                    ),
                ),
                Event(
                    type="release",
                    status="planned",
                    holder="Hamas",
                    count=Count(4),
                    evidence=(span(north.text, "4 more would follow"),),
                ),
            ],
        ),  # fmt: skip
        (
            east,
            [
                Event(
                    type="detention",
                    holder="Israel",
                    count=Count(40),
                    people=People(nationality=("Palestinian",), names=("Amal Haddad",)),
                    date="2024-03-20",
                    location=Location(place="Jenin"),
                    evidence=(
                        span(east.text, "Israel detained 40 Palestinians"),
                        span(east.text, "the teacher Amal Haddad"),
                    ),
                )
            ],
        ),  # fmt: skip
        (
            swap,
            [
                Event(
                    type="deal",
                    date="2024-04-02",
                    mediators=("United Arab Emirates",),
                    terms=(
                        Term(
                            holder="Russia",
                            count=Count(100),
                            people=People(nationality=("Ukrainian",)),
                        ),
                        Term(
                            holder="Ukraine",
                            count=Count(100),
                            people=People(nationality=("Russian",)),
                        ),
                    ),
                    evidence=(
                        span(swap.text, "Russia and Ukraine agreed to swap 100 prisoners each"),
                    ),
                ),
                Event(
                    type="release",
                    holder="Russia",
                    count=Count(60),
                    date="2024-04-02",
                    people=People(nationality=("Ukrainian",)),
                    evidence=(span(swap.text, "Russia released 60 on the first day"),),
                ),
            ],
        ),  # fmt: skip
        (
            holding,
            [
                Event(
                    type="holding",
                    holder="Hamas",
                    count=Count(130),
                    date="2024-04-05",
                    evidence=(span(holding.text, "Hamas still holds 130 hostages"),),
                ),
                Event(
                    type="holding",
                    holder="Israel",
                    count=Count(9000, "more_than"),
                    date="2024-04-05",
                    evidence=(span(holding.text, "Israel holds more than 9,000 Palestinians"),),
                ),
            ],
        ),  # fmt: skip
        (
            xss,
            [
                Event(
                    type="release",
                    holder="Hamas",
                    count=Count(2),
                    date="2024-05-01",
                    people=People(names=("<script>window.__pwned = 4</script>",)),
                    evidence=(span(xss.text, "Hamas freed 2 people"),),
                ),
            ],
        ),  # fmt: skip
    ]


def fill(store: Store) -> None:
    for doc, events in documents():
        store.save(doc, events, VERSION)


def resolve(store: Store) -> bool:
    """Build the happenings when the corpus layer is there; False when it is not."""
    try:
        from custody.happenings import resolve as run
    except ImportError:
        return False
    run(store)
    return True
