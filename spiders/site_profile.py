"""Everything specific to ikdoemee.be's URLs and markup, in one place.

The selectors below were written against the *offline model* (``sitemodel/MARKUP.md``) because
nobody has seen the live site's markup. When real pages are captured (``doemee capture``),
compare them with MARKUP.md and change this file only. The schema.org layer
(``spiders/extract/structured.py``) needs no site knowledge and keeps working meanwhile, and
the crawl report shows at once which fields stopped extracting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

GOALS = (
    "nederlands-oefenen",
    "mensen-ontmoeten",
    "vrienden-maken",
    "iets-nieuws-leren",
    "vrijwilligerswerk",
    "voorbereiden-op-werk",
)


@dataclass(frozen=True)
class SiteProfile:
    name: str
    # -- discovery ------------------------------------------------------------------------
    sitemap_paths: tuple[str, ...]
    listing_paths: tuple[str, ...]          # server-rendered, paginated with rel=next
    js_listing_paths: tuple[str, ...]       # need a browser ("Meer laden")
    activity_url: re.Pattern[str]           # group 1 = the site's activity id
    organisation_url: re.Pattern[str]       # group 1 = the site's organisation id
    listing_link: str                       # CSS: activity links on a listing page
    next_page: str                          # CSS: the next page link
    load_more: str                          # CSS: the "Meer laden" button of JS listings
    js_results_ready: str                   # CSS: a card that proves the JS listing rendered
    # -- activity page --------------------------------------------------------------------
    activity_root: str
    activity_id_attr: str
    fields: dict[str, str] = field(default_factory=dict)      # field -> CSS selector
    status_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # -- organisation page ----------------------------------------------------------------
    organisation_root: str = ""
    organisation_id_attr: str = ""
    organisation_fields: dict[str, str] = field(default_factory=dict)

    def activity_id_from_url(self, url: str) -> str | None:
        match = self.activity_url.search(url)
        return match.group(1) if match else None

    def organisation_id_from_url(self, url: str) -> str | None:
        match = self.organisation_url.search(url)
        return match.group(1) if match else None


IKDOEMEE = SiteProfile(
    name="ikdoemee",
    sitemap_paths=("/sitemap.xml",),
    listing_paths=("/nl/activiteiten",),
    js_listing_paths=("/nl/agenda",),
    # nl is canonical; en/fr variants of the same id are the same activity.
    activity_url=re.compile(r"/(?:nl/activiteit|en/activity|fr/activite)/(\d+)(?:-[^/?#]*)?/?(?:[?#]|$)"),
    organisation_url=re.compile(r"/(?:nl/organisatie|en/organisation|fr/organisation)/(\d+)(?:-[^/?#]*)?/?(?:[?#]|$)"),
    listing_link="li.activity-card a.activity-card__link::attr(href)",
    next_page="nav.pager a[rel=next]::attr(href)",
    load_more="button.load-more",
    js_results_ready="#agenda-results li.activity-card",
    activity_root="article.activity",
    activity_id_attr="data-activity-id",
    fields={
        "title": "h1.activity__title",
        "description": "div.activity__description",
        "organizer_name": "a.activity__organiser",
        "organizer_url": "a.activity__organiser::attr(href)",
        "goals": "ul.activity__goals li.goal::attr(data-goal)",
        "dutch_level": ".activity__dutch-level::attr(data-level)",
        "start": "dd.activity__when time.start::attr(datetime)",
        "end": "dd.activity__when time.end::attr(datetime)",
        "schedule": "dd.activity__when .activity__schedule",
        "location_name": "dd.activity__where .venue",
        "street": "dd.activity__where .street",
        "postcode": "dd.activity__where .postcode",
        "locality": "dd.activity__where .locality",
        "online": "dd.activity__where .online",
        "lat": "dd.activity__where .geo::attr(data-lat)",
        "lon": "dd.activity__where .geo::attr(data-lon)",
        "price_text": "dd.activity__price",
        "languages": "dd.activity__languages .language::attr(data-code)",
        "contact_name": "dd.activity__contact .contact-name",
        "contact_phone": "dd.activity__contact a.phone",
        "contact_email": "dd.activity__contact a.email::attr(href)",
        "booking_url": "a.activity__booking::attr(href)",
        "status": "p.activity__status",
        "status_class": "p.activity__status::attr(class)",
    },
    # Words on the status badge (and in schema.org eventStatus/availability) per status.
    status_words={
        "cancelled": ("geannuleerd", "afgelast", "annulé", "cancelled", "canceled",
                      "eventcancelled"),
        "full": ("volzet", "volgeboekt", "wachtlijst", "complet", "full", "soldout",
                 "sold out"),
    },
    organisation_root="article.organisation",
    organisation_id_attr="data-organisation-id",
    organisation_fields={
        "name": "h1.organisation__name",
        "description": "div.organisation__description",
        "street": ".organisation__address .street",
        "postcode": ".organisation__address .postcode",
        "locality": ".organisation__address .locality",
        "website": "a.organisation__website::attr(href)",
        "phone": "a.phone",
        "email": "a.email::attr(href)",
    },
)

# Any other site: discovery through its sitemap(s) only, extraction through schema.org only.
# Every page in the sitemap that carries a schema.org Event is an activity.
_NEVER = re.compile(r"(?!)")
SCHEMA_ORG = SiteProfile(
    name="schemaorg",
    sitemap_paths=("/sitemap.xml",),
    listing_paths=(),
    js_listing_paths=(),
    activity_url=_NEVER,
    organisation_url=_NEVER,
    listing_link="",
    next_page="",
    load_more="",
    js_results_ready="",
    activity_root="",
    activity_id_attr="",
    status_words=IKDOEMEE.status_words,
)

PROFILES = {IKDOEMEE.name: IKDOEMEE, SCHEMA_ORG.name: SCHEMA_ORG}
