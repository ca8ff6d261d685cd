"""One frozen settings object, loaded once and passed down.

Sources, later ones winning: built-in defaults, a TOML file
(``custody.toml`` in the working folder, or the path in ``CUSTODY_CONFIG``),
then environment variables ``CUSTODY_DB``, ``CUSTODY_MAX_BYTES``,
``CUSTODY_TOKEN`` and ``CUSTODY_PROTECT_READS``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from custody.errors import SettingsError

DEFAULT_DB = "custody.db"


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    """SQLite file path or SQLAlchemy URL (``postgresql+psycopg://...``)."""
    max_bytes: int = 5_000_000
    """Files larger than this are refused at ingestion."""
    language: str = "en"
    token: str | None = None
    """Bearer token that ``custody serve`` requires for writes (none: read-only)."""
    protect_reads: bool = False
    """When true, ``custody serve`` requires the token for reads too."""


_ENV = {
    "CUSTODY_DB": "db",
    "CUSTODY_MAX_BYTES": "max_bytes",
    "CUSTODY_TOKEN": "token",
    "CUSTODY_PROTECT_READS": "protect_reads",
}
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _coerce(name: str, value: Any, origin: str) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    if name not in kinds:
        raise SettingsError(f"{origin}: unknown setting {name!r}")
    if kinds[name] == "int":
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{origin}: {name} must be a whole number, got {value!r}") from None
        if number <= 0:
            raise SettingsError(f"{origin}: {name} must be positive, got {number}")
        return number
    if kinds[name] == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
            return value.strip().lower() in _TRUE
        raise SettingsError(f"{origin}: {name} must be true or false, got {value!r}")
    if not isinstance(value, str) or not value:
        raise SettingsError(f"{origin}: {name} must be a non-empty string")
    return value


def load_settings(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Defaults <- TOML file <- environment <- explicit overrides (non-None)."""
    settings = Settings()
    toml_path = Path(path or os.environ.get("CUSTODY_CONFIG") or "custody.toml")
    if toml_path.is_file():
        import tomllib  # here, not at the top: most runs have no settings file to parse

        try:
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{toml_path}: {exc}") from None
        section = data.get("custody", data)
        changes = {k: _coerce(k, v, str(toml_path)) for k, v in section.items()}
        settings = replace(settings, **changes)
    for env, name in _ENV.items():
        if os.environ.get(env):
            settings = replace(settings, **{name: _coerce(name, os.environ[env], env)})
    given = {k: _coerce(k, v, f"--{k}") for k, v in overrides.items() if v is not None}
    return replace(settings, **given)
