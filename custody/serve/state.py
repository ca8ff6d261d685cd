"""What every request handler shares: the open store, the settings, the token checks."""

from __future__ import annotations

import hmac

from fastapi import Request

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


async def auth_read(request: Request) -> None:
    """Reads are open unless the settings put them behind the token (protect_reads)."""
    settings = settings_of(request)
    if settings.protect_reads and settings.token and not _token_ok(request, settings.token):
        raise Unauthorized("reads need the bearer token (Authorization: Bearer TOKEN)")


async def auth_write(request: Request) -> None:
    """Writes need the token; without one configured the server is read-only."""
    token = settings_of(request).token
    if not token:
        raise Unauthorized("this server is read-only: no token is configured", read_only=True)
    if not _token_ok(request, token):
        raise Unauthorized("writes need the bearer token (Authorization: Bearer TOKEN)")
