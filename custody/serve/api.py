"""The REST API under /api (docs/api.md): reads of the store and the corpus layer."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from custody.record import EVENT_TYPES, STATUSES
from custody.serve import params, queries
from custody.serve.corpus import call
from custody.serve.state import store_of
from custody.store import Filters

router = APIRouter(prefix="/api")

_DUMP = json.JSONEncoder(ensure_ascii=False).encode


class NotFound(LookupError):
    """A document, happening, deal or person that is not in the store."""

    def __init__(self, what: str, key: str) -> None:
        self.what = what
        self.key = key
        super().__init__(f"no {what} {key!r} in the store")


_DESCRIPTIONS = {
    "type": ("record type", EVENT_TYPES),
    "status": ("record status", STATUSES),
    "holder": ("holder, any case (e.g. Hamas)", None),
    "nationality": ("people's nationality, any case (e.g. Thai)", None),
    "since": ("date on or after: YYYY, YYYY-MM or YYYY-MM-DD", None),
    "until": ("date on or before: YYYY, YYYY-MM or YYYY-MM-DD", None),
    "source": ("document source (outlet), any case", None),
    "document": ("one document, by id", None),
    "deal": ("the deal a happening belongs to, any case", None),
    "min_support": ("happenings reported by at least N outlets", None),
    "limit": (f"page size, 1 to {queries.MAX_PAGE} (default {queries.DEFAULT_PAGE})", None),
    "offset": ("rows to skip (the next page's URL sets it)", None),
}


def documented(*names: str, sorts: Iterable[str] = ()) -> dict[str, Any]:
    """OpenAPI ``parameters`` for query parameters read by hand from ``request``.

    The endpoints check their parameters themselves (params.py), without
    FastAPI's per-parameter validation, which would cost more than the query.
    """
    out = []
    for name in names:
        text, choices = _DESCRIPTIONS[name]
        schema: dict[str, Any] = {"type": "string"}
        if choices:
            schema["enum"] = list(choices)
        out.append({"name": name, "in": "query", "required": False,
                    "description": text, "schema": schema})  # fmt: skip
    if sorts:
        keys = ", ".join(sorts)
        out.append({"name": "sort", "in": "query", "required": False, "schema": {"type": "string"},
                    "description": f"sort key, - for descending: {keys}"})  # fmt: skip
    return {"parameters": out}


RECORD_PARAMS = (*params.RECORD_FILTERS, "limit", "offset")
HAPPENING_PARAMS = (*params.HAPPENING_FILTERS, "min_support", "limit", "offset")


def record_query(request: Request) -> Filters:
    """The filters of ``custody events``; limit, offset and sort are read by the endpoint."""
    params.check_known(request.query_params.keys(), (*params.RECORD_FILTERS, *params.PAGING))
    return params.record_filters(request.query_params)


def happening_query(request: Request) -> Any:
    """The filters of ``custody happenings`` (a HappeningFilters)."""
    params.check_known(request.query_params.keys(), HAPPENING_PARAMS)
    return params.happening_filters(request.query_params)


def next_url(request: Request, page: queries.Page, more: bool) -> str | None:
    """The path and query of the next page, or None on the last one."""
    if not more:
        return None
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    query.append(("offset", str(page.offset + page.limit)))
    return f"{request.url.path}?{urlencode(query)}"


def _raw_list(items: list[str], next_: str | None) -> Response:
    body = '{"items":[' + ",".join(items) + '],"next":' + _DUMP(next_) + "}"
    return Response(body.encode("utf-8"), media_type="application/json")


@router.get(
    "/records",
    summary="Records matching the filters of custody events",
    openapi_extra=documented(*RECORD_PARAMS, sorts=queries.RECORD_SORTS),
)
async def get_records(request: Request) -> Response:
    """One page of records, each as `{"document", "index", "published", "source",
    "title", "record"}` with `record` in the record format."""
    f = record_query(request)
    page = params.page(request.query_params, queries.RECORD_SORTS, "id")
    store = store_of(request)
    if queries.index_served(f, page):  # about a millisecond: no thread hop
        rows, more = queries.list_records(store, f, page)
    else:  # may sort many rows: off the event loop
        rows, more = await run_in_threadpool(queries.list_records, store, f, page)
    return _raw_list(queries.record_json_items(rows), next_url(request, page, more))


@router.get(
    "/documents",
    summary="Documents' metadata (record filters keep documents)",
    openapi_extra=documented(*RECORD_PARAMS, sorts=queries.DOCUMENT_SORTS),
)
def get_documents(request: Request) -> Any:
    """One page of documents' metadata with their record counts."""
    f = record_query(request)
    page = params.page(request.query_params, queries.DOCUMENT_SORTS, "published")
    items, more = queries.list_documents(store_of(request), f, page)
    return {"items": items, "next": next_url(request, page, more)}


