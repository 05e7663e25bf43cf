"""Render the model's pages from Jinja2 templates (``sitemodel/templates/``).

Autoescape is on for everything; only the provider's description HTML is emitted as-is
(``|safe``), as a CMS would — which is why hostile pasted content exists in the model.
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from jinja2 import Environment, FileSystemLoader, select_autoescape

from sitemodel.catalogue import ActivityView, Catalogue, LANGS, org_path
from sitemodel.phrases import GOALS, LANGUAGE_NAMES

TEMPLATES = Path(__file__).parent / "templates"

I18N: dict[str, dict[str, str]] = {
    "nl": {"when": "Wanneer", "where": "Waar", "price": "Prijs", "languages": "Taal", "contact": "Contact",
           "book": "Inschrijven", "cancelled": "Geannuleerd", "full": "Volzet", "online": "Online",
           "level": "Niveau Nederlands: {n} van 4", "home": "Home", "activities": "Alle activiteiten",
           "agenda": "Agenda", "next": "Volgende", "prev": "Vorige", "load_more": "Meer laden",
           "organiser": "Organisator", "goals": "Doelen", "site_tagline": "Doe mee! Activiteiten voor nieuwkomers en anderstaligen",
           "org_activities": "Activiteiten van deze organisatie", "website": "Website", "recent": "Nieuw op ikdoemee",
           "page": "Pagina {n} van {m}", "not_found": "Pagina niet gevonden", "gone": "Deze activiteit bestaat niet meer",
           "loading": "Laden…", "noscript": "Schakel JavaScript in om de agenda te zien."},
    "en": {"when": "When", "where": "Where", "price": "Price", "languages": "Language", "contact": "Contact",
           "book": "Register", "cancelled": "Cancelled", "full": "Full", "online": "Online",
           "level": "Dutch level: {n} of 4", "home": "Home", "activities": "All activities",
           "agenda": "Agenda", "next": "Next", "prev": "Previous", "load_more": "Load more",
           "organiser": "Organiser", "goals": "Goals", "site_tagline": "Join in! Activities for newcomers and speakers of other languages",
           "org_activities": "Activities of this organisation", "website": "Website", "recent": "New on ikdoemee",
           "page": "Page {n} of {m}", "not_found": "Page not found", "gone": "This activity no longer exists",
           "loading": "Loading…", "noscript": "Enable JavaScript to see the agenda."},
    "fr": {"when": "Quand", "where": "Où", "price": "Prix", "languages": "Langue", "contact": "Contact",
           "book": "S'inscrire", "cancelled": "Annulé", "full": "Complet", "online": "En ligne",
           "level": "Niveau de néerlandais : {n} sur 4", "home": "Accueil", "activities": "Toutes les activités",
           "agenda": "Agenda", "next": "Suivant", "prev": "Précédent", "load_more": "Charger plus",
           "organiser": "Organisateur", "goals": "Objectifs", "site_tagline": "Participez ! Activités pour nouveaux arrivants et allophones",
           "org_activities": "Activités de cette organisation", "website": "Site web", "recent": "Nouveau sur ikdoemee",
           "page": "Page {n} sur {m}", "not_found": "Page introuvable", "gone": "Cette activité n'existe plus",
           "loading": "Chargement…", "noscript": "Activez JavaScript pour voir l'agenda."},
}
DAYS = {"nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]}
MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                 "oktober", "november", "december"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"]}
STATUS_SCHEMA = {"active": "EventScheduled", "full": "EventScheduled", "cancelled": "EventCancelled"}


def clock_text(dt: datetime, lang: str) -> str:
    if lang == "en":
        return dt.strftime("%H:%M")
    unit = "u" if lang == "nl" else "h"
    return f"{dt.hour}{unit}" + (f"{dt.minute:02d}" if dt.minute else "")


def date_text(dt: datetime, lang: str, with_time: bool = True) -> str:
    text = f"{DAYS[lang][dt.weekday()]} {dt.day} {MONTHS[lang][dt.month - 1]} {dt.year}"
    return f"{text}, {clock_text(dt, lang)}" if with_time else text


def safe_json(data: Any) -> str:
    """JSON for a <script> block: '<', '>' and '&' escaped so nothing can close the element."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def price_content(value: float) -> str:
    return f"{value:.2f}"


