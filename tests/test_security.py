"""Security of ``custody serve``: tokens, hostile filter values, escaped text.

Writes without the token, or with a wrong one, change nothing; SQL-injection
strings and oversized values through every filter get a 4xx or an empty
result and leave the store as it was; a document's text, title and names are
escaped on every page (the browser tests check that no script runs).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from serve_data import fill, resolve

from custody.errors import SettingsError
from custody.serve.app import create_app
from custody.settings import Settings
from custody.store import Store, open_store

TOKEN = "right-token"
LINE = json.dumps({"id": "intruder", "text": "Rebels freed 3 soldiers on Friday."})

INJECTIONS = [
    "' OR '1'='1",
    "x'; DROP TABLE events; --",
    '" OR 1=1 --',
    "1) UNION SELECT id, text FROM documents --",
    "%' OR holder LIKE '%",
    "\\'; SELECT pg_sleep(5); --",
    "Hamas' --",
    "\u0000",
    "' OR 1=1 /*",
]
FILTERS = ["type", "status", "holder", "nationality", "since", "until", "source", "document"]
H_FILTERS = ["type", "status", "holder", "nationality", "since", "until", "deal", "min_support"]
LISTS = {
    "/api/records": FILTERS + ["sort", "limit", "offset"],
    "/api/documents": FILTERS + ["sort", "limit", "offset"],
    "/api/summary": FILTERS,
    "/api/happenings": H_FILTERS + ["limit", "offset"],
    "/records": FILTERS + ["sort", "limit", "offset"],
    "/documents": FILTERS + ["sort", "limit", "offset"],
    "/happenings": H_FILTERS,
}


def snapshot(store: Store) -> list[tuple[str, int]]:
    return [(d.document.id, d.event_count) for d in store.documents()]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "sec.db")) as s:
        fill(s)
        resolve(s)
        yield s


def client_for(store: Store, **settings: object) -> TestClient:
    return TestClient(create_app(Settings(db="unused", **settings), store=store))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": f"Basic {TOKEN}"},
     {"Authorization": "Bearer"}, {"Authorization": f"Bearer {TOKEN}x"}],
)  # fmt: skip
def test_writes_without_the_right_token_are_401_and_change_nothing(
    filled: Store, headers: dict[str, str]
) -> None:
    before = snapshot(filled)
    with client_for(filled, token=TOKEN) as c:
        r = c.post("/api/documents", content=LINE, headers=headers)
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"
    assert snapshot(filled) == before


def test_without_a_token_configured_the_server_is_read_only(filled: Store) -> None:
    before = snapshot(filled)
    with client_for(filled) as c:
        for headers in ({}, {"Authorization": "Bearer anything"}):
            r = c.post("/api/documents", content=LINE, headers=headers)
            assert r.status_code == 403
            assert "read-only" in r.json()["error"]
        assert c.get("/api/records").status_code == 200
    assert snapshot(filled) == before


def test_reads_can_be_put_behind_the_token(filled: Store) -> None:
    with client_for(filled, token=TOKEN, protect_reads=True) as c:
        for url in ("/api/records", "/api/documents/north-release", "/", "/records"):
            assert c.get(url).status_code == 401, url
            ok = c.get(url, headers={"Authorization": f"Bearer {TOKEN}"})
            assert ok.status_code == 200, url
        assert c.get("/api/records", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert c.get("/static/app.css").status_code == 200  # the page's own files stay open
        assert c.post("/api/documents", content=LINE).status_code == 401
    with pytest.raises(SettingsError):
        create_app(Settings(db="unused", protect_reads=True), store=filled)


def test_the_right_token_writes(filled: Store) -> None:
    with client_for(filled, token=TOKEN) as c:
        r = c.post("/api/documents", content=LINE, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
    assert "intruder" in dict(snapshot(filled))


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_through_every_filter(store: Store, value: str) -> None:
    fill(store)
    resolve(store)
    before = snapshot(store)
    with client_for(store, token=TOKEN) as c:
        for url, names in LISTS.items():
            for name in names:
                r = c.get(url, params={name: value})
                assert r.status_code in (200, 400), (url, name, r.status_code)
                if r.status_code == 200 and url.startswith("/api/") and url != "/api/summary":
                    assert r.json()["items"] == [], (url, name)
                if r.status_code == 200 and url == "/api/summary":
                    assert r.json()["records"] == 0, name
        for path in (
            "/api/documents/", "/api/happenings/", "/api/persons/", "/documents/",
            "/happenings/", "/persons/", "/api/deals/", "/deals/",
        ):  # fmt: skip
            suffix = "/ledger" if path == "/api/deals/" else ""
            r = c.get(path + quote(value, safe="") + suffix)
            assert r.status_code in (400, 404), (path, r.status_code)
    assert snapshot(store) == before


@pytest.mark.parametrize("url", sorted(LISTS))
def test_oversized_values_get_400(filled: Store, url: str) -> None:
    with client_for(filled) as c:
        for name in LISTS[url]:
            r = c.get(url, params={name: "A" * 5000})
            assert r.status_code == 400, (url, name)
            if url.startswith("/api/"):
                assert r.json()["parameter"] == name
        r = c.get("/api/persons/" + "B" * 5000)
        assert r.status_code == 400


def pages(c: TestClient) -> list[str]:
    happenings = c.get("/api/happenings?limit=500").json()["items"]
    deals = c.get("/api/deals").json()["items"]
    return [
        "/", "/records", "/documents", "/documents/xss-doc", "/happenings", "/deals",
        "/persons", "/persons/%3Cscript%3Ewindow.__pwned%20%3D%204%3C%2Fscript%3E",
        *(f"/happenings/{h['id']}" for h in happenings),
        *(f"/deals/{d['id']}" for d in deals),
    ]  # fmt: skip


def test_document_text_is_escaped_on_every_page(filled: Store) -> None:
    with client_for(filled) as c:
        shown = set()
        for url in pages(c):
            r = c.get(url)
            assert r.status_code == 200, url
            html = r.text
            for tag in re.findall(r"<script[^>]*>", html):
                assert tag.startswith(('<script src="/static/', '<script type="application/json"'))
            assert "<img" not in html and 'onerror="' not in html, url
            assert "<b>Outlet" not in html, url
            if "&lt;script&gt;window.__pwned" in html:
                shown.add(url)
            assert "default-src 'self'" in r.headers["content-security-policy"]
        assert {"/documents/xss-doc", "/records", "/documents"} <= shown
