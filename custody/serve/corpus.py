"""The happenings, deal ledgers and person timelines, when the store has them.

They come from :mod:`custody.happenings` (the corpus layer). While that layer
or its tables are missing, every call raises :class:`Unavailable`, which the
API answers with a 503 and a note, and the pages with a sentence saying so.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from custody.errors import CustodyError
from custody.store import Store

NOT_YET = (
    "happenings, deal ledgers and person timelines are not available in this store yet"
    " (the corpus layer, custody.happenings, has not built them)"
)


_SHADOWED = {"ledger": "build_ledger"}


class Unavailable(Exception):
    """The corpus layer cannot answer (not installed yet, or its tables missing)."""


def call(name: str, store: Store, *args: Any) -> Any:
    """``custody.happenings.<name>(store, *args)``, or :class:`Unavailable`."""
    try:
        module = importlib.import_module("custody.happenings")
        function = getattr(module, name, None)
        if isinstance(function, ModuleType) and name in _SHADOWED:
            # custody.happenings.ledger (the function) is replaced in its package by the
            # submodule of the same name once that is imported: call what it calls.
            function = getattr(function, _SHADOWED[name], None)
        if function is None:
            raise Unavailable(f"{NOT_YET}: custody.happenings has no {name}()")
        return function(store, *args)
    except ImportError as exc:
        raise Unavailable(f"{NOT_YET}: {exc}") from None
    except (SQLAlchemyError, CustodyError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise Unavailable(f"{NOT_YET}: {reason}") from None


def update(store: Store, document_ids: list[str]) -> str | None:
    """Re-resolve happenings after a write; a note instead when that cannot be done."""
    if not document_ids:
        return None
    try:
        call("update", store, document_ids)
    except Unavailable as exc:
        return str(exc)
    return None
