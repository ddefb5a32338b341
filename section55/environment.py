"""Reading configuration from environment variables, failing loudly on a bad value.

Every error names the variable and what was wrong, so a mistyped setting stops start-up with a
message an administrator can act on.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

ENVIRONMENTS = ("production", "demo", "development", "test")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def text(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def required(name: str, why: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set: {why}")
    return value


def boolean(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not '{raw}'")


def integer(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not '{raw}'") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {value}")
    return value


def listing(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = os.environ.get(name, default).strip().lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not '{value}'")
    return value


def database(name: str, default: str) -> dict:
    import dj_database_url

    raw = os.environ.get(name, default)
    if not raw.startswith(("sqlite:", "postgres:", "postgresql:")):
        raise ImproperlyConfigured(
            f"{name} must start with sqlite:// or postgresql://, not '{raw.split(':')[0]}:'"
        )
    try:
        config = dj_database_url.parse(raw, conn_max_age=60, conn_health_checks=True)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} could not be read: {error}") from None
    if config["ENGINE"].endswith("sqlite3"):
        _make_parent_folder(config["NAME"])
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {"init_command": "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;"}
    return config


def _make_parent_folder(sqlite_name: str) -> None:
    if sqlite_name and sqlite_name != ":memory:":
        Path(sqlite_name).parent.mkdir(parents=True, exist_ok=True)
