"""The REST API of ``custody serve`` with FastAPI's TestClient, on SQLite and PostgreSQL.

Every test runs against a real store on each backend (the ``store`` fixture of
conftest.py: a SQLite file, and a database on the throwaway PostgreSQL server).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from serve_data import TEXTS, documents, fill, resolve

from custody.serve.app import create_app
from custody.settings import Settings
from custody.store import Store

TOKEN = "s3cret-token"


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    fill(store)
    resolve(store)
    app = create_app(Settings(db="unused", token=TOKEN), store=store)
    with TestClient(app) as c:
        yield c


def items(client: TestClient, url: str) -> list[dict[str, Any]]:
    r = client.get(url)
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"items", "next"}
    return list(body["items"])


def test_records_are_the_record_format_with_their_place(client: TestClient) -> None:
    got = items(client, "/api/records?document=north-release")
    expected = documents()[0][1]
    assert [(i["document"], i["index"]) for i in got] == [
        ("north-release", 0),
        ("north-release", 1),
    ]
    assert [i["record"] for i in got] == [ev.to_dict() for ev in expected]
    assert got[0]["published"] == "2024-03-12" and got[0]["source"] == "Harbour Line News"


NORTH_0 = ("north-release", 0)
SWAP = {("swap-deal", 0), ("swap-deal", 1)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=release", {NORTH_0, ("north-release", 1), ("swap-deal", 1), ("xss-doc", 0)}),
        ("type=release&status=occurred&holder=hamas", {("north-release", 0), ("xss-doc", 0)}),
        ("nationality=thai", {("north-release", 0)}),
        ("since=2024-04&until=2024-04-30", {*SWAP, ("holding-note", 0), ("holding-note", 1)}),
        ("source=eastern%20desk&type=holding", {("holding-note", 0), ("holding-note", 1)}),
        ("holder=nobody", set()),
    ],
)  # fmt: skip
def test_record_filters_are_those_of_custody_events(
    client: TestClient, query: str, expected: set[tuple[str, int]]
) -> None:
    got = items(client, f"/api/records?{query}&limit=500")
    assert {(i["document"], i["index"]) for i in got} == expected


def test_sorting_and_pages_walk_every_record_once(client: TestClient) -> None:
    url: str | None = "/api/records?sort=-date&limit=2"
    seen: list[tuple[str, int, str | None]] = []
    pages = 0
    while url:
        body = client.get(url).json()
        assert len(body["items"]) <= 2
        seen += [(i["document"], i["index"], i["record"]["date"]) for i in body["items"]]
        url = body["next"]
        pages += 1
    total = sum(len(events) for _, events in documents())
    assert len(seen) == total == len(set(seen))
    assert pages == (total + 1) // 2
    dates = [d for _, _, d in seen if d]
    assert dates == sorted(dates, reverse=True)
    by_count = [i["record"]["count"] for i in items(client, "/api/records?sort=count")]
    counts = [c["value"] for c in by_count if c]
    assert counts == sorted(counts) and by_count[len(counts) :] == [None]  # uncounted last


def test_documents_list_and_one_document_with_evidence_and_explain(client: TestClient) -> None:
    listed = items(client, "/api/documents?sort=published")
    assert [d["id"] for d in listed] == [
        "north-release", "east-detention", "swap-deal", "holding-note", "xss-doc"
    ]  # fmt: skip
    assert listed[0]["events"] == 2 and listed[0]["title"] == "Thai workers freed"
    kept = items(client, "/api/documents?type=deal")
    assert [d["id"] for d in kept] == ["swap-deal"]
    body = client.get("/api/documents/east-detention").json()
    assert body["document"]["text"] == TEXTS["east-detention"]
    text = body["document"]["text"]
    for record in body["events"]:
        assert "provenance" not in record
        for e in record["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]
    explained = client.get("/api/documents/north-release?explain=true").json()
    rules = [p["rule"] for p in explained["events"][0]["provenance"]]
    assert rules == ["triggers.json:release[0] 'freed'", "actors.json:Hamas 'Hamas'"]


def test_summary_counts(client: TestClient) -> None:
    s = client.get("/api/summary").json()
    assert s["records"] == 8 and s["documents"] == 5
    assert {d["key"]: d["records"] for d in s["by_type"]} == {
        "release": 4, "detention": 1, "deal": 1, "holding": 2
    }  # fmt: skip
    assert {d["key"]: d["records"] for d in s["by_holder"]}["Hamas"] == 4
    assert {d["key"]: d["records"] for d in s["by_nationality"]} == {
        "Thai": 1, "Palestinian": 1, "Ukrainian": 1
    }  # fmt: skip
    assert [d["key"] for d in s["by_month"]] == ["2024-03", "2024-04", "2024-05", None]
    only = client.get("/api/summary?type=holding").json()
    assert only["records"] == 2


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/records?type=arrest", "type"),
        ("/api/records?status=done", "status"),
        ("/api/records?since=March", "since"),
        ("/api/records?until=2024-13-99x", "until"),
        ("/api/records?limit=0", "limit"),
        ("/api/records?limit=501", "limit"),
        ("/api/records?offset=-1", "offset"),
        ("/api/records?sort=text", "sort"),
        ("/api/records?colour=red", "colour"),
        ("/api/documents?sort=-type", "sort"),
        ("/api/summary?since=yesterday", "since"),
        ("/api/happenings?min_support=many", "min_support"),
        ("/api/happenings?type=x", "type"),
        ("/api/documents/north-release?explain=maybe", "explain"),
        ("/api/documents/north-release?verbose=1", "verbose"),
        ("/api/deals?limit=9999", "limit"),
    ],
)
def test_bad_parameters_get_400_naming_them(client: TestClient, url: str, parameter: str) -> None:
    r = client.get(url)
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["parameter"] == parameter
    assert body["expected"]


def test_unknown_things_get_404_in_json(client: TestClient) -> None:
    for url in (
        "/api/documents/nope",
        "/api/happenings/nope",
        "/api/deals/nope/ledger",
        "/api/persons/Nobody%20Atall",
    ):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.json()["error"] == "not found"


def test_happenings_deals_ledger_and_persons(client: TestClient) -> None:
    happenings = items(client, "/api/happenings?limit=500")
    assert happenings, "the happenings of the fixture store"
    releases = items(client, "/api/happenings?type=release&holder=hamas&status=occurred")
    assert releases and all(h["type"] == "release" for h in releases)
    one = client.get(f"/api/happenings/{releases[0]['id']}").json()
    assert one == releases[0]
    deals = items(client, "/api/deals")
    assert [d["type"] for d in deals] == ["deal"]
    ledger = client.get(f"/api/deals/{deals[0]['id']}/ledger").json()
    assert {t["holder"] for t in ledger["terms"]} == {"Russia", "Ukraine"}
    persons = items(client, "/api/persons")
    assert "Amal Haddad" in {p["name"] for p in persons}
    timeline = client.get("/api/persons/Amal%20Haddad").json()
    assert timeline["name"] == "Amal Haddad"
    assert [(e["document"], e["type"]) for e in timeline["timeline"]] == [
        ("east-detention", "detention")
    ]
    paged = client.get("/api/happenings?limit=1").json()
    assert len(paged["items"]) == 1 and (paged["next"] is not None) == (len(happenings) > 1)


def _count(client: TestClient) -> int:
    return int(client.get("/api/summary").json()["documents"])


BATCH = "\n".join(
    [
        json.dumps({"id": "new-1", "text": "Rebels freed 7 soldiers on Friday.",
                    "published": "2024-06-07", "source": "Test Wire"}),
        "{not json",
        json.dumps({"id": "new-2", "title": "no text"}),
        json.dumps({"id": "new-3", "text": "Police arrested 12 protesters in the square on Monday.",
                    "published": "2024-06-03", "source": "Test Wire"}),
    ]
)  # fmt: skip


def test_post_ingests_good_lines_and_reports_bad_ones(client: TestClient) -> None:
    before = _count(client)
    r = client.post("/api/documents", content=BATCH, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 207, r.text
    body = r.json()
    assert body["ingested"] == 2 and body["failed"] == 2
    assert body["documents"] == ["new-1", "new-3"]
    assert [e["line"] for e in body["errors"]] == [2, 3]
    assert "text" in body["errors"][1]["reason"]
    assert _count(client) == before + 2
    doc = client.get("/api/documents/new-1").json()
    assert doc["document"]["source"] == "Test Wire"
    again = client.post(
        "/api/documents",
        content=BATCH.splitlines()[0],
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert again.status_code == 200 and again.json()["unchanged"] == 1


def test_post_with_only_bad_lines_is_422_and_writes_nothing(client: TestClient) -> None:
    before = _count(client)
    r = client.post(
        "/api/documents", content="[1, 2]\n{}\n", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert r.status_code == 422
    assert [e["line"] for e in r.json()["errors"]] == [1, 2]
    assert _count(client) == before


def test_post_over_the_size_limit_is_413(store: Store) -> None:
    app = create_app(Settings(db="unused", token=TOKEN, max_bytes=1000), store=store)
    with TestClient(app) as c:
        line = json.dumps({"id": "big", "text": "x " * 600})
        r = c.post("/api/documents", content=line, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 413
        assert r.json()["limit"] == 1000
        assert c.get("/api/documents/big").status_code == 404


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/records", "/api/documents", "/api/documents/{doc_id}", "/api/summary",
        "/api/happenings", "/api/happenings/{happening_id}", "/api/deals",
        "/api/deals/{deal_id}/ledger", "/api/persons", "/api/persons/{name}",
    ):  # fmt: skip
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]
    names = {p["name"] for p in spec["paths"]["/api/records"]["get"]["parameters"]}
    assert {"type", "holder", "since", "limit", "sort"} <= names
    assert client.get("/docs").status_code == 200


FILTER_CASES = [
    {},
    {"type": "release"},
    {"type": "release", "status": "planned"},
    {"holder": "HAMAS"},
    {"nationality": "ukrainian"},
    {"since": "2024-03-15"},
    {"since": "2024-04", "until": "2024-04"},
    {"until": "2024-03-31", "type": "detention"},
    {"source": "eastern desk"},
    {"document": "swap-deal", "holder": "russia"},
    {"holder": "hamas", "since": "2024", "until": "2024-04-05", "status": "occurred"},
]


@pytest.mark.parametrize("filters", FILTER_CASES, ids=lambda f: "&".join(f) or "none")
def test_records_endpoint_selects_what_custody_events_selects(
    client: TestClient, store: Store, filters: dict[str, str]
) -> None:
    from urllib.parse import urlencode

    from custody.store import Filters

    got = sorted(
        (i["document"], json.dumps(i["record"], sort_keys=True))
        for i in items(client, "/api/records?" + urlencode({**filters, "limit": 500}))
    )
    expected = sorted(
        (doc.id, json.dumps(ev.to_dict(), sort_keys=True))
        for doc, evs in store.events(Filters(**filters))
        for ev in evs
    )
    assert got == expected


@pytest.mark.parametrize(
    ("filters", "sort", "offset", "inline"),
    [
        ({"type": "release", "holder": "hamas"}, "id", 0, True),
        ({"type": "detention", "status": "occurred"}, "-id", 50, True),
        ({"document": "d"}, "id", 0, True),
        ({"status": "planned"}, "id", 0, False),  # no index in id order for a status alone
        ({"type": "release", "nationality": "thai"}, "id", 0, False),
        ({"holder": "hamas"}, "-date", 0, False),
        ({"holder": "hamas"}, "id", 100_000, False),
        ({}, "id", 0, False),
    ],
)
def test_only_index_served_pages_run_on_the_event_loop(
    filters: dict[str, str], sort: str, offset: int, inline: bool
) -> None:
    from custody.serve.queries import Page, index_served
    from custody.store import Filters

    assert index_served(Filters(**filters), Page(limit=50, offset=offset, sort=sort)) is inline
