"""Outlet and organisation names: the outlets table and the tests that a
piece of header text reads as a name.

The table is ``custody/lexicons/outlets.tsv`` (abbreviations, aliases, web
domains, page signatures and the words that head organisation names); see
that file's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from custody.documents.chrome import page_words
from custody.documents.dates import _ANY_DIGIT
from custody.documents.lines import _clean
from custody.errors import LexiconError
from custody.lexicon_files import package_text

_OUTLET_KINDS = ("abbr", "alias", "domain", "signature", "orgword")


@dataclass(frozen=True)
class Outlets:
    """The outlets table (custody/lexicons/outlets.tsv), validated."""

    abbr: dict[str, str]
    alias: dict[str, str]
    domain: dict[str, str]
    signature: dict[str, str]
    orgwords: frozenset[str]


def parse_outlets(text: str, where: str = "outlets.tsv") -> Outlets:
    tables: dict[str, dict[str, str]] = {kind: {} for kind in _OUTLET_KINDS}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != 3 or not all(c.strip() for c in cells):
            raise LexiconError(f"{where}:{number}: expected 'kind<TAB>key<TAB>name', got {raw!r}")
        kind, key, name = (c.strip() for c in cells)
        if kind not in tables:
            raise LexiconError(f"{where}:{number}: kind {kind!r} is not one of {_OUTLET_KINDS}")
        if key in tables[kind]:
            raise LexiconError(f"{where}:{number}: {kind} {key!r} is listed twice")
        tables[kind][key.lower() if kind == "domain" else key] = name
    return Outlets(
        abbr=tables["abbr"],
        alias=tables["alias"],
        domain=tables["domain"],
        signature=tables["signature"],
        orgwords=frozenset(tables["orgword"]),
    )


@cache
def outlets() -> Outlets:
    """The packaged outlets table, loaded once."""
    return parse_outlets(package_text("lexicons/outlets.tsv"), "custody/lexicons/outlets.tsv")


_ORG_NAME_BAD = re.compile(r"[\d!?:;,\"“”\[\]]")


def _known_outlet(name: str) -> str | None:
    table = outlets()
    return table.alias.get(name) or table.alias.get(name.replace("’", "'"))


def _org_name(text: str) -> str | None:
    """``text`` as an outlet/organisation name, or None if it does not read as one."""
    name = _clean(text).strip(" ,;:")
    if name.lower().startswith("by "):
        return None
    known = _known_outlet(name)
    if known:
        return known
    words = name.split()
    if not 1 <= len(words) <= 10 or _ORG_NAME_BAD.search(name) or name.endswith("."):
        return None
    small = page_words().name_words
    if not all(w[0].isupper() or w.lower() in small for w in words):
        return None
    if not words[0][0].isupper() or not any(w in outlets().orgwords for w in words):
        return None
    return name


def _outlet_of(inner: str) -> str | None:
    inner = inner.strip()
    table = outlets()
    if inner in table.abbr:
        return table.abbr[inner]
    known = _known_outlet(inner)
    if known:
        return known
    if inner[:1].isupper() and not _ANY_DIGIT.search(inner) and len(inner.split()) <= 5:
        return inner
    return None
