"""The calendar table: month and weekday names as news writes them
(``lexicons/calendar.json``), read and checked once, for the readers of dates in
the text's metadata (``documents/dates.py``) and in its sentences (``extract/dates.py``).
"""

from __future__ import annotations

from typing import Any

from custody.errors import LexiconError
from custody.lexicon_files import read_json

_SIZES = {"months": 12, "month_abbreviations": 0, "weekdays": 7, "ordinals": 31}


def read_calendar() -> dict[str, Any]:
    """lexicons/calendar.json, checked (parse_calendar)."""
    return parse_calendar(read_json("calendar.json"), "lexicons/calendar.json")


def parse_calendar(data: Any, where: str) -> dict[str, Any]:
    """The calendar table; a broken entry raises LexiconError naming ``where`` and the key."""
    for key, size in _SIZES.items():
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, (dict, list)) or (size and len(value) != size):
            raise LexiconError(f"{where}: {key!r}: expected {size or 'a table of'} entries")
    for key in ("months", "month_abbreviations"):
        if not isinstance(data[key], dict):
            raise LexiconError(f"{where}: {key!r}: expected an object of name: month number")
        bad = [k for k, v in data[key].items() if not (isinstance(v, int) and 1 <= v <= 12)]
        if bad:
            raise LexiconError(f"{where}: {key}.{bad[0]}: expected a month number 1-12")
    short = data.get("weekday_abbreviations", {})
    if not isinstance(short, dict) or any(
        not (isinstance(v, int) and 0 <= v <= 6) for v in short.values()
    ):
        raise LexiconError(f"{where}: 'weekday_abbreviations': expected name: weekday 0-6")
    return dict(data)


CALENDAR = read_calendar()
MONTHS: dict[str, int] = {
    name.lower(): number
    for table in ("months", "month_abbreviations")
    for name, number in CALENDAR[table].items()
}
"""Month names and short forms, lower-cased, to month numbers."""
WEEKDAYS: dict[str, int] = {day.lower(): i for i, day in enumerate(CALENDAR["weekdays"])}
"""Day names, lower-cased, to Python's weekday numbers (Monday 0)."""
WEEKDAYS_AND_SHORT: dict[str, int] = {
    **WEEKDAYS,
    **{k.lower(): v for k, v in CALENDAR.get("weekday_abbreviations", {}).items()},
}
"""Day names and their short forms ('sat', 'thurs'), lower-cased, to weekday numbers."""
