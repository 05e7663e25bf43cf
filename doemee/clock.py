"""The project's one clock: timezone-aware, Europe/Brussels.

Every timestamp the project writes comes from here, so tests freeze time in one place
(time-machine patches ``datetime.now``) and nothing ever writes a naive datetime.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def now() -> datetime:
    return datetime.now(BRUSSELS).replace(microsecond=0)


def now_iso() -> str:
    return now().isoformat()


def to_brussels(value: datetime) -> datetime:
    """Attach or convert to Europe/Brussels; a naive value is taken as Brussels local time."""
    if value.tzinfo is None:
        return value.replace(tzinfo=BRUSSELS)
    return value.astimezone(BRUSSELS)
