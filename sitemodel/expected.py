"""What a correct spider must extract from the model, per activity.

``expected_activities(today)`` returns one dict per served activity (every activity, whatever
its status, including ended ones and those published today), keyed by the names of
``catalogue.store.ACTIVITY_COLUMNS``. The rules (documented in MARKUP.md, "Expected
extraction") are:

- ``url`` and ``organizer_url`` are the **nl** paths (``/nl/activiteit/<id>-<slug>``), relative
  to the base URL; a spider that stores absolute URLs compares the path.
- ``title``, ``location_name``, ``price_text``, ``schedule``, contact fields: the visible text,
  whitespace-normalised (runs of whitespace → one space, stripped).
- ``description``: the provider HTML turned into plain text by ``sitemodel.text.html_to_text``.
- ``start``/``end``: ISO 8601 with the Europe/Brussels offset, or None.
- ``offers``/``is_free``: only from structured data (JSON-LD or microdata); None on pages
  without structured data or when the page does not state them. ``offers`` is a list of
  ``{"name", "price" (float), "currency"}``.
- ``languages``: ISO 639-1 codes (``data-code`` / ``inLanguage``), in page order.
- ``dutch_level``: the site's taaliconen (``data-level``), None when absent.
- ``extracted_by``: ``jsonld`` | ``microdata`` | ``profile`` (the page's structured-data variant).
- ``sitemap_lastmod``: the ``<lastmod>`` in the sitemap, None when not (yet) in it.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sitemodel.catalogue import ActivityView, Catalogue, org_path
from sitemodel.text import html_to_text, normalise_space

EXTRACTED_BY = {"jsonld": "jsonld", "microdata": "microdata", "none": "profile"}


def expected_activity(v: ActivityView) -> dict[str, Any]:
    rec = v.record
    loc = rec.get("location") or {}
    geo = rec.get("geo") or {}
    contact = rec.get("contact") or {}
    structured = rec["structured"] != "none"
    offers = None
    if structured and rec.get("offers"):
        offers = [{"name": o["name"], "price": float(o["price"]), "currency": o["currency"]}
                  for o in rec["offers"]]
    return {
        "site_id": rec["id"],
        "url": v.path("nl"),
        "title": normalise_space(rec["title"]),
        "description": html_to_text(rec["description_html"]),
        "organizer_id": v.org["id"],
        "organizer_name": v.org["name"],
        "organizer_url": org_path(v.org, "nl"),
        "location_name": normalise_space(loc.get("name")),
        "street": normalise_space(loc.get("street")),
        "postcode": loc.get("postcode"),
        "locality": loc.get("locality"),
        "online": bool(rec["online"]),
        "lat": geo.get("lat"),
        "lon": geo.get("lon"),
        "start": v.start.isoformat() if v.start else None,
        "end": v.end.isoformat() if v.end else None,
        "schedule": normalise_space(rec.get("schedule")),
        "price_text": normalise_space(rec.get("price_text")),
        "offers": offers,
        "is_free": rec.get("is_free") if structured else None,
        "languages": list(rec["languages"]),
        "dutch_level": rec.get("dutch_level_icon"),
        "goals": list(rec["goals"]),
        "contact_name": normalise_space(contact.get("name")),
        "contact_phone": normalise_space(contact.get("phone")),
        "contact_email": contact.get("email"),
        "booking_url": rec.get("booking_url"),
        "status": rec["status"],
        "extracted_by": EXTRACTED_BY[rec["structured"]],
        "sitemap_lastmod": v.lastmod.isoformat() if v.in_sitemap else None,
    }


def expected_from_catalogue(catalogue: Catalogue) -> list[dict[str, Any]]:
    return [expected_activity(v) for v in catalogue.live()]


def expected_activities(today: date | None = None) -> list[dict[str, Any]]:
    """The expected extraction for the bundled model as served on ``today``."""
    return expected_from_catalogue(Catalogue.load(today))
