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
from typing import Any, Callable

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
    """Organisations and activities (deep copies unless ``copy=False``: mutations never touch
    the loaded data).

    What the pages need — the live activities, each listing, the agenda, the sitemap, the
    activities and lastmod of each organisation — is computed once and kept until the
    catalogue changes: a request costs O(its page), not O(catalogue). Whoever changes the
    records calls :meth:`invalidate` (``sitemodel.server.ModelSite``'s mutation API does);
    adding or removing activities through the dicts is noticed on its own."""

    _version = 0                # bumped by invalidate()
    _cache_key: Any = None      # what the cache was computed for

    def __init__(self, orgs: list[dict], activities: list[dict], today: date, copy: bool = True):
        self.today = today
        clone = _deepcopy if copy else (lambda value: value)
        self.orgs = {o["id"]: clone(o) for o in orgs}
        self.activities = {a["id"]: clone(a) for a in activities}
        self.removed: dict[str, int] = {}     # id -> HTTP status (404 or 410)
        self._version = 0
        self._cache: dict[Any, Any] = {}
        self._cache_key: Any = None

    @classmethod
    def load(cls, today: date | None = None, data_dir: Path = DATA_DIR) -> "Catalogue":
        orgs, acts = load_data(data_dir)
        return cls(orgs, acts, today or brussels_today())

    # -- caching ---------------------------------------------------------------------------
    def invalidate(self) -> None:
        """The records changed: drop everything computed from them."""
        self._version += 1

    def _cached(self, key: Any, compute: Callable[[], Any]) -> Any:
        state = (self._version, self.today, len(self.activities), len(self.orgs),
                 len(self.removed))
        if state != self._cache_key:
            self._cache, self._cache_key = {}, state
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    # -- views -----------------------------------------------------------------------------
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

    def _views(self) -> dict[str, ActivityView]:
        """A view of every activity, removed or not (built on first use)."""
        return self._cached("views", dict)

    def _view_of(self, activity_id: str) -> ActivityView:
        views = self._views()
        v = views.get(activity_id)
        if v is None:
            v = views[activity_id] = self.view(self.activities[activity_id])
        return v

    def live(self) -> list[ActivityView]:
        """Every activity still served (not removed), ordered by id."""
        return self._cached("live", lambda: [self._view_of(aid) for aid in sorted(self.activities)
                                             if aid not in self.removed])

    def get(self, activity_id: str) -> ActivityView | None:
        return self._view_of(activity_id) if activity_id in self.activities else None

    # -- what each listing shows (documented in MARKUP.md) --------------------------------
    @staticmethod
    def _order(v: ActivityView) -> tuple:
        # Newest first, then by id: what a CMS "recent" listing does.
        return (-v.record["published_day"], v.id)

    def listing(self, goal: str | None = None) -> list[ActivityView]:
        """Paginated listing: hides ended and cancelled activities."""
        def compute() -> list[ActivityView]:
            items = [v for v in self.live() if not v.ended and v.record["status"] != "cancelled"
                     and (goal is None or goal in v.record["goals"])]
            return sorted(items, key=self._order)
        return self._cached(("listing", goal), compute)

    def agenda(self) -> list[ActivityView]:
        """JS agenda: everything not ended, whatever its status; dated first, by start."""
        def compute() -> list[ActivityView]:
            items = [v for v in self.live() if not v.ended]
            far = datetime.max.replace(tzinfo=BRUSSELS)
            return sorted(items, key=lambda v: (v.start is None, v.start or far, v.id))
        return self._cached("agenda", compute)

    def sitemap(self) -> list[ActivityView]:
        return self._cached("sitemap", lambda: [v for v in self.live() if v.in_sitemap])

    def _by_org(self) -> dict[str, list[ActivityView]]:
        def compute() -> dict[str, list[ActivityView]]:
            by_org: dict[str, list[ActivityView]] = {}
            for v in self.live():
                by_org.setdefault(v.record["org_id"], []).append(v)
            return by_org
        return self._cached("by_org", compute)

    def org_activities(self, org_id: str) -> list[ActivityView]:
        return self._by_org().get(org_id, [])

    def org_lastmod(self, org_id: str) -> datetime:
        def compute() -> dict[str, datetime]:
            return {oid: max(mods) for oid, acts in self._by_org().items()
                    if (mods := [v.lastmod for v in acts if v.in_sitemap])}
        found = self._cached("org_lastmod", compute).get(org_id)
        return found if found is not None else _at(self.today, -30, "09:00")


def _deepcopy(value: Any) -> Any:
    return copy.deepcopy(value)
