"""The dashboard in a real browser: Playwright for Python driving Debian's Chromium.

One ``custody serve`` (uvicorn, a free 127.0.0.1 port) and one browser for the
session. Checks: every page loads with no console error and runs no script
from an article, a chart renders, a filter changes the table, each highlighted
evidence span is the text at its record's offsets, the pages fit a phone-width
screen and work from the keyboard. Screenshots go to tests/artifacts/ (or
$CUSTODY_ARTIFACTS), kept out of git.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_data import fill, resolve

from custody.store import open_store

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = Path(os.environ.get("CUSTODY_ARTIFACTS") or Path(__file__).parent / "artifacts")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("browser") / "custody.db")
    with open_store(db) as store:
        fill(store)
        resolve(store)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CUSTODY_")}
    command = [sys.executable, "-c", "from custody.cli import main; main()", "--db", db,
               "serve", "--port", str(port), "--log-level", "warning"]  # fmt: skip
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(base + "/api/summary", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(
                        f"custody serve exited: {proc.stderr.read() if proc.stderr else ''}"
                    )
                time.sleep(0.1)
        else:
            pytest.fail("custody serve did not answer within 20 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"CI is set but {CHROMIUM} is missing: install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def offline(context: Any, server: str) -> list[str]:
    """Refuse every request that does not go to the server: the pages must work offline."""
    refused: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    return refused


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    refused = offline(context, server)
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()
    assert refused == [], f"requests that left the server: {refused}"


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _api(base: str, path: str) -> Any:
    import json

    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.loads(r.read())


def every_page(base: str) -> list[str]:
    happenings = _api(base, "/api/happenings?limit=500")["items"]
    deals = _api(base, "/api/deals")["items"]
    persons = _api(base, "/api/persons")["items"]
    docs = _api(base, "/api/documents")["items"]
    return [
        "/", "/records", "/documents", "/happenings", "/deals", "/persons",
        *(f"/documents/{d['id']}" for d in docs),
        *(f"/happenings/{h['id']}" for h in happenings[:5]),
        *(f"/deals/{d['id']}" for d in deals),
        *(f"/persons/{urllib.request.quote(p['name'], safe='')}" for p in persons),
    ]  # fmt: skip


def test_every_page_loads_without_console_errors_or_injected_script(server: str, page: Any) -> None:
    for path in every_page(server):
        response = page.goto(server + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.errors == [], (path, page.errors)
    page.goto(server + "/documents/xss-doc")
    assert "<script>window.__pwned = 2</script>" in page.inner_text("#doc-text")
    shot(page, "document-escaped")


def test_charts_render_with_their_tables(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.wait_for_selector("figure#holdings[data-rendered='true'] svg", timeout=15000)
    bars = page.locator("figure#holdings svg .mark-rect path")
    assert bars.count() == 2  # Hamas and Israel: one bar each
    table = page.locator("section[aria-labelledby='holdings-title'] table tbody tr")
    assert table.count() == 2 and "130" in table.all_inner_texts()[0] + table.all_inner_texts()[1]
    page.wait_for_selector("figure#weekly-release[data-rendered='true'] svg", timeout=15000)
    assert page.errors == []
    shot(page, "overview")


def test_a_filter_changes_the_table(server: str, page: Any) -> None:
    page.goto(server + "/records")
    rows = page.locator("#records-table tbody tr")
    assert rows.count() == 8
    page.select_option("select[name=type]", "detention")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/records?type=detention*")
    assert rows.count() == 1
    assert "detention" in rows.first.inner_text()
    page.goto(server + "/happenings")
    before = page.locator("#happenings-table tbody tr").count()
    page.select_option("select[name=type]", "deal")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/happenings?type=deal*")
    after = page.locator("#happenings-table tbody tr")
    assert after.count() == 1 < before and "deal" in after.first.inner_text()
    shot(page, "happenings-filtered")


def test_highlighted_spans_are_the_records_offsets(server: str, page: Any) -> None:
    doc = _api(server, "/api/documents/east-detention")
    text = doc["document"]["text"]
    page.goto(server + "/documents/east-detention")
    marks = page.locator("#doc-text mark")
    assert marks.count() == 2
    spans = [(e["start"], e["end"]) for r in doc["events"] for e in r["evidence"]]
    shown = []
    for i in range(marks.count()):
        m = marks.nth(i)
        start, end = int(m.get_attribute("data-start")), int(m.get_attribute("data-end"))
        assert m.inner_text() == text[start:end]
        shown.append((start, end))
    assert shown == spans
    marks.first.click()
    assert page.locator("details#record-0").get_attribute("open") is not None
    assert (
        "actors.json" in page.inner_text("details#record-0")
        or page.locator("details#record-0 table.explain").count() == 1
    )
    shot(page, "document-highlighted")


def test_keyboard_opens_a_record_and_its_explanation(server: str, page: Any) -> None:
    page.goto(server + "/documents/north-release")
    page.locator("#doc-text mark").first.focus()
    page.keyboard.press("Enter")
    details = page.locator("details#record-0")
    assert details.get_attribute("open") is not None
    assert "triggers.json:release[0]" in details.inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") in ("SUMMARY", "MARK", "A")


def test_api_docs_work_offline(server: str, page: Any) -> None:
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert page.locator(".swagger-ui .opblock").count() >= 11
    assert page.errors == []
    shot(page, "api-docs")


def test_pages_fit_a_phone_screen(server: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = context.new_page()
    try:
        for path in ("/", "/records", "/documents/north-release", "/happenings"):
            pg.goto(server + path)
            pg.wait_for_load_state("load")
            width = pg.evaluate("document.documentElement.scrollWidth")
            assert width <= 376, (path, width)
        pg.goto(server + "/")
        pg.wait_for_selector("figure#holdings[data-rendered='true'] svg", timeout=15000)
        shot(pg, "overview-phone")
    finally:
        context.close()
