# ruff: noqa: E501  (the reports' sentences read better whole, one a line)
"""Writes tests/happenings/corpus.jsonl: invented reports of an invented truce, written
for this project, with hand-made records (run from anywhere; the file is committed)."""

import json
from pathlib import Path

WIRE = (
    "KESSEL CROSSING (Wire) - The Northern Front freed 12 Thai farm workers on Monday, March 3, "
    "handing them to the ICRC at the Kessel crossing under the truce brokered by Qatar. "
    "The workers had been held for five months in tunnels under the old mill district. "
    "Their families waited at the border post through the night for news of them."
)
docs = []


def doc(id, source, published, text, events, url=None):
    out = []
    for e in events:
        quote = e.pop("quote", None)
        ev = {
            "type": "release",
            "status": "occurred",
            "holder": None,
            "count": None,
            "people": {
                "nationality": [],
                "categories": [],
                "names": [],
                "affiliation": [],
                "condition": None,
            },
            "date": None,
            "location": {"place": None, "facility": None},
            "intermediary": None,
            "mediators": [],
            "deal": None,
            "terms": [],
            "aggregate": False,
            "source_actor": None,
            "evidence": [],
        }
        people = e.pop("people", {})
        ev["people"].update(people)
        ev.update(e)
        if quote:
            start = text.index(quote)
            ev["evidence"] = [{"start": start, "end": start + len(quote), "text": quote}]
        out.append(ev)
    docs.append(
        {
            "format": 1,
            "document": {
                "id": id,
                "source": source,
                "url": url,
                "title": None,
                "published": published,
                "language": "en",
            },
            "text": text,
            "events": out,
        }
    )


def cnt(v, q="exact"):
    return {"value": v, "qualifier": q}


