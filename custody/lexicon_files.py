"""Reading the data files of ``custody/lexicons/``: a file that cannot be read or
parsed raises LexiconError naming it (and the line, for JSON)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from custody.errors import LexiconError


def read_text(name: str) -> str:
    """The text of ``lexicons/<name>``."""
    try:
        return resources.files("custody.lexicons").joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"lexicons/{name}: cannot read: {exc}") from None


def read_json(name: str) -> dict[str, Any]:
    """``lexicons/<name>`` parsed: a JSON object."""
    try:
        data = json.loads(read_text(name))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"lexicons/{name}: line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise LexiconError(f"lexicons/{name}: expected a JSON object at the top")
    return data