class Renderer:
    def __init__(self, catalogue: Catalogue):
        self.cat = catalogue
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                               autoescape=select_autoescape(default=True, default_for_string=True),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(GOALS=GOALS, LANGUAGE_NAMES=LANGUAGE_NAMES, date_text=date_text,
                                clock_text=clock_text, price_content=price_content, org_path=org_path)

    def _render(self, name: str, lang: str, base: str, **ctx: Any) -> str:
        return self.env.get_template(name).render(t=I18N[lang], lang=lang, base=base, **ctx)

    # -- pages --------------------------------------------------------------------------
    def activity(self, v: ActivityView, lang: str, base: str) -> str:
        rec = v.record
        alternates = {l: base + v.path(l) for l in LANGS}
        jsonld = safe_json(self.activity_jsonld(v, base)) if rec["structured"] == "jsonld" else None
        same_day = v.start is not None and v.end is not None and v.start.date() == v.end.date()
        return self._render("activity.html", lang, base, v=v, a=rec, org=v.org, canonical=alternates["nl"],
                            alternates=alternates, jsonld=jsonld, md=rec["structured"] == "microdata",
                            same_day=same_day, title=rec["title"])

    def activity_jsonld(self, v: ActivityView, base: str) -> dict[str, Any]:
        rec = v.record
        url = base + v.path("nl")
        data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Event", "@id": url, "url": url,
                                "identifier": rec["id"], "name": rec["title"],
                                "description": v.description_text}
        if v.start:
            data["startDate"] = v.start.isoformat()
        if v.end:
            data["endDate"] = v.end.isoformat()
        data["eventStatus"] = "https://schema.org/" + STATUS_SCHEMA[rec["status"]]
        if rec["online"]:
            data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
            data["location"] = {"@type": "VirtualLocation", "name": "Online"}
        else:
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            loc = rec["location"]
            place: dict[str, Any] = {"@type": "Place"}
            if loc.get("name"):
                place["name"] = loc["name"]
            place["address"] = {"@type": "PostalAddress", "streetAddress": loc["street"],
                                "postalCode": loc["postcode"], "addressLocality": loc["locality"],
                                "addressCountry": "BE"}
            if rec.get("geo"):
                place["geo"] = {"@type": "GeoCoordinates", "latitude": rec["geo"]["lat"],
                                "longitude": rec["geo"]["lon"]}
            data["location"] = place
        data["organizer"] = {"@type": "Organization", "name": v.org["name"], "url": base + org_path(v.org)}
        if rec.get("offers"):
            avail = "https://schema.org/SoldOut" if rec["status"] == "full" else "https://schema.org/InStock"
            data["offers"] = [{"@type": "Offer", "name": o["name"], "price": o["price"],
                               "priceCurrency": o["currency"], "availability": avail} for o in rec["offers"]]
        if rec.get("is_free") is not None:
            data["isAccessibleForFree"] = rec["is_free"]
        data["inLanguage"] = list(rec["languages"])
        data["keywords"] = ", ".join(GOALS[g]["nl"] for g in rec["goals"])
        return data

    def organisation(self, org: dict[str, Any], lang: str, base: str) -> str:
        acts = self.cat.org_activities(org["id"])
        alternates = {l: base + org_path(org, l) for l in LANGS}
        jsonld = None
        if org.get("jsonld"):
            data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Organization",
                                    "@id": alternates["nl"], "name": org["name"], "url": alternates["nl"]}
            if org.get("website"):
                data["sameAs"] = org["website"]
            if org.get("email"):
                data["email"] = org["email"]
            if org.get("phone"):
                data["telephone"] = org["phone"]
            if org.get("street"):
                data["address"] = {"@type": "PostalAddress", "streetAddress": org["street"],
                                   "postalCode": org["postcode"], "addressLocality": org["locality"],
                                   "addressCountry": "BE"}
            jsonld = safe_json(data)
        return self._render("organisation.html", lang, base, org=org, acts=acts, canonical=alternates["nl"],
                            alternates=alternates, jsonld=jsonld, title=org["name"])

    def listing(self, items: list[ActivityView], page: int, pages: int, base: str, page_path: str,
                heading: str) -> str:
        return self._render("listing.html", "nl", base, items=items, page=page, pages=pages,
                            page_path=page_path, heading=heading, canonical=base + page_path
                            + (f"?pagina={page}" if page > 1 else ""), alternates=None, title=heading)

    def agenda(self, base: str) -> str:
        return self._render("agenda.html", "nl", base, canonical=base + "/nl/agenda", alternates=None,
                            title="Agenda")

    def home(self, lang: str, base: str) -> str:
        alternates = {l: f"{base}/{l}/" for l in LANGS}
        recent = self.cat.listing()[:8]
        return self._render("home.html", lang, base, recent=recent, canonical=alternates["nl"],
                            alternates=alternates, title="ikdoemee")

    def error(self, status: int, lang: str, base: str) -> str:
        message = I18N[lang]["gone" if status == 410 else "not_found"]
        return self._render("error.html", lang, base, status=status, message=message, canonical=None,
                            alternates=None, title=message)

    def card(self, v: ActivityView) -> dict[str, Any]:
        """One agenda item as JSON for /api/agenda."""
        loc = v.record["location"]
        return {"id": v.id, "title": v.record["title"], "url": v.path("nl"),
                "locality": loc["locality"] if loc else I18N["nl"]["online"],
                "start": v.start.isoformat() if v.start else None,
                "schedule": v.record["schedule"], "status": v.record["status"]}

    # -- robots, sitemap ----------------------------------------------------------------
    def robots(self, base: str) -> str:
        return ("User-agent: *\n"
                "Disallow: /nl/zoeken?*q=\n"
                "Disallow: /admin/\n"
                "Disallow: /api/internal/\n"
                "Allow: /\n\n"
                f"Sitemap: {base}/sitemap.xml\n")

    # A sitemap file may list at most 50,000 URLs (sitemaps.org); above that, /sitemap.xml is
    # a sitemap index of /sitemap-1.xml, /sitemap-2.xml, ...
    SITEMAP_MAX_URLS = 50_000

    def _sitemap_entries(self) -> list[tuple[dict[str, str], datetime]]:
        """(paths per language, lastmod) of every sitemap URL: activities, then organisations."""
        entries = [({l: v.path(l) for l in LANGS}, v.lastmod) for v in self.cat.sitemap()]
        for org in sorted(self.cat.orgs.values(), key=lambda o: o["id"]):
            entries.append(({l: org_path(org, l) for l in LANGS}, self.cat.org_lastmod(org["id"])))
        return entries

    def sitemap_files(self) -> int:
        """How many sitemap files the catalogue needs (1: /sitemap.xml is the urlset)."""
        total = len(self.cat.sitemap()) + len(self.cat.orgs)
        return max(1, -(-total // self.SITEMAP_MAX_URLS))

    def sitemap(self, base: str, part: int | None = None) -> str | None:
        """``/sitemap.xml`` (``part`` None): the urlset, or the index when one file is not
        enough; ``/sitemap-N.xml``: part N of the index (None when there is no such part)."""
        files = self.sitemap_files()
        if part is None and files > 1:
            lastmods = [lastmod for _, lastmod in self._sitemap_entries()]
            out = ['<?xml version="1.0" encoding="UTF-8"?>',
                   '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
            for n in range(1, files + 1):
                chunk = lastmods[(n - 1) * self.SITEMAP_MAX_URLS:n * self.SITEMAP_MAX_URLS]
                out.append("  <sitemap>")
                out.append(f"    <loc>{xml_escape(f'{base}/sitemap-{n}.xml')}</loc>")
                out.append(f"    <lastmod>{max(chunk).isoformat()}</lastmod>")
                out.append("  </sitemap>")
            out.append("</sitemapindex>")
            return "\n".join(out) + "\n"
        if part is not None and not (files > 1 and 1 <= part <= files):
            return None
        entries = self._sitemap_entries()
        if part is not None:
            entries = entries[(part - 1) * self.SITEMAP_MAX_URLS:part * self.SITEMAP_MAX_URLS]
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
        for paths, lastmod in entries:
            out.append("  <url>")
            out.append(f"    <loc>{xml_escape(base + paths['nl'])}</loc>")
            out.append(f"    <lastmod>{lastmod.isoformat()}</lastmod>")
            for l in LANGS:
                out.append(f'    <xhtml:link rel="alternate" hreflang="{l}" href="{xml_escape(base + paths[l])}"/>')
            out.append("  </url>")
        out.append("</urlset>")
        return "\n".join(out) + "\n"
