"""The dashboard: server-rendered pages (Jinja2, autoescaped) with Vega-Lite charts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from custody.record import EVENT_TYPES, STATUSES
from custody.serve import charts, params, queries
from custody.serve.corpus import NOT_YET, Unavailable, call
from custody.serve.highlight import segments
from custody.serve.state import store_of
from custody.store import Filters

router = APIRouter(include_in_schema=False)

_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.globals.update(event_types=EVENT_TYPES, statuses=STATUSES)
NAV = (
    ("/", "Overview"),
    ("/happenings", "Happenings"),
    ("/deals", "Deals"),
    ("/persons", "People"),
    ("/records", "Records"),
    ("/documents", "Documents"),
)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _ENV.get_template(template).render(
        nav=NAV, path=request.url.path, not_yet=NOT_YET, **context
    )
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _corpus(name: str, request: Request, *args: Any) -> tuple[Any, str | None]:
    """The corpus layer's answer, or (None, why not)."""
    try:
        return call(name, store_of(request), *args), None
    except Unavailable as exc:
        return None, str(exc)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> Response:
    store = store_of(request)
    happenings, missing = _corpus("list_happenings", request)
    shown: list[charts.Chart] = []
    reports = queries.weekly_reports(store) if happenings is None else []
    for kind, label in (("release", "Releases"), ("detention", "Detentions")):
        if happenings is not None:
            rows = charts.weekly_people(happenings, kind)
            title, unit = f"{label} per week by holder (people)", "people"
        else:
            rows = [r for r in reports if r["type"] == kind]
            title, unit = f"{label} per week by holder (reports: records, not people)", "reports"
        shown.append(charts.weekly_chart(f"weekly-{kind}", title, rows, unit))
    held = charts.holdings_chart(queries.latest_holdings(store))
    latest = sorted(happenings or [], key=lambda h: (h.date or "", h.id), reverse=True)[:10]
    records, docs = queries.counts(store)
    return render(
        request,
        "overview.html",
        charts=shown,
        held=held,
        latest=latest,
        missing=missing,
        total={"records": records, "documents": docs},
    )


@router.get("/records", response_class=HTMLResponse)
def records_page(request: Request) -> Response:
    query = request.query_params
    f = params.record_filters(query)
    page = params.page(query, queries.RECORD_SORTS, "-date")
    rows, more = queries.list_records(store_of(request), f, page)
    import json

    items = [(r, json.loads(r.record_json)) for r in rows]
    return render(
        request, "records.html", items=items, query=dict(query), page=page, more=more,
        pager=_pager(request, page, more),
    )  # fmt: skip


def _pager(request: Request, page: queries.Page, more: bool) -> dict[str, str | None]:
    def at(offset: int) -> str:
        url = request.url.include_query_params(offset=offset)
        return f"{url.path}?{url.query}"

    return {
        "prev": at(max(0, page.offset - page.limit)) if page.offset else None,
        "next": at(page.offset + page.limit) if more else None,
    }


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request) -> Response:
    query = request.query_params
    f = params.record_filters(query)
    page = params.page(query, queries.DOCUMENT_SORTS, "-published")
    items, more = queries.list_documents(store_of(request), f, page)
    return render(
        request, "documents.html", items=items, query=dict(query),
        pager=_pager(request, page, more),
    )  # fmt: skip


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> Response:
    doc_id = params.path_value("doc_id", doc_id)
    found = list(store_of(request).events(Filters(document=doc_id)))
    if not found:
        return error_page(request, 404, f"no document {doc_id!r} in the store")
    doc, events = found[0]
    return render(
        request, "document.html", doc=doc, events=events, segments=segments(doc.text, events)
    )


@router.get("/happenings", response_class=HTMLResponse)
def happenings_page(request: Request) -> Response:
    query = request.query_params
    try:
        hf = params.happening_filters(query)
    except ImportError:
        return render(request, "happenings.html", items=[], missing=NOT_YET, query=dict(query))
    found, missing = _corpus("list_happenings", request, hf)
    return render(request, "happenings.html", items=found or [], missing=missing, query=dict(query))


@router.get("/happenings/{happening_id}", response_class=HTMLResponse)
def happening_page(request: Request, happening_id: str) -> Response:
    happening_id = params.path_value("happening_id", happening_id)
    found, missing = _corpus("get_happening", request, happening_id)
    if found is None and missing is None:
        return error_page(request, 404, f"no happening {happening_id!r} in the store")
    return render(request, "happening.html", h=found, missing=missing)


@router.get("/deals", response_class=HTMLResponse)
def deals_page(request: Request) -> Response:
    found, missing = _corpus("list_deals", request)
    return render(request, "deals.html", items=found or [], missing=missing)


@router.get("/deals/{deal_id}", response_class=HTMLResponse)
def ledger_page(request: Request, deal_id: str) -> Response:
    deal_id = params.path_value("deal_id", deal_id)
    found, missing = _corpus("ledger", request, deal_id)
    if found is None and missing is None:
        return error_page(request, 404, f"no deal {deal_id!r} in the store")
    chart = charts.ledger_chart(found.terms, found.deliveries) if found is not None else None
    return render(request, "ledger.html", ledger=found, ledger_chart=chart, missing=missing)


@router.get("/persons", response_class=HTMLResponse)
def persons_page(request: Request) -> Response:
    found, missing = _corpus("list_people", request)
    return render(request, "persons.html", items=found or [], missing=missing)


@router.get("/persons/{name:path}", response_class=HTMLResponse)
def person_page(request: Request, name: str) -> Response:
    name = params.path_value("name", name)
    found, missing = _corpus("person_timeline", request, name)
    if missing is None and not found:
        return error_page(request, 404, f"no person {name!r} in the store")
    return render(request, "person.html", name=name, timeline=found or [], missing=missing)
