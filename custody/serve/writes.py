"""``POST /api/documents``: ingest one document or a JSON Lines batch.

The body is read as ``custody ingest`` reads a JSON Lines file (one document
an line; a single JSON object is a batch of one): every bad line is reported
with its number and reason, the good ones are extracted and saved, each
document in its own transaction, so nothing is half-written. A body larger
than the ``max_bytes`` setting is refused (413) before any of it is used.
"""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from custody.errors import CustodyError, InputError
from custody.serve.corpus import update
from custody.serve.state import auth_write, settings_of, store_of

router = APIRouter(prefix="/api")

BATCH_NAME = "request body"


class TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"the body is larger than {limit} bytes (the max_bytes setting)")


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _ingest(request: Request, text: str) -> dict[str, Any]:
    from custody.ingest.jsonl import read_jsonl

    extraction = importlib.import_module("custody.extract")
    version = str(getattr(extraction, "EXTRACTOR_VERSION", "unversioned"))
    store = store_of(request)
    tally = dict.fromkeys(("ingested", "updated", "unchanged", "failed"), 0)
    errors: list[dict[str, Any]] = []
    written: list[str] = []
    for item in read_jsonl(text, BATCH_NAME, settings_of(request).language):
        if isinstance(item, InputError):
            errors.append({"line": item.line, "reason": item.reason})
            tally["failed"] += 1
            continue
        try:
            outcome = store.ingest(item, extraction.extract, version)
        except CustodyError as exc:
            errors.append({"document": item.id, "reason": str(exc)})
            outcome = "failed"
        except Exception as exc:  # the extractor failed on this document: go on
            errors.append({"document": item.id, "reason": f"extraction failed: {exc}"})
            outcome = "failed"
        tally[outcome] += 1
        if outcome in ("ingested", "updated"):
            written.append(item.id)
    note = update(store, written)
    return {**tally, "documents": written, "errors": errors, "note": note}


@router.post(
    "/documents",
    summary="Ingest one document or a JSON Lines batch (needs the bearer token)",
    dependencies=[Depends(auth_write)],
    status_code=200,
)
async def post_documents(request: Request) -> JSONResponse:
    """Body: JSON Lines, one document an line (`text` required; `id`, `url`, `source`,
    `title`, `published`, `language` optional). 200 when every line was saved, 207
    when some failed, 422 when none could be saved; the body tallies what happened
    and lists each error with its line number."""
    from starlette.concurrency import run_in_threadpool

    raw = await _body(request, settings_of(request).max_bytes)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        body = {"error": "bad body", "expected": "UTF-8 text", "reason": str(exc)}
        return JSONResponse(body, status_code=400)
    if not text.strip():
        return JSONResponse({"error": "bad body", "expected": "one JSON document a line"}, 400)
    result = await run_in_threadpool(_ingest, request, text)
    saved = len(result["documents"]) + result["unchanged"]
    status = 200 if not result["failed"] else (207 if saved else 422)
    return JSONResponse(result, status_code=status)