doc(
    "wire-a",
    "Wire Agency",
    "2031-03-04",
    WIRE,
    [
        dict(
            holder="Northern Front",
            count=cnt(12),
            people={"nationality": ["Thai"]},
            date="2031-03-03",
            intermediary="ICRC",
            mediators=["Qatar"],
            deal="Kessel truce",
            quote="The Northern Front freed 12 Thai farm workers",
        )
    ],
)
doc(
    "courier-copy",
    "Daily Courier",
    "2031-03-04",
    "Daily Courier, 4 March 2031. " + WIRE.replace("(Wire)", "(Wire/Courier)"),
    [
        dict(
            holder="Northern Front",
            count=cnt(12),
            people={"nationality": ["Thai"]},
            date="2031-03-03",
            intermediary="ICRC",
            mediators=["Qatar"],
            deal="Kessel truce",
            quote="The Northern Front freed 12 Thai farm workers",
        )
    ],
)
doc(
    "icrc-note",
    "ICRC",
    "2031-03-05",
    "Our teams received ten Thai nationals from the Northern Front on 3 March and took them to the Kessel crossing. "
    "An earlier figure of twelve included two people who were later found to be Laotian and are still held.",
    [
        dict(
            holder="Northern Front",
            count=cnt(10),
            people={"nationality": ["Thai"]},
            date="2031-03-03",
            intermediary="ICRC",
            source_actor="ICRC",
            quote="Our teams received ten Thai nationals from the Northern Front on 3 March",
        )
    ],
)
doc(
    "evening-post",
    "Evening Post",
    "2031-03-04",
    "Relatives in Udon Thani celebrated after the Northern Front let 12 Thai workers go. "
    "The men are expected home within a week, officials said.",
    [
        dict(
            holder="Northern Front",
            count=cnt(12),
            people={"nationality": ["Thai"]},
            quote="the Northern Front let 12 Thai workers go",
        )
    ],
)
doc(
    "harbour-times",
    "Harbour Times",
    "2031-03-04",
    "Thirteen Israelis walked free on Monday, March 3, when the Northern Front handed them over at the crossing. "
    "The same day, the Republic of Astrava released 39 prisoners from Dalen jail as its side of the truce. "
    "The total released since the truce began hit 25, the Front said.",
    [
        dict(
            holder="Northern Front",
            count=cnt(13),
            people={"nationality": ["Israeli"]},
            date="2031-03-03",
            deal="Kessel truce",
            quote="Thirteen Israelis walked free on Monday, March 3",
        ),
        dict(
            holder="Republic of Astrava",
            count=cnt(39),
            people={"nationality": ["Kessian"], "categories": ["prisoners"]},
            date="2031-03-03",
            location={"place": None, "facility": "Dalen jail"},
            deal="Kessel truce",
            quote="the Republic of Astrava released 39 prisoners from Dalen jail",
        ),
        dict(
            holder="Northern Front",
            count=cnt(25),
            date="2031-03-03",
            aggregate=True,
            source_actor="Northern Front",
            quote="The total released since the truce began hit 25",
        ),
    ],
)
doc(
    "astrava-gazette",
    "Astrava Gazette",
    "2031-03-03",
    "Under the Kessel truce agreed on 1 March with Qatar and Egypt as mediators, the Northern Front is to free "
    "50 hostages and the Republic of Astrava 150 prisoners over ten days. "
    "Astrava freed 39 Kessian prisoners today.",
    [
        dict(
            type="deal",
            deal="the Kessel truce",
            date="2031-03-01",
            mediators=["Qatar", "Egypt"],
            terms=[
                {
                    "holder": "Northern Front",
                    "count": cnt(50),
                    "people": {
                        "nationality": [],
                        "categories": ["hostages"],
                        "names": [],
                        "affiliation": [],
                        "condition": None,
                    },
                },
                {
                    "holder": "Republic of Astrava",
                    "count": cnt(150),
                    "people": {
                        "nationality": ["Kessian"],
                        "categories": ["prisoners"],
                        "names": [],
                        "affiliation": [],
                        "condition": None,
                    },
                },
            ],
            quote="the Northern Front is to free 50 hostages and the Republic of Astrava 150 prisoners",
        ),
        dict(
            holder="Republic of Astrava",
            count=cnt(39),
            people={"nationality": ["Kessian"]},
            date="2031-03-03",
            quote="Astrava freed 39 Kessian prisoners today",
        ),
    ],
)
doc(
    "harbour-times-2",
    "Harbour Times",
    "2031-03-06",
    "Seven more Israelis were freed by the Northern Front on Wednesday, March 5, the second handover in three days. "
    "Separately, the Front released an American teacher, Dana Wells, on March 4 in a separate deal mediated by Oman.",
    [
        dict(
            holder="Northern Front",
            count=cnt(7),
            people={"nationality": ["Israeli"]},
            date="2031-03-05",
            deal="Kessel truce",
            quote="Seven more Israelis were freed by the Northern Front on Wednesday, March 5",
        ),
        dict(
            holder="Northern Front",
            count=cnt(1),
            people={"nationality": ["American"], "names": ["Dana Wells"]},
            date="2031-03-04",
            deal="separate deal",
            mediators=["Oman"],
            quote="the Front released an American teacher, Dana Wells, on March 4",
        ),
    ],
)
doc(
    "valley-news-1",
    "Valley News",
    "2031-01-11",
    "Astravan police detained Samir al-Haddad, a Kessian lawyer, at his home in Dalen on January 10.",
    [
        dict(
            type="detention",
            holder="Republic of Astrava",
            people={"names": ["Samir al-Haddad"], "nationality": ["Kessian"]},
            date="2031-01-10",
            location={"place": "Dalen", "facility": None},
            quote="Astravan police detained Samir al-Haddad",
        )
    ],
)
doc(
    "rights-watch",
    "Rights Monitor",
    "2031-02-02",
    "Samir Al-Haddad has refused food since January 20 in Dalen jail, his lawyers said.",
    [
        dict(
            type="hunger_strike",
            holder="Republic of Astrava",
            people={"names": ["Samir Al-Haddad"]},
            date="2031-01-20",
            location={"place": None, "facility": "Dalen jail"},
            quote="Samir Al-Haddad has refused food since January 20",
        )
    ],
)
doc(
    "valley-news-2",
    "Valley News",
    "2031-03-04",
    "Among the 39 freed prisoners was the lawyer Samir Al-Haddad. Al-Haddad thanked the mediators.",
    [
        dict(
            holder="Republic of Astrava",
            people={"names": ["Al-Haddad"]},
            date="2031-03-03",
            quote="Al-Haddad thanked the mediators",
        )
    ],
)
doc(
    "valley-news-3",
    "Valley News",
    "2031-02-15",
    "Lina al-Haddad, a nurse, was arrested at a checkpoint near Dalen on February 14.",
    [
        dict(
            type="detention",
            holder="Republic of Astrava",
            people={"names": ["Lina al-Haddad"]},
            date="2031-02-14",
            quote="Lina al-Haddad, a nurse, was arrested",
        )
    ],
)
doc(
    "blog-note",
    "Kessel Blog",
    "2031-03-10",
    "Readers asked whether al-Haddad is still held; we could not confirm it.",
    [
        dict(
            type="holding",
            holder="Republic of Astrava",
            people={"names": ["al-Haddad"]},
            quote="whether al-Haddad is still held",
        )
    ],
)
with open(Path(__file__).with_name("corpus.jsonl"), "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs))