def document_body(request: Request, doc_id: str, explain: bool) -> dict[str, Any]:
    doc_id = params.path_value("doc_id", doc_id)
    found = list(store_of(request).events(Filters(document=doc_id)))
    if not found:
        raise NotFound("document", doc_id)
    doc, events = found[0]
    records = []
    for ev in events:
        record = ev.to_dict()
        if explain:
            record["provenance"] = [p.to_dict() for p in ev.provenance]
        records.append(record)
    return {"format": 1, "document": {**doc.meta_dict(), "text": doc.text}, "events": records}


@router.get("/documents/{doc_id:path}", summary="A document: text, metadata, records, evidence")
def get_document(request: Request, doc_id: str, explain: bool = False) -> Any:
    """The record-format line of one document, with its `text`; `explain=true` adds
    each record's `provenance` (the rule or cue behind each field)."""
    params.check_known(request.query_params.keys(), ("explain",))
    return document_body(request, doc_id, explain)


@router.get(
    "/summary",
    summary="Record counts by type, status, holder, nationality, month",
    openapi_extra=documented(*params.RECORD_FILTERS),
)
def get_summary(request: Request) -> Any:
    params.check_known(request.query_params.keys(), params.RECORD_FILTERS)
    return queries.summary(store_of(request), params.record_filters(request.query_params))


def _paged(request: Request, items: list[Any]) -> dict[str, Any]:
    page = params.page(request.query_params, ("id",), "id")
    chunk = items[page.offset : page.offset + page.limit]
    more = len(items) > page.offset + page.limit
    return {"items": [i.to_dict() for i in chunk], "next": next_url(request, page, more)}


@router.get(
    "/happenings",
    summary="Happenings matching the filters of custody happenings",
    openapi_extra=documented(*HAPPENING_PARAMS),
)
def get_happenings(request: Request) -> Any:
    hf = happening_query(request)
    return _paged(request, call("list_happenings", store_of(request), hf))


@router.get("/happenings/{happening_id}", summary="One happening")
def get_happening(request: Request, happening_id: str) -> Any:
    return _one(request, "get_happening", "happening", "happening_id", happening_id)


@router.get(
    "/deals",
    summary="The deals (happenings of type deal)",
    openapi_extra=documented("limit", "offset"),
)
def get_deals(request: Request) -> Any:
    params.check_known(request.query_params.keys(), ("limit", "offset"))
    return _paged(request, call("list_deals", store_of(request)))


@router.get("/deals/{deal_id}/ledger", summary="A deal's ledger: terms, deliveries, owed")
def get_ledger(request: Request, deal_id: str) -> Any:
    return _one(request, "ledger", "deal", "deal_id", deal_id)


def _one(request: Request, function: str, what: str, param: str, value: str) -> Any:
    """One item of the corpus layer by its path value, or 404 naming it."""
    value = params.path_value(param, value)
    found = call(function, store_of(request), value)
    if found is None:
        raise NotFound(what, value)
    return found.to_dict()


@router.get(
    "/persons",
    summary="People named in the records",
    openapi_extra=documented("limit", "offset"),
)
def get_persons(request: Request) -> Any:
    params.check_known(request.query_params.keys(), ("limit", "offset"))
    return _paged(request, call("list_people", store_of(request)))


@router.get("/persons/{name:path}", summary="One person's timeline")
def get_person(request: Request, name: str) -> Any:
    name = params.path_value("name", name)
    found = call("person_timeline", store_of(request), name)
    if not found:
        raise NotFound("person", name)
    return {"name": name, "timeline": [e.to_dict() for e in found]}


def json_error(status: int, body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, status_code=status)
