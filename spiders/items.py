"""The one normalised activity item and the organisation item.

Their fields are the store's columns (``catalogue/store.py``), so the spider, the store and
the export can never disagree on a name.
"""
from __future__ import annotations

import scrapy

from catalogue.store import ACTIVITY_COLUMNS, ORGANISATION_COLUMNS, VOLATILE

ACTIVITY_FIELDS = tuple(k for k in ACTIVITY_COLUMNS if k not in VOLATILE) + (
    "sitemap_lastmod", "etag", "http_last_modified")
ORGANISATION_FIELDS = tuple(k for k in ORGANISATION_COLUMNS
                            if k not in {"content_hash", "first_seen", "last_seen", "last_run_id"})


class ActivityItem(scrapy.Item):
    fields = {name: scrapy.Field() for name in ACTIVITY_FIELDS}


class OrganisationItem(scrapy.Item):
    fields = {name: scrapy.Field() for name in ORGANISATION_FIELDS}


class SeenItem(scrapy.Item):
    """An activity known to be unchanged (sitemap lastmod, or HTTP 304): not downloaded."""
    id = scrapy.Field()
