"""Reading the data files of ``custody/lexicons/``: a file that cannot be read or
parsed raises LexiconError naming it (and the line, for JSON)."""

from __future__ import annotations

import json
import os
from typing import Any

from custody.errors import LexiconError

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def package_text(relative: str) -> str:
    """The text (UTF-8) of the data file ``relative`` ('lexicons/page.tsv') of the
    custody package.

    Read from the package's folder, as ``importlib.resources`` would: importing that
    (with the zip and temporary-file modules it brings) was a twentieth of every
    command's start-up. A package that is no folder (in a zip) is read through it.
    """
    if os.path.isfile(__file__):
        with open(os.path.join(_PACKAGE, *relative.split("/")), encoding="utf-8") as f:
            return f.read()
    from importlib import resources

    return resources.files("custody").joinpath(relative).read_text(encoding="utf-8")


def read_text(name: str) -> str:
    """The text of ``lexicons/<name>``."""
    try:
        return package_text(f"lexicons/{name}")
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
