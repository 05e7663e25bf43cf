"""Small text and date helpers shared by the build, the feeds and the Datasette plugin.

Everything here is pure (no I/O) so it can be used from the plugin without importing the
build machinery.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from doemee.clock import BRUSSELS, to_brussels

# XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates and U+FFFE/U+FFFF;
# DEL and C1 controls are legal but the W3C validator warns about them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Combining marks (the accents NFKD splits off): general, extended and supplement blocks.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# RFC 3986 reserved and unreserved characters plus '%' (already-encoded URLs stay intact).
_URL_SAFE = ":/?#[]@!$&'()*+,;=-._~%"


def clean_text(value: Any, *, single_line: bool = False) -> str:
    """Plain text safe for XML and HTML templates: no control characters, tidy spaces."""
    if value is None:
        return ""
    text = str(value)
    if single_line and text.isprintable() and "  " not in text \
            and text[:1] != " " and text[-1:] != " ":
        # Fast path for the common short value (tags, evidence, names): printable text holds
        # no control character and no whitespace but single ASCII spaces, so it is already
        # clean. Publishing calls this tens of times per activity.
        return text
    text = _CONTROL.sub("", text)
    if single_line:
        return " ".join(text.split())
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def fold(value: Any) -> str:
    """Lower-case and strip accents: 'Taalcafé Één' -> 'taalcafe een'.

    SQLite 3.40's trigram tokenizer cannot fold diacritics, so the published database indexes
    folded text and the search plugin folds the query the same way.
    """
    if not value:
        return ""
    text = str(value)
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def safe_url(value: Any) -> str | None:
    """Keep only absolute http(s) URLs; anything else (javascript:, data:, relative) is dropped."""
    if not value or not isinstance(value, str):
        return None
    url = clean_text(value, single_line=True)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Percent-encode what a URL may not contain (quotes, angle brackets, spaces, non-ASCII as
    # UTF-8): the link still works and no markup survives in it, in any output.
    return quote(url, safe=_URL_SAFE)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (=, +, -, @ …) gets a leading
    apostrophe, the usual guard against CSV injection; numbers ("-4.5") stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) \
            and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def slugify(value: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(value)).strip("-")
    return slug or "onbekend"


# -- dates ---------------------------------------------------------------------------------

def parse_when(value: Any) -> datetime | None:
    """An ISO date or datetime string as an aware Europe/Brussels datetime (None if unusable)."""
    if not value:
        return None
    if isinstance(value, datetime):
        return to_brussels(value)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), BRUSSELS)
    text = str(value).strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), time(0, 0))
        except ValueError:
            return None
    return to_brussels(parsed)


WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WEEKDAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec")
_WEEKDAY_RE = re.compile(
    r"\b(" + "|".join(WEEKDAYS_NL) + r")(?:en|s)?\b")
_ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def schedule_weekdays(schedule: Any) -> set[int]:
    """Weekdays (0 = Monday) named in a schedule text such as 'elke dinsdag en donderdag'."""
    text = fold(schedule)
    days = {WEEKDAYS_NL.index(m.group(1)) for m in _WEEKDAY_RE.finditer(text)}
    for i, name in enumerate(_ENGLISH):
        if re.search(rf"\b{name}s?\b", text):
            days.add(i)
    return days


def next_occurrence(start: Any, end: Any, schedule: Any,
                    now: datetime) -> tuple[datetime | None, bool]:
    """The next time an activity takes place after ``now``, and whether it is over.

    Single events: their start. Running series (start past, end future or absent, weekdays
    named in the schedule): the next named weekday at the start's time of day. A running
    offer without named weekdays has no known next date (None) but is not over.
    """
    start_dt, end_dt = parse_when(start), parse_when(end)
    if start_dt is None:
        return None, bool(end_dt and end_dt < now)
    if start_dt >= now:
        return start_dt, False
    days = schedule_weekdays(schedule)
    running = (end_dt is not None and end_dt >= now) or (end_dt is None and bool(days))
    if not running:
        return None, True
    if not days:
        return None, False
    for offset in range(0, 8):
        day = (now + timedelta(days=offset)).date()
        if day.weekday() in days:
            candidate = datetime.combine(day, start_dt.timetz().replace(tzinfo=None), BRUSSELS)
            if candidate >= now:
                if end_dt is not None and candidate > end_dt:
                    return None, True
                return candidate, False
    return None, False


def format_day_nl(value: datetime | None, *, with_time: bool = True) -> str:
    """'di 3 dec 2024, 19:00' (Dutch, Brussels time)."""
    if value is None:
        return ""
    value = to_brussels(value)
    text = f"{WEEKDAYS_SHORT[value.weekday()]} {value.day} {MONTHS_SHORT[value.month - 1]} {value.year}"
    if with_time and (value.hour or value.minute):
        text += f", {value:%H:%M}"
    return text


def iso_minute(value: datetime | None) -> str | None:
    """Sortable local text 'YYYY-MM-DD HH:MM' (Brussels) for the published table."""
    if value is None:
        return None
    return to_brussels(value).strftime("%Y-%m-%d %H:%M")
