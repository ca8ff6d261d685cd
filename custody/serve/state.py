"""What every request handler shares: the open store, the settings, the token checks."""

from __future__ import annotations

import hmac

from fastapi import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from custody.settings import Settings
from custody.store import Store


class Unauthorized(Exception):
    """A request without the right bearer token (401), or a write to a read-only server."""

    def __init__(self, reason: str, read_only: bool = False) -> None:
        self.reason = reason
        self.read_only = read_only
        super().__init__(reason)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _token_ok(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


class ReadGuard:
    """With ``protect_reads``: every request but the static files and the write (which
    checks the token itself) needs the bearer token, or gets 401. Installed only when
    the setting is on, so open reads cost nothing."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        exempt = path.startswith("/static/") or (
            path == "/api/documents" and scope.get("method") == "POST"
        )
        if scope["type"] == "http" and not exempt and not self._allowed(scope):
            body = b'{"error":"reads need the bearer token (Authorization: Bearer TOKEN)"}'
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"www-authenticate", b"Bearer"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)

    def _allowed(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", ()):
            if name == b"authorization":
                scheme, _, given = value.partition(b" ")
                return scheme.lower() == b"bearer" and hmac.compare_digest(
                    given.strip(), self.token
                )
        return False


async def auth_write(request: Request) -> None:
    """Writes need the token; without one configured the server is read-only."""
    token = settings_of(request).token
    if not token:
        raise Unauthorized("this server is read-only: no token is configured", read_only=True)
    if not _token_ok(request, token):
        raise Unauthorized("writes need the bearer token (Authorization: Bearer TOKEN)")
