"""Combine the layers into one normalised activity item.

Per field: schema.org data when the page states it, else the site profile's selectors.
A page is an activity when it carries a schema.org Event, or matches the profile's activity
markup. The id is the site's own id (or the canonical URL), never the title.
"""
from __future__ import annotations

from typing import Any

from parsel import Selector

from spiders.extract import normalise as n
from spiders.extract import profile as profile_layer
from spiders.extract import structured
from spiders.extract.selectors import CompiledSelector
from spiders.items import ACTIVITY_FIELDS
from spiders.site_profile import SiteProfile

# Fields that both layers may give; structured data wins. Except the description (below).
SHARED_FIELDS = ("title", "start", "end", "location_name", "street",
                 "postcode", "locality", "lat", "lon", "online", "organizer_name",
                 "organizer_url", "languages")


_CANONICAL = CompiledSelector('link[rel="canonical"]::attr(href)')


def canonical_url(page: Selector, url: str) -> str:
    href = _CANONICAL.first(getattr(page, "root", page))
    return n.join_url(url, href.strip()) if href else url


def extract_activity(page: Selector, url: str, profile: SiteProfile, source: str) -> dict[str, Any] | None:
    """The item of an activity page, or None when the page holds no activity.

    ``page`` is the page's parsel/Scrapy Selector (``response.selector``) or its lxml root:
    the tree is parsed once, by Scrapy, and every layer reads that same tree."""
    page = getattr(page, "root", page)
    syntax, events = structured.find_events(page, url)
    found = structured.event_fields(events[0]) if events else {}
    # The visible value of a field the structured data states is never used: not parsed.
    stated = [f for f in SHARED_FIELDS if found.get(f) not in (None, [], "")]
    visible = profile_layer.activity_fields(page, profile, skip=stated)
    if not events and not visible:
        return None
    item: dict[str, Any] = {"source": source, "extracted_by": syntax or "profile"}
    for field in SHARED_FIELDS:
        value = found.get(field)
        item[field] = value if value not in (None, [], "") else visible.get(field)
    # The visible description wins: its HTML keeps paragraphs and lists that microdata's text
    # content flattens. The structured one is only converted when needed (it costs a parse).
    item["description"] = visible.get("description") or (
        structured.event_description(events[0]) if events else None)
    for field, value in visible.items():
        item.setdefault(field, value)
    for field in ("offers", "is_free", "country"):     # only structured data states these
        item[field] = found.get(field)
    item["url"] = canonical_url(page, url)
    if item.get("organizer_url"):
        item["organizer_url"] = n.join_url(url, item["organizer_url"])
        org_site_id = profile.organisation_id_from_url(item["organizer_url"])
        item["organizer_id"] = f"{source}:org:{org_site_id}" if org_site_id else None
    if item.get("booking_url"):
        item["booking_url"] = n.join_url(url, item["booking_url"])
    item["status"] = n.status_from_words(
        [visible.get("status"), visible.get("status_class"), *found.get("status_words", [])],
        profile.status_words)
    item.pop("status_class", None)
    item["online"] = bool(item.get("online"))
    item["site_id"] = (visible.get("site_id") or profile.activity_id_from_url(item["url"])
                       or found.get("structured_id") or item["url"])
    item["id"] = f"{source}:{item['site_id']}"
    return {field: item.get(field) for field in ACTIVITY_FIELDS}


def extract_organisation(page: Selector, url: str, profile: SiteProfile, source: str) -> dict[str, Any] | None:
    page = getattr(page, "root", page)
    fields = profile_layer.organisation_fields(page, profile)
    if not fields.get("name"):
        return None
    site_id = fields.pop("site_id", None) or profile.organisation_id_from_url(url) or url
    fields.update(id=f"{source}:org:{site_id}", source=source, url=canonical_url(page, url))
    if fields.get("website"):
        fields["website"] = n.join_url(url, fields["website"])
    return fields
