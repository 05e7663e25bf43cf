"""validate → store. The store pipeline also closes the crawl run and prints the report."""
from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import DropItem

from catalogue.store import CatalogueStore
from spiders.items import ACTIVITY_FIELDS, ActivityItem, OrganisationItem
from spiders.report import FieldCoverage
from spiders.validate import REQUIRED, validate

log = logging.getLogger(__name__)


class ValidatePipeline:
    def __init__(self, crawler):
        self.stats = crawler.stats
        self.coverage = FieldCoverage(f for f in ACTIVITY_FIELDS
                                      if f not in ("source", "site_id", "sitemap_lastmod"))
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
            raise DropItem(f"onbruikbaar item / unusable item on {data.get('url')}: {problems}")
        return ActivityItem(data)


class StorePipeline:
    """Upserts into the catalogue; on spider close records the run and marks removals —
    only when the crawl finished normally and nothing failed."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.store = CatalogueStore(settings.get("DOEMEE_DB"))
        self.source = settings.get("DOEMEE_SOURCE", "ikdoemee")
        self.outcomes = {"new": 0, "changed": 0, "unchanged": 0}
        self.organisations = 0
        self.run_id = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.run_id = self.store.start_run(self.source, getattr(spider, "base_url", ""))

    def process_item(self, item, spider=None):
        if isinstance(item, ActivityItem):
            outcome = self.store.upsert_activity(dict(item), self.run_id)
            self.outcomes[outcome] += 1
        elif isinstance(item, OrganisationItem):
            self.store.upsert_organisation(dict(item), self.run_id)
            self.organisations += 1
        return item

    def spider_closed(self, spider, reason):
        coverage: FieldCoverage = self.crawler.doemee_coverage
        failures = list(getattr(spider, "failures", []))
        stats = self.crawler.stats.get_stats()
        complete = reason == "finished" and not failures and coverage.items > 0
        removed = self.store.finish_run(self.run_id, complete=complete, finish_reason=reason, summary={
            "items": coverage.items, **self.outcomes, "organisations": self.organisations,
            "pages_fetched": stats.get("response_received_count", 0),
            "errors": len(failures) + sum(coverage.errors.values()),
            "field_coverage": coverage.shares(), "failures": failures, "stats": stats,
        })
        if not complete:
            log.warning("onvolledige crawl (%s, %d mislukt): niets als verwijderd gemarkeerd / "
                        "incomplete crawl (%s, %d failed): nothing marked removed",
                        reason, len(failures), reason, len(failures))
        print(coverage.format(failures))
        print(f"Run #{self.run_id}: nieuw/new {self.outcomes['new']}, gewijzigd/changed "
              f"{self.outcomes['changed']}, ongewijzigd/unchanged {self.outcomes['unchanged']}, "
              f"verwijderd/removed {removed}, organisaties/organisations {self.organisations}, "
              f"status {'volledig/complete' if complete else 'onvolledig/partial'}")
