"""The FastAPI application: routers, static files, error handlers, security headers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from custody.errors import SettingsError, StoreError
from custody.serve import api, pages, writes
from custody.serve.corpus import Unavailable
from custody.serve.params import BadParameter
from custody.serve.queries import refresh_statistics
from custody.serve.state import ReadGuard, Unauthorized
from custody.settings import Settings
from custody.store import Store, open_store

HERE = Path(__file__).resolve().parent

# Vega compiles its expressions with new Function(): 'unsafe-eval' for scripts,
# but no inline script runs, so a <script> that slipped into a page would not.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


class SecurityHeaders:
    """Adds the Content-Security-Policy and friends to every response (pure ASGI:
    no per-request task, unlike ``@app.middleware("http")``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = str(scope.get("path", "")) == "/docs"  # Swagger UI starts with an inline script

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if not docs:
                    headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        await self.app(scope, receive, with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter) -> Response:
        if not _wants_json(request):
            return pages.error_page(request, 400, str(exc))
        return JSONResponse(exc.to_dict(), status_code=400)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        body = {
            "error": "bad parameter",
            "parameter": ".".join(where) or "request",
            "expected": str(first.get("msg", "a valid value")),
        }
        return JSONResponse(body, status_code=400)

    @app.exception_handler(api.NotFound)
    async def not_found(request: Request, exc: api.NotFound) -> Response:
        if not _wants_json(request):
            return pages.error_page(request, 404, str(exc))
        return JSONResponse({"error": "not found", "what": exc.what, "key": exc.key}, 404)

    @app.exception_handler(Unauthorized)
    async def unauthorized(request: Request, exc: Unauthorized) -> Response:
        status = 403 if exc.read_only else 401
        headers = {} if exc.read_only else {"WWW-Authenticate": "Bearer"}
        return JSONResponse({"error": exc.reason}, status_code=status, headers=headers)

    @app.exception_handler(writes.TooLarge)
    async def too_large(request: Request, exc: writes.TooLarge) -> Response:
        return JSONResponse({"error": str(exc), "limit": exc.limit}, status_code=413)

    @app.exception_handler(Unavailable)
    async def unavailable(request: Request, exc: Unavailable) -> Response:
        return JSONResponse({"error": "not available", "note": str(exc)}, status_code=503)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return JSONResponse({"error": "store", "reason": str(exc)}, status_code=503)


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    """The application on ``settings.db`` (or on ``store`` when given)."""
    if settings.protect_reads and not settings.token:
        raise SettingsError("protect_reads is set but no token is (token / CUSTODY_TOKEN)")
    owned = store is None
    opened = store if store is not None else open_store(settings.db)
    if owned:
        refresh_statistics(opened)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            opened.close()

    app = FastAPI(
        title="custody",
        summary="Records of people released, detained or held in armed conflicts",
        version="1",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = opened
    app.state.settings = settings

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        """The OpenAPI page, with Swagger UI from the package (works offline)."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="custody API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    _handlers(app)
    app.include_router(writes.router)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if settings.protect_reads and settings.token:
        app.add_middleware(ReadGuard, token=settings.token)
    app.add_middleware(SecurityHeaders)
    return app
