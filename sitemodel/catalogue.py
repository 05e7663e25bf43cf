"""The model catalogue in memory, seen from a given ``today``.

Stored dates are day offsets from "today" plus local times (``when``), so the model never goes
stale. ``Catalogue.view(record)`` turns one stored activity into what the pages show:
timezone-aware datetimes (Europe/Brussels, +01:00/+02:00 as DST dictates), slugs, paths,
whether it has ended, whether it is in the sitemap yet.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from doemee.clock import BRUSSELS
from sitemodel.generate import slugify
from sitemodel.text import html_to_text

DATA_DIR = Path(__file__).parent / "data"
LANGS = ("nl", "en", "fr")
ACTIVITY_PATH = {"nl": "/nl/activiteit/{id}-{slug}", "en": "/en/activity/{id}-{slug}",
                 "fr": "/fr/activite/{id}-{slug}"}
ORG_PATH = {"nl": "/nl/organisatie/{id}-{slug}", "en": "/en/organisation/{id}-{slug}",
            "fr": "/fr/organisation/{id}-{slug}"}


def brussels_today() -> date:
    return datetime.now(BRUSSELS).date()


def load_data(data_dir: Path = DATA_DIR) -> tuple[list[dict], list[dict]]:
    orgs = json.loads((data_dir / "organisations.json").read_text(encoding="utf-8"))
    acts = json.loads((data_dir / "activities.json").read_text(encoding="utf-8"))
    return orgs, acts


@dataclass
class ActivityView:
    record: dict[str, Any]
    org: dict[str, Any]
    slug: str
    start: datetime | None
    end: datetime | None
    ended: bool
    in_sitemap: bool
    lastmod: datetime

    @property
    def id(self) -> str:
        return self.record["id"]

    def path(self, lang: str = "nl") -> str:
        return ACTIVITY_PATH[lang].format(id=self.id, slug=self.slug)

    @property
    def description_text(self) -> str:
        return html_to_text(self.record["description_html"])


def org_path(org: dict[str, Any], lang: str = "nl") -> str:
    return ORG_PATH[lang].format(id=org["id"], slug=org["slug"])


def _at(today: date, day: int | None, hhmm: str | None) -> datetime | None:
    if day is None:
        return None
    t = time.fromisoformat(hhmm) if hhmm else time(0, 0)
    return datetime.combine(today + timedelta(days=day), t, tzinfo=BRUSSELS)


class Catalogue:
    """Organisations and activities (deep copies: mutations never touch the loaded data)."""

    def __init__(self, orgs: list[dict], activities: list[dict], today: date):
        self.today = today
        self.orgs = {o["id"]: copy.deepcopy(o) for o in orgs}
        self.activities = {a["id"]: copy.deepcopy(a) for a in activities}
        self.removed: dict[str, int] = {}     # id -> HTTP status (404 or 410)

    @classmethod
    def load(cls, today: date | None = None, data_dir: Path = DATA_DIR) -> "Catalogue":
        orgs, acts = load_data(data_dir)
        return cls(orgs, acts, today or brussels_today())

    def view(self, record: dict[str, Any]) -> ActivityView:
        w = record["when"]
        start = _at(self.today, w.get("start_day"), w.get("start_time"))
        end = _at(self.today, w.get("end_day"), w.get("end_time"))
        last = end or start
        ended = last is not None and last.date() < self.today
        lastmod = _at(self.today, record["lastmod_day"], record["lastmod_time"])
        return ActivityView(record=record, org=self.orgs[record["org_id"]], slug=slugify(record["title"]),
                            start=start, end=end, ended=ended,
                            in_sitemap=record["published_day"] < 0, lastmod=lastmod)

    def live(self) -> list[ActivityView]:
        """Every activity still served (not removed), ordered by id."""
        return [self.view(a) for aid, a in sorted(self.activities.items()) if aid not in self.removed]

    def get(self, activity_id: str) -> ActivityView | None:
        rec = self.activities.get(activity_id)
        return self.view(rec) if rec is not None else None

    # -- what each listing shows (documented in MARKUP.md) --------------------------------
    @staticmethod
    def _order(v: ActivityView) -> tuple:
        # Newest first, then by id: what a CMS "recent" listing does.
        return (-v.record["published_day"], v.id)

    def listing(self, goal: str | None = None) -> list[ActivityView]:
        """Paginated listing: hides ended and cancelled activities."""
        items = [v for v in self.live() if not v.ended and v.record["status"] != "cancelled"
                 and (goal is None or goal in v.record["goals"])]
        return sorted(items, key=self._order)

    def agenda(self) -> list[ActivityView]:
        """JS agenda: everything not ended, whatever its status; dated first, by start."""
        items = [v for v in self.live() if not v.ended]
        far = datetime.max.replace(tzinfo=BRUSSELS)
        return sorted(items, key=lambda v: (v.start is None, v.start or far, v.id))

    def sitemap(self) -> list[ActivityView]:
        return [v for v in self.live() if v.in_sitemap]

    def org_activities(self, org_id: str) -> list[ActivityView]:
        return [v for v in self.live() if v.record["org_id"] == org_id]

    def org_lastmod(self, org_id: str) -> datetime:
        mods = [v.lastmod for v in self.org_activities(org_id) if v.in_sitemap]
        return max(mods) if mods else _at(self.today, -30, "09:00")
