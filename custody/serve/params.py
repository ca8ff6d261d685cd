"""Query parameters of the API and the pages, checked before anything reaches the store.

A bad value raises :class:`BadParameter`, which the app turns into a 400 with a
JSON body naming the parameter and what was expected. Values then reach the
database only as bound parameters (SQLAlchemy Core).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from custody.record import EVENT_TYPES, STATUSES
from custody.serve.queries import DEFAULT_PAGE, MAX_PAGE, Page
from custody.store import Filters

if TYPE_CHECKING:
    from custody.happenings import HappeningFilters

MAX_TEXT = 200  # longest text filter value accepted
MAX_OFFSET = 1_000_000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

RECORD_FILTERS = ("type", "status", "holder", "nationality", "since", "until", "source", "document")
HAPPENING_FILTERS = ("type", "status", "holder", "nationality", "since", "until", "deal")
PAGING = ("limit", "offset", "sort")


class BadParameter(ValueError):
    """A query parameter that cannot be used: which one, and what was expected."""

    def __init__(self, parameter: str, expected: str, got: str | None = None) -> None:
        self.parameter = parameter
        self.expected = expected
        self.got = got
        super().__init__(f"{parameter}: expected {expected}")

    def to_dict(self) -> dict[str, str | None]:
        shown = self.got if self.got is None or len(self.got) <= 80 else self.got[:80] + "…"
        return {
            "error": "bad parameter",
            "parameter": self.parameter,
            "expected": self.expected,
            "got": shown,
        }


def check_known(given: Iterable[str], allowed: Iterable[str]) -> None:
    known = set(allowed)
    for name in given:
        if name not in known:
            raise BadParameter(name, "one of " + ", ".join(sorted(known)), name)


def _text(query: Mapping[str, str], name: str) -> str | None:
    value = query.get(name)
    if value is None or value == "":
        return None
    if len(value) > MAX_TEXT:
        raise BadParameter(name, f"at most {MAX_TEXT} characters", value)
    if "\x00" in value:
        raise BadParameter(name, "text without NUL characters", value)
    return value


def path_value(name: str, value: str) -> str:
    """A value from the URL path (a document id, a name), checked like a text filter."""
    checked = _text({name: value}, name)
    if checked is None:
        raise BadParameter(name, "a non-empty value", value)
    return checked


def _choice(query: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    value = _text(query, name)
    if value is not None and value not in allowed:
        raise BadParameter(name, "one of " + ", ".join(allowed), value)
    return value


def _date(query: Mapping[str, str], name: str) -> str | None:
    value = _text(query, name)
    if value is not None and not _DATE.fullmatch(value):
        raise BadParameter(name, "a date YYYY, YYYY-MM or YYYY-MM-DD", value)
    return value


def _int(query: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = query.get(name)
    if value is None or value == "":
        return default
    if not re.fullmatch(r"\d{1,9}", value) or not low <= int(value) <= high:
        raise BadParameter(name, f"a whole number from {low} to {high}", value)
    return int(value)


def record_filters(query: Mapping[str, str]) -> Filters:
    """The filters of ``custody events`` from a query string."""
    return Filters(
        type=_choice(query, "type", EVENT_TYPES),
        status=_choice(query, "status", STATUSES),
        holder=_text(query, "holder"),
        nationality=_text(query, "nationality"),
        since=_date(query, "since"),
        until=_date(query, "until"),
        source=_text(query, "source"),
        document=_text(query, "document"),
    )


def happening_filters(query: Mapping[str, str]) -> HappeningFilters:
    """The filters of ``custody happenings`` (and ``min_support``) from a query string."""
    from custody.happenings import HappeningFilters

    return HappeningFilters(
        type=_choice(query, "type", EVENT_TYPES),
        status=_choice(query, "status", STATUSES),
        holder=_text(query, "holder"),
        nationality=_text(query, "nationality"),
        since=_date(query, "since"),
        until=_date(query, "until"),
        deal=_text(query, "deal"),
        min_support=_int(query, "min_support", 0, 0, 1_000_000),
    )


def page(query: Mapping[str, str], sorts: Iterable[str], default_sort: str) -> Page:
    """``limit`` (1..MAX_PAGE), ``offset`` and ``sort`` (a key, or ``-key`` for descending)."""
    keys = tuple(sorts)
    sort = _text(query, "sort") or default_sort
    if sort.removeprefix("-") not in keys:
        raise BadParameter("sort", "one of " + ", ".join(keys) + " (with - for descending)", sort)
    return Page(
        limit=_int(query, "limit", DEFAULT_PAGE, 1, MAX_PAGE),
        offset=_int(query, "offset", 0, 0, MAX_OFFSET),
        sort=sort,
    )
