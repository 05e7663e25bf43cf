"""validate → stage. At the end of the crawl the run is judged (guard rails) and, if it
passes, its staged items are applied to the catalogue; the report is printed."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import DropItem

from catalogue.store import CatalogueStore
from spiders import guard
from spiders.items import ACTIVITY_FIELDS, ActivityItem, OrganisationItem, SeenItem
from spiders.report import FieldCoverage
from spiders.validate import REQUIRED, validate

log = logging.getLogger(__name__)
NOT_REPORTED = ("source", "site_id", "sitemap_lastmod", "etag", "http_last_modified")


class ValidatePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.coverage = FieldCoverage(f for f in ACTIVITY_FIELDS if f not in NOT_REPORTED)
        crawler.doemee_coverage = self.coverage  # read by StorePipeline at the end

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        if not isinstance(item, ActivityItem):
            return item
        data = dict(item)
        problems = validate(data)
        for field, message in problems:
            self.stats.inc_value(f"doemee/field_errors/{field}")
            log.warning("veldfout / field error on %s: %s: %s", data.get("url"), field, message)
        self.coverage.add(data, problems)
        if any(field in REQUIRED for field, _ in problems):
            missing = ", ".join(field for field, _ in problems if field in REQUIRED)
            spider = spider or getattr(self.crawler, "spider", None)
            if spider is not None and hasattr(spider, "fail"):
                # Reported by URL like any other failure: the previous version is kept.
                spider.fail(data.get("url") or "?", f"onbruikbaar item, ontbreekt / unusable "
                                                    f"item, missing: {missing}")
            raise DropItem(f"onbruikbaar item / unusable item on {data.get('url')}: {problems}")
        return ActivityItem(data)


class StorePipeline:
    """Stages what the crawl finds under its run id; on close, judges and applies the run.
    A run interrupted and resumed (JOBDIR) keeps its run id, so nothing is staged twice."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.store = CatalogueStore(settings.get("DOEMEE_DB"))
        self.source = settings.get("DOEMEE_SOURCE", "ikdoemee")
        self.removal_after = settings.getint("DOEMEE_REMOVAL_AFTER_MISSES", 2)
        self.max_item_drop = settings.getfloat("DOEMEE_GUARD_MAX_ITEM_DROP", 0.3)
        self.max_coverage_drop = settings.getfloat("DOEMEE_GUARD_MAX_COVERAGE_DROP", 0.25)
        self.max_core_drop = settings.getfloat("DOEMEE_GUARD_MAX_CORE_DROP", 0.1)
        self.skipped = 0
        self.run_id = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        state = getattr(spider, "state", None)  # persisted by Scrapy when JOBDIR is set
        killed = self.crawler.settings.getint("DOEMEE_RESUME_RUN", 0)  # see spiders.cli.killed_run
        resumed = (state or {}).get("run_id") or killed or None
        if resumed:
            self.run_id = resumed
            self.store.resume_run(self.run_id)
            self.store.abandon_stale_runs(self.source, keep=self.run_id)
            log.info("crawl hervat / crawl resumed: run #%s", self.run_id)
        else:
            self.run_id = self.store.start_run(self.source, getattr(spider, "base_url", ""))
        if state is not None:
            state["run_id"] = self.run_id
        self._write_run_file()
        spider.known_pages = self.store.known_pages(self.source)
        spider.known_organisations = self.store.known_organisations(self.source)
        if resumed:
            self._restore(spider)

    def _write_run_file(self) -> None:
        jobdir = self.crawler.settings.get("JOBDIR")
        if jobdir:
            from spiders.cli import RUN_FILE
            path = Path(jobdir) / RUN_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"run_id": self.run_id}), encoding="utf-8")

    def _restore(self, spider) -> None:
        """A resumed run continues from what it staged before: those activities are not
        requested again, and they count for the report and the guard rails."""
        coverage: FieldCoverage = self.crawler.doemee_coverage
        prefix = f"{self.source}:"
        for kind, item_id, data in self.store.db.execute(
                "select kind, id, data from staging where run_id = ?", [self.run_id]).fetchall():
            if kind == "organisation" or not item_id.startswith(prefix):
                continue
            spider.requested_ids.add(item_id[len(prefix):])
            if kind == "activity":
                coverage.add(json.loads(data))
            elif kind == "seen":
                self.skipped += 1

    def process_item(self, item, spider=None):
        if isinstance(item, ActivityItem):
            self.store.stage(self.run_id, "activity", dict(item), item["id"])
        elif isinstance(item, SeenItem):
            self.store.stage(self.run_id, "seen", None, item["id"])
            self.skipped += 1
        elif isinstance(item, OrganisationItem):
            self.store.stage(self.run_id, "organisation", dict(item), item["id"])
        self.store.db.conn.commit()
        return item

    def spider_closed(self, spider, reason):
        coverage: FieldCoverage = self.crawler.doemee_coverage
        failures = list(getattr(spider, "failures", []))
        stats = self.crawler.stats.get_stats()
        shares = coverage.shares()
        complete = reason == "finished" and not failures
        resumable = reason == "shutdown" and bool(self.crawler.settings.get("JOBDIR"))
        previous = self.store.previous_complete_run(self.source, self.run_id)
        verdict = guard.check(coverage.items, self.skipped, shares, previous,
                              self.max_item_drop, self.max_coverage_drop, self.max_core_drop,
                              stored=self.store.db.execute(
                                  "select count(*) from staging where run_id = ? and kind = 'activity'",
                                  [self.run_id]).fetchone()[0])
        if reason != "finished" and verdict and coverage.items + self.skipped > 0:
            verdict = None  # an interrupted run is partial, not a markup failure
        removed = self.store.finish_run(
            self.run_id, complete=complete, finish_reason=reason, guard=verdict,
            gone=getattr(spider, "gone", []), removal_after=self.removal_after,
            keep_staged=resumable,
            lastmods={f"{self.source}:{site_id}": lastmod
                      for site_id, lastmod in getattr(spider, "sitemap_lastmods", {}).items()},
            summary={"items": coverage.items, "skipped": self.skipped,
                     "pages_fetched": stats.get("response_received_count", 0),
                     "errors": len(failures) + sum(coverage.errors.values()),
                     "field_coverage": shares, "failures": failures, "stats": stats})
        run = self.store.db["crawl_runs"].get(self.run_id)
        print(coverage.format(failures))
        if verdict:
            log.error("CRAWL MISLUKT, catalogus ongewijzigd / CRAWL FAILED, catalogue unchanged: %s",
                      verdict)
        elif not complete:
            log.warning("onvolledige crawl (%s, %d mislukt): niets als verwijderd gemarkeerd / "
                        "partial crawl (%s, %d failed): nothing marked removed",
                        reason, len(failures), reason, len(failures))
        print(f"Run #{self.run_id} {run['status']}: nieuw/new {run['new'] or 0}, "
              f"gewijzigd/changed {run['changed'] or 0}, ongewijzigd/unchanged "
              f"{run['unchanged'] or 0} (waarvan niet gedownload / of which not downloaded "
              f"{self.skipped}), verwijderd/removed {removed}, organisaties/organisations "
              f"{run['organisations'] or 0}")
